"""Round-4 rules of the plain-text cleaner, each on snippets written for this test
(not taken from the fixture pages in tests/data/clean/pages): regional menus of
place names, pagination bars, newsroom notes, scraper metadata lines, datelines
closed by a full stop, regional outlet names, a publication line below the
standfirst, and unbracketed photo credits inside the body."""

from __future__ import annotations

import pytest

from peristiwa.clean import clean
from peristiwa.clean.dateline import split_dateline
from peristiwa.model import Document

P1 = "Ratusan buruh pabrik tekstil berunjuk rasa di depan kantor bupati untuk menuntut pembayaran upah yang tertunda."
P2 = "Mereka mengatakan upah bulan lalu belum dibayarkan dan perusahaan tidak memberi penjelasan apa pun."
P3 = "Bupati berjanji memanggil pimpinan perusahaan untuk dimintai keterangan dalam pekan ini."
TITLE = "Buruh Tekstil Tuntut Upah yang Tertunda Dibayar"
DATE = "Rabu, 5 Februari 2025 | 11:40 WIB"


def _clean(*lines: str):
    return clean(Document(source="round4.txt", kind="text", text="\n\n".join(lines)))


@pytest.mark.parametrize(
    "menu",
    [
        "Beranda Medan Binjai Deli Serdang Pematangsiantar Olahraga",  # two-word regency, towns, sections
        "Berita Kupang Ende Maumere Labuan Bajo",
        "Home News Semarang Kudus Pati Tegal Lifestyle",
        "ANTARA News Kalimantan Timur",
    ],
)
def test_regional_menu_of_place_names_is_not_the_title(menu):
    a = _clean(menu, TITLE, DATE, P1, P2)
    assert a.title == TITLE
    assert menu not in a.text


def test_headline_naming_places_stays_the_title():
    title = "Banjir Rendam Ratusan Rumah di Binjai dan Deli Serdang"
    a = _clean("Beranda Nasional Regional", title, DATE, P1, P2)
    assert a.title == title


@pytest.mark.parametrize(
    "bar",
    ["Halaman Sebelumnya 1 2 3 4 Selanjutnya", "Halaman 3 dari 4", "Lanjut ke halaman berikutnya", "« Prev 1 2 Next »", "Page 2 of 5"],
)
def test_pagination_bar_is_dropped_and_the_article_goes_on(bar):
    a = _clean(TITLE, DATE, P1, bar, P2, P3)
    assert bar not in a.text
    assert a.paragraphs == [P1, P2, P3]


@pytest.mark.parametrize(
    "note",
    [
        "Koreksi: Berita ini sebelumnya menyebut jumlah buruh 500 orang; yang benar 300 orang.",
        "Editor's note: This story has been updated to include the regent's response.",
        "Catatan editor - judul berita ini diubah pada Kamis pagi untuk memperjelas isi berita.",
        "Klarifikasi: Perusahaan meminta redaksi memuat tanggapan mereka atas berita ini.",
    ],
)
def test_newsroom_notes_are_dropped(note):
    a = _clean(TITLE, DATE, note, P1, P2, note)
    assert note not in a.text
    assert a.paragraphs[0] == P1


def test_sentence_opening_with_a_note_word_is_kept():
    text = "Koreksi atas data upah itu disampaikan dinas tenaga kerja kepada wartawan pada Rabu sore."
    a = _clean(TITLE, DATE, P1, text, P2)
    assert text in a.paragraphs


def test_metadata_lines_are_dropped_and_the_published_time_read():
    a = _clean(
        "og:site_name: Warta Contoh",
        f"og:title: {TITLE} - Warta Contoh",
        "og:description: Buruh menuntut upah yang tertunda dibayar, kata mereka di depan kantor bupati.",
        "article:published_time: 2025-02-04T22:10:00+07:00",
        "twitter:card = summary_large_image",
        TITLE,
        P1,
        P2,
    )
    assert a.title == TITLE
    assert "og:" not in a.text and "twitter:" not in a.text
    assert a.published is not None and a.published.isoformat() == "2025-02-04T22:10:00+07:00"


