"""Menu, share and credits lines next to the headline (clean/furniture.py), and
one-sentence leads that end in a full date (clean/header.py: dated_lead).

Snippets are written for this test; whole pages are in tests/data/clean (see
test_clean_fixtures.py)."""

from __future__ import annotations

import pytest

from peristiwa.clean import clean
from peristiwa.clean.data import cues
from peristiwa.clean.furniture import credits_line, menu_line
from peristiwa.clean.line import features, Line
from peristiwa.model import Document

TITLE = "Menlu Terima Dubes Jepang di Jakarta"
BODY = (
    "JAKARTA - Menteri Luar Negeri menerima kunjungan Duta Besar Jepang di Gedung Pancasila pada Senin (9/12).\n\n"
    "Dalam pertemuan itu kedua pihak membahas kerja sama ekonomi dan rencana kunjungan perdana menteri tahun depan.\n\n"
    "Kementerian menyebut pertemuan berlangsung hangat dan kedua pihak sepakat bertemu lagi bulan depan."
)


def _doc(text: str) -> Document:
    return Document(source="furniture.txt", kind="text", text=text)


def _line(text: str) -> Line:
    return features(Line(n=1, text=text))


@pytest.mark.parametrize(
    "menu",
    [
        "Beranda Nasional Internasional Ekonomi Olahraga",
        "Kompas.com Nasional Regional Megapolitan Tren",
        "detikNews Berita Daerah Hukum Politik",
        "Home News World Business Opinion",
        "Nasional Politik Pilkada Hukum Ekonomi",  # one item the word list lacks
        "Share : Facebook Twitter WhatsApp Telegram",
        "Bagikan: Facebook X WhatsApp Salin Link",
    ],
)
def test_menu_and_share_lines_are_neither_title_nor_caption(menu):
    for page in (f"{menu}\n\n{TITLE}\n\n{BODY}", f"{TITLE}\n\n{menu}\n\n{BODY}"):
        a = clean(_doc(page))
        assert a.title == TITLE and a.captions == [] and menu not in a.text


@pytest.mark.parametrize(
    "headline",
    [
        "Ekonomi Indonesia dan Dunia di Tahun Politik",
        "Politik Hukum Kita Sedang Diuji",
        "Harga Bola Lampu Naik",
        "Nasional Demokrat Usung Calon Gubernur",
    ],
)
def test_headlines_made_of_some_section_words_stay_titles(headline):
    assert not menu_line(_line(headline), cues())
    assert clean(_doc(f"{headline}\n\n{BODY}")).title == headline


@pytest.mark.parametrize(
    "line,kind",
    [
        ("Penulis Budi Santoso | Editor Rina Wulandari", "labelled"),
        ("Rep: Dewi Anggraini/ Red: Agus Salim", "labelled"),
        ("Writer: Jane Doe | Editor: John Roe", "labelled"),
        ("Penulis Kontributor Makassar, Andi Baso | Editor Sari", "labelled"),
        ("Market - Budi Santoso, CNBC Indonesia", "outlet"),
        ("Rina Wulandari - Bisnis.com", "outlet"),
        ("Andi Pratama - detikNews", "outlet"),
        ("Menlu Terima Dubes Jepang - Kompas.com", "outlet"),  # the caller decides: see below
        ("Menlu Terima Dubes Jepang di Jakarta", None),
        ("Prabowo, Xi Jinping dan Masa Depan Asia", None),
        ("Penulis muda asal Bandung - Kompas.com", None),  # lower-case after the label: prose
        ("Editor: Rina. Penulis: Budi Santoso.", None),  # ends like a sentence
    ],
)
def test_credits_line_shapes(line, kind):
    assert credits_line(_line(line), cues()) == kind


