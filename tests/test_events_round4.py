"""Event coder rules of generalisation round 4 (sanctions as trade bans, treaty and
mission suspensions, retaliation threats, recipients past an origin or a mission,
...). Sentences are written for these tests; articles and actors are built
directly (as in test_events.py)."""

from datetime import date, datetime

from peristiwa import events
from test_events import actor, article


def _code(art, *acts):
    return events.code(art, None, list(acts))


def test_stopping_or_banning_imports_from_a_state_is_a_sanction_on_it():
    art = article("Korea Selatan menghentikan impor daging sapi dari Brasil mulai pekan ini.",
                  "Taiwan juga melarang impor buah dari dua provinsi Brasil.",
                  published=datetime(2024, 3, 5))
    acts = [actor(art, "Korea Selatan", "KOR", "country"), actor(art, "Brasil", "BRA", "country"),
            actor(art, "Taiwan", "TWN", "country"), actor(art, "Brasil", "BRA", "country", nth=1)]
    got = {(e.actor.country, e.event_type, e.recipient.country) for e in _code(art, *acts)}
    assert got == {("KOR", "SANCTION", "BRA"), ("TWN", "SANCTION", "BRA")}


def test_a_sanctions_package_adopted_is_a_sanction_in_body_and_in_a_bare_verb_headline():
    art = article("Kanada mengadopsi paket sanksi baru terhadap Belarus pada Selasa (4/6/2024).",
                  title="Kanada Jatuhkan Sanksi Baru terhadap Belarus", published=datetime(2024, 6, 4))
    acts = [actor(art, "Kanada", "CAN", "country"), actor(art, "Belarus", "BLR", "country"),
            actor(art, "Kanada", "CAN", "country", nth=1), actor(art, "Belarus", "BLR", "country", nth=1)]
    evs = _code(art, *acts)
    assert [(e.event_type, e.actor.country, e.recipient.country) for e in evs] == [("SANCTION", "CAN", "BLR")]
    assert evs[0].headline and evs[0].date == date(2024, 6, 4)


def test_suspending_a_treaty_with_a_state_discontinues_relations_and_a_treaty_is_no_actor():
    art = article("Mesir menangguhkan Perjanjian Perbatasan Laut dengan Sudan pada Kamis (2/5/2024).",
                  published=datetime(2024, 5, 2))
    treaty = actor(art, "Perjanjian Perbatasan Laut", None, "org", how="ner")  # an NER org the linker kept
    acts = [actor(art, "Mesir", "EGY", "country"), treaty, actor(art, "Sudan", "SDN", "country")]
    evs = _code(art, *acts)
    assert [(e.event_type, e.mode, e.recipient.country) for e in evs] == [("SANCTION", "discontinue", "SDN")]


def test_suspending_ones_embassy_abroad_withdraws_from_that_state():
    art = article("Kanada menangguhkan operasional kedutaannya di Caracas mulai hari ini.",
                  published=datetime(2024, 5, 2))
    acts = [actor(art, "Kanada", "CAN", "country")]
    evs = _code(art, *acts)
    assert [(e.event_type, e.mode, e.recipient.country) for e in evs] == [("SANCTION", "withdraw", "VEN")]


def test_an_expelled_envoy_of_a_mission_names_its_state_and_from_home_is_no_recipient():
    art = article("Peru mengusir dua atase pertahanan di Kedutaan Besar Chile di Lima.",
                  "Presiden Ekuador Daniel Noboa mengusir seluruh diplomat Meksiko dari Ekuador.",
                  published=datetime(2024, 4, 8))
    acts = [actor(art, "Peru", "PER", "country"), actor(art, "Chile", "CHL", "country"),
            actor(art, "Presiden Ekuador Daniel Noboa", "ECU"), actor(art, "Meksiko", "MEX", "country"),
            actor(art, "Ekuador", "ECU", "country", nth=1)]
    got = {(e.actor.country, e.event_type, e.mode, e.recipient.country) for e in _code(art, *acts)}
    assert got == {("PER", "SANCTION", "expel", "CHL"), ("ECU", "SANCTION", "expel", "MEX")}


