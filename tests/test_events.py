"""Event coder: lexicon validation, morphology matching, arguments, modes,
headline choice, bad input. Articles/actors are built directly so these tests
do not depend on the other stages; the example pages go through the real
pipeline at the end."""

from datetime import datetime
from pathlib import Path

import pytest

from peristiwa import events
from peristiwa.errors import DataError
from peristiwa.events.detect import find_triggers
from peristiwa.events.lexicon import load_lexicon, load_lexicon_file, load_plover
from peristiwa.events.tokens import tokenize
from peristiwa.model import Actor, Article, Block, Sentence


def article(*paras: str, title: str | None = None, published: datetime | None = None, lang: str = "id") -> Article:
    parts, blocks, pos = [], [], 0
    for kind, text in ([("title", title)] if title else []) + [("body", p) for p in paras]:
        parts.append(text)
        blocks.append(Block(kind, pos, pos + len(text)))
        pos += len(text) + 2
    return Article(source="t", text="\n\n".join(parts), blocks=blocks, title=title, published=published, language=lang)


def actor(art: Article, text: str, country: str, kind: str = "person", nth: int = 0, **kw) -> Actor:
    start = -1
    for _ in range(nth + 1):
        start = art.text.index(text, start + 1)
    return Actor(text=text, start=start, end=start + len(text), name=kw.pop("name", text), country=country, type=kind,
                 kb_id=kw.pop("kb_id", f"k:{text.lower()}"), **kw)


def sent(text: str) -> Sentence:
    return Sentence(0, len(text), text, tokenize(text))


# ------------------------------------------------------------------ lexicon


def test_all_sixteen_plover_types_have_indonesian_and_english_triggers():
    types = set(load_plover().types)
    assert len(types) == 16
    for lang in ("id", "en"):
        assert {e.type for e in load_lexicon(lang).entries} == types


def test_consult_modes_are_all_covered_in_indonesian():
    modes = {e.mode for e in load_lexicon("id").entries if e.type == "CONSULT"}
    assert {"visit", "phone", "meeting", "multilateral"} <= modes


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_lexicon_example_is_matched_by_a_trigger_of_its_type(lang):
    lex = load_lexicon(lang)
    bad = []
    for e in lex.entries:
        for ex in e.examples:
            found = find_triggers([sent(ex)], lex)
            if not any(t.entry.type == e.type for t in found):
                bad.append((e.where, ex))
    assert not bad, bad


def test_morphology_not_surface_lists():
    lex = load_lexicon("id")
    # one stem entry covers the verb, the noun and the causative
    for word in ("bertemu", "pertemuan", "mempertemukan"):
        (t,) = find_triggers([sent(word)], lex)
        assert t.entry.pattern == "temu"
    (t,) = find_triggers([sent("menjatuhkan sejumlah sanksi baru")], lex)
    assert t.entry.type == "SANCTION" and t.text == "menjatuhkan sejumlah sanksi"


def test_passive_di_form_is_flagged():
    (t,) = find_triggers([sent("Tersangka ditangkap oleh polisi")], load_lexicon("id"))
    assert t.entry.type == "COERCE" and t.passive


def test_unknown_type_fails_with_file_and_line(tmp_path: Path):
    p = tmp_path / "bad.yaml"
    p.write_text('- {pattern: temu, type: CONSULT, cameo: "040"}\n- {pattern: salam, type: GREET, cameo: "040"}\n')
    with pytest.raises(DataError) as exc:
        load_lexicon_file(p, "id")
    assert f"{p}:2" in str(exc.value) and "GREET" in str(exc.value)


@pytest.mark.parametrize("pattern", ["... temu", "temu ...", "te mu!", "temu ... ... sanksi", ""])
def test_bad_pattern_fails_with_file_and_line(tmp_path: Path, pattern):
    p = tmp_path / "bad.yaml"
    p.write_text(f'- {{pattern: temu, type: CONSULT, cameo: "040"}}\n\n- {{pattern: "{pattern}", type: CONSULT, cameo: "040"}}\n')
    with pytest.raises(DataError) as exc:
        load_lexicon_file(p, "id")
    assert f"{p}:3" in str(exc.value)


