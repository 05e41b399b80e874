"""A state after "di <Place>," is that place's country ("di Lima, Peru") unless the KB
puts the place in another state: then it starts the next clause."""

from actor_helpers import link_text


def test_state_starting_a_clause_after_a_foreign_place():
    found = link_text("Beberapa jam sebelum Yoon tiba di Tokyo, Korea Utara menembakkan sebuah rudal balistik.")
    assert any(a.text == "Korea Utara" and a.country == "PRK" for a in found)


def test_country_of_a_place_is_still_no_actor():
    found = link_text("Para menteri bertemu di Lima, Peru, pekan lalu.")
    assert not any(a.country == "PER" for a in found)
