"""A word the NER model tags inside a longer capitalised name is no person."""

from actor_helpers import link_text


def test_last_word_of_a_building_name_is_no_person():
    found = link_text("Anwar Ibrahim berbicara di Putrajaya dan di Perdana Putra kemarin.")
    assert [a.text for a in found if "Putra" in a.text] == []
    assert any(a.country == "MYS" for a in found)  # Anwar is still found


def test_a_name_placed_by_di_is_a_place_everywhere():
    from peristiwa.model import Entity

    from peristiwa import actors, nlp
    from peristiwa.actors.kb import load_kb
    from peristiwa.model import Article, Block

    text = "Pembantaian Bucha memicu kecaman. Warga sipil tewas di Bucha, kata Baerbock."
    art = Article("t", text, blocks=[Block("body", 0, len(text))], language="id")
    an = nlp.analyze(art)
    an.entities = [Entity("Bucha", 12, 17, "PER"), Entity("Bucha", 55, 60, "PER")]
    load_kb()
    assert not any(a.text == "Bucha" for a in actors.link(art, an))
