"""A domestic body's name followed by another state ("Kementerian Luar Negeri China")
belongs to that state, and so does its spokesperson."""

from actor_helpers import link_text


def test_spokesperson_of_a_foreign_ministry_takes_its_country_and_name():
    found = link_text("Juru bicara Kementerian Luar Negeri China Mao Ning mengatakan Beijing menolak tuduhan itu.")
    spk = [a for a in found if a.role in ("spokesperson", "foreign_ministry_spokesperson")]
    assert len(spk) == 1
    assert spk[0].country == "CHN"
    assert spk[0].name == "Mao Ning"
    assert not any(a.country == "IDN" for a in found)


def test_domestic_ministry_spokesperson_stays_domestic():
    found = link_text("Juru bicara Kementerian Luar Negeri Roy Soemirat mengatakan Indonesia prihatin.")
    spk = [a for a in found if a.role in ("spokesperson", "foreign_ministry_spokesperson")]
    assert spk and spk[0].country == "IDN"
