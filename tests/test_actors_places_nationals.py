"""Second-round linker errors: people's names inside place names, the state of foreign
agencies and of international officials, and people named by their nationality."""

from actor_helpers import link_text


def _by_text(actors):
    return {a.text: a for a in actors}


def test_surname_inside_a_place_name_is_no_person():
    acts = link_text("Delegasi itu bertemu di The Hague, lalu terbang ke Bandara Soekarno-Hatta pada Senin malam.")
    assert not [a for a in acts if a.type == "person"], [(a.text, a.name) for a in acts]


def test_surname_inside_a_facility_after_the_full_name_is_no_mention():
    acts = link_text("Hatta Rajasa hadir dalam acara itu. Rombongannya lalu tiba di Bandara Soekarno-Hatta.")
    people = [a for a in acts if a.type == "person"]
    assert [a.text for a in people] == ["Hatta Rajasa"]


def test_surname_after_a_street_or_stadium_word_is_no_person():
    acts = link_text("Massa berkumpul di Jalan Jokowi dan Stadion Gelora Prabowo sejak pagi.")
    assert not [a for a in acts if a.type == "person"]


def test_surname_alone_is_still_a_person():
    acts = link_text("Presiden Prabowo Subianto tiba di Bogor. Prabowo lalu berpidato.")
    assert [a.text for a in acts if a.type == "person"][-1] == "Prabowo"


def test_foreign_agency_keeps_its_own_state():
    acts = _by_text(link_text("Pemerintah Indonesia menandatangani pinjaman dari JICA dan USAID di Jakarta."))
    assert acts["JICA"].country == "JPN"
    assert acts["USAID"].country == "USA"


def test_official_of_an_international_body_has_no_state():
    acts = _by_text(link_text("Direktur Jenderal IAEA Rafael Grossi tiba di Teheran untuk bertemu pejabat Iran."))
    grossi = acts["Direktur Jenderal IAEA Rafael Grossi"]
    assert grossi.name == "Rafael Grossi" and grossi.country is None and grossi.sector == "IGO"


def test_nationals_are_groups_of_their_state():
    acts = _by_text(link_text("Aparat menembaki kapal yang membawa tiga PMI. Seorang WNI juga ditahan di Johor, "
                              "sementara nelayan Vietnam dilepaskan."))
    for text in ("tiga PMI", "Seorang WNI"):
        assert acts[text].country == "IDN" and acts[text].sector == "CVL" and acts[text].type == "group"
    assert acts["nelayan Vietnam"].country == "VNM" and acts["nelayan Vietnam"].sector == "CVL"


def test_defined_migrant_worker_acronym_and_bare_acronym():
    acts = _by_text(link_text("Kemlu mengecam penembakan terhadap pekerja migran Indonesia (PMI) di perairan itu."))
    assert acts["pekerja migran Indonesia"].country == "IDN" and acts["pekerja migran Indonesia"].type == "group"
    # a bare "PMI" with no count and no definition (also the Red Cross) is not read as migrant workers
    acts = link_text("PMI menggelar donor darah di Bandung pekan depan.")
    assert not any(a.text == "PMI" and a.type == "group" for a in acts)


def test_unknown_person_takes_only_the_state_his_phrase_names():
    acts = _by_text(link_text("Warga negara Iran Reza Tahmasebi ditangkap di Bali. Polisi menyita paspor Iran miliknya."))
    assert acts["Reza Tahmasebi"].country == "IRN"
    acts = _by_text(link_text("Budiman Harjono dari Malaysia tiba pagi itu."))
    assert acts["Budiman Harjono"].country == "MYS"
    acts = _by_text(link_text("Pengamat Budiman Harjono menilai Malaysia terlalu lambat bertindak."))
    assert acts.get("Budiman Harjono") is None or acts["Budiman Harjono"].country is None


def test_an_unnamed_junta_is_the_home_state_military():
    # no dateline here: the home state is the state the story names (Niger)
    text = ("Junta militer yang berkuasa memerintahkan duta besar itu meninggalkan Niger. "
            "Ribuan pendukung junta berdemo di Niamey.")
    acts = link_text(text)
    junta = [a for a in acts if a.text.lower().startswith("junta")]
    assert junta and all(a.country == "NER" and a.sector == "MIL" for a in junta)
    assert len(junta) == 1  # "pendukung junta" is part of the crowd, not the junta acting


def test_two_leaders_are_the_latest_leaders_not_a_minister_in_between():
    acts = link_text("Presiden Prabowo Subianto menerima Perdana Menteri China Li Qiang di Jakarta. Li disambut "
                     "Menteri Luar Negeri Sugiono di bandara.\n\nKedua pemimpin lalu menggelar pertemuan bilateral.")
    pair = next(a for a in acts if a.how == "pair")
    assert {m.name for m in pair.members} == {"Prabowo Subianto", "Li Qiang"}


def test_secretary_general_of_a_party_is_a_party_official():
    acts = _by_text(link_text("Sekjen PDIP Hasto Kristiyanto menghadiri sidang di Jakarta."))
    assert acts["Sekjen PDIP Hasto Kristiyanto"].sector == "PTY"
    acts = _by_text(link_text("Sekjen PBB Antonio Guterres mengecam serangan itu."))
    assert acts["Sekjen PBB Antonio Guterres"].sector == "IGO"


