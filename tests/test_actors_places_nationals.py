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
