"""Event coder rules of the issue #4 round: purpose clauses sharing their main
clause's future/negation, 'menemukan' (to find) is no meeting, and the rules
added after them. Articles and actors are built directly (as in test_events.py)."""

from datetime import datetime

from peristiwa import events
from peristiwa.events.detect import find_triggers
from peristiwa.events.lexicon import load_lexicon
from test_events import actor, article, sent


def test_purpose_clause_shares_the_main_clauses_future_across_an_apposition():
    art = article("Prabowo dijadwalkan bertolak ke Washington, Amerika Serikat, untuk bertemu Presiden Joe Biden.",
                  published=datetime(2024, 11, 9))
    acts = [actor(art, "Prabowo", "IDN"), actor(art, "Washington", "USA", "country"), actor(art, "Joe Biden", "USA")]
    evs = [e for e in events.code(art, None, acts) if e.event_type == "CONSULT"]
    assert evs and all(e.future for e in evs)


def test_purpose_clause_after_a_negated_verb_is_negated_but_an_adjective_tidak_is_no_negation():
    art = article("Sugiono belum memberikan komitmen untuk menghadiri pertemuan dengan Sybiha.",
                  "Araghchi menyampaikan hasil pembicaraan tidak langsung dengan Washington dalam pertemuan dengan Lavrov.",
                  published=datetime(2025, 3, 19))
    acts = [actor(art, "Sugiono", "IDN"), actor(art, "Sybiha", "UKR"), actor(art, "Araghchi", "IRN"),
            actor(art, "Washington", "USA", "country"), actor(art, "Lavrov", "RUS")]
    evs = {e.recipient.text: e for e in events.code(art, None, acts) if e.event_type == "CONSULT" and e.recipient}
    assert evs["Sybiha"].negated is True
    assert evs["Lavrov"].negated is False


def test_menemukan_to_find_is_no_meeting_but_bertemu_is():
    lex = load_lexicon("id")
    for text in ("Polisi menemukan barang bukti.", "Temuan di Bucha mengejutkan.", "Jasad ditemukan warga."):
        assert not [t for t in find_triggers([sent(text)], lex) if t.entry.type == "CONSULT"], text
    assert [t.entry.type for t in find_triggers([sent("Retno bertemu Wang Yi.")], lex)] == ["CONSULT"]


def test_troops_sent_to_help_another_state_are_military_aid_in_body_and_title():
    art = article("Korea Utara telah mengirim ribuan pasukan khusus ke Rusia untuk membantu perang Moskwa di Ukraina.",
                  title="Korut Kirim Ribuan Pasukan Khusus ke Rusia", published=datetime(2024, 10, 19))
    acts = [actor(art, "Korea Utara", "PRK", "country"), actor(art, "Korut", "PRK", "country"),
            actor(art, "Rusia", "RUS", "country"), actor(art, "Rusia", "RUS", "country", nth=1)]
    evs = events.code(art, None, acts)
    assert [(e.event_type, e.mode, e.recipient.country) for e in evs if e.actor.country == "PRK"] == [("AID", "military", "RUS")]
    # without a purpose of help, troops sent to a border are a show of force
    art = article("Korea Utara mengirim ribuan pasukan ke perbatasan dengan Korea Selatan.", published=datetime(2024, 10, 19))
    acts = [actor(art, "Korea Utara", "PRK", "country"), actor(art, "Korea Selatan", "KOR", "country")]
    assert {e.event_type for e in events.code(art, None, acts)} == {"MOBILIZE"}


def test_missiles_launched_in_an_attack_are_that_attack():
    art = article("Rusia melancarkan serangan rudal ke sejumlah kota di Ukraina pada Senin (8/7).",
                  "Angkatan Udara Ukraina mengatakan Rusia meluncurkan lebih dari 40 rudal dalam serangan pada siang hari itu.",
                  published=datetime(2024, 7, 9))
    acts = [actor(art, "Rusia", "RUS", "country"), actor(art, "Ukraina", "UKR", "country"),
            actor(art, "Ukraina", "UKR", "country", nth=1), actor(art, "Rusia", "RUS", "country", nth=1)]
    evs = events.code(art, None, acts)
    assert [e.event_type for e in evs] == ["ASSAULT"]
    assert evs[0].mode == "heavy-weapons" and evs[0].recipient.country == "UKR"


