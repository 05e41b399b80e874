"""Composes the stages. The public API: ``extract()`` and ``Pipeline``.

Each stage is a pure function over picklable dataclasses, so the same
``Pipeline.process`` runs in one process, a pool, or on Dask partitions.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from peristiwa.errors import PeristiwaError
from peristiwa.model import Document, Record, Result

log = logging.getLogger(__name__)

STAGES = ("clean", "nlp", "actors", "events")


class Pipeline:
    """Runs documents through clean -> nlp -> actors -> events.

    ``stages`` picks a prefix of the chain (e.g. ``("clean",)`` for articles
    only). Errors are caught per document and recorded on its Record.
    """

    def __init__(self, stages: Iterable[str] = STAGES):
        self.stages = tuple(stages)
        unknown = set(self.stages) - set(STAGES)
        if unknown:
            raise ValueError(f"unknown stage(s): {', '.join(sorted(unknown))}")

    def process(self, doc: Document) -> Record:
        from peristiwa import clean as clean_stage

        rec = Record(source=doc.source, warnings=list(doc.warnings))
        if doc.error:
            rec.error = doc.error
            return rec
        try:
            rec.article = clean_stage.clean(doc)
            rec.warnings.extend(w for w in rec.article.warnings if w not in rec.warnings)
            if "nlp" in self.stages:
                from peristiwa import nlp

                rec.analysis = nlp.analyze(rec.article)
            if "actors" in self.stages:
                from peristiwa import actors

                rec.actors = actors.link(rec.article, rec.analysis)
            if "events" in self.stages:
                from peristiwa import events

                rec.events = events.code(rec.article, rec.analysis, rec.actors)
        except PeristiwaError as exc:
            rec.error = str(exc)
        except Exception as exc:  # a bug must not stop the batch; say which document
            log.exception("unexpected error on %s", doc.source)
            rec.error = f"internal error: {type(exc).__name__}: {exc}"
        return rec

    def run(self, docs: Iterable[Document]) -> Iterator[Record]:
        for doc in docs:
            yield self.process(doc)


def extract(source, *, stages: Iterable[str] = STAGES, glob: str | None = None) -> Result:
    """Read ``source`` (a path, URL, directory, or a list of them) and code it.

    >>> result = peristiwa.extract("samples/pages")      # doctest: +SKIP
    >>> result[0].article.title, result[0].events[0].event_type   # doctest: +SKIP
    """
    from peristiwa import ingest

    sources = [source] if isinstance(source, (str, bytes)) or hasattr(source, "__fspath__") else list(source)
    pipe = Pipeline(stages)
    return Result(records=list(pipe.run(ingest.read([str(s) for s in sources], glob=glob))))
