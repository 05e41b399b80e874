"""The event scorer (peristiwa eval events) and the committed gold set."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest

from peristiwa.cli import main
from peristiwa.errors import DataError
from peristiwa.eval import events as ev
from peristiwa.eval.events_gold import load

GOLD_DIR = Path(__file__).parent / "gold" / "events"


def P(name, country):
    return {"name": name, "country": country}


def C(country):
    return {"country": country}


def gold_event(t, mode, actor, recipient, date, loc=None, headline=False, negated=False):
    return {"headline": headline, "event_type": t, "mode": mode, "actor": actor, "recipient": recipient,
            "date": date, "location": loc, "negated": negated, "trigger": "x", "sentence_contains": "x"}  # fmt: skip


def pred_event(t, mode, actor, recipient, date, loc=None, headline=False, **kw):
    d = {"event_type": t, "mode": mode, "actor": actor, "recipient": recipient, "date": date,
         "location": loc, "headline": headline, "negated": False}  # fmt: skip
    d.update(kw)
    return d


def write(tmp_path: Path, gold: list[dict], records: list[dict]) -> tuple[Path, Path]:
    g = tmp_path / "gold.json"
    g.write_text(json.dumps(gold), encoding="utf-8")
    p = tmp_path / "pred.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return g, p


@pytest.fixture
def two_docs(tmp_path):
    delhi = {"name": "New Delhi", "country": "IND"}
    gold = [
        {"file": "pages/a.txt", "published": None, "title": "a", "events": [
            gold_event("CONSULT", "third-party", P("Retno Marsudi", "IDN"), P("Qin Gang", "CHN"), "2023-03-02",
                       delhi, headline=True),
            gold_event("AGREE", None, C("IDN"), C("CHN"), "2023-03-02"),
            gold_event("SUPPORT", None, P("Qin Gang", "CHN"), C("IDN"), None),
        ]},
        {"file": "pages/b.txt", "published": "2024-05-27T10:00:00+07:00", "title": "b", "events": [
            gold_event("ACCUSE", "disapprove", C("IDN"), C("ISR"), "2024-05-27", headline=True),
            gold_event("ASSAULT", "heavy-weapons", C("ISR"), C("PSE"), "2024-05-26"),
        ]},
    ]  # fmt: skip
    records = [
        {"source": "/elsewhere/pages/a.txt", "events": [
            # headline right in every field, sides swapped (symmetric), surname-only name
            pred_event("CONSULT", "third-party", {"name": "Qin", "country": "CHN"},
                       {"name": "Retno Marsudi", "country": "IDN", "text": "Menlu Retno"}, "2023-03-02",
                       {"name": "New Delhi", "country": "IND", "lat": 28.6, "lon": 77.2}, headline=True),
            pred_event("AGREE", None, C("CHN"), C("IDN"), "2023-03-02"),       # swapped: still a match
            pred_event("SUPPORT", None, P("Wang Yi", "CHN"), C("IDN"), "2023-03-02"),  # wrong person
        ]},
        {"source": "b.txt", "events": [
            # headline: right type/actor/recipient/place(null), wrong mode and date
            pred_event("ACCUSE", "allege", C("IDN"), C("ISR"), "2024-05-26", headline=True),
            pred_event("ASSAULT", "heavy-weapons", C("ISR"), C("PSE"), "2024-05-26"),
            pred_event("ASSAULT", "heavy-weapons", C("ISR"), C("PSE"), "2024-05-26"),  # duplicate -> FP
        ]},
    ]  # fmt: skip
    return write(tmp_path, gold, records)


def test_exact_scores(two_docs):
    g, p = two_docs
    rep = ev.evaluate(g, p)
    # gold 5; matched: CONSULT, AGREE (a); ASSAULT (b) -> tp 3
    # fn: SUPPORT (wrong name), ACCUSE (wrong date) -> 2; fp: SUPPORT, ACCUSE, duplicate ASSAULT -> 3
    m = rep.as_dict()
    assert m["events"] == {"tp": 3, "fp": 3, "fn": 2, "precision": 0.5, "recall": 0.6, "f1": 0.5455}
    h = m["headline"]
    assert h["n"] == 2
    assert (h["type"], h["mode"], h["actor"], h["recipient"], h["date"], h["place"]) == (1.0, 0.5, 1.0, 1.0, 0.5, 1.0)
    assert h["fully_correct"] == 0.5
    assert m["by_type"]["ASSAULT"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "gold": 1, "pred": 2}
    # SUPPORT: right type and date, wrong person -> "sides"; ACCUSE: right sides, wrong day -> "date"
    assert m["missed_because"] == {"date": 1, "sides": 1}


def test_cli_last_line_and_json(two_docs, tmp_path, capsys):
    g, p = two_docs
    out = tmp_path / "m.json"
    assert main(["eval", "events", str(g), "--pred", str(p), "--json", str(out), "--details"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1] == "F1 0.5455"
    assert any("spurious ASSAULT" in x for x in lines)
    assert "missed because: date 1, sides 1" in lines
    assert json.loads(out.read_text())["events"]["f1"] == 0.5455
    # bare --json: the metrics as JSON instead of the table, F1 still last
    assert main(["eval", "events", str(g), "--pred", str(p), "--json"]) == 0
    printed = capsys.readouterr().out.strip().splitlines()
    assert printed[-1] == "F1 0.5455"
    assert json.loads("\n".join(printed[:-1]))["headline"]["fully_correct"] == 0.5


def test_missing_document_is_all_false_negatives(tmp_path):
    gold = [{"file": "a.txt", "published": None, "title": "a", "events": [
        gold_event("CONSULT", "phone", C("USA"), C("IDN"), "2023-05-24", headline=True),
        gold_event("SUPPORT", None, C("USA"), C("IDN"), "2023-05-24")]}]  # fmt: skip
    g, p = write(tmp_path, gold, [{"source": "other.txt", "events": [pred_event("AID", None, C("IDN"), C("MMR"), None)]}])
    rep = ev.evaluate(g, p)
    assert rep.missing == ["a.txt"]
    assert rep.as_dict()["events"] == {"tp": 0, "fp": 0, "fn": 2, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert rep.fully == 0 and rep.headline["type"] == 0


def test_visit_is_directed_meeting_is_not():
    visit = gold_event("CONSULT", "visit", P("Prabowo Subianto", "IDN"), P("Xi Jinping", "CHN"), "2024-11-09")
    meeting = dict(visit, mode="meeting")
    swapped = pred_event("CONSULT", "visit", P("Xi Jinping", "CHN"), P("Prabowo Subianto", "IDN"), "2024-11-09")
    assert not ev.event_match(visit, swapped)
    assert ev.event_match(meeting, swapped)
    accuse = gold_event("ACCUSE", "disapprove", C("IDN"), C("ISR"), None)
    assert not ev.event_match(accuse, pred_event("ACCUSE", "disapprove", C("ISR"), C("IDN"), None))


def test_near_miss_reasons():
    g = gold_event("ACCUSE", "disapprove", C("IDN"), C("ISR"), "2024-05-27")
    assert ev.near_miss(g, [pred_event("ACCUSE", None, C("IDN"), C("ISR"), "2024-05-26")]) == "date"
    assert ev.near_miss(g, [pred_event("ACCUSE", None, C("IDN"), C("USA"), "2024-05-27")]) == "sides"
    assert ev.near_miss(g, [pred_event("REQUEST", None, C("IDN"), C("ISR"), "2024-05-27")]) == "type"
    assert ev.near_miss(g, [pred_event("ACCUSE", None, C("IDN"), C("ISR"), "2024-05-27", negated=True)]) == "negated"
    assert ev.near_miss(g, [pred_event("AID", None, C("USA"), C("UKR"), None)]) == "absent"


def test_greedy_one_to_one_and_dates():
    gold = [gold_event("REQUEST", "yield", C("USA"), C("CHN"), None),
            gold_event("REQUEST", "yield", C("USA"), C("CHN"), "2024-05-23")]  # fmt: skip
    pred = [pred_event("REQUEST", "yield", C("USA"), C("CHN"), "2024-05-23"),
            pred_event("REQUEST", "yield", C("USA"), C("CHN"), "2024-05-22"),
            pred_event("REQUEST", "yield", C("USA"), C("CHN"), "2024-05-23")]  # fmt: skip
    pairs = ev.match_events(gold, pred)
    assert len(pairs) == 2 and len({j for _, j in pairs}) == 2
    assert dict(pairs)[1] in (0, 2)  # the dated gold event only takes a same-day prediction
    # with one same-day and one other-day prediction both gold events still match
    assert ev.match_events(gold, pred[:2]) == [(0, 1), (1, 0)]


def test_negation_future_and_pairs(tmp_path):
    gold = [{"file": "a.txt", "published": None, "title": "a", "events": [
        gold_event("AGREE", None, P("Retno Marsudi", "IDN"), P("Qin Gang", "CHN"), "2023-03-02", headline=True),
        gold_event("CONSULT", "meeting", C("IDN"), C("CHN"), None, negated=True)]}]  # fmt: skip
    pair = {"text": "kedua menlu", "country": None, "members": [P("Qin Gang", "CHN"), P("Retno Marsudi", "IDN")]}
    records = [{"source": "a.txt", "events": [
        pred_event("AGREE", None, pair, None, "2023-03-02", headline=True),   # pair actor: a match
        pred_event("CONSULT", "meeting", C("IDN"), C("CHN"), None),           # not negated: no match, FP
        pred_event("SANCTION", None, C("IDN"), C("CHN"), None, future=True),  # unmatched future: ignored
    ]}]  # fmt: skip
    g, p = write(tmp_path, gold, records)
    m = ev.evaluate(g, p).as_dict()
    assert m["events"]["tp"] == 1 and m["events"]["fp"] == 1 and m["events"]["fn"] == 1
    assert m["headline"]["actor"] == 1.0 and m["headline"]["recipient"] == 1.0


def test_person_name_rule():
    jai = P("Subrahmanyam Jaishankar", "IND")
    assert ev.actor_match(jai, {"name": "S. Jaishankar", "country": "IND"})
    assert ev.actor_match(jai, {"name": None, "text": "Jaishankar", "country": "IND"})
    assert not ev.actor_match(jai, {"name": "S. Jaishankar", "country": "CHN"})  # country first
    assert not ev.actor_match(P("Wang Yi", "CHN"), {"name": "Wang Wenbin", "country": "CHN"})
    assert not ev.actor_match(P("Wang Yi", "CHN"), {"name": None, "text": "China", "country": "CHN"})
    assert ev.actor_match(C("CHN"), {"name": "Wang Wenbin", "country": "CHN"})  # no gold name: country only


def test_org_and_place_rules():
    un = {"country": None, "org": "UN", "aliases": ["PBB", "Dewan Keamanan PBB"]}
    assert ev.actor_match(un, {"text": "Dewan Keamanan PBB", "country": None})
    assert ev.actor_match(un, {"kb_id": "UN", "country": None})
    assert not ev.actor_match(un, {"name": "ASEAN", "country": None})
    # a person acting for the body (Actor.org) is the body
    assert ev.actor_match(un, {"name": "Antonio Guterres", "country": "PRT", "org": "UN"})
    assert not ev.actor_match(un, {"name": "Antonio Guterres", "country": "PRT", "org": "WHO"})
    assert ev.place_match({"name": "Washington", "country": "USA"}, {"name": "Washington, D.C.", "country": "USA"})
    assert not ev.place_match({"name": "Washington", "country": "USA"}, {"name": "Washington", "country": "GBR"})
    assert ev.place_match({"name": "Denpasar", "country": "IDN", "aliases": ["Bali"]}, {"name": "Bāli", "country": "IDN"})
    assert not ev.place_match({"name": "Denpasar", "country": "IDN"}, {"name": "Bāli", "country": "IDN"})
    assert not ev.place_match(None, {"name": "Jakarta", "country": "IDN"})
    assert ev.place_match(None, None)


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"event_type": "DEMAND"}, "unknown PLOVER event_type 'DEMAND'"),
        ({"mode": "visit", "event_type": "AGREE"}, "mode 'visit' is not allowed for AGREE"),
        ({"actor": {"country": "Indonesia"}}, "is not an ISO3 code"),
        ({"date": "2/3/2023"}, "is not ISO 8601"),
    ],
)
def test_gold_validation_names_document_and_event(tmp_path, bad, message):
    e = gold_event("CONSULT", "phone", C("USA"), C("IDN"), "2023-05-24", headline=True)
    e.update(bad)
    g = tmp_path / "gold.json"
    g.write_text(json.dumps([{"file": "p/x.txt", "published": None, "events": [e]}]))
    with pytest.raises(DataError) as exc:
        load(g)
    assert message in str(exc.value) and "document 0 (p/x.txt), event 0" in str(exc.value)


# --------------------------------------------------------------------------
# the committed gold set itself

DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def _page_text(path: Path) -> str:
    t = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return " ".join(t.split())


def test_committed_gold_set_is_consistent():
    docs = load(GOLD_DIR / "gold.json")
    assert len(docs) >= 40
    listed = {d["file"] for d in docs}
    on_disk = {f"pages/{p.name}" for p in (GOLD_DIR / "pages").iterdir()}
    assert listed == on_disk
    types = {e["event_type"] for d in docs for e in d["events"]}
    assert len(types) == 16  # all PLOVER types
    for d in docs:
        text = _page_text(GOLD_DIR / d["file"])
        assert d["events"], d["file"]
        pub = dt.date.fromisoformat(d["published"][:10]) if d["published"] else None
        for e in d["events"]:
            assert e["sentence_contains"] in text, (d["file"], e["sentence_contains"])
            assert e["trigger"].casefold() in text.casefold(), (d["file"], e["trigger"])
            if e["date"] and pub:
                assert dt.date.fromisoformat(e["date"]) <= pub, (d["file"], e["date"])


def test_committed_pages_weekday_dates_are_real():
    """Every "Kamis (2/3)" / "Senin (9/1/2023)" in a page names the right weekday
    (year: the one written, else the publication year, else the headline event's)."""
    for d in load(GOLD_DIR / "gold.json"):
        raw = (GOLD_DIR / d["file"]).read_text(encoding="utf-8")
        head = next(e for e in d["events"] if e["headline"])
        year = int((d["published"] or head["date"])[:4])
        days = r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)(?:,| pagi| siang| sore| malam)?"
        for m in re.finditer(days + r" \((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)", raw):
            day = dt.date(int(m.group(4) or year), int(m.group(3)), int(m.group(2)))
            assert DAYS[day.weekday()] == m.group(1), (d["file"], m.group(0))