def test_unbracketed_embed_marker_and_contributor_line_are_dropped():
    a = _clean(TITLE, DATE, P1, "Gambas:Video 20detik", P2, "Kontributor : Rina Maharani", P3)
    assert "Gambas" not in a.text and "Rina Maharani" not in a.text
    assert a.paragraphs == [P1, P2, P3]


@pytest.mark.parametrize(
    "text,place",
    [
        ("Surabaya. Polisi menangkap dua pengedar sabu di Tanjung Perak.", "Surabaya"),
        ("Singapore. The city-state's central bank kept its policy unchanged on Friday.", "Singapore"),
    ],
)
def test_dateline_closed_by_a_full_stop(text, place):
    dl, rest = split_dateline(text)
    assert dl is not None and (dl.place, dl.agency) == (place, None)
    assert rest == text.split(". ", 1)[1]


@pytest.mark.parametrize(
    "text",
    [
        "Ia. Dia tidak menjawab pertanyaan wartawan.",  # a short sentence, not a place
        "Presiden Prabowo. Nama itu disebut berulang kali.",  # a name, not a known place
        "Surabaya, kota pahlawan. Polisi menangkap dua pengedar.",  # more than a lone place
    ],
)
def test_full_stop_after_other_words_is_no_dateline(text):
    assert split_dateline(text)[0] is None


@pytest.mark.parametrize(
    "head,place,agency",
    [
        ("RADAR BANYUWANGI –", None, "Radar Banyuwangi"),  # a regional paper named by its first word
        ("Kupang, Pos Kupang -", "Kupang", "Pos Kupang"),
        ("TRIBUNMEDAN.COM, MEDAN -", "Medan", "Tribunnews"),  # a network's regional site, all caps
        ("SuaraJabar.id -", None, "Suara"),
        ("suaramerdeka.com, Semarang -", "Semarang", "Suara Merdeka"),  # its own name, not the network's
    ],
)
def test_regional_outlets_in_datelines(head, place, agency):
    dl, rest = split_dateline(f"{head} {P1}")
    assert dl is not None and (dl.place, dl.agency) == (place, agency)
    assert rest == P1


def test_publication_line_below_the_standfirst():
    standfirst = "Perusahaan disebut menunda pembayaran upah selama dua bulan dan buruh menagihnya ke pemerintah daerah."
    a = _clean("Warta Contoh", TITLE, standfirst, "Dewi Lestari", "Kudus ● Wed, February 5, 2025", P1, P2)
    assert a.published is not None and a.published.date().isoformat() == "2025-02-05"
    assert a.paragraphs[:2] == [standfirst, P1]


def test_dated_lines_below_the_lead_stay_a_news_list_when_the_header_has_the_date():
    listing = ["Harga Cabai Naik Jelang Ramadan", "Senin, 3 Februari 2025", "Jalan Rusak Dikeluhkan Warga", "Selasa, 4 Februari 2025"]
    a = _clean(TITLE, DATE, P1, *listing, P2)
    assert a.published is not None and a.published.date().isoformat() == "2025-02-05"
    assert "3 Februari" not in a.text


def test_no_late_date_without_a_standfirst_nearby():
    # the only full date stands far below the first paragraph: a list date, not the publication
    filler = [f"Paragraf {i} menjelaskan tuntutan buruh yang lain kepada pemerintah daerah dengan rinci." for i in range(8)]
    a = _clean(TITLE, P1, *filler, "Kamis, 6 Februari 2025")
    assert a.published is None


def test_unbracketed_credit_with_editor_initials_is_a_caption_in_the_body():
    cap = "Buruh membentangkan spanduk di depan kantor bupati. ANTARA FOTO/Yusuf Nugroho/wsj"
    a = _clean(TITLE, DATE, P1, cap, P2)
    assert a.captions == [cap]
    assert a.paragraphs == [P1, P2]


