"""Event places: offline geocoding with Indonesian exonyms, "di/ke X", capitals."""

import pytest

from peristiwa.events.tokens import tokenize
from peristiwa.events.where import capital_of, geocode, place_for, places_in
from peristiwa.model import Sentence


@pytest.mark.parametrize(
    "name,expect,country",
    [("Moskow", "Moscow", "RUS"), ("Jenewa", "Geneva", "CHE"), ("Den Haag", "The Hague", "NLD"), ("Kairo", "Cairo", "EGY"),
     ("Beijing", "Beijing", "CHN"), ("Washington", "Washington", "USA"), ("Bogor", None, "IDN"), ("New Delhi", "New Delhi", "IND")],
)
def test_geocode_exonyms(name, expect, country):
    loc = geocode(name)
    assert loc is not None and loc.country == country
    if expect:
        assert loc.name == expect
    assert loc.lat is not None and loc.feature in ("city", "admin")


def test_geocode_countries_and_unknowns():
    assert geocode("Rusia").country == "RUS" and geocode("Rusia").feature == "country"
    assert geocode("Antah Berantah") is None
    assert capital_of("CHN").name == "Beijing"


def s(text):
    return Sentence(0, len(text), text, tokenize(text))


def test_di_place_and_capital_of_country():
    sent = s("Lavrov tiba di ibu kota China untuk kunjungan resmi.")
    (loc,) = places_in(sent, "id")
    assert loc.name == "Beijing" and sent.text[loc.start : loc.end] == "China"


def test_sidelines_place_is_the_city():
    sent = s("Retno bertemu Qin di sela-sela Pertemuan Menlu G20 di New Delhi, India, pada Kamis.")
    loc = place_for(sent, sent.text.index("bertemu"), sent.text.index("bertemu") + 7, "id")
    assert loc.name == "New Delhi" and loc.country == "IND"


def test_origin_is_not_the_place_and_far_places_ignored():
    sent = s("Delegasi dari Jakarta bertemu mitranya.")
    i = sent.text.index("bertemu")
    assert place_for(sent, i, i + 7, "id") is None


def test_visit_object_is_the_place():
    sent = s("Putin mengunjungi Beijing pada Februari 2022.")
    i = sent.text.index("mengunjungi")
    loc = place_for(sent, i, i + 11, "id", direct=True)
    assert loc.name == "Beijing"


def test_english_places():
    sent = s("Iraqi President Saddam Hussein arrived in Amman on Wednesday.")
    (loc,) = places_in(sent, "en")
    assert loc.country == "JOR"


@pytest.mark.parametrize(
    "name,country",
    [("Putrajaya", "MYS"), ("Naypyidaw", "MMR"), ("Pretoria", "ZAF"), ("Ngerulmud", "PLW"), ("Bogotá", "COL")],
)
def test_seats_of_government_and_small_capitals_are_places(name, country):
    loc = geocode(name)
    assert loc is not None and loc.country == country and loc.lat is not None


def test_seat_of_government_does_not_replace_the_capital():
    # Putrajaya is Malaysia's seat of government, but "ibu kota Malaysia" is Kuala Lumpur
    assert capital_of("MYS").name == "Kuala Lumpur"
    assert capital_of("COL").name == "Bogotá"  # accent-folded match of the country table's "Bogota"
