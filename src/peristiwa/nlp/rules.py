"""Rule-based name candidates (used for English, and for Indonesian when no
model is installed): maximal runs of capitalised words, allowing a few
lower-case connectors inside ("Ministry of Foreign Affairs", "Bank Dunia").

The label is a cheap guess from the words in and before the span (data in
``data/nlp/name_rules.yaml``): a person title before it -> PER, an
organisation head word inside -> ORG, else LOC only for single words after a
place preposition; otherwise "MISC" and the actors stage decides from the
knowledge base."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

from peristiwa.errors import DataError
from peristiwa.model import Entity, Sentence

DATA = Path(__file__).resolve().parents[1] / "data" / "nlp" / "name_rules.yaml"
NOT_COUNTRIES = frozenset({"UN", "EU", "EZ"})  # CLDR territory codes that are organisations
KEYS = ("connectors", "person_titles", "org_words", "place_prepositions", "not_names", "place_names", "not_person_words")


@functools.lru_cache(maxsize=1)
def rules() -> dict[str, dict[str, frozenset[str]]]:
    try:
        raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"{DATA}: cannot read: {exc}") from exc
    out: dict[str, dict[str, frozenset[str]]] = {}
    for lang, table in (raw or {}).items():
        if not isinstance(table, dict):
            raise DataError(f"{DATA}: {lang}: expected a mapping")
        out[lang] = {}
        for key in KEYS:
            vals = table.get(key, [])
            if not isinstance(vals, list) or not all(isinstance(v, str) for v in vals):
                raise DataError(f"{DATA}: {lang}.{key}: expected a list of strings")
            out[lang][key] = frozenset(v.lower() for v in vals)
        unknown = set(table) - set(KEYS)
        if unknown:
            raise DataError(f"{DATA}: {lang}: unknown key(s) {sorted(unknown)}")
    return out


def _cap(word: str) -> bool:
    return word[:1].isupper() and any(c.isalpha() for c in word)


def capitalised_spans(sent: Sentence, lang: str = "en") -> list[Entity]:
    r = rules().get(lang) or rules()["en"]
    titles, not_names = r["person_titles"], r["not_names"]
    toks = sent.tokens
    out: list[Entity] = []
    i, n = 0, len(toks)
    after_title = False  # a title ("President", "Mr.") was just seen: the next name is a person

    def is_name_word(k: int) -> bool:
        w = toks[k].text
        return _cap(w) and w.lower() not in not_names and toks[k].pos != "DATE"

    while i < n:
        low = toks[i].text.lower().rstrip(".")
        if _cap(toks[i].text) and low in titles:
            after_title = True
            i += 1
            continue
        if after_title and toks[i].text == "(" and i + 2 < n and toks[i + 2].text == ")":
            i += 3  # "Menteri Luar Negeri (Menlu) China Qin Gang": the bracketed short form
            continue
        if not is_name_word(i):
            after_title = after_title and low in r["connectors"]
            i += 1
            continue
        j = i + 1
        while j < n and toks[j].text.lower().rstrip(".") not in titles:
            if is_name_word(j):
                j += 1
            elif (not after_title and toks[j].text.lower() in r["connectors"] and j + 1 < n
                  and is_name_word(j + 1)):  # fmt: skip
                j += 2
            else:
                break
        words = [t.text.lower() for t in toks[i:j]]
        prev = toks[i - 1].text.lower() if i > 0 else ""
        if after_title:
            label = "PER"
        elif any(x in r["org_words"] for x in words):
            label = "ORG"
        elif prev in r["place_prepositions"]:
            label = "LOC"
        else:
            label = "MISC"
        s, e = toks[i].start, toks[j - 1].end
        out.append(Entity(sent.text[s - sent.start : e - sent.start], s, e, label, source="rule"))
        after_title = False
        i = j
    return out


@functools.lru_cache(maxsize=1)
def country_names() -> frozenset[tuple[str, ...]]:
    """Country names as token tuples: CLDR (babel) in Indonesian and English, plus
    the ``place_names`` aliases of name_rules.yaml ("AS", "Cina", "Korsel")."""
    from babel import Locale

    names: set[tuple[str, ...]] = set()
    for loc in ("id", "en"):
        for code, name in Locale(loc).territories.items():
            # skip regions like "001" and the bodies CLDR lists among
            # territories: the UN ("Perserikatan Bangsa-Bangsa"), EU, eurozone
            if code.isalpha() and code not in NOT_COUNTRIES:
                names.add(tuple(name.lower().split()))
    for table in rules().values():
        for name in table["place_names"]:
            names.add(tuple(name.split()))
    return frozenset(names)


def _strip_places(words: list[str]) -> int:
    """How many leading words of ``words`` are country names (possibly several)."""
    places = country_names()
    k, n = 0, len(words)
    while k < n:
        for m in range(min(4, n - k), 0, -1):
            if tuple(w.lower() for w in words[k : k + m]) in places:
                k += m
                break
        else:
            break
    return k


def titled_people(sent: Sentence, lang: str = "id") -> list[Entity]:
    """PER spans right after a person title ("Menlu Rusia Sergei Lavrov" ->
    "Sergei Lavrov"): a leading country name is not part of the name."""
    out = []
    for e in capitalised_spans(sent, lang):
        if e.label != "PER":
            continue
        toks = [t for t in sent.tokens if e.start <= t.start and t.end <= e.end]
        k = _strip_places([t.text for t in toks])
        if k >= len(toks) or any(t.text.lower() in rules()[lang]["not_person_words"] for t in toks[k:]):
            continue  # "Menteri Agama", "Ibu Kota": an office or a place, not a person
        s = toks[k].start
        out.append(Entity(sent.text[s - sent.start : e.end - sent.start], s, e.end, "PER", source="rule"))
    return out
