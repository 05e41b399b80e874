from datetime import date, datetime, timedelta, timezone

import pytest

from peristiwa.dates import find_dates, parse_datetime, vocabulary


def _texts(s):
    return [(m.text, m.kind) for m in find_dates(s)]


def test_explicit_and_weekday_forms():
    s = "Qin pada Senin (9/1) menelepon Lavrov; latihan berakhir Selasa (27/12/2022) dan 27 Desember 2022."
    assert _texts(s) == [("Senin (9/1)", "weekday"), ("Selasa (27/12/2022)", "explicit"), ("27 Desember 2022", "explicit")]
    ms = find_dates(s)
    assert s[ms[0].start : ms[0].end] == "Senin (9/1)"
    assert ms[0].weekday == 1 and (ms[0].day, ms[0].month, ms[0].year) == (9, 1, None)
    assert ms[1].date() == date(2022, 12, 27)


def test_header_datetimes_are_tz_aware_only_when_zone_written():
    wib = parse_datetime("Rabu, 2 April 2025 15:22:12 WIB")
    assert wib == datetime(2025, 4, 2, 15, 22, 12, tzinfo=timezone(timedelta(hours=7)))
    assert parse_datetime("Kamis, 2 Maret 2023 14:20 WIT").utcoffset() == timedelta(hours=9)
    assert parse_datetime("Jumat, 3 Maret 2023 08.45 WITA").utcoffset() == timedelta(hours=8)
    naive = parse_datetime("Tuesday 9 April 2024 - 23:30")
    assert naive == datetime(2024, 4, 9, 23, 30) and naive.tzinfo is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("on April 9, 2024 the ministers met", date(2024, 4, 9)),
        ("27/12/2022", date(2022, 12, 27)),
        ("2016-02-16T14:38:00+07:00", date(2016, 2, 16)),
        ("9 Apr 2024", date(2024, 4, 9)),
        ("Isnin, 8 Disember 2025", date(2025, 12, 8)),
    ],
)
def test_complete_dates(text, expected):
    (m,) = find_dates(text)
    assert m.date() == expected


def test_partial_dates_and_resolution():
    d = {m.text: m for m in find_dates("serangan pada 22 Maret, kemitraan sejak Februari 2022, dan Kamis (2/3) lalu pada Jumat")}
    assert d["22 Maret"].kind == "day_month" and d["22 Maret"].date() is None
    assert d["Februari 2022"].kind == "month_year" and d["Februari 2022"].month == 2
    assert d["Kamis (2/3)"].resolve(date(2023, 3, 3)) == date(2023, 3, 2)
    assert d["Jumat"].resolve(date(2023, 3, 8)) == date(2023, 3, 3)  # the latest Friday on or before
    # year boundary: "(30/12)" read in early January is last year
    (m,) = find_dates("Jumat (30/12)")
    assert m.resolve(date(2023, 1, 2)) == date(2022, 12, 30)


def test_no_false_dates():
    assert find_dates("Minggu lalu 12 orang hadir; May the ministers meet?") == []
    assert find_dates("Pasal 33/1999 tentang ...") == []


def test_vocabulary_loaded_from_yaml():
    v = vocabulary()
    assert v.months["desember"] == 12 and v.weekdays["kamis"] == 4 and v.timezones["wita"] == 8


def test_utc_offsets_written_after_zone_names():
    assert parse_datetime("April 9, 2024 10:30 AM GMT+7").utcoffset() == timedelta(hours=7)
    assert parse_datetime("9 April 2024 10:00 UTC-05:00").utcoffset() == timedelta(hours=-5)


def test_year_first_slash_dates():
    from peristiwa.dates import find_dates

    got = [(d.year, d.month, d.day, d.hour, d.minute) for d in find_dates("Diperbarui 2025/03/11 20:15 WIB")]
    assert got[:1] == [(2025, 3, 11, 20, 15)]
    assert [(d.year, d.month, d.day) for d in find_dates("arsip 2024/2/9")] == [(2024, 2, 9)]
    assert find_dates("nomor 2025/13/40") == []  # no month 13
    assert find_dates("2025-03/11") == []  # mixed separators are no date