@pytest.mark.parametrize(
    "byline",
    ["Penulis Budi Santoso | Editor Rina Wulandari", "Market - Budi Santoso, CNBC Indonesia", "Rina Wulandari - Bisnis.com"],
)
def test_credits_lines_above_or_below_the_headline_are_dropped(byline):
    for page in (f"{byline}\n\n{TITLE}\n\n{BODY}", f"{TITLE}\n\n{byline}\n\n{BODY}"):
        a = clean(_doc(page))
        assert a.title == TITLE and a.captions == [] and byline not in a.text


def test_headline_ending_in_the_site_name_stays_the_title_when_it_is_the_only_one():
    headline = "Menlu Terima Dubes Jepang - Kompas.com"
    # it stays the title (not a dropped byline); the site's name after the dash is cut (round 4)
    assert clean(_doc(f"{headline}\n\n{BODY}")).title == "Menlu Terima Dubes Jepang"


def test_contact_email_line_and_next_article_link_are_dropped():
    page = f"{TITLE}\n\n{BODY}\n\nredaksi@contoh.co.id\n\nNext Article Harga Beras Naik Lagi di Pasar Induk"
    a = clean(_doc(page))
    assert "redaksi@" not in a.text and "Harga Beras" not in a.text and len(a.paragraphs) == 3


LEAD = "Ratusan nelayan berunjuk rasa di depan kantor bupati menolak rencana tambang pasir laut, Kamis (12/12/2024)."
CAPTION = "Nelayan membawa spanduk penolakan di depan kantor bupati, Kamis (12/12/2024)."
NEXT = "Mereka datang dengan puluhan perahu lalu berjalan kaki sambil membawa spanduk dan bendera."
MORE = "Perwakilan pemerintah kabupaten menerima lima orang nelayan untuk berdialog di ruang rapat."
NEXT_DATED = "Ratusan nelayan berunjuk rasa menolak tambang pasir laut pada Kamis (12/12). Mereka datang dengan perahu."


def test_lead_with_no_dateline_ending_in_a_full_date_is_body():
    a = clean(_doc(f"Nelayan Demo Tolak Tambang Pasir\n\n{LEAD}\n\n{NEXT}\n\n{MORE}"))
    assert a.paragraphs[0] == LEAD and a.captions == []


def test_caption_ending_in_a_date_above_a_dated_lead_stays_a_caption():
    a = clean(_doc(f"Nelayan Demo Tolak Tambang Pasir\n\n{CAPTION}\n\n{NEXT_DATED}\n\n{NEXT}"))
    assert a.captions == [CAPTION] and a.paragraphs[0] == NEXT_DATED


def test_caption_repeated_as_alt_text_stays_a_caption():
    a = clean(_doc(f"Nelayan Demo Tolak Tambang Pasir\n\n{CAPTION}\n{CAPTION}\n\n{LEAD}\n\n{NEXT}"))
    assert a.captions == [CAPTION] and a.paragraphs[0] == LEAD


def test_caption_with_a_credit_stays_a_caption_above_an_undated_paragraph():
    cap = "Nelayan membawa spanduk penolakan, Kamis (12/12/2024). (ANTARA FOTO/Dedhez Anggara)"
    a = clean(_doc(f"Nelayan Demo Tolak Tambang Pasir\n\n{cap}\n\n{NEXT}\n\n{MORE}"))
    assert a.captions == [cap]


@pytest.mark.parametrize(
    "credits", ["Penulis Budi Santoso | Editor Rina Wulandari", "Rep: Budi Santoso/ Red: Rina", "Budi Santoso - Bisnis.com"]
)
def test_credits_lines_inside_or_after_the_text_are_no_paragraph(credits):
    more = "Kedua pihak sepakat bertemu lagi bulan depan di Tokyo untuk membahas rencana investasi baru."
    for page in (f"{TITLE}\n\n{BODY}\n\n{credits}\n\n{more}", f"{TITLE}\n\n{BODY}\n\n{credits}"):
        a = clean(_doc(page))
        assert credits not in a.text and a.paragraphs[-1].startswith(("Kedua pihak", "Kementerian"))
    assert clean(_doc(f"{TITLE}\n\n{BODY}\n\n{credits}\n\n{more}")).paragraphs[-1] == more
