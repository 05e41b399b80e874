"""`peristiwa eval events GOLD.json [--pred PRED.jsonl]`: score coded events.

Two views of the same predictions (rules in docs/gold-format.md):

* headline event, per field: type, mode, actor, recipient, date, place, and
  the rate of headline events right in all six fields;
* event level: precision, recall and F1 over all gold events. A predicted
  event matches a gold event of the same document when the PLOVER type and
  the negation flag are equal, actor and recipient match (either order for
  symmetric types), and the dates are equal whenever gold gives a date.
  Matching is greedy and one-to-one: a second prediction of the same event
  is a false positive. Predictions flagged future/hypothetical that match
  nothing are not counted (the gold set codes reported events only).

Without ``--pred`` the pipeline (``peristiwa.extract``) is run on the gold
pages. The last line printed is ``F1 <value>``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peristiwa.errors import PeristiwaError
from peristiwa.eval.events_gold import is_symmetric, load

FIELDS = ("type", "mode", "actor", "recipient", "date", "place")


# --------------------------------------------------------------------------
# field rules


def _norm(s: Any) -> str:
    """Casefold, drop diacritics ("Bāli", "Rafaḩ") and punctuation."""
    s = unicodedata.normalize("NFKD", str(s or "").casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", s).split())


def _names(a: dict) -> set[str]:
    """Every name a predicted actor goes by: canonical name, surface text, kb id."""
    out = {_norm(a.get(k)) for k in ("name", "text", "kb_id")}
    out.discard("")
    return out


def _words_in(few: list[str], many: list[str]) -> bool:
    """Every word of ``few`` is a word of ``many``; a one-letter word is an
    initial and matches a word it begins ("S." ~ "Subrahmanyam")."""
    return all(any(w == m or (len(w) == 1 and m.startswith(w)) for m in many) for w in few)


def name_match(gold: dict, pred: dict) -> bool:
    """Case-insensitive word containment either way between the gold name (or a
    gold alias) and the predicted name or surface text: "Retno" and "Menlu
    Retno Marsudi" both match "Retno Marsudi", "Qin" matches "Qin Gang",
    "S. Jaishankar" matches "Subrahmanyam Jaishankar"."""
    for g in [gold["name"], *gold.get("aliases", [])]:
        gw = _norm(g).split()
        for n in _names(pred):
            nw = n.split()
            if gw and nw and (_words_in(gw, nw) or _words_in(nw, gw)):
                return True
    return False


def actor_match(gold: dict | None, pred: dict | None) -> bool:
    """Gold null = not asserted (anything matches). Country (ISO3) must be equal;
    an international organisation (gold ``org`` and no country) matches by id,
    name or alias, or a person acting for it (``org``: the Secretary-General
    for the UN); a gold person name must match the predicted name too."""
    if gold is None:
        return True
    if pred is None:
        return False
    if gold.get("country") is None:
        wanted = {_norm(gold.get("org"))} | {_norm(x) for x in gold.get("aliases", [])}
        wanted.discard("")
        have = _names(pred) | {_norm(pred.get("country")), _norm(pred.get("org"))}
        return bool(wanted & have)
    if (pred.get("country") or "").upper() != gold["country"]:
        return False
    return not gold.get("name") or name_match(gold, pred)


def place_match(gold: dict | None, pred: dict | None) -> bool:
    """Null matches null; otherwise same country and one name contains the other
    (or equals a gold alias): "Washington" ~ "Washington, D.C."."""
    if gold is None or pred is None:
        return gold is None and pred is None
    if gold.get("country") and (pred.get("country") or "").upper() != gold["country"]:
        return False
    p = _norm(pred.get("name"))
    if not p:
        return False
    for g in [gold["name"], *gold.get("aliases", [])]:
        g = _norm(g)
        if g == p or f" {g} " in f" {p} " or f" {p} " in f" {g} ":
            return True
    return False


def _pairs(ev: dict) -> tuple[dict | None, dict | None]:
    """A predicted "pair" actor ("kedua menlu") with no recipient stands for both sides."""
    a, r = ev.get("actor"), ev.get("recipient")
    if r is None and isinstance(a, dict) and len(a.get("members") or []) == 2:
        return a["members"][0], a["members"][1]
    return a, r


def sides_match(gold: dict, pred: dict) -> tuple[bool, bool]:
    """(actor right, recipient right), trying the swapped order for symmetric types."""
    pa, pr = _pairs(pred)
    straight = (actor_match(gold.get("actor"), pa), actor_match(gold.get("recipient"), pr))
    if is_symmetric(gold["event_type"], gold.get("mode")) and sum(straight) < 2:
        swapped = (actor_match(gold.get("actor"), pr), actor_match(gold.get("recipient"), pa))
        if sum(swapped) > sum(straight):
            return swapped
    return straight


def field_scores(gold: dict, pred: dict | None) -> dict[str, bool]:
    if pred is None:
        return dict.fromkeys(FIELDS, False)
    a, r = sides_match(gold, pred)
    return {
        "type": pred.get("event_type") == gold["event_type"],
        "mode": (pred.get("mode") or None) == (gold.get("mode") or None),
        "actor": a,
        "recipient": r,
        "date": pred.get("date") == gold.get("date"),
        "place": place_match(gold.get("location"), pred.get("location")),
    }


def event_match(gold: dict, pred: dict) -> bool:
    if pred.get("event_type") != gold["event_type"]:
        return False
    if bool(pred.get("negated")) != bool(gold.get("negated")):
        return False
    if gold.get("date") and pred.get("date") != gold["date"]:
        return False
    return all(sides_match(gold, pred))


def near_miss(gold: dict, preds: list[dict]) -> str:
    """Why a gold event went unmatched, judged against the unmatched
    predictions: the first single failed condition that would have made a
    match ("date", "sides", "type", "negated"), else "absent"."""
    for p in preds:
        if p.get("event_type") == gold["event_type"] and bool(p.get("negated")) == bool(gold.get("negated")):
            if all(sides_match(gold, p)):
                return "date"
            if not gold.get("date") or p.get("date") == gold["date"]:
                return "sides"
    for p in preds:
        same_day = not gold.get("date") or p.get("date") == gold["date"]
        if same_day and all(sides_match(gold, p)):
            return "negated" if p.get("event_type") == gold["event_type"] else "type"
    return "absent"


def _tiebreak(gold: dict, pred: dict) -> int:
    """Among admissible pairs, prefer the prediction also right on mode and place."""
    return ((pred.get("mode") or None) == (gold.get("mode") or None)) + place_match(
        gold.get("location"), pred.get("location")
    )


def match_events(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: pairs also right on mode and place first,
    then gold events with fewer options, then gold and prediction order."""
    ok = [(i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if event_match(g, p)]
    # gold events with fewer admissible predictions choose first, so an undated
    # gold event does not take the only prediction a dated one could match
    options = Counter(i for i, _ in ok)
    cands = [(-_tiebreak(gold[i], pred[j]), options[i], i, j) for i, j in ok]
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, i, j in sorted(cands):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return sorted(out)


# --------------------------------------------------------------------------
# the report


@dataclass
class Report:
    documents: int = 0
    missing: list[str] = field(default_factory=list)
    headline: Counter = field(default_factory=Counter)  # field -> right
    fully: int = 0
    headlines: int = 0
    tp: Counter = field(default_factory=Counter)  # per gold type
    fn: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)  # per predicted type
    near_miss: Counter = field(default_factory=Counter)  # why gold events were missed
    details: list[str] = field(default_factory=list)

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def overall(self) -> tuple[float, float, float]:
        return self.prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))

    def accuracy(self, f: str) -> float:
        return self.headline[f] / self.headlines if self.headlines else 0.0

    @property
    def fully_correct(self) -> float:
        return self.fully / self.headlines if self.headlines else 0.0

    def types(self) -> list[str]:
        return sorted(set(self.tp) | set(self.fp) | set(self.fn))

    def as_dict(self) -> dict:
        p, r, f = self.overall
        return {
            "documents": self.documents,
            "missing_documents": list(self.missing),
            "headline": {
                "n": self.headlines,
                **{f_: round(self.accuracy(f_), 4) for f_ in FIELDS},
                "fully_correct": round(self.fully_correct, 4),
            },
            "events": {
                "tp": sum(self.tp.values()), "fp": sum(self.fp.values()), "fn": sum(self.fn.values()),
                "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            },
            "missed_because": dict(sorted(self.near_miss.items())),
            "by_type": {
                t: dict(zip(("precision", "recall", "f1"), (round(x, 4) for x in self.prf(self.tp[t], self.fp[t], self.fn[t]))),
                        gold=self.tp[t] + self.fn[t], pred=self.tp[t] + self.fp[t])
                for t in self.types()
            },
        }  # fmt: skip

    def lines(self) -> list[str]:
        out = [f"documents {self.documents}" + (f" ({len(self.missing)} without predictions)" if self.missing else "")]
        out.append(f"headline events {self.headlines}:")
        for f_ in FIELDS:
            out.append(f"  {f_:10} {self.accuracy(f_):.4f} ({self.headline[f_]}/{self.headlines})")
        out.append(f"  {'fully':10} {self.fully_correct:.4f} ({self.fully}/{self.headlines})")
        out.append(f"{'type':10} {'P':>7} {'R':>7} {'F1':>7} {'gold':>5} {'pred':>5}")
        for t in self.types():
            p, r, f = self.prf(self.tp[t], self.fp[t], self.fn[t])
            out.append(f"{t:10} {p:7.4f} {r:7.4f} {f:7.4f} {self.tp[t] + self.fn[t]:5d} {self.tp[t] + self.fp[t]:5d}")
        p, r, f = self.overall
        tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        out.append(f"{'overall':10} {p:7.4f} {r:7.4f} {f:7.4f} {tp + fn:5d} {tp + fp:5d}")
        if self.near_miss:
            why = ", ".join(f"{k} {v}" for k, v in sorted(self.near_miss.items()))
            out.append(f"missed because: {why}")
        return out


def _brief(ev: dict | None) -> str:
    if ev is None:
        return "-"

    def who(a: Any) -> str:
        if not isinstance(a, dict):
            return "?"
        return f"{a.get('name') or a.get('org') or a.get('text') or ''}/{a.get('country') or '-'}"

    a, r = _pairs(ev)
    loc = (ev.get("location") or {}).get("name")
    return f"{ev.get('event_type')}:{ev.get('mode') or '-'} {who(a)} -> {who(r)} {ev.get('date') or '-'} @{loc or '-'}"


def score(gold_docs: list[dict], predictions: dict[str, list[dict]]) -> Report:
    """``predictions`` maps a gold document's ``file`` to its predicted events
    (dicts in ``peristiwa extract --format jsonl`` shape); a missing key means
    the document got no record at all."""
    rep = Report()
    for doc in gold_docs:
        rep.documents += 1
        gold = doc["events"]
        if doc["file"] not in predictions:
            rep.missing.append(doc["file"])
        pred = predictions.get(doc["file"], [])
        gh = next((e for e in gold if e.get("headline")), None)
        if gh is not None:
            ph = next((e for e in pred if e.get("headline")), None)
            fs = field_scores(gh, ph)
            rep.headlines += 1
            rep.headline.update(k for k, v in fs.items() if v)
            rep.fully += all(fs.values())
            if not all(fs.values()):
                wrong = ",".join(k for k, v in fs.items() if not v)
                rep.details.append(f"{doc['file']}: headline wrong [{wrong}]\n    gold {_brief(gh)}\n    pred {_brief(ph)}")
        pairs = match_events(gold, pred)
        got_g = {i for i, _ in pairs}
        got_p = {j for _, j in pairs}
        left = [p for j, p in enumerate(pred) if j not in got_p]
        for i, g in enumerate(gold):
            (rep.tp if i in got_g else rep.fn)[g["event_type"]] += 1
            if i not in got_g:
                why = near_miss(g, left)
                rep.near_miss[why] += 1
                rep.details.append(f"{doc['file']}: missed ({why}) {_brief(g)}")
        for j, p in enumerate(pred):
            if j in got_p or p.get("future") or p.get("hypothetical"):
                continue
            rep.fp[p.get("event_type") or "?"] += 1
            rep.details.append(f"{doc['file']}: spurious {_brief(p)}")
    return rep


# --------------------------------------------------------------------------
# reading predictions


def _key(source: str) -> str:
    return Path(str(source).split("#", 1)[0]).name


def predictions_from_records(gold_docs: list[dict], records: list[dict]) -> dict[str, list[dict]]:
    """Attach records to gold documents by file name (gold names are unique)."""
    by_name = {_key(d["file"]): d["file"] for d in gold_docs}
    out: dict[str, list[dict]] = {}
    for rec in records:
        f = by_name.get(_key(rec.get("source", "")))
        if f is not None:
            out.setdefault(f, []).extend(rec.get("events") or [])
    return out


def read_jsonl(path: str | Path) -> list[dict]:
    recs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    recs.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise PeristiwaError(f"{path}:{n}: not JSON ({exc})") from None
    return recs


def run_pipeline(gold_path: Path, gold_docs: list[dict]) -> list[dict]:
    import peristiwa

    pages = [str((gold_path.parent / d["file"]).resolve()) for d in gold_docs]
    return [r.to_dict() for r in peristiwa.extract(pages)]


def evaluate(gold_path: str | Path, pred_path: str | Path | None = None) -> Report:
    gold_path = Path(gold_path)
    docs = load(gold_path)
    records = read_jsonl(pred_path) if pred_path else run_pipeline(gold_path, docs)
    return score(docs, predictions_from_records(docs, records))


# --------------------------------------------------------------------------
# command line


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "events",
        help="headline-event accuracy and event P/R/F1 against a gold file",
        description=__doc__,
        epilog="example: peristiwa eval events tests/gold/events/gold.json --pred out.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("gold", type=Path, help="gold file (docs/gold-format.md)")
    p.add_argument("--pred", type=Path, help="predictions, `peristiwa extract --format jsonl` output "
                   "(default: run the pipeline on the gold pages)")  # fmt: skip
    p.add_argument("--json", nargs="?", const="", default=None, metavar="PATH",
                   help="metrics as JSON: written to PATH, or printed instead of the table when no PATH is given "
                        "(the last line stays 'F1 <value>')")  # fmt: skip
    p.add_argument("--details", action="store_true", help="list wrong headlines, missed and spurious events")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        rep = evaluate(args.gold, args.pred)
    except (PeristiwaError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.details:
        for line in rep.details:
            print(line)
    text = json.dumps(rep.as_dict(), indent=2, ensure_ascii=False)
    if args.json == "":
        print(text)
    else:
        for line in rep.lines():
            print(line)
        if args.json:
            Path(args.json).write_text(text + "\n", encoding="utf-8")
    print(f"F1 {rep.overall[2]:.4f}")
    return 0
