"""Writing Records: idempotent by content hash, replacing changed versions,
clustering near-duplicate articles and merging event mentions.

All functions take an open Connection inside a transaction; the caller
commits once per batch, so a crash loses at most the batch in flight.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlsplit

from sqlalchemy import and_, bindparam, delete, insert, or_, select, update
from sqlalchemy.engine import Connection

from peristiwa.dedup import articles as art_dedup
from peristiwa.dedup import events as ev_dedup
from peristiwa.dedup.rules import rules
from peristiwa.model import Actor, Article, Event, Record
from peristiwa.store import stats
from peristiwa.store.schema import TABLES

DOCS, ARTS, BANDS = TABLES["documents"], TABLES["articles"], TABLES["article_bands"]
ACTORS, EVENTS, MENTIONS = TABLES["actors"], TABLES["events"], TABLES["mentions"]


# Statements built once: building SQLAlchemy expressions per row costs more than running them.
_INS = {t.name: insert(t) for t in (DOCS, ARTS, BANDS, ACTORS, EVENTS, MENTIONS)}
_SET_STORY = update(ARTS).where(ARTS.c.id == bindparam("aid"))
_UPDATE_EVENT = update(EVENTS).where(EVENTS.c.id == bindparam("eid"))


@dataclass
class IngestReport:
    documents: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    copies: int = 0  # articles that joined an existing story cluster
    mentions: int = 0
    new_events: int = 0
    merged_mentions: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.documents} documents: {self.added} added, {self.replaced} replaced, "
            f"{self.unchanged} unchanged, {self.failed} failed; {self.copies} near-duplicate copies; "
            f"{self.mentions} event mentions -> {self.new_events} new events, {self.merged_mentions} merged"
        )


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_hash(rec: Record) -> str:
    a = rec.article
    payload = {
        "error": rec.error,
        "title": a.title if a else None,
        "text": a.text if a else None,
        "published": a.published.isoformat() if a and a.published else None,
        "url": a.url if a else None,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def outlet_of(a: Article) -> str | None:
    if a.outlet:
        return a.outlet
    if a.url:
        host = urlsplit(a.url).hostname or ""
        return host.removeprefix("www.") or None
    return None


# --------------------------------------------------------------------------
# documents


def write_record(conn: Connection, rec: Record, report: IngestReport) -> None:
    report.documents += 1
    chash = content_hash(rec)
    url = rec.article.url if rec.article else None
    old = _find_existing(conn, rec.source, url)
    if old is not None and old.content_hash == chash:
        report.unchanged += 1
        return
    if old is not None:
        remove_document(conn, old.id)
        report.replaced += 1
    status = "failed" if rec.error or rec.article is None else "ok"
    doc_id = conn.execute(
        _INS[DOCS.name], dict(
            doc_key=rec.source,
            source=rec.source,
            content_hash=chash,
            status=status,
            error=rec.error or (None if rec.article else "no article"),
            ingested_at=now(),
        )
    ).inserted_primary_key[0]
    if status == "failed":
        report.failed += 1
        return
    if old is None:
        report.added += 1
    article_id, story_id = _write_article(conn, doc_id, rec.article, report)
    outlet = outlet_of(rec.article)
    for ev in rec.events:
        _write_mention(conn, ev, article_id, story_id, outlet, report)


_DOC_BY_KEY = select(DOCS.c.id, DOCS.c.content_hash).where(DOCS.c.doc_key == bindparam("k"))
_DOC_BY_URL = (
    select(DOCS.c.id, DOCS.c.content_hash).join(ARTS, ARTS.c.document_id == DOCS.c.id).where(ARTS.c.url == bindparam("u"))
)


def _find_existing(conn: Connection, source: str, url: str | None):
    row = conn.execute(_DOC_BY_KEY, {"k": source}).first()
    if row is None and url:
        # The same URL read from another file or fetch: a new version of one page.
        row = conn.execute(_DOC_BY_URL, {"u": url}).first()
    return row


def remove_document(conn: Connection, doc_id: int) -> None:
    """Delete a document, its article and its mentions; events left without
    mentions go too, the others are recomputed from what remains."""
    art_ids = [r[0] for r in conn.execute(select(ARTS.c.id).where(ARTS.c.document_id == doc_id))]
    if art_ids:
        ev_ids = sorted(
            {r[0] for r in conn.execute(select(MENTIONS.c.event_id).where(MENTIONS.c.article_id.in_(art_ids)))}
        )
        conn.execute(delete(MENTIONS).where(MENTIONS.c.article_id.in_(art_ids)))
        conn.execute(delete(BANDS).where(BANDS.c.article_id.in_(art_ids)))
        conn.execute(delete(ARTS).where(ARTS.c.id.in_(art_ids)))
        for ev_id in ev_ids:
            refresh_event(conn, ev_id)
    conn.execute(delete(DOCS).where(DOCS.c.id == doc_id))


# --------------------------------------------------------------------------
# articles and story clusters


def _write_article(conn: Connection, doc_id: int, a: Article, report: IngestReport) -> tuple[int, int]:
    sig = art_dedup.signature(a.body or a.text)
    dl = a.dateline
    article_id = conn.execute(
        _INS[ARTS.name], dict(
            document_id=doc_id,
            url=a.url,
            outlet=outlet_of(a),
            title=a.title,
            published=a.published.isoformat() if a.published else None,
            language=a.language,
            agency=a.agency,
            dateline_place=dl.place if dl else None,
            dateline_country=(dl.country_code or dl.country) if dl else None,
            text=a.text,
            blocks=json.dumps([[b.kind, b.start, b.end] for b in a.blocks]),
            minhash=sig.to_bytes() if sig is not None else None,
        )
    ).inserted_primary_key[0]
    story_id = article_id
    if sig is not None:
        keys = sig.band_keys()
        story_id = _find_story(conn, sig, keys) or article_id
        if story_id != article_id:
            report.copies += 1
        conn.execute(_INS[BANDS.name], [{"band": b, "hash": h, "article_id": article_id} for b, h in keys])
    conn.execute(_SET_STORY, {"aid": article_id, "story_id": story_id})
    return article_id, story_id


_STORY_CANDIDATES = (
    select(BANDS.c.band, BANDS.c.hash, ARTS.c.id, ARTS.c.story_id, ARTS.c.minhash)
    .join(ARTS, ARTS.c.id == BANDS.c.article_id)
    .where(BANDS.c.hash.in_(bindparam("hashes", expanding=True)))
)


def _find_story(conn: Connection, sig: art_dedup.Signature, keys: list[tuple[int, int]]) -> int | None:
    """The story of the most similar stored article above the threshold."""
    wanted = set(keys)
    best, best_sim, seen = None, rules()["articles"]["threshold"], set()
    for band, h, cid, story, blob in conn.execute(_STORY_CANDIDATES, {"hashes": [h for _, h in keys]}):
        if (band, h) not in wanted or cid in seen or blob is None:
            continue
        seen.add(cid)
        sim = sig.similarity(art_dedup.Signature.from_bytes(blob))
        if sim >= best_sim:
            best, best_sim = story or cid, sim
    return best


# --------------------------------------------------------------------------
# actors, mentions and canonical events


_ACTOR_BY_KEY = select(ACTORS.c.id).where(ACTORS.c.actor_key == bindparam("k"))


def actor_id(conn: Connection, a: Actor | None) -> int | None:
    key = ev_dedup.actor_key(a)
    if key is None:
        return None
    row = conn.execute(_ACTOR_BY_KEY, {"k": key}).first()
    if row:
        return row[0]
    return conn.execute(
        _INS[ACTORS.name], dict(
            actor_key=key,
            kb_id=a.kb_id,
            name=a.name or a.text,
            country=a.country,
            sector=a.sector,
            type=a.type,
            role=a.role,
            org=a.org,
        )
    ).inserted_primary_key[0]


def _mention_row(ev: Event, article_id: int, outlet: str | None, aid: int | None, rid: int | None) -> dict:
    loc, evd = ev.location, ev.evidence
    return {
        "article_id": article_id,
        "outlet": outlet,
        "event_type": ev.event_type,
        "mode": ev.mode,
        "date": ev.date,
        "date_source": ev.date_source,
        "actor_id": aid,
        "recipient_id": rid,
        "actor_text": ev.actor.text if ev.actor else None,
        "recipient_text": ev.recipient.text if ev.recipient else None,
        "place": loc.name if loc else None,
        "place_country": loc.country if loc else None,
        "place_source": loc.source if loc else None,
        "place_feature": loc.feature if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "evidence_start": evd.start if evd else None,
        "evidence_end": evd.end if evd else None,
        "trigger": evd.trigger if evd else None,
        "cameo": ev.cameo,
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "confidence": ev.confidence,
        "negated": bool(ev.negated),
        "data": json.dumps(ev.to_dict(), ensure_ascii=False, default=str),
    }


def _write_mention(
    conn: Connection, ev: Event, article_id: int, story_id: int, outlet: str | None, report: IngestReport
) -> None:
    aid, rid = actor_id(conn, ev.actor), actor_id(conn, ev.recipient)
    row = _mention_row(ev, article_id, outlet, aid, rid)
    key = ev_dedup.match_key(ev)
    event_id = _find_event(conn, key, row, story_id)
    if event_id is None:
        event_id = _find_event_coarse(conn, ev, row)
    if event_id is None:
        event_id = _find_event_in_story(conn, ev, row, story_id)
    is_new = event_id is None
    if is_new:
        code1, code2 = ev_dedup.actor_code(ev.actor), ev_dedup.actor_code(ev.recipient)
        event_id = conn.execute(
            _INS[EVENTS.name], dict(
                match_key=key,
                event_type=ev.event_type,
                mode=ev.mode,
                actor_code=code1,
                recipient_code=code2,
                dyad_key=ev_dedup.dyad_key(code1, code2),
                negated=bool(ev.negated),
                first_seen=now(),
            )
        ).inserted_primary_key[0]
        report.new_events += 1
    else:
        report.merged_mentions += 1
    conn.execute(_INS[MENTIONS.name], dict(event_id=event_id, **row))
    report.mentions += 1
    refresh_event(conn, event_id, is_new=is_new)


_SAME_STORY = select(MENTIONS.c.event_id).join(ARTS, ARTS.c.id == MENTIONS.c.article_id).where(
    ARTS.c.story_id == bindparam("story")
)
_EVENT_CANDIDATE_COLS = (EVENTS.c.id, EVENTS.c.date, EVENTS.c.place, EVENTS.c.place_country, EVENTS.c.lat, EVENTS.c.lon)
# Same key and a close date; or same key, one story cluster and a date within the story window.
_EVENTS_NEAR = (
    select(*_EVENT_CANDIDATE_COLS)
    .where(
        EVENTS.c.match_key == bindparam("key"),
        or_(
            EVENTS.c.date.between(bindparam("lo"), bindparam("hi")),
            and_(EVENTS.c.id.in_(_SAME_STORY), EVENTS.c.date.between(bindparam("wlo"), bindparam("whi"))),
        ),
    )
    .order_by(EVENTS.c.id)
)
_EVENTS_UNDATED = (
    select(*_EVENT_CANDIDATE_COLS)
    .where(EVENTS.c.match_key == bindparam("key"), or_(EVENTS.c.date.is_(None), EVENTS.c.id.in_(_SAME_STORY)))
    .order_by(EVENTS.c.id)
)


def _find_event(conn: Connection, key: str, row: dict, story_id: int) -> int | None:
    """The canonical event this mention reports, if one is stored.

    Copies of one story report the same events even when their dates drift (a
    relative date resolved against a later publication day), within a window."""
    d: date | None = row["date"]
    cfg = rules()["events"]
    if d is None:
        cands = conn.execute(_EVENTS_UNDATED, {"key": key, "story": story_id}).all()
    else:
        tol, window = timedelta(days=cfg["date_tolerance_days"]), timedelta(days=cfg["story_window_days"])
        cands = conn.execute(
            _EVENTS_NEAR,
            {"key": key, "lo": d - tol, "hi": d + tol, "story": story_id, "wlo": d - window, "whi": d + window},
        ).all()
    best, best_gap = None, None
    for c in cands:
        place = dict(c._mapping)
        place["place_feature"] = None
        if not ev_dedup.places_compatible(place, row):
            continue
        gap = abs((c.date - d).days) if (c.date and d) else 0
        if best_gap is None or gap < best_gap:
            best, best_gap = c.id, gap
    return best


_A1, _A2 = ACTORS.alias("a1"), ACTORS.alias("a2")
_EVENTS_SAME_DYAD = (
    select(*_EVENT_CANDIDATE_COLS, EVENTS.c.mode, EVENTS.c.negated, _A1.c.actor_key.label("k1"),
           _A1.c.country.label("c1"), _A2.c.actor_key.label("k2"), _A2.c.country.label("c2"))
    .outerjoin(_A1, _A1.c.id == EVENTS.c.actor_id)
    .outerjoin(_A2, _A2.c.id == EVENTS.c.recipient_id)
    .where(EVENTS.c.dyad_key == bindparam("dyad"), EVENTS.c.event_type == bindparam("etype"),
           EVENTS.c.date.between(bindparam("lo"), bindparam("hi")))
    .order_by(EVENTS.c.id)
)


def _find_event_coarse(conn: Connection, ev: Event, row: dict) -> int | None:
    """Second chance: the same type, mode and dyad of countries, where one
    report names a person and another only that person's country."""
    d: date | None = row["date"]
    if d is None:
        return None
    code1, code2 = ev_dedup.actor_code(ev.actor), ev_dedup.actor_code(ev.recipient)
    dyad = ev_dedup.dyad_key(code1, code2)
    tol = timedelta(days=rules()["events"]["date_tolerance_days"])
    cands = conn.execute(
        _EVENTS_SAME_DYAD, {"dyad": dyad, "etype": ev.event_type, "lo": d - tol, "hi": d + tol}
    ).all()
    mine = [(ev_dedup.actor_key(ev.actor), code1), (ev_dedup.actor_key(ev.recipient), code2)]
    symmetric = ev.event_type in rules()["events"]["symmetric_types"]
    best, best_gap = None, None
    for c in cands:
        if (c.mode or None) != (ev.mode or None) or bool(c.negated) != bool(ev.negated):
            continue
        theirs = [(c.k1, c.c1), (c.k2, c.c2)]
        fits = ev_dedup.sides_compatible(mine, theirs) or (
            symmetric and ev_dedup.sides_compatible(mine, theirs[::-1]))
        place = dict(c._mapping)
        place["place_feature"] = None
        if not fits or not ev_dedup.places_compatible(place, row):
            continue
        gap = abs((c.date - d).days) if c.date else 0
        if best_gap is None or gap < best_gap:
            best, best_gap = c.id, gap
    return best