def test_bad_mode_and_cameo_are_rejected(tmp_path: Path):
    p = tmp_path / "bad.yaml"
    p.write_text('- {pattern: temu, type: CONSULT, mode: dinner, cameo: "040"}\n')
    with pytest.raises(DataError, match="dinner"):
        load_lexicon_file(p, "id")
    p.write_text('- {pattern: temu, type: CONSULT, cameo: "99x"}\n')
    with pytest.raises(DataError, match="CAMEO"):
        load_lexicon_file(p, "id")


# ------------------------------------------------------------------ arguments


def test_phone_call_actor_recipient_no_place():
    art = article("Menlu China Qin Gang pada Senin (9/1) menggelar percakapan via telepon dengan Menlu Rusia Sergei Lavrov di Beijing.",
                  published=datetime(2023, 1, 10))
    acts = [actor(art, "Menlu China Qin Gang", "CHN"), actor(art, "Menlu Rusia Sergei Lavrov", "RUS")]
    (ev,) = events.code(art, None, acts)
    assert (ev.event_type, ev.mode, ev.cameo) == ("CONSULT", "phone", "041")
    assert ev.actor.country == "CHN" and ev.recipient.country == "RUS"
    assert ev.location is None  # a phone call has no place
    assert ev.date.isoformat() == "2023-01-09" and ev.date_source == "weekday"
    assert ev.headline and ev.quad_class == 1 and ev.goldstein == 1.0


def test_visit_visitor_is_actor_host_from_capital():
    art = article("Lavrov tiba di ibu kota China untuk kunjungan resmi dua hari pada hari Senin (8/4).",
                  published=datetime(2024, 4, 9))
    (ev,) = [e for e in events.code(art, None, [actor(art, "Lavrov", "RUS")]) if e.mode == "visit"]
    assert ev.actor.country == "RUS" and ev.recipient.country == "CHN"
    assert ev.location.name == "Beijing" and ev.location.country == "CHN" and ev.location.feature == "city"
    assert ev.date.isoformat() == "2024-04-08"


def test_meeting_in_third_country_is_third_party():
    art = article("Menlu Retno Marsudi bertemu dengan Menlu China Qin Gang di sela-sela KTT di New Delhi, India.",
                  published=datetime(2023, 3, 2))
    acts = [actor(art, "Menlu Retno Marsudi", "IDN"), actor(art, "Menlu China Qin Gang", "CHN")]
    ev = next(e for e in events.code(art, None, acts) if e.event_type == "CONSULT")
    assert ev.mode == "third-party" and ev.cameo == "044" and ev.location.country == "IND"


def test_meeting_in_hosts_country_becomes_visit_with_visitor_as_actor():
    art = article("Wang Yi bertemu dengan Sergei Lavrov di Beijing.", published=datetime(2024, 4, 9))
    acts = [actor(art, "Wang Yi", "CHN"), actor(art, "Sergei Lavrov", "RUS")]
    (ev,) = events.code(art, None, acts)
    assert ev.mode == "visit" and ev.actor.country == "RUS" and ev.recipient.country == "CHN"


def test_passive_is_reversed():
    art = article("Aktivis itu ditangkap oleh polisi di Jakarta kemarin.", published=datetime(2024, 5, 2))
    acts = [actor(art, "Aktivis itu", "IDN", kind="group"), actor(art, "polisi", "IDN", kind="org")]
    (ev,) = events.code(art, None, acts)
    assert ev.event_type == "COERCE" and ev.actor.text == "polisi" and ev.recipient.text == "Aktivis itu"
    assert ev.date.isoformat() == "2024-05-01" and ev.date_source == "relative"


def test_reported_speech_goes_to_the_speaker():
    art = article("“Kami mendukung penuh kedaulatan Ukraina,” kata Menlu Jerman Annalena Baerbock.", published=datetime(2024, 1, 5))
    acts = [actor(art, "Ukraina", "UKR", kind="country"), actor(art, "Menlu Jerman Annalena Baerbock", "DEU")]
    (ev,) = events.code(art, None, acts)
    assert ev.event_type == "SUPPORT" and ev.actor.country == "DEU" and ev.recipient.country == "UKR"


def test_quote_across_two_sentences_goes_to_the_speaker_after_it():
    art = article("“Kami mendukung penuh kedaulatan Ukraina. Itu sikap kami,” kata Menlu Jerman Annalena Baerbock.",
                  published=datetime(2024, 1, 5))
    acts = [actor(art, "Ukraina", "UKR", kind="country"), actor(art, "Menlu Jerman Annalena Baerbock", "DEU")]
    (ev,) = events.code(art, None, acts)
    assert ev.event_type == "SUPPORT" and ev.actor.country == "DEU" and ev.recipient.country == "UKR"


