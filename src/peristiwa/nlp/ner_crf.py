"""The feature-CRF NER model (python-crfsuite): load once, tag word lists.

A model directory holds ``crf.model`` and ``lexicon.json`` (see
``ner_features.py`` and ``scripts/train_ner_crf.py``), and ``training.json``
whose ``"guidelines"`` names the annotation guidelines the model can follow
besides its default one (``ner_features.with_guideline``)."""

from __future__ import annotations

import functools
import json
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
        lex.freq("the")  # load the wordfreq lists now (if the model uses them), not on the first sentence
    except (OSError, ValueError, KeyError, ImportError) as exc:
        raise DataError(f"{p}: cannot load the CRF NER model: {exc}") from exc
    LOAD_SECONDS[path] = time.perf_counter() - t0
    return tagger, lex


@functools.lru_cache(maxsize=4)
def guidelines(path: str) -> tuple[str, ...]:
    """The extra annotation guidelines a model was trained with (may be none)."""
    f = Path(path) / "training.json"
    if not f.is_file():
        return ()
    try:
        return tuple(sorted({g for g in json.loads(f.read_text(encoding="utf-8")).get("guidelines", {}).values() if g}))
    except (OSError, ValueError, AttributeError) as exc:
        from peristiwa.errors import DataError

        raise DataError(f"{f}: cannot read the model's guidelines: {exc}") from exc


def tag_words(path: str, batch: list[list[str]], guideline: str | None = None) -> list[list[tuple[int, int, str]]]:
    """Entity token spans (start, end, label) for each word list, following the
    default annotation guideline or the named one."""
    if guideline and guideline not in guidelines(path):
        from peristiwa.errors import DataError

        known = ", ".join(guidelines(path)) or "none besides the default"
        raise DataError(f"{path}: the NER model knows no guideline {guideline!r} (it knows: {known})")
    tagger, lex = load(path)
    return [sorted(spans(tagger.tag(sent_features(words, lex, guideline)))) if words else [] for words in batch]