_MENTIONS_OF = select(MENTIONS).where(MENTIONS.c.event_id == bindparam("e"))


_STATS_COLS = select(EVENTS.c.month, EVENTS.c.event_type, EVENTS.c.dyad_key, EVENTS.c.goldstein).where(
    EVENTS.c.id == bindparam("e")
)


_EVENTS_IN_STORY = (
    select(*_EVENT_CANDIDATE_COLS, EVENTS.c.mode, EVENTS.c.negated, _A1.c.actor_key.label("k1"),
           _A1.c.country.label("c1"), _A2.c.actor_key.label("k2"), _A2.c.country.label("c2"))
    .outerjoin(_A1, _A1.c.id == EVENTS.c.actor_id)
    .outerjoin(_A2, _A2.c.id == EVENTS.c.recipient_id)
    .where(EVENTS.c.id.in_(_SAME_STORY), EVENTS.c.dyad_key == bindparam("dyad"),
           EVENTS.c.event_type == bindparam("etype"))
    .order_by(EVENTS.c.id)
)


def _find_event_in_story(conn: Connection, ev: Event, row: dict, story_id: int) -> int | None:
    """Third chance, only among copies of one story: a missing mode fits any
    mode, and an actor the coder could not resolve fits a resolved actor of
    the same country (one copy says "juru bicara Kremlin", another names him)."""
    d: date | None = row["date"]
    code1, code2 = ev_dedup.actor_code(ev.actor), ev_dedup.actor_code(ev.recipient)
    cands = conn.execute(
        _EVENTS_IN_STORY, {"story": story_id, "dyad": ev_dedup.dyad_key(code1, code2), "etype": ev.event_type}
    ).all()
    window = rules()["events"]["story_window_days"]
    mine = [(ev_dedup.actor_key(ev.actor), code1), (ev_dedup.actor_key(ev.recipient), code2)]
    symmetric = ev.event_type in rules()["events"]["symmetric_types"]
    best, best_gap = None, None
    for c in cands:
        if c.mode and ev.mode and c.mode != ev.mode or bool(c.negated) != bool(ev.negated):
            continue
        gap = abs((c.date - d).days) if (c.date and d) else 0
        if gap > window:
            continue
        theirs = [(c.k1, c.c1), (c.k2, c.c2)]
        fits = ev_dedup.sides_compatible(mine, theirs, loose=True) or (
            symmetric and ev_dedup.sides_compatible(mine, theirs[::-1], loose=True))
        place = dict(c._mapping)
        place["place_feature"] = None
        if fits and ev_dedup.places_compatible(place, row) and (best_gap is None or gap < best_gap):
            best, best_gap = c.id, gap
    return best