def test_a_retaliation_announced_for_later_threatens_the_doer_of_the_act_answered():
    art = article("Jepang menjatuhkan sanksi terhadap Korea Utara pada Jumat (7/6/2024).",
                  "Pyongyang menyatakan akan mengambil tindakan balasan yang setimpal.",
                  published=datetime(2024, 6, 7))
    acts = [actor(art, "Jepang", "JPN", "country"), actor(art, "Korea Utara", "PRK", "country"),
            actor(art, "Pyongyang", "PRK", "country")]
    threats = [e for e in _code(art, *acts) if e.event_type == "THREATEN"]
    assert [(t.actor.country, t.mode, t.recipient.country) for t in threats] == [("PRK", "relations", "JPN")]
    assert not threats[0].future  # the threat is made now; what it announces is later


def test_a_demand_to_lift_a_ban_is_a_request_for_change_in_a_bare_verb_headline_too():
    art = article("Pemerintah Thailand mendesak Malaysia segera mencabut larangan ekspor beras.",
                  title="Thailand Desak Malaysia Cabut Larangan Ekspor Beras", published=datetime(2024, 1, 9))
    acts = [actor(art, "Thailand", "THA", "country"), actor(art, "Malaysia", "MYS", "country"),
            actor(art, "Pemerintah Thailand", "THA", "country"), actor(art, "Malaysia", "MYS", "country", nth=1)]
    evs = _code(art, *acts)
    head = next(e for e in evs if e.headline)
    assert (head.event_type, head.mode, head.actor.country, head.recipient.country) == ("REQUEST", "change", "THA", "MYS")
    assert "RETREAT" not in {e.event_type for e in evs}  # the lifting is what is demanded, not done


def test_on_the_same_day_is_the_day_of_the_last_reported_act_not_a_background_date():
    art = article("Australia menjatuhkan sanksi terhadap Iran pada Senin (5/2/2024).",
                  "Hubungan kedua negara memburuk sejak Teheran mengusir diplomat Australia pada 3 Januari lalu.",
                  "Selandia Baru juga menjatuhkan sanksi terhadap Iran pada hari yang sama.",
                  published=datetime(2024, 2, 7))
    acts = [actor(art, "Australia", "AUS", "country"), actor(art, "Iran", "IRN", "country"),
            actor(art, "Teheran", "IRN", "country"), actor(art, "Australia", "AUS", "country", nth=1),
            actor(art, "Selandia Baru", "NZL", "country"), actor(art, "Iran", "IRN", "country", nth=1)]
    nz = next(e for e in _code(art, *acts) if e.actor.country == "NZL")
    assert nz.date == date(2024, 2, 5)


def test_a_sanction_imposed_on_people_abroad_happens_at_home_not_where_they_live():
    art = article("LONDON - Inggris menjatuhkan sanksi terhadap tiga komandan Rusia di Krimea pada Senin (12/2/2024).",
                  published=datetime(2024, 2, 13))
    acts = [actor(art, "Inggris", "GBR", "country"), actor(art, "Rusia", "RUS", "country")]
    ev = next(e for e in _code(art, *acts) if e.event_type == "SANCTION")
    assert ev.location is None or ev.location.country == "GBR"


def test_a_meeting_in_a_sanctions_story_is_not_with_the_target():
    art = article("Uni Eropa menjatuhkan sanksi terhadap Iran pada Senin (15/4/2024).",
                  "Para menteri Uni Eropa yang bertemu di Brussel juga membahas Ukraina.",
                  published=datetime(2024, 4, 15))
    acts = [actor(art, "Uni Eropa", None, "org", sector="IGO"), actor(art, "Iran", "IRN", "country"),
            actor(art, "Uni Eropa", None, "org", nth=1, sector="IGO")]
    evs = _code(art, *acts)
    assert not [e for e in evs if e.event_type == "CONSULT" and e.recipient is not None and e.recipient.country == "IRN"]


def test_an_undated_attack_named_only_as_what_is_condemned_is_no_event_of_its_own():
    art = article("Pemerintah Malaysia mengecam keras serangan Rusia di wilayah Ukraina.", published=datetime(2024, 7, 9))
    acts = [actor(art, "Pemerintah Malaysia", "MYS", "country"), actor(art, "Rusia", "RUS", "country"),
            actor(art, "Ukraina", "UKR", "country")]
    assert [e.event_type for e in _code(art, *acts)] == ["ACCUSE"]
    # the same condemnation with the attack's day: the attack is reported too
    art = article("Pemerintah Malaysia mengecam keras serangan Rusia di wilayah Ukraina pada Senin (8/7).",
                  published=datetime(2024, 7, 9))
    acts = [actor(art, "Pemerintah Malaysia", "MYS", "country"), actor(art, "Rusia", "RUS", "country"),
            actor(art, "Ukraina", "UKR", "country")]
    assert sorted(e.event_type for e in _code(art, *acts)) == ["ACCUSE", "ASSAULT"]


