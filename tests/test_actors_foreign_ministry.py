"""A domestic body's name followed by another state ("Kementerian Luar Negeri China")
belongs to that state, and so does its spokesperson."""

from datetime import datetime, timezone

from peristiwa import actors, nlp
from peristiwa.actors.kb import load_kb
from peristiwa.model import Article, Block


def _link(text: str):
    load_kb()
    art = Article("t", text, blocks=[Block("body", 0, len(text))], language="id",
                  published=datetime(2025, 6, 10, tzinfo=timezone.utc))
    return actors.link(art, nlp.analyze(art))


def test_spokesperson_of_a_foreign_ministry_takes_its_country_and_name():
    found = _link("Juru bicara Kementerian Luar Negeri China Mao Ning mengatakan Beijing menolak tuduhan itu.")
    spk = [a for a in found if a.role == "spokesperson"]
    assert len(spk) == 1
    assert spk[0].country == "CHN"
    assert spk[0].name == "Mao Ning"
    assert not any(a.country == "IDN" for a in found)


def test_domestic_ministry_spokesperson_stays_domestic():
    found = _link("Juru bicara Kementerian Luar Negeri Roy Soemirat mengatakan Indonesia prihatin.")
    spk = [a for a in found if a.role == "spokesperson"]
    assert spk and spk[0].country == "IDN"
