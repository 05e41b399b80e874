"""Speed of the actor-linking stage alone (articles per second, one core).

Builds ~850-word Indonesian articles from the gold set's paragraphs (shuffled,
so every article differs), runs ``nlp.analyze`` once per article outside the
timer when --with-nlp is given (the linker then also reads NER entities), and
times ``actors.link`` only.

    .venv/bin/python bench/bench_actors.py [--n 300] [--words 850] [--with-nlp]
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import datetime
from pathlib import Path

import yaml

from peristiwa.actors import link
from peristiwa.actors.kb import load_kb
from peristiwa.model import Article, Block

ROOT = Path(__file__).resolve().parents[1]


def articles(n: int, words: int, seed: int = 7) -> list[Article]:
    gold = yaml.safe_load((ROOT / "tests" / "gold" / "actors" / "gold.yaml").read_text(encoding="utf-8"))
    paras = [p for d in gold for p in d.get("paragraphs", [])]
    titles = [d["title"] for d in gold if "title" in d]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        body, count = [], 0
        while count < words:
            p = rng.choice(paras)
            body.append(p)
            count += len(p.split())
        parts = [rng.choice(titles), *body]
        blocks, pos = [], 0
        for k, p in enumerate(parts):
            blocks.append(Block("title" if k == 0 else "body", pos, pos + len(p)))
            pos += len(p) + 2
        pub = datetime(2015 + i % 11, 1 + i % 12, 1 + i % 28)
        out.append(Article(source=f"bench-{i}", text="\n\n".join(parts), blocks=blocks, published=pub, language="id"))
    return out


def pages(src: str, n: int) -> list[Article]:
    """Real pages through the real ingest/clean, repeated to ``n`` articles."""
    from peristiwa import clean, ingest

    base = []
    for doc in ingest.read([src]):
        try:
            base.append(clean.clean(doc))
        except Exception:  # an unusable page is not the linker's concern here
            continue
    return [base[i % len(base)] for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--words", type=int, default=850)
    ap.add_argument("--with-nlp", action="store_true", help="feed real nlp.analyze output (untimed)")
    ap.add_argument("--pages", default=None, help="instead: real pages from this dir/glob (cleaned, cycled to --n)")
    ap.add_argument("--repeat", type=int, default=3, help="report the best of this many runs (shared CPUs are noisy)")
    args = ap.parse_args()

    t0 = time.perf_counter()
    kb = load_kb()
    load_s = time.perf_counter() - t0
    arts = pages(args.pages, args.n) if args.pages else articles(args.n, args.words)
    analyses = [None] * len(arts)
    if args.with_nlp:
        from peristiwa import nlp

        analyses = [nlp.analyze(a) for a in arts]
    link(arts[0], analyses[0], kb=kb)  # warm-up
    runs = []
    for _ in range(args.repeat):
        n_actors = 0
        t0 = time.process_time()
        for a, an in zip(arts, analyses):
            n_actors += len(link(a, an, kb=kb))
        runs.append(time.process_time() - t0)
    cpu = min(runs)
    words = sum(len(a.text.split()) for a in arts)
    print(f"KB load {load_s:.2f} s ({len(kb.people)} people, {len(kb.countries)} countries, {len(kb.orgs)} orgs)")
    print(f"{len(arts)} articles, {words / len(arts):.0f} words each, {n_actors / len(arts):.1f} actors each"
          f"{' (with NER entities)' if args.with_nlp else ''}")
    print(f"runs (s CPU): {', '.join(f'{r:.2f}' for r in runs)}")
    print(f"link: {cpu * 1000 / len(arts):.2f} ms/article CPU, {len(arts) / cpu:.0f} articles/s per core (best run)")


if __name__ == "__main__":
    main()
