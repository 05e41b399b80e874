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


def test_a_region_beats_a_smaller_foreign_town_of_the_same_name():
    # "Bali" is also an Indian town (Bāli, 0.3M); the province (4.4M) wins; within one
    # country a city still beats the region named after it
    loc = geocode("Bali")
    assert loc.country == "IDN" and loc.name == "Bali"
    assert geocode("Jakarta").feature == "city"


def test_sending_happens_at_its_origin():
    text = ("Pemerintah Indonesia mengirimkan bantuan kemanusiaan untuk korban gempa di Myanmar "
            "melalui dua pesawat dari Pangkalan Udara Halim Perdanakusuma, Jakarta, Rabu.")
    sent = s(text)
    i = text.index("bantuan kemanusiaan")  # a noun trigger governed by the sending verb
    loc = place_for(sent, i, i + len("bantuan kemanusiaan"), "id")
    assert loc.name == "Jakarta" and loc.country == "IDN"
    # a non-departure verb keeps the nearest "di" place and never a "dari" one
    text2 = "Menlu menyerahkan bantuan untuk korban gempa di Myanmar dari Jakarta."
    j = text2.index("menyerahkan")
    assert place_for(s(text2), j, j + 11, "id").country == "MMR"


def test_a_bracketed_acronym_does_not_end_a_place_name():
    text = "KRI menangkap dua kapal di Zona Ekonomi Eksklusif Indonesia (ZEEI) Laut Natuna Utara, Sabtu."
    sent = s(text)
    i = text.index("menangkap")
    loc = place_for(sent, i, i + 9, "id")
    # (the sea itself since regions.yaml names it: "Laut Natuna Utara" -> North Natuna Sea)
    assert loc is not None and "Natuna" in loc.name and text[loc.start : loc.end] == "Laut Natuna Utara"


def test_place_cues_file_is_validated(tmp_path, monkeypatch):
    from peristiwa.errors import DataError
    from peristiwa.events import where

    assert "mengirimkan" in where.place_cues()["departure"]["id"]
    bad = tmp_path / "lexicon"
    (tmp_path / "places").mkdir()
    bad.mkdir()
    (tmp_path / "places" / "place-cues.yaml").write_text("departure:\n  id: [kirim, 3]\n", encoding="utf-8")
    monkeypatch.setattr(where, "data_dir", lambda: bad)
    where.place_cues.cache_clear()
    try:
        with pytest.raises(DataError, match=r"place-cues.yaml.*departure\.id"):
            where.place_cues()
    finally:
        where.place_cues.cache_clear()


def test_generic_heads_come_from_data():
    sent = s("Kapal itu dibajak di lepas pantai Somalia pada Senin.")
    (loc,) = places_in(sent, "id")
    assert loc.country == "SOM" and sent.text[loc.start : loc.end] == "Somalia"
    (loc,) = places_in(s("Blinken arrived in the capital of China on Monday."), "en")
    assert loc.name == "Beijing"


def test_a_country_yields_to_the_town_the_sentence_names_in_it():
    text = "Perdana Menteri itu melakukan kunjungan kenegaraan ke Jepang dan disambut di Istana Akasaka, Tokyo, Senin."
    sent = s(text)
    t0 = text.index("kunjungan")
    loc = place_for(sent, t0, t0 + len("kunjungan"), "id", direct=True)
    assert loc is not None and loc.name == "Tokyo" and loc.country == "JPN"
    # a town in another country does not replace it
    text = "Perdana Menteri itu melakukan kunjungan kenegaraan ke Jepang setelah singgah di Seoul."
    sent = s(text)
    loc = place_for(sent, t0, t0 + len("kunjungan"), "id", direct=True)
    assert loc is not None and loc.country == "JPN" and loc.feature == "country"


def test_a_home_dateline_places_only_a_home_actors_act():
    from peristiwa.events.where import dateline_fits

    jakarta, manila = geocode("Jakarta"), geocode("Manila")
    assert not dateline_fits(jakarta, "USA", {"USA", "IDN"}, "id")  # the newsroom's desk
    assert dateline_fits(jakarta, "IDN", {"IDN", "ISR"}, "id")
    assert dateline_fits(manila, "USA", {"USA", "PHL"}, "id")  # a reporter sent abroad
    assert not dateline_fits(manila, "USA", {"USA", "JPN"}, "id")
    assert dateline_fits(jakarta, "USA", {"USA", "IDN"}, "en")  # English pages have no home


def test_an_outlet_dateline_names_the_place():
    from peristiwa.events.where import dateline_place
    from peristiwa.model import Article, Block

    title = "Menlu Bertemu Mitranya"
    body = "BERITASATU.COM, KAIRO -- Menteri Luar Negeri bertemu mitranya pada Senin."
    text = title + "\n\n" + body
    art = Article(source="t", text=text, blocks=[Block("title", 0, len(title)), Block("body", len(title) + 2, len(text))],
                  title=title, language="id")
    loc = dateline_place(art)
    assert loc is not None and loc.name == "Cairo" and loc.source == "dateline"


