"""Per-stage CPU time of the pipeline on the bench's ~850-word articles.

Each stage runs on the previous stage's (kept) output, so a stage is timed
alone; min of N passes per stage (other processes share the cores).

    .venv/bin/python bench/bench_stages.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_pipeline as bp  # noqa: E402

from peristiwa import actors, clean, events, nlp  # noqa: E402
from peristiwa.pipeline import Pipeline  # noqa: E402


def best_of(f, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        f()
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    pipe = Pipeline()
    docs = bp.long_documents(bp.text_documents(), pipe)
    recs = [pipe.process(d) for d in docs]  # warm-up: models, KB and caches loaded; GC tuned
    arts = [clean.clean(d) for d in docs]
    ans = [nlp.analyze(a) for a in arts]
    acts = [actors.link(a, an) for a, an in zip(arts, ans)]
    gc.collect()
    t = {
        "clean": best_of(lambda: [clean.clean(d) for d in docs], args.repeat),
        "nlp": best_of(lambda: [nlp.analyze(a) for a in arts], args.repeat),
        "actors": best_of(lambda: [actors.link(a, an) for a, an in zip(arts, ans)], args.repeat),
        "events": best_of(lambda: [events.code(a, an, ac) for a, an, ac in zip(arts, ans, acts)], args.repeat),
    }
    total = sum(t.values())
    words = sum(len(r.article.text.split()) for r in recs if r.article)
    for k, v in t.items():
        print(f"{k:7s} {v * 1000:7.0f} ms  {v / total * 100:4.0f}%")
    print(f"total   {total * 1000:7.0f} ms for {len(docs)} articles, {words / total / 850:.1f} articles850 per CPU-s (sum of stage minima)")


if __name__ == "__main__":
    main()
