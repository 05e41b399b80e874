"""Trigger lexicons and the PLOVER table, loaded once and validated.

A lexicon is a YAML list of entries (see data/lexicon/triggers-id.yaml for
the pattern syntax). Loading compiles each pattern into a tuple of token
matchers and indexes entries by the keys their first token can match, so the
cheap pass is one dict lookup per token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from peristiwa.errors import DataError

GAP = "..."
MAX_GAP = 3
# "...+": a long gap (0-10 words, no punctuation) for a verb whose complement closes
# the pattern after its object ("menetapkan <object NP> sebagai tersangka"); the
# words in the gap stay available as arguments
LONG_GAP = "...+"
MAX_LONG_GAP = 10
AFFIXES_ID = {"meN", "di", "ber", "ter", "base", "noun"}
AFFIXES_EN = {"verb", "noun", "base"}
_WORD = re.compile(r"^=?[a-z0-9][a-z0-9'\-]*$")
_KNOWN_KEYS = {"pattern", "type", "mode", "cameo", "goldstein", "affix", "swap", "place_recipient", "examples", "confidence",
               "needs_recipient", "person_object", "predicate", "bare_object"}


def data_dir() -> Path:
    return Path(str(resources.files("peristiwa") / "data" / "lexicon"))


@dataclass(frozen=True)
class Alt:
    """One alternative of a pattern token: a stem/lemma, or an exact surface ("=")."""

    word: str
    exact: bool


@dataclass(frozen=True)
class Entry:
    pattern: str
    tokens: tuple  # tuple of tuple[Alt, ...] or GAP
    type: str
    mode: str | None
    cameo: str
    goldstein: float
    quad_class: int
    affix: frozenset | None = None
    swap: bool = False
    place_recipient: bool = False
    needs_recipient: bool = False
    person_object: bool = False
    predicate: bool = False  # an evaluation said of an object: "X menyebut langkah Y 'tidak dapat diterima'"
    bare_object: bool = False  # only with an actor mention right after the trigger ("mengajak Jepang berinvestasi")
    confidence: float = 0.8
    examples: tuple = ()
    where: str = ""  # "file:line" for messages

    @cached_property
    def size(self) -> int:  # (cached: read for every candidate match of the cheap pass)
        return sum(1 for t in self.tokens if t not in (GAP, LONG_GAP))


@dataclass
class Plover:
    types: dict[str, list[str]]
    contexts: list[str]
    default_context: dict[str, str]
    goldstein: dict[str, float]
    legacy: dict[str, dict[str, str]]

    def goldstein_for(self, cameo: str) -> float | None:
        for n in (len(cameo), 3, 2):
            g = self.goldstein.get(cameo[:n])
            if g is not None:
                return g
        return None


def quad_class(cameo: str) -> int:
    root = int(cameo[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that records each mapping's line so errors can name it."""


def _construct_mapping(loader, node, deep=False):
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=deep)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_yaml(path: Path, lines: bool = False) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc})") from exc
    try:
        return yaml.load(text, Loader=_LineLoader) if lines else yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataError(f"{path}: not valid YAML ({exc})") from exc


