"""Records built in code for the store, dedup and export tests and benchmarks.

``dedup_corpus()`` is the labelled merging corpus: wire stories copied by
several outlets with rewritten headlines and light edits (true duplicates),
and near-misses (the same pair in another month, the same day with another
type or mode). Each event mention carries its gold event label.
"""

from __future__ import annotations

import itertools
import os
import random
import uuid
from datetime import date, datetime, timedelta, timezone

import pytest

from peristiwa.model import Actor, Article, Block, Event, Evidence, Location, Record

COUNTRIES = {
    "CHN": ("China", "Wang Yi", "Q-wangyi"),
    "RUS": ("Rusia", "Sergei Lavrov", "Q-lavrov"),
    "IDN": ("Indonesia", "Retno Marsudi", "Q-retno"),
    "IND": ("India", "S. Jaishankar", "Q-jaishankar"),
    "USA": ("Amerika Serikat", "Antony Blinken", "Q-blinken"),
    "JPN": ("Jepang", "Yoko Kamikawa", "Q-kamikawa"),
    "AUS": ("Australia", "Penny Wong", "Q-wong"),
    "MYS": ("Malaysia", "Mohamad Hasan", "Q-mohamad"),
}
CITIES = {
    "CHN": ("Beijing", 39.9, 116.4), "RUS": ("Moskow", 55.75, 37.6), "IDN": ("Jakarta", -6.2, 106.8),
    "IND": ("New Delhi", 28.6, 77.2), "USA": ("Washington", 38.9, -77.0), "JPN": ("Tokyo", 35.7, 139.7),
    "AUS": ("Canberra", -35.3, 149.1), "MYS": ("Kuala Lumpur", 3.1, 101.7),
}
OUTLETS = ["antaranews.com", "kompas.com", "detik.com", "tempo.co", "cnnindonesia.com", "republika.co.id"]
WORDS = (
    "kerja sama bilateral ekonomi keamanan kawasan perdagangan investasi energi pangan pendidikan "
    "teknologi infrastruktur maritim perbatasan pertahanan kesehatan iklim pariwisata budaya digital "
    "pelabuhan industri transportasi diplomasi perdamaian stabilitas komitmen dialog strategis forum"
).split()
# A news-sized vocabulary: 3000 pseudo-words with Zipf frequencies, so two
# unrelated bodies share about as many word pairs as two real articles do.
_SYL = "ba be bi bu ka ke ki ku la le li lu ma me mi mu na ne ni nu pa pe pi pu ra re ri ru sa se si su ta te ti tu".split()
_vocab_rng = random.Random(0)
VOCAB = WORDS + sorted({"".join(_vocab_rng.choices(_SYL, k=_vocab_rng.randint(2, 4))) for _ in range(3200)})[:3000]
VOCAB_CUM = list(itertools.accumulate(1 / (i + 1) for i in range(len(VOCAB))))


def words(rng: random.Random, n: int) -> list[str]:
    return rng.choices(VOCAB, cum_weights=VOCAB_CUM, k=n)


def minister(code: str) -> Actor:
    _, name, kb = COUNTRIES[code]
    return Actor(text=name, start=0, end=len(name), kb_id=kb, name=name, country=code, sector="GOV",
                 role="foreign_minister", type="person")


def country(code: str) -> Actor:
    name = COUNTRIES[code][0]
    return Actor(text=name, start=0, end=len(name), name=name, country=code, type="country")


def make_event(etype: str, a: str, b: str, day: date, *, mode: str | None = None, source: str = "explicit",
               place: str | None = None, goldstein: float | None = None, text: str = "", trigger: str = "bertemu",
               negated: bool = False) -> Event:
    loc = None
    if place:
        city, lat, lon = CITIES[place]
        loc = Location(name=city, country=place, lat=lat, lon=lon, feature="city", source="text")
    start = text.find(trigger) if text else -1
    ev = Evidence(sentence=text[:200], start=0, end=min(len(text), 200), trigger=trigger,
                  trigger_start=start if start >= 0 else None,
                  trigger_end=start + len(trigger) if start >= 0 else None)
    return Event(event_type=etype, mode=mode, actor=minister(a), recipient=minister(b), date=day, date_source=source,
                 location=loc, goldstein=goldstein if goldstein is not None else 1.0, cameo="040",
                 quad_class=1, evidence=ev, negated=negated, confidence=0.8)


