"""Link actors in a one-block Indonesian article: the shared set-up of the
small linker tests (kept out of the test_* naming, like store_corpus.py)."""

from datetime import datetime, timezone

from peristiwa import actors, nlp
from peristiwa.actors.kb import load_kb
from peristiwa.model import Actor, Article, Block


def link_text(text: str, published: datetime = datetime(2025, 6, 10, tzinfo=timezone.utc)) -> list[Actor]:
    load_kb()
    art = Article("t", text, blocks=[Block("body", 0, len(text))], language="id", published=published)
    return actors.link(art, nlp.analyze(art))