def test_warning_that_names_a_topic_is_addressed_to_the_other_party_of_the_call():
    art = article("Joe Biden dan Xi Jinping melakukan percakapan telepon pada Selasa (2/4/2024).",
                  "Xi memperingatkan bahwa masalah Taiwan adalah garis merah.", published=datetime(2024, 4, 3))
    acts = [actor(art, "Joe Biden", "USA"), actor(art, "Xi Jinping", "CHN"),
            actor(art, "Xi", "CHN", nth=1, name="Xi Jinping", kb_id="k:xi jinping"),
            actor(art, "Taiwan", "TWN", "country")]
    (warn,) = [e for e in events.code(art, None, acts) if e.event_type == "THREATEN"]
    assert warn.actor.country == "CHN" and warn.recipient is not None and warn.recipient.country == "USA"


def test_a_country_in_the_that_clause_is_not_the_one_warned_outside_a_talk():
    art = article("Menteri Pertahanan Jepang memperingatkan bahwa China meningkatkan aktivitas militer.",
                  published=datetime(2024, 4, 3))
    acts = [actor(art, "Jepang", "JPN", "country"), actor(art, "China", "CHN", "country")]
    assert all(e.recipient is None or e.recipient.country != "CHN"
               for e in events.code(art, None, acts) if e.event_type == "THREATEN")


def test_archive_photo_caption_is_not_coded_but_a_plain_caption_is():
    from peristiwa.model import Article, Block

    def with_caption(cap: str) -> tuple[Article, list]:
        body = "Joe Biden dan Xi Jinping melakukan percakapan telepon pada Selasa (2/4/2024)."
        text = cap + "\n\n" + body
        art = Article(source="t", text=text, blocks=[Block("caption", 0, len(cap)), Block("body", len(cap) + 2, len(text))],
                      published=datetime(2024, 4, 3), language="id")
        names = [("Joe Biden", "USA"), ("Xi Jinping", "CHN")]
        return art, [actor(art, n, c, nth=k) for n, c in names for k in (0, 1)]

    art, acts = with_caption("Foto Arsip: Joe Biden dan Xi Jinping bertemu di Woodside, California, 15 November 2023.")
    assert all(e.evidence.start > 40 for e in events.code(art, None, acts))
    art, acts = with_caption("Joe Biden dan Xi Jinping bertemu di Woodside, California, 15 November 2023.")
    assert any(e.evidence.start < 40 for e in events.code(art, None, acts))


def test_joint_exercise_in_the_lead_takes_its_parties_from_the_next_sentence_on_the_same_noun():
    art = article("Latihan militer gabungan Super Garuda Shield resmi dibuka di Surabaya, Senin (26/8/2024). "
                  "Latihan tahunan yang dipimpin oleh TNI dan militer Amerika Serikat itu melibatkan 4.500 prajurit.",
                  published=datetime(2024, 8, 26))
    acts = [actor(art, "TNI", "IDN", "org"), actor(art, "militer Amerika Serikat", "USA", "country")]
    (ev,) = events.code(art, None, acts)
    assert ev.event_type == "COOPERATE" and {ev.actor.country, ev.recipient.country} == {"IDN", "USA"} and ev.headline
    # a next sentence on another subject names no parties of the exercise
    art = article("Latihan militer gabungan resmi dibuka di Surabaya, Senin (26/8/2024). "
                  "Presiden dipimpin oleh TNI dan militer Amerika Serikat.", published=datetime(2024, 8, 26))
    acts = [actor(art, "TNI", "IDN", "org"), actor(art, "militer Amerika Serikat", "USA", "country")]
    assert events.code(art, None, acts) == []


def test_unplaced_speaker_right_before_the_country_speaks_for_it():
    art = article("Komandan AS Laksamana Samuel Paparo menyatakan Amerika Serikat berkomitmen memperkuat kemitraan "
                  "dengan Indonesia.", published=datetime(2024, 8, 26))
    acts = [actor(art, "AS", "USA", "country"), actor(art, "Laksamana Samuel Paparo", None),
            actor(art, "Amerika Serikat", "USA", "country"), actor(art, "Indonesia", "IDN", "country")]
    (ev,) = [e for e in events.code(art, None, acts) if e.event_type == "AGREE"]
    assert ev.actor.text == "Laksamana Samuel Paparo" and ev.actor.country == "USA" and ev.recipient.country == "IDN"