def test_comma_chained_place_parts_are_tried_in_turn():
    sent = s("Banjir merendam Dusun Kedungwuni Lor di Dukuh Sidomukti Kulon, Desa Karangrejo Wetan, Kabupaten Sleman.")
    locs = places_in(sent, "id")
    assert [l.name for l in locs] and "Sleman" in locs[0].name


def test_a_capitals_dateline_without_outlet_names_the_place():
    from peristiwa.events.where import dateline_place
    from peristiwa.model import Article, Block

    title = "Junta Usir Diplomat"
    for body, want in (("BAMAKO - Junta militer memerintahkan diplomat itu pergi.", "Bamako"),
                       ("AS - Amerika Serikat mengecam langkah itu.", None)):  # (two letters: not a dateline)
        text = title + "\n\n" + body
        art = Article(source="t", text=text, blocks=[Block("title", 0, len(title)), Block("body", len(title) + 2, len(text))],
                      title=title, language="id")
        loc = dateline_place(art)
        assert (loc.name if loc else None) == want


def test_a_chain_part_may_open_with_a_generic_head():
    sent = s("Rudal menghantam sebuah pasar di Desa Kamianka Dalni, wilayah Kharkiv, pada Selasa pagi.")
    locs = places_in(sent, "id")
    assert locs and locs[0].country == "UKR" and "Kharkiv" in locs[0].name


def test_a_village_head_in_lower_case_opens_a_place():
    sent = s("Rudal menghantam sebuah pasar di desa Kamianka Dalni, wilayah Kharkiv, pada Selasa pagi.")
    locs = places_in(sent, "id")
    assert locs and locs[0].country == "UKR" and "Kharkiv" in locs[0].name


def test_regions_and_seas_from_regions_yaml():
    assert geocode("Tepi Barat").name == "West Bank" and geocode("Tepi Barat").country == "PSE"
    sea = geocode("Laut China Selatan")
    assert sea.name == "South China Sea" and sea.country is None  # international waters
    sent = s("Kapal penjaga pantai itu menembakkan meriam air di Laut China Selatan, Sabtu.")
    i = sent.text.index("menembakkan")
    loc = place_for(sent, i, i + 11, "id")
    assert loc is not None and loc.name == "South China Sea"


def test_display_names_drop_diacritics():
    assert geocode("Brasilia").name == "Brasilia"


def test_an_outlet_name_with_digits_opens_a_dateline():
    from peristiwa.events.where import dateline_place
    from peristiwa.model import Article, Block

    title = "Menlu Bertemu Mitranya"
    body = "Detik24.com, Surabaya - Menteri Luar Negeri bertemu mitranya pada Senin."
    text = title + "\n\n" + body
    art = Article(source="t", text=text, blocks=[Block("title", 0, len(title)), Block("body", len(title) + 2, len(text))],
                  title=title, language="id")
    loc = dateline_place(art)
    assert loc is not None and loc.name == "Surabaya"


def test_a_seat_of_power_stands_for_its_city():
    for text, want in (("Presiden AS menerima PM Jepang di Gedung Putih, Senin.", ("Washington", "USA")),
                       ("Kedua presiden bertemu di Kremlin pada Rabu.", ("Moscow", "RUS"))):
        (loc,) = places_in(s(text), "id")
        assert (loc.name, loc.country) == want


def test_a_statements_topic_place_is_not_where_it_was_said():
    text = "Menlu RI menyampaikan keprihatinan atas situasi di Laut China Selatan dalam pertemuan itu."
    sent = s(text)
    i = text.index("keprihatinan")
    assert place_for(sent, i, i + 12, "id", etype="ACCUSE") is None
    assert place_for(sent, i, i + 12, "id").name == "South China Sea"  # (no type: no topic rule)
    text = "Menlu RI menyampaikan keprihatinan di Jakarta atas situasi di Laut China Selatan."
    sent = s(text)
    assert place_for(sent, i, i + 12, "id", etype="ACCUSE").name == "Jakarta"


def test_a_datelines_place_is_not_inherited_by_a_foreign_actor():
    from peristiwa.events.where import inherits_place
    from peristiwa.model import Actor

    jakarta = geocode("Jakarta")
    jakarta.source = "dateline"
    egypt = Actor(text="Mesir", start=0, end=5, country="EGY", type="country")
    kemlu = Actor(text="Kemlu RI", start=0, end=8, country="IDN", type="org")
    assert not inherits_place(jakarta, egypt) and inherits_place(jakarta, kemlu)
    jakarta.source = "text"  # a scene the text placed: everyone there
    assert inherits_place(jakarta, egypt)
