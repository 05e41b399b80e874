"""`peristiwa eval plover GOLD`: the English coder on the PLOVER gold-standard records.

GOLD is ``PLOVER_GSR_CAMEO.txt`` (a JSON list written with trailing commas,
PLOVER 0.5b labels). Each record is one English sentence with its event type
and source/target actors as country codes. Every sentence goes through
nlp -> actors -> events as a one-paragraph English article; the event the
coder flags as headline is compared with the record:

- type accuracy: predicted type == the gold type mapped to current PLOVER
  (0.5b DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE,
  FIGHT -> ASSAULT; table in data/lexicon/plover.yaml ``legacy_types``);
- actor / recipient country accuracy: the predicted actor's (recipient's)
  country is among the gold source (target) codes. CAMEO country codes that
  are not ISO3 are normalised (JAP -> JPN, ITL -> ITA, VTN -> VNM); "IGO"
  matches an actor whose sector is IGO, or a countryless organisation the KB
  lists as an igo whatever its sector (NATO: MIL, ICC: JUD); "NGO" a countryless
  organisation the KB lists as an ngo or whose sector is NGO. Records without a gold target are
  left out of the recipient score; for compound records (SRC/TAR both in
  ``source``) the recipient may be any of the source countries.

``--split dev`` keeps the records whose index (0-based, after dropping the
DOCUMENT record) is not divisible by 3 (2/3, for tuning); ``--split check``
keeps index % 3 == 0 (1/3, held back to see whether gains generalise).

The last line is ``F1 <value>``: event-type F1 where a record with no
predicted event counts as a miss (precision = correct / predicted,
recall = correct / records).
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from peristiwa.errors import DataError
from peristiwa.events.lexicon import load_plover
from peristiwa.model import Article, Block

CODE_FIX = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "GER": "DEU", "UK": "GBR"}


def load_gold(path: str | Path) -> list[dict]:
    """Read the lenient JSON (trailing commas) and drop the DOCUMENT record."""
    text = Path(path).read_text(encoding="utf-8")
    text = re.sub(r",\s*([\]}])", r"\1", text)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}: not valid (lenient) JSON: {exc}") from exc
    return [r for r in data if isinstance(r, dict) and r.get("event") not in (None, "DOCUMENT") and r.get("text")]


def split_records(records: list[dict], split: str | None) -> list[dict]:
    """Fixed 2/3 dev, 1/3 check split by record index (index % 3 == 0 is check)."""
    if split in (None, "all"):
        return records
    if split == "dev":
        return [r for i, r in enumerate(records) if i % 3 != 0]
    if split == "check":
        return [r for i, r in enumerate(records) if i % 3 == 0]
    raise ValueError(f"unknown split {split!r} (dev, check or all)")


def current_type(old: str) -> tuple[str, str | None]:
    plover = load_plover()
    if old in plover.types:
        return old, None
    m = plover.legacy.get(old)
    if m is None:
        return old, None
    return m["type"], m.get("mode")


def _codes(v) -> set[str]:
    if not isinstance(v, list):
        return set()
    return {CODE_FIX.get(str(a.get("code")), str(a.get("code"))) for a in v if isinstance(a, dict) and a.get("code")}


@functools.cache
def _transnational() -> dict[str, str]:
    """KB organisation id -> CAMEO code for igo/ngo bodies (NATO's sector is MIL, the ICC's
    JUD: still IGOs in CAMEO; the ICRC and Amnesty are NGOs)."""
    from peristiwa.actors.kb import load_kb

    return {o.id: o.type.upper() for o in load_kb().orgs.values() if o.type in ("igo", "ngo")}


def _pred_code(actor) -> str | None:
    if actor is None:
        return None
    if actor.sector == "IGO" or (actor.type == "org" and not actor.country and actor.sector in (None, "IGO")):
        return "IGO"
    if actor.type == "org" and not actor.country:
        if actor.kb_id in _transnational():
            return _transnational()[actor.kb_id]
        if actor.sector == "NGO":
            return "NGO"
    return actor.country


def code_sentence(text: str, idx: int):
    from peristiwa import actors as actors_stage
    from peristiwa import events as events_stage
    from peristiwa import nlp

    art = Article(source=f"plover:{idx}", text=text, blocks=[Block("body", 0, len(text))], language="en")
    analysis = nlp.analyze(art)
    found = actors_stage.link(art, analysis)
    return events_stage.code(art, analysis, found)


def score(records: list[dict], show: int = 0) -> dict:
    n = len(records)
    typed = correct = 0
    act_ok = act_n = rec_ok = rec_n = 0
    confusion: Counter = Counter()
    per_type: Counter = Counter()
    per_type_ok: Counter = Counter()
    t0 = time.perf_counter()
    for i, r in enumerate(records):
        gold_type, _ = current_type(str(r["event"]))
        per_type[gold_type] += 1
        evs = code_sentence(r["text"], i)
        head = next((e for e in evs if e.headline), evs[0] if evs else None)
        src, tgt = _codes(r.get("source")), _codes(r.get("target"))
        # a record the coder missed counts as wrong for actor and recipient too
        if src:
            act_n += 1
        has_target = bool(tgt) or len(src) > 1
        if has_target:
            rec_n += 1
        if head is None:
            confusion[(gold_type, "-")] += 1
            if show:
                print(f"MISS {gold_type}: {r['text'][:120]}")
            continue
        typed += 1
        if head.event_type == gold_type:
            correct += 1
            per_type_ok[gold_type] += 1
        else:
            confusion[(gold_type, head.event_type)] += 1
            if show:
                print(f"TYPE {gold_type} != {head.event_type} «{head.evidence.trigger}»: {r['text'][:120]}")
        a_ok = _pred_code(head.actor) in src
        r_ok = _pred_code(head.recipient) in (tgt or src)
        if src:
            act_ok += a_ok
        if has_target:
            rec_ok += r_ok
        if show and head.event_type == gold_type and ((src and not a_ok) or (has_target and not r_ok)):
            print(f"ARGS {gold_type} {sorted(src)}->{sorted(tgt)} != {_pred_code(head.actor)}->{_pred_code(head.recipient)}"
                  f" «{head.evidence.trigger}»: {r['text'][:120]}")
    dt = time.perf_counter() - t0
    p = correct / typed if typed else 0.0
    rcl = correct / n if n else 0.0
    return {
        "records": n, "coded": typed, "type_correct": correct,
        "type_accuracy": correct / n if n else 0.0, "type_precision": p, "type_recall": rcl,
        "f1": 2 * p * rcl / (p + rcl) if p + rcl else 0.0,
        "actor_country_accuracy": act_ok / act_n if act_n else 0.0, "actor_n": act_n,
        "recipient_country_accuracy": rec_ok / rec_n if rec_n else 0.0, "recipient_n": rec_n,
        "per_type": {t: (per_type_ok[t], per_type[t]) for t in sorted(per_type)},
        "confusion": {f"{a}->{b}": c for (a, b), c in confusion.most_common(12)},
        "seconds": dt,
    }


def run(args: argparse.Namespace) -> int:
    records = split_records(load_gold(args.gold), args.split)
    m = score(records, show=args.details)
    print(f"records {m['records']}  coded {m['coded']}  ({m['seconds']:.1f}s)")
    print(f"type accuracy       {m['type_accuracy']:.4f} ({m['type_correct']}/{m['records']})")
    print(f"type precision      {m['type_precision']:.4f}  recall {m['type_recall']:.4f}")
    print(f"actor country       {m['actor_country_accuracy']:.4f} (of {m['actor_n']} records with a gold source)")
    print(f"recipient country   {m['recipient_country_accuracy']:.4f} (of {m['recipient_n']} records with a gold target)")
    print("per type (correct/gold): " + ", ".join(f"{t} {a}/{b}" for t, (a, b) in m["per_type"].items()))
    print("top confusions: " + ", ".join(f"{k} {v}" for k, v in m["confusion"].items()))
    if args.json:
        out = json.dumps(m, indent=2)
        if args.json == "-":
            print(out, file=sys.stderr)
        else:
            Path(args.json).write_text(out, encoding="utf-8")
    print(f"F1 {m['f1']:.4f}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "plover",
        help="score the English coder on the PLOVER gold-standard records",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("gold", help="PLOVER_GSR_CAMEO.txt (lenient JSON list)")
    p.add_argument("--split", choices=["all", "dev", "check"], default="all",
                   help="score all records, the dev 2/3 (index %% 3 != 0) or the check 1/3 (index %% 3 == 0)")
    p.add_argument("--details", type=int, default=0, metavar="N", help="print misses, type errors and wrong actor/recipient countries")
    p.add_argument("--json", help="write metrics as JSON to PATH ('-' = stderr)")
    p.set_defaults(func=run)
