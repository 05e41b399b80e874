"""Throughput of the event-coding stage (and, for reference, the whole pipeline).

Runs clean -> nlp -> actors once over the pages given (default: the gold pages
and the two example pages), then times ``events.code`` alone over REPEAT passes
on one core, and reports articles/s normalised to 850-word articles.

usage: .venv/bin/python bench/bench_events.py [PATH ...] [--repeat N] [--full]
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "tests" / "gold" / "events" / "pages", ROOT.parent / "shared" / "examples" / "pages"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", default=[str(p) for p in DEFAULT if p.exists()])
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--full", action="store_true", help="also time the full pipeline (clean..events)")
    args = ap.parse_args()

    from peristiwa import events
    from peristiwa.ingest import read
    from peristiwa.pipeline import Pipeline

    docs = list(read(args.paths))
    prep = Pipeline(("clean", "nlp", "actors"))
    recs = [r for r in (prep.process(d) for d in docs) if r.ok and r.article]
    words = sum(len(r.article.text.split()) for r in recs)
    events.code(recs[0].article, recs[0].analysis, recs[0].actors)  # load lexicons once
    t0 = time.process_time()
    n_events = 0
    for _ in range(args.repeat):
        for r in recs:
            n_events += len(events.code(r.article, r.analysis, r.actors))
    dt = time.process_time() - t0
    n = len(recs) * args.repeat
    w = words * args.repeat
    print(f"events stage: {n} articles, {w} words, {n_events} events in {dt:.2f} CPU-s")
    print(f"events stage: {n / dt:.0f} articles/CPU-s as given; {w / 850 / dt:.0f} 850-word articles/CPU-s")
    if args.full:
        tracemalloc.start()
        full = Pipeline()
        t0 = time.process_time()
        for d in docs:
            full.process(d)
        dt = time.process_time() - t0
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"full pipeline (warm): {len(docs) / dt:.1f} articles/CPU-s; {words / 850 / dt:.1f} 850-word articles/CPU-s;"
              f" traced allocations during the run {peak:.0f} MB; process peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