@pytest.mark.parametrize(
    "masthead,outlet",
    [("The Jakarta Post", "The Jakarta Post"), ("detikNews", "Detik"), ("RADAR BANYUWANGI", "Radar Banyuwangi"), ("Bali Post", "Bali Post")],
)
def test_masthead_above_the_title_names_the_outlet_of_a_page_dump(masthead, outlet):
    a = _clean(masthead, "Beranda Nasional Regional", TITLE, DATE, P1, P2)
    assert a.outlet == outlet


@pytest.mark.parametrize("line", ["Dewi Lestari - Bisnis.com", "Home | Kompas.com", "Beranda Nasional Regional"])
def test_bylines_and_menus_name_no_outlet(line):
    assert _clean(line, TITLE, DATE, P1, P2).outlet is None


def test_container_outlet_wins_over_the_masthead():
    doc = Document(source="round4.txt", kind="text", text="\n\n".join(["detikNews", TITLE, DATE, P1, P2]), outlet="contoh.id")
    assert clean(doc).outlet == "contoh.id"


@pytest.mark.parametrize("tail", [" - Tribunnews.com", " | Kompas.com", " - Halaman all", " – detikNews"])
def test_site_name_or_page_label_after_a_dump_title_is_cut(tail):
    assert _clean("Beranda Nasional Regional", TITLE + tail, DATE, P1, P2).title == TITLE


def test_dash_inside_a_headline_stays():
    title = "Debat Pilkada Memanas - Dua Calon Saling Tuding Soal Upah"
    assert _clean("Beranda Nasional Regional", title, DATE, P1, P2).title == title


def test_two_section_words_are_a_menu_not_the_title():
    title = "Buruh Demo"  # a short headline below a two-word menu
    a = _clean("Beranda Nasional", title, DATE, P1, P2)
    assert a.title == title and "Beranda" not in a.text


@pytest.mark.parametrize(
    "widget",
    ["Dengarkan berita ini", "Listen to this article", "Kecil Sedang Besar", "Loading...", "Klik untuk baca", "Share this post",
     "Advertisement - Scroll to Continue", "Iklan - Gulir untuk melanjutkan", "Terima kasih telah membaca Warta Contoh",
     "Berlangganan untuk membaca artikel ini secara lengkap"],
)
def test_players_loaders_and_paywall_prompts_inside_the_body_are_dropped(widget):
    a = _clean(TITLE, DATE, P1, widget, P2, P3)
    assert a.paragraphs == [P1, P2, P3]
    assert a.dateline is None  # "Advertisement -" is no dateline of the second paragraph


def test_second_paragraph_dateline_needs_a_known_place_or_an_agency():
    assert _clean(TITLE, DATE, P1, f"Kendari (ANTARA) - {P2}").dateline.agency == "ANTARA"
    assert _clean(TITLE, DATE, P1, f"Kendari - {P2}").dateline.place == "Kendari"
    assert _clean(TITLE, DATE, P1, f"Pengumuman - {P2}").dateline is None


EN1 = "The regional police arrested two men suspected of smuggling protected birds through the port of Bitung on Monday night."
EN2 = "Officers found more than 200 parrots packed in plastic bottles inside a truck bound for the Philippines, police said."
EN3 = "The suspects face up to five years in prison under the conservation law, the police spokesman told reporters."


@pytest.mark.parametrize(
    "link",
    ["Related news: Police seize pangolin scales in Medan", "READ: Customs Seize Birds in Surabaya", "Read more: customs seize birds",
     "Video: Police foil smuggling at the port", "Berita terkait: Polisi sita sisik trenggiling di Medan"],
)
def test_inline_links_are_dropped_without_ending_the_article(link):
    a = _clean("Police Foil Smuggling of 200 Parrots at Bitung Port", "Tuesday, March 11, 2025 20:15 WIB", EN1, link, EN2, EN3)
    assert a.paragraphs == [EN1, EN2, EN3]