def test_a_condemned_attack_told_again_with_its_own_verb_that_day_is_one_attack():
    art = article("Pemerintah Malaysia mengecam keras serangan Rusia di Ukraina.",
                  "Dalam serangan pada Senin (8/7), sebuah drone Rusia menyerang rumah sakit anak di Kyiv, Ukraina.",
                  published=datetime(2024, 7, 9))
    acts = [actor(art, "Pemerintah Malaysia", "MYS", "country"), actor(art, "Rusia", "RUS", "country"),
            actor(art, "Ukraina", "UKR", "country"), actor(art, "Rusia", "RUS", "country", nth=1),
            actor(art, "Ukraina", "UKR", "country", nth=1)]
    assaults = [e for e in _code(art, *acts) if e.event_type == "ASSAULT"]
    assert [(e.evidence.trigger, e.date) for e in assaults] == [("menyerang", date(2024, 7, 8))]


def test_new_triggers_tuding_bombs_dropped_and_interception():
    from peristiwa.events.detect import find_triggers
    from peristiwa.events.lexicon import load_lexicon
    from test_events import sent
    lex = load_lexicon("id")
    got = lambda text: [(t.entry.type, t.entry.mode) for t in find_triggers([sent(text)], lex)]
    assert got("Seoul menuding Pyongyang mendalangi peretasan itu.")[0] == ("ACCUSE", "allege")
    assert ("ASSAULT", "heavy-weapons") in got("Pesawat pengebom menjatuhkan dua bom ke gudang senjata.")
    assert got("Kapal patroli mencegat tiga kapal nelayan asing.") == [("COERCE", "seize")]


def test_urging_or_inviting_a_named_party_is_a_request_but_promoting_a_goal_or_a_wished_urging_is_not():
    art = article("Presiden Chile mengajak Vietnam berinvestasi di sektor tambang.",
                  "Ia juga mendorong peningkatan kerja sama dengan Vietnam.",
                  "Menteri itu berharap agar Peru dapat mendorong Bolivia membuka perbatasan.",
                  published=datetime(2024, 9, 2))
    acts = [actor(art, "Presiden Chile", "CHL"), actor(art, "Vietnam", "VNM", "country"),
            actor(art, "Vietnam", "VNM", "country", nth=1), actor(art, "Peru", "PER", "country"),
            actor(art, "Bolivia", "BOL", "country")]
    reqs = [e for e in _code(art, *acts) if e.event_type == "REQUEST"]
    assert [(e.evidence.trigger, e.actor.country, e.recipient.country) for e in reqs] == [("mengajak", "CHL", "VNM")]


def test_suspects_named_by_a_plain_noun_phrase_in_the_gap_or_by_an_object_clitic():
    art = article("Kejaksaan Tinggi Riau menetapkan lima orang sebagai tersangka kasus suap.",
                  published=datetime(2024, 10, 1))
    acts = [actor(art, "Kejaksaan Tinggi Riau", "IDN", "org")]
    ev = next(e for e in _code(art, *acts) if e.event_type == "ACCUSE")
    assert (ev.mode, ev.recipient.text, ev.recipient.country) == ("allege", "lima orang", "IDN")
    art = article("Kejaksaan Tinggi Riau resmi menahan Bupati Andi Wijaya setelah menetapkannya sebagai tersangka.",
                  published=datetime(2024, 10, 1))
    acts = [actor(art, "Kejaksaan Tinggi Riau", "IDN", "org"), actor(art, "Bupati Andi Wijaya", "IDN")]
    ev = next(e for e in _code(art, *acts) if e.event_type == "ACCUSE")
    assert ev.recipient.text == "Bupati Andi Wijaya"


