"""A state after "di <Place>," is that place's country ("di Lima, Peru") unless the KB
puts the place in another state: then it starts the next clause."""

from datetime import datetime, timezone

from peristiwa import actors, nlp
from peristiwa.actors.kb import load_kb
from peristiwa.model import Article, Block


def _link(text: str):
    load_kb()
    art = Article("t", text, blocks=[Block("body", 0, len(text))], language="id",
                  published=datetime(2025, 6, 10, tzinfo=timezone.utc))
    return actors.link(art, nlp.analyze(art))


def test_state_starting_a_clause_after_a_foreign_place():
    found = _link("Beberapa jam sebelum Yoon tiba di Tokyo, Korea Utara menembakkan sebuah rudal balistik.")
    assert any(a.text == "Korea Utara" and a.country == "PRK" for a in found)


def test_country_of_a_place_is_still_no_actor():
    found = _link("Para menteri bertemu di Lima, Peru, pekan lalu.")
    assert not any(a.country == "PER" for a in found)