def make_record(source: str, body: str, *, title: str = "Judul", url: str | None = None, outlet: str | None = None,
                published: datetime | None = None, events: list[Event] | None = None) -> Record:
    text = f"{title}\n\n{body}"
    blocks = [Block("title", 0, len(title)), Block("body", len(title) + 2, len(text))]
    art = Article(source=source, text=text, blocks=blocks, title=title, url=url, outlet=outlet,
                  published=published or datetime(2023, 5, 1, tzinfo=timezone.utc), language="id")
    evs = list(events or [])
    for e in evs:
        if e.evidence:  # evidence spans point into the body
            e.evidence.start, e.evidence.end = blocks[1].start, min(len(text), blocks[1].start + 120)
            e.evidence.sentence = text[e.evidence.start:e.evidence.end]
    return Record(source=source, article=art, events=evs)


def story_body(rng: random.Random, a: str, b: str, n: int = 160) -> str:
    na, nb = COUNTRIES[a][1], COUNTRIES[b][1]
    return f"Menteri Luar Negeri {na} bertemu dengan {nb} untuk membahas " + " ".join(words(rng, n)) + "."


def rewrite(rng: random.Random, body: str, rate: float = 0.15) -> str:
    """A light rewrite: a few words changed, dropped or added, as editors do."""
    out = []
    for w in body.split():
        r = rng.random()
        if r < rate / 3:
            continue
        if r < 2 * rate / 3:
            out.extend(words(rng, 1))
            continue
        out.append(w)
        if r > 1 - rate / 3:
            out.extend(words(rng, 1))
    return " ".join(out)


