"""The event store: one database in which each real-world event appears once,
with every article and outlet that reported it.

    >>> store = peristiwa.Store("peristiwa.db")          # or "postgresql://..."  # doctest: +SKIP
    >>> store.ingest(peristiwa.extract("pages/"))          # doctest: +SKIP
    >>> store.timeline(["CHN", "RUS"])                     # doctest: +SKIP

The store consumes ``Record``s (the pipeline's output) and never imports the
stages that produce them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from itertools import islice

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from peristiwa.errors import StoreError
from peristiwa.model import Record
from peristiwa.store import queries
from peristiwa.store.engine import describe, first_line, open_engine
from peristiwa.store.migrations import PG_LOCK, current_version, migrate
from peristiwa.store.writer import IngestReport, record_failure, write_record

__all__ = ["Store", "IngestReport"]


class Store:
    def __init__(self, db: str | os.PathLike | None = None, *, upgrade: bool = True):
        self.engine = open_engine(db)
        self.where = describe(str(self.engine.url))
        try:
            if upgrade:
                migrate(self.engine, where=self.where)
            with self.engine.connect() as conn:
                version = current_version(conn)
        except DBAPIError as exc:
            raise StoreError(f"{self.where}: {first_line(exc.orig)}") from None
        self.version = version

    # ------------------------------------------------------------------ plumbing

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction. SQLite: BEGIN IMMEDIATE (writers queue on the
        file lock). PostgreSQL: an advisory lock so concurrent ingests do not
        both create the same canonical event."""
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                conn.execution_options(sqlite_immediate=True)
            with conn.begin():
                if self.dialect == "postgresql":
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_LOCK + 1})")
                yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except DBAPIError as exc:
            raise StoreError(f"{self.where}: {first_line(exc.orig)}") from None

    # ------------------------------------------------------------------ writing

    def ingest(
        self, records: Iterable[Record], *, batch_size: int = 50, progress: bool = False, total: int | None = None
    ) -> IngestReport:
        """Store records, committing every ``batch_size`` documents.

        Re-ingesting an unchanged document does nothing; a changed version of
        the same source or URL replaces the old one and its mentions."""
        report = IngestReport()
        bar = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=total, desc="ingest", unit="doc", file=sys.stderr)
        it = iter(records)
        try:
            while batch := list(islice(it, batch_size)):
                self._write_batch(batch, report)
                if bar is not None:
                    bar.update(len(batch))
        finally:
            if bar is not None:
                bar.close()
        return report

    def _write_batch(self, batch: list[Record], report: IngestReport) -> None:
        try:
            with self._write() as conn:
                for rec in batch:
                    try:
                        with conn.begin_nested():
                            write_record(conn, rec, report)
                    except DBAPIError:
                        raise
                    except Exception as exc:  # a bug on one record must not lose the batch
                        msg = f"{rec.source}: store error: {type(exc).__name__}: {exc}"
                        report.errors.append(msg)
                        report.failed += 1
                        with conn.begin_nested():
                            record_failure(conn, rec.source, msg)
        except DBAPIError as exc:
            raise StoreError(f"{self.where}: writing failed: {first_line(exc.orig)}") from None

    # ------------------------------------------------------------------ reading

    def events(
        self,
        actor: Sequence[str] | str | None = None,
        type: str | Sequence[str] | None = None,
        date_from: date | str | None = None,
        date_to: date | str | None = None,
        country: str | None = None,
        limit: int | None = None,
        mentions: bool = False,
    ) -> list[dict]:
        """Canonical events matching the filters, by date. ``mentions=True``
        adds each event's mentions (article, outlet, evidence span)."""
        with self._read() as conn:
            q = queries.event_query(conn, actor, type, date_from, date_to, country, limit)
            rows = queries.dicts(conn.execute(q))
            if mentions:
                by_event = queries.mentions_of(conn, [r["id"] for r in rows])
                for r in rows:
                    r["mentions"] = by_event[r["id"]]
        return rows

    def timeline(self, actors: Sequence[str] | None = None, limit: int | None = None) -> list[dict]:
        """A dyad's (or one actor's) events by date: date, type, mode, actor,
        recipient, place, number of sources. With no actors: the most
        frequent dyad's."""
        from peristiwa.dedup.events import dyad_key

        actors = list(actors or [])
        with self._read() as conn:
            if not actors:
                dyad = queries.top_dyad(conn)
                if dyad is None:
                    return []
                return queries.timeline(conn, dyad, limit)
            if len(actors) == 2 and all(queries._is_code(a) for a in actors):
                return queries.timeline(conn, dyad_key(actors[0], actors[1]), limit)
        return self.events(actor=actors, limit=limit)

    def stats(self, by: str = "month") -> list[dict]:
        """Counts and mean Goldstein score per month, type or dyad (key None:
        events without a date or dyad)."""
        with self._read() as conn:
            rows = [dict(r._mapping) for r in conn.execute(queries.stats_query(by))]
        for r in rows:
            r["key"] = r["key"] or None
        return rows

    def failures(self) -> list[dict]:
        with self._read() as conn:
            return queries.failures(conn)

    def search(self, q: str, limit: int = 20) -> list[dict]:
        """Full-text search over article titles and texts."""
        with self._read() as conn:
            return queries.search(conn, q, limit)

    def articles(self, limit: int | None = None) -> list[dict]:
        with self._read() as conn:
            return queries.articles(conn, limit)

    def counts(self) -> dict[str, int]:
        from sqlalchemy import func, select

        from peristiwa.store.schema import TABLES

        with self._read() as conn:
            return {
                name: conn.execute(select(func.count()).select_from(TABLES[name])).scalar_one()
                for name in ("documents", "articles", "actors", "events", "mentions")
            }

    def export(self, format: str, path: str | os.PathLike, **filters) -> int:
        """Write the canonical events (optionally filtered as in ``events``) as
        jsonl, csv, parquet, plover or gdelt; returns the number written."""
        from peristiwa.export import write

        return write(self, format, path, **filters)
