"""The feature-CRF NER: features, lexicon, a real (tiny) crfsuite model
trained here and run through ``tag_sentences``, and the training script's
mention-replacement augmentation."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from peristiwa.model import Sentence, Token
from peristiwa.nlp import ner_crf
from peristiwa.nlp.conll import spans
from peristiwa.nlp.ner import tag_sentences
from peristiwa.nlp.ner_features import Lexicon, sent_features, shape

ROOT = Path(__file__).resolve().parents[1]


def test_shape_is_compressed():
    assert shape("Jakarta") == "Xx"
    assert shape("PDI-P") == "X-X"
    assert shape("2014") == "d"
    assert shape("(KPK)") == "(X)"


def test_gazetteer_longest_match_starts_capitalised():
    lex = Lexicon(gaz={("jawa",): "LOC", ("jawa", "barat"): "LOC", ("partai", "demokrat"): "ORG"})
    words = ["Gubernur", "Jawa", "Barat", "dari", "Partai", "Demokrat", "jawa"]
    tags = lex.gaz_tags([w.lower() for w in words], [w[:1].isupper() for w in words])
    assert tags == [None, "B-LOC", "I-LOC", None, "B-ORG", "I-ORG", None]  # lower-case 'jawa' is not looked up
    assert lex.parts["barat"] == "LOC" and "jawa" in lex.parts


def test_lexicon_json_round_trip(tmp_path):
    lex = Lexicon(gaz={("joko", "widodo"): "PER"}, clusters={"kata": "3.17"}, capratio={"jakarta": 3}, common={"kata"})
    lex.to_json(tmp_path / "lexicon.json")
    back = Lexicon.from_json(tmp_path / "lexicon.json")
    assert (back.gaz, back.clusters, back.capratio, back.common) == (lex.gaz, lex.clusters, lex.capratio, lex.common)
    assert back.max_len == 2


def test_features_carry_gazetteer_cluster_and_context():
    lex = Lexicon(gaz={("jakarta",): "LOC"}, clusters={"tiba": "1.5"}, capratio={"jakarta": 3}, common={"tiba"})
    feats = sent_features(["Budi", "tiba", "di", "Jakarta", "."], lex)
    assert len(feats) == 5
    assert "g=B-LOC" in feats[3] and "r=3" in feats[3] and "-1w=di" in feats[3]
    assert "c=1.5" in feats[1] and "kd" in feats[1] and "BOS" in feats[0]
    assert "g=B-LOC" not in feats[1]


TRAIN = [
    (["Budi", "tiba", "di", "Jakarta", "."], ["B-PER", "O", "O", "B-LOC", "O"]),
    (["Ani", "pergi", "ke", "Bandung", "."], ["B-PER", "O", "O", "B-LOC", "O"]),
    (["Kata", "Joko", "Santoso", "di", "Medan", "."], ["O", "B-PER", "I-PER", "O", "B-LOC", "O"]),
    (["Partai", "Golkar", "menolak", "."], ["B-ORG", "I-ORG", "O", "O"]),
    (["Siti", "tiba", "di", "Surabaya", "."], ["B-PER", "O", "O", "B-LOC", "O"]),
]


@pytest.fixture()
def tiny_model(tmp_path) -> Path:
    import pycrfsuite

    lex = Lexicon(gaz={("jakarta",): "LOC", ("bandung",): "LOC"})
    tr = pycrfsuite.Trainer(verbose=False)
    for words, tags in TRAIN * 5:
        tr.append(sent_features(words, lex), tags)
    tr.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50})
    tr.train(str(tmp_path / "crf.model"))
    lex.to_json(tmp_path / "lexicon.json")
    return tmp_path


def test_tiny_crf_model_tags_article_offsets(tiny_model):
    assert ner_crf.is_crf_model(tiny_model)
    assert ner_crf.tag_words(str(tiny_model), [TRAIN[0][0], []]) == [sorted(spans(TRAIN[0][1])), []]
    text = "Wati tiba di Bandung ."
    toks, pos = [], 100  # offsets into a longer article text
    for w in text.split():
        toks.append(Token(w, pos, pos + len(w)))
        pos += len(w) + 1
    sent = Sentence(100, pos - 1, text, toks)
    ents = tag_sentences([sent], select=None, model=tiny_model, rules=False)
    assert [(e.text, e.start, e.label, e.source) for e in ents] == [("Wati", 100, "PER", "model"),
                                                                    ("Bandung", 113, "LOC", "model")]  # fmt: skip


def test_broken_model_dir_names_the_problem(tmp_path):
    from peristiwa.errors import DataError

    (tmp_path / "crf.model").write_bytes(b"not a model")
    (tmp_path / "lexicon.json").write_text("{}")
    with pytest.raises(DataError, match=str(tmp_path)):
        ner_crf.load(str(tmp_path))


def _train_script():
    spec = importlib.util.spec_from_file_location("train_ner_crf", ROOT / "scripts" / "train_ner_crf.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_mention_replacement_keeps_valid_bio_and_labels():
    aug = _train_script().augment(TRAIN, copies=2, seed=0, p=1.0)
    assert len(aug) == 2 * len(TRAIN)
    pool = {lab: {tuple(w[s:e]) for w, t in TRAIN for s, e, l2 in spans(t) if l2 == lab} for lab in ("PER", "LOC", "ORG")}
    changed = 0
    for (words, tags), (w0, t0) in zip(aug, TRAIN * 2):
        assert len(words) == len(tags)
        assert [lab for _, _, lab in sorted(spans(tags))] == [lab for _, _, lab in sorted(spans(t0))]
        for s, e, lab in spans(tags):
            assert tuple(words[s:e]) in pool[lab]  # a name of the same label from the training set
        changed += words != w0
    assert changed > 0
    assert _train_script().augment(TRAIN, copies=1, seed=0, p=0.0) == TRAIN  # p=0: unchanged copies
