"""The event gold file: loading and validation (format: docs/gold-format.md).

A gold file is a JSON list of documents; each names a page (relative to the
gold file), its publication date and its events. Validation names the file,
the document and the event, so a typo in a hand annotation is found at once.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from peristiwa.errors import DataError

# PLOVER 2021 event types and the modes this gold set uses for each
# (modes follow CAMEO2PLOVER-2021; CONSULT "meeting" = bilateral meeting in one
# party's country that is not a visit, e.g. a host city meeting). An empty set
# means the type has no mode: gold gives null.
MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone", "meeting"}),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset({"economic", "military", "humanitarian", "asylum"}),
    "RETREAT": frozenset({"release", "return", "access", "disarm", "ceasefire", "withdraw"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "allege", "investigate"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"relations", "restrict", "ban", "expel", "political", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "hunger", "strike", "obstruct", "riot", "boycott"}),
    "SANCTION": frozenset({"discontinue", "expel", "withdraw"}),
    "MOBILIZE": frozenset({"troops", "police", "weapons"}),
    "COERCE": frozenset({"seize", "restrict", "ban", "curfew", "martial-law", "arrest", "deport"}),
    "ASSAULT": frozenset({"abduct", "beat", "sexual", "torture", "suicide-attack", "explosives",
                          "assassinate", "firearms", "heavy-weapons", "massacre", "cleansing", "unconventional"}),
}  # fmt: skip
TYPES = frozenset(MODES)

# Types whose two sides play the same role: actor and recipient may be swapped.
# CONSULT is symmetric except in mode "visit" (the visitor is the actor); a
# ceasefire (RETREAT "ceasefire") is mutual.
SYMMETRIC = frozenset({"AGREE", "COOPERATE", "CONSULT"})


def is_symmetric(event_type: str, mode: str | None) -> bool:
    if event_type == "RETREAT":
        return mode == "ceasefire"
    return event_type in SYMMETRIC and not (event_type == "CONSULT" and mode == "visit")


def _where(path: Path, i: int, doc: dict, j: int | None = None) -> str:
    at = f"{path}: document {i} ({doc.get('file', '?')})"
    return at if j is None else f"{at}, event {j}"


def _check_actor(a: Any, where: str, role: str) -> None:
    if a is None:
        return
    if not isinstance(a, dict):
        raise DataError(f"{where}: {role} must be an object or null")
    c = a.get("country")
    if c is None and not a.get("org"):
        raise DataError(f"{where}: {role} needs a country (ISO3) or an org")
    if c is not None and (not isinstance(c, str) or len(c) != 3 or not c.isupper()):
        raise DataError(f"{where}: {role} country {c!r} is not an ISO3 code")


def _check_date(s: Any, where: str, what: str) -> None:
    if s is None:
        return
    try:
        dt.date.fromisoformat(s) if what == "date" else dt.datetime.fromisoformat(s)
    except (TypeError, ValueError):
        raise DataError(f"{where}: {what} {s!r} is not ISO 8601") from None


def validate(docs: Any, path: Path) -> list[dict]:
    """Raise DataError on the first malformed document or event."""
    if not isinstance(docs, list):
        raise DataError(f"{path}: a gold file is a JSON list of documents")
    seen: set[str] = set()
    for i, doc in enumerate(docs):
        where = _where(path, i, doc if isinstance(doc, dict) else {})
        if not isinstance(doc, dict) or not isinstance(doc.get("file"), str):
            raise DataError(f"{where}: a document needs a 'file'")
        # predictions are attached by file name, so names must be unique
        name = Path(doc["file"]).name
        if name in seen:
            raise DataError(f"{where}: file name {name!r} listed twice")
        seen.add(name)
        _check_date(doc.get("published"), where, "published")
        events = doc.get("events")
        if not isinstance(events, list):
            raise DataError(f"{where}: 'events' must be a list")
        if events and sum(bool(e.get("headline")) for e in events) != 1:
            raise DataError(f"{where}: exactly one event must have headline true")
        for j, ev in enumerate(events):
            w = _where(path, i, doc, j)
            t = ev.get("event_type")
            if t not in TYPES:
                raise DataError(f"{w}: unknown PLOVER event_type {t!r}")
            mode = ev.get("mode") or None
            if mode is not None and mode not in MODES[t]:
                raise DataError(f"{w}: mode {mode!r} is not allowed for {t} (allowed: {sorted(MODES[t])})")
            _check_actor(ev.get("actor"), w, "actor")
            _check_actor(ev.get("recipient"), w, "recipient")
            _check_date(ev.get("date"), w, "date")
            loc = ev.get("location")
            if loc is not None and not (isinstance(loc, dict) and loc.get("name")):
                raise DataError(f"{w}: location must be null or an object with a name")
    names = {d["file"] for d in docs}
    for i, doc in enumerate(docs):
        dup = doc.get("duplicate_of")
        if dup is not None and dup not in names:
            raise DataError(f"{_where(path, i, doc)}: duplicate_of {dup!r} is not a document of this file")
    return docs


def load(path: str | Path) -> list[dict]:
    path = Path(path)
    try:
        docs = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataError(f"{path}: no such gold file") from None
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}: not JSON ({exc})") from None
    return validate(docs, path)
