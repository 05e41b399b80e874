"""Headline event: its date and place (events/headline.py, when.py, where.py).
Articles and actors are built directly, so these tests do not depend on the
NLP or actor stages."""

from datetime import date, datetime

from peristiwa import events
from peristiwa.events.when import DateResolver
from peristiwa.model import Actor, Article, Block


def article(*paras: str, title: str | None = None, published: datetime | None = None) -> Article:
    parts, blocks, pos = [], [], 0
    for kind, text in ([("title", title)] if title else []) + [("body", p) for p in paras]:
        parts.append(text)
        blocks.append(Block(kind, pos, pos + len(text)))
        pos += len(text) + 2
    return Article(source="t", text="\n\n".join(parts), blocks=blocks, title=title, published=published, language="id")


def mention(art: Article, text: str, country: str, kind: str, nth: int = 0) -> Actor:
    start = -1
    for _ in range(nth + 1):
        start = art.text.index(text, start + 1)
    return Actor(text=text, start=start, end=start + len(text), name=text, country=country, type=kind,
                 kb_id=f"k:{text.lower()}")


def headline(art: Article, actors: list[Actor]):
    (head,) = [e for e in events.code(art, None, actors) if e.headline]
    return head


DEPORT = (
    "Kantor Imigrasi Batam mendeportasi tiga warga negara China yang bekerja tanpa izin di Batam.",
    "Ketiga WN itu diterbangkan dari Bandara Hang Nadim menuju Guangzhou, Selasa (12/3/2024) malam.",
    "\"Mereka menyalahgunakan izin tinggal sehingga kami lakukan deportasi,\" kata Kepala Kantor Imigrasi Batam, Kamis.",
)


def deport_actors(art: Article) -> list[Actor]:
    return [mention(art, "Kantor Imigrasi Batam", "IDN", "org"), mention(art, "China", "CHN", "country")]


def test_an_undated_lead_takes_the_date_of_the_sentence_that_elaborates_it():
    art = article(" ".join(DEPORT[:2]), DEPORT[2], published=datetime(2024, 3, 14, 10, 0))  # a Thursday
    head = headline(art, deport_actors(art))
    assert head.event_type == "COERCE" and head.date == date(2024, 3, 12)  # not the day the office spoke


def test_no_elaborating_sentence_keeps_the_old_date():
    # without the second sentence nothing dates the deportation but the statement: not 12/3
    art = article(DEPORT[0], DEPORT[2], published=datetime(2024, 3, 14, 10, 0))
    head = headline(art, deport_actors(art))
    assert head.date != date(2024, 3, 12) and head.date <= date(2024, 3, 14)


def test_a_statement_date_in_the_next_sentence_does_not_date_the_lead():
    art = article(
        "Kantor Imigrasi Batam mendeportasi tiga warga negara China yang bekerja tanpa izin di Batam. "
        "Dalam pernyataan pada Rabu (13/3/2024), kantor itu menyebut ketiganya diterbangkan menuju Guangzhou.",
        published=datetime(2024, 3, 14, 10, 0))
    head = headline(art, deport_actors(art))
    assert head.date != date(2024, 3, 13)


def test_a_date_far_before_publication_is_background():
    art = article(
        "Kantor Imigrasi Batam mendeportasi tiga warga negara China yang bekerja tanpa izin di Batam. "
        "Ketiganya masuk ke Indonesia dengan visa kunjungan pada Senin (8/1/2024).",
        published=datetime(2024, 3, 14, 10, 0))
    head = headline(art, deport_actors(art))
    assert head.date != date(2024, 1, 8)


def test_said_on_and_dates_in_an_unread_sentence():
    text = "Polisi menahan dua orang. Dalam pernyataan pada Jumat (18/10/2024), polisi menyebut penangkapan Selasa (8/10)."
    r = DateResolver(text, date(2024, 10, 19), "id", spans=[(0, 25)])
    got = r.dates_in(26, len(text))  # the resolver read only the first sentence up front
    assert [w.date for w in got] == [date(2024, 10, 18), date(2024, 10, 8)]
    assert r.said_on(got[0]) and not r.said_on(got[1])


def test_an_unplaced_lead_takes_a_town_the_next_sentence_names_in_a_partys_country():
    art = article(
        "Korea Utara mengirimkan bantuan militer ke Rusia. "
        "Para prajurit itu diangkut dengan kapal dari pelabuhan di Korea Utara ke Vladivostok mulai Selasa (8/10).",
        published=datetime(2024, 10, 19, 8, 0))
    acts = [mention(art, "Korea Utara", "PRK", "country"), mention(art, "Rusia", "RUS", "country")]
    head = headline(art, acts)
    assert head.actor.country == "PRK"
    assert head.location is not None and head.location.name == "Vladivostok" and head.location.country == "RUS"


