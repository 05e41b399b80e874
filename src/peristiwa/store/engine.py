"""Opening a database: SQLite (embedded default, WAL) or PostgreSQL.

Every failure to open becomes a one-line ``StoreError``: a corrupt or foreign
SQLite file, a database from a newer peristiwa, an unreachable server.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from peristiwa.errors import StoreError

DEFAULT_DB = "peristiwa.db"
SQLITE_BUSY_MS = 60_000  # concurrent ingests wait for the write lock instead of failing


def normalise_url(db: str | os.PathLike | None) -> str:
    """A path becomes a sqlite URL; ``postgresql://`` gets the psycopg 3 driver."""
    db = str(db or os.environ.get("PERISTIWA_DB") or DEFAULT_DB)
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return "sqlite:///" + str(Path(db).expanduser().resolve())


def describe(url: str) -> str:
    """The URL without a password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True).replace("+psycopg", "")
    except ArgumentError:
        return url


def _check_sqlite_file(path: Path) -> None:
    """Refuse files that are not SQLite or not ours, before we touch them
    (switching a foreign file to WAL would already modify it)."""
    if not path.exists() or path.stat().st_size == 0:
        if not path.parent.is_dir():
            raise StoreError(f"{path}: the folder {path.parent} does not exist")
        return
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=SQLITE_BUSY_MS / 1000)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable SQLite database ({exc})") from None
    if names and "schema_version" not in names:
        shown = ", ".join(sorted(names)[:4])
        raise StoreError(f"{path}: a SQLite database, but not a peristiwa store (it holds tables: {shown})")


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # We issue BEGIN ourselves (pysqlite's implicit transactions are unreliable).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # Writers take the lock up front, so two ingests queue instead of deadlocking.
        immediate = conn.get_execution_options().get("sqlite_immediate")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def open_engine(db: str | os.PathLike | None) -> Engine:
    url = normalise_url(db)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"{db}: not a database path or URL") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _check_sqlite_file(Path(parsed.database))
        engine = create_engine(url)
        _sqlite_setup(engine)
    elif parsed.get_backend_name() == "postgresql":
        engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    else:
        raise StoreError(f"{describe(url)}: unsupported database (use a SQLite path or postgresql://...)")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except NoSuchModuleError as exc:
        raise StoreError(f"{describe(url)}: database driver missing ({exc})") from None
    except DBAPIError as exc:
        raise StoreError(f"{describe(url)}: cannot open the database: {first_line(exc.orig)}") from None
    return engine


def first_line(exc: BaseException | None) -> str:
    text = str(exc or "").strip()
    return text.splitlines()[0] if text else type(exc).__name__
