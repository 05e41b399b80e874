"""Throughput and peak memory of the cleaner (ingest + clean), one core.

    .venv/bin/python bench/bench_clean.py [--seconds 5] [--json]

HTML: the real pages in ../shared/data/html-pages (49-286 KB each).
Plain text: the page dumps in ../shared/examples/pages and samples/pages,
and the same pages with bodies grown to ~850 words (the pipeline's unit).
Pages are read into memory first, so the numbers are clean() alone, timed
with process CPU time (the process is pinned to one CPU where allowed).
Also printed: which route each HTML page's text took (schema.org articleBody,
trafilatura on the article container, or trafilatura on the whole page).
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
    from peristiwa.model import Document

    words = [len(clean(d).body.split()) for d in text]
    # 850-word articles (the pipeline's unit of account): each text page's body
    # grown with other pages' paragraphs (no repeats) to ~850 words, inside the
    # page's own header and trailer lines.
    cleaned = [(d, clean(d)) for d in text]
    pool = [p for _, a in cleaned for p in a.paragraphs]
    long_docs = []
    for d, a in cleaned:
        raw = d.content.decode("utf-8")
        paras = list(a.paragraphs)
        n = sum(len(p.split()) for p in paras)
        for p in pool:
            if n >= 850:
                break
            if p not in paras:
                paras.append(p)
                n += len(p.split())
        first, last = a.paragraphs[0], a.paragraphs[-1]
        start = raw.rfind("\n", 0, raw.find(first[:40])) + 1  # the line holding the first paragraph
        end = raw.find(last[:40])
        end = raw.find("\n", end) if raw.find("\n", end) >= 0 else len(raw)
        head, tail = raw[:start], raw[end:]
        long_docs.append(Document(source=d.source + "#850", kind="text", content=(head + "\n\n".join(paras) + tail).encode()))
    long_words = [len(clean(d).body.split()) for d in long_docs]
    long_rate, _ = rate(long_docs, args.seconds)
    html_rate, html_n = rate(html, args.seconds)
    text_rate, text_n = rate(text, args.seconds)
    from collections import Counter

    from peristiwa.clean import classify_document

    # which extraction route each HTML page took (the whole-page one is ~10x slower)
    routes = Counter(classify_document(d)[1]["html"].route for d in html)
    tracemalloc.start()
    for d in html + text:
        clean(d)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    res = {
        "html_pages_per_s": round(html_rate, 1),
        "html_pages": len(html),
        "html_avg_kb": round(sum(len(d.content) for d in html) / len(html) / 1024, 1),
        "html_routes": dict(routes),
        "text_pages_per_s": round(text_rate, 1),
        "text_pages": len(text),
        "text_avg_body_words": round(sum(words) / len(words)),
        "text_words_per_s": round(text_rate * sum(words) / len(words)),
        "text850_pages_per_s": round(long_rate, 1),
        "text850_avg_body_words": round(sum(long_words) / len(long_words)),
        "peak_python_alloc_mb": round(peak / 2**20, 1),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        print(f"HTML  {res['html_pages_per_s']:8.1f} pages/s  ({res['html_pages']} real pages, avg {res['html_avg_kb']} KB, {html_n} cleaned)")
        print("      routes: " + ", ".join(f"{k} {v}" for k, v in routes.most_common()) + " (articleBody/container: trafilatura on a subtree or none; page: whole page)")
        print(f"text  {res['text_pages_per_s']:8.1f} pages/s  ({res['text_pages']} page dumps, avg {res['text_avg_body_words']} body words, {res['text_words_per_s']} words/s)")
        print(f"text850 {res['text850_pages_per_s']:6.1f} pages/s  (the same pages grown to avg {res['text850_avg_body_words']} body words)")
        print(f"peak  {res['peak_python_alloc_mb']} MB Python allocations (tracemalloc), {res['max_rss_mb']} MB max RSS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
