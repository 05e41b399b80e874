"""Optional CRF feature groups (round 4): known name parts and name cues,
runs of capitalised words, wordfreq buckets. Each is off unless the model's
lexicon.json asks for it, so an older model keeps its exact features."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from peristiwa.errors import DataError
from peristiwa.nlp import ner_features as nf

ROOT = Path(__file__).resolve().parents[1]
SENTS = [
    "Kata H. Budi Santoso , S.H. kemarin di Jakarta , bahwa BNN menolak usulan tersebut .".split(),
    "Menurut Prof. Siti Nurbaya kemarin di kantor Kementerian Luar Negeri ( Kemlu ) .".split(),
    "Iran Tolak Kunjungan Grossi ke Fasilitas Nuklir".split(),
    ["x"],
]


def _full_lexicon() -> nf.Lexicon:
    return nf.Lexicon(
        gaz={("jakarta",): "LOC", ("siti", "nurbaya"): "PER"},
        clusters={"menolak": "1.5"},
        capratio={"jakarta": 3},
        common={"kantor"},
        nameparts={"budi": "f", "santoso": "l", "siti": "f|m"},
        cues={"h.": "hon", "prof.": "hon", "s.h.": "deg"},
        options=("caprun", "npbi"),
    )


def test_cap_runs_place_and_length():
    cap = [w[:1].isupper() for w in "kata Joko Widodo dan Ma'ruf di Kantor Staf Presiden Republik Indonesia".split()]
    assert nf.cap_runs(cap) == [None, "B2", "E2", None, "S1", None, "B4", "I4", "I4", "I4", "E4"]


def test_name_part_and_cue_features_only_where_they_apply():
    lex = _full_lexicon()
    words = SENTS[0]
    feats = nf.sent_features(words, lex)
    budi = feats[words.index("Budi")]
    assert "np=f" in budi and "-1cue=hon" in budi and "1np=l" in budi
    assert "run=I3" not in budi and "run=I4" in budi  # Kata H. Budi Santoso is one capitalised run
    assert "cue=deg" in feats[words.index("S.H.")]
    assert "np2=f>l" in feats[words.index("Santoso")]  # option npbi: a first then a last name part
    # a lower-case word is no name part, even if listed
    low = nf.sent_features(["budi", "pergi"], lex)
    assert not any(f.startswith("np=") for f in low[0])


def test_optional_features_are_off_for_an_older_lexicon():
    old = nf.Lexicon(gaz={("jakarta",): "LOC"}, capratio={"jakarta": 3})
    for words in SENTS:
        for f in nf.sent_features(words, old):
            assert not any(x.startswith(("np=", "cue=", "run=", "z0=", "-1np", "1cue")) for x in f)


def test_memoised_equals_reference_with_every_option():
    lex = _full_lexicon()
    for words in SENTS + [nf.title_case(w) for w in SENTS]:
        assert nf.sent_features(words, lex) == nf.sent_features_reference(words, lex)
        assert nf.sent_features(words, lex, "nergrit") == nf.sent_features_reference(words, lex, "nergrit")


def test_lexicon_round_trip_keeps_the_options(tmp_path):
    lex = _full_lexicon()
    lex.to_json(tmp_path / "lexicon.json")
    back = nf.Lexicon.from_json(tmp_path / "lexicon.json")
    assert (back.nameparts, back.cues, back.options) == (lex.nameparts, lex.cues, lex.options)
    assert nf.sent_features(SENTS[1], back) == nf.sent_features(SENTS[1], lex)


def test_wordfreq_buckets():
    pytest.importorskip("wordfreq")
    assert nf.freq_bucket("pemerintah", "id") >= "5.0"  # a very common Indonesian word
    assert nf.freq_bucket("xqzvvkw", "id") == "0"  # unknown: likely a name or a typo
    lex = nf.Lexicon(wordfreq=("id",))
    f = nf.sent_features(["Pemerintah", "menolak", "Xqzvvkw"], lex)
    assert "cap0|z0=" + nf.freq_bucket("pemerintah", "id") in f[0]
    assert "cap|z0=0" in f[2] and "-1z0=" + nf.freq_bucket("menolak", "id") in f[2]
    assert f == nf.sent_features_reference(["Pemerintah", "menolak", "Xqzvvkw"], lex)


def _trainer():
    spec = importlib.util.spec_from_file_location("train_ner_crf", ROOT / "scripts" / "train_ner_crf.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_name_parts_from_names():
    t = _trainer()
    parts = t.name_parts(["Joko Widodo", "Susilo Bambang Yudhoyono", "B.J. Habibie", "Widodo", "Joko Susilo"])
    assert parts["joko"] == "f" and parts["widodo"] == "l" and parts["bambang"] == "m"
    assert parts["susilo"] == "f|l"
    assert "habibie" not in parts  # "B.J." is no plain word: the name is skipped


def test_name_cues_file_is_valid_and_bad_entries_are_named(tmp_path, monkeypatch):
    t = _trainer()
    cues = t.name_cues()
    assert cues["h."] == "hon" and cues["s.h."] == "deg"
    bad = tmp_path / "cues.yaml"
    bad.write_text("honorifics: [h., tuan guru]\ndegrees: [s.h.]\n")
    monkeypatch.setattr(t, "NAME_CUES", bad)
    with pytest.raises(DataError, match="tuan guru"):
        t.name_cues()


def test_wordfreq_binary_option():
    pytest.importorskip("wordfreq")
    lex = nf.Lexicon(wordfreq=("id",), options=("wfbinary",))
    words = ["Pemerintah", "menolak", "Xqzvvkw"]
    f = nf.sent_features(words, lex)
    assert "z0=1" in f[0] and "z0=0" in f[2] and "cap|z0=0" in f[2]
    assert f == nf.sent_features_reference(words, lex)
