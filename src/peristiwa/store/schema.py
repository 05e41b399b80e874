"""The database schema, one definition per schema version (SQLAlchemy Core).

``define(version)`` returns the tables as they stood at that version, so a
migration can be derived by comparing two versions (new tables, new columns,
new indexes) instead of being written by hand twice. The newest version is
what queries use (``TABLES``).

Why some denormalised columns and tables exist:
- ``dyad_key`` ("CHN|RUS", order-free) and ``month`` ("2023-05") carry indexes
  so a dyad timeline and monthly stats stay fast on millions of events.
- ``match_key`` (type|mode|identities) + ``date`` is what event merging looks up.
- ``event_stats`` (version 4) holds counts and Goldstein sums per month, type
  and dyad, kept up to date at ingest, so ``stats`` never scans events.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    BigInteger,
)

LATEST = 6


def define(version: int = LATEST) -> MetaData:
    md = MetaData()
    Table(
        "schema_version",
        md,
        Column("version", Integer, primary_key=True, autoincrement=False),
        Column("applied_at", String(32), nullable=False),
    )
    Table(
        "documents",
        md,
        Column("id", Integer, primary_key=True),
        Column("doc_key", Text, nullable=False, unique=True),  # URL when known, else source
        Column("source", Text, nullable=False),
        Column("content_hash", String(64), nullable=False),
        Column("status", String(8), nullable=False),  # "ok" | "failed"
        Column("error", Text),
        Column("ingested_at", String(32), nullable=False),
    )
    Index("ix_documents_status", md.tables["documents"].c.status)
    articles = [
        Column("id", Integer, primary_key=True),
        Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, unique=True),
        Column("url", Text),
        Column("outlet", Text),
        Column("title", Text),
        Column("published", String(32)),
        Column("language", String(8)),
        Column("agency", Text),
        Column("dateline_place", Text),
        Column("dateline_country", Text),
        Column("text", Text, nullable=False),
        Column("blocks", Text),  # JSON [[kind, start, end], ...] so evidence can be shown in context
    ]
    if version >= 2:
        articles += [
            Column("story_id", Integer),  # the first article of its near-duplicate cluster
            Column("minhash", LargeBinary),
        ]
    Table("articles", md, *articles)
    Index("ix_articles_url", md.tables["articles"].c.url)  # a new version of a page is found by its URL
    if version >= 2:
        Index("ix_articles_story", md.tables["articles"].c.story_id)
        # A database-backed LSH index: one row per (band, band-hash) of each article.
        Table(
            "article_bands",
            md,
            # hash first: lookups are "hash IN (...)", the band is checked after.
            Column("hash", BigInteger, nullable=False, primary_key=True, autoincrement=False),
            Column("band", Integer, nullable=False, primary_key=True, autoincrement=False),
            Column(
                "article_id",
                Integer,
                ForeignKey("articles.id", ondelete="CASCADE"),
                nullable=False,
                primary_key=True,
                autoincrement=False,
            ),
        )
        Index("ix_article_bands_article", md.tables["article_bands"].c.article_id)
    Table(
        "actors",
        md,
        Column("id", Integer, primary_key=True),
        Column("actor_key", Text, nullable=False, unique=True),
        Column("kb_id", Text),
        Column("name", Text),
        Column("country", String(8)),
        Column("sector", String(16)),
        Column("type", String(16)),
        Column("role", Text),
        # v6: the organisation a person acts for (the UN for its Secretary-General)
        *([Column("org", Text)] if version >= 6 else []),
    )
    t = Table(
        "events",
        md,
        Column("id", Integer, primary_key=True),
        Column("match_key", Text, nullable=False),
        Column("event_type", String(16), nullable=False),
        Column("mode", String(32)),
        Column("cameo", String(8)),
        Column("quad_class", Integer),
        Column("goldstein", Float),
        Column("date", Date),
        Column("date_source", String(16)),
        Column("month", String(7)),
        Column("actor_id", Integer, ForeignKey("actors.id")),
        Column("recipient_id", Integer, ForeignKey("actors.id")),
        Column("actor_code", Text),  # ISO3 country, else the KB id, else the name
        Column("recipient_code", Text),
        Column("dyad_key", Text),
        Column("place", Text),
        Column("place_country", String(8)),
        Column("lat", Float),
        Column("lon", Float),
        Column("negated", Boolean, nullable=False, default=False),
        Column("num_mentions", Integer, nullable=False, default=0),
        Column("num_articles", Integer, nullable=False, default=0),
        Column("num_sources", Integer, nullable=False, default=0),
        Column("first_seen", String(32)),
    )
    Index("ix_events_match", t.c.match_key, t.c.date)
    if version < 5:
        Index("ix_events_dyad_date", t.c.dyad_key, t.c.date)
    else:
        # Covering: a dyad timeline is read from the index alone, never the table.
        # (id right after date: the ORDER BY date, id is the index order too.)
        Index("ix_events_dyad_timeline", t.c.dyad_key, t.c.date, t.c.id, t.c.event_type, t.c.mode, t.c.actor_id,
              t.c.recipient_id, t.c.place, t.c.num_sources, t.c.goldstein)
    Index("ix_events_actor_date", t.c.actor_code, t.c.date)
    Index("ix_events_recipient_date", t.c.recipient_code, t.c.date)
    Index("ix_events_date", t.c.date)
    # Covering indexes: stats read only the index, never the table.
    Index("ix_events_month_stats", t.c.month, t.c.goldstein)
    Index("ix_events_type_stats", t.c.event_type, t.c.goldstein)
    m = Table(
        "mentions",
        md,
        Column("id", Integer, primary_key=True),
        Column("event_id", Integer, ForeignKey("events.id"), nullable=False),
        Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        Column("outlet", Text),
        Column("event_type", String(16), nullable=False),
        Column("mode", String(32)),
        Column("date", Date),
        Column("date_source", String(16)),
        Column("actor_id", Integer, ForeignKey("actors.id")),
        Column("recipient_id", Integer, ForeignKey("actors.id")),
        Column("actor_text", Text),
        Column("recipient_text", Text),
        Column("place", Text),
        Column("place_country", String(8)),
        Column("place_source", String(16)),
        Column("place_feature", String(16)),
        Column("lat", Float),
        Column("lon", Float),
        Column("evidence_start", Integer),
        Column("evidence_end", Integer),
        Column("trigger", Text),
        Column("cameo", String(8)),
        Column("quad_class", Integer),
        Column("goldstein", Float),
        Column("confidence", Float),
        Column("negated", Boolean, nullable=False, default=False),
        Column("data", Text),  # the full Event as JSON, for exports that want everything
    )
    Index("ix_mentions_event", m.c.event_id)
    Index("ix_mentions_article", m.c.article_id)
    if version >= 4:
        # Stats maintained at ingest: one row per (dimension, key), so monthly
        # stats read ~100 rows instead of scanning millions of events.
        Table(
            "event_stats",
            md,
            Column("dim", String(8), primary_key=True),  # "month" | "type" | "dyad"
            Column("key", Text, primary_key=True),  # "" stands for unknown (no date, no dyad)
            Column("events", Integer, nullable=False),
            Column("goldstein_sum", Float, nullable=False),
            Column("goldstein_n", Integer, nullable=False),
        )
    return md


TABLES = define(LATEST).tables
