"""Store benchmarks: ingest throughput (SQLite, PostgreSQL), database size per
100k articles, and timeline/stats latency on a 1-million-event database with
the query plans.

    .venv/bin/python scripts/gen_events.py --events 1000000 --db /tmp/events-1m.db
    PERISTIWA_TEST_PG=postgresql://postgres@127.0.0.1:54329/peristiwa_test \\
      .venv/bin/python bench/bench_store.py --events-db /tmp/events-1m.db --output bench/results/store-run.md

Ingest uses records built in code (tests/store_corpus.py: ~850-word bodies,
one event each, wire copies among them), so it measures the store alone, not
the NLP pipeline in front of it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from store_corpus import dedup_corpus, fresh_pg_database  # noqa: E402

from peristiwa.store import Store, queries  # noqa: E402


def ingest_run(db: str, n_stories: int, words: int) -> dict:
    recs, _ = dedup_corpus(seed=11, stories=n_stories, words=words)
    store = Store(db)
    t = time.perf_counter()
    rep = store.ingest(recs, batch_size=100)
    secs = time.perf_counter() - t
    size = db_size(store, db)
    store.close()
    return {"articles": len(recs), "seconds": secs, "rate": len(recs) / secs, "bytes": size, "report": rep}


def db_size(store: Store, db: str) -> int:
    with store.engine.connect() as c:
        if store.dialect == "sqlite":
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            return sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))
        return c.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one()


def timed(fn, runs: int = 20) -> tuple[float, float, int]:
    for _ in range(3):
        out = fn()
    ts = []
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        ts.append((time.perf_counter() - t) * 1000)
    ts.sort()
    return statistics.median(ts), ts[int(len(ts) * 0.95) - 1], len(out)


def plan(store: Store, q) -> str:
    sql = str(q.compile(dialect=store.engine.dialect, compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as c:
        if store.dialect == "sqlite":
            rows = c.exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
            return "\n".join(f"{r[3]}" for r in rows)
        return "\n".join(r[0] for r in c.exec_driver_sql("EXPLAIN " + sql))


def query_bench(db: str, out: list[str]) -> None:
    store = Store(db)
    n = store.counts()["events"]
    top = [r["key"] for r in store.stats("dyad")[:40]]
    out.append(f"\n### Queries on {n:,} events ({store.dialect})\n")
    out.append("| query | rows | median ms | p95 ms |\n|---|---:|---:|---:|")
    big, typical = top[0].split("|"), top[len(top) // 2].split("|")
    cases = [
        (f"timeline {' '.join(typical)} (typical dyad)", lambda: store.timeline(typical)),
        (f"timeline {' '.join(typical)}, first 100", lambda: store.timeline(typical, limit=100)),
        (f"timeline {' '.join(typical)}, SQL only (driver fetchall)", lambda: _raw(store, typical)),
        (f"timeline {' '.join(big)} (largest dyad)", lambda: store.timeline(big)),
        ("events --actor CHN --actor RUS, 2023", lambda: store.events(actor=["CHN", "RUS"], date_from="2023-01-01",
                                                                      date_to="2023-12-31")),
        ("stats --by month", lambda: store.stats("month")),
        ("stats --by type", lambda: store.stats("type")),
        ("stats --by dyad", lambda: store.stats("dyad")),
        ("stats --by month, recounted from events (no summary)", lambda: _recount(store)),
    ]
    for name, fn in cases:
        med, p95, rows = timed(fn, runs=5 if "recounted" in name else 20)
        out.append(f"| {name} | {rows} | {med:.1f} | {p95:.1f} |")
    out.append(f"\nPlan, dyad timeline:\n```\n{plan(store, queries.timeline_query('|'.join(sorted(typical))))}\n```")
    out.append(f"Plan, monthly stats:\n```\n{plan(store, queries.stats_query('month'))}\n```")
    store.close()


def _raw(store: Store, dyad: list[str]) -> list:
    """The timeline query through the bare driver: the database's share of the time."""
    sql = str(queries.timeline_query("|".join(sorted(dyad))).compile(
        dialect=store.engine.dialect, compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as c:
        return c.exec_driver_sql(sql).fetchall()


def _recount(store: Store) -> list:
    with store.engine.connect() as c:
        return c.execute(queries.stats_from_events("month")).all()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stories", type=int, default=1000, help="wire stories to ingest (x ~4.6 articles)")
    ap.add_argument("--words", type=int, default=850, help="words per article body")
    ap.add_argument("--pg", default=os.environ.get("PERISTIWA_TEST_PG"), help="PostgreSQL server for ingest")
    ap.add_argument("--events-db", action="append", default=[], help="a generated 1M-event database (repeatable)")
    ap.add_argument("--output", help="also write the markdown here")
    args = ap.parse_args()
    out = ["| backend | articles | seconds | articles/s | DB size | size per 100k articles |",
           "|---|---:|---:|---:|---:|---:|"]
    with tempfile.TemporaryDirectory() as tmp:
        targets = [("SQLite", os.path.join(tmp, "ingest.db"), None)] if args.stories else []
        if args.pg and args.stories:
            url, drop = fresh_pg_database(args.pg)
            targets.append(("PostgreSQL", url, drop))
        for name, db, drop in targets:
            r = ingest_run(db, args.stories, args.words)
            per100k = r["bytes"] / r["articles"] * 100_000
            out.append(f"| {name} | {r['articles']} | {r['seconds']:.1f} | {r['rate']:.0f} | "
                       f"{r['bytes'] / 1e6:.1f} MB | {per100k / 1e9:.2f} GB |")
            print(f"{name}: {r['report'].summary()}", file=sys.stderr)
            if drop:
                drop()
    for db in args.events_db:
        query_bench(db, out)
    text = "\n".join(out) + "\n"
    print(text)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
