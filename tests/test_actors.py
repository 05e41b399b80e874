"""Actor linking on small hand-written texts against a test KB (packaged countries,
organisations and roles plus a few people written here)."""

from datetime import date, datetime

import pytest

from peristiwa.actors import link
from peristiwa.actors.kb import build_kb
from peristiwa.model import Analysis, Article, Block, Entity

from test_kb import make_kb

PEOPLE = """\
- id: Q178654
  name: Sergei Lavrov
  aliases: [Sergey Lavrov, Lavrov]
  country: RUS
  terms:
    - {role: foreign_minister, country: RUS, start: 2004-03-09, end: null, source: test}
- id: Q7189
  name: Wang Yi
  aliases: [Wang]
  country: CHN
  terms:
    - {role: foreign_minister, country: CHN, start: 2013-03-16, end: 2022-12-30, source: test}
    - {role: foreign_minister, country: CHN, start: 2023-07-25, end: null, source: test}
- id: Q1147520
  name: Qin Gang
  aliases: [Qin]
  country: CHN
  terms:
    - {role: foreign_minister, country: CHN, start: 2022-12-30, end: 2023-07-25, source: test}
- id: p:other-qin
  name: Qin Other
  aliases: [Qin]
  country: CHN
- id: Q15031
  name: Xi Jinping
  aliases: [Xi]
  country: CHN
  terms:
    - {role: president, country: CHN, start: 2013-03-14, end: null, source: test}
- id: Q22686
  name: Donald Trump
  aliases: [Trump]
  country: USA
  terms:
    - {role: president, country: USA, start: 2017-01-20, end: 2021-01-20, source: test}
    - {role: president, country: USA, start: 2025-01-20, end: null, source: test}
- id: Q6279
  name: Joe Biden
  aliases: [Biden]
  country: USA
  terms:
    - {role: president, country: USA, start: 2021-01-20, end: 2025-01-20, source: test}
- id: p:listyo
  name: Listyo Sigit Prabowo
  aliases: [Listyo Sigit]
  country: IDN
  terms:
    - {role: police_chief, country: IDN, start: 2021-01-27, end: null, source: test}
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return build_kb(make_kb(tmp_path_factory.mktemp("kb"), {"test": PEOPLE}))


def art(text: str, published=None) -> Article:
    paras = text.split("\n\n")
    blocks, pos = [], 0
    for i, p in enumerate(paras):
        blocks.append(Block("title" if i == 0 else "body", pos, pos + len(p)))
        pos += len(p) + 2
    pub = datetime.fromisoformat(published) if published else None
    return Article(source="t", text=text, blocks=blocks, published=pub)


def run(kb, text, published=None, **kw):
    a = art(text, published)
    actors = link(a, kw.pop("analysis", None), kb=kb, **kw)
    for x in actors:  # offsets always point at the mention
        assert a.text[x.start : x.end] == x.text
    return actors


def find(actors, text):
    got = [a for a in actors if a.text == text]
    assert got, f"{text!r} not among {[a.text for a in actors]}"
    return got[0]


def test_role_country_name(kb):
    acts = run(kb, "Judul\n\nMenlu Rusia Sergei Lavrov bertemu Menteri Luar Negeri (Menlu) China Qin Gang di Beijing.")
    lav = find(acts, "Menlu Rusia Sergei Lavrov")
    assert (lav.kb_id, lav.role, lav.country, lav.sector, lav.type) == ("Q178654", "foreign_minister", "RUS", "GOV", "person")
    qin = find(acts, "Menteri Luar Negeri (Menlu) China Qin Gang")
    assert qin.kb_id == "Q1147520"
    assert not [a for a in acts if a.text == "Menlu"]  # the parenthetical belongs to the phrase
    assert not [a for a in acts if a.text == "Beijing"]  # "di Beijing" is a place


def test_role_country_resolved_by_date(kb):
    acts = run(kb, "Judul\n\nDiplomat utama China menyampaikan pernyataan itu.", published="2024-04-09")
    a = find(acts, "Diplomat utama China")
    assert (a.kb_id, a.role, a.country) == ("Q7189", "foreign_minister", "CHN")
    acts = run(kb, "Judul\n\nmenlu China tersebut tiba di Moskow.", published="2023-03-01")
    assert find(acts, "menlu China").kb_id == "Q1147520"


def test_ref_date_when_article_has_none(kb):
    assert find(run(kb, "J\n\nPresiden AS berbicara.", ref_date=date(2022, 5, 1)), "Presiden AS").kb_id == "Q6279"
    assert find(run(kb, "J\n\nPresiden AS berbicara.", ref_date="2025-03-01"), "Presiden AS").kb_id == "Q22686"


def test_no_date_leaves_role_unresolved(kb):
    a = find(run(kb, "J\n\nPresiden AS berbicara."), "Presiden AS")
    assert a.kb_id is None and a.role == "president" and a.country == "USA"


def test_date_outside_every_term_is_unresolved_not_wrong(kb):
    a = find(run(kb, "J\n\nMenlu China berbicara.", published="1995-06-01"), "Menlu China")
    assert a.kb_id is None and a.role == "foreign_minister" and a.country == "CHN"


def test_former_is_never_resolved_to_the_incumbent(kb):
    acts = run(kb, "J\n\nMantan Presiden AS itu berbicara.", published="2022-05-01")
    assert find(acts, "Presiden AS").kb_id is None


def test_domestic_role_default_country(kb):
    a = find(run(kb, "J\n\nKapolri mengatakan pelaku ditangkap.", published="2023-01-01"), "Kapolri")
    assert (a.kb_id, a.country, a.sector) == ("p:listyo", "IDN", "COP")


def test_surname_coref_even_if_globally_ambiguous(kb):
    acts = run(kb, "J\n\nMenlu China Qin Gang menelepon Lavrov. Qin mengatakan hubungan baik.")
    q = [a for a in acts if a.text == "Qin"][0]
    assert q.kb_id == "Q1147520" and q.how == "surname" and not q.ambiguous
    assert find(acts, "Lavrov").kb_id == "Q178654"


def test_ambiguous_alias_is_flagged_not_guessed(kb):
    q = find(run(kb, "J\n\nQin datang kemarin."), "Qin")
    assert q.ambiguous and q.kb_id is None and set(q.candidates) == {"Q1147520", "p:other-qin"}
    k = find(run(kb, "J\n\nKorea menolak usul itu."), "Korea")
    assert k.ambiguous and k.kb_id is None and set(k.candidates) == {"KOR", "PRK"}


def test_pairs_and_pronouns(kb):
    text = ("J\n\nMenlu China Qin Gang menggelar percakapan dengan Menlu Rusia Sergei Lavrov. "
            "Ia mengatakan hubungan kedua negara kuat.\n\nKedua belah pihak juga membahas Ukraina.")
    acts = run(kb, text)
    ia = find(acts, "Ia")
    assert ia.kb_id == "Q1147520" and ia.how == "pronoun"
    kn = find(acts, "kedua negara")
    assert kn.type == "group" and {m.kb_id for m in kn.members} == {"CHN", "RUS"}
    kp = find(acts, "Kedua belah pihak")
    assert {m.kb_id for m in kp.members} == {"Q1147520", "Q178654"}


def test_unknown_person_after_role(kb):
    a = find(run(kb, "J\n\nMenteri Luar Negeri Brasil Mauro Vieira pada Senin tiba."), "Menteri Luar Negeri Brasil Mauro Vieira")
    assert (a.kb_id, a.name, a.role, a.country) == (None, "Mauro Vieira", "foreign_minister", "BRA")


def test_unknown_person_from_ner_and_surname(kb):
    text = "J\n\nAktivis Budi Santoso ditangkap. Santoso membantah."
    s = text.index("Budi")
    an = Analysis(entities=[Entity("Budi Santoso", s, s + 12, "PER")])
    acts = run(kb, text, analysis=an)
    b = find(acts, "Budi Santoso")
    assert b.kb_id is None and b.type == "person" and b.how == "ner"
    assert find(acts, "Santoso").name == "Budi Santoso"


def test_ner_cannot_turn_a_country_into_a_person(kb):
    text = "J\n\nChina menolak."
    acts = run(kb, text, analysis=Analysis(entities=[Entity("China", 3, 8, "PER")]))
    assert [(a.text, a.type) for a in acts] == [("China", "country")]


def test_acronym_case(kb):
    acts = run(kb, "J\n\nAS menolak, sama seperti yang dikatakan as adalah poros.")
    assert [(a.text, a.kb_id) for a in acts if a.type == "country"] == [("AS", "USA")]


def test_metonyms_places_and_blocked_phrases(kb):
    acts = run(kb, "J\n\nKremlin membantah. Kapal itu berlayar di Laut China Selatan. Ia tiba di Moskow.")
    k = find(acts, "Kremlin")
    assert (k.kb_id, k.type, k.sector, k.how) == ("RUS", "country", "GOV", "metonym")
    assert not [a for a in acts if a.text in ("China", "Moskow")]


def test_dateline_is_not_an_actor(kb):
    acts = run(kb, "J\n\nBeijing, China (Xinhua) - Pemerintah China menolak.")
    assert [a.text for a in acts] == ["Pemerintah China"]


def test_sector_phrases(kb):
    acts = run(kb, "J\n\nMiliter China dan rakyat Rusia, juga Kementerian Luar Negeri China.")
    assert (find(acts, "Militer China").sector, find(acts, "rakyat Rusia").sector) == ("MIL", "CVL")
    m = find(acts, "Kementerian Luar Negeri China")
    assert (m.kb_id, m.sector, m.type) == ("CHN", "GOV", "country")


def test_orgs_and_org_roles(kb):
    acts = run(kb, "J\n\nDewan Keamanan PBB dan KPK bertemu. Sekjen PBB hadir.")
    assert find(acts, "Dewan Keamanan PBB").kb_id == "UNSC"
    k = find(acts, "KPK")
    assert (k.kb_id, k.country, k.sector, k.type) == ("IDN-KPK", "IDN", "JUD", "org")
    s = find(acts, "Sekjen PBB")
    assert s.role == "secretary_general" and s.type == "person"


def test_english_role_order(kb):
    acts = run(kb, "T\n\nRussia's Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi.", published="2024-04-09")
    assert find(acts, "Russia's Foreign Minister Sergei Lavrov").kb_id == "Q178654"
    w = find(acts, "Chinese Foreign Minister Wang Yi")
    assert (w.kb_id, w.country) == ("Q7189", "CHN")


def test_counterpart_takes_the_other_partys_role(kb):
    acts = run(kb, "J\n\nDiplomat utama China bertemu timpalannya dari Rusia di Beijing.", published="2024-04-09")
    t = find(acts, "timpalannya dari Rusia")
    assert (t.role, t.country, t.kb_id) == ("foreign_minister", "RUS", "Q178654")


def test_bare_role_only_when_document_names_holder(kb):
    assert run(kb, "J\n\nPresiden lalu pergi.") == []  # nobody named: no guess
    acts = run(kb, "J\n\nPresiden Joko berbicara. Presiden lalu pergi.")
    p = find(acts, "Presiden")  # the unknown holder named earlier
    assert (p.kb_id, p.name, p.how) == (None, "Joko", "role-doc")
    acts = run(kb, "J\n\nPresiden China Xi Jinping berbicara. Presiden lalu pergi.")
    assert find(acts, "Presiden").kb_id == "Q15031"


def test_example_pages(kb, example_pages):
    from peristiwa import clean, ingest

    docs = {p.name[:3]: next(iter(ingest.read([str(p)]))) for p in example_pages}
    a2 = clean.clean(docs["002"])
    acts = link(a2, None, kb=kb)
    assert any(a.kb_id == "Q1147520" and "Qin Gang" in a.text for a in acts)
    assert any(a.kb_id == "Q178654" and "Sergei Lavrov" in a.text for a in acts)
    assert all(a.kb_id == "Q1147520" for a in acts if a.text == "Qin")
    assert any(a.type == "group" and {m.kb_id for m in a.members} == {"Q1147520", "Q178654"} for a in acts)
    a4 = clean.clean(docs["004"])
    acts = link(a4, None, kb=kb, ref_date=date(2024, 4, 9))
    dip = [a for a in acts if a.text == "Diplomat utama China"]
    assert dip and dip[0].kb_id == "Q7189"
    assert all(a.kb_id == "Q7189" for a in acts if a.text == "Wang")


def test_generic_roles_need_a_body_and_a_name(kb):
    acts = run(kb, "J\n\nKetua KPK dan Kepala Dinas Pendidikan hadir. Ketua Bawaslu Rahmat Bagja mengatakan itu.")
    k = find(acts, "Ketua Bawaslu Rahmat Bagja")
    assert (k.name, k.role, k.country, k.sector) == ("Rahmat Bagja", "chair", "IDN", "GOV")
    assert not [a for a in acts if "Dinas" in a.text]
    acts = run(kb, "J\n\nPara pemimpin G20 menyepakati Deklarasi Pemimpin Bali.")
    assert [(a.text, a.type) for a in acts] == [("G20", "org")]


def test_role_blocker_and_kb_alias_inside_longer_name(kb):
    acts = run(kb, "J\n\nIa memenangi pemilihan presiden Taiwan.")
    assert [(a.text, a.type) for a in acts] == [("Taiwan", "country")]
    acts = run(kb, "J\n\nPerdana Menteri Lebanon Qin Mikati berbicara.", published="2023-03-01")
    q = find(acts, "Perdana Menteri Lebanon Qin Mikati")
    assert (q.kb_id, q.name, q.country) == (None, "Qin Mikati", "LBN")  # not the KB's "Qin"


def test_kb_person_of_another_state_is_not_taken(kb):
    a = find(run(kb, "J\n\nPresiden Brasil Xi Jinping tiba."), "Presiden Brasil Xi Jinping")
    assert a.kb_id is None and a.country == "BRA"


def test_org_at_paragraph_start_with_acronym_is_not_a_dateline(kb):
    acts = run(kb, "J\n\nKomisi Pemilihan Umum (KPU) menyatakan hasilnya.\n\nJAKARTA (ANTARA) - KPU menolak.")
    assert [a.text for a in acts] == ["Komisi Pemilihan Umum", "KPU", "KPU"]


def test_hyphenated_unknown_names(kb):
    a = find(run(kb, "J\n\nMenlu Korsel Kang Kyung-wha tiba."), "Menlu Korsel Kang Kyung-wha")
    assert (a.name, a.country) == ("Kang Kyung-wha", "KOR")
    a = find(run(kb, "J\n\nPresiden AS Joe Biden baru-baru ini berkata."), "Presiden AS Joe Biden")
    assert a.kb_id == "Q6279"


def test_pair_by_coordination(kb):
    acts = run(kb, "J\n\nIsrael dan Hamas sepakat, kata Kementerian Luar Negeri Qatar.\n\nKedua belah pihak setuju.")
    g = find(acts, "Kedua belah pihak")
    assert [m.kb_id for m in g.members] == ["ISR", "HAMAS"]


def test_link_never_crashes_on_odd_text(kb):
    for text in ["", "\n\n", "AS", "(", "Presiden", "Menlu ,", "Kedua pihak", "Ia", "Menlu China (", "İstanbul Presiden"]:
        a = Article(source="t", text=text)
        for x in link(a, None, kb=kb):
            assert a.text[x.start : x.end] == x.text


def test_ner_entities_do_not_duplicate_kb_mentions_or_enter_datelines(kb):
    text = "Lavrov Tiba di Beijing Hari Ini\n\nMOSKOW (ANTARA) - Lavrov bertemu Budi Santoso. (Xinhua/Sun Fei)"
    ents = []
    for word, label in (("Lavrov", "PER"), ("ANTARA", "ORG"), ("Budi Santoso", "PER"), ("Sun Fei", "PER"),
                        ("Tiba", "PER")):
        start = text.find(word, text.find("MOSKOW") if word != "Tiba" else 0)
        ents.append(Entity(word, start, start + len(word), label))
    acts = run(kb, text, analysis=Analysis(entities=ents))
    spans = [(a.start, a.end) for a in acts]
    assert len(spans) == len(set(spans))
    assert [a.text for a in acts if a.how == "ner"] == ["Budi Santoso"]


def test_title_case_headline_names_and_portfolios(kb):
    acts = run(kb, "Menteri Yuddy Ancam PNS Malas\n\nMenteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi "
                   "Yuddy Chrisnandi mengancam pegawai.")
    assert [a.name for a in acts if a.type == "person"][:1] == ["Yuddy Chrisnandi"]
    assert not [a for a in acts if a.name and "Ancam" in a.name]


def test_no_date_resolves_only_an_office_with_one_holder_ever(kb):
    a = find(run(kb, "J\n\nKapolri mengatakan itu."), "Kapolri")  # the test KB knows one police chief
    assert a.kb_id == "p:listyo" and a.confidence < 0.85
    assert find(run(kb, "J\n\nMenlu China mengatakan itu."), "Menlu China").kb_id is None  # Wang and Qin
