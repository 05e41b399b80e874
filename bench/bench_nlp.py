#!/usr/bin/env python3
"""Speed and footprint of the nlp stage: NER model load time and memory, and
analyze() articles/s on ~850-word Indonesian articles, one core.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_nlp.py [--n 40] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from peristiwa.model import Article, Block  # noqa: E402

PAGES = ROOT.parent / "shared" / "examples" / "pages"
GOLD = ROOT.parent / "shared" / "data" / "html-pages" / "gold.json"


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def article_850(text: str) -> Article:
    """Paragraphs (lines) of ``text`` repeated until ~850 words; first one is the title."""
    paras = [p.strip() for p in text.split("\n") if len(p.split()) > 5]
    out, words = [], 0
    while words < 850:
        for p in paras:
            out.append(p)
            words += len(p.split())
            if words >= 850:
                break
    blocks, pos = [], 0
    for i, p in enumerate(out):
        blocks.append(Block("title" if i == 0 else "body", pos, pos + len(p)))
        pos += len(p) + 2
    return Article("bench", "\n\n".join(out), blocks=blocks, language="id")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=40, help="articles per measurement")
    ap.add_argument("--repeat", type=int, default=3,
                    help="measurements per setting; the fastest is reported (the machine is shared)")
    args = ap.parse_args()
    import json

    texts = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.txt"))]
    if GOLD.is_file():  # real cleaned news texts (ANTARA, detik, Kompas, ...)
        texts += [g["title"] + "\n" + g["content"] for g in json.loads(GOLD.read_text()) if g.get("content")]
    texts = texts or [
        "Presiden Joko Widodo bertemu Menteri Luar Negeri China Wang Yi di Jakarta pada Senin (9/1). " * 60
    ]
    arts = [article_850(t) for t in texts]
    print(f"articles: {len(arts)} distinct, words {[len(a.text.split()) for a in arts]}")

    import spacy  # noqa: F401  (import cost is not model load cost)

    from peristiwa import nlp
    from peristiwa.nlp.ner import load_model

    before = rss_mb()
    t0 = time.perf_counter()
    load_model()
    print(f"NER model load: {time.perf_counter() - t0:.2f} s, +{rss_mb() - before:.0f} MB RSS (process {rss_mb():.0f} MB)")

    for label, kw in [("sentences+tokens (ner=False)", {"ner": False}),
                      ("+ NER title+lead (ner=True, default)", {"ner": True}),
                      ("+ NER name sentences (ner='names')", {"ner": "names"}),
                      ("+ NER every sentence (ner='all')", {"ner": "all"})]:  # fmt: skip
        for a in arts:
            nlp.analyze(a, **kw)  # warm up
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.process_time()
            n_ents = n_sents = 0
            for i in range(args.n):
                an = nlp.analyze(arts[i % len(arts)], **kw)
                n_ents += len(an.entities)
                n_sents += len(an.sentences)
            best = min(best, time.process_time() - t0)
        print(f"{label:36s} {args.n / best:7.1f} articles/CPU-s  ({1000 * best / args.n:.1f} ms/article, "
              f"{n_sents / args.n:.0f} sentences, {n_ents / args.n:.0f} entities per article)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