def test_closed_quote_does_not_borrow_the_next_sentences_speaker():
    art = article("“Kami mendukung penuh kedaulatan Ukraina.” Itu sikap kami, kata Menlu Jerman Annalena Baerbock.",
                  published=datetime(2024, 1, 5))
    acts = [actor(art, "Ukraina", "UKR", kind="country"), actor(art, "Menlu Jerman Annalena Baerbock", "DEU")]
    assert all(ev.actor is None or ev.actor.country != "DEU" for ev in events.code(art, None, acts))


def test_unnamed_police_mobilising_at_home_act_on_their_own_country():
    art = article("Polisi mengerahkan sekitar 1.500 personel untuk mengamankan aksi di Bandung.", published=datetime(2024, 1, 5))
    (ev,) = events.code(art, None, [])
    assert ev.event_type == "MOBILIZE" and ev.mode == "police"
    assert ev.actor.country == "IDN" and ev.actor.sector == "COP" and ev.recipient.country == "IDN"


def test_plain_noun_that_is_no_security_force_mobilises_nothing():
    art = article("Warga mengerahkan sekitar 1.500 relawan di Bandung.", published=datetime(2024, 1, 5))
    assert [ev for ev in events.code(art, None, []) if ev.event_type == "MOBILIZE"] == []


def test_genitive_after_a_noun_trigger_yields_to_a_terhadap_target():
    art = article("Jerman mengancam akan memberlakukan kembali sanksi PBB terhadap Iran.", published=datetime(2024, 1, 5))
    acts = [actor(art, "Jerman", "DEU", kind="country"), actor(art, "PBB", None, kind="org"),
            actor(art, "Iran", "IRN", kind="country")]
    (ev,) = [e for e in events.code(art, None, acts) if e.event_type == "THREATEN"]
    assert ev.actor.country == "DEU" and ev.recipient.country == "IRN"


def test_forces_deployed_to_attack_are_the_attack_not_a_mobilisation():
    art = article("Thailand mengerahkan jet tempur untuk menyerang sasaran militer di Kamboja.", published=datetime(2024, 1, 5))
    acts = [actor(art, "Thailand", "THA", kind="country"), actor(art, "Kamboja", "KHM", kind="country")]
    types = {ev.event_type for ev in events.code(art, None, acts)}
    assert "MOBILIZE" not in types and "ASSAULT" in types


def test_group_actor_expands_into_the_pair():
    art = article("Kedua belah pihak juga bertukar pandangan tentang masalah Ukraina.", published=datetime(2023, 1, 9))
    a, b = Actor("Qin", 0, 0, country="CHN", kb_id="q"), Actor("Lavrov", 0, 0, country="RUS", kb_id="l")
    grp = actor(art, "Kedua belah pihak", None, kind="group", kb_id=None, members=[a, b])
    ukr = actor(art, "Ukraina", "UKR", kind="country")
    (ev,) = events.code(art, None, [grp, ukr])
    assert ev.event_type == "CONSULT"
    assert {ev.actor.country, ev.recipient.country} == {"CHN", "RUS"}  # not Ukraine: "tentang" is a topic


def test_joint_condemnation_is_one_event_per_actor():
    art = article("Prancis dan Mesir mengutuk Israel atas serangan itu.", published=datetime(2024, 5, 27))
    acts = [actor(art, "Prancis", "FRA", "country"), actor(art, "Mesir", "EGY", "country"), actor(art, "Israel", "ISR", "country")]
    evs = [e for e in events.code(art, None, acts) if e.event_type == "ACCUSE"]
    assert sorted(e.actor.country for e in evs) == ["EGY", "FRA"]
    assert all(e.recipient.country == "ISR" for e in evs)


@pytest.mark.parametrize(
    "text,flag",
    [
        ("Jepang tidak akan mengirim pasukan ke Ukraina.", "negated"),
        ("Jepang akan mengirim pasukan ke Ukraina.", "future"),
        ("Jika perundingan gagal, Jepang mengirim pasukan ke Ukraina.", "hypothetical"),
    ],
)
def test_auxiliary_modes(text, flag):
    art = article(text, published=datetime(2024, 1, 5))
    acts = [actor(art, "Jepang", "JPN", "country"), actor(art, "Ukraina", "UKR", "country")]
    ev = next(e for e in events.code(art, None, acts) if e.event_type == "MOBILIZE")
    assert getattr(ev, flag) is True
    others = {"negated", "future", "hypothetical"} - {flag} - ({"future"} if flag == "negated" else set())
    assert not any(getattr(ev, o) for o in others)