def test_a_related_news_heading_still_ends_the_article():
    a = _clean("Police Foil Smuggling of 200 Parrots at Bitung Port", "Tuesday, March 11, 2025 20:15 WIB", EN1, EN2, "Related news",
               "Police seize pangolin scales in Medan", "Customs seize birds in Surabaya")
    assert a.paragraphs == [EN1, EN2]


@pytest.mark.parametrize(
    "widget",
    ["Subscribe to our newsletter", "Sign up for our newsletter to get the latest news", "Download the app", "Share on Facebook",
     "This article has been corrected to fix the number of birds."],
)
def test_english_prompts_inside_the_body_are_dropped(widget):
    a = _clean("Police Foil Smuggling of 200 Parrots at Bitung Port", "Tuesday, March 11, 2025 20:15 WIB", EN1, widget, EN2, EN3)
    assert a.paragraphs == [EN1, EN2, EN3]


@pytest.mark.parametrize(
    "line,fetched,want",
    [
        ("3 jam lalu", "2025-02-05T06:00:00+00:00", "2025-02-05T03:00:00+00:00"),
        ("45 menit yang lalu", "2025-02-05T06:00:00Z", "2025-02-05T05:15:00+00:00"),
        ("2 days ago", "2025-02-05T06:00:00+00:00", "2025-02-03T06:00:00+00:00"),
    ],
)
def test_relative_header_time_counts_back_from_the_fetch(line, fetched, want):
    doc = Document(source="round4.txt", kind="text", text="\n\n".join([TITLE, line, P1, P2]), fetched_at=fetched)
    a = clean(doc)
    assert a.published is not None and a.published.isoformat() == want and a.published_source == "relative"


def test_relative_time_without_a_fetch_time_gives_no_date():
    assert _clean(TITLE, "3 jam lalu", P1, P2).published is None


def test_an_absolute_header_date_wins_over_the_fetch_time():
    doc = Document(source="round4.txt", kind="text", text="\n\n".join([TITLE, DATE, P1, P2]), fetched_at="2025-03-01T00:00:00Z")
    assert clean(doc).published.date().isoformat() == "2025-02-05"


@pytest.mark.parametrize("credit", ["(Warta Contoh/Dewi Lestari)", "(Reuters/AP)"])
def test_a_credit_alone_is_dropped(credit):
    a = _clean(TITLE, DATE, P1, P2, credit)
    assert credit not in a.text and a.captions == []


def test_translator_line_in_the_header_is_a_byline():
    a = _clean(TITLE, DATE, "Translator: Dewi Lestari, Rina Maharani", P1, P2)
    assert "Translator" not in a.text and a.captions == []


LONG = [
    "Ratusan buruh pabrik tekstil di Kabupaten Kudus berunjuk rasa di depan kantor bupati pada Rabu pagi untuk "
    "menuntut pembayaran upah dua bulan yang tertunda dan kejelasan status kerja mereka setelah pabrik berhenti beroperasi.",
    "Koordinator aksi, Sutrisno, mengatakan perusahaan tidak pernah memberi penjelasan kepada buruh, sementara "
    "sebagian besar dari mereka sudah bekerja lebih dari sepuluh tahun di pabrik tersebut tanpa kontrak tertulis.",
    "Bupati Kudus kemudian menemui perwakilan buruh dan berjanji memanggil pimpinan perusahaan dalam pekan ini "
    "untuk membahas pembayaran upah, pesangon, dan jaminan sosial para pekerja yang belum disetorkan perusahaan.",
    "Dinas Tenaga Kerja mencatat sedikitnya 600 buruh terdampak penghentian operasi pabrik itu sejak awal tahun, "
    "dan sebagian dari mereka kini bekerja serabutan untuk memenuhi kebutuhan keluarga sehari-hari.",
]


