"""Generate a large synthetic event database for the query benchmarks.

    .venv/bin/python scripts/gen_events.py --events 1000000 --db bench/events-1m.db
    .venv/bin/python scripts/gen_events.py --events 1000000 --db postgresql://postgres@127.0.0.1:54329/bench

Events only (plus their actors): timeline and stats read nothing else. The
mix is skewed like real news: a few countries and dyads dominate (Zipf
weights), dates span 2015-2025, Goldstein scores follow the event type.
Written through the store's own schema and migrations, so the indexes are the
real ones. Deterministic for a given --seed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta

from sqlalchemy import insert

from peristiwa.store import Store
from peristiwa.store.schema import TABLES
from peristiwa.store.stats import rebuild

TYPES = {  # PLOVER type -> (typical Goldstein, modes)
    "AGREE": (4.0, [None, "promise"]), "CONSULT": (1.0, ["visit", "meeting", "phone", "host"]),
    "SUPPORT": (3.0, [None, "praise"]), "CONCEDE": (5.0, [None]), "COOPERATE": (6.0, [None, "military"]),
    "AID": (7.0, [None, "humanitarian"]), "RETREAT": (5.0, [None]), "REQUEST": (-1.0, [None]),
    "ACCUSE": (-2.0, [None]), "REJECT": (-4.0, [None]), "THREATEN": (-6.0, [None]),
    "PROTEST": (-6.5, [None, "demonstrate"]), "SANCTION": (-5.0, [None, "restrict"]),
    "MOBILIZE": (-7.0, [None]), "COERCE": (-7.0, [None, "arrest"]), "ASSAULT": (-9.0, [None]),
}
COUNTRIES = (
    "IDN CHN USA RUS IND JPN AUS MYS SGP THA PHL VNM KOR PRK GBR FRA DEU UKR ISR PSE IRN SAU TUR PAK BGD "
    "MMR KHM LAO BRN TLS NZL PNG CAN MEX BRA ARG ZAF EGY NGA KEN ETH ITA ESP NLD BEL POL SWE NOR QAT ARE"
).split()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", required=True)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--chunk", type=int, default=20_000)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    store = Store(args.db)
    if store.counts()["events"]:
        print(f"{args.db} already holds events; use a fresh database", file=sys.stderr)
        return 1
    weights = [1 / (i + 1) ** 0.9 for i in range(len(COUNTRIES))]
    actors = [
        {"actor_key": f"country:{c}", "kb_id": None, "name": c, "country": c, "sector": None, "type": "country",
         "role": None}
        for c in COUNTRIES
    ] + [
        {"actor_key": f"kb:Q{c}{k}", "kb_id": f"Q{c}{k}", "name": f"{c} official {k}", "country": c,
         "sector": rng.choice(["GOV", "MIL", "LEG", "JUD", "OPP", "BUS", "CVL"]), "type": "person", "role": None}
        for c in COUNTRIES for k in range(4)
    ]
    t0 = time.perf_counter()
    with store.engine.begin() as conn:
        conn.execute(insert(TABLES["actors"]), actors)
        ids = {r.actor_key: r.id for r in conn.execute(TABLES["actors"].select())}
    types = list(TYPES)
    type_w = [8, 20, 10, 1, 8, 3, 1, 4, 8, 4, 2, 5, 3, 1, 3, 4]
    start, span = date(2015, 1, 1), (date(2025, 12, 31) - date(2015, 1, 1)).days
    done = 0
    while done < args.events:
        n = min(args.chunk, args.events - done)
        rows = []
        for _ in range(n):
            a, b = rng.choices(COUNTRIES, weights, k=2)
            if a == b and rng.random() < 0.5:
                b = rng.choice(COUNTRIES)
            et = rng.choices(types, type_w)[0]
            gold, modes = TYPES[et]
            d = start + timedelta(days=rng.randrange(span))
            ka = f"kb:Q{a}{rng.randrange(4)}" if rng.random() < 0.6 else f"country:{a}"
            kb = f"kb:Q{b}{rng.randrange(4)}" if rng.random() < 0.6 else f"country:{b}"
            mode = rng.choice(modes)
            nm = 1 + int(rng.expovariate(0.5))
            rows.append({
                "match_key": f"{et}|{mode or '-'}|pos|{ka}|{kb}", "event_type": et, "mode": mode,
                "cameo": None, "quad_class": None, "goldstein": gold, "date": d, "date_source": "explicit",
                "month": d.strftime("%Y-%m"), "actor_id": ids[ka], "recipient_id": ids[kb],
                "actor_code": a, "recipient_code": b, "dyad_key": "|".join(sorted((a, b))),
                "place": None, "place_country": rng.choice((a, b)), "lat": None, "lon": None, "negated": False,
                "num_mentions": nm, "num_articles": max(1, nm - 1), "num_sources": max(1, nm // 2),
                "first_seen": "2026-01-01T00:00:00+00:00",
            })
        with store.engine.begin() as conn:
            conn.execute(insert(TABLES["events"]), rows)
        done += n
        print(f"\r{done} events", end="", file=sys.stderr)
    with store.engine.begin() as conn:
        rebuild(conn)  # the stats summary that ingest would have kept up to date
        if store.dialect == "sqlite":
            conn.exec_driver_sql("ANALYZE")  # fresh planner statistics, as a maintained database would have
    if store.dialect == "postgresql":  # VACUUM sets the visibility map that index-only scans need
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    print(f"\n{done} events written to {args.db} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
