"""Round 3 of actor-linking generalisation: rules found on the first blind event set."""

from actor_helpers import link_text


def test_initials_resolve_to_the_person_named_in_the_article():
    found = link_text("Kejaksaan menahan Darmawan Eko Prasetyo pada Senin. "
                      "\"Kami menahan saudara DEP selama 20 hari,\" kata juru bicara kejaksaan.")
    dep = [a for a in found if a.text.endswith("DEP")]  # "DEP" or "saudara DEP"
    assert dep and all(a.name == "Darmawan Eko Prasetyo" for a in dep)


def test_initials_shared_by_two_named_people_stay_unknown():
    found = link_text("Polisi memeriksa RH. Kemudian Rudi Hartono datang bersama Rina Handayani.")
    rh = [a for a in found if a.text == "RH"]
    assert all(a.name not in ("Rudi Hartono", "Rina Handayani") for a in rh)


def test_pn_is_a_district_court_named_in_full():
    found = link_text("PN Surabaya menolak gugatan itu. Pengadilan Negeri (PN) Medan menunda sidang.")
    courts = [a for a in found if a.sector == "JUD" and a.type == "org"]
    assert [a.name for a in courts] == ["Pengadilan Negeri Surabaya", "Pengadilan Negeri Medan"]
    assert all(a.country == "IDN" for a in courts)


def test_police_post_gives_a_named_officer_police_sector_and_state():
    found = link_text("Hakim memvonis mantan Kadiv Propam Polri Andika Pratama Siregar dengan hukuman penjara.")
    officer = [a for a in found if a.name == "Andika Pratama Siregar"]
    assert officer and officer[0].country == "IDN" and officer[0].sector == "COP"


def test_an_ethnic_group_belongs_to_its_state_not_the_host():
    found = link_text("Pemerintah Malaysia memulangkan 25 warga etnis Uighur pada Senin. "
                      "Sejumlah pengungsi Rohingya ditahan di Penang.")
    groups = {a.text: a.country for a in found if a.type == "group"}
    assert groups.get("25 warga etnis Uighur") == "CHN"
    assert any(c == "MMR" for t, c in groups.items() if "Rohingya" in t)


def test_an_air_base_named_after_a_person_is_no_actor():
    found = link_text("Pesawat berangkat dari Pangkalan Udara (Lanud) Adi Soemarmo, Solo. Prajurit memuat bantuan.")
    assert [a.text for a in found if "Soemarmo" in a.text] == []


def test_a_rank_with_its_service_stands_between_an_office_and_the_name():
    found = link_text("Kepala BNPB Letjen TNI Budi Wibowo melepas pesawat bantuan.")
    head = [a for a in found if a.name == "Budi Wibowo"]
    assert head and head[0].country == "IDN" and head[0].sector == "GOV"


def test_an_acronym_glued_to_a_numbered_code_is_no_body():
    found = link_text("Bupati membatalkan kenaikan Pajak Bumi dan Bangunan (PBB-P2). Dewan Keamanan memanggil PBB.")
    un = [a for a in found if a.name == "United Nations"]
    assert len(un) == 1 and un[0].start > found[0].start and "P2" not in un[0].text
    assert not any(a.start < 60 and a.name == "United Nations" for a in found)
