"""`peristiwa eval clean DIR`: score the cleaner on HTML pages with a gold.json.

gold.json: a list of {"file", "url", "title", "published_epoch_ms", "content"}.
Metrics: title exact-match rate, publication date correct (same calendar day
in WIB, +07:00), body token-F1 (bag of lower-cased word tokens). The gold
``content`` keeps the dateline and photo captions in the text, so the F1
compares against our body with the dateline put back and captions included
in page order; body-only F1 (captions left out) is printed too.
``--baseline`` also scores trafilatura alone on the same pages.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

WIB = timezone(timedelta(hours=7))
_TOK = re.compile(r"\w+")


def token_f1(pred: str, gold: str) -> float:
    p, g = Counter(_TOK.findall(pred.lower())), Counter(_TOK.findall(gold.lower()))
    common = sum((p & g).values())
    if not common:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def wib_day(value) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                return None
    if value.tzinfo is None:  # a page's local time; these are Indonesian outlets
        return value.date()
    return value.astimezone(WIB).date()


def _norm_title(t: str | None) -> str:
    return " ".join((t or "").split())


def score(pages_dir: Path, baseline: bool = False) -> dict:
    from peristiwa.clean import clean
    from peristiwa.errors import PeristiwaError
    from peristiwa.model import Document

    gold = json.loads((pages_dir / "gold.json").read_text(encoding="utf-8"))
    rows = []
    for g in gold:
        data = (pages_dir / g["file"]).read_bytes()
        gday = datetime.fromtimestamp(g["published_epoch_ms"] / 1000, WIB).date()
        row = {"file": g["file"]}
        try:
            a = clean(Document(source=g["file"], kind="html", content=data, url=g.get("url")))
            parts = []
            for b in a.blocks:
                t = a.text[b.start : b.end]
                if b.kind == "body" and a.dateline and a.dateline.raw and not any(p[0] == "body" for p in parts):
                    t = a.dateline.raw + " " + t
                if b.kind != "title":
                    parts.append((b.kind, t))
            row.update(
                title=_norm_title(a.title) == _norm_title(g["title"]),
                date=wib_day(a.published) == gday,
                f1=token_f1("\n".join(t for _, t in parts), g["content"]),
                f1_body_only=token_f1("\n".join(t for k, t in parts if k == "body"), g["content"]),
                got_title=a.title,
                got_date=a.published.isoformat() if a.published else None,
            )
        except PeristiwaError as exc:
            row.update(title=False, date=False, f1=0.0, f1_body_only=0.0, error=str(exc))
        if baseline:
            import trafilatura

            d = trafilatura.bare_extraction(data, url=g.get("url"), with_metadata=True)
            d = d.as_dict() if d is not None else {}
            row["base_title"] = _norm_title(d.get("title")) == _norm_title(g["title"])
            row["base_date"] = wib_day(d.get("date")) == gday
            row["base_f1"] = token_f1(d.get("text") or "", g["content"])
        rows.append(row)
    n = len(rows) or 1
    summary = {
        "pages": len(rows),
        "title_exact": sum(r["title"] for r in rows) / n,
        "date_correct": sum(r["date"] for r in rows) / n,
        "body_f1": sum(r["f1"] for r in rows) / n,
        "body_only_f1": sum(r["f1_body_only"] for r in rows) / n,
    }
    if baseline:
        summary.update(
            trafilatura_title_exact=sum(r["base_title"] for r in rows) / n,
            trafilatura_date_correct=sum(r["base_date"] for r in rows) / n,
            trafilatura_body_f1=sum(r["base_f1"] for r in rows) / n,
        )
    return {"summary": summary, "pages": rows}


def run(args: argparse.Namespace) -> int:
    res = score(Path(args.pages), baseline=args.baseline)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        for r in res["pages"]:
            line = f"{r['file']:28s} title={'ok' if r['title'] else 'NO':3s} date={'ok' if r['date'] else 'NO':3s} f1={r['f1']:.3f}"
            if args.baseline:
                line += f"   | trafilatura: title={'ok' if r['base_title'] else 'NO':3s} date={'ok' if r['base_date'] else 'NO':3s} f1={r['base_f1']:.3f}"
            print(line + (f"  ERROR {r['error']}" if r.get("error") else ""))
    s = res["summary"]
    print(f"pages {s['pages']}")
    print(f"title exact {s['title_exact']:.2f}  date correct {s['date_correct']:.2f}  body-only F1 {s['body_only_f1']:.3f}")
    if args.baseline:
        print(
            f"trafilatura alone: title exact {s['trafilatura_title_exact']:.2f}  date correct "
            f"{s['trafilatura_date_correct']:.2f}  F1 {s['trafilatura_body_f1']:.3f}"
        )
    print(f"F1 {s['body_f1']:.3f}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "clean",
        help="score the cleaner on HTML pages against gold.json (title, date, body token-F1)",
        description=__doc__,
        epilog="example: peristiwa eval clean ../shared/data/html-pages --baseline",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("pages", nargs="?", default="../shared/data/html-pages", help="directory with gold.json and the pages")
    p.add_argument("--baseline", action="store_true", help="also score trafilatura alone")
    p.add_argument("--json", action="store_true", help="print per-page results as JSON")
    p.set_defaults(func=run)
