""""Ketiga negara" (the three countries) is a group of the last three states in focus,
as "kedua negara" is of the last two."""

from actor_helpers import link_text


def test_three_countries_group():
    found = link_text("Indonesia, Malaysia dan Thailand menggelar pertemuan di Jakarta. "
                      "Ketiga negara sepakat memperkuat patroli bersama.")
    groups = [a for a in found if a.type == "group"]
    assert len(groups) == 1 and groups[0].text == "Ketiga negara"
    assert sorted(m.country for m in groups[0].members) == ["IDN", "MYS", "THA"]


def test_two_countries_still_two():
    found = link_text("Indonesia, Malaysia dan Thailand bertemu. Jepang dan China berunding. Kedua negara sepakat.")
    groups = [a for a in found if a.type == "group"]
    assert len(groups) == 1 and sorted(m.country for m in groups[0].members) == ["CHN", "JPN"]


def test_a_pair_of_one_state_carries_that_state():
    found = link_text("Petugas mendeportasi dua WN Rusia berinisial AK (34) dan DV (29). "
                      "Keduanya ditahan selama sepekan.")
    (g,) = [a for a in found if a.type == "group"]
    assert g.country == "RUS" and sorted(m.name for m in g.members) == ["AK", "DV"]