@pytest.mark.parametrize("width", [72, 80])
def test_hard_wrapped_dump_reads_like_the_unwrapped_one(width):
    import textwrap

    blocks = ["Beranda Nasional Regional", TITLE, DATE, *LONG]
    plain = _clean(*blocks)
    wrapped = _clean(*("\n".join(textwrap.wrap(b, width)) for b in blocks))
    assert wrapped.paragraphs == plain.paragraphs == LONG
    assert (wrapped.title, wrapped.published) == (plain.title, plain.published)


def test_short_one_line_paragraphs_are_not_joined():
    short = [
        "Polisi menangkap dua pria yang diduga mencuri sepeda motor di pasar.",
        "Keduanya ditangkap di rumah kontrakan mereka pada Selasa malam.",
        "Barang bukti berupa dua sepeda motor dan kunci leter T disita.",
        "Para pelaku mengaku sudah beraksi di lima lokasi berbeda sejak Januari.",
        "Polisi masih memburu seorang penadah yang membeli motor curian itu.",
        "Mereka dijerat pasal pencurian dengan pemberatan dan terancam tujuh tahun.",
        "Kapolsek meminta warga memasang kunci ganda pada kendaraan mereka.",
        "Warga diminta segera melapor bila melihat orang mencurigakan di pasar.",
    ]
    a = clean(Document(source="round4.txt", kind="text", text="\n".join([TITLE, DATE, *short])))
    assert a.paragraphs == short


@pytest.mark.parametrize("top", [f"{TITLE} - Kompas.com", f"{TITLE} | Warta Online"])
def test_site_title_line_and_the_bare_headline_below_it_are_one_title(top):
    a = _clean(top, "Beranda Nasional Regional", TITLE, DATE, P1, P2)
    assert a.title == TITLE and a.captions == []


@pytest.mark.parametrize("line", ["Dewi Lestari | Rabu, 5 Februari 2025 11:40 WIB", "Dewi Lestari - 5 Februari 2025, 11:40 WIB"])
def test_reporter_name_and_date_on_one_line_give_the_date(line):
    a = _clean(TITLE, line, P1, P2)
    assert a.published is not None and a.published.date().isoformat() == "2025-02-05"
    assert a.captions == [] and "Dewi" not in a.text


def test_caption_ending_in_a_name_and_date_is_still_a_caption():
    cap = "Buruh berunjuk rasa di depan kantor bupati, Rabu (5/2/2025). ANTARA FOTO/Yusuf Nugroho"
    a = _clean(TITLE, DATE, cap, P1, P2)
    assert a.captions == [cap]


@pytest.mark.parametrize(
    "top,day",
    [("https://regional.contoh.com/read/2025/02/05/114000/buruh-tuntut-upah", "2025-02-05"),
     ("URL: https://www.contoh.co.id/berita/20250205-buruh-tuntut-upah", "2025-02-05")],
)
def test_a_dumps_own_url_on_top_gives_url_host_and_date(top, day):
    a = _clean(top, TITLE, P1, P2)
    assert a.url == top.removeprefix("URL: ") and a.published_source == "url"
    assert a.published.date().isoformat() == day and a.outlet is not None and a.outlet.endswith(".com") | a.outlet.endswith(".id")


def test_a_read_more_link_is_not_the_pages_url():
    a = _clean("Baca artikel selengkapnya https://contoh.id/2025/02/05/lain", TITLE, P1, P2)
    assert a.url is None and a.published is None


def test_the_header_date_wins_over_the_url_date():
    a = _clean("https://contoh.id/2025/01/01/lama", TITLE, DATE, P1, P2)
    assert a.published.date().isoformat() == "2025-02-05" and a.published_source == "header"


COMMENT1 = "Kasihan para buruh, pemerintah daerah harus tegas kepada perusahaan yang tidak membayar upah pekerjanya."
COMMENT2 = "Semoga cepat selesai dan buruh mendapat hak mereka sebelum Lebaran tiba tahun ini."