def refresh_event(conn: Connection, event_id: int, is_new: bool = False) -> None:
    """Recompute an event's chosen fields and counts from its mentions, and
    move its contribution in the stats summary."""
    before = conn.execute(_STATS_COLS, {"e": event_id}).first()
    old = None if is_new or before is None else dict(before._mapping)
    ms = [dict(r._mapping) for r in conn.execute(_MENTIONS_OF, {"e": event_id})]
    if not ms:
        conn.execute(delete(EVENTS).where(EVENTS.c.id == event_id))
        stats.apply(conn, old, None)
        return
    values = ev_dedup.choose(ms)
    conn.execute(_UPDATE_EVENT, {"eid": event_id, **values})
    new = {"event_type": before.event_type, "dyad_key": before.dyad_key, "month": values["month"],
           "goldstein": values["goldstein"]}
    stats.apply(conn, old, new)


def record_failure(conn: Connection, source: str, error: str) -> None:
    """A document that broke outside the pipeline (e.g. a bug while storing)."""
    old = conn.execute(select(DOCS.c.id).where(DOCS.c.doc_key == source)).first()
    if old is not None:
        remove_document(conn, old.id)
    conn.execute(
        _INS[DOCS.name], dict(
            doc_key=source, source=source, content_hash="-", status="failed", error=error, ingested_at=now()
        )
    )

