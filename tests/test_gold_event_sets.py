"""The held-out event gold sets (tests/gold/events-heldout/, events-blind/, events-blind2/)
are valid for the scorer.

No accuracy assertion here: these sets only measure generalisation (see each set's
README.md for whether it has been tuned on). These checks catch annotation typos only.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest

from peristiwa.eval.events_gold import MODES, TYPES, load

GOLD = Path(__file__).parent / "gold"
# set -> (page-name prefix, earlier sets whose stories it must not repeat)
SETS = {
    "events-heldout": ("h", ("events",)),
    "events-blind": ("b", ("events", "events-heldout")),
    "events-blind2": ("c", ("events", "events-heldout", "events-blind")),
    "events-blind3": ("d", ("events", "events-heldout", "events-blind", "events-blind2")),
    "events-blind4": ("e", ("events", "events-heldout", "events-blind", "events-blind2", "events-blind3")),
}
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
FIELDS = {"headline", "event_type", "mode", "actor", "recipient", "date", "location", "negated",
          "trigger", "sentence_contains"}  # fmt: skip


def _page_text(path: Path) -> str:
    t = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return " ".join(t.split())


@pytest.mark.parametrize("name", SETS)
def test_gold_loads_and_lists_every_page_on_disk(name):
    prefix, earlier = SETS[name]
    folder = GOLD / name
    docs = load(folder / "gold.json")  # validates types, modes, ISO3 sides, ISO dates
    assert len(docs) >= 20
    listed = {d["file"] for d in docs}
    assert listed == {f"pages/{p.name}" for p in (folder / "pages").iterdir()}
    assert all(re.fullmatch(rf"pages/{prefix}\d\d_[a-z0-9-]+\.(txt|html)", f) for f in listed), listed
    # new stories: no file name shared with an earlier set
    names = {Path(f).name for f in listed}
    for other in earlier:
        assert not names & {p.name for p in (GOLD / other / "pages").iterdir()}, other


@pytest.mark.parametrize("name", SETS)
def test_events_have_every_field_and_valid_values(name):
    folder = GOLD / name
    for d in load(folder / "gold.json"):
        assert d["events"] and d.get("title"), d["file"]
        assert sum(e["headline"] for e in d["events"]) == 1, d["file"]
        pub = dt.date.fromisoformat(d["published"][:10]) if d["published"] else None
        text = _page_text(folder / d["file"])
        assert " ".join(d["title"].split()) in text, d["file"]
        for e in d["events"]:
            assert FIELDS <= set(e), (d["file"], FIELDS - set(e))
            assert e["event_type"] in TYPES, (d["file"], e["event_type"])
            assert e["mode"] is None or e["mode"] in MODES[e["event_type"]], (d["file"], e["mode"])
            assert isinstance(e["negated"], bool), d["file"]
            for side in ("actor", "recipient"):
                a = e[side]
                assert a is None or a.get("country") or a.get("org"), (d["file"], side)
            # actor null = unknown perpetrator (as in the dev set's 048 attack)
            assert e["actor"] is not None or e["event_type"] == "ASSAULT", d["file"]
            loc = e["location"]
            assert loc is None or (loc.get("name") and "country" in loc), (d["file"], loc)
            assert e["sentence_contains"] in text, (d["file"], e["sentence_contains"])
            assert e["trigger"].casefold() in text.casefold(), (d["file"], e["trigger"])
            if e["date"] and pub:
                assert dt.date.fromisoformat(e["date"]) <= pub, (d["file"], e["date"])
            if e["event_type"] == "CONSULT" and e["mode"] == "phone":
                assert loc is None, d["file"]


@pytest.mark.parametrize("name", SETS)
def test_weekday_dates_are_real(name):
    """Every "Kamis (2/3)" / "Senin (9/1/2023)" names the right weekday (year: the
    one written, else the publication year, else the headline event's)."""
    days = r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)(?:,| pagi| siang| sore| malam| dini hari)?"
    folder = GOLD / name
    for d in load(folder / "gold.json"):
        raw = (folder / d["file"]).read_text(encoding="utf-8")
        head = next(e for e in d["events"] if e["headline"])
        year = int((d["published"] or head["date"])[:4])
        for m in re.finditer(days + r" \((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)", raw):
            day = dt.date(int(m.group(4) or year), int(m.group(3)), int(m.group(2)))
            assert DAYS[day.weekday()] == m.group(1), (d["file"], m.group(0))
