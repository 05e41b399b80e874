"""Arbitrary text never makes clean() raise anything but CleanError."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peristiwa.clean import clean
from peristiwa.errors import CleanError
from peristiwa.model import Document

WORDS = st.sampled_from(
    ["Banner", "Iklan", "Senin (9/1)", "27/12/2022", "Rabu, 2 April 2025 15:22:12 WIB", "Jakarta (ANTARA) -",
     "Presiden", "mengatakan", "bahwa", "yang", "dan", "\n", "\n\n", ":", "(Xinhua/Sun Fei)", "Baca juga:", "0", "<p>", "—"]
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
