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
        ("SURABAYA, detikJatim -", "Surabaya", None, "IDN", "Detik"),
        ("Jakarta (ANTARA) -", "Jakarta", None, "IDN", "ANTARA"),
        ("Jakarta, (ANTARA) -", "Jakarta", None, "IDN", "ANTARA"),
        ("WASHINGTON DC, KOMPAS.com -", "Washington DC", None, "USA", "Kompas.com"),
        ("Kuala Lumpur (Bernama) --", "Kuala Lumpur", None, "MYS", "Bernama"),
        ("TEMPO.CO, Jakarta -", "Jakarta", None, "IDN", "Tempo"),
        ("Liputan6.com, Jakarta -", "Jakarta", None, "IDN", "Liputan6"),
        ("JAKARTA -", "Jakarta", None, "IDN", None),
        ("Bandung, IDN Times -", "Bandung", None, "IDN", "IDN Times"),
        ("Semarang, Suara Pos -", "Semarang", None, "IDN", "Suara Pos"),  # unknown outlet: its last word says so
        ("Jakarta, kumparan -", "Jakarta", None, "IDN", "kumparan"),
        ("MEDAN, tribunMedan.com -", "Medan", None, "IDN", "Tribunnews"),
        ("MAKASSAR, FAJAR -", "Makassar", None, "IDN", "FAJAR"),  # after the place, no known region: the outlet
        ("Makassar, Sulsel (ANTARA) -", "Makassar", "Sulsel", "IDN", "ANTARA"),
        ("Nusa Dua, Bali -", "Nusa Dua", "Bali", "IDN", None),
        ("Jakarta, Kamis (9/12) -", "Jakarta", None, "IDN", None),  # weekday and date are no place or agency
        ("Jakarta, 9 Desember 2024 (ANTARA) -", "Jakarta", None, "IDN", "ANTARA"),
        ("LONDON, Dec. 9 (Reuters) -", "London", None, "GBR", "Reuters"),
        ("VIENNA, December 9 (IRNA) -", "Vienna", None, "AUT", "IRNA"),
        ("Sydney -", "Sydney", None, "AUS", None),  # the big namesake wins
        ("KUALA LUMPUR:", "Kuala Lumpur", None, "MYS", None),  # Malaysian papers: an ALL-CAPS known place and a colon
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
        "TANYA: Apa yang dibahas dalam pertemuan itu?",  # a speaker label, not a place
        "Jakarta: Presiden berkata bahwa semua baik.",
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


AGREEMENT = (
    "Kedua Negara Sepakati Lima Poin Kerja Sama\n\n"
    "Jakarta (ANTARA) - Indonesia dan Vietnam menyepakati lima poin kerja sama dalam pertemuan di Jakarta. Poin kesepakatan:\n\n"
    "- Patroli bersama di perairan perbatasan diperkuat\n"
    "- Perundingan batas ZEE dipercepat\n"
    "- Perdagangan ditingkatkan\n\n"
    "Menlu menyebut kesepakatan itu sebagai tonggak penting dalam hubungan kedua negara yang sudah terjalin lama.\n\n"
    "Menurut dia, kedua menteri juga sepakat:\n\n"
    "1. memperluas pertukaran pelajar\n"
    "2. membuka penerbangan langsung Jakarta-Hanoi\n\n"
    "Pertemuan berikutnya dijadwalkan berlangsung di Hanoi pada tahun depan, kata juru bicara kementerian.\n\n"
    "Berita Terkait\n\n"
    "- Prabowo Terima Kunjungan PM Vietnam di Istana\n"
    "- Harga Beras Naik Jelang Natal\n"
)


def test_list_points_inside_the_body_are_kept_headline_lists_dropped():
    a = clean(_doc(AGREEMENT))
    body = a.body
    for point in ("- Patroli bersama", "- Perundingan batas ZEE", "- Perdagangan ditingkatkan", "1. memperluas", "2. membuka"):
        assert point in body
    assert a.paragraphs[0].endswith("Poin kesepakatan:") and a.agency == "ANTARA"
    assert "Prabowo Terima" not in a.text and "Harga Beras" not in a.text


