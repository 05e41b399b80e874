"""Round 5 of actor linking: more office forms, bodies' heads named elsewhere, IGO officials'
bodies, nicknames, repeated names, places and documents named after bodies, juntas."""

import pytest

from actor_helpers import link_text


def _person(found, name):
    hits = [a for a in found if a.type == "person" and a.name == name]
    assert hits, [(a.text, a.name) for a in found]
    return hits[0]


def _at(found, text):
    hits = [a for a in found if a.text == text]
    assert hits, [(a.text, a.name) for a in found]
    return hits[0]


@pytest.mark.parametrize("text, name, role, country, sector", [
    ("Direktur Jenderal Anggaran Kementerian Keuangan Hendarto Wiryawan mengatakan defisit terkendali.",
     "Hendarto Wiryawan", "director_general", "IDN", "GOV"),
    ("Inspektur Jenderal Kementerian Agama Rudi Wibowo menambahkan, audit selesai pekan depan.",
     "Rudi Wibowo", "inspector_general", "IDN", "GOV"),
    ("Konsul Jenderal RI di Hong Kong Agus Setiawan mengatakan para pekerja telah dipulangkan.",
     "Agus Setiawan", "consul_general", "IDN", "GOV"),
    ("Duta Besar RI di Washington Dewi Lestari menyampaikan nota protes.",
     "Dewi Lestari", "ambassador", "IDN", "GOV"),
    ("Thailand mengusir Komisaris Tinggi Kamboja Pen Sovann dari Bangkok.",
     "Pen Sovann", "high_commissioner", "KHM", "GOV"),
])
def test_posts_with_their_body_or_post_city(text, name, role, country, sector):
    p = _person(link_text(text), name)
    assert (p.role, p.country, p.sector, p.kb_id) == (role, country, sector, None)
    assert p.text.startswith(("Direktur", "Inspektur", "Konsul", "Duta", "Komisaris"))  # one role phrase


def test_inspector_general_is_a_police_rank_without_a_body_after_it():
    found = link_text("Kapolda Bali Irjen Pol Wayan Sudarta dan Inspektur Jenderal Kementerian Sosial Hendro "
                      "Susilo meninjau lokasi.")
    assert _person(found, "Wayan Sudarta").sector == "COP"
    assert _person(found, "Hendro Susilo").role == "inspector_general"


def test_a_director_generals_unit_stays_on_its_line_and_needs_a_name_after_the_body():
    found = link_text("Dirjen Terkait Kasus Pengadaan Laptop\n\nKejaksaan Agung menetapkan tersangka baru.")
    assert not [a for a in found if a.role == "director_general"]
    assert any(a.kb_id == "IDN-KEJAGUNG" for a in found)


def test_chargé_d_affaires_without_a_name_is_that_states_envoy():
    found = link_text("Kementerian Luar Negeri India memanggil kuasa usaha Kanada di New Delhi.")
    a = _at(found, "kuasa usaha Kanada")
    assert (a.type, a.role, a.country) == ("person", "charge_d_affaires", "CAN")


def test_a_bodys_head_without_a_name_is_the_holder_the_document_names():
    found = link_text("Ketua MA dan Ketua KY bertemu di Jakarta. Ketua Mahkamah Agung Hendra Wijaya dan "
                      "Ketua Komisi Yudisial Rina Kusuma membahas pengawasan hakim.")
    assert _at(found, "Ketua MA").name == "Hendra Wijaya"
    assert _at(found, "Ketua KY").name == "Rina Kusuma"


def test_a_bodys_head_not_named_leaves_the_body_as_a_mention():
    found = link_text("Ketua Badan Legislasi DPR mengatakan pembahasan ditunda.")
    assert any(a.kb_id == "IDN-DPR" and a.type == "org" for a in found)
    assert not [a for a in found if a.type == "person"]


def test_party_chair_short_form_and_province_short_form():
    found = link_text("Ketum Golkar dan Gubernur Jateng bertemu. Ketua Umum Partai Golkar Sutrisno Hadi dan "
                      "Gubernur Jawa Tengah Bambang Wuryanto membahas pilkada.")
    assert _at(found, "Ketum Golkar").name == "Sutrisno Hadi"
    assert _at(found, "Gubernur Jateng").name == "Bambang Wuryanto"


def test_initials_opening_a_name_and_the_name_again_by_its_last_word():
    found = link_text("Gubernur Riau SF Hariyanto melantik pejabat baru. Hariyanto meminta mereka bekerja keras.")
    assert _at(found, "Gubernur Riau SF Hariyanto").name == "SF Hariyanto"
    assert _at(found, "Hariyanto").name == "SF Hariyanto"