# ------------------------------------------------------------------ bad input


def test_trigger_without_actor_yields_no_made_up_actor():
    art = article("Sebuah pertemuan digelar di Jakarta pada Senin (8/1).", published=datetime(2024, 1, 9))
    evs = events.code(art, None, [])
    assert all(e.actor is not None for e in evs)
    assert evs == []


def test_contradictory_dates_warn_and_lower_confidence():
    text_ok = "Menlu Retno bertemu Menlu Wong di Singapura pada 2 Maret 2023."
    text_bad = "Menlu Retno bertemu Menlu Wong di Singapura pada Senin, 2 Maret 2023, atau 5 Maret 2023."
    confs = []
    for t in (text_ok, text_bad):
        art = article(t, published=datetime(2023, 3, 6))
        acts = [actor(art, "Menlu Retno", "IDN"), actor(art, "Menlu Wong", "SGP")]
        (ev,) = events.code(art, None, acts)
        confs.append((ev.confidence, ev.warnings))
    assert confs[0][1] == [] and confs[1][1]
    assert any("contradict" in w or "does not match" in w for w in confs[1][1])
    assert confs[1][0] < confs[0][0]


def test_no_trigger_no_events_and_empty_article():
    assert events.code(article("Cuaca cerah di Jakarta hari ini."), None, []) == []
    assert events.code(Article(source="e", text=""), None, []) == []


# ------------------------------------------------------------------ headline, output


def test_exactly_one_headline_preferring_title_and_lead():
    art = article(
        "Presiden Jokowi bertemu dengan PM Anwar Ibrahim di Bogor pada Senin (9/1).",
        "Jokowi juga mengecam Israel atas serangan di Gaza.",
        title="Jokowi Bertemu Anwar di Bogor",
        published=datetime(2023, 1, 9),
    )
    acts = [actor(art, "Presiden Jokowi", "IDN"), actor(art, "PM Anwar Ibrahim", "MYS"),
            actor(art, "Jokowi", "IDN", nth=2, kb_id="k:presiden jokowi"), actor(art, "Israel", "ISR", "country")]
    evs = events.code(art, None, acts)
    heads = [e for e in evs if e.headline]
    assert len(heads) == 1 and heads[0].event_type == "CONSULT"
    assert {e.event_type for e in evs} >= {"CONSULT", "ACCUSE"}


def test_to_dict_has_issue_fields():
    art = article("Menlu China Qin Gang menelepon Menlu Rusia Sergei Lavrov pada Senin (9/1).", published=datetime(2023, 1, 10))
    acts = [actor(art, "Menlu China Qin Gang", "CHN"), actor(art, "Menlu Rusia Sergei Lavrov", "RUS")]
    d = events.code(art, None, acts)[0].to_dict()
    for k in ("event_type", "mode", "context", "actor", "recipient", "date", "date_source", "location", "headline",
              "cameo", "quad_class", "goldstein", "negated", "future", "evidence", "confidence"):
        assert k in d
    assert d["evidence"]["trigger"] == "menelepon" and "diplomatic" in d["context"]
    assert art.text[d["evidence"]["start"] : d["evidence"]["end"]] == d["evidence"]["sentence"]


def test_english_coder():
    art = article("U.S. Secretary of State Warren Christopher telephoned Russian Foreign Minister Andrei Kozyrev on Tuesday.",
                  lang="en", published=datetime(1994, 3, 10))
    acts = [actor(art, "U.S. Secretary of State Warren Christopher", "USA"), actor(art, "Russian Foreign Minister Andrei Kozyrev", "RUS")]
    (ev,) = events.code(art, None, acts)
    assert (ev.event_type, ev.mode) == ("CONSULT", "phone")
    assert ev.actor.country == "USA" and ev.recipient.country == "RUS"
    assert ev.date.isoformat() == "1994-03-08"


# ------------------------------------------------------------------ example pages, real pipeline


def _pipeline(path):
    from peristiwa.pipeline import extract

    (rec,) = extract(str(path)).records
    assert rec.error is None, rec.error
    return rec


