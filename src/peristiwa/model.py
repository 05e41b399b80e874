"""The data model: plain, picklable dataclasses passed between stages.

Data flows one way: ingest -> clean -> nlp -> actors -> events -> dedup -> store.

Offsets: every span-carrying field (``start``/``end``) is a character offset
into ``Article.text``. ``Article.text`` holds the whole cleaned article: the
title block first, then body paragraphs and photo captions in page order,
separated by blank lines. ``Article.blocks`` says which span is which, so a
later stage can point at evidence in a caption or the title as easily as in
the body. ``Article.body`` is the body alone (what users call "the text").
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# --------------------------------------------------------------------------
# ingest


@dataclass
class Document:
    """One raw input item plus where it came from.

    ``content`` is raw bytes when the input was bytes (files, HTTP, WARC);
    ``text`` is set instead when the input was already text (JSONL ``text``).
    ``kind`` tells the cleaner how to read it: "text" (plain page dump) or
    "html". ``error`` is set when ingest itself failed for this item; such a
    document still flows through so the batch can report it.
    """

    source: str  # path, URL, "file.jsonl:12", "crawl.warc.gz#record-3"
    kind: str = "text"  # "text" | "html"
    content: bytes | None = None
    text: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # a hint from the container (JSONL, feed, WARC header)
    encoding: str | None = None
    fetched_at: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------
# clean


@dataclass
class Block:
    """A paragraph of ``Article.text``: kind is "title", "body" or "caption"."""

    kind: str
    start: int
    end: int


@dataclass
class Dateline:
    """"New Delhi, India (Xinhua) -": place, country, agency, and where it was."""

    place: str | None = None
    country: str | None = None  # as written ("India", "NTB"); ISO3 goes in country_code
    country_code: str | None = None
    agency: str | None = None  # normalised: "Xinhua", "ANTARA", "Reuters", ...
    raw: str | None = None  # the dateline text as it stood, before stripping


@dataclass
class Article:
    source: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    published: datetime | None = None  # tz-aware when the page gives a zone
    published_source: str | None = None  # "header" | "meta" | "dateline" | "url" | "container" | "relative" ("3 jam lalu" from the fetch time) | None
    published_raw: str | None = None  # the words the date was read from
    language: str | None = None  # "id" | "ms" | "en" | other ISO 639-1
    language_confidence: float | None = None
    dateline: Dateline | None = None
    agency: str | None = None
    outlet: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)

    def spans(self, kind: str) -> list[Block]:
        return [b for b in self.blocks if b.kind == kind]

    @property
    def paragraphs(self) -> list[str]:
        return [self.text[b.start : b.end] for b in self.blocks if b.kind == "body"]

    @property
    def captions(self) -> list[str]:
        return [self.text[b.start : b.end] for b in self.blocks if b.kind == "caption"]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def block_at(self, offset: int) -> Block | None:
        for b in self.blocks:
            if b.start <= offset < b.end:
                return b
        return None


# --------------------------------------------------------------------------
# nlp


@dataclass
class Token:
    text: str
    start: int
    end: int
    lemma: str | None = None
    pos: str | None = None


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)
    block: str = "body"  # the kind of block the sentence lies in


@dataclass
class Entity:
    """A named-entity span from the NER model or a gazetteer."""

    text: str
    start: int
    end: int
    label: str  # "PER" | "ORG" | "LOC"
    source: str = "model"  # "model" | "gazetteer" | "rule"
    score: float | None = None


@dataclass
class Analysis:
    """What the nlp stage knows about an article."""

    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    language: str | None = None


# --------------------------------------------------------------------------
# actors


@dataclass
class Actor:
    """A mention of a political actor, resolved as far as the evidence allows.

    ``kb_id`` is None for actors not in the knowledge base (unknown people are
    kept). ``ambiguous`` is True when an alias matched several identities and
    none was chosen; ``candidates`` lists them.
    """

    text: str
    start: int
    end: int
    kb_id: str | None = None
    name: str | None = None
    country: str | None = None  # ISO3
    sector: str | None = None  # PLOVER sector: GOV, MIL, JUD, LEG, REB, OPP, BUS, CVL, MED, IGO, ...
    role: str | None = None  # canonical role id, e.g. "foreign_minister"
    type: str = "person"  # "person" | "country" | "org" | "group"
    confidence: float = 1.0
    how: str = "name"  # "name" | "role" | "alias" | "surname" | "pronoun" | "pair" | "ner"
    ambiguous: bool = False
    candidates: list[str] = field(default_factory=list)
    members: list["Actor"] = field(default_factory=list)  # for "kedua pihak": the pair
    # the KB organisation a person acts for ("UN" for "Sekjen PBB Antonio Guterres", "IDN-KPK"
    # for "Ketua KPK X"); None for states' officials named by their state alone and for non-persons
    org: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kb_id": self.kb_id,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
            "type": self.type,
            "confidence": round(self.confidence, 3),
        }
        if self.ambiguous:
            d["ambiguous"] = True
            d["candidates"] = list(self.candidates)
        if self.members:
            d["members"] = [m.to_dict() for m in self.members]
        if self.org:
            d["org"] = self.org
        return d


# --------------------------------------------------------------------------
# events


@dataclass
class Location:
    name: str
    country: str | None = None  # ISO3
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # "city" | "admin" | "country"
    start: int | None = None
    end: int | None = None
    source: str | None = None  # "text" | "dateline" | "caption"


@dataclass
class Evidence:
    sentence: str
    start: int  # sentence span in Article.text
    end: int
    trigger: str
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass
class Event:
    event_type: str  # PLOVER type
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    actor: Actor | None = None
    recipient: Actor | None = None
    date: date | None = None
    date_source: str = "none"  # explicit | weekday | relative | published | none
    date_evidence: tuple[int, int] | None = None
    location: Location | None = None
    headline: bool = False
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    evidence: Evidence | None = None
    confidence: float = 0.5
    warnings: list[str] = field(default_factory=list)
    source: str | None = None  # the document the event was coded from

    def to_dict(self) -> dict[str, Any]:
        ev = self.evidence
        loc = self.location
        return {
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "topics": list(self.topics),
            "actor": self.actor.to_dict() if self.actor else None,
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "date": self.date.isoformat() if self.date else None,
            "date_source": self.date_source,
            "date_evidence": list(self.date_evidence) if self.date_evidence else None,
            "location": (
                {"name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon, "feature": loc.feature}
                if loc
                else None
            ),
            "headline": self.headline,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "negated": self.negated,
            "future": self.future,
            "hypothetical": self.hypothetical,
            "evidence": dataclasses.asdict(ev) if ev else None,
            "confidence": round(self.confidence, 3),
            "warnings": list(self.warnings),
        }


# --------------------------------------------------------------------------
# one document through the pipeline


@dataclass
class Record:
    """Everything the pipeline produced for one input document."""

    source: str
    article: Article | None = None
    analysis: Analysis | None = None
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self, include_actors: bool = False) -> dict[str, Any]:
        a = self.article
        art = None
        if a is not None:
            dl = a.dateline
            art = {
                "title": a.title,
                "published": a.published.isoformat() if a.published else None,
                "published_source": a.published_source,
                "language": a.language,
                "language_confidence": (
                    round(a.language_confidence, 3) if a.language_confidence is not None else None
                ),
                "dateline": {"place": dl.place, "country": dl.country} if dl else {"place": None, "country": None},
                "agency": a.agency,
                "outlet": a.outlet,
                "url": a.url,
                "text": a.body,
                "captions": a.captions,
            }
        d: dict[str, Any] = {
            "source": self.source,
            "article": art,
            "events": [e.to_dict() for e in self.events],
            "error": self.error,
        }
        if self.warnings:
            d["warnings"] = list(self.warnings)
        if include_actors:
            d["actors"] = [x.to_dict() for x in self.actors]
        return d


@dataclass
class Result:
    """What ``peristiwa.extract`` returns: one Record per input document."""

    records: list[Record] = field(default_factory=list)

    def __iter__(self):
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)

    def __getitem__(self, i: int) -> Record:
        return self.records[i]

    @property
    def failed(self) -> list[Record]:
        return [r for r in self.records if r.error]

    @property
    def events(self) -> list[Event]:
        return [e for r in self.records for e in r.events]
