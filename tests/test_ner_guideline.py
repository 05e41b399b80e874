"""Annotation guidelines in the CRF NER: feature copies, a real (tiny) model
trained on two "corpora" that label the same words differently, the
scorer's choice of guideline, and clear errors for unknown guidelines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peristiwa.errors import DataError
from peristiwa.eval.ner import resolve_guideline, score_file
from peristiwa.nlp import ner_crf
from peristiwa.nlp.ner_features import Lexicon, sent_features, sent_features_reference, with_guideline

# corpus A leaves the country in "Pemerintah Indonesia" unlabelled; corpus B tags it
A = [(["Pemerintah", "Indonesia", "menolak", "."], ["O", "O", "O", "O"]),
     (["Budi", "tiba", "di", "Jakarta", "."], ["B-PER", "O", "O", "B-LOC", "O"])]  # fmt: skip
B = [(["Pemerintah", "Indonesia", "menolak", "."], ["O", "B-LOC", "O", "O"]),
     (["Ani", "tiba", "di", "Bandung", "."], ["B-PER", "O", "O", "B-LOC", "O"])]  # fmt: skip


def test_with_guideline_adds_one_prefixed_copy_per_feature():
    feats = [["b", "w=x"], ["b", "w=y"]]
    assert with_guideline(feats, None) is feats
    assert with_guideline(feats, "g") == [["b", "w=x", "g:b", "g:w=x"], ["b", "w=y", "g:b", "g:w=y"]]


def test_memoised_features_equal_reference_under_a_guideline():
    lex = Lexicon(gaz={("jakarta",): "LOC"}, clusters={"tiba": "1.5"}, capratio={"jakarta": 3}, common={"tiba"})
    words = ["Budi", "tiba", "di", "Jakarta", "."]
    assert sent_features(words, lex, "nergrit") == sent_features_reference(words, lex, "nergrit")
    assert all(f"nergrit:{x}" in f for f in sent_features(words, lex, "nergrit") for x in f if ":" not in x)


@pytest.fixture()
def two_guideline_model(tmp_path) -> Path:
    import pycrfsuite

    lex = Lexicon()
    tr = pycrfsuite.Trainer(verbose=False)
    for _ in range(5):
        for words, tags in A:
            tr.append(sent_features(words, lex), tags)
        for words, tags in B:
            tr.append(sent_features(words, lex, "nergrit"), tags)
    tr.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 80})
    tr.train(str(tmp_path / "crf.model"))
    lex.to_json(tmp_path / "lexicon.json")
    (tmp_path / "training.json").write_text(json.dumps({"guidelines": {"a/train.txt": None, "b/train.txt": "nergrit"}}))
    return tmp_path


def test_one_model_follows_either_guideline(two_guideline_model):
    path = str(two_guideline_model)
    words = ["Pemerintah", "Indonesia", "menolak", "."]
    assert ner_crf.guidelines(path) == ("nergrit",)
    assert ner_crf.tag_words(path, [words]) == [[]]
    assert ner_crf.tag_words(path, [words], "nergrit") == [[(1, 2, "LOC")]]


def test_unknown_guideline_is_a_clear_error(two_guideline_model):
    with pytest.raises(DataError, match="no guideline 'ontonotes'.*nergrit"):
        ner_crf.tag_words(str(two_guideline_model), [["Budi"]], "ontonotes")


def test_scorer_picks_the_guideline_of_the_files_format(two_guideline_model, tmp_path):
    nergrit = tmp_path / "valid.txt"
    nergrit.write_text("Pemerintah\tO\nIndonesia\tB-PLACE\nmenolak\tO\n.\tO\n\n", encoding="utf-8")
    conll = tmp_path / "dev.txt"
    conll.write_text("Pemerintah NN O\nIndonesia NNP O\nmenolak VB O\n. Z O\n\n", encoding="utf-8")
    m = two_guideline_model
    assert resolve_guideline("auto", nergrit, None, m) == "nergrit"
    assert resolve_guideline("auto", conll, None, m) is None
    assert resolve_guideline(None, nergrit, None, m) is None  # "default" on the command line
    assert score_file(nergrit, model=m, rules=False).f1 == 1.0
    assert score_file(conll, model=m, rules=False).f1 == 0.0  # nothing to find, nothing found: no tp
    assert score_file(conll, model=m, rules=False).fp == {}
    assert score_file(nergrit, model=m, rules=False, guideline=None).fn["LOC"] == 1
