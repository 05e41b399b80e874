"""Validate the people files of the actor knowledge base (schema, ids, terms, known facts)."""
from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pycountry
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
KB = ROOT / "src" / "peristiwa" / "data" / "kb"
PEOPLE_DIR = KB / "people"
PERSON_FIELDS = {"id", "name", "aliases", "country", "wikidata", "terms", "source", "note"}
TERM_FIELDS = {"role", "country", "org", "start", "end", "source", "note", "acting"}
ORGS = {"UN", "EU", "EC", "ASEAN", "NATO", "IAEA", "WHO", "WTO"}


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # safe either way; libyaml is faster


def _load() -> dict[str, list[dict]]:
    return {p.name: yaml.load(p.read_text(encoding="utf-8"), Loader=_LOADER)
            for p in sorted(PEOPLE_DIR.glob("*.yaml"))}


FILES = _load()
PEOPLE = [e for entries in FILES.values() for e in entries]
BY_NAME = {e["name"]: e for e in PEOPLE}


def _iso3_ok(code: str) -> bool:
    return pycountry.countries.get(alpha_3=code) is not None


def _on(person: str, role: str, where: str, day: str) -> bool:
    d = date.fromisoformat(day)
    for t in BY_NAME[person]["terms"]:
        if t["role"] == role and (t.get("country") or t.get("org")) == where:
            if date.fromisoformat(t["start"]) <= d and (t["end"] is None or d < date.fromisoformat(t["end"])):
                return True
    return False


def holder(role: str, where: str, day: str) -> list[str]:
    return [e["name"] for e in PEOPLE if _on(e["name"], role, where, day)
            and not any(t.get("acting") for t in e["terms"] if t["role"] == role)]


def test_files_and_size():
    assert {"g20.yaml"} <= set(FILES), sorted(FILES)
    assert len(PEOPLE) >= 300


@pytest.mark.parametrize("fname", sorted(FILES))
def test_schema(fname):
    for e in FILES[fname]:
        assert set(e) <= PERSON_FIELDS and {"id", "name", "terms", "country"} <= set(e), (fname, e.get("id"))
        assert isinstance(e["name"], str) and e["name"].strip()
        assert _iso3_ok(e["country"]), (fname, e["id"], e["country"])
        assert all(isinstance(a, str) and a.strip() for a in e.get("aliases") or []), e["id"]
        if e["id"].startswith("Q"):
            assert e.get("wikidata") == e["id"] and e["id"][1:].isdigit()
        else:
            assert e["id"].startswith("p:"), e["id"]
        assert e["terms"], e["id"]
        for t in e["terms"]:
            assert set(t) <= TERM_FIELDS and {"role", "start", "end", "source"} <= set(t), (e["id"], t)
            assert ("country" in t) != ("org" in t), (e["id"], t)
            if "country" in t:
                assert _iso3_ok(t["country"]), (e["id"], t)
            else:
                assert t["org"] in ORGS, (e["id"], t)
            start = date.fromisoformat(t["start"])
            if t["end"] is not None:
                assert start <= date.fromisoformat(t["end"]), (e["id"], t)
            assert isinstance(t["source"], str) and t["source"].strip()


def test_unique_ids_and_names():
    ids = [e["id"] for e in PEOPLE]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    names = [e["name"] for e in PEOPLE]
    assert len(names) == len(set(names))


def test_no_overlapping_terms_per_office():
    offices = defaultdict(list)
    for e in PEOPLE:
        for t in e["terms"]:
            if not t.get("acting"):
                offices[(t["role"], t.get("country") or t.get("org"))].append(
                    (t["start"], t["end"] or "9999-12-31", e["name"]))
    for office, spans in offices.items():
        spans.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(spans, spans[1:]):
            assert s2 >= e1, f"{office}: {n1} {s1}..{e1} overlaps {n2} {s2}..{e2}"


@pytest.mark.parametrize("role,where,day,expected", [
    ("foreign_minister", "CHN", "2023-03-01", "Qin Gang"),
    ("foreign_minister", "CHN", "2022-12-29", "Wang Yi"),
    ("foreign_minister", "CHN", "2023-07-25", "Wang Yi"),
    ("foreign_minister", "CHN", "2015-06-01", "Wang Yi"),
    ("foreign_minister", "RUS", "2004-03-09", "Sergei Lavrov"),
    ("foreign_minister", "RUS", "2026-11-24", "Sergei Lavrov"),
    ("president", "RUS", "2010-01-01", "Dmitry Medvedev"),
    ("president", "USA", "2026-11-24", "Donald Trump"),
    ("president", "USA", "2022-01-01", "Joe Biden"),
    ("foreign_minister", "USA", "2022-01-01", "Antony Blinken"),
    ("prime_minister", "GBR", "2026-08-01", "Andy Burnham"),
    ("chancellor", "DEU", "2010-01-01", "Angela Merkel"),
    ("president", "CHN", "2026-11-24", "Xi Jinping"),
])
def test_known_g20_facts(role, where, day, expected):
    assert holder(role, where, day) == [expected]


