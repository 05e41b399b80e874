"""Event dates: weekday-aware year choice, anchors without a publication date,
relative dates, contradictions."""

from datetime import date

from peristiwa.events.when import DateResolver, pick, weekday_year


def resolved(text, published=None, terms=None):
    r = DateResolver(text, published, "id", terms)
    return [(text[w.start : w.end], w.date.isoformat(), w.source) for w in r.resolved]


def test_weekday_picks_the_year_whose_weekday_matches_before_publication():
    # 9/4/2024 is a Tuesday; published that day
    assert ("Selasa (9/4)", "2024-04-09", "weekday") in resolved("pada hari Selasa (9/4) di Beijing", date(2024, 4, 9))
    # Kamis (2/3): 2 March was a Thursday in 2023 (not 2024), publication in 2024
    assert ("Kamis (2/3)", "2023-03-02", "weekday") in resolved("pada Kamis (2/3) lalu", date(2024, 1, 15))


def test_no_publication_date_anchors_on_other_dates_in_the_article():
    text = "Foto 27 Desember 2022 (Xinhua). Qin Gang pada Senin (9/1) menelepon Lavrov."
    got = resolved(text, None)
    assert ("Senin (9/1)", "2023-01-09", "weekday") in got


def test_no_date_at_all_anchors_on_terms_of_office():
    # Qin Gang was foreign minister 2022-12-30 .. 2023-07-25: the only Monday 9 January in that term is 2023
    got = resolved("Qin pada Senin (9/1) menelepon Lavrov.", None, terms=[(date(2022, 12, 30), date(2023, 7, 25))])
    assert ("Senin (9/1)", "2023-01-09", "weekday") in got


def test_weekday_year_helper():
    assert weekday_year(1, 9, 1, [date(2022, 12, 27)]) == date(2023, 1, 9)
    assert weekday_year(4, 9, 2, [date(2024, 4, 9)], before=date(2024, 4, 9)) == date(2024, 4, 9)
    assert weekday_year(2, 30, 1, [date(2024, 1, 1)]) is None


def test_relative_dates_against_publication():
    pub = date(2024, 4, 10)  # a Wednesday
    got = resolved("Presiden tiba kemarin. Ia bertemu PM pada Senin lalu.", pub)
    assert ("kemarin", "2024-04-09", "relative") in got
    assert ("Senin lalu", "2024-04-08", "relative") in got
    assert ("hari Selasa", "2024-04-09", "relative") in [(t, d, s) for t, d, s in resolved("pada hari Selasa ia tiba", pub)] or \
        any(d == "2024-04-09" for _, d, _ in resolved("pada hari Selasa ia tiba", pub))


def test_explicit_dates_and_weekday_mismatch_warns():
    r = DateResolver("pada Senin, 2 Maret 2023 ia datang", date(2023, 3, 5))
    (w,) = r.resolved
    assert w.date == date(2023, 3, 2) and w.source == "explicit"
    assert w.warnings and "does not match" in w.warnings[0]  # 2 March 2023 was a Thursday


def test_pick_nearest_and_contradiction():
    text = "Ia tiba 2 Maret 2023 dan bertemu pada 5 Maret 2023."
    r = DateResolver(text, date(2023, 3, 6))
    best, warns = pick(r.in_span(0, len(text)), text.index("bertemu"))
    assert best.date == date(2023, 3, 5)
    assert any("contradict" in w for w in warns)


def test_bare_weekday_without_publication_date_uses_the_pages_dates():
    text = "Xi pada Senin (14/4) mengadakan pembicaraan. Xi tiba di Hanoi pada Senin siang."
    got = resolved(text, None, terms=[(date(2012, 11, 15), date(2100, 1, 1))])
    assert ("Senin (14/4)", "2025-04-14", "weekday") in got or ("Senin (14/4)", "2014-04-14", "weekday") in got
    (bare,) = [g for g in got if g[0] == "Senin"]
    assert bare[1] == [g for g in got if g[0] == "Senin (14/4)"][0][1]


def test_a_date_marked_earlier_bounds_a_bare_weekday_from_below():
    text = ("Ratusan nelayan berunjuk rasa di Mataram, Kamis, menolak kuota. "
            "Sebelumnya, pada Senin (16/9/2024), nelayan di Sumbawa juga menggelar aksi serupa.")
    got = resolved(text, None)
    (bare,) = [g for g in got if g[0] == "Kamis"]
    assert bare[1] == "2024-09-19"  # the Thursday after the earlier Monday, not the one before