def test_a_town_outside_the_parties_countries_does_not_place_the_lead():
    art = article(
        "Korea Utara mengirimkan bantuan militer ke Rusia. "
        "Para prajurit itu sebelumnya berlatih di Shenyang selama sebulan.",
        published=datetime(2024, 10, 19, 8, 0))
    acts = [mention(art, "Korea Utara", "PRK", "country"), mention(art, "Rusia", "RUS", "country")]
    head = headline(art, acts)
    assert head.location is None or head.location.country != "CHN"


def test_the_titles_place_beats_the_newsrooms_dateline():
    art = article(
        "Batam, Batampos.co.id - KRI Bung Tomo menangkap dua kapal ikan Vietnam yang mencuri ikan, Sabtu (2/8/2025).",
        title="TNI AL Tangkap Dua Kapal Ikan Vietnam di Laut Natuna Utara",
        published=datetime(2025, 8, 4, 11, 5))
    acts = [mention(art, "TNI AL", "IDN", "org"), mention(art, "Vietnam", "VNM", "country"),
            mention(art, "KRI Bung Tomo", "IDN", "org"), mention(art, "Vietnam", "VNM", "country", nth=1)]
    head = headline(art, acts)
    assert head.location is not None and "Natuna" in head.location.name


def test_an_event_at_the_occasion_just_told_takes_that_occasions_day():
    art = article(
        "Menlu AS Blinken bertemu Menlu China Wang di Jakarta, Kamis (13/7/2023).",
        "Sehari sebelumnya, Rabu (12/7), Wang juga bertemu Menlu RI Retno. "
        "Dalam pertemuan itu, Wang menyatakan dukungan bagi Indonesia.",
        published=datetime(2023, 7, 14, 9, 0))
    acts = [mention(art, "Blinken", "USA", "person"), mention(art, "Wang", "CHN", "person"),
            mention(art, "Wang", "CHN", "person", nth=1), mention(art, "Retno", "IDN", "person"),
            mention(art, "Wang", "CHN", "person", nth=2), mention(art, "Indonesia", "IDN", "country")]
    evs = events.code(art, None, acts)
    (sup,) = [e for e in evs if e.event_type == "SUPPORT"]
    assert sup.date == date(2023, 7, 12)  # not the headline's 13 July
    assert next(e for e in evs if e.headline).date == date(2023, 7, 13)


def test_a_lead_restated_with_its_day_in_the_next_sentence_takes_that_day():
    art = article(
        "Seorang buron kasus suap ditangkap Kepolisian Malaysia di Kuala Lumpur. "
        "Penangkapan dilakukan oleh Kepolisian Malaysia pada Selasa (14/1/2025) malam.",
        "\"Kami sudah menerima kabar itu,\" kata juru bicara Kejaksaan Agung, Kamis (16/1/2025).",
        published=datetime(2025, 1, 16, 9, 0))
    acts = [mention(art, "Kepolisian Malaysia", "MYS", "org"), mention(art, "Kepolisian Malaysia", "MYS", "org", nth=1)]
    head = headline(art, acts)
    assert head.event_type == "COERCE" and head.date == date(2025, 1, 14)


def test_a_future_start_in_the_lead_leaves_the_lead_to_the_next_sentences_day():
    art = article(
        "Presiden AS mengancam mengenakan tarif 40 persen terhadap produk Vietnam mulai 1 September 2025. "
        "Surat itu diunggah di media sosial pada Senin (11/8/2025) waktu Washington.",
        published=datetime(2025, 8, 12, 10, 0))
    acts = [mention(art, "Presiden AS", "USA", "person"), mention(art, "Vietnam", "VNM", "country")]
    head = headline(art, acts)
    assert head.event_type == "THREATEN" and head.date == date(2025, 8, 11)


def test_an_agreement_told_the_next_day_was_reached_at_the_meeting():
    art = article(
        "Menteri Pertahanan Malaysia bertemu Menteri Pertahanan Filipina di Kuala Lumpur, Senin (3/3/2025) malam.",
        "\"Malaysia sepakat dengan Filipina memperkuat patroli bersama,\" kata juru bicara kementerian kepada "
        "wartawan di Putrajaya, Selasa (4/3/2025).",
        published=datetime(2025, 3, 4, 15, 0))
    acts = [mention(art, "Menteri Pertahanan Malaysia", "MYS", "person"),
            mention(art, "Menteri Pertahanan Filipina", "PHL", "person"),
            mention(art, "Malaysia", "MYS", "country", nth=1), mention(art, "Filipina", "PHL", "country", nth=1)]
    evs = events.code(art, None, acts)
    agree = [e for e in evs if e.event_type == "AGREE"]
    assert agree and all(e.date == date(2025, 3, 3) for e in agree)


