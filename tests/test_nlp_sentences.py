"""Sentence splitting and tokenisation rules (Indonesian first, English too)."""

from __future__ import annotations

import pytest

from peristiwa.model import Article, Block
from peristiwa.nlp import analyze
from peristiwa.nlp.sentences import sentences


def split(text: str, lang: str = "id") -> list[str]:
    return [s.text for s in sentences(Article("t", text, language=lang), lang)]


def test_glued_paragraphs_split():
    assert split("Dukungan telah dikonsolidasikan, kata Qin.Kedua pihak juga bertukar pandangan.") == [
        "Dukungan telah dikonsolidasikan, kata Qin.",
        "Kedua pihak juga bertukar pandangan.",
    ]


def test_glued_after_acronym_and_bracket():
    out = split("Ia bertemu pejabat AS.Rusia menolak tawaran itu.")
    assert out == ["Ia bertemu pejabat AS.", "Rusia menolak tawaran itu."]


@pytest.mark.parametrize(
    "text",
    [
        "Ia bertemu Dr. Budi Santoso di kantornya.",
        "Rapat dipimpin Prof. Dr. Ir. H. Joko Widodo hari ini.",
        "Kantor itu di Jl. Merdeka No. 5 Jakarta Pusat.",
        "Mereka membawa beras, gula, dll. untuk korban.",
        "Hadir pula Budi Santoso, S.H., M.Si. sebagai saksi.",
        "Surat ditandatangani oleh H. Agus Salim kemarin.",
    ],
)
def test_abbreviations_do_not_end_sentences(text):
    assert split(text) == [text]


def test_abbreviation_is_one_token():
    s = sentences(Article("t", "Ia bertemu Dr. Budi di Jl. Merdeka."))[0]
    words = [t.text for t in s.tokens]
    assert "Dr." in words and "Jl." in words


def test_closing_quote_belongs_to_sentence():
    out = split("“Kami akan datang.” Lalu dia pergi. “Saya pikir,” ujarnya.")
    assert out == ["“Kami akan datang.”", "Lalu dia pergi.", "“Saya pikir,” ujarnya."]


def test_straight_quotes():
    out = split('Dia berkata "Kami siap." Kemudian rapat ditutup.')
    assert out == ['Dia berkata "Kami siap."', "Kemudian rapat ditutup."]


def test_quote_with_question_then_lowercase_continues():
    assert split("“Apa kabar?” tanya dia kepada Lavrov.") == ["“Apa kabar?” tanya dia kepada Lavrov."]


def test_weekday_date_kept_as_one_token():
    s = sentences(Article("t", "Menlu Qin Gang pada Senin (9/1) menelepon Lavrov. Mereka bertemu Kamis(2/3)."))
    assert len(s) == 2
    dates = [(t.text, t.pos) for sent in s for t in sent.tokens if t.pos == "DATE"]
    assert dates == [("(9/1)", "DATE"), ("(2/3)", "DATE")]
    words = [t.text for t in s[0].tokens]
    assert words[words.index("(9/1)") - 1] == "Senin"


def test_full_date_in_brackets():
    s = sentences(Article("t", "Latihan berakhir pada Selasa (27/12/2022). Kapal kembali."))
    assert [t.text for t in s[0].tokens if t.pos == "DATE"] == ["(27/12/2022)"]
    assert len(s) == 2


def test_adjacent_bracketed_dates_are_two_tokens():
    # spaCy's retokenizer used to raise on these (overlapping merges): one page broke the batch
    text = "Sidang digelar Senin-Selasa (9/1)(10/1). Hakim hadir."
    s = sentences(Article("t", text))
    assert [t.text for t in s[0].tokens if t.pos == "DATE"] == ["(9/1)", "(10/1)"]
    assert all(text[t.start : t.end] == t.text for sent in s for t in sent.tokens)


def test_ellipsis_lowercase_continues_uppercase_splits():
    assert len(split("Isu regional... termasuk konflik Ukraina.")) == 1
    assert len(split("Kami menunggu... Kemudian semuanya berubah.")) == 2


def test_numbers_with_periods_do_not_split():
    assert len(split("Pukul 10.00 WIB harga naik 2.5 persen menjadi Rp1.500.")) == 1


