"""cues.yaml word lists hold words only: YAML turns a bare on/off/yes/no into a
boolean, which once silently removed "on" from an English list."""

from __future__ import annotations

import shutil

import pytest

from peristiwa.errors import DataError
from peristiwa.events import lexicon


def test_shipped_cue_lists_hold_only_words():
    for lang in ("id", "en"):
        for name, words in lexicon.load_cues(lang).items():
            if isinstance(words, list):
                assert all(isinstance(w, str) and w not in ("true", "false") for w in words), (lang, name)


def test_a_bare_yaml_boolean_in_a_cue_list_is_a_clear_error(tmp_path, monkeypatch):
    shutil.copytree(lexicon.data_dir(), tmp_path / "lexicon")
    cues = tmp_path / "lexicon" / "cues.yaml"
    text = cues.read_text(encoding="utf-8")
    assert "  passive_agent: [by]\n" in text
    cues.write_text(text.replace("  passive_agent: [by]\n", "  passive_agent: [by, on]\n"), encoding="utf-8")
    monkeypatch.setattr(lexicon, "data_dir", lambda: tmp_path / "lexicon")
    lexicon.load_cues.cache_clear()
    try:
        with pytest.raises(DataError, match=r"cues\.yaml: en\.passive_agent: True is not a word"):
            lexicon.load_cues("en")
    finally:
        lexicon.load_cues.cache_clear()
