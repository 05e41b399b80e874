"""Initials of a suspect ("tersangka AS", "AS (45)") are no state; "Presiden AS" stays the USA."""

from actor_helpers import link_text


def test_suspect_initials_are_not_the_usa():
    found = link_text("Polisi menangkap tersangka AS di Bekasi. Pria berinisial AS itu ditahan. "
                      "Menurut polisi, AS (45) mengaku.")
    assert [a.text for a in found if a.country == "USA"] == []


def test_usa_acronym_still_links():
    found = link_text("Presiden AS bertemu Xi Jinping. AS dan China sepakat.")
    assert sum(1 for a in found if a.country == "USA") >= 2
