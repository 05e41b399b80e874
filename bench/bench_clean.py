"""Throughput and peak memory of the cleaner (ingest + clean), one core.

    .venv/bin/python bench/bench_clean.py [--seconds 5] [--json]

HTML: the real pages in ../shared/data/html-pages (49-286 KB each).
Plain text: the page dumps in ../shared/examples/pages and samples/pages.
Pages are read into memory first, so the numbers are clean() alone, timed
with process CPU time (the process is pinned to one CPU where allowed).
Peak memory: tracemalloc's peak of Python allocations during one pass over
all pages, and the process's max RSS at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load(paths: list[Path], kind: str):
    from peristiwa.model import Document

    return [Document(source=str(p), kind=kind, content=p.read_bytes()) for p in paths]


def rate(docs, seconds: float) -> tuple[float, int]:
    from peristiwa.clean import clean

    for d in docs:  # warm caches (data files, models) outside the timing
        clean(d)
    n, start = 0, time.process_time()
    while time.process_time() - start < seconds:
        for d in docs:
            clean(d)
            n += 1
    return n / (time.process_time() - start), n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=5.0, help="CPU seconds per measurement")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    except (AttributeError, OSError):
        pass
    html = load(sorted((SHARED / "data" / "html-pages").glob("*.html")), "html")
    text = load(sorted((SHARED / "examples" / "pages").glob("*.txt")) + sorted((ROOT / "samples" / "pages").glob("*.txt")), "text")
    if not html or not text:
        print("pages not found (need ../shared and samples/pages)", file=sys.stderr)
        return 2
    from peristiwa.clean import clean

    words = [len(clean(d).body.split()) for d in text]
    html_rate, html_n = rate(html, args.seconds)
    text_rate, text_n = rate(text, args.seconds)
    tracemalloc.start()
    for d in html + text:
        clean(d)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    res = {
        "html_pages_per_s": round(html_rate, 1),
        "html_pages": len(html),
        "html_avg_kb": round(sum(len(d.content) for d in html) / len(html) / 1024, 1),
        "text_pages_per_s": round(text_rate, 1),
        "text_pages": len(text),
        "text_avg_body_words": round(sum(words) / len(words)),
        "text_words_per_s": round(text_rate * sum(words) / len(words)),
        "peak_python_alloc_mb": round(peak / 2**20, 1),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        print(f"HTML  {res['html_pages_per_s']:8.1f} pages/s  ({res['html_pages']} real pages, avg {res['html_avg_kb']} KB, {html_n} cleaned)")
        print(f"text  {res['text_pages_per_s']:8.1f} pages/s  ({res['text_pages']} page dumps, avg {res['text_avg_body_words']} body words, {res['text_words_per_s']} words/s)")
        print(f"peak  {res['peak_python_alloc_mb']} MB Python allocations (tracemalloc), {res['max_rss_mb']} MB max RSS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