def test_a_modeless_title_threat_heads_the_story_and_its_mode_is_the_cue_right_after_it():
    art = article("Parlemen Venezuela menyetujui rencana penutupan perbatasan dengan Guyana pada Senin (4/3/2024).",
                  "Militer Guyana melancarkan serangan ke pos perbatasan Venezuela pada Minggu (3/3/2024).",
                  title="Venezuela Ancam Tutup Perbatasan dengan Guyana Usai Bentrokan Militer", published=datetime(2024, 3, 4))
    acts = [actor(art, "Venezuela", "VEN", "country"), actor(art, "Guyana", "GUY", "country"),
            actor(art, "Parlemen Venezuela", "VEN", "org"), actor(art, "Guyana", "GUY", "country", nth=1),
            actor(art, "Militer Guyana", "GUY", "org"), actor(art, "Venezuela", "VEN", "country", nth=2)]
    head = next(e for e in _code(art, *acts) if e.headline)
    assert (head.event_type, head.mode, head.actor.country) == ("THREATEN", "restrict", "VEN")


def test_an_international_official_gets_no_country_from_the_words_before_him():
    art = article("Menteri Luar Negeri Chile menelepon Sekretaris Jenderal PBB Antonio Guterres pada Senin (8/7).",
                  published=datetime(2024, 7, 9))
    un_chief = actor(art, "Sekretaris Jenderal PBB Antonio Guterres", None, sector="IGO")
    acts = [actor(art, "Menteri Luar Negeri Chile", "CHL"), un_chief]
    ev = next(e for e in _code(art, *acts) if e.event_type == "CONSULT")
    assert ev.recipient.text == un_chief.text and ev.recipient.country is None


def test_a_condemned_incident_names_the_attacker_not_a_demand_told_since():
    art = article("Pasukan Rusia menembaki kapal patroli Estonia di Laut Baltik pada Selasa (9/7).",
                  "Kemlu Estonia mendesak Dewan Keamanan PBB segera bertindak.",
                  "Latvia turut mengecam insiden tersebut.", published=datetime(2024, 7, 10))
    acts = [actor(art, "Pasukan Rusia", "RUS", "org"), actor(art, "Estonia", "EST", "country"),
            actor(art, "Kemlu Estonia", "EST", "org"), actor(art, "Dewan Keamanan PBB", None, "org", sector="IGO"),
            actor(art, "Latvia", "LVA", "country")]
    ev = next(e for e in _code(art, *acts) if e.event_type == "ACCUSE")
    assert (ev.actor.country, ev.recipient.country) == ("LVA", "RUS")


def test_an_unplaced_official_takes_the_country_of_the_place_in_his_own_title():
    art = article("Menlu Brasil tiba di Riyadh pada Senin (8/7) dan disambut Wakil Gubernur Riyadh Pangeran Faisal.",
                  published=datetime(2024, 7, 9))
    host = actor(art, "Wakil Gubernur Riyadh Pangeran Faisal", None, name="Pangeran Faisal", how="role+name")
    acts = [actor(art, "Menlu Brasil", "BRA"), host]
    evs = [e for e in _code(art, *acts) if e.event_type == "CONSULT"]
    assert evs and all(e.recipient.country == "SAU" for e in evs)


def test_a_host_receiving_a_delegation_named_by_a_plain_noun_phrase_meets_it():
    art = article("Perdana Menteri Malaysia Anwar Ibrahim menerima sejumlah pimpinan serikat nelayan di Putrajaya, "
                  "Senin (8/7/2024).", published=datetime(2024, 7, 8))
    acts = [actor(art, "Perdana Menteri Malaysia Anwar Ibrahim", "MYS", name="Anwar Ibrahim")]
    ev = next(e for e in _code(art, *acts) if e.event_type == "CONSULT")
    assert (ev.mode, ev.actor.name, ev.recipient.text, ev.recipient.country) == (
        "meeting", "Anwar Ibrahim", "sejumlah pimpinan serikat nelayan", "MYS")
    # received goods are no delegation
    art = article("Anwar Ibrahim menerima sejumlah bantuan dari Jepang.", published=datetime(2024, 7, 8))
    acts = [actor(art, "Anwar Ibrahim", "MYS"), actor(art, "Jepang", "JPN", "country")]
    assert not [e for e in _code(art, *acts) if e.event_type == "CONSULT"]