def test_a_titled_three_word_name_lends_its_middle_name():
    found = link_text("Wakil Menteri Luar Negeri Arif Havas Oegroseno menerima tamu. Havas mengatakan kerja "
                      "sama diperluas.")
    assert _at(found, "Havas").name == "Arif Havas Oegroseno"


def test_igo_officials_carry_their_body():
    found = link_text("Sekretaris Jenderal PBB Antonio Guterres menyerukan gencatan senjata. Guterres juga "
                      "meminta bantuan. Kepala diplomat Uni Eropa Kaja Kallas mengatakan Uni Eropa siap membantu.")
    g = _at(found, "Sekretaris Jenderal PBB Antonio Guterres")
    assert (g.org, g.country, g.sector) == ("UN", None, "IGO")
    assert _at(found, "Guterres").org == "UN"
    k = _at(found, "Kepala diplomat Uni Eropa Kaja Kallas")
    assert (k.org, k.country, k.sector) == ("EU", None, "IGO")
    assert k.to_dict()["org"] == "EU"


def test_a_un_office_by_its_body_and_a_state_envoy_by_the_same_words():
    found = link_text("Komisaris Tinggi HAM PBB Volker Turk mengecam serangan itu.")
    t = _person(found, "Volker Turk")
    assert (t.org, t.sector, t.country) == ("UN", "IGO", None)


@pytest.mark.parametrize("text, nick, name", [
    ("Polisi menangkap Rudi Hartono alias Acong di Belawan. Acong telah diburu sejak tahun lalu.",
     "Acong", "Rudi Hartono"),
    ("Wakil Wali Kota Armuji, yang akrab disapa Cak Ji, turut hadir. Cak Ji mengatakan penghuni dipilih.",
     "Cak Ji", "Armuji"),
    ("Gubernur Jawa Barat Dedi Mulyadi (KDM) meminta sekolah menghapus pungutan. KDM mengatakan biaya ditanggung.",
     "KDM", "Dedi Mulyadi"),
])
def test_a_nickname_after_a_name_is_that_person_later(text, nick, name):
    found = link_text(text)
    later = [a for a in found if a.text == nick and a.start > text.index(". ")]
    assert later and all(a.name == name for a in later), [(a.text, a.name) for a in found]


def test_an_affiliation_in_brackets_is_no_nickname():
    found = link_text("Anggota DPR Rahmat Hidayat (PKS) mengkritik kebijakan itu. PKS menolak rencana tersebut.")
    pks = [a for a in found if a.text == "PKS" and a.start > 40]
    assert pks and pks[0].type == "org"


def test_a_person_written_again_in_full_keeps_the_state_stated_first():
    found = link_text("Menteri Pertahanan Pakistan Khawaja Asif tiba di Doha. Delegasi dipimpin Menteri Pertahanan "
                      "Khawaja Asif. Khawaja Asif mengatakan perundingan berjalan baik.")
    asif = [a for a in found if a.name == "Khawaja Asif"]
    assert len(asif) == 3 and {a.country for a in asif} == {"PAK"}
    assert asif[-1].role == "defence_minister"


def test_a_one_word_model_name_is_the_longer_name_it_ends():
    found = link_text("Kelompok bersenjata membebaskan pilot asal Selandia Baru, Philip Mark Mehrtens, di Nduga. "
                      "Mehrtens diserahkan kepada tim gabungan.")
    p = _person(found, "Philip Mark Mehrtens")
    assert p.country == "NZL"  # "asal Selandia Baru, X": the state stated before the name
    assert all(a.name == "Philip Mark Mehrtens" for a in found if "Mehrtens" in a.text)


def test_a_rank_inside_a_model_span_starts_the_name():
    found = link_text("Kepala Operasi Damai Cartenz Brigjen Faizal Ramadhani mengatakan pembebasan berjalan damai.")
    p = _person(found, "Faizal Ramadhani")
    assert p.text.startswith("Brigjen") and p.sector in ("MIL", "COP")


def test_a_bare_junta_is_the_junta_named_not_the_datelines_state():
    found = link_text("Bangkok (ANTARA) - Junta Myanmar membebaskan ribuan tahanan. Junta juga memperpanjang "
                      "status darurat.")
    assert _at(found, "Junta").country == "MMR"
    found = link_text("Jakarta (ANTARA) - Pemimpin kudeta di Niger menahan presiden. Junta menolak tekanan "
                      "negara tetangga. Niger kini dikucilkan.")
    assert _at(found, "Junta").country == "NER"


@pytest.mark.parametrize("text, absent", [
    ("Ribuan mahasiswa berunjuk rasa di depan Gedung DPR/MPR, Jakarta.", {"IDN-DPR", "IDN-MPR"}),
    ("Mahasiswa menolak RUU TNI yang dibahas pekan ini.", {"IDN-TNI"}),
    ("Pertemuan digelar di Kantor Kementerian Pertahanan, Jakarta.", {"IDN-KEMHAN"}),
    ("Pakar menilai revisi UU KPK melemahkan pemberantasan korupsi.", {"IDN-KPK"}),
])
def test_a_building_or_a_bill_named_after_a_body_is_no_actor(text, absent):
    assert not {a.kb_id for a in link_text(text)} & absent


