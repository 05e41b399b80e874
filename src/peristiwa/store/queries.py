"""Read queries: events, dyad timelines, stats series, failures, full-text search.

Actor filters accept an ISO3 code ("CHN"), a KB id or an actor name. Two
actors mean a dyad (order-free); a dyad of two codes uses the indexed
``dyad_key`` column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from sqlalchemy import Select, and_, case, func, or_, select, text
from sqlalchemy.engine import Connection

from peristiwa.dedup.events import dyad_key
from peristiwa.errors import StoreError
from peristiwa.store.schema import TABLES

EVENTS, ACTORS, ARTS, DOCS, MENTIONS = (
    TABLES["events"], TABLES["actors"], TABLES["articles"], TABLES["documents"], TABLES["mentions"]
)
A1, A2 = ACTORS.alias("a1"), ACTORS.alias("a2")

EVENT_COLUMNS = (
    EVENTS.c.id, EVENTS.c.date, EVENTS.c.date_source, EVENTS.c.event_type, EVENTS.c.mode,
    EVENTS.c.cameo, EVENTS.c.quad_class, EVENTS.c.goldstein,
    EVENTS.c.actor_code, A1.c.name.label("actor_name"), A1.c.kb_id.label("actor_kb_id"),
    A1.c.sector.label("actor_sector"),
    EVENTS.c.recipient_code, A2.c.name.label("recipient_name"), A2.c.kb_id.label("recipient_kb_id"),
    A2.c.sector.label("recipient_sector"),
    EVENTS.c.place, EVENTS.c.place_country, EVENTS.c.lat, EVENTS.c.lon, EVENTS.c.negated,
    EVENTS.c.num_mentions, EVENTS.c.num_articles, EVENTS.c.num_sources, EVENTS.c.first_seen,
)


def dicts(result) -> list[dict]:
    """Rows as dicts; zip over the keys is twice as fast as Row._mapping."""
    keys = list(result.keys())
    return [dict(zip(keys, r)) for r in result]


def _is_code(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3}", s))


def _actor_ids(conn: Connection, who: str) -> list[int]:
    rows = conn.execute(
        # A body's id also finds the people acting for it (org): "UN" -> its Secretary-General.
        select(ACTORS.c.id).where(
            or_(ACTORS.c.kb_id == who, ACTORS.c.org == who, func.lower(ACTORS.c.name) == who.lower())
        )
    )
    return [r[0] for r in rows]


def _side(conn: Connection, who: str, code_col, id_col):
    cond = code_col == who
    if not _is_code(who):
        ids = _actor_ids(conn, who)
        if ids:
            cond = or_(cond, id_col.in_(ids))
    return cond


def _involves(conn: Connection, who: str):
    return or_(
        _side(conn, who, EVENTS.c.actor_code, EVENTS.c.actor_id),
        _side(conn, who, EVENTS.c.recipient_code, EVENTS.c.recipient_id),
    )


def event_query(
    conn: Connection,
    actor: Sequence[str] | str | None = None,
    type: str | Sequence[str] | None = None,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    country: str | None = None,
    limit: int | None = None,
) -> Select:
    q = (
        select(*EVENT_COLUMNS)
        .select_from(EVENTS)
        .outerjoin(A1, A1.c.id == EVENTS.c.actor_id)
        .outerjoin(A2, A2.c.id == EVENTS.c.recipient_id)
    )
    actors = [actor] if isinstance(actor, str) else list(actor or [])
    if len(actors) == 1:
        q = q.where(_involves(conn, actors[0]))
    elif len(actors) == 2 and all(_is_code(a) for a in actors):
        q = q.where(EVENTS.c.dyad_key == dyad_key(actors[0], actors[1]))
    elif len(actors) >= 2:
        # Every actor given is on one side or the other, both sides from the set.
        one = or_(*(_side(conn, a, EVENTS.c.actor_code, EVENTS.c.actor_id) for a in actors))
        two = or_(*(_side(conn, a, EVENTS.c.recipient_code, EVENTS.c.recipient_id) for a in actors))
        q = q.where(and_(one, two))
    if type:
        types = [type] if isinstance(type, str) else list(type)
        q = q.where(EVENTS.c.event_type.in_([t.upper() for t in types]))
    if date_from:
        q = q.where(EVENTS.c.date >= _as_date(date_from))
    if date_to:
        q = q.where(EVENTS.c.date <= _as_date(date_to))
    if country:
        c = country.upper()
        q = q.where(or_(EVENTS.c.place_country == c, EVENTS.c.actor_code == c, EVENTS.c.recipient_code == c))
    q = q.order_by(EVENTS.c.date, EVENTS.c.id)
    if limit:
        q = q.limit(limit)
    return q


def _as_date(d: date | str) -> date:
    if isinstance(d, date):
        return d
    try:
        return date.fromisoformat(str(d))
    except ValueError:
        raise StoreError(f"not a date (want YYYY-MM-DD): {d!r}") from None


STATS = TABLES["event_stats"]


def stats_query(by: str = "month") -> Select:
    """Counts and mean Goldstein per key, read from the summary kept at ingest."""
    from peristiwa.store.stats import DIMS

    if by not in DIMS:
        raise StoreError(f"stats: cannot group by {by!r} (use {', '.join(DIMS)})")
    mean = case((STATS.c.goldstein_n > 0, STATS.c.goldstein_sum / STATS.c.goldstein_n), else_=None)
    q = (
        select(STATS.c.key.label("key"), STATS.c.events.label("events"), mean.label("goldstein_mean"))
        .where(STATS.c.dim == by, STATS.c.events > 0)
    )
    if by == "dyad":
        return q.where(STATS.c.key != "").order_by(STATS.c.events.desc(), STATS.c.key)
    return q.order_by(STATS.c.key)


def stats_from_events(by: str = "month") -> Select:
    """The same numbers computed from the events table (the slow way; for checks)."""
    from peristiwa.store.stats import DIMS

    col = EVENTS.c[DIMS[by]]
    key = func.coalesce(col, "")
    return (
        select(key.label("key"), func.count().label("events"), func.avg(EVENTS.c.goldstein).label("goldstein_mean"))
        .group_by(key)
        .order_by(key)
    )


TIMELINE_COLUMNS = (
    EVENTS.c.id, EVENTS.c.date, EVENTS.c.event_type, EVENTS.c.mode, EVENTS.c.actor_id, EVENTS.c.recipient_id,
    EVENTS.c.place, EVENTS.c.num_sources, EVENTS.c.goldstein, EVENTS.c.dyad_key,
)


def timeline_query(dyad: str) -> Select:
    """A dyad's events from the covering index ix_events_dyad_timeline alone."""
    return select(*TIMELINE_COLUMNS).where(EVENTS.c.dyad_key == dyad).order_by(EVENTS.c.date, EVENTS.c.id)


