"""Pipeline.tune_gc: after the first document the loaded models and KB sit in
the collector's permanent generation, and the outputs do not depend on it."""

from __future__ import annotations

import gc
from pathlib import Path

from peristiwa import ingest, pipeline

PAGES = Path(__file__).resolve().parents[1] / "samples" / "pages"


def _events(records):
    return [[(e.event_type, e.cameo, e.evidence.start if e.evidence else None) for e in r.events] for r in records]


def test_gc_tuned_after_first_document_and_outputs_unchanged():
    docs = [d for d in ingest.read([str(PAGES)]) if not d.error][:3]
    assert docs
    plain = [pipeline.Pipeline(tune_gc=False).process(d) for d in docs]
    tuned = [pipeline.Pipeline().process(d) for d in docs]
    assert pipeline._gc_tuned
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold()[0] >= 10_000
    assert _events(tuned) == _events(plain)