def test_the_body_itself_still_acts_next_to_its_bill():
    found = link_text("DPR mengesahkan RUU TNI dalam rapat paripurna.")
    assert [a.kb_id for a in found] == ["IDN-DPR"]


def test_a_state_ministry_again_by_a_definite_noun():
    found = link_text("Kementerian Luar Negeri India menarik duta besarnya. Dalam pernyataannya, kementerian "
                      "tersebut menolak tuduhan Kanada.")
    a = _at(found, "kementerian tersebut")
    assert (a.type, a.kb_id, a.sector) == ("country", "IND", "GOV")


def test_a_spokesperson_named_after_a_speech_verb_speaks_for_the_body_just_named():
    found = link_text("Kementerian Luar Negeri China mengecam langkah itu. \"Kami menentang AS,\" kata juru bicara "
                      "Lin Jian di Beijing. Lin juga memperingatkan Washington.")
    lin = _person(found, "Lin Jian")
    assert (lin.role, lin.country) == ("spokesperson", "CHN")
    assert _at(found, "Lin").name == "Lin Jian"


def test_a_spokesperson_of_a_government_named_by_its_ruler():
    found = link_text("Juru bicara pemerintah Taliban Zabihullah Mujahid mengecam serangan itu.")
    p = _person(found, "Zabihullah Mujahid")
    assert (p.country, p.role) == ("AFG", "spokesperson")


def test_a_regional_office_of_a_place_abroad_is_that_states():
    found = link_text("Gubernur Samara Vyacheslav Fedorishchev mengatakan kebakaran dipadamkan. Wali Kota "
                      "Kharkiv Ihor Terekhov melaporkan korban.")
    assert _person(found, "Vyacheslav Fedorishchev").country == "RUS"
    assert _person(found, "Ihor Terekhov").country == "UKR"


def test_deputy_regional_heads_are_their_own_office():
    found = link_text("Wakil Wali Kota Surabaya Armuji hadir mewakili Wali Kota Surabaya.")
    p = _person(found, "Armuji")
    assert (p.role, p.country) == ("deputy_mayor", "IDN") and p.text.startswith("Wakil")
    assert not [a for a in found if a.role == "mayor" and a.name == "Armuji"]


def test_the_homeland_after_a_preposition_is_a_place():
    found = link_text("Sebanyak 40 pekerja migran telah dipulangkan ke Tanah Air pekan lalu.")
    assert not [a for a in found if a.text == "Tanah Air"]


def test_deputy_ministers_and_their_short_forms():
    found = link_text("Wamenkeu meninjau kantor pajak. Wakil Menteri Keuangan Anggito Wibisono mengatakan "
                      "penerimaan naik.")
    p = _at(found, "Wakil Menteri Keuangan Anggito Wibisono")
    assert (p.role, p.name) == ("deputy_minister", "Anggito Wibisono")
    assert _at(found, "Wamenkeu").name == "Anggito Wibisono"


def test_a_model_name_after_an_offices_unit_words():
    found = link_text("Utusan Khusus Presiden Bidang Kerja Sama Timur Tengah Ahmad Fauzan menerima tamu dari Qatar.")
    p = [a for a in found if a.type == "person"]
    assert len(p) == 1 and p[0].role == "special_envoy" and p[0].text.startswith("Utusan")
    assert "Fauzan" in (p[0].name or "") and "Bidang" not in (p[0].name or "")


def test_an_igo_office_posted_in_a_country():
    found = link_text("Kepala Perwakilan UNICEF di Indonesia Maniza Zaman mengatakan angka tengkes turun.")
    p = _person(found, "Maniza Zaman")
    assert (p.sector, p.org) == ("IGO", "UNICEF") and p.text.startswith("Kepala")


def test_a_body_inside_a_buildings_name_is_no_actor():
    found = link_text("Tersangka ditahan di Rutan Gedung Merah Putih KPK selama 20 hari. KPK menyita dua mobil.")
    kpk = [a for a in found if a.kb_id == "IDN-KPK"]
    assert len(kpk) == 1 and kpk[0].start > 50


def test_a_nickname_in_the_headline_before_its_definition():
    text = ("Gus Ipul tinjau dapur umum\n\nMenteri Sosial Saifullah Yusuf yang akrab disapa Gus Ipul meninjau "
            "dapur umum. Gus Ipul mengatakan bantuan telah disalurkan.")
    found = link_text(text)
    ipul = [a for a in found if a.text == "Gus Ipul"]
    assert ipul and ipul[0].start == 0 and all(a.name == "Saifullah Yusuf" for a in ipul)