def test_head_of_a_body_named_by_an_unknown_acronym():
    acts = _by_text(link_text("Partai itu, melalui Ketua DPP Djarot Saiful Hidayat, meminta KPK bersikap profesional."))
    assert acts["Ketua DPP Djarot Saiful Hidayat"].name == "Djarot Saiful Hidayat"
    # a generic head with no body named is no actor
    assert not [a for a in link_text("Ketua itu datang terlambat.") if a.type == "person"]


def test_head_of_a_company_is_not_named_after_the_company():
    acts = link_text("Paulus Tannos, Direktur Utama PT Sandipala Arthaputra, ditangkap di Singapura.")
    assert not any(a.name == "Sandipala Arthaputra" for a in acts)


def test_two_name_parts_side_by_side_are_one_mention():
    acts = link_text("Buron Paulus Tannos Ditangkap\n\nPolisi Singapura menangkap Paulus Tannos pekan lalu. "
                     "Ia ditahan. Kemudian Paulus Tannos dibawa ke pengadilan.")
    tannos = [a for a in acts if a.name == "Paulus Tannos"]
    assert tannos and all(a.text == "Paulus Tannos" or a.how == "pronoun" for a in tannos), [a.text for a in tannos]


def test_chair_of_a_numbered_commission_of_a_body():
    acts = _by_text(link_text("Namun Ketua Komisi I DPR Utut Adianto mengecam tindakan aparat Malaysia itu."))
    utut = acts["Ketua Komisi I DPR Utut Adianto"]
    assert utut.name == "Utut Adianto" and utut.country == "IDN" and utut.sector == "LEG"


def test_supporters_of_a_person_are_a_crowd_not_the_person():
    acts = link_text("Presiden Rodrigo Duterte ditangkap. Para pendukung Duterte berkumpul di luar pangkalan udara.")
    crowd = next(a for a in acts if a.text.startswith("Para pendukung"))
    assert crowd.text == "Para pendukung Duterte" and crowd.type == "group" and crowd.sector == "CVL"
    assert not any(a.text == "Duterte" and a.start > crowd.start for a in acts)


def test_a_crowd_abroad_belongs_where_it_is():
    acts = link_text("Presiden Prabowo mengecam serangan yang menewaskan puluhan ribu warga sipil di Gaza.")
    crowd = next(a for a in acts if a.text.startswith("puluhan ribu"))
    assert crowd.text == "puluhan ribu warga sipil" and crowd.country == "PSE"


def test_first_name_of_a_known_person_beside_another_surname_is_someone_else():
    acts = link_text("Delegasi Rusia dipimpin oleh penasihat Kremlin Vladimir Medinsky. "
                     "Presiden Vladimir Putin tidak hadir.")
    med = next(a for a in acts if "Medinsky" in a.text)
    assert med.name == "Vladimir Medinsky" and med.country == "RUS"
    assert not any(a.name == "Vladimir Putin" and a.start < med.end for a in acts)


def test_two_offices_of_one_person_and_a_name_with_particles():
    acts = link_text("Benjamin Netanyahu membela operasi itu. Perdana Menteri sekaligus Menteri Luar Negeri Qatar "
                     "Sheikh Mohammed bin Abdulrahman Al Thani menyebut serangan itu terorisme.")
    people = [a for a in acts if a.type == "person"]
    # the first office is no bare "Perdana Menteri" resolved to Netanyahu
    assert [a.name for a in people] == ["Benjamin Netanyahu", "Mohammed bin Abdulrahman Al Thani"]
    assert people[1].country == "QAT"


def test_head_of_an_international_body_named_alone_is_igo():
    acts = _by_text(link_text("Ursula von der Leyen menyambut kesepakatan itu di Brussel."))
    ursula = acts["Ursula von der Leyen"]
    assert ursula.country is None and ursula.sector == "IGO"


def test_ride_hailing_firms_are_indonesian_businesses():
    acts = _by_text(link_text("Pengemudi berdemo di Jakarta. Pihak Grab Indonesia menolak tuntutan itu."))
    assert acts["Grab Indonesia"].country == "IDN" and acts["Grab Indonesia"].sector == "BUS"


def test_seat_of_government_after_a_facility_word_and_a_preposition_is_a_place():
    acts = link_text("Marcos berbicara dalam konferensi pers di Istana Malacanang pada Selasa.")
    assert not any(a.type == "country" for a in acts), [(a.text, a.how) for a in acts]
    acts = link_text("Malacanang menolak tuduhan itu.")
    assert any(a.type == "country" and a.kb_id == "PHL" for a in acts)


def test_the_guard_of_a_president_is_not_the_president():
    acts = link_text("Presiden Prancis Emmanuel Macron menyerukan pembebasan Bazoum, "
                     "yang ditahan pasukan pengawal presiden sejak kudeta.")
    assert [a.name for a in acts if a.type == "person" and a.name == "Emmanuel Macron"] == ["Emmanuel Macron"]
