"""A word the NER model tags inside a longer capitalised name is no person."""

from datetime import datetime, timezone

from peristiwa import actors, nlp
from peristiwa.actors.kb import load_kb
from peristiwa.model import Article, Block


def _link(text: str):
    load_kb()
    art = Article("t", text, blocks=[Block("body", 0, len(text))], language="id",
                  published=datetime(2025, 6, 10, tzinfo=timezone.utc))
    return actors.link(art, nlp.analyze(art))


def test_last_word_of_a_building_name_is_no_person():
    found = _link("Anwar Ibrahim berbicara di Putrajaya dan di Perdana Putra kemarin.")
    assert [a.text for a in found if "Putra" in a.text] == []
    assert any(a.country == "MYS" for a in found)  # Anwar is still found
