"""Our numpy greedy decoder (nlp/greedy_ner.py) must make exactly the
decisions spaCy's own decoder makes with the shipped spaCy model (ner-id;
the default model is now the CRF, the spaCy one is kept for comparison)."""

from __future__ import annotations

import pytest

from peristiwa.eval.ner import model_tagger
from peristiwa.nlp.conll import read_labelled
from peristiwa.nlp.greedy_ner import _plan
from peristiwa.nlp.ner import SPACY_MODEL_DIR, load_model, model_available

pytestmark = pytest.mark.skipif(not model_available(SPACY_MODEL_DIR), reason="spaCy NER model not built")


def _both(monkeypatch, sentences: list[list[str]]) -> tuple[list[set], list[set]]:
    tag = model_tagger(SPACY_MODEL_DIR, rules=False)
    monkeypatch.delenv("PERISTIWA_SPACY_NER", raising=False)
    ours = tag(sentences)
    monkeypatch.setenv("PERISTIWA_SPACY_NER", "1")
    theirs = tag(sentences)
    return ours, theirs


def test_shipped_model_is_replayable():
    assert _plan(load_model(SPACY_MODEL_DIR).get_pipe("ner")) is not None  # else every call falls back to spaCy


def test_same_entities_as_spacy_on_edge_cases(monkeypatch):
    sents = [
        ["Jokowi"],  # one token: only U/O are valid
        ["Presiden", "Joko", "Widodo"],  # entity running to the last token
        ["Menteri", "Luar", "Negeri", "Retno", "Marsudi", "bertemu", "Wang", "Yi", "di", "Beijing", "."],
        ["Komisi", "Pemberantasan", "Korupsi", "(", "KPK", ")", "menahan", "Lukas", "Enembe"],
        [],
        ["Kami", "datang", "."],
    ]
    ours, theirs = _both(monkeypatch, sents)
    assert ours == theirs
    assert any(ours)  # the model did find something, so the comparison means something


def test_same_entities_as_spacy_on_idner_dev(shared, monkeypatch):
    sents = [words for words, _ in read_labelled(shared / "data" / "ner" / "idner-news-2k" / "dev.txt")]
    ours, theirs = _both(monkeypatch, sents)
    assert sum(map(len, ours)) > 500
    assert [i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b] == []


def test_fast_tok2vec_is_bit_identical_to_spacy():
    import numpy
    from spacy.tokens import Doc

    from peristiwa.nlp import fast_tok2vec

    nlp = load_model(SPACY_MODEL_DIR)
    tok2vec = nlp.get_pipe("tok2vec")
    words = [["Presiden", "Joko", "Widodo", "tiba", "di", "Beijing", "."], ["Kamis", "(2/3)"], ["X"],
             ["Komisi", "Pemberantasan", "Korupsi", "(", "KPK", ")", "menahan", "Gubernur", "Papua"]]  # fmt: skip
    docs = [Doc(nlp.vocab, words=w) for w in words]
    ours = fast_tok2vec.predict(tok2vec, docs)
    assert ours is not None  # the shipped model has the layout it replays
    theirs = tok2vec.predict(docs)
    assert [a.shape for a in ours] == [(len(w), 64) for w in words]
    assert all(numpy.array_equal(a, b) for a, b in zip(ours, theirs))