def timeline(conn: Connection, dyad: str, limit: int | None = None) -> list[dict]:
    q = timeline_query(dyad)
    if limit:
        q = q.limit(limit)
    result = conn.execute(q)
    keys = list(result.keys())
    rows = result.fetchall()  # one bulk fetch: per-row fetchone dominated large dyads
    ia, ir = keys.index("actor_id"), keys.index("recipient_id")
    ids = {r[ia] for r in rows} | {r[ir] for r in rows}
    ids.discard(None)
    actors: dict = {}
    if ids:
        for a in conn.execute(select(ACTORS.c.id, ACTORS.c.name, ACTORS.c.country, ACTORS.c.kb_id)
                              .where(ACTORS.c.id.in_(sorted(ids)))):
            actors[a.id] = (a.name, a.country or a.kb_id)
    none = (None, None)
    out_keys = (*keys, "actor_name", "actor_code", "recipient_name", "recipient_code")
    # Each dict built in one call: assigning four keys per row afterwards cost as much as the query.
    return [dict(zip(out_keys, (*r, *actors.get(r[ia], none), *actors.get(r[ir], none)))) for r in rows]


def top_dyad(conn: Connection) -> str | None:
    """The dyad with the most events, both sides known (from the stats summary)."""
    row = conn.execute(
        select(STATS.c.key)
        .where(STATS.c.dim == "dyad", STATS.c.events > 0, STATS.c.key != "",
               STATS.c.key.not_like("-|%"), STATS.c.key.not_like("%|-"))
        .order_by(STATS.c.events.desc(), STATS.c.key)
        .limit(1)
    ).first()
    return row[0] if row else None


