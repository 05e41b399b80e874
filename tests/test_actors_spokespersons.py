"""A spokesperson named by the body they speak for ("juru bicara Kremlin") is a dated
office (curated/spokespersons.yaml), resolved to the holder on the article's date."""

from datetime import datetime, timezone

from actor_helpers import link_text


def _spokes(text, when):
    return [a for a in link_text(text, datetime(*when, tzinfo=timezone.utc)) if a.role and "spokesperson" in a.role]


def test_kremlin_spokesperson_resolves_by_date():
    (a,) = _spokes("Juru bicara Kremlin mengatakan Moskwa akan membalas langkah Jerman.", (2022, 4, 5))
    assert (a.name, a.country, a.role) == ("Dmitry Peskov", "RUS", "presidential_spokesperson")


def test_white_house_press_secretary_changes_with_the_date():
    (a,) = _spokes("Jubir Gedung Putih mengatakan pertemuan itu produktif.", (2021, 6, 1))
    (b,) = _spokes("Jubir Gedung Putih mengatakan pertemuan itu produktif.", (2023, 6, 1))
    assert (a.name, b.name) == ("Jen Psaki", "Karine Jean-Pierre")
    assert a.country == b.country == "USA"


def test_no_holder_on_the_date_stays_unresolved():
    (a,) = _spokes("Juru bicara Kremlin menolak berkomentar.", (2005, 1, 1))
    assert a.kb_id is None and a.country == "RUS"


def test_foreign_ministry_spokesperson_of_a_named_state():
    (a,) = _spokes("Juru bicara Kementerian Luar Negeri Rusia mengatakan Moskwa kecewa.", (2024, 1, 10))
    assert (a.name, a.country) == ("Maria Zakharova", "RUS")
    # China has several at once: the office alone names nobody
    (b,) = _spokes("Juru bicara Kementerian Luar Negeri China mengatakan Beijing kecewa.", (2024, 1, 10))
    assert b.kb_id is None and b.country == "CHN"


def test_by_org_naming_an_unknown_organisation_is_a_data_error(tmp_path):
    import shutil

    import pytest

    from peristiwa.actors.kb import DEFAULT_DIR, build_kb
    from peristiwa.errors import DataError

    kb_dir = tmp_path / "kb"
    shutil.copytree(DEFAULT_DIR, kb_dir)
    roles = kb_dir / "roles.yaml"
    roles.write_text(roles.read_text(encoding="utf-8").replace("{IDN-KEMLU: foreign", "{NO-SUCH-ORG: foreign"),
                     encoding="utf-8")
    with pytest.raises(DataError, match="roles.yaml.*spokesperson.*NO-SUCH-ORG"):
        build_kb(kb_dir)


def test_ministry_spokesperson_of_own_state_is_one_phrase_and_short_aliases_are_case_exact():
    found = link_text("Juru bicara Kementerian Luar Negeri RI mengatakan Indonesia tetap mendorong dialog.")
    assert found[0].text == "Juru bicara Kementerian Luar Negeri RI" and found[0].name is None
    assert found[0].country == "IDN"
    # "RI" is no short form of a North Korean "Ri ..."; "Ri" still is, once he is named
    found = link_text("Menlu Korea Utara Ri Son Gwon bertemu Xi. Ri mengatakan RI tidak diundang.")
    assert [a.text for a in found if a.name == "Ri Son-gwon"] == ["Menlu Korea Utara Ri Son Gwon", "Ri"]


def test_state_department_spokesperson():
    (a,) = _spokes("Juru bicara Departemen Luar Negeri AS Matthew Miller mengatakan Washington mendukung.", (2024, 1, 10))
    assert (a.name, a.country, a.role) == ("Matthew Miller", "USA", "foreign_ministry_spokesperson")


def test_english_spokesperson_phrases():
    from peristiwa import actors, nlp
    from peristiwa.model import Article, Block

    t = ("WASHINGTON (Reuters) - State Department spokesperson Matthew Miller said the talks were useful. "
         "The Kremlin spokesman said Moscow disagreed.")
    art = Article("t", t, blocks=[Block("body", 0, len(t))], language="en", published=datetime(2024, 1, 10))
    found = {a.text: a for a in actors.link(art, nlp.analyze(art))}
    assert found["State Department spokesperson Matthew Miller"].country == "USA"
    assert found["Kremlin spokesman"].name == "Dmitry Peskov"


def test_an_organisation_spokesperson_is_that_body_s_and_takes_its_sector():
    found = link_text("Juru bicara KPK Tessa Mahardhika mengatakan. Kata juru bicara Densus 88 di Jakarta. "
                      "Juru bicara KPK menambahkan.")
    spk = [a for a in found if a.role == "spokesperson"]
    assert [(a.name, a.sector) for a in spk] == [("Tessa Mahardhika", "JUD"), (None, "COP"), ("Tessa Mahardhika", "JUD")]
