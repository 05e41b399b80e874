"""The event store on SQLite and on a real PostgreSQL: the same tests, both backends."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import text
from store_corpus import db_url, dedup_corpus, make_event, make_record  # noqa: F401  (db_url is a fixture)

from peristiwa.errors import StoreError
from peristiwa.model import Record
from peristiwa.store import Store, queries
from peristiwa.store.engine import open_engine
from peristiwa.store.migrations import migrate
from peristiwa.store.schema import LATEST, TABLES

BODY = (
    "Menteri Luar Negeri China Wang Yi bertemu Menteri Luar Negeri Rusia Sergei Lavrov di Beijing pada "
    "Senin untuk membahas kerja sama strategis kedua negara, situasi kawasan, perdagangan energi dan "
    "rencana kunjungan presiden ke Moskow tahun depan."
)


def consistent(store: Store) -> None:
    """Invariants a crash or a race must never break."""
    with store.engine.connect() as c:
        q = lambda sql: c.execute(text(sql)).scalar_one()  # noqa: E731
        assert q("SELECT count(*) FROM articles a LEFT JOIN documents d ON d.id = a.document_id WHERE d.id IS NULL") == 0
        assert q("SELECT count(*) FROM mentions m LEFT JOIN events e ON e.id = m.event_id WHERE e.id IS NULL") == 0
        assert q("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id)") == 0
        assert q(
            "SELECT count(*) FROM events e WHERE num_mentions <> (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)"
        ) == 0
        assert q("SELECT count(*) FROM (SELECT doc_key FROM documents GROUP BY doc_key HAVING count(*) > 1) x") == 0
        for by in ("month", "type", "dyad"):  # the summary kept at ingest equals a full recount
            fast = {(r.key, r.events, round(r.goldstein_mean or 0, 6))
                    for r in c.execute(queries.stats_query(by)) if by != "dyad" or r.key}
            slow = {(r.key, r.events, round(r.goldstein_mean or 0, 6))
                    for r in c.execute(queries.stats_from_events(by)) if by != "dyad" or r.key}
            assert fast == slow, by


def test_ingest_is_idempotent(db_url):
    recs, _ = dedup_corpus(stories=12)
    with Store(db_url) as store:
        first = store.ingest(recs)
        before = store.counts()
        again = store.ingest(recs)
        assert again.unchanged == len(recs) and again.added == 0 and again.mentions == 0
        assert store.counts() == before
        assert first.added == len(recs) and before["documents"] == len(recs)
        consistent(store)


def test_changed_version_replaces_old_one_and_its_events(db_url):
    d = date(2023, 3, 6)
    v1 = make_record("page-1", BODY, url="https://kompas.com/a/1", outlet="kompas.com",
                     events=[make_event("CONSULT", "CHN", "RUS", d, mode="visit", place="CHN")])
    v2 = make_record("page-1", BODY + " Pembaruan: pertemuan dibatalkan.", url="https://kompas.com/a/1",
                     outlet="kompas.com", events=[make_event("REJECT", "CHN", "RUS", d, goldstein=-4.0)])
    with Store(db_url) as store:
        store.ingest([v1])
        assert [e["event_type"] for e in store.events()] == ["CONSULT"]
        rep = store.ingest([v2])
        assert rep.replaced == 1
        assert [e["event_type"] for e in store.events()] == ["REJECT"]
        assert store.counts()["articles"] == 1 and store.counts()["mentions"] == 1
        # The same URL read from another file is also a new version of that page.
        v3 = make_record("elsewhere.html", BODY + " Versi ketiga.", url="https://kompas.com/a/1",
                         events=[make_event("AGREE", "CHN", "RUS", d)])
        store.ingest([v3])
        assert [e["event_type"] for e in store.events()] == ["AGREE"]
        assert store.counts()["documents"] == 1
        consistent(store)


def test_failures_are_recorded_and_replaced_by_success(db_url):
    bad = Record(source="broken.html", error="broken.html: no article text found")
    with Store(db_url) as store:
        store.ingest([bad])
        assert store.failures() == [
            {"source": "broken.html", "error": "broken.html: no article text found",
             "ingested_at": store.failures()[0]["ingested_at"]}
        ]
        store.ingest([make_record("broken.html", BODY)])
        assert store.failures() == []
        assert store.counts()["articles"] == 1


def test_copies_merge_into_one_event_with_every_mention(db_url):
    d = date(2023, 3, 6)
    recs = [
        make_record(f"copy-{i}", BODY if i == 0 else BODY.replace("Senin", "hari Senin lalu"),
                    title=f"Judul versi {i}", url=f"https://{o}/berita/{i}", outlet=o,
                    events=[make_event("CONSULT", *(("CHN", "RUS") if i != 1 else ("RUS", "CHN")), d,
                                       mode="visit", place="CHN")])
        for i, o in enumerate(["antaranews.com", "kompas.com", "kompas.com"])
    ]
    with Store(db_url) as store:
        rep = store.ingest(recs)
        assert rep.copies == 2  # the rewrites joined the first article's story cluster
        evs = store.events(mentions=True)
        assert len(evs) == 1
        e = evs[0]
        assert (e["num_mentions"], e["num_articles"], e["num_sources"]) == (3, 3, 2)
        assert {m["outlet"] for m in e["mentions"]} == {"antaranews.com", "kompas.com"}
        for m in e["mentions"]:  # the evidence span still points at the stored text
            assert m["evidence"] and m["evidence"].startswith("Menteri Luar Negeri China")


def test_distinct_events_do_not_merge(db_url):
    d = date(2023, 3, 6)
    recs = [
        make_record("a", BODY, events=[make_event("CONSULT", "CHN", "RUS", d, mode="visit")]),
        make_record("b", "lain " * 40 + "satu", events=[make_event("CONSULT", "CHN", "RUS", date(2023, 5, 8), mode="visit")]),
        make_record("c", "telepon " * 40 + "dua", events=[make_event("CONSULT", "CHN", "RUS", d, mode="phone")]),
        make_record("d", "kecam " * 40 + "tiga", events=[make_event("ACCUSE", "CHN", "RUS", d)]),
        make_record("e", "jauh " * 40 + "empat", events=[make_event("CONSULT", "CHN", "RUS", date(2023, 3, 8), mode="visit")]),
    ]
    with Store(db_url) as store:
        store.ingest(recs)
        assert store.counts()["events"] == 5


def test_explicit_date_beats_publication_date(db_url):
    d = date(2023, 3, 6)
    late = make_record("late", BODY, url="https://detik.com/1", outlet="detik.com",
                       published=datetime(2023, 3, 7, tzinfo=timezone.utc),
                       events=[make_event("CONSULT", "CHN", "RUS", date(2023, 3, 7), mode="visit", source="published")])
    exact = make_record("exact", BODY.upper(), url="https://tempo.co/1", outlet="tempo.co",
                        events=[make_event("CONSULT", "CHN", "RUS", d, mode="visit", source="explicit", place="CHN")])
    with Store(db_url) as store:
        store.ingest([late, exact])
        (e,) = store.events()
        assert (e["date"], e["date_source"], e["place"]) == (d, "explicit", "Beijing")
        assert e["num_sources"] == 2


def test_queries_filters_timeline_and_stats(db_url):
    mk = lambda src, t, a, b, d, g=1.0, place=None: make_record(  # noqa: E731
        src, f"{src} " * 30 + src, events=[make_event(t, a, b, d, goldstein=g, place=place)])
    recs = [
        mk("1", "CONSULT", "CHN", "RUS", date(2023, 1, 10), 1.0, "CHN"),
        mk("2", "CONSULT", "RUS", "CHN", date(2023, 2, 10), 3.0, "RUS"),
        mk("3", "ACCUSE", "USA", "CHN", date(2023, 2, 11), -2.0),
        mk("4", "AGREE", "IDN", "IND", date(2024, 6, 1), 4.0, "IND"),
    ]
    with Store(db_url) as store:
        store.ingest(recs)
        dyad = store.events(actor=["CHN", "RUS"])
        assert [str(e["date"]) for e in dyad] == ["2023-01-10", "2023-02-10"]
        assert [e["date"] for e in store.timeline(["RUS", "CHN"])] == [e["date"] for e in dyad]
        assert len(store.events(actor="CHN")) == 3
        assert len(store.events(actor="Wang Yi")) == 3  # a name works as well as a code
        assert [e["event_type"] for e in store.events(type="accuse")] == ["ACCUSE"]
        assert len(store.events(date_from="2023-02-01", date_to="2023-12-31")) == 2
        assert [e["event_type"] for e in store.events(country="IND")] == ["AGREE"]
        months = {r["key"]: (r["events"], round(float(r["goldstein_mean"]), 3)) for r in store.stats("month")}
        assert months == {"2023-01": (1, 1.0), "2023-02": (2, 0.5), "2024-06": (1, 4.0)}
        types = {r["key"]: r["events"] for r in store.stats("type")}
        assert types == {"CONSULT": 2, "ACCUSE": 1, "AGREE": 1}
        assert store.stats("dyad")[0]["key"] == "CHN|RUS"
        assert store.timeline()[0]["actor_code"] in ("CHN", "RUS")  # the most frequent dyad
        with pytest.raises(StoreError):
            store.stats("weekday")


def test_full_text_search(db_url):
    with Store(db_url) as store:
        store.ingest([make_record("x", BODY, title="Wang Yi terima Lavrov"),
                      make_record("y", "Banjir melanda Semarang dan sekitarnya " * 5, title="Banjir")])
        hits = store.search("Lavrov Beijing")
        assert [h["title"] for h in hits] == ["Wang Yi terima Lavrov"]
        assert store.search("Semarang")[0]["title"] == "Banjir"
        assert store.search("tidakadakatainisamasekali") == []


def test_actors_keep_sector(db_url):
    with Store(db_url) as store:
        store.ingest([make_record("x", BODY, events=[make_event("CONSULT", "CHN", "RUS", date(2023, 1, 1))])])
        with store.engine.connect() as c:
            rows = c.execute(TABLES["actors"].select()).mappings().all()
        assert {(r["name"], r["sector"], r["country"]) for r in rows} == {
            ("Wang Yi", "GOV", "CHN"), ("Sergei Lavrov", "GOV", "RUS")}


def test_a_person_acting_for_a_body_is_found_by_the_body(db_url):
    from peristiwa.model import Actor

    ev = make_event("REQUEST", "CHN", "RUS", date(2024, 3, 1))
    ev.actor = Actor(text="Sekjen PBB Antonio Guterres", start=0, end=27, kb_id=None, name="Antonio Guterres",
                     country="PRT", sector="GOV", role="Sekretaris Jenderal", org="UN", type="person")
    with Store(db_url) as store:
        store.ingest([make_record("un", BODY, events=[ev])])
        with store.engine.connect() as c:
            orgs = {r["name"]: r["org"] for r in c.execute(TABLES["actors"].select()).mappings()}
        assert orgs["Antonio Guterres"] == "UN" and orgs["Sergei Lavrov"] is None
        found = store.events(actor="UN")
        assert [(e["event_type"], e["actor_name"]) for e in found] == [("REQUEST", "Antonio Guterres")]
        assert store.events(actor="WHO") == []


def test_upgrade_from_version_5_adds_actor_org(db_url):
    engine = open_engine(db_url)
    assert migrate(engine, target=5) == 5
    with engine.begin() as c:
        c.execute(text("INSERT INTO actors (actor_key, name, country) VALUES ('kb:x', 'Lama', 'IDN')"))
    engine.dispose()
    with Store(db_url) as store:
        assert store.version == LATEST >= 6
        with store.engine.connect() as c:
            row = c.execute(TABLES["actors"].select()).mappings().one()
        assert row["name"] == "Lama" and row["org"] is None


def test_upgrade_from_version_1_in_place(db_url):
    engine = open_engine(db_url)
    assert migrate(engine, target=1) == 1
    with engine.begin() as c:  # a version-1 database with one article in it
        c.execute(text("INSERT INTO documents (doc_key, source, content_hash, status, ingested_at)"
                       " VALUES ('old.html', 'old.html', 'h', 'ok', '2023-01-01')"))
        doc = c.execute(text("SELECT id FROM documents")).scalar_one()
        c.execute(text("INSERT INTO articles (document_id, title, text) VALUES (:d, 'Lama', :t)"), {"d": doc, "t": BODY})
        old_id = c.execute(text("SELECT id FROM articles")).scalar_one()
    engine.dispose()
    with Store(db_url) as store:
        assert store.version == LATEST
        assert store.search("Lavrov")[0]["title"] == "Lama"  # full-text index backfilled
        assert store.articles()[0]["story_id"] == old_id  # each old article is its own story
        store.ingest([make_record("new", BODY, events=[make_event("CONSULT", "CHN", "RUS", date(2023, 1, 1))])])
        assert store.counts()["articles"] == 2


def test_newer_schema_is_refused(db_url):
    Store(db_url).close()
    engine = open_engine(db_url)
    with engine.begin() as c:
        c.execute(text("INSERT INTO schema_version (version, applied_at) VALUES (:v, 'future')"), {"v": LATEST + 5})
    engine.dispose()
    with pytest.raises(StoreError, match=r"schema version \d+ is newer"):
        Store(db_url)