def test_demand_to_unnamed_state_body_by_a_plain_noun_phrase():
    art = article("Kuasa hukum para korban mendesak polisi segera menahan tersangka.",
                  "Lembaga bantuan hukum mendesak kepolisian segera membebaskan para demonstran.",
                  "Kasus itu ramai dibicarakan di Indonesia.", published=datetime(2025, 9, 4))
    evs = [e for e in events.code(art, None, [actor(art, "Indonesia", "IDN", "country")]) if e.event_type == "REQUEST"]
    assert len(evs) == 2
    assert all(e.actor.how == "np" and e.actor.country == "IDN" and e.recipient.sector == "COP" for e in evs)
    assert {e.mode for e in evs} == {None, "yield"}
    # a pronoun or a named subject is never replaced by a noun phrase
    art = article("Mereka mendesak pemerintah mencabut aturan itu.", "Kasus itu ramai dibicarakan di Indonesia.",
                  published=datetime(2025, 9, 4))
    assert [e for e in events.code(art, None, [actor(art, "Indonesia", "IDN", "country")]) if e.event_type == "REQUEST"] == []


def test_long_gap_demand_keeps_the_one_asked_and_the_next_verb_keeps_the_subject():
    art = article("Partai Demokrat menuntut Yoon segera mundur dan mengancam akan memulai proses pemakzulan.",
                  published=datetime(2024, 12, 4))
    acts = [actor(art, "Partai Demokrat", "KOR", "org"), actor(art, "Yoon", "KOR")]
    got = {(e.event_type, e.actor.text, e.recipient.text) for e in events.code(art, None, acts)}
    assert ("REQUEST", "Partai Demokrat", "Yoon") in got and ("THREATEN", "Partai Demokrat", "Yoon") in got


def test_a_locative_or_an_apposition_is_never_the_subject():
    art = article("Kedutaan Besar Vietnam di Jakarta meminta Indonesia memulangkan para nelayan.",
                  "Perdana Menteri Malaysia Anwar Ibrahim, selaku Ketua ASEAN, menyerukan Thailand menahan diri.",
                  published=datetime(2025, 8, 4))
    acts = [actor(art, "Kedutaan Besar Vietnam", "VNM", "country"), actor(art, "Jakarta", "IDN", "country"),
            actor(art, "Indonesia", "IDN", "country"), actor(art, "Anwar Ibrahim", "MYS"),
            actor(art, "ASEAN", None, "org"), actor(art, "Thailand", "THA", "country")]
    got = {(e.actor.text, e.recipient.text) for e in events.code(art, None, acts) if e.event_type == "REQUEST"}
    assert got == {("Kedutaan Besar Vietnam", "Indonesia"), ("Anwar Ibrahim", "Thailand")}


def test_evaluation_said_of_an_object_is_the_speakers_disapproval_of_its_owner():
    art = article('Departemen Luar Negeri AS menyebut langkah Iran "tidak dapat diterima" dan mendesak Teheran '
                  'segera memulihkan kerja sama.', published=datetime(2025, 7, 2))
    acts = [actor(art, "AS", "USA", "country"), actor(art, "Iran", "IRN", "country"),
            actor(art, "Teheran", "IRN", "country")]
    got = {(e.event_type, e.actor.country, e.recipient.country) for e in events.code(art, None, acts)}
    assert got == {("ACCUSE", "USA", "IRN"), ("REQUEST", "USA", "IRN")}


def test_mention_past_a_comma_is_no_recipient_and_a_headline_trigger_after_another_is_its_object():
    art = article("Beberapa jam sebelum Yoon tiba di Tokyo, Korea Utara menembakkan sebuah rudal balistik.",
                  published=datetime(2023, 3, 16))
    acts = [actor(art, "Yoon", "KOR"), actor(art, "Korea Utara", "PRK", "country")]
    assert not [e for e in events.code(art, None, acts) if e.event_type == "CONSULT" and e.recipient
                and e.recipient.country == "PRK"]
    art = article("Indonesia menyesalkan veto AS atas resolusi itu.", title="Indonesia Sesalkan Veto AS atas Resolusi Gaza",
                  published=datetime(2024, 11, 21))
    acts = [actor(art, "Indonesia", "IDN", "country"), actor(art, "AS", "USA", "country"),
            actor(art, "Indonesia", "IDN", "country", nth=1), actor(art, "AS", "USA", "country", nth=1)]
    assert not [e for e in events.code(art, None, acts) if e.event_type == "REJECT" and e.actor.country == "IDN"]


