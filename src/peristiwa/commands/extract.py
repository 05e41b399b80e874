"""`peristiwa extract`: pages -> articles and events (JSONL, JSON or a table)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter

EXAMPLE = """examples:
  peristiwa extract ../shared/examples/pages/*.txt --format jsonl
  peristiwa extract crawl.warc.gz --output out.jsonl
  peristiwa extract https://example.org/feed.xml --format table"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="read pages and print clean articles with their events",
        description="Read pages (files, directories, JSONL, WARC, feeds, URLs), clean them and code events.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or URLs")
    p.add_argument("--format", choices=["jsonl", "json", "table"], default="jsonl")
    p.add_argument("--output", "-o", help="write here instead of stdout")
    p.add_argument("--glob", help="only files matching this pattern inside directories, e.g. '*.html'")
    p.add_argument("--strict", action="store_true", help="exit non-zero when any document failed")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.add_argument(
        "--max-size", type=float, metavar="MB", default=None,
        help="skip inputs larger than this many megabytes (default 20, or $PERISTIWA_MAX_BYTES)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from peristiwa import ingest
    from peristiwa.pipeline import Pipeline

    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    pipe = Pipeline()
    cap = int(args.max_size * 1024 * 1024) if args.max_size else None
    records = []
    reasons: Counter[str] = Counter()
    n = failed = 0
    bar = tqdm(desc="documents", unit="doc", file=sys.stderr, disable=args.no_progress or None)
    try:
        for rec in pipe.run(ingest.read(args.paths, glob=args.glob, max_size=cap)):
            n += 1
            bar.update(1)
            if rec.error:
                failed += 1
                reasons[_reason(rec.error, rec.source)] += 1
            if args.format == "jsonl":
                out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
            else:
                records.append(rec)
        bar.close()
        if args.format == "json":
            json.dump([r.to_dict() for r in records], out, ensure_ascii=False, indent=2)
            out.write("\n")
        elif args.format == "table":
            print_table(records, out)
    finally:
        if args.output:
            out.close()
    why = "; ".join(f"{k} ({v})" for k, v in reasons.most_common())
    print(f"{n} documents read, {failed} failed" + (f": {why}" if why else ""), file=sys.stderr)
    return 1 if (args.strict and failed) else 0


def _reason(error: str, source: str = "") -> str:
    """The kind of failure, for the summary: "path: too big: 100.0 MB ..." -> "too big"."""
    msg = error
    for prefix in (source, source.rsplit(":", 1)[0], source.split("#", 1)[0]):
        if prefix and msg.startswith(prefix + ":"):
            msg = msg[len(prefix) + 1 :]
            break
    msg = re.sub(r"^\s*line \d+:\s*", "", msg.strip())
    return re.split(r"[:(]", msg, maxsplit=1)[0].strip()[:60] or "error"


def print_table(records, out) -> None:
    cols = ("source", "title", "published", "lang", "dateline", "agency", "events", "error")
    rows = []
    for r in records:
        a = r.article
        rows.append(
            (
                r.source.rsplit("/", 1)[-1][:28],
                ((a.title or "") if a else "")[:50],
                (a.published.isoformat() if a and a.published else "-"),
                (a.language or "-") if a else "-",
                (a.dateline.place if a and a.dateline and a.dateline.place else "-"),
                (a.agency or "-") if a else "-",
                str(len(r.events)),
                (r.error or "")[:40],
            )
        )
    widths = [max(len(c), *(len(row[i]) for row in rows)) if rows else len(c) for i, c in enumerate(cols)]
    line = "  ".join(c.ljust(w) for c, w in zip(cols, widths))
    out.write(line + "\n" + "  ".join("-" * w for w in widths) + "\n")
    for row in rows:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)) + "\n")