def test_example_page_002_phone_call(example_pages):
    page = next(p for p in example_pages if p.name.startswith("002"))
    rec = _pipeline(page)
    (head,) = [e for e in rec.events if e.headline]
    assert (head.event_type, head.mode) == ("CONSULT", "phone")
    assert head.actor.country == "CHN" and head.recipient.country == "RUS"
    assert head.date.isoformat() == "2023-01-09" and head.location is None


def test_example_page_004_meeting_in_beijing(example_pages):
    page = next(p for p in example_pages if p.name.startswith("004"))
    rec = _pipeline(page)
    (head,) = [e for e in rec.events if e.headline]
    assert head.event_type == "CONSULT" and head.mode in ("meeting", "visit")
    assert {head.actor.country, head.recipient.country} == {"CHN", "RUS"}
    assert head.date.isoformat() == "2024-04-09" and head.location.name == "Beijing"
    assert any(e.event_type == "SUPPORT" for e in rec.events)
    assert any(e.mode == "visit" and e.date and e.date.isoformat() == "2024-04-08" and e.actor.country == "RUS" for e in rec.events)


def test_affiliation_before_a_persons_name_gives_the_person():
    art = article("Blinken bertemu dengan Direktur Kantor Komisi Urusan Luar Negeri Komite Sentral Partai Komunis China "
                  "Wang Yi di Jakarta, Kamis (13/7).", published=datetime(2023, 7, 14))
    acts = [actor(art, "Blinken", "USA"), actor(art, "Partai Komunis China", "CHN", kind="org"), actor(art, "Wang Yi", "CHN")]
    evs = [e for e in events.code(art, None, acts) if e.event_type == "CONSULT"]
    assert evs and evs[0].recipient.text == "Wang Yi"


def test_setting_noun_is_no_event_and_talks_merge_into_the_call():
    art = article("Blinken melakukan pembicaraan telepon dengan Retno Marsudi pada Rabu (24/5).",
                  "Dalam pembicaraan itu, Retno mendesak Amerika Serikat mempercepat perundingan.",
                  published=datetime(2023, 5, 25))
    acts = [actor(art, "Blinken", "USA"), actor(art, "Retno Marsudi", "IDN"), actor(art, "Retno", "IDN", nth=1),
            actor(art, "Amerika Serikat", "USA", kind="country")]
    evs = events.code(art, None, acts)
    consult = [e for e in evs if e.event_type == "CONSULT"]
    assert len(consult) == 1 and consult[0].mode == "phone" and consult[0].location is None
    assert any(e.event_type == "REQUEST" and e.actor.country == "IDN" for e in evs)


def test_long_gap_keeps_the_object_as_recipient():
    art = article("Kejaksaan Agung menetapkan mantan direktur jenderal berinisial SW sebagai tersangka.",
                  published=datetime(2025, 6, 12))
    acts = [actor(art, "Kejaksaan Agung", "IDN", kind="org"), actor(art, "SW", "IDN")]
    (ev,) = events.code(art, None, acts)
    assert ev.event_type == "ACCUSE" and ev.mode == "allege" and ev.recipient.text == "SW"


def test_headline_verb_in_title_is_not_nominal():
    art = article("Batam - Pasukan menangkap kapal di perairan Natuna.", title="TNI AL Tangkap Dua Kapal Ikan Vietnam",
                  published=datetime(2025, 8, 4))
    acts = [actor(art, "TNI AL", "IDN", kind="org"), actor(art, "Vietnam", "VNM", kind="country")]
    evs = events.code(art, None, acts)
    head = [e for e in evs if e.headline]
    assert head and head[0].event_type == "COERCE" and head[0].mode == "seize" and head[0].recipient.country == "VNM"


def test_refusal_to_yield_is_reject():
    art = article("Hamas menyatakan tidak akan membebaskan sandera Israel.", published=datetime(2025, 8, 4))
    acts = [actor(art, "Hamas", "PSE", kind="org"), actor(art, "Israel", "ISR", kind="country")]
    evs = events.code(art, None, acts)
    assert any(e.event_type == "REJECT" and e.mode == "yield" and not e.negated for e in evs)


