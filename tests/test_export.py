"""Exports read back in the tools users have: DuckDB, pandas, csv, json."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from store_corpus import db_url, dedup_corpus  # noqa: F401  (db_url is a fixture)

from peristiwa.errors import StoreError
from peristiwa.export.formats import FLAT_COLUMNS, GDELT_COLUMNS
from peristiwa.store import Store

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def filled(db_url):
    recs, _ = dedup_corpus(seed=9, stories=10)
    with Store(db_url) as store:
        store.ingest(recs)
        yield store


def test_parquet_reads_back_in_duckdb_and_pandas(filled, tmp_path):
    import duckdb
    import pandas as pd

    out = tmp_path / "events.parquet"
    n = filled.export("parquet", out)
    assert n == filled.counts()["events"] > 0
    df = pd.read_parquet(out)
    assert list(df.columns) == list(FLAT_COLUMNS) and len(df) == n
    assert str(df["date"].iloc[0]) == str(filled.events()[0]["date"])
    con = duckdb.connect()
    total, srcs = con.execute(f"SELECT count(*), sum(num_sources) FROM read_parquet('{out}')").fetchone()
    assert total == n and srcs == sum(e["num_sources"] for e in filled.events())
    assert con.execute(f"SELECT typeof(date) FROM read_parquet('{out}') LIMIT 1").fetchone()[0] == "DATE"


def test_jsonl_keeps_every_mention_with_its_evidence(filled, tmp_path):
    out = tmp_path / "events.jsonl"
    filled.export("jsonl", out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == filled.counts()["events"]
    assert sum(len(r["mentions"]) for r in rows) == filled.counts()["mentions"]
    multi = [r for r in rows if r["num_articles"] > 1]
    assert multi, "the corpus has wire copies"
    for r in multi:
        assert len({m["article_id"] for m in r["mentions"]}) == r["num_articles"]
        assert all(m["evidence"] for m in r["mentions"])


def test_csv_and_filters(filled, tmp_path):
    out = tmp_path / "events.csv"
    first = filled.events()[0]
    n = filled.export("csv", out, type=first["event_type"], date_from=first["date"], date_to=first["date"])
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == n >= 1
    assert all(r["event_type"] == first["event_type"] and r["date"] == first["date"].isoformat() for r in rows)


def test_plover_json_uses_plover_field_names(filled, tmp_path):
    out = tmp_path / "events.json"
    filled.export("plover", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data) == filled.counts()["events"]
    e = data[0]
    for key in ("id", "date", "event", "mode", "source", "target", "eventText", "text"):
        assert key in e
    assert e["source"][0]["code"] and e["source"][0]["actorText"]
    date.fromisoformat(e["date"])


def test_gdelt_csv_has_gdelt_columns(filled, tmp_path):
    out = tmp_path / "events.gdelt.csv"
    filled.export("gdelt", out)
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0].keys()) == GDELT_COLUMNS
    for col in ("GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor2Code", "EventCode", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "SOURCEURL"):
        assert col in rows[0]
    r = rows[0]
    assert len(r["SQLDATE"]) == 8 and r["MonthYear"] == r["SQLDATE"][:6]
    assert int(r["NumMentions"]) >= int(r["NumArticles"]) >= 1


def test_unknown_format_and_missing_folder(filled, tmp_path):
    with pytest.raises(StoreError, match="unknown format"):
        filled.export("xml", tmp_path / "x")
    with pytest.raises(StoreError, match="does not exist"):
        filled.export("csv", tmp_path / "no" / "such" / "x.csv")


def test_cli_export_events_stats_timeline(tmp_path):
    db = str(tmp_path / "cli.db")
    recs, _ = dedup_corpus(seed=9, stories=10)
    with Store(db) as store:
        store.ingest(recs)
        n = store.counts()["events"]
        top = store.stats("dyad")[0]["key"].split("|")

    def cli(*args):
        r = subprocess.run([sys.executable, "-m", "peristiwa", *args, "--db", db], capture_output=True, text=True,
                           cwd=ROOT, timeout=120)
        assert r.returncode == 0, r.stderr
        return r

    out = tmp_path / "e.parquet"
    r = cli("export", "--format", "parquet", "--output", str(out))
    assert f"{n} events written" in r.stderr and out.exists()
    r = cli("events", "--format", "jsonl")
    assert len(r.stdout.splitlines()) == n
    r = cli("timeline", "--actor", top[0], "--actor", top[1])
    lines = r.stdout.splitlines()
    assert lines and all("sources=" in line for line in lines)
    assert lines == sorted(lines, key=lambda s: s[:10])  # by date
    r = cli("stats", "--by", "type", "--format", "csv")
    assert r.stdout.splitlines()[0] == "key,events,goldstein_mean"