def test_indonesias_missions_abroad_by_their_city():
    found = link_text("KBRI Kuala Lumpur mengirim nota diplomatik. Kedutaan Besar Republik Indonesia (KBRI) di Tokyo "
                      "siap membantu.")
    missions = [a for a in found if a.how == "pattern"]
    assert [(a.text, a.country, a.sector) for a in missions] == [
        ("KBRI Kuala Lumpur", "IDN", "GOV"), ("Kedutaan Besar Republik Indonesia (KBRI) di Tokyo", "IDN", "GOV")]
    assert not [a for a in found if a.type == "country"]  # "Kuala Lumpur" is the mission's city here


def test_a_model_name_opening_one_longer_name_is_that_person():
    found = link_text("Direktur Reserse Kriminal Khusus Polda Metro Jaya Kombes Ade Safri Simanjuntak memimpin "
                      "pemeriksaan. Menurut Ade Safri, penyidik telah mengantongi alat bukti.")
    assert {a.name for a in found if "Ade" in a.text} == {"Ade Safri Simanjuntak"}


def test_a_consul_named_after_the_post_city_and_a_comma():
    found = link_text("Jepang memprotes unggahan Konsul Jenderal China di Osaka, Xue Jian, di media sosial.")
    p = _person(found, "Xue Jian")
    assert (p.role, p.country) == ("consul_general", "CHN")


def test_a_product_code_is_no_initial():
    found = link_text("Ponsel Samsung Galaxy S6 Edge dirilis pekan ini. Edge dijual lebih mahal.")
    assert not [a for a in found if a.text == "Edge" and a.type == "person" and a.name]


def test_a_model_span_opening_with_a_two_word_rank_keeps_it():
    found = link_text("Juru bicara militer Myanmar Mayor Jenderal Zaw Min Tun membantah tuduhan itu.")
    p = [a for a in found if a.type == "person" and "Zaw" in (a.name or "")]
    assert p and p[0].name == "Zaw Min Tun" and not p[0].text.startswith("Jenderal")


def test_an_envoy_for_a_region_then_the_name():
    found = link_text("Utusan Khusus AS untuk Timur Tengah Steve Witkoff bertemu pejabat Qatar. Witkoff optimistis.")
    p = [a for a in found if a.role == "special_envoy"]
    assert p and p[0].name == "Steve Witkoff" and p[0].country == "USA"
    assert _at(found, "Witkoff").name == "Steve Witkoff"


def test_a_visited_capital_in_a_headline_and_a_bodys_powers_are_no_actors():
    found = link_text("Sekjen NATO kunjungi Kyiv\n\nMahasiswa menolak RUU yang memperluas kewenangan kepolisian.")
    assert not [a for a in found if a.text in ("Kyiv", "kepolisian")]


def test_a_firms_executive_named_after_the_firms_name():
    found = link_text("Hakim menolak eksepsi mantan Direktur Utama PT Sriwijaya Mandiri Sumsel Ahmad Syaifudin dalam "
                      "sidang, Kamis.")
    p = [a for a in found if a.type == "person"]  # (the shipped NER model finds where the name starts)
    assert len(p) == 1 and (p[0].role, p[0].name, p[0].sector) == ("company_executive", "Ahmad Syaifudin", "BUS")
    assert "PT Sriwijaya" in p[0].text


@pytest.mark.parametrize("text, name, sector", [
    ("Kepala Kepolisian Resor Kota Besar (Polrestabes) Medan Kombes Pol Gidion Arif Setyawan mengatakan 23 orang "
     "diamankan.", "Gidion Arif Setyawan", "COP"),
    ("Presiden ke-7 RI Joko Widodo menghadiri pelantikan pengurus partai.", "Joko Widodo", "GOV"),
    ("Anggota Komisi III DPR dari Fraksi Golkar Soedeson Tandra mendukung langkah itu.", "Soedeson Tandra", "LEG"),
    ("Ketua Umum Pengurus Besar Nahdlatul Ulama (PBNU) Yahya Cholil Staquf meminta warga menjaga persatuan.",
     "Yahya Cholil Staquf", None),
])
def test_one_role_phrase_through_ordinals_factions_units_and_full_police_names(text, name, sector):
    found = link_text(text)
    p = [a for a in found if a.type == "person"]
    assert len(p) == 1 and name in (p[0].name or "") and p[0].text.split()[0] == text.split()[0]
    assert sector is None or p[0].sector == sector


def test_a_definite_body_after_a_preposition_is_a_place():
    found = link_text("Partai Solidaritas Indonesia menggelar kongres. Ia menolak berkomentar soal jabatan di partai itu.")
    assert not [a for a in found if a.text == "partai itu"]