def test_mention_in_the_clause_embedded_after_a_plain_object_is_no_recipient():
    art = article("Putin menuduh negara-negara Barat memicu konflik di Ukraina dan menerapkan sanksi terhadap Rusia.",
                  "Netanyahu mengancam akan kembali berperang jika Hamas melanggar kesepakatan.",
                  published=datetime(2023, 8, 22))
    acts = [actor(art, "Putin", "RUS", kb_id="Q7747"), actor(art, "Ukraina", "UKR", "country"),
            actor(art, "Rusia", "RUS", "country"), actor(art, "Netanyahu", "ISR"), actor(art, "Hamas", "PSE", "org")]
    evs = events.code(art, None, acts)
    assert all(e.recipient is None or e.recipient.country != "RUS" for e in evs if e.event_type == "ACCUSE")
    (threat,) = [e for e in evs if e.event_type == "THREATEN"]
    assert threat.recipient is not None and threat.recipient.text == "Hamas"  # an auxiliary is no object


def test_policy_announced_after_protests_is_a_concession_dated_by_the_lead():
    art = article("Presiden Prabowo mengumumkan kenaikan PPN hanya berlaku untuk barang mewah. "
                  "Pengumuman itu disampaikan Prabowo di Jakarta, Selasa (31/12/2024).",
                  "Sejumlah mahasiswa menggelar unjuk rasa di Jakarta pada Jumat (27/12/2024).",
                  title="Prabowo Umumkan PPN 12 Persen Hanya untuk Barang Mewah Usai Gelombang Protes",
                  published=datetime(2025, 1, 1, 8))
    acts = [actor(art, "Prabowo", "IDN", kb_id="p:prabowo"), actor(art, "Prabowo", "IDN", nth=1, kb_id="p:prabowo"),
            actor(art, "Prabowo", "IDN", nth=2, kb_id="p:prabowo")]
    (head,) = [e for e in events.code(art, None, acts) if e.headline]
    assert head.event_type == "CONCEDE" and head.recipient.country == "IDN" and str(head.date) == "2024-12-31"


def test_a_trigger_inside_a_long_gap_blocks_the_long_pattern():
    lex = load_lexicon("id")
    types = [t.entry.type for t in find_triggers([sent("Pemerintah mengumumkan jam malam setelah demonstrasi ricuh.")], lex)]
    assert "CONCEDE" not in types and "COERCE" in types


def test_stopping_attacks_is_a_ceasefire_and_aid_via_a_third_country_is_not_for_it():
    art = article("Indonesia mengirimkan bantuan kemanusiaan melalui Mesir.",
                  title="Rusia Setop Serang Infrastruktur Energi Ukraina 30 Hari", published=datetime(2025, 3, 19))
    acts = [actor(art, "Rusia", "RUS", "country"), actor(art, "Ukraina", "UKR", "country"),
            actor(art, "Indonesia", "IDN", "country"), actor(art, "Mesir", "EGY", "country")]
    evs = events.code(art, None, acts)
    assert [(e.event_type, e.mode) for e in evs if e.actor.country == "RUS"] == [("RETREAT", "ceasefire")]
    assert not [e for e in evs if e.recipient is not None and e.recipient.country == "EGY"]


def test_event_noun_closed_by_a_demonstrative_restates_an_earlier_event():
    art = article("Yoon mencabut darurat militer pada Rabu dini hari.",
                  "Amerika Serikat menyatakan lega atas pencabutan darurat militer tersebut.",
                  published=datetime(2024, 12, 4))
    acts = [actor(art, "Yoon", "KOR"), actor(art, "Amerika Serikat", "USA", "country")]
    assert [e.actor.country for e in events.code(art, None, acts) if e.event_type == "RETREAT"] == ["KOR"]


