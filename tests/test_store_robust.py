"""Crash safety (a real process killed with SIGKILL), concurrent ingests by two
real processes, and bad databases that must give one clear line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from store_corpus import db_url, dedup_corpus  # noqa: F401  (db_url is a fixture)
from test_store import consistent

from peristiwa.errors import StoreError
from peristiwa.store import Store
from peristiwa.store.engine import open_engine

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
CHILD = """
import sys
sys.path.insert(0, {tests!r})
from store_corpus import dedup_corpus
from peristiwa.store import Store
from peristiwa.store.engine import open_engine
recs, _ = dedup_corpus(seed={seed}, stories={stories})
recs = recs[{start}::{step}]
report = Store({db!r}).ingest(recs, batch_size={batch})
print(report.summary())
"""


def child(db: str, *, seed: int = 3, stories: int = 150, start: int = 0, step: int = 1, batch: int = 20):
    code = CHILD.format(tests=str(TESTS), seed=seed, stories=stories, start=start, step=step, batch=batch, db=db)
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def doc_count(engine) -> int:
    try:
        with engine.connect() as c:
            return c.exec_driver_sql("SELECT count(*) FROM documents").scalar_one()
    except Exception:  # the child has not created the tables yet
        return 0


def no_duplicate_events(store: Store) -> None:
    with store.engine.connect() as c:
        dup = c.execute(text(
            "SELECT count(*) FROM (SELECT match_key, date FROM events GROUP BY match_key, date HAVING count(*) > 1) x"
        )).scalar_one()
    assert dup == 0


def test_sigkill_mid_ingest_then_rerun_finishes_without_duplicates(db_url, tmp_path):
    recs, _ = dedup_corpus(seed=3, stories=200)
    proc = child(db_url, stories=200)
    watcher = open_engine(db_url)
    deadline = time.monotonic() + 120
    while doc_count(watcher) < 100:
        assert proc.poll() is None, f"ingest ended before it could be killed: {proc.communicate()}"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    watcher.dispose()
    with Store(db_url) as store:
        n = store.counts()["documents"]
        assert 100 <= n < len(recs)
        assert n % 20 == 0  # only whole batches were committed
        consistent(store)
    rerun = child(db_url, stories=200)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"{n} unchanged" in out
    with Store(db_url) as store:
        counts = store.counts()
        consistent(store)
        no_duplicate_events(store)
    with Store(str(tmp_path / "reference.db")) as ref:  # the same records without a crash
        ref.ingest(recs, batch_size=20)
        assert counts == ref.counts()


def test_two_processes_ingest_into_one_database(db_url):
    recs, _ = dedup_corpus(seed=5, stories=80)
    procs = [child(db_url, seed=5, stories=80, start=i, step=2, batch=10) for i in (0, 1)]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    with Store(db_url) as store:
        counts = store.counts()
        assert counts["documents"] == counts["articles"] == counts["mentions"] == len(recs)
        consistent(store)
        no_duplicate_events(store)
        if store.dialect == "sqlite":
            with store.engine.connect() as c:
                assert c.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"


# ---------------------------------------------------------------------- bad databases


def test_corrupt_file(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all\n" * 100)
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        Store(str(bad))
    assert bad.read_bytes().startswith(b"this is not")  # left untouched


def test_foreign_sqlite_file(tmp_path):
    import sqlite3

    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE customers (id INTEGER, name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a peristiwa store"):
        Store(str(other))
    con = sqlite3.connect(other)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not switched to WAL behind its back
    con.close()


def test_unreachable_postgresql():
    with pytest.raises(StoreError, match="cannot open the database"):
        Store("postgresql://nobody@127.0.0.1:9/nowhere")


@pytest.mark.parametrize("db", ["corrupt", "postgresql://nobody@127.0.0.1:9/nowhere"])
def test_cli_prints_one_line_and_no_traceback(tmp_path, db):
    if db == "corrupt":
        path = tmp_path / "corrupt.db"
        path.write_bytes(b"\x00garbage" * 500)
        db = str(path)
    r = subprocess.run([sys.executable, "-m", "peristiwa", "events", "--db", db], capture_output=True, text=True,
                       cwd=ROOT, timeout=60)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("peristiwa events: ")