def test_sentences_never_cross_blocks():
    title = "Menlu China gelar percakapan dengan menlu Rusia"
    body = "Menteri Qin Gang menelepon Lavrov pada Senin"  # no final period
    caption = "Kapal perang AL China berlayar. (Xinhua/Sun Fei)"
    text = f"{title}\n\n{body}\n\n{caption}"
    b1 = len(title) + 2
    b2 = b1 + len(body) + 2
    art = Article("t", text, blocks=[Block("title", 0, len(title)), Block("body", b1, b1 + len(body)),
                                     Block("caption", b2, len(text))])  # fmt: skip
    out = sentences(art)
    assert [(s.block, s.text) for s in out] == [
        ("title", title),
        ("body", body),
        ("caption", "Kapal perang AL China berlayar."),
        ("caption", "(Xinhua/Sun Fei)"),
    ]


def test_offsets_index_article_text():
    text = "Judul Berita\n\nPresiden Joko Widodo tiba di Beijing.Ia disambut Xi Jinping."
    art = Article("t", text, blocks=[Block("title", 0, 12), Block("body", 14, len(text))])
    for s in sentences(art):
        assert text[s.start : s.end] == s.text
        for t in s.tokens:
            assert text[t.start : t.end] == t.text


def test_no_blocks_falls_back_to_blank_line_paragraphs():
    out = split("Paragraf satu tanpa titik\n\nParagraf dua juga")
    assert out == ["Paragraf satu tanpa titik", "Paragraf dua juga"]


def test_line_break_starting_new_sentence_splits():
    assert split("Story Code : 1127790\nRussia's Foreign Minister met Wang Yi", "en") == [
        "Story Code : 1127790",
        "Russia's Foreign Minister met Wang Yi",
    ]


def test_english_abbreviations_and_quotes():
    out = split('Mr. Smith met Gen. Jones in the U.S. capital. "We agreed." Then they left.', "en")
    assert out == ['Mr. Smith met Gen. Jones in the U.S. capital.', '"We agreed."', "Then they left."]


def test_english_rule_entities():
    art = Article("t", "President Joe Biden met Foreign Minister Wang Yi in Washington. The Ministry of "
                       "Foreign Affairs said so.", language="en")  # fmt: skip
    ents = {(e.text, e.label) for e in analyze(art).entities}
    assert ("Joe Biden", "PER") in ents
    assert ("Wang Yi", "PER") in ents
    assert ("Washington", "LOC") in ents
    assert ("Ministry of Foreign Affairs", "ORG") in ents


def test_analyze_without_ner_has_no_entities():
    art = Article("t", "Presiden Joko Widodo tiba di Beijing.", language="id")
    an = analyze(art, ner=False)
    assert an.entities == [] and len(an.sentences) == 1


def test_bad_abbreviation_file_names_file_and_entry(tmp_path, monkeypatch):
    import importlib

    from peristiwa.errors import DataError

    mod = importlib.import_module("peristiwa.nlp.sentences")  # the module, not the function

    bad = tmp_path / "abbreviations.yaml"
    bad.write_text("id:\n  - Dr.\n  - Prof\n")
    monkeypatch.setattr(mod, "DATA", bad)
    mod.abbreviations.cache_clear()
    try:
        with pytest.raises(DataError, match=r"abbreviations.yaml: id\[1\] = 'Prof'"):
            mod.abbreviations()
    finally:
        mod.abbreviations.cache_clear()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kami datang.”Lalu dia pergi.", ["Kami datang.”", "Lalu dia pergi."]),
        ("Ia bicara pada pihak.“Kami siap,” katanya.", ["Ia bicara pada pihak.", "“Kami siap,” katanya."]),
        ("Kasus No. 12 selesai pada 2022.Tahun ini dimulai.", ["Kasus No. 12 selesai pada 2022.", "Tahun ini dimulai."]),
    ],
)
def test_glued_quotes_and_numbers(text, expected):
    assert split(text) == expected


def test_name_candidate_gate():
    from peristiwa.nlp.ner import has_name_candidate

    s1, s2, s3 = sentences(Article("t", "Rapat berlangsung lama. Lalu Lavrov tiba. “Kami siap,” katanya."))
    assert not has_name_candidate(s1)
    assert has_name_candidate(s2)
    assert not has_name_candidate(s3)  # "Kami" only opens the quote


def test_glued_straight_quote_opens_the_next_sentence():
    assert split('Kapan diluncurkan."Kami akan meluncurkan di Jakarta," ungkap Dani.') == [
        "Kapan diluncurkan.",
        '"Kami akan meluncurkan di Jakarta," ungkap Dani.',
    ]
