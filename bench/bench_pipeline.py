"""Full-pipeline throughput: clean -> nlp -> actors -> events, on one core.

Inputs are real text: the bodies of the real news pages in
../shared/data/html-pages (gold.json) and the project's own gold and sample
pages. Each input is run as a plain-text page (the common case for scraped
dumps) and, separately, the real HTML pages as HTML.

We report CPU time (time.process_time), so the number is "per CPU-second"
whatever else the machine is doing, plus words/s and the equivalent number of
850-word articles per CPU-second, which is the brief's yardstick.

    .venv/bin/python bench/bench_pipeline.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

from peristiwa import ingest  # noqa: E402
from peristiwa.model import Document  # noqa: E402
from peristiwa.pipeline import Pipeline  # noqa: E402


def text_documents() -> list[Document]:
    docs = []
    gold = SHARED / "data" / "html-pages" / "gold.json"
    if gold.exists():
        for g in json.loads(gold.read_text(encoding="utf-8")):
            page = f"{g['title']}\n\n{g['content']}\n"
            docs.append(Document(source=f"html-pages/{g['file']}#text", kind="text", content=page.encode()))
    for folder in (ROOT / "tests" / "gold" / "events" / "pages", ROOT / "samples" / "pages"):
        docs.extend(d for d in ingest.read([str(folder)]) if not d.error)
    return docs


def long_documents(docs: list[Document], pipe: Pipeline, words: int = 850) -> list[Document]:
    """~850-word pages: a page's title and dateline-led body, followed by the
    body paragraphs of the next pages until the body reaches ``words``. Real
    sentences throughout, so the per-word work is realistic while fixed
    per-page costs are amortised as on real full-length articles."""
    arts = [r.article for r in (pipe.process(d) for d in docs) if r.article and r.article.title]
    out = []
    for i, a in enumerate(arts):
        paras = [(a.dateline.raw + " " if a.dateline and a.dateline.raw else "") + a.paragraphs[0]] if a.paragraphs else []
        paras += a.paragraphs[1:]
        n, j = sum(len(p.split()) for p in paras), i + 1
        while n < words and j < i + len(arts):
            for para in arts[j % len(arts)].paragraphs:
                paras.append(para)
                n += len(para.split())
            j += 1
        page = a.title + "\n\n" + "\n\n".join(paras) + "\n"
        out.append(Document(source=a.source + "#850", kind="text", content=page.encode()))
    return out


def html_documents() -> list[Document]:
    folder = SHARED / "data" / "html-pages"
    return [d for d in ingest.read([str(folder)], glob="*.html") if not d.error] if folder.exists() else []


def words_of(records) -> int:
    return sum(len(r.article.text.split()) for r in records if r.article)


def measure(pipe: Pipeline, docs: list[Document], repeat: int) -> dict:
    records = [pipe.process(d) for d in docs]  # warm-up: loads models and caches
    words = words_of(records)
    events = sum(len(r.events) for r in records)
    gc.collect()
    t0 = time.process_time()
    for _ in range(repeat):
        for d in docs:
            pipe.process(d)
    cpu = time.process_time() - t0
    n = len(docs) * repeat
    return {
        "documents": len(docs),
        "events": events,
        "mean_words": round(words / max(len(docs), 1)),
        "docs_per_cpu_s": round(n / cpu, 1),
        "words_per_cpu_s": round(words * repeat / cpu),
        "articles850_per_cpu_s": round(words * repeat / cpu / 850, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    t0 = time.perf_counter()
    pipe = Pipeline()
    tdocs = text_documents()
    first = pipe.process(tdocs[0])  # first call loads KB, lexicons and the NER model
    load_s = time.perf_counter() - t0
    assert first.article is not None

    out = {"model_and_data_load_s": round(load_s, 2)}
    out["text"] = measure(pipe, tdocs, args.repeat)
    out["text_850_words"] = measure(pipe, long_documents(tdocs, pipe), max(1, args.repeat // 2))
    out["html"] = measure(pipe, html_documents(), args.repeat)

    tracemalloc.start()
    for d in tdocs:
        pipe.process(d)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    out["peak_python_alloc_per_pass_mb"] = round(peak / 1e6, 1)
    out["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