def dedup_corpus(seed: int = 7, stories: int = 40, noise: float = 0.1, words: int = 160) -> tuple[list[Record], dict[tuple[str, int], str]]:
    """Records plus gold labels: (source, event index) -> gold event id.

    For each wire story: 2-5 outlet copies (rewritten headline, light edits,
    published 0-1 day later, some giving only the publication date), and with
    some probability near-misses on the same pair: a meeting a month or two
    later, a phone call the same day, a different type the same day.
    """
    rng = random.Random(seed)
    recs: list[Record] = []
    gold: dict[tuple[str, int], str] = {}
    codes = list(COUNTRIES)
    n = 0
    taken: set[tuple] = set()  # (pair, day): one real event per pair and day, so gold is unambiguous
    for s in range(stories):
        while True:
            a, b = rng.sample(codes, 2)
            day = date(2023, 1, 1) + timedelta(days=rng.randrange(max(300, stories)))  # room for every story
            near = {(frozenset((a, b)), day + timedelta(days=k)) for k in range(-2, 3)}
            later_days = {(frozenset((a, b)), day + timedelta(days=k)) for k in (30, 45, 61, 90)}
            if not (near | later_days) & taken:
                taken |= near | later_days
                break
        body = story_body(rng, a, b, words)
        place = rng.choice([a, b])
        etype, mode = rng.choice([("CONSULT", "visit"), ("CONSULT", "meeting"), ("AGREE", None), ("COOPERATE", None)])
        gid = f"s{s}"
        for c in range(rng.randint(2, 5)):
            n += 1
            src = f"wire-{s}-{c}"
            copy_body = body if c == 0 else rewrite(rng, body, rng.uniform(0.05, 0.3))
            late = rng.random() < 0.4
            pub = datetime.combine(day + timedelta(days=1 if late else 0), datetime.min.time(), tzinfo=timezone.utc)
            explicit = c == 0 or rng.random() < 0.6
            ev_day = day if explicit else pub.date()
            x, y = (a, b) if (c % 2 == 0 or etype not in ("CONSULT", "AGREE", "COOPERATE")) else (b, a)
            ev = make_event(etype, x, y, ev_day, mode=mode, source="explicit" if explicit else "published",
                            place=place if rng.random() < 0.7 else None, text=copy_body)
            if c > 0 and rng.random() < noise:  # the coder resolved only the country, not the minister
                ev.recipient = country(y)
            if c > 0 and rng.random() < noise / 2:  # "kemarin" resolved against a wrong day
                ev.date, ev.date_source = day + timedelta(days=rng.choice([-3, -2, 2, 3])), "relative"
            recs.append(make_record(src, copy_body, title=f"Headline {s} versi {c} {rng.choice(WORDS)}",
                                    url=f"https://{OUTLETS[c % len(OUTLETS)]}/berita/{s}-{c}",
                                    outlet=OUTLETS[c % len(OUTLETS)], published=pub, events=[ev]))
            gold[(src, 0)] = gid
        # Near-misses: distinct events that look alike.
        if rng.random() < 0.5:  # the same pair meets again some months later
            later = day + timedelta(days=rng.choice([30, 45, 61, 90]))
            src = f"later-{s}"
            recs.append(make_record(src, story_body(rng, a, b, words), title=f"Pertemuan lanjutan {s}",
                                    url=f"https://tempo.co/lanjutan/{s}", outlet="tempo.co",
                                    published=datetime.combine(later, datetime.min.time(), tzinfo=timezone.utc),
                                    events=[make_event(etype, a, b, later, mode=mode, place=place)]))
            gold[(src, 0)] = f"{gid}-later"
        if etype == "CONSULT" and rng.random() < 0.6:  # a phone call vs the visit, same day
            src = f"phone-{s}"
            recs.append(make_record(src, story_body(rng, a, b, words), title=f"Telepon {s}", url=f"https://detik.com/tel/{s}",
                                    outlet="detik.com",
                                    events=[make_event("CONSULT", a, b, day, mode="phone", trigger="menelepon")]))
            gold[(src, 0)] = f"{gid}-phone"
        if rng.random() < 0.4:  # another type between the pair on the same day
            other = "ACCUSE" if etype != "ACCUSE" else "REJECT"
            src = f"other-{s}"
            recs.append(make_record(src, story_body(rng, a, b, words), title=f"Kecaman {s}", url=f"https://kompas.com/x/{s}",
                                    outlet="kompas.com",
                                    events=[make_event(other, a, b, day, place=place, goldstein=-2.0)]))
            gold[(src, 0)] = f"{gid}-{other.lower()}"
    rng.shuffle(recs)
    return recs, gold


# --------------------------------------------------------------------------
# database fixtures: the same tests run on SQLite and on a real PostgreSQL


def _pg_admin_url() -> str | None:
    return os.environ.get("PERISTIWA_TEST_PG") or None


def _require_pg() -> str:
    url = _pg_admin_url()
    if url is None:
        if os.environ.get("PERISTIWA_REQUIRE_SHARED") == "1":
            pytest.fail("PERISTIWA_TEST_PG is not set, but CI must test the store on PostgreSQL")
        pytest.skip("PERISTIWA_TEST_PG not set (no PostgreSQL server to test against)")
    return url


def fresh_pg_database(admin_url: str) -> tuple[str, callable]:
    """Create an empty database on the test server; returns its URL and a dropper."""
    import psycopg

    name = f"peristiwa_t_{uuid.uuid4().hex[:12]}"
    conninfo = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = conninfo.rpartition("/")
    url = f"{base}/{name}"

    def drop() -> None:
        with psycopg.connect(conninfo, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return url, drop


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty database on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    url, drop = fresh_pg_database(_require_pg())
    try:
        yield url
    finally:
        drop()
