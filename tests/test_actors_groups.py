""""Ketiga negara" (the three countries) is a group of the last three states in focus,
as "kedua negara" is of the last two."""

from datetime import datetime, timezone

from peristiwa import actors, nlp
from peristiwa.actors.kb import load_kb
from peristiwa.model import Article, Block


def _link(text: str):
    load_kb()
    art = Article("t", text, blocks=[Block("body", 0, len(text))], language="id",
                  published=datetime(2025, 6, 10, tzinfo=timezone.utc))
    return actors.link(art, nlp.analyze(art))


def test_three_countries_group():
    found = _link("Indonesia, Malaysia dan Thailand menggelar pertemuan di Jakarta. "
                  "Ketiga negara sepakat memperkuat patroli bersama.")
    groups = [a for a in found if a.type == "group"]
    assert len(groups) == 1 and groups[0].text == "Ketiga negara"
    assert sorted(m.country for m in groups[0].members) == ["IDN", "MYS", "THA"]


def test_two_countries_still_two():
    found = _link("Indonesia, Malaysia dan Thailand bertemu. Jepang dan China berunding. Kedua negara sepakat.")
    groups = [a for a in found if a.type == "group"]
    assert len(groups) == 1 and sorted(m.country for m in groups[0].members) == ["CHN", "JPN"]