def test_pair_support_for_one_members_country_keeps_the_other_members_recipient():
    # the host's support for its own country is no event, the guest's still is
    art = article("Kedua pemimpin juga menyatakan dukungan terhadap Keketuaan Malaysia di ASEAN.", published=datetime(2025, 1, 7))
    host, guest = Actor("Anwar", 0, 0, country="MYS", kb_id="a"), Actor("Wong", 0, 0, country="SGP", kb_id="w")
    grp = actor(art, "Kedua pemimpin", None, kind="group", kb_id=None, members=[host, guest])
    mys = actor(art, "Malaysia", "MYS", kind="country")
    evs = [e for e in events.code(art, None, [grp, mys]) if e.event_type == "SUPPORT"]
    by_actor = {e.actor.country: e.recipient.country if e.recipient else None for e in evs}
    assert by_actor.get("SGP") == "MYS"
    assert by_actor.get("MYS") is None


def test_unplaced_person_takes_the_country_of_the_title_at_first_mention():
    art = article("Juru bicara Kementerian Luar Negeri China Lin Jian mengatakan kawasan itu tidak membutuhkan blok militer. "
                  "Ia meminta Jepang dan Filipina tidak merusak perdamaian.", published=datetime(2024, 7, 8))
    lin = actor(art, "Lin Jian", None, name="Lin Jian", kb_id=None, how="ner")
    ia = actor(art, "Ia", None, name="Lin Jian", kb_id=None, how="pronoun")
    acts = [lin, ia, actor(art, "Jepang", "JPN", "country"), actor(art, "Filipina", "PHL", "country")]
    evs = [e for e in events.code(art, None, acts) if e.event_type == "REQUEST"]
    assert evs and all(e.actor.country == "CHN" for e in evs)  # not the story's home nor the nearest country


def test_unplaced_speaker_speaks_for_the_country_in_the_quote():
    art = article("Juru bicara Kementerian Luar Negeri China Mao Ning memberi keterangan. "
                  "\u201cChina mendesak AS untuk segera menghentikan penjualan senjata ke Taiwan,\u201d kata Mao.",
                  published=datetime(2024, 12, 27))
    acts = [actor(art, "Mao Ning", None, name="Mao Ning", kb_id=None, how="ner"),
            actor(art, "China", "CHN", "country", nth=1), actor(art, "AS", "USA", "country"),
            actor(art, "Taiwan", "TWN", "country"), actor(art, "Mao", None, name="Mao Ning", kb_id=None, how="surname", nth=1)]
    (ev,) = [e for e in events.code(art, None, acts) if e.event_type == "REQUEST"]
    assert ev.actor.name == "Mao Ning" and ev.actor.country == "CHN" and ev.recipient.country == "USA"


def test_same_act_on_an_object_picked_up_by_a_demonstrative_has_the_same_target():
    art = article("Pemerintah Malaysia menolak peta standar baru China edisi 2023.",
                  "Filipina dan Vietnam juga menolak peta tersebut pada Kamis.", published=datetime(2023, 8, 31))
    acts = [actor(art, "Malaysia", "MYS", "country"), actor(art, "China", "CHN", "country"),
            actor(art, "Filipina", "PHL", "country"), actor(art, "Vietnam", "VNM", "country")]
    evs = [e for e in events.code(art, None, acts) if e.event_type == "REJECT"]
    got = {(e.actor.country, e.recipient.country if e.recipient else None) for e in evs}
    assert {("PHL", "CHN"), ("VNM", "CHN"), ("MYS", "CHN")} <= got


def test_coordinated_verb_shares_the_subject_and_targets_the_previous_object():
    art = article("Perdana Menteri Pakistan Shehbaz Sharif mengecam serangan India sebagai tindakan perang dan bersumpah akan membalas.",
                  published=datetime(2025, 5, 7))
    acts = [actor(art, "Perdana Menteri Pakistan Shehbaz Sharif", "PAK", name="Shehbaz Sharif"),
            actor(art, "India", "IND", "country")]
    evs = {e.event_type: e for e in events.code(art, None, acts)}
    th = evs["THREATEN"]
    assert th.actor.country == "PAK" and th.recipient is not None and th.recipient.country == "IND"
    assert th.mode == "violence"


