"""The trigger prefilter (a pattern word absent from the sentence skips the
matcher) must never drop a match the full matcher would find."""

from __future__ import annotations

from pathlib import Path

from peristiwa import clean, ingest, nlp
from peristiwa.events import detect, tokens
from peristiwa.events.lexicon import load_lexicon

PAGES = Path(__file__).parent / "gold" / "events" / "pages"


def test_prefilter_never_hides_a_match():
    lex = load_lexicon("id")
    multi = [e for e in lex.entries if len(e.tokens) > 1]
    checked = skipped = 0
    for doc in list(ingest.read([str(PAGES)]))[:8]:
        art = clean.clean(doc)
        for sent in tokens.sentences(art, nlp.analyze(art, ner=False)):
            if not sent.tokens:
                continue
            keys = detect._Keys(sent.tokens, "id")
            for i in range(len(sent.tokens)):
                for e in multi:
                    if detect._match_from(keys, e, i) is not None:
                        assert keys.may_match(e), (e.pattern, sent.text)
                        checked += 1
                    elif not keys.may_match(e):
                        skipped += 1
    assert checked > 0 and skipped > checked  # real matches seen, and the filter does skip work
