"""English: letter-hyphen-letter words stay whole, as in Indonesian, so the
trigger lexicon's hyphenated entries ("cease-fire", "sit-in") can match."""

from __future__ import annotations

from peristiwa.nlp.sentences import tokenize_block


def _words(text: str, lang: str) -> list[str]:
    return [t.text for t in tokenize_block(text, 0, lang)]


def test_english_hyphenated_words_stay_whole():
    words = _words("Workers staged a sit-in after the Saudi-led cease-fire collapsed.", "en")
    assert "sit-in" in words and "Saudi-led" in words and "cease-fire" in words
    assert "-" not in words


def test_english_numbers_and_dashes_still_split():
    words = _words("The 2023-2024 talks - held in Doha - failed.", "en")
    assert "-" in words  # a spaced dash is its own token
    assert "cease" not in words


def test_indonesian_hyphenated_words_unchanged():
    assert "negara-negara" in _words("Para menteri negara-negara ASEAN bertemu.", "id")


def test_hyphenated_trigger_codes_an_english_event():
    from peristiwa.eval.plover import code_sentence

    events = code_sentence("Hundreds of workers staged a sit-in outside the ministry on Monday.", 0)
    assert [(e.event_type, e.evidence.trigger) for e in events] == [("PROTEST", "sit-in")]


def test_english_object_of_a_nominal_act_is_the_recipient():
    """'the release of Russian activists': the demand is on the state whose
    people the 'of' phrase names (PLOVER codes such targets; 'of' is no
    longer a non-recipient preposition)."""
    from peristiwa.eval.plover import code_sentence

    events = code_sentence("Germany demanded the release of Russian opposition activists.", 0)
    assert [(e.event_type, e.recipient.country if e.recipient else None) for e in events] == [("REQUEST", "RUS")]


def test_turkey_and_macedonia_are_english_country_names():
    from peristiwa.eval.plover import code_sentence

    events = code_sentence("Turkey condemned Greece on Monday.", 0)
    assert events and events[0].actor.country == "TUR" and events[0].recipient.country == "GRC"
    events = code_sentence("Macedonian police arrested three Albanian activists.", 0)
    assert events and events[0].actor.country == "MKD"