def test_marked_sentence_case_points_without_lead_in_are_kept_when_prose_follows():
    page = (
        "Polisi Ungkap Kronologi Penangkapan\n\n"
        "Polisi menangkap tiga tersangka penyelundupan di pelabuhan pada Sabtu malam setelah menerima laporan warga.\n\n"
        "• tersangka pertama ditangkap di dermaga\n"
        "• dua lainnya ditangkap di sebuah gudang\n\n"
        "Para tersangka kini ditahan di markas kepolisian daerah untuk pemeriksaan lebih lanjut."
    )
    a = clean(_doc(page))
    assert "• dua lainnya ditangkap di sebuah gudang" in a.paragraphs and len(a.paragraphs) == 4


def test_title_case_list_after_read_also_is_dropped():
    page = (
        "Polisi Ungkap Kronologi Penangkapan\n\n"
        "Polisi menangkap tiga tersangka penyelundupan di pelabuhan pada Sabtu malam setelah menerima laporan warga.\n\n"
        "Baca juga:\n\n- Polisi Tangkap Bandar Narkoba di Medan\n- Kapal Asing Ditangkap di Natuna\n- Harga Cabai Melonjak\n\n"
        "Para tersangka kini ditahan di markas kepolisian daerah untuk pemeriksaan lebih lanjut."
    )
    a = clean(_doc(page))
    assert len(a.paragraphs) == 2 and "Natuna" not in a.text and "Cabai" not in a.text


@pytest.mark.parametrize("lead", ["JAKARTA - Polisi menangkap dua pengedar.", "Polisi menangkap dua pengedar narkoba."])
def test_short_lead_is_body_not_a_caption(lead):
    page = (
        f"Polisi Tangkap Dua Pengedar\n\n{lead}\n\n"
        "Keduanya ditangkap di sebuah rumah kontrakan pada Minggu malam setelah polisi menerima laporan warga sekitar.\n\n"
        "Barang bukti berupa sabu seberat dua kilogram disita dari lokasi penangkapan."
    )
    a = clean(_doc(page))
    assert a.captions == [] and len(a.paragraphs) == 3
    assert a.paragraphs[0].startswith("Polisi menangkap dua pengedar")


def test_short_caption_with_a_cue_stays_a_caption():
    page = (
        "Polisi Tangkap Dua Pengedar\n\nBarang bukti sabu. (ANTARA/Budi)\n\nFoto: Dok. Polda Metro\n\n"
        "Polisi menangkap dua pengedar narkoba di sebuah rumah kontrakan pada Minggu malam setelah menerima laporan warga."
    )
    a = clean(_doc(page))
    assert a.captions == ["Barang bukti sabu. (ANTARA/Budi)", "Foto: Dok. Polda Metro"] and len(a.paragraphs) == 1


def test_lead_ending_in_a_date_after_a_byline_is_body_with_its_dateline():
    page = (
        "Selasa, 16 Januari 2024 22:10 WIB\n\nKejaksaan Tahan Pejabat Dinas Terkait Suap\n\n"
        "Laporan Wartawan Contoh.com, Nama Penulis\n\n"
        "CONTOH.COM, PALEMBANG - Kejaksaan menahan seorang pejabat dinas berinisial AB, Selasa (16/1/2024).\n\n"
        "AB ditahan selama 20 hari pertama di rumah tahanan negara untuk kepentingan penyidikan."
    )
    a = clean(_doc(page))
    assert a.paragraphs[0].startswith("Kejaksaan menahan") and a.dateline.place == "Palembang"
    assert a.captions == [] and "Laporan Wartawan" not in a.text


def test_dateline_after_a_standfirst():
    page = (
        "Menlu RI dan Menlu Jepang bertemu di Tokyo\n\n"
        "Kedua menlu sepakat mempercepat sejumlah proyek strategis dan memperkuat koordinasi di kawasan.\n\n"
        "Tokyo (ANTARA) - Menteri Luar Negeri RI bertemu Menteri Luar Negeri Jepang di Tokyo pada Kamis (2/3).\n\n"
        "Pertemuan itu merupakan yang pertama sejak keduanya menjabat."
    )
    a = clean(_doc(page))
    assert (a.dateline.place, a.agency) == ("Tokyo", "ANTARA")
    assert a.paragraphs[1].startswith("Menteri Luar Negeri RI bertemu")


