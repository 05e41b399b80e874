"""The ``event_stats`` summary: counts and Goldstein sums per month, type and
dyad, changed by deltas whenever an event is created, recomputed or deleted.

Both SQLite (>= 3.24) and PostgreSQL accept the same ``ON CONFLICT`` upsert.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

DIMS = {"month": "month", "type": "event_type", "dyad": "dyad_key"}

_UPSERT = text(
    "INSERT INTO event_stats (dim, key, events, goldstein_sum, goldstein_n) VALUES (:dim, :key, :n, :gs, :gn)"
    " ON CONFLICT (dim, key) DO UPDATE SET events = event_stats.events + excluded.events,"
    " goldstein_sum = event_stats.goldstein_sum + excluded.goldstein_sum,"
    " goldstein_n = event_stats.goldstein_n + excluded.goldstein_n"
)


def _rows(ev: Mapping[str, Any], sign: int) -> list[dict]:
    g = ev.get("goldstein")
    return [
        {"dim": dim, "key": ev.get(col) or "", "n": sign, "gs": sign * (g or 0.0), "gn": sign * (g is not None)}
        for dim, col in DIMS.items()
    ]


def apply(conn: Connection, old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> None:
    """Move one event's contribution from ``old`` to ``new`` (either may be None)."""
    if old is not None and new is not None and all(old.get(c) == new.get(c) for c in (*DIMS.values(), "goldstein")):
        return
    rows = (_rows(old, -1) if old is not None else []) + (_rows(new, +1) if new is not None else [])
    conn.execute(_UPSERT, rows)


def rebuild(conn: Connection) -> None:
    """Recompute the whole summary from the events table (migration, bulk loads)."""
    conn.exec_driver_sql("DELETE FROM event_stats")
    for dim, col in DIMS.items():
        conn.exec_driver_sql(
            "INSERT INTO event_stats (dim, key, events, goldstein_sum, goldstein_n)"
            f" SELECT '{dim}', coalesce({col}, ''), count(*), coalesce(sum(goldstein), 0), count(goldstein)"
            f" FROM events GROUP BY coalesce({col}, '')"
        )
