"""Actors found by patterns (data/kb/patterns.yaml): Indonesian institutions by type +
place, the home state's unnamed bodies, people named by initials, crowds."""

import pytest
from actor_helpers import link_text

from peristiwa.actors.kb import DEFAULT_DIR
from peristiwa.actors.patterns import load_spec
from peristiwa.errors import DataError


def _by_text(found):
    return {a.text: a for a in found}


def test_regional_police_and_prosecutors_are_indonesian_bodies():
    found = _by_text(link_text(
        "JAKARTA (ANTARA) - Polda Metro Jaya menetapkan dua tersangka. Kejaksaan Tinggi DKI Jakarta "
        "menuntut hukuman 12 tahun, sementara Polres Metro Jakarta Selatan memeriksa saksi."))
    for text, sector in (("Polda Metro Jaya", "COP"), ("Kejaksaan Tinggi DKI Jakarta", "JUD"),
                         ("Polres Metro Jakarta Selatan", "COP")):
        a = found[text]
        assert (a.type, a.country, a.sector, a.name) == ("org", "IDN", sector, text)
    # the place inside an institution's name is no metonym of the state
    assert not any(a.text == "Jakarta" for a in found.values())


def test_corruption_court_keeps_its_own_name_and_place():
    found = _by_text(link_text(
        "Majelis hakim Pengadilan Tipikor pada Pengadilan Negeri Jakarta Pusat menjatuhkan vonis."))
    a = found["Pengadilan Tipikor pada Pengadilan Negeri Jakarta Pusat"]
    assert (a.country, a.sector, a.kb_id) == ("IDN", "JUD", None)


def test_immigration_office_and_regional_government():
    found = _by_text(link_text(
        "Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai mendeportasi dua WNA. Pemprov Bali mendukung langkah itu."))
    assert found["Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai"].sector == "GOV"
    assert found["Pemprov Bali"].country == "IDN"


def test_building_is_no_institution():
    found = link_text("Massa berkumpul di depan gedung DPRD Kota Bandung.")
    assert not any(a.how == "pattern" for a in found)


def test_unnamed_person_by_initials_and_later_mentions():
    found = link_text("JAKARTA (ANTARA) - Hakim menjatuhkan vonis kepada mantan Direktur Utama sebuah perusahaan "
                      "daerah berinisial YC, Rabu. YC dinyatakan bersalah.")
    yc = [a for a in found if a.name == "YC"]
    assert yc[0].text == "mantan Direktur Utama sebuah perusahaan daerah berinisial YC"
    assert yc[0].type == "person" and yc[0].kb_id is None and yc[0].country == "IDN"
    assert [a.text for a in yc[1:]] == ["YC"]


def test_initials_take_the_stated_nationality_and_coordinated_initials():
    found = link_text("Petugas mendeportasi dua WN Rusia berinisial AK (34) dan DV (29) melalui Bandara Ngurah Rai.")
    people = {a.name: a for a in found if a.type == "person"}
    assert people["AK"].country == "RUS" and people["DV"].country == "RUS"


def test_initials_as_are_no_usa_but_presiden_as_is():
    found = link_text("KPK menahan Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Banyuasin berinisial AS. "
                      "AS ditahan 20 hari. Presiden AS Joe Biden tidak terkait.")
    assert [a.text for a in found if a.name == "AS"][-1] == "AS"
    assert sum(1 for a in found if a.country == "USA") == 1
    # the regency after "Bupati"-type roles is a place, and "Banyuasin" is nobody's name
    assert not any(a.name == "Banyuasin" for a in found)


def test_home_police_and_crowds():
    found = _by_text(link_text("Ribuan buruh berunjuk rasa di Jakarta. Polisi mengerahkan 2.500 personel. "
                               "Sejumlah elemen mahasiswa ikut bergabung."))
    assert (found["Ribuan buruh"].type, found["Ribuan buruh"].sector, found["Ribuan buruh"].country) == \
        ("group", "LAB", "IDN")
    assert found["Sejumlah elemen mahasiswa"].sector == "CVL"
    assert (found["Polisi"].sector, found["Polisi"].country) == ("COP", "IDN")