@cache
def load_plover(path: str | None = None) -> Plover:
    p = Path(path) if path else data_dir() / "plover.yaml"
    d = _read_yaml(p)
    try:
        types = {k: list(v or []) for k, v in d["types"].items()}
        plover = Plover(
            types=types,
            contexts=list(d["contexts"]),
            default_context=dict(d.get("default_context") or {}),
            goldstein={str(k): float(v) for k, v in d["goldstein"].items()},
            legacy={k: dict(v) for k, v in (d.get("legacy_types") or {}).items()},
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataError(f"{p}: malformed PLOVER table ({exc})") from exc
    if len(types) != 16:
        raise DataError(f"{p}: expected the 16 PLOVER types, found {len(types)}")
    return plover


def _parse_pattern(pattern: Any, where: str) -> tuple:
    if not isinstance(pattern, str) or not pattern.strip():
        raise DataError(f"{where}: pattern must be a non-empty string, got {pattern!r}")
    out: list = []
    for raw in pattern.lower().split():
        if raw in (GAP, LONG_GAP):
            if not out or out[-1] in (GAP, LONG_GAP):
                raise DataError(f"{where}: bad pattern {pattern!r}: '{raw}' must sit between two words")
            out.append(raw)
            continue
        alts = []
        for a in raw.split("|"):
            if not _WORD.match(a):
                raise DataError(f"{where}: bad pattern {pattern!r}: token {a!r} is not a word, '=word' or '...'")
            alts.append(Alt(a.lstrip("="), a.startswith("=")))
        out.append(tuple(alts))
    if out[-1] in (GAP, LONG_GAP):
        raise DataError(f"{where}: bad pattern {pattern!r}: '...' must sit between two words")
    return tuple(out)


def parse_entries(raw: Any, source: str, lang: str, plover: Plover) -> list[Entry]:
    """Validate and compile raw YAML entries; errors name ``source:line``."""
    if not isinstance(raw, list):
        raise DataError(f"{source}: a trigger lexicon must be a YAML list of entries")
    affixes = AFFIXES_EN if lang == "en" else AFFIXES_ID
    entries = []
    for i, e in enumerate(raw):
        line = e.get("__line__") if isinstance(e, dict) else None
        where = f"{source}:{line}" if line else f"{source}: entry {i + 1}"
        if not isinstance(e, dict):
            raise DataError(f"{where}: entry must be a mapping")
        extra = set(e) - _KNOWN_KEYS - {"__line__"}
        if extra:
            raise DataError(f"{where}: unknown key(s) {sorted(extra)}")
        tokens = _parse_pattern(e.get("pattern"), where)
        etype = e.get("type")
        if etype not in plover.types:
            raise DataError(f"{where}: unknown PLOVER type {etype!r} (pattern {e.get('pattern')!r})")
        mode = e.get("mode")
        if mode is not None and mode not in plover.types[etype]:
            raise DataError(f"{where}: mode {mode!r} is not a mode of {etype}")
        cameo = str(e.get("cameo", ""))
        if not re.fullmatch(r"\d{2,4}", cameo) or not 1 <= int(cameo[:2]) <= 20:
            raise DataError(f"{where}: bad CAMEO code {cameo!r}")
        gold = e.get("goldstein")
        if gold is None:
            gold = plover.goldstein_for(cameo)
        if gold is None or not -10 <= float(gold) <= 10:
            raise DataError(f"{where}: no Goldstein score for CAMEO {cameo}")
        aff = e.get("affix")
        if aff is not None:
            if not isinstance(aff, list) or not set(aff) <= affixes:
                raise DataError(f"{where}: affix must be a list drawn from {sorted(affixes)}")
            aff = frozenset(aff)
        entries.append(
            Entry(
                pattern=e["pattern"],
                tokens=tokens,
                type=etype,
                mode=mode,
                cameo=cameo,
                goldstein=float(gold),
                quad_class=quad_class(cameo),
                affix=aff,
                swap=bool(e.get("swap", False)),
                place_recipient=bool(e.get("place_recipient", False)),
                needs_recipient=bool(e.get("needs_recipient", False)),
                person_object=bool(e.get("person_object", False)),
                predicate=bool(e.get("predicate", False)),
                bare_object=bool(e.get("bare_object", False)),
                confidence=float(e.get("confidence", 0.8)),
                examples=tuple(str(x) for x in e.get("examples") or ()),
                where=where,
            )
        )
    return entries


@dataclass
class Lexicon:
    lang: str
    entries: list[Entry]
    index: dict[str, list[Entry]] = field(default_factory=dict)  # first-token key -> entries
    exact_index: dict[str, list[Entry]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for e in self.entries:
            for alt in e.tokens[0]:
                target = self.exact_index if alt.exact else self.index
                target.setdefault(alt.word, []).append(e)
        # longest patterns first, so the matcher can keep the first hit per span
        for d in (self.index, self.exact_index):
            for k in d:
                d[k].sort(key=lambda e: -e.size)


def load_lexicon_file(path: str | Path, lang: str, plover: Plover | None = None) -> Lexicon:
    path = Path(path)
    raw = _read_yaml(path, lines=True)
    return Lexicon(lang, parse_entries(raw, str(path), lang, plover or load_plover()))


@cache
def load_lexicon(lang: str) -> Lexicon:
    lang = "en" if lang == "en" else "id"
    return load_lexicon_file(data_dir() / f"triggers-{lang}.yaml", lang)


class WordList(list):
    """A cue list (order kept for iteration and joins) whose ``in`` test is a set lookup:
    the coder asks "is this token a clause break / preposition / ...?" for every token
    it walks over. Read-only by convention (built once per language, cached)."""

    def __init__(self, words):
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, w) -> bool:
        try:
            return w in self._set
        except TypeError:  # (an unhashable probe: the list's own test)
            return list.__contains__(self, w)


@cache
def load_cues(lang: str) -> dict[str, Any]:
    lang = "en" if lang == "en" else "id"
    p = data_dir() / "cues.yaml"
    d = _read_yaml(p)
    if lang not in d:
        raise DataError(f"{p}: no section {lang!r}")
    for k, v in d[lang].items():
        # YAML reads a bare on/off/yes/no as a boolean: a cue list silently losing "on"
        bad = [x for x in (v if isinstance(v, list) else []) if not isinstance(x, (str, int)) or isinstance(x, bool)]
        if bad:
            raise DataError(f"{p}: {lang}.{k}: {bad[0]!r} is not a word (quote on/off/yes/no in YAML)")
    cues = {k: WordList(str(x).lower() for x in v) for k, v in d[lang].items() if k not in ("mode_cues", "object_modes")}
    object_modes: dict[tuple[str, str], list[tuple[str, frozenset[str]]]] = {}
    for etype, froms in (d[lang].get("object_modes") or {}).items():
        for src, tos in froms.items():
            for dst, words in tos.items():
                if etype not in load_plover().types or src not in load_plover().types[etype] \
                        or dst not in load_plover().types[etype]:
                    raise DataError(f"{p}: object_modes: bad type/mode {etype}/{src}/{dst}")
                object_modes.setdefault((etype, src), []).append((dst, frozenset(str(w).lower() for w in words)))
    cues["object_modes"] = object_modes
    plover = load_plover()
    mode_cues = {}
    for etype, modes in (d[lang].get("mode_cues") or {}).items():
        if etype not in plover.types:
            raise DataError(f"{p}: mode_cues: unknown PLOVER type {etype!r}")
        for mode, words in modes.items():
            if mode not in plover.types[etype]:
                raise DataError(f"{p}: mode_cues: {mode!r} is not a mode of {etype}")
            alts = "|".join(re.escape(str(w).lower()) for w in sorted(words, key=lambda w: -len(str(w))))
            mode_cues.setdefault(etype, []).append((mode, re.compile(rf"\b(?:{alts})\b")))
    cues["mode_cues"] = mode_cues
    return cues
