"""`peristiwa eval actors GOLD`: score actor linking against a labelled gold file.

A predicted actor *matches* a gold mention when their spans overlap (one-to-one,
largest overlap first). Printed: mention precision/recall/F1 (was the actor
found?), the correct-identity rate among matched mentions (right country / org /
person / pair?), and the strict linked P/R/F1 (found AND right identity). The
last line is ``F1 <linked F1>``. Gold format: docs/actors.md.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from peristiwa.model import Actor, Analysis, Article, Block

SHARED = Path(__file__).resolve().parents[3].parent / "shared"


@dataclass
class Gold:
    start: int
    end: int
    text: str
    spec: dict
    optional: bool = False


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    correct: int = 0
    missing_in_text: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, o: "Tally") -> None:
        self.gold += o.gold
        self.pred += o.pred
        self.matched += o.matched
        self.correct += o.correct
        self.missing_in_text += o.missing_in_text
        self.errors += o.errors


def prf(hit: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = hit / pred if pred else 0.0
    r = hit / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# --------------------------------------------------------------------------
# reading gold documents


def article_of(doc: dict, shared: Path) -> Article:
    if "page" in doc:
        from peristiwa import clean, ingest

        path = shared / doc["page"]
        if not path.is_file():
            raise FileNotFoundError(f"{doc['id']}: page {path} not found (needs ../shared)")
        art = clean.clean(next(iter(ingest.read([str(path)]))))
    else:
        paras = [doc["title"], *doc["paragraphs"]]
        blocks, pos = [], 0
        for i, p in enumerate(paras):
            blocks.append(Block("title" if i == 0 else "body", pos, pos + len(p)))
            pos += len(p) + 2
        art = Article(source=doc["id"], text="\n\n".join(paras), blocks=blocks, title=doc["title"],
                      language=doc.get("language", "id"))
    return art


def locate(text: str, mentions: list[dict]) -> tuple[list[Gold], int]:
    """Gold spans by text order; returns the spans and how many could not be found."""
    out, cursor, missing = [], 0, 0
    for m in mentions:
        start_from, limit = cursor, len(text)
        if m.get("within"):
            k = text.find(m["within"])
            if k < 0:
                missing += 0 if m.get("optional") else 1
                continue
            start_from, limit = max(k, min(cursor, k + len(m["within"]))), k + len(m["within"])
        if m.get("after"):
            k = text.find(m["after"], cursor)
            if k < 0:
                k = text.find(m["after"])
            if k < 0:
                missing += 0 if m.get("optional") else 1
                continue
            start_from = k
        k = text.find(m["text"], start_from, limit)
        if k < 0:
            missing += 0 if m.get("optional") else 1
            continue
        out.append(Gold(k, k + len(m["text"]), m["text"], m, bool(m.get("optional"))))
        cursor = k + len(m["text"])
    return out, missing


# --------------------------------------------------------------------------
# identities


def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


class Identities:
    """Turns gold identity specs into comparable keys using the KB at scoring time."""

    def __init__(self, kb):
        self.kb = kb

    def person_ids(self, name: str) -> set[str]:
        return {e.id for e in self.kb.lookup(name) if e.kind == "person" and " " in name.strip()} or {
            e.id for e in self.kb.lookup(name) if e.kind == "person"
        }

    def member_key(self, m: Any) -> Any:
        if isinstance(m, str) and m in self.kb.countries:
            return ("id", frozenset([m]))
        if isinstance(m, str) and m in self.kb.orgs:
            return ("id", frozenset([m]))
        ids = self.person_ids(m)
        return ("id", frozenset(ids)) if ids else ("name", _norm(m))

    def correct(self, spec: dict, a: Actor) -> bool:
        # an optional `sector:` on a gold mention is checked too (the office's sector for a person)
        if spec.get("sector") and a.sector != spec["sector"]:
            return False
        return self._identity(spec, a)

    def _identity(self, spec: dict, a: Actor) -> bool:
        if "group" in spec:
            if a.type != "group" or len(a.members) != len(spec["group"]):
                return False
            want = [self.member_key(m) for m in spec["group"]]
            got = list(a.members)
            for key in want:
                hit = next((g for g in got if self._fits(key, g)), None)
                if hit is None:
                    return False
                got.remove(hit)
            return True
        if "country" in spec:
            return a.kb_id == spec["country"] and a.type == "country"
        if "org" in spec:
            if spec["org"] is None:
                return a.type == "org" and a.kb_id is None
            return a.kb_id == spec["org"]
        if "person" in spec:
            if a.type != "person":
                return False
            if spec["person"] is None:
                return a.kb_id is None and not a.name
            return self._fits(self.member_key(spec["person"]), a)
        return False

    @staticmethod
    def _fits(key, a: Actor) -> bool:
        kind, val = key
        if kind == "id":
            # a pair member: the person speaking for a state counts as that state
            return a.kb_id in val or (a.type == "person" and a.country is not None and val == {a.country})
        # unknown person: no KB id, and the name agrees (one contains the other)
        got = _norm(a.name)
        return a.kb_id is None and bool(got) and (got in val or val in got)


def _describe(a: Actor | None) -> str:
    if a is None:
        return "-"
    if a.members:
        return f"group[{', '.join(m.kb_id or m.name or '?' for m in a.members)}]"
    return (f"{a.type}:{a.kb_id or a.name or '?'}" + (f" {a.sector}" if a.sector else "")
            + (" (ambiguous)" if a.ambiguous else ""))


# --------------------------------------------------------------------------
# scoring


def score_doc(doc: dict, ids: Identities, shared: Path, kb) -> Tally:
    from peristiwa.actors import link

    art = article_of(doc, shared)
    analysis = _analyze(art)
    ref = doc.get("published")
    ref_date = date.fromisoformat(str(ref)) if ref else None
    if art.published is None and ref_date is not None:
        # linking is scored on its own: give it the date the cleaner should have found
        from datetime import datetime

        art.published = datetime(ref_date.year, ref_date.month, ref_date.day)
    preds = link(art, analysis, kb=kb)
    golds, missing = locate(art.text, doc["mentions"])
    t = Tally(missing_in_text=missing)
    pairs = sorted(
        ((min(g.end, p.end) - max(g.start, p.start), gi, pi) for gi, g in enumerate(golds)
         for pi, p in enumerate(preds) if g.start < p.end and p.start < g.end),
        reverse=True,
    )
    g_used: dict[int, int] = {}
    p_used: set[int] = set()
    for _, gi, pi in pairs:
        if gi in g_used or pi in p_used:
            continue
        g_used[gi] = pi
        p_used.add(pi)
    t.gold = sum(1 for g in golds if not g.optional) + missing
    optional_preds = {g_used[gi] for gi, g in enumerate(golds) if g.optional and gi in g_used}
    t.pred = len(preds) - len(optional_preds)
    for gi, g in enumerate(golds):
        if g.optional:
            continue
        pi = g_used.get(gi)
        if pi is None:
            t.errors.append(f"{doc['id']}: MISSED {g.text!r}@{g.start}")
            continue
        t.matched += 1
        if ids.correct(g.spec, preds[pi]):
            t.correct += 1
        else:
            t.errors.append(f"{doc['id']}: WRONG  {g.text!r}@{g.start} -> {preds[pi].text!r} {_describe(preds[pi])}")
    for pi, p in enumerate(preds):
        if pi not in p_used:
            t.errors.append(f"{doc['id']}: EXTRA  {p.text!r}@{p.start} {_describe(p)}")
    return t


def _analyze(art: Article) -> Analysis | None:
    try:
        from peristiwa import nlp

        return nlp.analyze(art)
    except Exception as exc:  # linking is scored even when the nlp stage is unavailable
        print(f"warning: nlp.analyze failed on {art.source}: {exc}", file=sys.stderr)
        return None


def score(gold_path: Path, shared: Path = SHARED, verbose: bool = False, only: str | None = None) -> dict:
    from peristiwa.actors.kb import load_kb

    kb = load_kb()
    ids = Identities(kb)
    docs = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    groups = {"written": Tally(), "pages": Tally()}
    for doc in docs:
        if only and doc["id"] != only:
            continue
        if "page" in doc and not (shared / doc["page"]).is_file():
            print(f"skipping {doc['id']}: {shared / doc['page']} not found", file=sys.stderr)
            continue
        t = score_doc(doc, ids, shared, kb)
        groups["pages" if "page" in doc else "written"].add(t)
    total = Tally()
    for t in groups.values():
        total.add(t)
    return {"groups": groups, "total": total}


def _line(name: str, t: Tally) -> str:
    mp, mr, mf = prf(t.matched, t.pred, t.gold)
    lp, lr, lf = prf(t.correct, t.pred, t.gold)
    idr = t.correct / t.matched if t.matched else 0.0
    return (f"{name:8s} gold {t.gold:4d} pred {t.pred:4d} | mention P {mp:.3f} R {mr:.3f} F1 {mf:.3f} | "
            f"identity {idr:.3f} | linked P {lp:.3f} R {lr:.3f} F1 {lf:.3f}")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("actors", help="mention P/R and correct-identity rate of actor linking on a gold file",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("gold", type=Path, help="gold YAML (e.g. tests/gold/actors/gold.yaml)")
    p.add_argument("--shared", type=Path, default=SHARED, help="the shared data dir holding examples/pages")
    p.add_argument("-v", "--verbose", action="store_true", help="list every miss, wrong identity and extra")
    p.add_argument("--doc", default=None, help="score only this document id")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.gold.is_file():
        print(f"error: no such file: {args.gold}", file=sys.stderr)
        return 2
    res = score(args.gold, args.shared, args.verbose, args.doc)
    if args.verbose:
        for e in res["total"].errors:
            print(e)
    for name, t in res["groups"].items():
        if t.gold:
            print(_line(name, t))
    total = res["total"]
    print(_line("all", total))
    if total.missing_in_text:
        print(f"({total.missing_in_text} gold mentions not found in the cleaned text; counted as missed)")
    print(f"F1 {prf(total.correct, total.pred, total.gold)[2]:.4f}")
    return 0
