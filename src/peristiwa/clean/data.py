"""Load and validate the cleaner's data files once per process.

Errors name the file and the entry (peristiwa.errors.DataError)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from peristiwa.errors import DataError


def _load(name: str) -> dict:
    path = f"data/clean/{name}"
    try:
        raw = yaml.safe_load(resources.files("peristiwa").joinpath(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DataError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise DataError(f"{path}: expected a mapping at the top level")
    return raw


def _words(path: str, where: str, items) -> tuple[str, ...]:
    if not isinstance(items, list):
        raise DataError(f"{path}: {where} must be a list")
    for i, w in enumerate(items):
        if not isinstance(w, str) or not w.strip():
            raise DataError(f"{path}: {where}[{i}] = {w!r} is not a non-empty string")
    return tuple(w.strip().lower() for w in items)


def _regexes(path: str, where: str, items) -> tuple[re.Pattern, ...]:
    out = []
    for i, p in enumerate(_words(path, where, items) and items):
        try:
            out.append(re.compile(p))
        except re.error as exc:
            raise DataError(f"{path}: {where}[{i}] is not a valid regex: {exc}") from None
    return tuple(out)


@dataclass(frozen=True)
class CueSet:
    exact: frozenset[str]
    prefix: frozenset[str]  # matched against the line's first 1-4 words
    contains: tuple[str, ...]


@dataclass(frozen=True)
class Cues:
    boilerplate: CueSet
    end: CueSet
    byline: CueSet
    caption_prefix: tuple[str, ...]
    credit: tuple[re.Pattern, ...]
    editor_tags: tuple[re.Pattern, ...]
    date_labels: frozenset[str]
    link_lead_ins: tuple[str, ...]
    relative_time: tuple[re.Pattern, ...]
    caption_bare_prefix: tuple[str, ...] = ()
    updated_labels: tuple[str, ...] = ()
    menu_words: frozenset[str] = frozenset()
    byline_fields: frozenset[str] = frozenset()
    pagination_words: frozenset[str] = frozenset()
    pagination_heads: frozenset[str] = frozenset()
    editor_note: re.Pattern | None = None  # "Catatan Redaksi: ...", "Ralat: ..."
    editor_note_firsts: frozenset[str] = frozenset()  # their first words: most lines need no regex
    meta_line: re.Pattern | None = None  # "og:title: ...", "article:published_time: ..."
    meta_date_keys: frozenset[str] = frozenset()
    inline_link: re.Pattern | None = None  # "READ: <headline>", "Related news: <headline>"
    comment_actions: frozenset[str] = frozenset()  # "Balas", "Reply", "Suka (12)" under a comment
    relative_units: tuple[tuple[str, int], ...] = ()  # ("jam", 3600): "3 jam lalu"


def _cueset(path: str, name: str, raw) -> CueSet:
    if not isinstance(raw, dict):
        raise DataError(f"{path}: '{name}' must be a mapping with exact/prefix/contains")
    return CueSet(
        exact=frozenset(_words(path, f"{name}.exact", raw.get("exact", []))),
        prefix=frozenset(_words(path, f"{name}.prefix", raw.get("prefix", []))),
        contains=_words(path, f"{name}.contains", raw.get("contains", [])),
    )


@lru_cache(maxsize=1)
def cues() -> Cues:
    path = "data/clean/cues.yaml"
    raw = _load("cues.yaml")
    cap = raw.get("caption") or {}
    return Cues(
        boilerplate=_cueset(path, "boilerplate", raw.get("boilerplate")),
        end=_cueset(path, "end", raw.get("end")),
        byline=_cueset(path, "byline", raw.get("byline")),
        caption_prefix=_words(path, "caption.prefix", cap.get("prefix", [])),
        credit=_regexes(path, "caption.credit_patterns", cap.get("credit_patterns", [])),
        editor_tags=_regexes(path, "editor_tags", raw.get("editor_tags", [])),
        date_labels=frozenset(_words(path, "date_labels", raw.get("date_labels", []))),
        link_lead_ins=_words(path, "link_lead_ins", raw.get("link_lead_ins", [])),
        relative_time=tuple(re.compile(p.pattern, re.IGNORECASE) for p in _regexes(path, "relative_time", raw.get("relative_time", []))),
        caption_bare_prefix=_words(path, "caption.bare_prefix", cap.get("bare_prefix", [])),
        updated_labels=_words(path, "updated_labels", raw.get("updated_labels", [])),
        menu_words=frozenset(_words(path, "menu_words", raw.get("menu_words", []))),
        byline_fields=frozenset(_words(path, "byline_fields", raw.get("byline_fields", []))),
        pagination_words=frozenset(_words(path, "pagination_words", raw.get("pagination_words", []))),
        pagination_heads=frozenset(_words(path, "pagination_heads", raw.get("pagination_heads", []))),
        editor_note=_heads_regex(_words(path, "editor_notes", raw.get("editor_notes", [])), r"\s*(?::|[-–—]\s)"),
        editor_note_firsts=frozenset(w.split()[0].replace("’", "'") for w in _words(path, "editor_notes", raw.get("editor_notes", []))),
        meta_line=_heads_regex(_words(path, "meta_namespaces", raw.get("meta_namespaces", [])), r":[\w:.-]+\s*[:=]"),
        meta_date_keys=frozenset(_words(path, "meta_date_keys", raw.get("meta_date_keys", []))),
        relative_units=_units(path, raw.get("relative_units", {})),
        comment_actions=frozenset(_words(path, "comment_actions", raw.get("comment_actions", []))),
        inline_link=_heads_regex(_words(path, "inline_links", raw.get("inline_links", [])), r"\s*:\s*\S+\s+\S"),
    )


def _units(path: str, raw) -> tuple[tuple[str, int], ...]:
    if not isinstance(raw, dict):
        raise DataError(f"{path}: relative_units must be a mapping unit -> seconds")
    for k, v in raw.items():
        if not isinstance(k, str) or not isinstance(v, int) or v <= 0:
            raise DataError(f"{path}: relative_units.{k} must be a positive number of seconds, got {v!r}")
    return tuple((k.lower(), v) for k, v in raw.items())


def _heads_regex(words: tuple[str, ...], tail: str) -> re.Pattern | None:
    """One case-insensitive regex: a line opening with any of ``words`` then ``tail``."""
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:{alts}){tail}", re.IGNORECASE)


@lru_cache(maxsize=1)
def agencies() -> dict[str, str]:
    """alias (lower-case) -> normalised agency name."""
    path = "data/clean/agencies.yaml"
    raw = _load("agencies.yaml").get("agencies")
    if not isinstance(raw, dict) or not raw:
        raise DataError(f"{path}: 'agencies' must be a non-empty mapping")
    out: dict[str, str] = {}
    for name, aliases in raw.items():
        for alias in _words(path, f"agencies.{name}", aliases) + (str(name).lower(),):
            if alias in out and out[alias] != name:
                raise DataError(f"{path}: alias '{alias}' names both {out[alias]} and {name}")
            out[alias] = str(name)
    return out


@lru_cache(maxsize=1)
def outlet_words() -> frozenset[str]:
    """Last words that make a dateline part an outlet ("IDN Times", "NU Online"), not a place."""
    return frozenset(_words("data/clean/agencies.yaml", "outlet_words", _load("agencies.yaml").get("outlet_words", [])))


@lru_cache(maxsize=1)
def outlet_heads() -> frozenset[str]:
    """First words that make a dateline part an outlet ("RADAR JOGJA", "Pos Kupang"), not a place."""
    return frozenset(_words("data/clean/agencies.yaml", "outlet_heads", _load("agencies.yaml").get("outlet_heads", [])))


@lru_cache(maxsize=1)
def place_acronyms() -> frozenset[str]:
    """Upper-case words a dateline place keeps as written ("DKI Jakarta"), though they hold a vowel."""
    words = _words("data/clean/agencies.yaml", "place_acronyms", _load("agencies.yaml").get("place_acronyms", []))
    return frozenset(w.upper() for w in words)


@lru_cache(maxsize=1)
def region_abbreviations() -> dict[str, str]:
    """Region short forms written in datelines ("Sulsel", "NTB") -> ISO3 of their country."""
    path = "data/clean/agencies.yaml"
    raw = _load("agencies.yaml").get("region_abbreviations", {})
    if not isinstance(raw, dict):
        raise DataError(f"{path}: 'region_abbreviations' must be a mapping ISO3 -> list of names")
    out = {}
    for code, names in raw.items():
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
            raise DataError(f"{path}: region_abbreviations key {code!r} is not an ISO3 code")
        for n in _words(path, f"region_abbreviations.{code}", names):
            out[n] = code
    return out


@lru_cache(maxsize=1)
def outlet_prefixes() -> dict[str, str]:
    """Lower-case heads of camel-case desk names ("detikJatim" -> Detik), to a normalised agency."""
    path = "data/clean/agencies.yaml"
    raw = _load("agencies.yaml").get("outlet_prefixes", {})
    if not isinstance(raw, dict):
        raise DataError(f"{path}: 'outlet_prefixes' must be a mapping prefix -> agency name")
    table = agencies()
    out = {}
    for k, v in raw.items():
        if not isinstance(k, str) or not k.islower() or not isinstance(v, str) or v.lower() not in table:
            raise DataError(f"{path}: outlet_prefixes.{k} must be a lower-case prefix naming an agency listed above, got {v!r}")
        out[k] = v
    return out


@dataclass(frozen=True)
class ContainerRules:
    cues: tuple[str, ...]
    tags: frozenset[str]
    skip_tags: tuple[str, ...]
    skip_class_words: tuple[str, ...]
    min_text_chars: int
    share: float
    min_total_chars: int
    max_climb: int
    margin_share: float
    min_kept_share: float


def _tag_names(path: str, where: str, items) -> tuple[str, ...]:
    names = _words(path, where, items)
    for i, n in enumerate(names):
        if not re.fullmatch(r"[a-z][a-z0-9]*", n):
            raise DataError(f"{path}: {where}[{i}] = {n!r} is not an HTML tag name")
    return names


@lru_cache(maxsize=1)
def container_rules() -> ContainerRules:
    """Settings of the article-container finder (clean/container.py)."""
    path = "data/clean/container.yaml"
    raw = _load("container.yaml")

    def number(key: str, kind: type, low: float, high: float):
        v = raw.get(key)
        if isinstance(v, bool) or not isinstance(v, (int, float)) or (kind is int and not isinstance(v, int)) or not low <= v <= high:
            raise DataError(f"{path}: '{key}' must be a {kind.__name__} in [{low}, {high}], got {v!r}")
        return kind(v)

    return ContainerRules(
        cues=_words(path, "cues", raw.get("cues")),
        tags=frozenset(_words(path, "tags", raw.get("tags"))),
        skip_tags=tuple(_tag_names(path, "skip_tags", raw.get("skip_tags"))),
        skip_class_words=_words(path, "skip_class_words", raw.get("skip_class_words", [])),
        min_text_chars=number("min_text_chars", int, 1, 10_000),
        share=number("share", float, 0.5, 1.0),
        min_total_chars=number("min_total_chars", int, 0, 100_000),
        max_climb=number("max_climb", int, 0, 20),
        margin_share=number("margin_share", float, 0.0, 10.0),
        min_kept_share=number("min_kept_share", float, 0.0, 1.0),
    )


@dataclass(frozen=True)
class LanguageMarkers:
    malay: dict[str, float]
    indonesian: dict[str, float]


@lru_cache(maxsize=1)
def language_markers() -> LanguageMarkers:
    path = "data/clean/language.yaml"
    raw = _load("language.yaml")
    out = {}
    for key in ("malay", "indonesian"):
        words = _words(path, key, raw.get(key))
        weights = raw.get(f"{key}_weights") or {}
        for w, v in weights.items():
            if w not in words or not isinstance(v, (int, float)):
                raise DataError(f"{path}: {key}_weights.{w} must be a number for a word listed in '{key}'")
        out[key] = {w: float(weights.get(w, 1.0)) for w in words}
    return LanguageMarkers(**out)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Indonesian + English stop-words from justext's stoplists (used for stop-word density)."""
    import justext

    return frozenset(justext.get_stoplist("Indonesian")) | frozenset(justext.get_stoplist("English"))
