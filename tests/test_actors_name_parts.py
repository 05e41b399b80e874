"""A word the NER model tags inside a longer capitalised name is no person."""

from actor_helpers import link_text


def test_last_word_of_a_building_name_is_no_person():
    found = link_text("Anwar Ibrahim berbicara di Putrajaya dan di Perdana Putra kemarin.")
    assert [a.text for a in found if "Putra" in a.text] == []
    assert any(a.country == "MYS" for a in found)  # Anwar is still found