@pytest.mark.parametrize("role,where,day,expected", [
    ("president", "IDN", "2024-10-20", "Prabowo Subianto"),
    ("president", "IDN", "2024-10-19", "Joko Widodo"),
    ("president", "IDN", "2010-05-01", "Susilo Bambang Yudhoyono"),
    ("vice_president", "IDN", "2025-01-01", "Gibran Rakabuming Raka"),
    ("defence_minister", "IDN", "2019-10-23", "Prabowo Subianto"),
    ("defence_minister", "IDN", "2024-10-21", "Sjafrie Sjamsoeddin"),
    ("foreign_minister", "IDN", "2014-10-27", "Retno Marsudi"),
    ("foreign_minister", "IDN", "2024-10-19", "Retno Marsudi"),
    ("foreign_minister", "IDN", "2024-10-21", "Sugiono"),
    ("finance_minister", "IDN", "2025-10-01", "Purbaya Yudhi Sadewa"),
    ("finance_minister", "IDN", "2025-01-01", "Sri Mulyani Indrawati"),
    ("secretary_general", "UN", "2005-01-01", "Kofi Annan"),
    ("secretary_general", "UN", "2010-01-01", "Ban Ki-moon"),
    ("secretary_general", "UN", "2026-11-24", "António Guterres"),
    ("prime_minister", "MYS", "2023-01-01", "Anwar Ibrahim"),
    ("prime_minister", "SGP", "2025-01-01", "Lawrence Wong"),
])
def test_known_indonesia_asean_un_facts(role, where, day, expected):
    assert holder(role, where, day) == [expected]


def test_prabowo_terms_hand_off():
    terms = {(t["role"], t["start"], t["end"]) for t in BY_NAME["Prabowo Subianto"]["terms"]}
    assert ("defence_minister", "2019-10-23", "2024-10-20") in terms
    assert ("president", "2024-10-20", None) in terms
    assert {"Prabowo"} <= set(BY_NAME["Prabowo Subianto"]["aliases"])
    assert {"Jokowi"} <= set(BY_NAME["Joko Widodo"]["aliases"])


# real vacancies: Thailand's junta named no foreign minister between the coup of 2014-05-22 and 2014-08-30
KNOWN_FM_VACANCIES = {("THA", "2014-07-01")}


@pytest.mark.parametrize("group,countries", [
    ("g20", "ARG AUS BRA CAN CHN FRA DEU IND ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA IDN"),
    ("asean", "BRN KHM IDN LAO MYS MMR PHL SGP THA VNM"),
])
def test_heads_and_foreign_ministers_cover_2000_to_today(group, countries):
    """Every member has a non-acting head (of state or government) and, from 2003, a foreign
    minister on each 1 July since 2000 (gaps in a minister's office are allowed to 2002)."""
    heads = {"president", "prime_minister", "chancellor", "monarch"}
    for country in countries.split():
        for year in range(2000, 2027):
            day = f"{year}-07-01"
            found = [e["name"] for e in PEOPLE for t in e["terms"]
                     if t["role"] in heads and t.get("country") == country and not t.get("acting")
                     and t["start"] <= day and (t["end"] is None or day < t["end"])]
            assert found, f"no head of state/government for {country} on {day}"
            # short vacancies between ministers are real (e.g. Mexico, June 2023): accept a
            # successor starting within 45 days
            soon = (date.fromisoformat(day) + timedelta(days=45)).isoformat()
            fm = [e["name"] for e in PEOPLE for t in e["terms"]
                  if t["role"] == "foreign_minister" and t.get("country") == country
                  and t["start"] <= soon and (t["end"] is None or day < t["end"])]
            assert fm or year < 2003 or (country, day) in KNOWN_FM_VACANCIES, (
                f"no foreign minister for {country} on {day}")


