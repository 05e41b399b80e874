"""The pattern pass never breaks the linker: any mix of pattern words, acronyms, brackets
and line breaks gives actors whose offsets point at their text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from peristiwa import actors
from peristiwa.actors.kb import load_kb
from peristiwa.model import Article, Block

WORDS = ["Polda", "Metro", "Jaya", "Kejaksaan", "Tinggi", "DKI", "Jakarta", "Pengadilan", "Tipikor", "pada",
         "Negeri", "berinisial", "YC", "AS", "dan", "(", ")", "34", "Ribuan", "buruh", "warga", "asing", "polisi",
         "China", "Badan", "Eksekutif", "BEM", "SI", "Juru", "bicara", "Kremlin", "Komandan", "Komando", "di",
         "depan", "Mapolda", ",", ".", "\n\n", "mantan", "Direktur", "Utama", "Kantor", "Imigrasi", "Kelas", "I",
         "-", "/", "III", "Kodam", "Presiden", "Konfederasi", "Serikat", "Pekerja", "Indonesia", "KSPI", "Said"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40))
def test_link_survives_any_mix_of_pattern_words(words):
    load_kb()
    text = " ".join(words)
    art = Article("t", text, blocks=[Block("body", 0, len(text))], language="id")
    for a in actors.link(art, None):
        assert 0 <= a.start <= a.end <= len(text)
        if a.end > a.start:
            assert text[a.start : a.end] == a.text