@pytest.mark.parametrize(
    "first",
    [
        "Apakah Indonesia akan bergabung dengan BRICS tahun ini?",  # a question headline in sentence case
        "Presiden minta semua menteri bekerja lebih keras!",
    ],
)
def test_sentence_shaped_headline_is_the_title(first):
    page = f"{first}\n\n{BODY}"
    a = clean(_doc(page))
    assert a.title == first and a.paragraphs[0].startswith("Menteri Luar Negeri menerima")


def test_headline_ending_in_a_stop_above_a_dateline_lead_is_the_title():
    page = f"Polisi tangkap dua pengedar sabu di Jakarta Timur.\n\nJAKARTA - {LEAD}\n\nKeduanya membahas kerja sama ekonomi."
    a = clean(_doc(page))
    assert a.title == "Polisi tangkap dua pengedar sabu di Jakarta Timur." and a.paragraphs[0] == LEAD


def test_page_starting_with_its_lead_has_no_title():
    a = clean(_doc(f"JAKARTA - {LEAD}\n\n{BODY}"))
    assert a.title is None and a.paragraphs[0] == LEAD
    a = clean(_doc(f"{LEAD} Ia juga membahas rencana kunjungan balasan.\n\n{BODY}"))
    assert a.title is None and len(a.paragraphs) == 3


def _html_page(meta: str, header: str, related: str = "") -> Document:
    paras = "".join(
        f"<p>Paragraf {i}: Menteri Luar Negeri menerima kunjungan kehormatan Duta Besar Jepang di Jakarta dan "
        "membahas kerja sama ekonomi serta keamanan maritim di kawasan.</p>" for i in range(1, 5)
    )
    html = (
        f'<html><head><meta property="article:published_time" content="{meta}"/>'
        "<title>Menlu Terima Dubes Jepang di Jakarta</title></head><body>"
        f'<div class="detail"><h1>Menlu Terima Dubes Jepang di Jakarta</h1><div class="detail__date">{header}</div>'
        f'<div class="detail__body">{paras}</div></div>{related}</body></html>'
    )
    return Document(source="robust.html", kind="html", content=html.encode(), url="https://contoh.test/berita/1")


def test_meta_time_labelled_utc_takes_the_zone_of_the_visible_header():
    a = clean(_html_page("2024-04-09T15:22:00Z", "Selasa, 09 Apr 2024 15:22 WIB"))
    assert a.published == datetime(2024, 4, 9, 15, 22, tzinfo=WIB) and a.published_source == "meta"
    a = clean(_html_page("2024-04-09T15:22:00+00:00", "Selasa, 09 Apr 2024 15:22 WITA"))
    assert a.published == datetime(2024, 4, 9, 15, 22, tzinfo=timezone(timedelta(hours=8)))
    assert "zone from the page" in a.published_raw


def test_meta_utc_agreeing_with_the_visible_time_or_only_a_list_stays_utc():
    # 15:22 UTC is 22:22 WIB: the same instant, so the meta zone is right
    a = clean(_html_page("2024-04-09T15:22:00Z", "Selasa, 09 Apr 2024 22:22 WIB"))
    assert a.published == datetime(2024, 4, 9, 15, 22, tzinfo=timezone.utc)
    related = '<ul class="related"><li><a href="/2">Harga Beras Naik</a> <span class="date">Selasa, 09 Apr 2024 15:00 WIB</span></li></ul>'
    a = clean(_html_page("2024-04-09T15:22:00Z", "", related))
    assert a.published == datetime(2024, 4, 9, 15, 22, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "caption",
    [
        "Ilustrasi bendera Merah Putih di kantor kementerian.",
        "Dok. Humas Kementerian",
        "Menlu bersama duta besar. (Dok. Kemlu RI)",
        "Menlu bersama duta besar. Foto: Dok. Kemlu RI",
        "Menlu bersama duta besar. ANTARA FOTO/Rudi Hartono",
        "Menlu bersama duta besar (ANTARA FOTO/Rudi Hartono/wsj)",
        "Menteri Luar Negeri (kiri) berjabat tangan dengan Duta Besar Jepang di Jakarta.",
    ],
)
def test_caption_cues_between_title_and_lead(caption):
    page = f"Menlu Terima Dubes Jepang di Jakarta\n\n{caption}\n\n{BODY}"
    a = clean(_doc(page))
    assert a.captions == [caption] and len(a.paragraphs) == 2


