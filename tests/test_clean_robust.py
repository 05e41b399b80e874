"""Cleaning on page shapes the shared test pages do not show (issue #2).

Every page and snippet here is written for this test: datelines of many
outlets, header-date variants, lists inside the body, short leads, pages
without a headline line, and meta times labelled UTC that are local."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from peristiwa.clean import clean
from peristiwa.clean.dateline import split_dateline
from peristiwa.model import Document

LEAD = "Presiden menerima kunjungan menteri luar negeri di istana pada Senin pagi."


def _doc(text: str, **kw) -> Document:
    return Document(source="robust.txt", kind="text", text=text, **kw)


@pytest.mark.parametrize(
    "head,place,country,code,agency",
    [
        ("SURABAYA, detikJatim -", "Surabaya", None, None, "Detik"),
        ("Jakarta (ANTARA) -", "Jakarta", None, "IDN", "ANTARA"),
        ("Jakarta, (ANTARA) -", "Jakarta", None, "IDN", "ANTARA"),
        ("WASHINGTON DC, KOMPAS.com -", "Washington DC", None, "USA", "Kompas.com"),
        ("Kuala Lumpur (Bernama) --", "Kuala Lumpur", None, "MYS", "Bernama"),
        ("TEMPO.CO, Jakarta -", "Jakarta", None, "IDN", "Tempo"),
        ("Liputan6.com, Jakarta -", "Jakarta", None, "IDN", "Liputan6"),
        ("JAKARTA -", "Jakarta", None, "IDN", None),
        ("Bandung, IDN Times -", "Bandung", None, None, "IDN Times"),
        ("Semarang, Suara Pos -", "Semarang", None, None, "Suara Pos"),  # unknown outlet: its last word says so
        ("Jakarta, kumparan -", "Jakarta", None, "IDN", "kumparan"),
        ("MEDAN, tribunMedan.com -", "Medan", None, None, "Tribunnews"),
        ("PARIS, Prancis (AFP) -", "Paris", "Prancis", "FRA", "AFP"),
    ],
)
def test_dateline_variants(head, place, country, code, agency):
    dl, rest = split_dateline(f"{head} {LEAD}")
    assert (dl.place, dl.country, dl.country_code, dl.agency) == (place, country, code, agency)
    assert rest == LEAD and dl.raw == head


@pytest.mark.parametrize(
    "para",
    [
        "Jakarta, kemarin - Presiden berkata bahwa semua baik.",  # a lower-case word is no place or outlet
        "kemudian - ia berkata bahwa semua baik.",
        "Ia - yang dikenal sebagai tokoh - berkata.",
    ],
)
def test_not_datelines(para):
    assert split_dateline(para)[0] is None


def test_dateline_stripped_from_first_paragraph_in_a_page():
    page = f"Presiden Terima Menlu Jepang di Istana\n\nBandung, IDN Times - {LEAD}\n\nKeduanya membahas kerja sama ekonomi dan keamanan maritim di kawasan."
    a = clean(_doc(page))
    assert a.paragraphs[0] == LEAD and a.agency == "IDN Times" and a.dateline.place == "Bandung"


BODY = (
    "Menteri Luar Negeri menerima kunjungan kehormatan Duta Besar Jepang di Jakarta dan membahas kerja sama ekonomi.\n\n"
    "Keduanya juga membahas keamanan maritim di kawasan serta rencana kunjungan kenegaraan tahun depan."
)
WIB = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    "header,published",
    [
        ("Senin, 09 Des 2024 14:05 WIB", datetime(2024, 12, 9, 14, 5, tzinfo=WIB)),
        ("09/12/2024, 14:05 WIB", datetime(2024, 12, 9, 14, 5, tzinfo=WIB)),
        ("Diterbitkan 9 Desember 2024", datetime(2024, 12, 9)),
        ("Kompas.com - 09/12/2024, 14:05 WIB", datetime(2024, 12, 9, 14, 5, tzinfo=WIB)),
        ("Kompas.com, 9 Desember 2024, 14:05 WIB", datetime(2024, 12, 9, 14, 5, tzinfo=WIB)),
        ("Selasa, 10 Desember 2024 | 07:15 WIB", datetime(2024, 12, 10, 7, 15, tzinfo=WIB)),
        ("Dec 9, 2024 2:05 PM", datetime(2024, 12, 9, 14, 5)),
        ("Senin, 09 Des 2024 14:05 WITA", datetime(2024, 12, 9, 14, 5, tzinfo=timezone(timedelta(hours=8)))),
    ],
)
def test_header_date_variants(header, published):
    a = clean(_doc(f"{header}\n\nMenlu Terima Dubes Jepang di Jakarta\n\n{BODY}"))
    assert a.published == published and a.published_source == "header"
    assert a.title == "Menlu Terima Dubes Jepang di Jakarta" and header not in a.text


def test_outlet_dated_lines_in_a_related_list_are_not_the_publication_date():
    page = (
        f"Menlu Terima Dubes Jepang di Jakarta\n\n{BODY}\n\nBerita Terkait\n\n"
        "Harga Beras Naik Jelang Natal\n\nKompas.com - 08/12/2024, 10:00 WIB\n\n"
        "Banjir Rendam Ratusan Rumah di Bekasi\n\nKompas.com - 07/12/2024, 09:00 WIB"
    )
    a = clean(_doc(page))
    assert a.published is None and "Harga Beras" not in a.text and len(a.paragraphs) == 2
