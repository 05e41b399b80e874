"""Arbitrary text never makes clean() raise anything but CleanError."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peristiwa.clean import clean
from peristiwa.clean.data import cues
from peristiwa.errors import CleanError
from peristiwa.model import Document

WORDS = st.sampled_from(
    ["Banner", "Iklan", "Senin (9/1)", "27/12/2022", "Rabu, 2 April 2025 15:22:12 WIB", "Jakarta (ANTARA) -",
     "Presiden", "mengatakan", "bahwa", "yang", "dan", "\n", "\n\n", ":", "(Xinhua/Sun Fei)", "Baca juga:", "0", "<p>", "—",
     # list markers, outlet datelines and header variants (issue #2)
     "\n- ", "\n1. ", "\n• ", "SURABAYA, detikJatim -", "Kompas.com - 09/12/2024, 14:05 WIB", "(kiri)", "Ilustrasi",
     "Oleh Budi -", "LONDON, Dec. 9 (Reuters) -", "Jakarta, Kamis (9/12) -", "?", "Pilihan Editor:", "2024-12-09 14:05:00"]
)


def _check(doc):
    try:
        a = clean(doc)
    except CleanError:
        return
    for b in a.blocks:
        assert 0 <= b.start <= b.end <= len(a.text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600))
def test_arbitrary_text_never_raises(text):
    _check(Document(source="h.txt", kind="text", text=text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(WORDS, st.text(max_size=20)), max_size=80).map(" ".join))
def test_newsy_text_never_raises(text):
    _check(Document(source="h.txt", kind="text", text=text))


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise(data):
    _check(Document(source="h.html", kind="html", content=data))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=12).map(" ".join))
def test_split_dateline_keeps_the_text(text):
    from peristiwa.clean.dateline import split_dateline

    dl, rest = split_dateline(text)
    if dl is None:
        assert rest == text
    else:  # the dateline is a prefix of the paragraph and the rest is what follows it
        assert text.startswith(dl.raw) and text.endswith(rest) and rest


_MENU = sorted(cues().menu_words)
_SEPARATORS = st.sampled_from([" ", " | ", " · ", "  "])
_LEAD = (
    "JAKARTA - Menteri Luar Negeri menerima kunjungan Duta Besar Jepang di Gedung Pancasila pada Senin (9/12).\n\n"
    "Dalam pertemuan itu kedua pihak membahas kerja sama ekonomi dan rencana kunjungan perdana menteri tahun depan."
)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_MENU), min_size=3, max_size=10), _SEPARATORS, st.booleans())
def test_a_line_of_menu_words_is_never_the_title_or_a_caption(words, sep, above):
    menu = sep.join(w.title() for w in words)
    title = "Menlu Terima Dubes Jepang di Jakarta"
    page = f"{menu}\n\n{title}\n\n{_LEAD}" if above else f"{title}\n\n{menu}\n\n{_LEAD}"
    a = clean(Document(source="menu.txt", kind="text", text=page))
    assert a.title == title and a.captions == []