def test_a_warning_targets_the_other_state_its_content_says_will_suffer_or_must_not_act():
    art = article("Juru bicara Kemlu Turki Ahmet Yilmaz memperingatkan bahwa Yunani akan menanggung akibatnya.",
                  "Menteri itu memperingatkan bahwa kami akan bertindak jika kapal Siprus memasuki perairan itu.",
                  "Erdogan memperingatkan bahwa masalah Siprus adalah urusan dalam negeri.",
                  published=datetime(2024, 7, 9))
    acts = [actor(art, "Juru bicara Kemlu Turki Ahmet Yilmaz", "TUR", name="Ahmet Yilmaz"),
            actor(art, "Yunani", "GRC", "country"), actor(art, "Menteri itu", "TUR"),
            actor(art, "Siprus", "CYP", "country"), actor(art, "Erdogan", "TUR"),
            actor(art, "Siprus", "CYP", "country", nth=1)]
    got = [(e.evidence.start, e.recipient.country if e.recipient else None)
           for e in _code(art, *acts) if e.event_type == "THREATEN"]
    assert [r for _, r in sorted(got)][:2] == ["GRC", "CYP"]
    assert all(r is None for s0, r in got if s0 > art.text.index("Erdogan") - 1)  # a topic is no target


def test_a_retaliation_promised_in_any_form_is_a_threat():
    art = article("Iran menutup konsulat Azerbaijan di Tabriz pada Senin (8/7).",
                  "Baku menegaskan akan memberikan balasan yang setimpal.", published=datetime(2024, 7, 9))
    acts = [actor(art, "Iran", "IRN", "country"), actor(art, "Azerbaijan", "AZE", "country"),
            actor(art, "Baku", "AZE", "country")]
    th = [e for e in _code(art, *acts) if e.event_type == "THREATEN"]
    assert [(e.actor.country, e.recipient.country) for e in th] == [("AZE", "IRN")]


def test_a_condemnation_does_not_take_the_date_of_the_act_it_condemns():
    art = article("Pemerintah Malaysia mengecam keras aksi perusakan masjid yang dilakukan sekelompok orang di Oslo, "
                  "Norwegia, pada Senin (3/7/2023).", published=datetime(2023, 7, 4))
    acts = [actor(art, "Pemerintah Malaysia", "MYS", "country")]
    ev = next(e for e in _code(art, *acts) if e.event_type == "ACCUSE")
    assert ev.date == date(2023, 7, 4) and ev.date_source == "published"
    # a meeting keeps a closing date although a relative clause stands before it
    art = article("Menlu Malaysia bertemu Menlu Norwegia yang sedang berkunjung ke Kuala Lumpur, Senin (3/7/2023).",
                  published=datetime(2023, 7, 4))
    acts = [actor(art, "Menlu Malaysia", "MYS"), actor(art, "Menlu Norwegia", "NOR")]
    ev = next(e for e in _code(art, *acts) if e.event_type == "CONSULT")
    assert ev.date == date(2023, 7, 3)


def test_a_protest_aimed_at_no_one_named_is_aimed_at_whom_the_crowds_demand_addresses():
    art = article("Ratusan nelayan menggelar unjuk rasa di depan Kantor Gubernur, Senin (8/7/2024).",
                  "Massa menuntut Gubernur Budi Santoso mencabut izin tambang pasir.", published=datetime(2024, 7, 8))
    acts = [actor(art, "Massa", "IDN", "group", how="np", sector="CVL"), actor(art, "Gubernur Budi Santoso", "IDN")]
    ev = next(e for e in _code(art, *acts) if e.event_type == "PROTEST")
    assert ev.recipient is not None and ev.recipient.text == "Gubernur Budi Santoso"


def test_rejecting_a_verdict_answers_the_court_and_a_comma_before_the_subject_is_an_apposition():
    art = article("Pengadilan Negeri Medan menjatuhkan vonis 5 tahun penjara kepada Budi Hartono, Senin (8/7/2024).",
                  "Pengacara Budi, Rina Marlina, menolak putusan tersebut.", published=datetime(2024, 7, 8))
    acts = [actor(art, "Pengadilan Negeri Medan", "IDN", "org"), actor(art, "Budi Hartono", "IDN"),
            actor(art, "Budi", "IDN", nth=1, name="Budi Hartono"), actor(art, "Rina Marlina", "IDN")]
    rej = [e for e in _code(art, *acts) if e.event_type == "REJECT"]
    assert [(e.actor.text, e.recipient.text) for e in rej] == [("Rina Marlina", "Pengadilan Negeri Medan")]


def test_a_quoted_demand_is_made_by_the_speaker_named_behind_his_title_and_body():
    art = article('"Kami menuntut DPRD mencabut peraturan itu," kata Ketua Umum Serikat Tani Sumatra Joko Susilo.',
                  published=datetime(2024, 7, 8))
    acts = [actor(art, "DPRD", "IDN", "org"), actor(art, "Serikat Tani Sumatra", "IDN", "org"),
            actor(art, "Joko Susilo", None, how="ner")]
    ev = next(e for e in _code(art, *acts) if e.event_type == "REQUEST")
    assert (ev.actor.text, ev.recipient.text) == ("Joko Susilo", "DPRD")


