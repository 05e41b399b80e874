"""Event coder, round 5: the speed rewrites are exact (property tests against the
plain formulas they replace) and the generalisation rules of round 5. Sentences
are written for these tests; articles and actors are built directly (as in
test_events.py)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from peristiwa.events.arguments import _quote_marks, in_quote
from peristiwa.events.filters import _hypothetical_before
from peristiwa.events.lexicon import WordList, load_cues
from peristiwa.model import Sentence, Token

_WORDS = st.sampled_from(["jika", "kalau", "if", "akan", "Jika", "menyerang", ",", "bila", "apabila", '"', "“", "x"])


def _sentence(words: list[str]) -> Sentence:
    toks, pos = [], 0
    for w in words:
        toks.append(Token(text=w, start=pos, end=pos + len(w)))
        pos += len(w) + 1
    return Sentence(text=" ".join(words), start=0, end=max(0, pos - 1), tokens=toks)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=12), st.data())
def test_hypothetical_cue_before_a_token_equals_the_plain_prefix_search(words, data):
    cues = WordList(["jika", "kalau", "if", "seandainya jika"])
    sent = _sentence(words)
    first = data.draw(st.integers(0, len(words) - 1))
    pre = " " + " ".join(t.text.lower() for t in sent.tokens[:first]) + " "
    assert _hypothetical_before(sent, first, cues) == any(f" {c} " in pre for c in cues)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=10), st.data())
def test_quote_counting_equals_the_character_loop(words, data):
    sent = _sentence(words)
    off = data.draw(st.integers(0, len(sent.text)))
    assert _quote_marks(sent.text) == sum(1 for c in sent.text if c in "\"“”")
    assert in_quote(sent, off) == (sum(1 for c in sent.text[:off] if c in "\"“”") % 2 == 1)


def test_cue_lists_keep_list_behaviour_with_set_membership():
    cues = load_cues("id")
    breaks = cues["clause_breaks"]
    assert isinstance(breaks, list) and list(breaks) == [str(x) for x in breaks]
    assert breaks[0] in breaks and "tidak-ada-kata-ini" not in breaks
    assert cues.get("also", []) + ["telah"] == list(cues.get("also", [])) + ["telah"]
    assert [] not in breaks  # (an unhashable probe falls back to the list test)


# ------------------------------------------------------------------ generalisation rules

from datetime import datetime  # noqa: E402

from peristiwa import events  # noqa: E402
from test_events import actor, article  # noqa: E402


def _code(art, *acts):
    return events.code(art, None, list(acts))


def test_tear_gas_fired_at_a_crowd_is_violent_repression_not_a_shooting():
    art = article("Aparat kepolisian menembakkan gas air mata untuk membubarkan massa di Makassar, Senin (3/3/2025).",
                  published=datetime(2025, 3, 3))
    evs = [e for e in _code(art, actor(art, "Aparat kepolisian", "IDN", "org")) if e.event_type == "ASSAULT"]
    assert [(e.mode, e.cameo) for e in evs] == [(None, "175")]


def test_english_tear_gas_is_assault_175():
    art = article("Riot police fired tear gas at students in Dhaka on Monday.", lang="en", published=datetime(2025, 3, 3))
    evs = _code(art, actor(art, "Riot police", "BGD", "org"), actor(art, "students", "BGD", "org"))
    assert ("ASSAULT", "175") in {(e.event_type, e.cameo) for e in evs}
    assert not any(e.event_type == "COERCE" for e in evs)


def test_a_plain_words_protester_subject_stops_before_an_adverb_or_a_verb():
    art = article("Warga desa kemudian berunjuk rasa di depan kantor bupati pada Selasa (4/3/2025).",
                  published=datetime(2025, 3, 4))
    (ev,) = [e for e in _code(art) if e.event_type == "PROTEST"]
    assert ev.actor.text == "Warga desa"


def test_a_pronoun_leading_a_protest_is_no_crowd():
    art = article("Jaksa menahan seorang pemuda setelah ia memimpin unjuk rasa di depan kantor gubernur.",
                  published=datetime(2025, 3, 4))
    assert not [e for e in _code(art, actor(art, "Jaksa", "IDN", "org")) if e.event_type == "PROTEST"
                and e.actor is not None and e.actor.how == "np"]


def test_an_opener_set_off_by_commas_is_not_part_of_the_protesters():
    art = article("Menanggapi putusan itu, Rabu malam, Aliansi Buruh menggelar aksi di depan gedung DPRD.",
                  published=datetime(2025, 3, 5))
    (ev,) = [e for e in _code(art) if e.event_type == "PROTEST"]
    assert ev.actor.text == "Aliansi Buruh"


def test_english_speech_act_subject_drops_the_time_and_a_regional_group_has_no_country():
    art = article("European trade ministers on Friday urged Beijing to lift export curbs and allow shipments of "
                  "rare earths to resume.", lang="en", published=datetime(2025, 3, 7))
    evs = _code(art, actor(art, "Beijing", "CHN", "country"))
    (req,) = [e for e in evs if e.event_type == "REQUEST"]
    assert req.actor.text == "European trade ministers" and req.actor.country is None
    # the demand's second verb ("and allow ...") is its content, no concession of its own
    assert not [e for e in evs if e.event_type in ("CONCEDE", "RETREAT")]


def test_a_similar_protest_elsewhere_is_another_protest_by_the_same_kind_of_crowd():
    art = article("Ratusan nelayan berunjuk rasa di Kendari, Sulawesi Tenggara, Kamis (6/3/2025).",
                  "Aksi serupa juga berlangsung di Makassar, Manado, dan Palu.", published=datetime(2025, 3, 6))
    protests = [e for e in _code(art) if e.event_type == "PROTEST"]
    assert len(protests) == 2
    assert protests[1].actor.country == "IDN" and protests[1].location is None


def test_a_crowd_storming_a_seat_of_power_is_a_protest_and_leads_the_title():
    art = article("Ratusan sopir angkot berunjuk rasa di depan Balai Kota Medan, Senin (3/3/2025).",
                  "Para sopir menuntut wali kota mencabut aturan baru.",
                  title="Ratusan Sopir Angkot Geruduk Balai Kota, Tuntut Aturan Dicabut", published=datetime(2025, 3, 3))
    evs = _code(art)
    head = [e for e in evs if e.headline]
    assert [e.event_type for e in head] == ["PROTEST"]


def test_a_protest_promised_on_a_condition_is_a_threat_of_protest():
    art = article("Serikat buruh menyatakan akan kembali turun ke jalan jika pemerintah tidak membatalkan "
                  "kenaikan iuran itu.", published=datetime(2025, 3, 6))
    evs = _code(art)
    assert [(e.event_type, e.mode, e.cameo, e.future) for e in evs] == [("THREATEN", "relations", "133", False)]
    # without the condition it stays a planned protest
    art = article("Serikat buruh menyatakan akan kembali turun ke jalan pekan depan.", published=datetime(2025, 3, 6))
    assert [(e.event_type, e.future) for e in _code(art)] == [("PROTEST", True)]


def test_the_state_in_a_protests_cause_is_not_the_protester():
    art = article("Polisi berjaga di sekitar lokasi sejak pagi.", title="Massa Aksi Bela Rohingya Geruduk Kedubes Myanmar",
                  published=datetime(2025, 3, 6))
    acts = [actor(art, "Rohingya", "MMR", "group"), actor(art, "Myanmar", "MMR", "country")]
    (ev,) = _code(art, *acts)
    assert ev.event_type == "PROTEST" and ev.actor.how == "np"


def test_a_slash_joined_building_name_does_not_hide_the_city_after_it():
    art = article("Ribuan guru honorer berunjuk rasa di depan Gedung DPR/MPR, Senayan, Jakarta, Rabu (5/3/2025).",
                  published=datetime(2025, 3, 5))
    (ev,) = [e for e in _code(art) if e.event_type == "PROTEST"]
    assert ev.location is not None and ev.location.name == "Jakarta"


def test_refusing_to_do_what_was_demanded_answers_the_demand():
    art = article("Ratusan pedagang berunjuk rasa di depan Balai Kota Surabaya, Selasa (4/3/2025).",
                  "Para pedagang juga membawa spanduk dan poster sejak pagi hari.",
                  "Massa menuntut Wali Kota Eri Cahyadi membatalkan relokasi pasar.",
                  "Namun, Eri menolak membatalkan relokasi itu.", published=datetime(2025, 3, 4))
    eri = [actor(art, "Wali Kota Eri Cahyadi", "IDN", name="Eri Cahyadi", kb_id="k:eri"),
           actor(art, "Eri", "IDN", name="Eri Cahyadi", kb_id="k:eri", nth=1)]
    evs = _code(art, *eri)
    (rej,) = [e for e in evs if e.event_type == "REJECT"]
    assert rej.actor.name == "Eri Cahyadi" and rej.recipient is not None and rej.recipient.how == "np"
    # the crowd's demand two sentences on names whom the protest is aimed at
    (pro,) = [e for e in evs if e.event_type == "PROTEST"]
    assert pro.recipient is not None and pro.recipient.name == "Eri Cahyadi"


def test_a_ceasefire_agreed_is_a_ceasefire_and_its_importance_stressed_is_none():
    art = article("Armenia dan Azerbaijan menyepakati gencatan senjata di perbatasan, Minggu (2/3/2025).",
                  "Menlu Prancis menekankan pentingnya gencatan senjata permanen.", published=datetime(2025, 3, 2))
    acts = [actor(art, "Armenia", "ARM", "country"), actor(art, "Azerbaijan", "AZE", "country"),
            actor(art, "Menlu Prancis", "FRA", "person")]
    evs = _code(art, *acts)
    assert [(e.event_type, e.mode, e.actor.country) for e in evs] == [("RETREAT", "ceasefire", "ARM")]


def test_a_warning_to_no_one_named_goes_to_whom_the_warners_side_acted_against():
    art = article("Jepang melarang ekspor bahan kimia tertentu ke Korea Selatan, Senin (3/3/2025).",
                  "Menteri Perdagangan Yoji Muto memperingatkan bahwa Jepang akan mengambil langkah lanjutan.",
                  published=datetime(2025, 3, 3))
    acts = [actor(art, "Jepang", "JPN", "country"), actor(art, "Korea Selatan", "KOR", "country"),
            actor(art, "Menteri Perdagangan Yoji Muto", "JPN", name="Yoji Muto"), actor(art, "Jepang", "JPN", "country", nth=1)]
    (thr,) = [e for e in _code(art, *acts) if e.event_type == "THREATEN"]
    assert thr.actor.name == "Yoji Muto" and thr.recipient.country == "KOR"


def test_a_title_between_commas_after_a_name_is_an_apposition_not_the_subject():
    art = article("Jenderal Min Aung Hlaing, pemimpin junta, memperingatkan bahwa setiap serangan terhadap Myanmar "
                  "akan dibalas.", published=datetime(2025, 3, 3))
    acts = [actor(art, "Jenderal Min Aung Hlaing", "MMR", name="Min Aung Hlaing"), actor(art, "junta", "MMR", "org"),
            actor(art, "Myanmar", "MMR", "country")]
    evs = [e for e in _code(art, *acts) if e.event_type == "THREATEN"]
    assert evs and all(e.actor.name == "Min Aung Hlaing" for e in evs)


def test_meeting_a_delegation_of_protesters_is_an_interaction_with_society():
    art = article("Bupati Sleman menemui perwakilan massa di halaman kantor bupati, Rabu (5/3/2025).",
                  "Sekitar pukul 15.00 WIB, lima perwakilan buruh diterima Wakil Gubernur Jawa Tengah Taj Yasin.",
                  published=datetime(2025, 3, 5))
    acts = [actor(art, "Bupati Sleman", "IDN", "person"),
            actor(art, "Wakil Gubernur Jawa Tengah Taj Yasin", "IDN", name="Taj Yasin")]
    evs = [e for e in _code(art, *acts) if e.event_type == "CONSULT"]
    assert len(evs) == 2 and all(e.mode == "meeting" for e in evs)
    assert {r.how for e in evs for r in (e.actor, e.recipient) if r.how == "delegation"} == {"delegation"}


def test_a_thing_accepted_is_no_visit_received():
    art = article("Usulan serikat pekerja itu diterima Menteri Ketenagakerjaan Yassierli.", published=datetime(2025, 3, 5))
    acts = [actor(art, "Menteri Ketenagakerjaan Yassierli", "IDN", name="Yassierli")]
    assert not [e for e in _code(art, *acts) if e.event_type == "CONSULT"]


def test_criticising_the_government_names_the_state_body_as_the_target():
    art = article("Pengamat kebijakan publik Trubus Rahadiansyah mengkritik pemerintah karena kenaikan tarif itu "
                  "diputuskan tanpa kajian.", published=datetime(2025, 3, 5))
    acts = [actor(art, "Pengamat kebijakan publik Trubus Rahadiansyah", "IDN", name="Trubus Rahadiansyah")]
    (ev,) = _code(art, *acts)
    assert (ev.event_type, ev.mode) == ("ACCUSE", "disapprove")
    assert ev.recipient is not None and ev.recipient.country == "IDN" and ev.recipient.sector == "GOV"


def test_an_act_said_to_come_from_a_list_of_states_is_each_ones():
    art = article("Malaysia mengecam serangan Myanmar terhadap desa di Rakhine, Senin (3/3/2025).",
                  "Kecaman serupa datang dari Thailand, Filipina, dan Vietnam.", published=datetime(2025, 3, 3))
    acts = [actor(art, "Malaysia", "MYS", "country"), actor(art, "Myanmar", "MMR", "country"),
            actor(art, "Thailand", "THA", "country"), actor(art, "Filipina", "PHL", "country"),
            actor(art, "Vietnam", "VNM", "country")]
    got = {(e.actor.country, e.recipient.country) for e in _code(art, *acts) if e.event_type == "ACCUSE"}
    assert {("THA", "MMR"), ("PHL", "MMR"), ("VNM", "MMR")} <= got
    assert not any(r in ("THA", "PHL", "VNM") for _, r in got)


def test_a_council_stopping_its_members_perks_concedes_and_a_moratorium_on_trips_is_no_visit():
    art = article("DPRD Jawa Timur memutuskan menghentikan pemberian tunjangan transportasi bagi anggota dewan, "
                  "Jumat (7/3/2025).", "Pimpinan dewan juga memberlakukan moratorium kunjungan kerja ke luar negeri.",
                  published=datetime(2025, 3, 7))
    acts = [actor(art, "DPRD Jawa Timur", "IDN", "org"), actor(art, "Pimpinan dewan", "IDN", "org")]
    evs = _code(art, *acts)
    assert [e.event_type for e in evs] == ["CONCEDE"]
    assert evs[0].recipient is not None and evs[0].recipient.country == "IDN"


def test_a_restatement_with_a_demonstrative_dates_the_undated_event():
    art = article("Presiden Brasil mengancam akan menaikkan tarif impor baja dari Argentina.",
                  "Ancaman itu disampaikan dalam pidato di Brasilia pada Jumat (7/3/2025).",
                  published=datetime(2025, 3, 9))
    acts = [actor(art, "Presiden Brasil", "BRA", name="Presiden Brasil"), actor(art, "Argentina", "ARG", "country")]
    (thr,) = [e for e in _code(art, *acts) if e.event_type == "THREATEN"]
    assert thr.date == datetime(2025, 3, 7).date() and thr.date_source in ("explicit", "weekday")


def test_a_passive_sentence_with_no_agent_is_by_the_court_that_passed_the_last_one():
    art = article("Majelis hakim Pengadilan Negeri Medan menjatuhkan vonis 8 tahun penjara kepada Bupati Langkat, "
                  "Senin (3/3/2025).", "Dalam sidang yang sama, ajudannya Rizal divonis 4 tahun penjara.",
                  "Polisi menangkap dua pemuda yang dituduh mencuri kabel.", published=datetime(2025, 3, 3))
    acts = [actor(art, "Pengadilan Negeri Medan", "IDN", "org"), actor(art, "Bupati Langkat", "IDN"),
            actor(art, "Rizal", "IDN"), actor(art, "Polisi", "IDN", "org")]
    evs = [e for e in _code(art, *acts) if e.event_type == "ACCUSE"]
    rizal = [e for e in evs if e.recipient is not None and e.recipient.text == "Rizal"]
    assert rizal and rizal[0].actor.text == "Pengadilan Negeri Medan"
    assert not [e for e in evs if e.evidence.trigger.startswith("dituduh")]  # (a relative clause's charge)


def test_english_reduced_passive_by_agent_is_passive():
    art = article("Jakarta proposed a maritime code of conduct, a plan backed by Vietnam.", lang="en",
                  published=datetime(2025, 3, 3))
    acts = [actor(art, "Jakarta", "IDN", "country"), actor(art, "Vietnam", "VNM", "country")]
    sup = [e for e in _code(art, *acts) if e.event_type == "SUPPORT"]
    assert sup and sup[0].actor.country == "VNM"


def test_envoys_withdrawn_from_a_place_abroad_and_a_demand_rejected_without_agent():
    art = article("Kementerian Luar Negeri Peru menarik duta besarnya dan diplomat lainnya dari Mexico City, "
                  "Selasa (4/3/2025).",
                  "\"Kami meminta Meksiko menjelaskan sikapnya, tetapi permintaan itu ditolak,\" kata Menlu Peru Elmer Schialer.",
                  published=datetime(2025, 3, 4))
    acts = [actor(art, "Kementerian Luar Negeri Peru", "PER", "org"), actor(art, "Meksiko", "MEX", "country"),
            actor(art, "Menlu Peru Elmer Schialer", "PER", name="Elmer Schialer")]
    evs = _code(art, *acts)
    assert ("SANCTION", "PER", "MEX") in {(e.event_type, e.actor.country, e.recipient and e.recipient.country) for e in evs}
    (rej,) = [e for e in evs if e.event_type == "REJECT"]
    assert (rej.actor.country, rej.recipient.country) == ("MEX", "PER")


def test_an_attack_on_a_named_city_abroad_hits_that_state_and_drones_shot_down_are_no_attack():
    art = article("Israel menggempur Kota Sidon dengan serangan udara, Minggu (2/3/2025).",
                  "Militer Israel juga mengklaim telah menembak jatuh 12 drone Hizbullah.", published=datetime(2025, 3, 2))
    acts = [actor(art, "Israel", "ISR", "country"), actor(art, "Militer Israel", "ISR", "org")]
    evs = [e for e in _code(art, *acts) if e.event_type == "ASSAULT"]
    assert [(e.actor.country, e.recipient.country) for e in evs] == [("ISR", "LBN")]


def test_a_threat_is_aimed_at_the_party_its_condition_names():
    art = article("Uni Afrika mengancam akan menjatuhkan sanksi jika junta Guinea tidak menggelar pemilu tahun ini.",
                  published=datetime(2025, 3, 3))
    acts = [actor(art, "Uni Afrika", None, "org", sector="IGO"), actor(art, "junta Guinea", "GIN", "org")]
    (thr,) = [e for e in _code(art, *acts) if e.event_type == "THREATEN"]
    assert thr.recipient is not None and thr.recipient.country == "GIN"


def test_a_firm_right_before_a_name_is_the_persons_employer_not_the_recipient():
    art = article("Kelompok bersenjata membebaskan teknisi Freeport John Miller di Mimika, Sabtu (1/3/2025).",
                  published=datetime(2025, 3, 1))
    acts = [actor(art, "Kelompok bersenjata", "IDN", "org"), actor(art, "Freeport", "IDN", "org"),
            actor(art, "John Miller", "USA")]
    (ev,) = [e for e in _code(art, *acts) if e.event_type == "RETREAT"]
    assert ev.recipient.text == "John Miller"


def test_a_person_in_apposition_after_the_object_is_the_object():
    art = article("Kelompok bersenjata membebaskan insinyur PT Istaka Karya asal Korea Selatan, Kim Min-jun, "
                  "di Intan Jaya, Sabtu (1/3/2025).", published=datetime(2025, 3, 1))
    acts = [actor(art, "Kelompok bersenjata", "IDN", "org"), actor(art, "PT Istaka Karya", "IDN", "org"),
            actor(art, "Korea Selatan", "KOR", "country"), actor(art, "Kim Min-jun", "KOR")]
    (ev,) = [e for e in _code(art, *acts) if e.event_type == "RETREAT"]
    assert ev.recipient.text == "Kim Min-jun"


def test_an_apology_to_no_one_named_is_to_the_public_and_shares_a_coordinated_subject():
    art = article("Wali Kota Medan Rico Waas menemui massa dan menyampaikan permintaan maaf, Senin (3/3/2025).",
                  "Ketua DPRD juga menyampaikan permintaan maaf kepada masyarakat.", published=datetime(2025, 3, 3))
    acts = [actor(art, "Wali Kota Medan Rico Waas", "IDN", name="Rico Waas"), actor(art, "massa", "IDN", "group", how="np"),
            actor(art, "Ketua DPRD", "IDN", name="Ketua DPRD")]
    evs = [e for e in _code(art, *acts) if e.event_type == "SUPPORT"]
    assert {e.actor.name for e in evs} == {"Rico Waas", "Ketua DPRD"}
    assert all(e.recipient is not None and e.recipient.country == "IDN" and e.cameo == "055" for e in evs)


def test_refusing_to_step_down_answers_the_demand_to_step_down():
    art = article("Ribuan warga menuntut Bupati Sudarno mundur, Rabu (5/3/2025).",
                  "Namun Sudarno menolak mundur dari jabatannya.", published=datetime(2025, 3, 5))
    acts = [actor(art, "Bupati Sudarno", "IDN", name="Sudarno", kb_id="k:sud"),
            actor(art, "Sudarno", "IDN", name="Sudarno", kb_id="k:sud", nth=1)]
    (rej,) = [e for e in _code(art, *acts) if e.event_type == "REJECT"]
    assert rej.recipient is not None and rej.recipient.how == "np"


def test_a_detention_reported_as_done_with_no_agent_continues_the_agency():
    art = article("Kejaksaan Tinggi Riau menetapkan tiga pejabat sebagai tersangka, Senin (3/3/2025).",
                  "\"Terhadap ketiga tersangka dilakukan penahanan selama 20 hari,\" kata juru bicara kejaksaan.",
                  published=datetime(2025, 3, 3))
    acts = [actor(art, "Kejaksaan Tinggi Riau", "IDN", "org")]
    (co,) = [e for e in _code(art, *acts) if e.event_type == "COERCE"]
    assert co.actor.text == "Kejaksaan Tinggi Riau" and co.recipient is not None and co.recipient.country == "IDN"


def test_a_denial_in_a_protest_story_answers_the_protesters():
    art = article("Ribuan guru berunjuk rasa di depan Istana, Senin (3/3/2025).",
                  "Menteri Pendidikan Abdul Mu'ti membantah bahwa pemotongan anggaran mengganggu sekolah.",
                  published=datetime(2025, 3, 3))
    acts = [actor(art, "Menteri Pendidikan Abdul Mu'ti", "IDN", name="Abdul Mu'ti")]
    (rej,) = [e for e in _code(art, *acts) if e.event_type == "REJECT"]
    assert rej.recipient is not None and rej.recipient.how == "np" and rej.recipient.country == "IDN"