def test_visit_permit_is_no_visit():
    art = article("Keduanya menyalahgunakan izin tinggal kunjungan di Indonesia.", published=datetime(2023, 3, 21))
    acts = [actor(art, "Indonesia", "IDN", "country")]
    assert not [e for e in events.code(art, None, acts) if e.event_type == "CONSULT"]


def test_restated_symmetric_event_keeps_the_person_named_in_either_order():
    art = article("Jaishankar menyatakan kesediaan bekerja sama dengan China.",
                  "Wang Yi dan Jaishankar sepakat untuk mengintensifkan perundingan.", published=datetime(2024, 7, 4))
    acts = [actor(art, "Jaishankar", "IND"), actor(art, "China", "CHN", "country"), actor(art, "Wang Yi", "CHN"),
            actor(art, "Jaishankar", "IND", nth=1)]
    agree = [e for e in events.code(art, None, acts) if e.event_type == "AGREE"]
    assert len(agree) == 1 and {agree[0].actor.text, agree[0].recipient.text} == {"Jaishankar", "Wang Yi"}


def test_summoned_envoy_named_by_the_trigger_tail_is_the_recipient():
    art = article("Korea Selatan memanggil duta besar Rusia di Seoul untuk menuntut penarikan pasukan Korea Utara.",
                  published=datetime(2024, 10, 19))
    acts = [actor(art, "Korea Selatan", "KOR", "country"), actor(art, "duta besar Rusia", "RUS", name=None, kb_id=None),
            actor(art, "pasukan Korea Utara", "PRK", "country")]
    (ev,) = [e for e in events.code(art, None, acts) if e.event_type == "ACCUSE"]
    assert ev.actor.country == "KOR" and ev.recipient.country == "RUS"


def test_the_cause_after_a_protest_is_an_event_not_its_content():
    art = article("Filipina menyampaikan protes keras kepada China setelah kapal China menembakkan meriam air ke kapal "
                  "Filipina pada Sabtu (23/3).", published=datetime(2024, 3, 24))
    acts = [actor(art, "Filipina", "PHL", "country"), actor(art, "China", "CHN", "country"),
            actor(art, "China", "CHN", "country", nth=1), actor(art, "Filipina", "PHL", "country", nth=1)]
    evs = events.code(art, None, acts)
    assert any(e.event_type == "ASSAULT" and e.actor.country == "CHN" and e.recipient.country == "PHL" for e in evs)


def test_relative_clause_verb_has_the_noun_before_yang_as_subject():
    art = article("Blinken mengatakan sanksi itu mencakup perusahaan di negara ketiga yang membantu Rusia.",
                  "Massa membawa spanduk yang mengecam serangan Israel.",
                  "Pasukan Israel yang menyerang Gaza ditarik mundur.", published=datetime(2024, 2, 23))
    acts = [actor(art, "Blinken", "USA"), actor(art, "Rusia", "RUS", "country"), actor(art, "Israel", "ISR", "country"),
            actor(art, "Pasukan Israel", "ISR", "country"), actor(art, "Gaza", "PSE", "country")]
    evs = events.code(art, None, acts)
    assert not [e for e in evs if e.event_type in ("AID", "ACCUSE")]
    assert [(e.actor.country, e.recipient.country) for e in evs if e.event_type == "ASSAULT"] == [("ISR", "PSE")]


def test_passive_signing_by_two_named_agents_is_between_them():
    art = article("Kedua menlu membahas perjanjian yang ditandatangani Presiden Putin dan Presiden Pezeshkian pada Januari.",
                  published=datetime(2025, 4, 18))
    acts = [actor(art, "Presiden Putin", "RUS"), actor(art, "Presiden Pezeshkian", "IRN")]
    (ev,) = [e for e in events.code(art, None, acts) if e.event_type == "AGREE"]
    assert {ev.actor.country, ev.recipient.country} == {"RUS", "IRN"}