def test_foreign_police_stays_a_sector_phrase():
    found = link_text("Polisi Korea Selatan menangkap ratusan warga Korea Selatan di Seoul.")
    assert not any(a.how == "np" for a in found)
    assert any(a.text == "Polisi Korea Selatan" and a.country == "KOR" and a.sector == "COP" for a in found)


def test_destination_police_is_not_an_actor():
    found = link_text("Temuan itu telah diteruskan ke kepolisian.")
    assert not any(a.how == "np" for a in found)


def test_spec_loads_and_bad_sector_is_reported(tmp_path):
    assert load_spec(str(DEFAULT_DIR)).heads
    (tmp_path / "patterns.yaml").write_text("institutions:\n  - {heads: [Polda], sector: XXX}\n", encoding="utf-8")
    with pytest.raises(DataError, match="patterns.yaml.*institutions #1.*XXX"):
        load_spec(str(tmp_path))


def test_crowd_belongs_where_it_gathers_not_to_the_cause():
    found = link_text("JAKARTA -- Ribuan orang menggelar aksi bela Palestina di depan Kedutaan Besar Amerika Serikat "
                      "di Jakarta. Palestina, Palestina dan Palestina disebut berkali-kali.")
    crowd = next(a for a in found if a.text == "Ribuan orang")
    assert crowd.country == "IDN"


def test_leader_of_a_named_body_is_the_person_after_its_acronym():
    found = link_text("Presiden Konfederasi Serikat Pekerja Indonesia (KSPI) Said Iqbal mendesak DPR.")
    (p,) = [a for a in found if a.type == "person"]
    assert p.name == "Said Iqbal" and p.role is None and p.sector is None


def test_spokesperson_of_an_office_keeps_the_name():
    found = link_text("Juru Bicara Menhan, Dahnil Anzar Simanjuntak, mengatakan Prabowo tiba.")
    spk = next(a for a in found if a.name == "Dahnil Anzar Simanjuntak")
    assert spk.role == "spokesperson"
    assert not any(a.role == "defence_minister" and a.name == "Dahnil Anzar Simanjuntak" for a in found)
    # ... but the name after a president's title is the president's
    found = link_text("Juru Bicara Presiden Joko Widodo mengatakan.")
    assert any(a.name == "Joko Widodo" and a.role == "president" for a in found)


def test_initials_phrase_runs_through_a_place_and_takes_its_sector():
    found = link_text("Kejaksaan Agung menetapkan mantan direktur jenderal di sebuah kementerian berinisial SW "
                      "sebagai tersangka. Ribuan warga Moskow antre.")
    sw = next(a for a in found if a.name == "SW")
    assert sw.text == "mantan direktur jenderal di sebuah kementerian berinisial SW" and sw.sector == "GOV"
    crowd = next(a for a in found if a.type == "group")
    assert (crowd.text, crowd.country) == ("Ribuan warga Moskow", "RUS")


def test_foreigners_get_no_home_state():
    found = link_text("JAKARTA (ANTARA) - Imigrasi telah mendeportasi puluhan warga asing. "
                      "Petugas menangkap seorang WNA berinisial JK.")
    assert not any(a.type == "group" for a in found)
    jk = next(a for a in found if a.name == "JK")
    assert jk.country is None


def test_mass_media_and_named_foreign_police_are_no_pattern_actors():
    found = link_text("Kasus itu kerap diberitakan media massa. Ia pernah ditahan kepolisian Manchester. "
                      "Kepala kepolisian Esmael Ahmadi-Mogadam membantah.")
    assert not any(a.how == "np" for a in found)


def test_body_defined_with_its_acronym_and_later_acronym_mentions():
    found = link_text("JAKARTA (ANTARA) - Badan Eksekutif Mahasiswa Seluruh Indonesia (BEM SI) menyambut baik "
                      "keputusan itu. BEM SI meminta pemerintah transparan. Komisi Pemberantasan Korupsi (KPK) diam.")
    bem = [a for a in found if a.name == "Badan Eksekutif Mahasiswa Seluruh Indonesia"]
    assert [a.text for a in bem] == ["Badan Eksekutif Mahasiswa Seluruh Indonesia (BEM SI)", "BEM SI"]
    assert bem[0].country == "IDN" and bem[0].sector == "CVL" and bem[0].kb_id is None
    assert any(a.kb_id == "IDN-KPK" and a.text == "Komisi Pemberantasan Korupsi" for a in found)