def failures(conn: Connection) -> list[dict]:
    rows = conn.execute(
        select(DOCS.c.source, DOCS.c.error, DOCS.c.ingested_at).where(DOCS.c.status == "failed").order_by(DOCS.c.id)
    )
    return [dict(r._mapping) for r in rows]


def mentions_of(conn: Connection, event_ids: Sequence[int]) -> dict[int, list[dict]]:
    """Every mention of these events with its article, outlet and evidence span."""
    out: dict[int, list[dict]] = {i: [] for i in event_ids}
    if not event_ids:
        return out
    q = (
        select(
            MENTIONS.c.event_id, MENTIONS.c.article_id, MENTIONS.c.outlet, ARTS.c.url, ARTS.c.title,
            ARTS.c.published, MENTIONS.c.date, MENTIONS.c.date_source, MENTIONS.c.trigger,
            MENTIONS.c.evidence_start, MENTIONS.c.evidence_end,
            func.substr(ARTS.c.text, MENTIONS.c.evidence_start + 1,
                        MENTIONS.c.evidence_end - MENTIONS.c.evidence_start).label("evidence"),
        )
        .join(ARTS, ARTS.c.id == MENTIONS.c.article_id)
        .where(MENTIONS.c.event_id.in_(list(event_ids)))
        .order_by(MENTIONS.c.event_id, MENTIONS.c.id)
    )
    for r in conn.execute(q):
        m = dict(r._mapping)
        out[m.pop("event_id")].append(m)
    return out


def search(conn: Connection, q: str, limit: int = 20) -> list[dict]:
    words = re.findall(r"\w+", q, flags=re.UNICODE)
    if not words:
        return []
    if conn.dialect.name == "sqlite":
        match = " ".join('"' + w.replace('"', "") + '"' for w in words)
        sql = text(
            "SELECT a.id, a.title, a.url, a.published, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet"
            " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            " WHERE articles_fts MATCH :m ORDER BY rank LIMIT :n"
        )
        rows = conn.execute(sql, {"m": match, "n": limit})
    else:
        sql = text(
            "SELECT a.id, a.title, a.url, a.published,"
            " ts_headline('simple', a.text, q, 'StartSel=[,StopSel=],MaxWords=20,MinWords=8') AS snippet"
            " FROM articles a, plainto_tsquery('simple', :m) q WHERE a.tsv @@ q"
            " ORDER BY ts_rank(a.tsv, q) DESC, a.id LIMIT :n"
        )
        rows = conn.execute(sql, {"m": " ".join(words), "n": limit})
    return [dict(r._mapping) for r in rows]


def articles(conn: Connection, limit: int | None = None) -> list[dict]:
    q = (
        select(
            ARTS.c.id, DOCS.c.source, ARTS.c.title, ARTS.c.published, ARTS.c.language, ARTS.c.outlet,
            ARTS.c.agency, ARTS.c.dateline_place, ARTS.c.story_id,
            select(func.count()).where(MENTIONS.c.article_id == ARTS.c.id).scalar_subquery().label("mentions"),
        )
        .join(DOCS, DOCS.c.id == ARTS.c.document_id)
        .order_by(ARTS.c.id)
    )
    if limit:
        q = q.limit(limit)
    return [dict(r._mapping) for r in conn.execute(q)]