@pytest.mark.parametrize(
    "section",
    [
        ["5 Comments", "Sort by Best", "budi88 • 2 jam lalu", COMMENT1, "Reply", "Rina • 3 jam lalu", COMMENT2, "Reply"],
        ["12 Komentar", "Login untuk berkomentar", "budi88", "2 jam lalu", COMMENT1, "Balas"],
        ["budi88", "2 jam lalu", COMMENT1, "Balas Suka (12)", "Rina", "3 jam lalu", COMMENT2, "Balas Suka (3)"],  # no heading
        ["Sign in to comment", COMMENT1, COMMENT2],
    ],
)
def test_comment_sections_end_the_article(section):
    a = _clean(TITLE, DATE, P1, P2, *section)
    assert a.paragraphs == [P1, P2]


def test_a_sentence_with_a_time_ago_is_not_a_comment_head():
    text = "Aksi serupa pernah digelar buruh 2 tahun lalu dan berakhir dengan kesepakatan pembayaran upah bertahap."
    a = _clean(TITLE, DATE, P1, text, P2)
    assert a.paragraphs == [P1, text, P2]


MARKDOWN = """Title: Buruh Tekstil Tuntut Upah yang Tertunda Dibayar - Warta Contoh

URL Source: https://www.wartacontoh.co.id/read/2025/02/05/buruh-tekstil

Published Time: 2025-02-05T11:40:00+07:00

Markdown Content:
[Beranda](https://www.wartacontoh.co.id/) [Nasional](https://www.wartacontoh.co.id/nasional) [Daerah](https://www.wartacontoh.co.id/daerah)

# Buruh Tekstil Tuntut Upah yang Tertunda Dibayar

![Image 1: Buruh berunjuk rasa](https://img.wartacontoh.co.id/buruh.jpg)

Buruh berunjuk rasa di depan kantor bupati, Rabu (5/2/2025). (ANTARA FOTO/Yusuf Nugroho)

**KUDUS** - Ratusan buruh pabrik tekstil berunjuk rasa di depan kantor bupati untuk menuntut upah yang tertunda.

Mereka mengatakan perusahaan **tidak memberi** penjelasan, kata juru bicara [serikat buruh](https://serikat.example.org).

[Baca juga: Pabrik Tekstil di Kudus Tutup](https://www.wartacontoh.co.id/read/2025/02/01/pabrik)

## Berita Terkait

*   [Upah Minimum Kudus 2025 Naik](https://www.wartacontoh.co.id/read/2025/01/02/umk)
"""


def test_markdown_dump_of_a_reader_service():
    a = clean(Document(source="round4.md.txt", kind="text", text=MARKDOWN))
    assert a.title == TITLE and a.url == "https://www.wartacontoh.co.id/read/2025/02/05/buruh-tekstil"
    assert a.published.isoformat() == "2025-02-05T11:40:00+07:00"
    assert (a.dateline.place, a.dateline.agency) == ("Kudus", None)
    assert a.paragraphs == [
        "Ratusan buruh pabrik tekstil berunjuk rasa di depan kantor bupati untuk menuntut upah yang tertunda.",
        "Mereka mengatakan perusahaan tidak memberi penjelasan, kata juru bicara serikat buruh.",
    ]
    assert a.captions == ["Buruh berunjuk rasa di depan kantor bupati, Rabu (5/2/2025). (ANTARA FOTO/Yusuf Nugroho)"]
    assert "](" not in a.text and "**" not in a.text


def test_plain_dump_with_asterisks_is_not_touched_as_markdown():
    from peristiwa.clean.markdown import to_plain

    text = "\n\n".join([TITLE, DATE, "Harga cabai naik 20 persen* menurut pedagang di pasar induk kota.", P1])
    assert to_plain(text) == text
