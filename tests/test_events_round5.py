"""Event coder, round 5: the speed rewrites are exact (property tests against the
plain formulas they replace) and the generalisation rules of round 5. Sentences
are written for these tests; articles and actors are built directly (as in
test_events.py)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from peristiwa.events.arguments import _quote_marks, in_quote
from peristiwa.events.filters import _hypothetical_before
from peristiwa.events.lexicon import WordList, load_cues
from peristiwa.model import Sentence, Token

_WORDS = st.sampled_from(["jika", "kalau", "if", "akan", "Jika", "menyerang", ",", "bila", "apabila", '"', "“", "x"])


def _sentence(words: list[str]) -> Sentence:
    toks, pos = [], 0
    for w in words:
        toks.append(Token(text=w, start=pos, end=pos + len(w)))
        pos += len(w) + 1
    return Sentence(text=" ".join(words), start=0, end=max(0, pos - 1), tokens=toks)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=12), st.data())
def test_hypothetical_cue_before_a_token_equals_the_plain_prefix_search(words, data):
    cues = WordList(["jika", "kalau", "if", "seandainya jika"])
    sent = _sentence(words)
    first = data.draw(st.integers(0, len(words) - 1))
    pre = " " + " ".join(t.text.lower() for t in sent.tokens[:first]) + " "
    assert _hypothetical_before(sent, first, cues) == any(f" {c} " in pre for c in cues)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=10), st.data())
def test_quote_counting_equals_the_character_loop(words, data):
    sent = _sentence(words)
    off = data.draw(st.integers(0, len(sent.text)))
    assert _quote_marks(sent.text) == sum(1 for c in sent.text if c in "\"“”")
    assert in_quote(sent, off) == (sum(1 for c in sent.text[:off] if c in "\"“”") % 2 == 1)


def test_cue_lists_keep_list_behaviour_with_set_membership():
    cues = load_cues("id")
    breaks = cues["clause_breaks"]
    assert isinstance(breaks, list) and list(breaks) == [str(x) for x in breaks]
    assert breaks[0] in breaks and "tidak-ada-kata-ini" not in breaks
    assert cues.get("also", []) + ["telah"] == list(cues.get("also", [])) + ["telah"]
    assert [] not in breaks  # (an unhashable probe falls back to the list test)