def test_gold_file_names_must_be_unique(tmp_path):
    e = gold_event("CONSULT", "phone", C("USA"), C("IDN"), "2023-05-24", headline=True)
    g = tmp_path / "gold.json"
    g.write_text(json.dumps([{"file": "a/x.txt", "published": None, "events": [e]},
                             {"file": "b/x.txt", "published": None, "events": [e]}]))  # fmt: skip
    with pytest.raises(DataError, match="file name 'x.txt' listed twice"):
        load(g)


def test_example_pages_gold_is_consistent(shared):
    """examples.json annotates the two shared example pages (paths lead to ../shared)."""
    docs = load(GOLD_DIR / "examples.json")
    assert len(docs) == 2
    for d in docs:
        page = (GOLD_DIR / d["file"]).resolve()
        assert page.parent == (shared / "examples" / "pages").resolve()
        text = _page_text(page)
        for e in d["events"]:
            assert e["sentence_contains"] in text, (d["file"], e["sentence_contains"])



def test_without_pred_runs_the_pipeline_on_the_gold_pages(tmp_path):
    """No --pred: the pages are run through peristiwa.extract and every gold
    document gets its record back (attached by file name)."""
    pages = tmp_path / "pages"
    pages.mkdir()
    src = GOLD_DIR / "pages" / "002_blinken-retno-telepon.txt"
    (pages / src.name).write_bytes(src.read_bytes())
    gold = [d for d in load(GOLD_DIR / "gold.json") if d["file"].endswith(src.name)]
    g = tmp_path / "gold.json"
    g.write_text(json.dumps(gold), encoding="utf-8")
    rep = ev.evaluate(g)
    assert rep.documents == 1 and rep.missing == []
    assert rep.headlines == 1
    assert sum(rep.tp.values()) + sum(rep.fn.values()) == len(gold[0]["events"])


def test_cli_errors_name_the_file(tmp_path, capsys):
    assert main(["eval", "events", str(tmp_path / "none.json")]) == 2
    assert "none.json: no such gold file" in capsys.readouterr().err
    gold = [{"file": "a.txt", "published": None, "events": [
        gold_event("CONSULT", "phone", C("USA"), C("IDN"), "2023-05-24", headline=True)]}]  # fmt: skip
    g, p = write(tmp_path, gold, [{"source": "a.txt", "events": []}])
    p.write_text(p.read_text() + "{not json\n")
    assert main(["eval", "events", str(g), "--pred", str(p)]) == 2
    assert "pred.jsonl:2: not JSON" in capsys.readouterr().err