def test_weekday_date_on_a_page_with_no_anchor_at_all_is_flagged():
    r = DateResolver("Kementerian Luar Negeri China pada Jumat (27/12) mengumumkan sanksi.", None, "id")
    (w,) = [w for w in r.resolved if w.source == "weekday"]
    assert w.date.isoweekday() == 5 and (w.date.month, w.date.day) == (12, 27) and w.date <= date.today()
    assert w.warnings  # the year comes from the reading date, and says so


def test_full_date_beats_a_nearer_relative_one():
    text = "Iran menangguhkan kerja sama setelah undang-undang yang disahkan pekan lalu, Rabu (2/7/2025)."
    r = DateResolver(text, date(2025, 7, 3), "id")
    best, _ = pick(r.in_span(0, len(text)), text.index("menangguhkan"))
    assert best.date == date(2025, 7, 2)


def test_weekday_of_last_week_is_in_the_previous_calendar_week():
    pub = date(2024, 12, 27)  # a Friday
    got = resolved("Departemen itu pada Jumat pekan lalu menyetujui penjualan. Ia tiba pada Senin pekan lalu.", pub)
    assert ("Jumat pekan lalu", "2024-12-20", "relative") in got  # not the day of publication
    assert ("Senin pekan lalu", "2024-12-16", "relative") in got
    # without a publication date, the page's own latest date is the reading date
    text = "Kementerian pada Jumat (27/12/2024) mengumumkan sanksi. AS pada Jumat pekan lalu menyetujui penjualan."
    assert ("Jumat pekan lalu", "2024-12-20", "relative") in resolved(text, None)


def test_undated_page_weekday_takes_the_latest_year_the_page_names():
    # 2 March was a Thursday in 2023 and 2017 (and 2028); "sejak awal 2023" makes it 2023, not the latest
    text = "Polisi pada Kamis (2/3) menangkap dua tersangka. Sejak awal 2023 polisi menangkap 40 orang."
    r = DateResolver(text, None, "id")
    (w,) = [w for w in r.resolved if w.source == "weekday"]
    assert w.date == date(2023, 3, 2) and not w.warnings
    # the same page naming 2017 instead
    r = DateResolver(text.replace("2023", "2017"), None, "id")
    (w,) = [w for w in r.resolved if w.source == "weekday"]
    assert w.date == date(2017, 3, 2)


def test_undated_page_weekday_with_several_fitting_years_is_flagged_uncertain():
    # an open-ended term since 2014: Thursday 2 March fits 2017 and 2023 before today
    r = DateResolver("Presiden pada Kamis (2/3) melantik menteri.", None, "id", terms=[(date(2014, 10, 20), date(2100, 1, 1))])
    (w,) = [w for w in r.resolved if w.source == "weekday"]
    assert w.date.isoweekday() == 4 and (w.date.month, w.date.day) == (3, 2) and w.date <= date.today()
    assert w.warnings and w.warnings[0].startswith("uncertain year")
    # a term that admits only one such Thursday: no doubt, no warning
    r = DateResolver("Qin pada Kamis (2/3) bertemu Blinken.", None, "id", terms=[(date(2022, 12, 30), date(2023, 7, 25))])
    (w,) = [w for w in r.resolved if w.source == "weekday"]
    assert w.date == date(2023, 3, 2) and not w.warnings


def test_undated_page_other_weekday_dates_follow_the_first():
    # 30 Dec is a Friday in 2022; 2 Jan 2023 a Monday: the second lies next to the first, across the new year
    text = "Kemlu pada Jumat (30/12) memanggil dubes. Pada Senin (2/1) dubes itu datang. Sepanjang tahun 2022 ada tiga kasus."
    r = DateResolver(text, None, "id")
    got = sorted(w.date for w in r.resolved if w.source == "weekday")
    assert got == [date(2022, 12, 30), date(2023, 1, 2)]


def test_day_before_counts_from_the_storys_day_not_publication():
    text = "Retno bertemu Qin di New Delhi pada Kamis (2/3/2023). Sehari sebelumnya, Retno bertemu Menlu India."
    got = resolved(text, date(2023, 3, 3))
    assert ("Sehari sebelumnya", "2023-03-01", "relative") in got  # not 2 March (publication - 1)
    # with no earlier date on the page, publication is the reference
    assert ("Sehari sebelumnya", "2023-03-02", "relative") in resolved("Sehari sebelumnya, Retno bertemu Menlu India.", date(2023, 3, 3))
    assert ("keesokan harinya", "2023-03-03", "relative") in resolved(text + " Ia terbang ke Tokyo keesokan harinya.", date(2023, 3, 4))