def test_a_nya_noun_tied_to_the_noun_after_it_takes_its_agent_from_there_not_the_subject():
    art = article("Serikat Tani Sumatra menilai aturan itu membuka jalan kembalinya monopoli dagang.",
                  "Joko Susilo menegaskan kembali tuduhannya bahwa Bupati Andi mengambil suap.",
                  published=datetime(2024, 7, 8))
    acts = [actor(art, "Serikat Tani Sumatra", "IDN", "org"), actor(art, "Joko Susilo", "IDN"),
            actor(art, "Bupati Andi", "IDN")]
    evs = _code(art, *acts)
    assert "RETREAT" not in {e.event_type for e in evs}
    assert [(e.actor.text, e.recipient.text) for e in evs if e.event_type == "ACCUSE"] == [("Joko Susilo", "Bupati Andi")]


def test_a_supporter_of_a_refusal_does_not_refuse_and_a_condemned_decision_names_who_refused():
    art = article("Pemerintah Malaysia menolak memberikan izin kepada kapal riset China, Senin (8/7/2024).",
                  "Asosiasi Nelayan Sabah mendukung sikap pemerintah menolak kehadiran kapal China.",
                  "Kementerian Luar Negeri China mengecam keputusan tersebut.", published=datetime(2024, 7, 8))
    acts = [actor(art, "Pemerintah Malaysia", "MYS", "country"), actor(art, "China", "CHN", "country"),
            actor(art, "Asosiasi Nelayan Sabah", "MYS", "org"), actor(art, "China", "CHN", "country", nth=1),
            actor(art, "Kementerian Luar Negeri China", "CHN", "org")]
    evs = _code(art, *acts)
    assert [e.actor.text for e in evs if e.event_type == "REJECT"] == ["Pemerintah Malaysia"]
    acc = next(e for e in evs if e.event_type == "ACCUSE")
    assert acc.recipient is not None and acc.recipient.country == "MYS"


def test_a_denial_answers_the_latest_accusation_aimed_at_the_one_denying():
    art = article("Pemerintah Armenia menuduh Azerbaijan mendukung kelompok bersenjata di perbatasan.",
                  "Baku membantah terlibat dalam serangan itu.", published=datetime(2024, 7, 8))
    acts = [actor(art, "Pemerintah Armenia", "ARM", "country"), actor(art, "Azerbaijan", "AZE", "country"),
            actor(art, "Baku", "AZE", "country")]
    rej = next(e for e in _code(art, *acts) if e.event_type == "REJECT")
    assert (rej.actor.country, rej.recipient.country) == ("AZE", "ARM")


def test_a_rescue_team_sent_to_a_place_abroad_is_relief_for_that_state_but_aid_access_names_no_donor():
    art = article("Jepang juga telah mengirimkan tim tanggap darurat ke Kathmandu, Selasa (9/7/2024).",
                  "PBB mendesak Israel menghentikan serangan dan membuka akses bantuan kemanusiaan ke Gaza.",
                  published=datetime(2024, 7, 9))
    acts = [actor(art, "Jepang", "JPN", "country"), actor(art, "PBB", None, "org", sector="IGO"),
            actor(art, "Israel", "ISR", "country")]
    aid = [e for e in _code(art, *acts) if e.event_type == "AID"]
    assert [(e.actor.country, e.mode, e.recipient.country) for e in aid] == [("JPN", "humanitarian", "NPL")]


def test_an_appeal_for_help_is_a_request_for_assistance_kept_without_an_addressee():
    art = article("Perdana Menteri Tonga Siaosi Sovaleni meminta bantuan internasional untuk korban tsunami.",
                  published=datetime(2024, 7, 9))
    acts = [actor(art, "Perdana Menteri Tonga Siaosi Sovaleni", "TON", name="Siaosi Sovaleni", kb_id=None)]
    evs = [e for e in _code(art, *acts) if e.event_type == "REQUEST"]
    assert [(e.mode, e.recipient) for e in evs] == [("assist", None)]