@pytest.mark.parametrize(
    "para",
    [
        "Kesepakatan itu diteken oleh RI/PBB.",  # an acronym pair is no photo credit
        "Dokter mengatakan pasien dalam kondisi stabil.",
    ],
)
def test_sentences_resembling_credits_stay_body(para):
    a = clean(_doc(f"Menlu Terima Dubes Jepang di Jakarta\n\n{BODY}\n\n{para}"))
    assert a.paragraphs[-1] == para and a.captions == []


@pytest.mark.parametrize(
    "header",
    [
        "Penulis: Budi Santoso | Senin, 9 Desember 2024 14:05 WIB",
        "Oleh Budi Santoso - Senin, 09 Des 2024 14:05 WIB",
        "Senin, 9 Desember 2024 14:05 WIB Dibaca 1.234 kali",
        "Rabu, 09 Des 2024, 14:05 WIB · 3 menit baca",
    ],
)
def test_header_dates_sharing_a_line_with_byline_or_read_count(header):
    a = clean(_doc(f"{header}\n\nMenlu Terima Dubes Jepang di Jakarta\n\n{BODY}"))
    assert (a.published.date(), a.published.hour, a.published.minute) == (datetime(2024, 12, 9).date(), 14, 5)
    assert a.published.utcoffset() == timedelta(hours=7) and header not in a.text


def test_iso_header_date_without_letters():
    a = clean(_doc(f"2024-12-09 14:05:00\n\nMenlu Terima Dubes Jepang di Jakarta\n\n{BODY}"))
    assert a.published == datetime(2024, 12, 9, 14, 5) and a.published_source == "header"


def test_title_case_headline_with_a_final_stop():
    a = clean(_doc(f"Menlu Terima Dubes Jepang Di Jakarta.\n\n{BODY}"))
    assert a.title == "Menlu Terima Dubes Jepang Di Jakarta." and len(a.paragraphs) == 2


def test_short_sentence_above_the_body_without_title_is_kept_as_body():
    a = clean(_doc(f"Polisi menangkap dua pengedar narkoba.\n\n{BODY}"))
    assert a.title is None and a.paragraphs[0] == "Polisi menangkap dua pengedar narkoba." and len(a.paragraphs) == 3


def test_sentence_case_list_after_read_also_is_dropped_even_when_short():
    page = (
        "Polisi Ungkap Kronologi Penangkapan\n\n"
        "Polisi menangkap tiga tersangka penyelundupan di pelabuhan pada Sabtu malam setelah menerima laporan warga.\n\n"
        "Baca juga:\n- Polisi tangkap pengedar sabu di Medan\n- Harga cabai naik di pasar induk\n\n"
        "Para tersangka kini ditahan di markas kepolisian daerah untuk pemeriksaan lebih lanjut."
    )
    a = clean(_doc(page))
    assert len(a.paragraphs) == 2 and "Medan" not in a.text and "cabai" not in a.text


@pytest.mark.parametrize(
    "tail",
    [
        "Pilihan Editor: Harga Beras Naik Jelang Natal",
        "Video Pilihan:\nBanjir Rendam Ratusan Rumah di Bekasi",
        "Artikel Selanjutnya\nBanjir Rendam Ratusan Rumah di Bekasi",
        "menlu jepang kunjungan kehormatan kerja sama maritim",
    ],
)
def test_editor_picks_next_article_links_and_tag_lines_are_not_body(tail):
    a = clean(_doc(f"Menlu Terima Dubes Jepang di Jakarta\n\n{BODY}\n\n{tail}"))
    assert len(a.paragraphs) == 2 and "Bekasi" not in a.text and "Beras" not in a.text and "maritim di kawasan" in a.text


def test_english_header_date_with_pm_written_with_dots():
    a = clean(_doc(f"Dec. 9, 2024, at 2:05 p.m.\n\nMenlu Terima Dubes Jepang di Jakarta\n\n{BODY}"))
    assert a.published.date() == datetime(2024, 12, 9).date() and a.title == "Menlu Terima Dubes Jepang di Jakarta"


def test_lead_full_of_names_is_body_not_a_title_case_caption():
    lead = "Presiden Prabowo Subianto menerima kunjungan Perdana Menteri Jepang di Istana Merdeka, Jakarta, Senin (9/12)."
    page = f"Prabowo Terima Kunjungan PM Jepang di Istana\n\n9 Desember 2024 14:05 WIB\n\n{lead}\n\n{BODY}"
    a = clean(_doc(page))
    assert a.paragraphs[0] == lead and a.captions == [] and a.title == "Prabowo Terima Kunjungan PM Jepang di Istana"