def test_misspelt_kb_body_keeps_its_identity_but_a_namesake_acronym_does_not():
    found = link_text("Menurut Organisasi Kesehatan Dunian (WHO), kasus naik. "
                      "WHO meminta waspada. Sebanyak 31 Dewan Pimpinan Daerah (DPD) Golkar setuju.")
    assert [a.kb_id for a in found if "WHO" in a.text] == ["WHO", "WHO"]
    assert not any(a.kb_id == "IDN-DPD" for a in found)


def test_unit_commander_takes_the_state_after_the_unit_name():
    found = link_text("Komandan Komando Indo-Pasifik AS Laksamana Samuel Paparo menyatakan dukungan. "
                      "Komandan Korps Garda Revolusi Islam Iran Hossein Salami tewas.")
    people = {a.name: a for a in found if a.type == "person"}
    assert (people["Samuel Paparo"].country, people["Samuel Paparo"].sector) == ("USA", "MIL")
    assert people["Hossein Salami"].country == "IRN"


def test_indonesian_ministries_are_kb_bodies_and_foreign_namesakes_their_states():
    found = link_text("Kementerian Hukum dan HAM menolak usul itu. Kemenkes dan KKP diam. "
                      "Kementerian Kesehatan Malaysia membantah.")
    ids = [a.kb_id for a in found]
    assert ids[:3] == ["IDN-KEMENKUMHAM", "IDN-KEMENKES", "IDN-KKP"]
    assert found[3].country == "MYS" and found[3].type == "country"


def test_english_crowds_and_police():
    from datetime import datetime

    from peristiwa import actors, nlp
    from peristiwa.model import Article, Block

    t = ("SEOUL (Reuters) - Thousands of protesters rallied outside parliament in Seoul. Police said 20 people "
         "were detained. Chinese police arrested two activists.")
    art = Article("t", t, blocks=[Block("body", 0, len(t))], language="en", published=datetime(2024, 12, 4))
    found = {a.text: a for a in actors.link(art, nlp.analyze(art))}
    assert (found["Thousands of protesters"].country, found["Thousands of protesters"].type) == ("KOR", "group")
    assert (found["Police"].country, found["Police"].sector) == ("KOR", "COP")
    assert (found["Chinese police"].country, found["Chinese police"].sector) == ("CHN", "COP")


def test_facilities_are_no_actors_and_police_headquarters_stand_for_the_police():
    from peristiwa import actors, nlp
    from peristiwa.model import Article, Block, Entity

    t = ("Keduanya dipulangkan melalui Bandara Internasional I Gusti Ngurah Rai. "
         "Puluhan korban menggelar aksi di depan Mapolda Metro Jaya.")
    art = Article("t", t, blocks=[Block("body", 0, len(t))], language="id")
    an = nlp.analyze(art)
    s = t.index("I Gusti")
    an.entities = [Entity("I Gusti Ngurah Rai", s, s + len("I Gusti Ngurah Rai"), "PER")]
    found = {a.text: a for a in actors.link(art, an)}
    assert "I Gusti Ngurah Rai" not in found
    assert (found["Mapolda Metro Jaya"].sector, found["Mapolda Metro Jaya"].country) == ("COP", "IDN")


def test_company_titles_ranks_and_departments_are_not_state_people():
    from peristiwa import actors, nlp
    from peristiwa.model import Article, Block, Entity

    t = ("Wakil Presiden Direktur Tri Indonesia Muhammad Buldansyah mengatakan jaringan diperluas. "
         "Humas PT Angkasa Pura I Bandara Lombok, Eka Asmadi, membenarkan. AKBP Ferdiyan Fahmi hadir.")
    art = Article("t", t, blocks=[Block("body", 0, len(t))], language="id")
    an = nlp.analyze(art)
    h = t.index("Humas")
    a = t.index("AKBP")
    an.entities = [Entity("Humas PT Angkasa Pura I Bandara Lombok", h, h + 38, "PER"), Entity("AKBP", a, a + 4, "ORG")]
    found = actors.link(art, an)
    assert not any(x.role == "vice_president" for x in found)
    assert not any(x.text.startswith("Humas") or x.text == "AKBP" for x in found)