def test_a_delegation_received_by_a_minister_in_the_passive_is_a_meeting_kept_though_domestic():
    art = article("Ribuan petani berunjuk rasa di depan Kementerian Pertanian, Senin (8/7/2024).",
                  "Perwakilan petani kemudian diterima oleh Menteri Pertanian Budi Santoso di kantornya.",
                  published=datetime(2024, 7, 8))
    acts = [actor(art, "Kementerian Pertanian", "IDN", "org"), actor(art, "Menteri Pertanian Budi Santoso", None,
                                                                      name="Budi Santoso", how="role+name")]
    ev = next(e for e in _code(art, *acts) if e.event_type == "CONSULT")
    assert (ev.mode, ev.actor.name, ev.recipient.text, ev.recipient.country) == ("meeting", "Budi Santoso", "Perwakilan petani", "IDN")


def test_an_operation_over_several_days_in_several_towns_has_no_one_day_or_place():
    art = article("SEMARANG - Polda Jateng menangkap sembilan tersangka di Semarang, Solo, dan Magelang pada Jumat "
                  "(1/3/2024) hingga Minggu (3/3/2024).", published=datetime(2024, 3, 5))
    acts = [actor(art, "Polda Jateng", "IDN", "org")]
    ev = next(e for e in _code(art, *acts) if e.event_type == "COERCE")
    assert ev.date is None and ev.location is None
    # one town and one day: both kept
    art = article("SEMARANG - Polda Jateng menangkap sembilan tersangka di Magelang pada Jumat (1/3/2024).",
                  published=datetime(2024, 3, 5))
    acts = [actor(art, "Polda Jateng", "IDN", "org")]
    ev = next(e for e in _code(art, *acts) if e.event_type == "COERCE")
    assert ev.date == date(2024, 3, 1) and "Magelang" in ev.location.name


def test_accepting_an_invitation_agrees_to_meet_the_inviter_apart_from_the_deals_signed():
    art = article("Presiden Chile Gabriel Boric dan Presiden Prabowo menandatangani lima nota kesepahaman di Bogor, "
                  "Senin (8/7/2024).",
                  "Boric turut mengundang Prabowo untuk melakukan kunjungan ke Santiago. Prabowo menerima undangan tersebut.",
                  published=datetime(2024, 7, 8))
    acts = [actor(art, "Presiden Chile Gabriel Boric", "CHL", name="Gabriel Boric"), actor(art, "Presiden Prabowo", "IDN", name="Prabowo"),
            actor(art, "Boric", "CHL", nth=1, name="Gabriel Boric"), actor(art, "Prabowo", "IDN", nth=1, name="Prabowo"),
            actor(art, "Prabowo", "IDN", nth=2, name="Prabowo")]
    agree = [e for e in _code(art, *acts) if e.event_type == "AGREE"]
    assert sorted(e.cameo for e in agree) == ["036", "057"]
    acc = next(e for e in agree if e.cameo == "036")
    assert (acc.actor.name, acc.recipient.name) == ("Prabowo", "Gabriel Boric")


def test_approving_ones_own_measure_is_no_agreement_unless_it_yields_to_a_demand():
    art = article("Parlemen Venezuela menyetujui langkah penutupan perbatasan sebagai balasan atas serangan Guyana.",
                  published=datetime(2024, 7, 9))
    acts = [actor(art, "Parlemen Venezuela", "VEN", "org"), actor(art, "Guyana", "GUY", "country")]
    assert "AGREE" not in {e.event_type for e in _code(art, *acts)}
    art = article("Ketua serikat guru Rina Marlina mendesak pemerintah menaikkan tunjangan guru.",
                  "Menteri Pendidikan Budi Santoso menyetujui pembentukan tim khusus, sesuai permintaan serikat guru.",
                  published=datetime(2024, 7, 9))
    acts = [actor(art, "Ketua serikat guru Rina Marlina", "IDN", name="Rina Marlina", sector="CVL"),
            actor(art, "Menteri Pendidikan Budi Santoso", "IDN", name="Budi Santoso")]
    ev = next(e for e in _code(art, *acts) if e.actor.name == "Budi Santoso")
    assert (ev.event_type, ev.recipient.name) == ("CONCEDE", "Rina Marlina")