def test_first_of_a_compound_subject_heads_a_meeting_and_relative_clause_after_adverb_is_no_recipient():
    art = article("Menlu Jepang Kamikawa dan Menhan Jepang Kihara bertemu dengan Menhan Filipina Teodoro di Manila.",
                  published=datetime(2024, 7, 8))
    acts = [actor(art, "Menlu Jepang Kamikawa", "JPN", name="Kamikawa"), actor(art, "Menhan Jepang Kihara", "JPN", name="Kihara"),
            actor(art, "Menhan Filipina Teodoro", "PHL", name="Teodoro")]
    (ev,) = [e for e in events.code(art, None, acts) if e.event_type == "CONSULT"]
    assert ev.actor.name == "Kamikawa" and ev.recipient.name == "Teodoro"
    art = article("Xi tiba di Hanoi untuk kunjungan kenegaraan, bagian pertama dari lawatannya yang juga mencakup Malaysia dan Kamboja.",
                  published=datetime(2025, 4, 14))
    acts = [actor(art, "Xi", "CHN"), actor(art, "Malaysia", "MYS", "country"), actor(art, "Kamboja", "KHM", "country")]
    assert not [e for e in events.code(art, None, acts) if e.recipient is not None and e.recipient.country in ("MYS", "KHM")]


def test_aid_sent_to_a_place_abroad_goes_to_that_country_not_the_partner():
    art = article("TNI Angkatan Udara menerjunkan bantuan kemanusiaan ke Gaza bersama Yordania.", published=datetime(2024, 4, 9))
    acts = [actor(art, "TNI Angkatan Udara", "IDN", "org"), actor(art, "Yordania", "JOR", "country")]
    (ev,) = [e for e in events.code(art, None, acts) if e.event_type == "AID"]
    assert ev.recipient.country == "PSE" and ev.location is not None and ev.location.country == "PSE"


def test_weapons_fired_at_another_country_are_an_attack_not_a_show_of_force():
    art = article("Pasukan Kamboja menembakkan roket ke wilayah Thailand pada Kamis.",
                  "Korea Utara menembakkan sebuah rudal balistik pada Kamis.", published=datetime(2025, 7, 24))
    acts = [actor(art, "Kamboja", "KHM", "country"), actor(art, "Thailand", "THA", "country"),
            actor(art, "Korea Utara", "PRK", "country")]
    evs = events.code(art, None, acts)
    (hit,) = [e for e in evs if e.actor.country == "KHM"]
    assert hit.event_type == "ASSAULT" and hit.mode == "heavy-weapons" and hit.recipient.country == "THA"
    assert [e.event_type for e in evs if e.actor.country == "PRK"] in ([], ["MOBILIZE"])  # a test launch stays MOBILIZE


def test_verb_after_setelah_shares_the_main_subject_and_bertolak_is_no_rejection():
    art = article("Presiden Prancis Emmanuel Macron tiba di Jakarta pada Selasa setelah mengunjungi Vietnam.",
                  "Macron kemudian bertolak ke Singapura.", published=datetime(2025, 5, 28))
    acts = [actor(art, "Presiden Prancis Emmanuel Macron", "FRA", name="Emmanuel Macron"),
            actor(art, "Vietnam", "VNM", "country"), actor(art, "Macron", "FRA", name="Emmanuel Macron", nth=1)]
    evs = events.code(art, None, acts)
    assert any(e.event_type == "CONSULT" and e.actor.country == "FRA" and e.recipient and e.recipient.country == "VNM" for e in evs)
    assert not [e for e in evs if e.event_type == "REJECT"]


def test_a_coordinated_speech_act_is_not_the_complement_of_the_first():
    art = article("Partai Demokrat menuntut Yoon segera mundur dan mengancam akan memulai proses pemakzulan.",
                  published=datetime(2024, 12, 4))
    acts = [actor(art, "Partai Demokrat", "KOR", "org"), actor(art, "Yoon", "KOR")]
    evs = events.code(art, None, acts)
    (th,) = [e for e in evs if e.event_type == "THREATEN"]
    assert th.actor.name == "Partai Demokrat" and th.recipient.name == "Yoon"
    assert [e.event_type for e in evs if e.event_type == "REQUEST"] == ["REQUEST"]


def test_nominal_trigger_listed_after_termasuk_is_a_field_not_an_act():
    art = article("Kedua menteri sepakat memperkuat kerja sama pertahanan dengan China, termasuk latihan bersama dan pendidikan militer.",
                  published=datetime(2025, 4, 21))
    acts = [actor(art, "Kedua menteri", None, kind="group", kb_id=None,
                  members=[Actor("Sjafrie", 0, 0, country="IDN", kb_id="s"), Actor("Dong", 0, 0, country="CHN", kb_id="d")]),
            actor(art, "China", "CHN", "country")]
    assert not [e for e in events.code(art, None, acts) if e.event_type == "COOPERATE"]