def test_aliases_for_indonesian_text():
    assert {"Xi"} <= set(BY_NAME["Xi Jinping"]["aliases"])
    assert {"Sergey Lavrov", "Lavrov"} <= set(BY_NAME["Sergei Lavrov"]["aliases"])
    assert {"Putin"} <= set(BY_NAME["Vladimir Putin"]["aliases"])
    assert {"Anthony Blinken", "Blinken"} <= set(BY_NAME["Antony Blinken"]["aliases"])


def test_linker_loader_accepts_people_files():
    kb_mod = pytest.importorskip("peristiwa.actors.kb")
    kb = kb_mod.build_kb(KB)  # not the cached loader: validate the files as they are now
    assert len(kb.people) == len(PEOPLE)
    assert [p.name for p in kb.holders("foreign_minister", "CHN", date(2023, 3, 1))] == ["Qin Gang"]


def test_people_files_are_up_to_date_with_curated_tables(shared, tmp_path):
    """people/*.yaml are generated: a fresh build from curated/ must reproduce them exactly."""
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_kb_people.py"),
                          "--shared", str(shared), "--out", str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    built = sorted(p.name for p in tmp_path.glob("*.yaml"))
    assert built == sorted(FILES)
    for name in built:
        assert (tmp_path / name).read_text(encoding="utf-8") == (PEOPLE_DIR / name).read_text(encoding="utf-8"), (
            f"{name} is stale: rerun scripts/build_kb_people.py")


def _run_build(curated_dir: Path, out_dir: Path, shared: Path, *extra: str):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "build_kb_people.py"), "--curated", str(curated_dir),
                           "--out", str(out_dir), "--shared", str(shared), *extra],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("holders,expect", [
    # overlapping non-acting terms of the same office: error names the file and both people
    (["Ann Example | 2001-01-01 | 2005-01-01", "Bob Example | 2004-01-01 |"], "bad.yaml: 'Bob Example'"),
    # a date typo is rejected with the line
    (["Ann Example | 2001-13-01 | 2005-01-01"], "bad.yaml: bad start date"),
    # end before start
    (["Ann Example | 2005-01-01 | 2001-01-01"], "ends 2001-01-01 before it starts"),
])
def test_build_rejects_bad_tables(tmp_path, shared, holders, expect):
    cur = tmp_path / "curated"
    cur.mkdir()
    (cur / "bad.yaml").write_text(yaml.safe_dump({"offices": [
        {"role": "foreign_minister", "country": "IDN", "source": "test", "holders": holders}]}), encoding="utf-8")
    out = _run_build(cur, tmp_path / "out", shared, "--check")
    assert out.returncode != 0
    assert expect in (out.stderr + out.stdout)


def test_build_accepts_hand_off_and_acting_overlap(tmp_path, shared):
    cur = tmp_path / "curated"
    cur.mkdir()
    (cur / "ok.yaml").write_text(yaml.safe_dump({
        "people": {"Ann Example": {"aliases": ["Annie Example"], "short": ["Ann"]}},
        "offices": [{"role": "foreign_minister", "country": "IDN", "source": "test", "holders": [
            "Ann Example | 2001-01-01 | 2005-01-01",
            "Bob Example | 2005-01-01 |",
            "Cid Example | 2004-06-01 | 2004-07-01 | acting | note=interim"]}]}), encoding="utf-8")
    out = _run_build(cur, tmp_path / "out", shared)
    assert out.returncode == 0, out.stderr
    entries = yaml.safe_load((tmp_path / "out" / "indonesia.yaml").read_text(encoding="utf-8"))
    by = {e["name"]: e for e in entries}
    assert by["Ann Example"]["id"] == "p:ann-example"
    assert {"Annie Example", "Ann"} <= set(by["Ann Example"]["aliases"])
    assert by["Cid Example"]["terms"][0]["acting"] is True
    assert by["Cid Example"]["terms"][0]["note"] == "interim"
    assert by["Bob Example"]["terms"][0]["end"] is None


def test_no_common_word_aliases():
    """One-word aliases that are everyday Indonesian/English words or other famous people would
    link sentence starts ("Yang jelas", "Dini hari", "Ban mobil") or "Jawa Timur" to a person."""
    risky = {"Yang", "Dini", "Ban", "Roh", "Rohani", "Barak", "Bibi", "Akar", "Kang", "Sang", "Kan", "Timur",
             "Agung", "Akbar", "May", "Powell", "Gates", "Fox", "Rice", "Hunt", "Tan"}
    bad = [(a, e["name"]) for e in PEOPLE for a in e.get("aliases") or [] if a in risky]
    assert not bad