def test_reporter_with_outlet_in_brackets_and_topics_line_are_dropped():
    page = (
        "Indonesia, Japan sign maritime security pact\n\nJane Doe (The Jakarta Post)\n\nJakarta ● Mon, December 9, 2024\n\n"
        "Indonesia and Japan signed a maritime security agreement on Monday, pledging to step up joint patrols in regional waters.\n\n"
        "The pact was signed by the two foreign ministers at the State Palace in Jakarta.\n\nTopics: maritime, Japan, defense"
    )
    a = clean(_doc(page))
    assert a.title == "Indonesia, Japan sign maritime security pact" and a.published == datetime(2024, 12, 9)
    assert a.captions == [] and len(a.paragraphs) == 2 and "Jane Doe" not in a.text and "Topics" not in a.text


def test_list_points_above_the_lead_and_lettered_points_after_a_dateline_lead():
    page = (
        "Ribuan Buruh Demo di Depan DPR\n\nRabu, 11 Desember 2024 13:00 WIB\n\nMassa membawa tiga tuntutan:\n"
        "1. Cabut UU Cipta Kerja\n2. Naikkan upah minimum 10 persen\n\n"
        "Ribuan buruh dari berbagai serikat pekerja menggelar aksi unjuk rasa di depan Gedung DPR pada Rabu siang."
    )
    a = clean(_doc(page))
    assert a.paragraphs[:3] == ["Massa membawa tiga tuntutan:", "1. Cabut UU Cipta Kerja", "2. Naikkan upah minimum 10 persen"]
    assert a.captions == []
    page = (
        "Ribuan Buruh Demo di Depan DPR\n\nJAKARTA - Ribuan buruh menggelar aksi unjuk rasa di depan Gedung DPR, Rabu "
        "(11/12/2024). Mereka menyampaikan tiga tuntutan:\na. Cabut UU Cipta Kerja\nb. Naikkan upah minimum 10 persen\n"
        "Aksi berlangsung tertib dengan pengawalan ratusan personel kepolisian, kata Kapolres."
    )
    a = clean(_doc(page))
    assert a.paragraphs[1:3] == ["a. Cabut UU Cipta Kerja", "b. Naikkan upah minimum 10 persen"] and a.dateline.place == "Jakarta"


def test_full_date_in_the_dateline_is_the_publication_date_when_nothing_else_says():
    a = clean(_doc(f"Jakarta, 9 Desember 2024 - {LEAD}\n\n{BODY}"))
    assert (a.published, a.published_source, a.dateline.place) == (datetime(2024, 12, 9), "dateline", "Jakarta")
    a = clean(_doc(f"Senin, 09 Des 2024 14:05 WIB\n\nMenlu Terima Dubes\n\nJakarta, 8 Desember 2024 - {LEAD}\n\n{BODY}"))
    assert a.published_source == "header" and a.published.day == 9  # the header line wins
    a = clean(_doc(f"KUALA LUMPUR, 8 Dis (Bernama) -- {LEAD}\n\n{BODY}"))
    assert a.published is None  # no year: nothing is guessed


def test_wire_contribution_trailer_is_dropped():
    page = (
        "WASHINGTON (AP) — The United States on Monday imposed sanctions on three companies accused of supplying drone parts.\n\n"
        "The measures freeze any U.S. assets of the firms and bar Americans from doing business with them.\n\n___\n\n"
        "Associated Press writer Jane Doe contributed to this report."
    )
    a = clean(_doc(page))
    assert len(a.paragraphs) == 2 and "contributed" not in a.text and a.agency == "AP"


@pytest.mark.parametrize(
    "header",
    ["Diperbarui 10 Desember 2024, 08:00 WIB\nDiterbitkan 9 Desember 2024, 14:05 WIB", "Updated: Dec 10, 2024 8:00\nPublished: Dec 9, 2024 14:05"],
)
def test_publication_line_wins_over_an_update_line_above_it(header):
    a = clean(_doc(f"{header}\n\nMenlu Terima Dubes Jepang di Jakarta\n\n{BODY}"))
    assert (a.published.day, a.published.hour) == (9, 14)
