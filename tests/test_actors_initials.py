"""Initials of a suspect ("tersangka AS", "AS (45)") are no state; "Presiden AS" stays the USA."""

from datetime import datetime, timezone

from peristiwa import actors, nlp
from peristiwa.actors.kb import load_kb
from peristiwa.model import Article, Block


def _link(text: str):
    load_kb()
    art = Article("t", text, blocks=[Block("body", 0, len(text))], language="id",
                  published=datetime(2025, 6, 10, tzinfo=timezone.utc))
    return actors.link(art, nlp.analyze(art))


def test_suspect_initials_are_not_the_usa():
    found = _link("Polisi menangkap tersangka AS di Bekasi. Pria berinisial AS itu ditahan. "
                  "Menurut polisi, AS (45) mengaku.")
    assert [a.text for a in found if a.country == "USA"] == []


def test_usa_acronym_still_links():
    found = _link("Presiden AS bertemu Xi Jinping. AS dan China sepakat.")
    assert sum(1 for a in found if a.country == "USA") >= 2