def test_a_bystanders_reaction_told_days_later_is_dated_by_publication():
    art = article(
        "Kepolisian Thailand menangkap seorang buron narkoba asal Malaysia di Bangkok, Senin (3/2/2025).",
        "Menteri Dalam Negeri Malaysia menyampaikan terima kasih kepada Thailand atas kerja sama itu.",
        published=datetime(2025, 2, 7, 10, 0))
    acts = [mention(art, "Kepolisian Thailand", "THA", "org"), mention(art, "Menteri Dalam Negeri Malaysia", "MYS", "person"),
            mention(art, "Thailand", "THA", "country", nth=1)]
    evs = events.code(art, None, acts)
    head = next(e for e in evs if e.headline)
    thanks = next(e for e in evs if e.event_type == "SUPPORT")
    assert head.date == date(2025, 2, 3) and thanks.date == date(2025, 2, 7)


def test_what_the_same_actor_also_did_next_is_dated_by_the_sentence_before():
    art = article(
        "Pemerintah Mali mengusir Duta Besar Swedia pada Senin (4/9/2023).",
        "Kanselir Jerman pada Kamis (7/9/2023) mengecam junta Mali. Kanselir Jerman juga mendesak junta Mali "
        "membebaskan tahanan politik yang ditahan sejak kudeta 20 Agustus.",
        published=None)
    acts = [mention(art, "Pemerintah Mali", "MLI", "country"), mention(art, "Swedia", "SWE", "country"),
            mention(art, "Kanselir Jerman", "DEU", "person"), mention(art, "junta Mali", "MLI", "org"),
            mention(art, "Kanselir Jerman", "DEU", "person", nth=1), mention(art, "junta Mali", "MLI", "org", nth=1)]
    evs = events.code(art, None, acts)
    (req,) = [e for e in evs if e.event_type == "REQUEST"]
    assert req.date == date(2023, 9, 7)


def test_also_after_an_eventless_dated_sentence_of_the_same_actor():
    art = article(
        "Pemerintah Mali mengusir Duta Besar Swedia pada Senin (4/9/2023).",
        "Kanselir Jerman pada Kamis (7/9/2023) menegaskan kedutaan negaranya tetap dibuka. Kanselir Jerman juga "
        "mendesak junta Mali membebaskan tahanan politik yang ditahan sejak kudeta 20 Agustus.",
        published=None)
    acts = [mention(art, "Pemerintah Mali", "MLI", "country"), mention(art, "Swedia", "SWE", "country"),
            mention(art, "Kanselir Jerman", "DEU", "person"),
            mention(art, "Kanselir Jerman", "DEU", "person", nth=1), mention(art, "junta Mali", "MLI", "org")]
    evs = events.code(art, None, acts)
    (req,) = [e for e in evs if e.event_type == "REQUEST"]
    assert req.date == date(2023, 9, 7)


def test_a_side_clause_date_in_the_next_sentence_does_not_date_the_lead():
    art = article(
        "Kementerian Luar Negeri Filipina meminta pemerintah China mengusut insiden penabrakan kapal nelayan Filipina. "
        "Dalam insiden yang terjadi pada Sabtu (8/3/2025) dini hari itu, dua nelayan terluka.",
        published=datetime(2025, 3, 10, 9, 0))
    acts = [mention(art, "Kementerian Luar Negeri Filipina", "PHL", "org"), mention(art, "China", "CHN", "country")]
    head = headline(art, acts)
    assert head.event_type == "REQUEST" and head.date == date(2025, 3, 10)


def test_a_home_place_far_down_the_story_does_not_place_the_headline():
    filler = ["Nelayan itu berasal dari desa pesisir.", "Kapal mereka berukuran kecil.", "Cuaca saat itu cerah.",
              "Keluarga korban menunggu kabar.", "Insiden serupa pernah terjadi."]
    art = article(
        "Kementerian Luar Negeri Filipina meminta pemerintah China mengusut insiden penabrakan kapal nelayan Filipina.",
        *filler, "Sebuah aksi solidaritas digelar di Manila.",
        published=datetime(2025, 3, 10, 9, 0))
    acts = [mention(art, "Kementerian Luar Negeri Filipina", "PHL", "org"), mention(art, "China", "CHN", "country")]
    head = headline(art, acts)
    assert head.event_type == "REQUEST" and head.location is None