def test_arrival_to_attend_a_summit_is_no_visit_to_the_host():
    art = article("Menlu Rusia Sergei Lavrov tiba di Jakarta pada Rabu untuk menghadiri Pertemuan Menlu KTT Asia Timur.",
                  "Macron tiba di Jakarta pada Selasa untuk bertemu Presiden Prabowo.", published=datetime(2023, 7, 13))
    acts = [actor(art, "Sergei Lavrov", "RUS"), actor(art, "Macron", "FRA"), actor(art, "Presiden Prabowo", "IDN")]
    visits = [e for e in events.code(art, None, acts) if e.event_type == "CONSULT" and e.mode == "visit"]
    assert {e.actor.country for e in visits} == {"FRA"}


def test_opposing_a_practice_is_a_stance_and_a_protests_cause_is_no_separate_rejection():
    art = article("China menentang penggunaan kekerasan.", "Ribuan mahasiswa menggelar unjuk rasa menolak kenaikan PPN "
                  "di depan Istana Negara, Jakarta.", "Rusia menentang Amerika Serikat.", published=datetime(2024, 12, 27))
    acts = [actor(art, "China", "CHN", "country"), actor(art, "Jakarta", "IDN", "country"),
            actor(art, "Rusia", "RUS", "country"), actor(art, "Amerika Serikat", "USA", "country")]
    evs = events.code(art, None, acts)
    assert [(e.actor.country, e.recipient.country) for e in evs if e.event_type == "REJECT"] == [("RUS", "USA")]
    assert [e.event_type for e in evs if e.actor.how == "np"] == ["PROTEST"]


def test_what_an_act_stands_for_a_means_or_a_follow_up_is_no_event():
    art = article("Bantuan itu merupakan wujud solidaritas Indonesia kepada Myanmar.",
                  "Zambry mengatakan isu itu harus diselesaikan melalui dialog dengan China.",
                  "Keduanya membahas tindak lanjut pertemuan puncak antara Putin dan Kim.",
                  "Retno berbicara dengan Wang Yi melalui telepon.", published=datetime(2023, 8, 30))
    acts = [actor(art, "Indonesia", "IDN", "country"), actor(art, "Myanmar", "MMR", "country"),
            actor(art, "Zambry", "MYS"), actor(art, "China", "CHN", "country"), actor(art, "Putin", "RUS"),
            actor(art, "Kim", "PRK"), actor(art, "Retno", "IDN"), actor(art, "Wang Yi", "CHN")]
    evs = events.code(art, None, acts)
    assert [(e.event_type, e.actor.text) for e in evs] == [("CONSULT", "Retno")]


def test_reflexive_object_passive_relative_patient_and_purpose_inside_an_object():
    art = article("Massa membubarkan diri sekitar pukul 16.00 di Jakarta.",
                  "Putin menolak usulan gencatan senjata yang telah disetujui Ukraina.",
                  "Kedutaan Besar Rusia mengimbau warganya untuk mematuhi hukum Indonesia.", published=datetime(2025, 3, 19))
    acts = [actor(art, "Jakarta", "IDN", "country"), actor(art, "Putin", "RUS"), actor(art, "Ukraina", "UKR", "country"),
            actor(art, "Kedutaan Besar Rusia", "RUS", "country"), actor(art, "Indonesia", "IDN", "country")]
    evs = events.code(art, None, acts)
    assert not [e for e in evs if e.event_type == "COERCE"]
    assert not [e for e in evs if e.event_type == "AGREE" and e.recipient is not None and e.recipient.country == "RUS"]
    assert not [e for e in evs if e.event_type == "REQUEST" and e.recipient is not None]


def test_event_noun_after_dengan_is_a_condition():
    art = article("Inspektur IAEA hanya dapat memasuki fasilitas nuklir Iran dengan persetujuan Dewan Keamanan.",
                  published=datetime(2025, 7, 2))
    acts = [actor(art, "Iran", "IRN", "country"), actor(art, "Dewan Keamanan", None, "org")]
    assert not [e for e in events.code(art, None, acts) if e.event_type == "AGREE"]


