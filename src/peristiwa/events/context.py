"""PLOVER contexts and topics from keyword data files."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import yaml

from peristiwa.events.lexicon import data_dir, load_plover
from peristiwa.errors import DataError


@cache
def _keywords(name: str) -> list[tuple[str, re.Pattern]]:
    p = data_dir() / name
    d = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    if not isinstance(d, dict):
        raise DataError(f"{p}: must map a name to a list of keywords")
    out = []
    for label, words in d.items():
        if not isinstance(words, list) or not words:
            raise DataError(f"{p}: entry {label!r} needs a list of keywords")
        alts = "|".join(re.escape(str(w).lower()) for w in sorted(words, key=lambda w: -len(str(w))))
        out.append((str(label), re.compile(rf"\b(?:{alts})\b")))
    return out


@cache
def _contexts_checked() -> list[tuple[str, re.Pattern]]:
    known = set(load_plover().contexts)
    ctx = _keywords("contexts.yaml")
    for label, _ in ctx:
        if label not in known:
            raise DataError(f"{data_dir() / 'contexts.yaml'}: {label!r} is not a PLOVER context in plover.yaml")
    return ctx


@lru_cache(maxsize=4096)
def _context_hits(text: str) -> tuple[str, ...]:
    low = text.lower()
    return tuple(label for label, pat in _contexts_checked() if pat.search(low))


def contexts(text: str, event_type: str) -> list[str]:
    found = list(_context_hits(text))
    default = load_plover().default_context.get(event_type)
    if default and default not in found:
        found.append(default)
    return found


def topics(text: str) -> list[str]:
    return list(_topic_hits(text))


@lru_cache(maxsize=4096)
def _topic_hits(text: str) -> tuple[str, ...]:
    low = text.lower()
    return tuple(label for label, pat in _keywords("topics.yaml") if pat.search(low))
