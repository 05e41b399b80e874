"""Role names are whole phrases. A YAML flow list splits an unquoted name at
its commas ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan"), which
once made ordinary words such as "hukum" resolve to a minister."""

from datetime import datetime, timezone

from actor_helpers import link_text


def test_no_role_name_is_a_fragment_of_a_longer_name():
    import yaml

    from peristiwa.actors import kb as kbmod

    path = kbmod.__file__.rsplit("/actors/", 1)[0] + "/data/kb/roles.yaml"
    for role in yaml.safe_load(open(path, encoding="utf-8")):
        for names in role["names"].values():
            for name in names:
                assert not name.lower().startswith(("dan ", "and ", "serta ")), (role["id"], name)


def test_ordinary_legal_words_are_not_offices():
    text = ("Kuasa hukum tersangka mengatakan kliennya menghormati proses hukum, keamanan "
            "dan hak asasi manusia, termasuk urusan imigrasi.")
    found = [a for a in link_text(text, published=datetime(2025, 1, 10, tzinfo=timezone.utc)) if a.role]
    assert found == [], [(a.text, a.role) for a in found]


def test_a_continent_after_a_role_is_a_portfolio_not_a_person():
    found = link_text("Menteri Eropa dan Urusan Luar Negeri Prancis Jean-Noel Barrot mengatakan hal itu.")
    assert not any("Eropa" in a.text for a in found), [(a.text, a.name) for a in found]
    assert any(a.type == "person" and a.country == "FRA" and a.kb_id for a in found)


def test_a_generic_party_name_in_a_foreign_story_is_not_the_indonesian_party():
    found = link_text("SEOUL, CNN Indonesia -- Presiden Korea Selatan Yoon Suk Yeol mengumumkan darurat militer.\n\n"
                      "Partai Demokrat, partai oposisi utama, menuntut Yoon segera mundur.")
    party = [a for a in found if a.text == "Partai Demokrat"]
    assert party and party[0].country == "KOR" and party[0].kb_id is None, party
    home = link_text("Partai Demokrat mendukung Presiden Prabowo Subianto dalam rapat itu.")
    party = [a for a in home if a.text == "Partai Demokrat"]
    assert party and party[0].kb_id == "IDN-DEMOKRAT", party


def test_a_multiword_capital_used_as_a_place_leaves_no_person_behind():
    found = link_text("Thailand menarik duta besarnya dari Phnom Penh dan mengusir duta besar Kamboja.")
    assert not any("Penh" in a.text for a in found), [(a.text, a.how) for a in found]


def test_a_warship_is_its_states_military_and_a_court_is_judicial():
    found = link_text("Kapal perang KRI Bung Tomo mengusir kapal asing di Natuna. "
                      "Majelis hakim Pengadilan Tipikor Jakarta menjatuhkan vonis 10 tahun penjara.")
    ship = [a for a in found if a.text.startswith("KRI")]
    assert ship and ship[0].country == "IDN" and ship[0].sector == "MIL" and ship[0].type == "org", ship
    assert not any(a.type == "person" and "Tomo" in a.text for a in found)
    court = [a for a in found if "Tipikor" in a.text]
    assert court and court[0].sector == "JUD" and court[0].country == "IDN", court