def test_accusation_that_names_the_accused_and_a_coordinated_evaluation_keeps_the_clause_subject():
    art = article("Biden menegaskan kembali tuduhannya bahwa Putin bertanggung jawab atas kematian Navalny.",
                  'Kremlin menolak tuduhan keterlibatan dalam kematian Navalny dan menyebut pernyataan itu "tidak dapat '
                  'diterima".', published=datetime(2024, 2, 23))
    acts = [actor(art, "Biden", "USA"), actor(art, "Putin", "RUS"), actor(art, "Navalny", "RUS"),
            actor(art, "Kremlin", "RUS", "country"), actor(art, "Navalny", "RUS", nth=1)]
    evs = events.code(art, None, acts)
    assert [(e.actor.text, e.recipient.text) for e in evs if e.event_type == "ACCUSE" and e.actor.text == "Biden"] \
        == [("Biden", "Putin")]
    assert not [e for e in evs if e.actor.text == "Navalny"]


def test_headline_list_after_a_comma_before_a_new_clause_is_not_the_recipient_list():
    art = article("Malaysia menolak peta baru China.", title="Malaysia Tolak Peta Standar Baru China, Filipina dan Vietnam Ikut Protes",
                  published=datetime(2023, 8, 30))
    acts = [actor(art, "Malaysia", "MYS", "country"), actor(art, "China", "CHN", "country"),
            actor(art, "Filipina", "PHL", "country"), actor(art, "Vietnam", "VNM", "country"),
            actor(art, "Malaysia", "MYS", "country", nth=1), actor(art, "China", "CHN", "country", nth=1)]
    got = {e.recipient.country for e in events.code(art, None, acts) if e.event_type == "REJECT" and e.recipient}
    assert got == {"CHN"}


def test_pair_subject_of_a_signing_between_two_states_is_the_pair():
    from peristiwa.model import Actor
    art = article("Kedua pemimpin menandatangani deklarasi kemitraan antara Federasi Rusia dan Republik Indonesia.",
                  published=datetime(2025, 6, 19))
    i = art.text.index("Kedua pemimpin")
    pair = Actor(text="Kedua pemimpin", start=i, end=i + 14, type="group", how="pair",
                 members=[Actor(text="Putin", start=i, end=i, name="Vladimir Putin", country="RUS", type="person", kb_id="p1"),
                          Actor(text="Prabowo", start=i, end=i, name="Prabowo", country="IDN", type="person", kb_id="p2")])
    acts = [pair, actor(art, "Federasi Rusia", "RUS", "country"), actor(art, "Republik Indonesia", "IDN", "country")]
    (ev,) = [e for e in events.code(art, None, acts) if e.event_type == "AGREE"]
    assert {ev.actor.name, ev.recipient.name} == {"Vladimir Putin", "Prabowo"}


def test_rejecting_an_accusation_answers_the_accuser_and_a_crowd_may_address_its_government():
    art = article("Kejaksaan Agung menetapkan SW sebagai tersangka korupsi.", "SW langsung ditahan di Rumah Tahanan Salemba.",
                  "Kuasa hukum SW menyatakan kliennya menolak seluruh tuduhan.",
                  "Massa juga mendesak Pemerintah Indonesia mengirim bantuan.", published=datetime(2025, 6, 12))
    acts = [actor(art, "Kejaksaan Agung", "IDN", "org"), actor(art, "SW", "IDN", kb_id=None),
            actor(art, "SW", "IDN", nth=1, kb_id=None), actor(art, "SW", "IDN", nth=2, kb_id=None),
            actor(art, "Pemerintah Indonesia", "IDN", "country")]
    evs = events.code(art, None, acts)
    (arrest,) = [e for e in evs if e.event_type == "COERCE"]
    assert arrest.actor.text == "Kejaksaan Agung" and arrest.recipient.text == "SW"
    assert [e.recipient.text for e in evs if e.event_type == "REJECT"] == ["Kejaksaan Agung"]
    assert [(e.actor.text, e.recipient.country) for e in evs if e.event_type == "REQUEST"] == [("Massa", "IDN")]


