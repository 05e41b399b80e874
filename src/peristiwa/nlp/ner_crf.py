"""The feature-CRF NER model (python-crfsuite): load once, tag word lists.

A model directory holds ``crf.model`` and ``lexicon.json`` (see
``ner_features.py`` and ``scripts/train_ner_crf.py``)."""

from __future__ import annotations

import functools
import time
from pathlib import Path

from peristiwa.nlp.conll import spans
from peristiwa.nlp.ner_features import Lexicon, sent_features

LOAD_SECONDS: dict[str, float] = {}


def is_crf_model(path: Path) -> bool:
    return (path / "crf.model").is_file() and (path / "lexicon.json").is_file()


@functools.lru_cache(maxsize=4)
def load(path: str):
    import pycrfsuite

    from peristiwa.errors import DataError

    p = Path(path)
    t0 = time.perf_counter()
    try:
        lex = Lexicon.from_json(p / "lexicon.json")
        tagger = pycrfsuite.Tagger()
        tagger.open(str(p / "crf.model"))
    except (OSError, ValueError, KeyError) as exc:
        raise DataError(f"{p}: cannot load the CRF NER model: {exc}") from exc
    LOAD_SECONDS[path] = time.perf_counter() - t0
    return tagger, lex


def tag_words(path: str, batch: list[list[str]]) -> list[list[tuple[int, int, str]]]:
    """Entity token spans (start, end, label) for each word list."""
    tagger, lex = load(path)
    return [sorted(spans(tagger.tag(sent_features(words, lex)))) if words else [] for words in batch]
