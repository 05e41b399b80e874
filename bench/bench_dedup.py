"""Precision and recall of event merging on the labelled corpus in
tests/store_corpus.py (wire copies with rewritten headlines + near-misses).

Scored over pairs of mentions: a pair is "merged" when both mentions ended in
the same canonical event, "gold" when they report the same real event.

    .venv/bin/python bench/bench_dedup.py [--db PATH|URL] [--stories 200]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from store_corpus import dedup_corpus  # noqa: E402

from peristiwa.store import Store  # noqa: E402


def pairs(groups: dict[object, list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for members in groups.values() for p in combinations(members, 2)}


def score(store: Store, gold: dict[tuple[str, int], str]) -> dict[str, float]:
    with store.engine.connect() as conn:
        src_of = dict(tuple(r) for r in conn.exec_driver_sql(
            "SELECT a.id, d.source FROM articles a JOIN documents d ON d.id = a.document_id"))
    predicted: dict[int, list[str]] = {}
    for ev in store.events(mentions=True):
        predicted[ev["id"]] = [src_of[m["article_id"]] for m in ev["mentions"]]
    gold_groups: dict[str, list[str]] = {}
    for (src, _i), gid in gold.items():
        gold_groups.setdefault(gid, []).append(src)
    pred, want = pairs(predicted), pairs(gold_groups)
    tp = len(pred & want)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(want) if want else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"pred_pairs": len(pred), "gold_pairs": len(want), "tp": tp, "precision": p, "recall": r, "f1": f,
            "false_pairs": sorted(pred - want)[:20], "missed_pairs": sorted(want - pred)[:20]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="database (default: a fresh SQLite file in a temp folder)")
    ap.add_argument("--stories", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--verbose", action="store_true", help="list wrongly merged and missed pairs")
    args = ap.parse_args()
    recs, gold = dedup_corpus(seed=args.seed, stories=args.stories)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(args.db or os.path.join(tmp, "dedup.db"))
        report = store.ingest(recs)
        s = score(store, gold)
        n_gold_events = len(set(gold.values()))
        print(f"corpus: {len(recs)} articles, {report.mentions} mentions, {n_gold_events} gold events; "
              f"{report.copies} articles joined a story cluster")
        print(f"canonical events: {store.counts()['events']} (gold {n_gold_events})")
        print(f"pairs: predicted {s['pred_pairs']}, gold {s['gold_pairs']}, correct {s['tp']}")
        print(f"precision {s['precision']:.3f}  recall {s['recall']:.3f}")
        if args.verbose:
            print("wrongly merged:", s["false_pairs"])
            print("missed:", s["missed_pairs"])
        print(f"F1 {s['f1']:.3f}")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