def test_regional_offices_are_indonesian_and_keep_their_region():
    found = link_text("Gubernur Bali Wayan Koster meminta pemerintah pusat bertindak. Gubernur Jawa Timur "
                      "mengatakan hal serupa. Gubernur Bali menambahkan.")
    govs = [a for a in found if a.role == "governor"]
    assert [(a.text, a.name, a.country) for a in govs] == [
        ("Gubernur Bali Wayan Koster", "Wayan Koster", "IDN"), ("Gubernur Jawa Timur", None, "IDN"),
        ("Gubernur Bali", "Wayan Koster", "IDN")]


def test_lowercase_office_of_an_unnamed_body_then_a_name():
    found = link_text("Kedua belah pihak sepakat, ujar juru bicara kementerian Majed al-Ansari. "
                      "Juru bicara pemerintah China menolak.")
    spk = next(a for a in found if a.name == "Majed al-Ansari")
    assert (spk.role, spk.type) == ("spokesperson", "person")
    assert any(a.text == "pemerintah China" and a.country == "CHN" for a in found)


def test_a_summit_is_no_actor():
    from peristiwa import actors, nlp
    from peristiwa.model import Article, Block, Entity

    t = "Para pemimpin bertemu di sela KTT G20 di Bali."
    art = Article("t", t, blocks=[Block("body", 0, len(t))], language="id")
    an = nlp.analyze(art)
    k = t.index("KTT")
    an.entities = [Entity("KTT G20", k, k + 7, "ORG")]
    assert not any(a.text.startswith("KTT") for a in actors.link(art, an))


def test_parties_the_kb_lacks_take_the_state_after_them_or_the_home_state():
    found = {a.text: a for a in link_text(
        "TAIPEI (ANTARA) - Kandidat Partai Progresif Demokratik Lai Ching-te menang. Partai Republik AS mendukung. "
        "Partai Demokrat menolak.")}
    assert (found["Partai Progresif Demokratik"].country, found["Partai Progresif Demokratik"].sector) == ("TWN", "PTY")
    assert found["Partai Republik AS"].country == "USA"
    assert found["Partai Demokrat"].how == "name"  # the KB's own (generic) entry


def test_an_office_names_its_institution_a_building_does_not():
    found = link_text("Nelayan di Kabupaten Sumbawa menggelar aksi di kantor DPRD setempat. "
                      "Massa berkumpul di depan gedung DPRD Kota Bandung.")
    assert [a.text for a in found if a.how == "pattern"] == ["DPRD"]


def test_a_list_of_suspects_by_initials_and_a_known_militant_network():
    found = link_text("Ketujuh terduga teroris berinisial AH, BS, DW, FN, MR, SY, dan TK ditangkap. "
                      "Mereka anggota jaringan Jamaah Ansharut Daulah (JAD).")
    people = [a for a in found if a.how == "initials"]
    assert [a.name for a in people] == ["AH", "BS", "DW", "FN", "MR", "SY", "TK"]
    assert {a.sector for a in people} == {"REB"}
    assert [a.kb_id for a in found if a.type == "org"] == ["IDN-JAD", "IDN-JAD"]


def test_a_province_tagged_by_the_model_is_no_actor_and_us_departments_are_the_usa():
    from peristiwa import actors, nlp
    from peristiwa.model import Article, Block, Entity

    t = "Nelayan NTB menolak aturan itu. Departemen Luar Negeri AS menjatuhkan sanksi."
    art = Article("t", t, blocks=[Block("body", 0, len(t))], language="id")
    an = nlp.analyze(art)
    an.entities = [Entity("NTB", 8, 11, "ORG")]
    found = actors.link(art, an)
    assert not any(a.text == "NTB" for a in found)
    assert any(a.text == "Departemen Luar Negeri AS" and a.country == "USA" and a.sector == "GOV" for a in found)