def test_a_month_after_since_is_no_time_of_the_sentences_event():
    text = "Lavrov menyambut baik bergabungnya Indonesia di BRICS sejak awal Januari 2025."
    r = DateResolver(text, date(2025, 3, 6))
    assert not r.month_year_in(0, len(text))
    assert DateResolver("Putin mengunjungi Beijing pada Februari 2022.", date(2025, 3, 6)).month_year_in(0, 46)


def test_occasion_date_is_the_previous_occasions_day_not_a_statements():
    text = ("Sehari sebelumnya, Rabu (12/7), Wang bertemu Retno. "
            "Dalam pertemuan itu, Wang menyatakan dukungan bagi ASEAN.")
    r = DateResolver(text, date(2023, 7, 14))
    i = text.index("Dalam")
    w = r.occasion_date(i, len(text))
    assert w is not None and w.date == date(2023, 7, 12)
    said = ('"Kami membahas kerja sama," kata Retno dalam keterangan pers, Jumat. '
            "Dalam pertemuan itu, kedua menlu sepakat mempercepat proyek.")
    r = DateResolver(said, date(2023, 7, 14))
    assert r.occasion_date(said.index("Dalam"), len(said)) is None
    # "Dalam kasus tersebut" names no occasion
    other = "Rabu (12/7), KPK menahan Bupati. Dalam kasus tersebut, KPK menyita uang."
    assert DateResolver(other, date(2023, 7, 14)).occasion_date(other.index("Dalam"), len(other)) is None


