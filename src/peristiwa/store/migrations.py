"""Ordered, versioned migrations that upgrade a database in place.

Version N's structural change is derived from ``schema.define(N-1)`` vs
``schema.define(N)`` (new tables, columns, indexes); ``EXTRA[N]`` holds what
cannot be derived (backfills, full-text search). Each step runs in its own
transaction and records itself in ``schema_version``, so an interrupted
upgrade resumes where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy import inspect, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.schema import CreateColumn

from peristiwa.errors import StoreError
from peristiwa.store import schema

PG_LOCK = 0x70657269  # advisory lock id ("peri"): one migrator at a time


def current_version(conn: Connection) -> int | None:
    """The schema version, or None for an empty database."""
    if not inspect(conn).has_table("schema_version"):
        return None
    v = conn.execute(select(schema.define(1).tables["schema_version"].c.version).order_by(text("version DESC")).limit(1)).scalar()
    return int(v) if v is not None else 0


def _structural_step(conn: Connection, version: int) -> None:
    new = schema.define(version)
    if version == 1:
        new.create_all(conn)
        return
    old = schema.define(version - 1)
    for table in new.sorted_tables:
        if table.name not in old.tables:
            table.create(conn)
            continue
        before = old.tables[table.name]
        for col in table.columns:
            if col.name not in before.c:
                ddl = CreateColumn(col).compile(dialect=conn.dialect)
                conn.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN {ddl}")
        old_idx, new_idx = {i.name for i in before.indexes}, {i.name for i in table.indexes}
        for idx in before.indexes:
            if idx.name not in new_idx:
                idx.drop(conn)
        for idx in table.indexes:
            if idx.name not in old_idx:
                idx.create(conn)


def _v2_backfill(conn: Connection) -> None:
    # Articles stored before clustering existed are each their own story.
    conn.exec_driver_sql("UPDATE articles SET story_id = id WHERE story_id IS NULL")


def _v3_fulltext(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id',"
            " tokenize='unicode61 remove_diacritics 2')"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN"
            " INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN"
            " INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);"
            " END"
        )
        conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    else:
        # 'simple': no stemming, so Indonesian and English are treated alike.
        conn.exec_driver_sql(
            "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS"
            " (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED"
        )
        conn.exec_driver_sql("CREATE INDEX ix_articles_tsv ON articles USING gin (tsv)")


def _v4_stats(conn: Connection) -> None:
    from peristiwa.store.stats import rebuild

    rebuild(conn)


EXTRA: dict[int, Callable[[Connection], None]] = {2: _v2_backfill, 3: _v3_fulltext, 4: _v4_stats}


def _write_conn(engine: Engine) -> Connection:
    conn = engine.connect()
    if engine.dialect.name == "sqlite":
        conn.execution_options(sqlite_immediate=True)
    return conn


def migrate(engine: Engine, target: int = schema.LATEST, where: str = "") -> int:
    """Bring the database to ``target``; returns the version it ended at."""
    where = where or str(engine.url)
    with _write_conn(engine) as conn:
        with conn.begin():
            found = current_version(conn)
    if found is not None and found > schema.LATEST:
        raise StoreError(
            f"{where}: database schema version {found} is newer than this peristiwa supports "
            f"({schema.LATEST}); upgrade peristiwa"
        )
    if found is not None and found >= target:
        return found
    with _write_conn(engine) as conn:
        for version in range((found or 0) + 1, target + 1):
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_LOCK})")
                # Re-check under the lock: another process may have done this step.
                now = current_version(conn) or 0
                if now >= version:
                    continue
                _structural_step(conn, version)
                if version in EXTRA:
                    EXTRA[version](conn)
                conn.execute(
                    schema.define(1).tables["schema_version"].insert().values(
                        version=version, applied_at=datetime.now(timezone.utc).isoformat(timespec="seconds")
                    )
                )
    return target