def test_a_pair_inside_the_previous_verbs_object_is_not_the_subject_of_the_verb_after_dan():
    art = article('Boric menyebut perjanjian itu sebagai "babak baru" hubungan kedua negara dan memuji Vietnam '
                  "sebagai mitra penting.", published=datetime(2024, 7, 9))
    pair = actor(art, "kedua negara", None, "group", how="pair")
    acts = [actor(art, "Boric", "CHL", name="Gabriel Boric"), pair, actor(art, "Vietnam", "VNM", "country")]
    sup = [e for e in _code(art, *acts) if e.event_type == "SUPPORT"]
    assert [(e.actor.name, e.recipient.country) for e in sup] == [("Gabriel Boric", "VNM")]


def test_bombs_dropped_on_a_place_abroad_hit_that_state_not_the_weapon_named_before_it():
    art = article("Pesawat tempur Israel menjatuhkan bom penghancur bunker ke Beirut pada Senin (8/7/2024).",
                  published=datetime(2024, 7, 9))
    acts = [actor(art, "Israel", "ISR", "country")]
    ev = next(e for e in _code(art, *acts) if e.event_type == "ASSAULT")
    assert (ev.mode, ev.recipient.country) == ("heavy-weapons", "LBN")


def test_a_condemnation_is_placed_where_it_was_made_not_where_the_act_condemned_happened():
    art = article("KUALA LUMPUR - Pemerintah Malaysia mengecam keras aksi perusakan masjid yang dilakukan sekelompok "
                  "orang di Oslo, Norwegia, Senin (8/7/2024).", published=datetime(2024, 7, 9))
    acts = [actor(art, "Pemerintah Malaysia", "MYS", "country")]
    ev = next(e for e in _code(art, *acts) if e.event_type == "ACCUSE")
    assert ev.location is not None and ev.location.country == "MYS"


def test_talks_restated_as_dalam_pertemuan_itu_are_not_dated_by_a_since_clause_before_them():
    art = article("Presiden Chile bertemu Presiden Peru di Lima, Senin (8/7/2024).",
                  "Pertemuan itu yang pertama sejak Presiden Peru dilantik pada 28 Juli lalu.",
                  "Dalam pertemuan tersebut, kedua pemimpin sepakat memperkuat kerja sama perdagangan.",
                  published=datetime(2024, 7, 9))
    pair = actor(art, "kedua pemimpin", None, "group", how="pair")
    acts = [actor(art, "Presiden Chile", "CHL"), actor(art, "Presiden Peru", "PER"), pair]
    agree = [e for e in _code(art, *acts) if e.event_type == "AGREE"]
    assert agree and all(e.date == date(2024, 7, 8) for e in agree)


def test_holding_a_post_is_no_occupation():
    art = article("Gubernur Andi Wijaya menduduki jabatan ketua partai sejak 2020.",
                  "Pasukan Rusia menduduki kota Avdiivka pada Sabtu (17/2/2024).", published=datetime(2024, 2, 18))
    acts = [actor(art, "Gubernur Andi Wijaya", "IDN"), actor(art, "Pasukan Rusia", "RUS", "org")]
    evs = [e for e in _code(art, *acts) if e.event_type == "COERCE"]
    assert [e.evidence.trigger for e in evs] == ["menduduki"] and evs[0].evidence.start > 0


def test_a_phone_call_carrying_another_act_is_between_that_acts_parties():
    art = article("Perdana Menteri Chile menyampaikan belasungkawa kepada Perdana Menteri Nepal Pushpa Kamal Dahal "
                  "melalui sambungan telepon pada Kamis (11/7/2024).", published=datetime(2024, 7, 12))
    acts = [actor(art, "Perdana Menteri Chile", "CHL"), actor(art, "Nepal", "NPL", "country"),
            actor(art, "Pushpa Kamal Dahal", "NPL")]
    call = next(e for e in _code(art, *acts) if e.event_type == "CONSULT")
    assert (call.mode, call.actor.country, call.recipient.text) == ("phone", "CHL", "Pushpa Kamal Dahal")


def test_support_for_the_governments_stance_goes_to_the_government_not_to_what_the_stance_is_about():
    art = article("Asosiasi Nelayan Sabah mendukung sikap pemerintah menolak kehadiran kapal riset China.",
                  published=datetime(2024, 7, 9))
    acts = [actor(art, "Asosiasi Nelayan Sabah", "MYS", "org", sector="CVL"), actor(art, "China", "CHN", "country")]
    sup = next(e for e in _code(art, *acts) if e.event_type == "SUPPORT")
    assert (sup.recipient.text, sup.recipient.country) == ("pemerintah", "MYS")