def test_time_words_file_is_validated(tmp_path):
    import pytest

    from peristiwa.errors import DataError
    from peristiwa.events.when import load_time_words

    bad = tmp_path / "time.yaml"
    bad.write_text("relative_story:\n  id:\n    sehari sebelumnya: kemarin\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"time.yaml.*relative_story\.id"):
        load_time_words(bad)
    bad.write_text("same_occasion:\n  id:\n    nouns: [pertemuan, '']\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"same_occasion\.id\.nouns"):
        load_time_words(bad)


# --- dates the trigger cannot own (time.yaml: future_start, clause_opener) -------------


def _pick(text, trigger, published, others=()):
    r = DateResolver(text, published)
    t0 = text.index(trigger)
    best, _ = pick(r.in_span(0, len(text)), t0, t0 + len(trigger), [text.index(o) for o in others])
    return best.date if best else None


def test_a_start_still_to_come_does_not_date_the_announcement():
    pub = date(2025, 8, 12)
    text = "Kementerian Perdagangan Kanada mengumumkan bea masuk 25 persen atas baja mulai 1 September 2025."
    assert _pick(text, "mengumumkan", pub) is None
    text = "Kanada pada Senin (11/8) mengumumkan bea masuk yang berlaku efektif pada 1 September 2025."
    assert _pick(text, "mengumumkan", pub) == date(2025, 8, 11)


def test_a_start_on_the_reported_day_is_the_event_itself():
    # reported on the day it began: the truce starting is the news, not a future date
    text = "Gencatan senjata di perbatasan kedua negara mulai berlaku pada Minggu (2/3/2025) pukul 06.00."
    assert _pick(text, "Gencatan senjata", date(2025, 3, 2)) == date(2025, 3, 2)


def test_a_date_in_the_reason_clause_dates_the_reason():
    pub = date(2025, 5, 20)
    text = "Kanselir itu memberi selamat kepada PM baru atas kemenangannya dalam pemilu 12 Mei lalu."
    assert _pick(text, "memberi selamat", pub) is None
    # a date closing the sentence after a comma belongs to the main clause
    text = "Kanselir itu memberi selamat kepada PM baru atas kemenangannya, Senin (19/5)."
    assert _pick(text, "memberi selamat", pub) == date(2025, 5, 19)


def test_a_date_in_a_relative_clause_headed_by_another_event_is_that_events():
    pub = date(2025, 5, 19)
    text = "Kemlu mengecam penembakan yang menewaskan dua nelayan di perairan itu pada Sabtu (17/5)."
    assert _pick(text, "mengecam", pub, others=["penembakan"]) is None
    assert _pick(text, "penembakan", pub, others=["mengecam"]) == date(2025, 5, 17)
    # no event word heading the clause: the date stays the verb's
    text = "Menlu menerima dubes yang baru ditunjuk pada Sabtu (17/5)."
    assert _pick(text, "menerima", pub) == date(2025, 5, 17)


def test_a_day_after_the_story_counts_from_the_storys_day_not_a_statement_day():
    pub = date(2025, 6, 7)
    text = ("Kedua delegasi bertemu di Doha, Rabu (4/6/2025). \"Kami optimistis,\" kata juru runding itu dalam "
            "keterangan pers, Jumat (6/6/2025). Pasukan itu menembaki sebuah desa sehari setelah perundingan.")
    r = DateResolver(text, pub, spans=[(text.index("Pasukan"), len(text))])
    (w,) = [w for w in r.resolved if text[w.start : w.end] == "sehari setelah"]
    assert w.date == date(2025, 6, 5)  # Wednesday + 1, not Friday's statement + 1


def test_a_speech_tag_placing_the_speaker_marks_the_statement_day():
    text = "\"Kami sepakat,\" kata Menlu kepada wartawan di Gedung Pancasila, Jakarta Pusat, Rabu (9/4/2025)."
    r = DateResolver(text, date(2025, 4, 9))
    (w,) = r.resolved
    assert r.said_on(w)
    text = "Kedua menteri bertemu di Gedung Pancasila, Jakarta Pusat, Rabu (9/4/2025)."
    r = DateResolver(text, date(2025, 4, 9))
    (w,) = r.resolved
    assert not r.said_on(w)


def test_a_date_in_an_inserted_relative_clause_does_not_date_the_verb_after_it():
    pub = date(2025, 3, 5)
    text = ("Kanselir Jerman, yang tiba di Hanoi pada Senin (3/3) untuk kunjungan resmi, bertemu Perdana Menteri "
            "Vietnam di Istana Kepresidenan, Selasa.")
    assert _pick(text, "bertemu", pub) == date(2025, 3, 4)  # the bare Tuesday, not Monday's arrival
    assert _pick(text, "tiba", pub) == date(2025, 3, 3)


def test_a_week_ago_in_one_word():
    pub = date(2025, 6, 12)
    got = resolved("Menteri itu ditangkap sepekan lalu dan diperiksa sore tadi.", pub)
    assert ("sepekan lalu", "2025-06-05", "relative") in got
    assert ("sore tadi", "2025-06-12", "relative") in got


def test_a_story_day_given_by_a_bare_weekday_anchors_the_next_day():
    pub = date(2025, 3, 14)  # a Friday
    text = "Para menteri bertemu di Riyadh pada hari Selasa. Keesokan harinya, delegasi itu menandatangani kesepakatan."
    r = DateResolver(text, pub)
    (w,) = [w for w in r.resolved if text[w.start : w.end].lower() == "keesokan harinya"]
    assert w.date == date(2025, 3, 12)  # Tuesday 11 March + 1, not publication + 1


def test_an_act_marked_earlier_is_placed_in_another_time():
    text = "Penyidik sebelumnya menggeledah rumah tersangka di Depok. Penyidik menahan tersangka itu."
    r = DateResolver(text, date(2025, 2, 20))
    first_end = text.index(".") + 1
    assert r.month_year_in(0, first_end)  # no publication or scene date for it
    assert not r.month_year_in(first_end + 1, len(text))


def test_an_upcoming_date_is_never_the_storys_day():
    pub = date(2024, 8, 29)
    text = ("Kedua menteri menandatangani perjanjian di Canberra, Kamis (29/8/2024). Menteri itu, yang akan dilantik "
            "pada 20 Oktober mendatang, memuji perjanjian itu. Ia tiba di Canberra sehari sebelumnya.")
    r = DateResolver(text, pub, spans=[(0, text.index(".") + 1), (text.index("Ia tiba"), len(text))])
    (w,) = [w for w in r.resolved if text[w.start : w.end] == "sehari sebelumnya"]
    assert w.date == date(2024, 8, 28)
    (up,) = r.dates_in(text.index("Menteri itu"), text.index("Ia tiba"))
    assert up.future


def test_a_yearless_coming_start_is_not_read_as_last_years_date():
    pub = date(2025, 7, 8)
    text = "Presiden AS mengumumkan tarif 25 persen untuk produk Jepang mulai 1 Agustus."
    assert _pick(text, "mengumumkan", pub) is None


def test_a_date_after_pada_in_a_reason_clause_dates_the_verb():
    pub = date(2025, 3, 3)
    text = "Polisi menangkap seorang artis terkait kasus narkoba pada Sabtu (1/3) malam."
    assert _pick(text, "menangkap", pub) == date(2025, 3, 1)
    text = "Tersangka itu ditahan sejak Senin (3/3) di Rutan Salemba."
    assert _pick(text, "ditahan", pub) == date(2025, 3, 3)


def test_a_since_date_belongs_to_the_verb_right_before_it():
    pub = date(2023, 8, 30)
    text = "Presiden Prancis menyerukan pembebasan Bazoum, yang ditahan sejak kudeta 26 Juli."
    assert _pick(text, "ditahan", pub) == date(2023, 7, 26)
    assert _pick(text, "menyerukan", pub) is None
