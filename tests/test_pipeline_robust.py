"""Long pages built from the gold pages' real sentences (as bench_pipeline does)
must go through every stage without an internal error: the coder once crashed
when two restated pair-events in one page were dropped in the same pass."""

from pathlib import Path

from peristiwa import ingest
from peristiwa.model import Document
from peristiwa.pipeline import Pipeline

PAGES = Path(__file__).parent / "gold" / "events" / "pages"


def test_long_mixed_pages_raise_no_internal_error():
    pipe = Pipeline()
    arts = [r.article for r in map(pipe.process, ingest.read([str(PAGES)])) if r.article and r.article.title]
    assert len(arts) >= 40
    for i, a in enumerate(arts):
        paras = list(a.paragraphs)
        for j in range(1, 4):  # the next three pages' bodies: ~850 words of real news text
            paras += arts[(i + j) % len(arts)].paragraphs
        page = a.title + "\n\n" + "\n\n".join(paras) + "\n"
        rec = pipe.process(Document(source=f"{a.source}#long", content=page.encode()))
        assert rec.error is None, f"{rec.source}: {rec.error}"
        assert rec.events, f"{rec.source}: no events on a long news page"