def test_support_for_ones_own_country_is_no_statement_and_punishing_with_sanctions_is_sanction():
    art = article("Kedua pemimpin menyatakan dukungan terhadap Keketuaan Malaysia di ASEAN.",
                  published=datetime(2025, 1, 7))
    i = art.text.index("Kedua pemimpin")
    from peristiwa.model import Actor
    pair = Actor(text="Kedua pemimpin", start=i, end=i + 14, type="group", how="pair",
                 members=[Actor(text="Anwar", start=i, end=i, name="Anwar Ibrahim", country="MYS", type="person", kb_id="a"),
                          Actor(text="Wong", start=i, end=i, name="Lawrence Wong", country="SGP", type="person", kb_id="w")])
    acts = [pair, actor(art, "Malaysia", "MYS", "country")]
    got = [(e.actor.name, e.recipient.country if e.recipient else None) for e in events.code(art, None, acts)
           if e.event_type == "SUPPORT" and not e.headline]
    assert ("Anwar Ibrahim", None) not in got
    art = article("Sanksi baru diumumkan.", title="Washington Hukum Moskow dengan Ratusan Sanksi Baru, Navalny Jadi Pemicu",
                  published=datetime(2024, 2, 23))
    acts = [actor(art, "Washington", "USA", "country"), actor(art, "Moskow", "RUS", "country"), actor(art, "Navalny", "RUS")]
    assert [(e.actor.country, e.recipient.country) for e in events.code(art, None, acts) if e.event_type == "SANCTION"] \
        == [("USA", "RUS")]


def test_arrival_and_the_meeting_after_it_are_two_acts():
    art = article("Wong tiba di Putrajaya pada Selasa (7/1) pagi.",
                  "Anwar dan Wong kemudian menggelar pertemuan bilateral di Putrajaya.", published=datetime(2025, 1, 7))
    acts = [actor(art, "Wong", "SGP"), actor(art, "Anwar", "MYS"), actor(art, "Wong", "SGP", nth=1)]
    visits = [e for e in events.code(art, None, acts) if e.event_type == "CONSULT"]
    assert len(visits) == 2


def test_long_demand_complement_prosecution_demand_and_what_a_pact_allows():
    art = article("Retno juga mendesak Dewan Keamanan PBB segera mengambil tindakan untuk menghentikan serangan Israel.",
                  "Vonis itu lebih ringan dibandingkan tuntutan jaksa Kejaksaan Tinggi yang menuntut YC dihukum 12 tahun.",
                  "Pakta itu memungkinkan latihan bersama pasukan Jepang dengan Filipina.", published=datetime(2024, 7, 8))
    acts = [actor(art, "Retno", "IDN"), actor(art, "Dewan Keamanan PBB", None, "org"), actor(art, "Israel", "ISR", "country"),
            actor(art, "Kejaksaan Tinggi", "IDN", "org"), actor(art, "YC", "IDN", kb_id=None),
            actor(art, "Jepang", "JPN", "country"), actor(art, "Filipina", "PHL", "country")]
    evs = events.code(art, None, acts)
    assert not [e for e in evs if e.event_type == "RETREAT"]
    assert [(e.event_type, e.mode, e.recipient.text) for e in evs if e.actor.text == "Kejaksaan Tinggi"] == \
        [("ACCUSE", "allege", "YC")]
    assert all(e.hypothetical for e in evs if e.event_type == "COOPERATE")


def test_event_noun_subject_of_a_future_verb_is_planned():
    art = article("Sugiono menambahkan bantuan akan diserahkan kepada otoritas Myanmar di Yangon.",
                  "Indonesia mengirimkan bantuan kepada Myanmar.", published=datetime(2025, 4, 2))
    acts = [actor(art, "Sugiono", "IDN"), actor(art, "Myanmar", "MMR", "country"), actor(art, "Indonesia", "IDN", "country"),
            actor(art, "Myanmar", "MMR", "country", nth=1)]
    aid = [e for e in events.code(art, None, acts) if e.event_type == "AID"]
    assert [e.future for e in sorted(aid, key=lambda e: e.evidence.start)] == [True, False]


def test_crowd_gathering_to_protest_targets_the_authorities_and_merges_with_a_site_mention():
    art = article("Ratusan warga berkumpul di luar gedung parlemen untuk memprotes keputusan itu.",
                  "Nelayan di Kabupaten Sumbawa juga menggelar aksi serupa di kantor DPRD setempat.",
                  published=datetime(2024, 12, 3))
    acts = [actor(art, "Kabupaten Sumbawa", "IDN", "country")]
    evs = [e for e in events.code(art, None, acts) if e.event_type == "PROTEST"]
    assert len(evs) == 2 and all(e.recipient is not None and e.recipient.sector == "GOV" for e in evs)
