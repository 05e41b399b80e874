"""Datelines: "Beijing, China (Xinhua) –", "MOSKOW, Radio Bharata Online -",
"JAKARTA, KOMPAS.com —", "Mataram, NTB (ANTARA News) -", "REPUBLIKA.CO.ID, JAKARTA -".

``split_dateline(paragraph)`` returns (Dateline or None, paragraph without it).
The agency is normalised with ``data/clean/agencies.yaml``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

import yaml

from peristiwa.clean.data import agencies, outlet_heads, outlet_prefixes, outlet_words, place_acronyms, region_abbreviations
from peristiwa.dates import vocabulary
from peristiwa.model import Dateline

# A name part: up to 4 capitalised words ("New Delhi", "KOMPAS.com", "Bandar Seri Begawan").
_NAME = (
    r"(?:[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|de|di|al|el|da))?(?:\s+[A-Z][\w.'’&-]*){0,2}"
    r"|[a-z][\w-]*(?:\.[a-z]{2,4}){1,2}"  # lower-case outlet domains: "investor.id"
    r"|[a-z]+[A-Z][\w.]*"  # camel-case outlet desks: "detikJatim", "kumparanNEWS"
    r"|[a-z]{3,}(?=\s*[-–—]))"  # a lower-case outlet right before the dash ("kumparan"): checked below
)
_DATELINE = re.compile(
    rf"^(?P<a>{_NAME})"
    rf"(?:\s*,\s*(?P<b>{_NAME}))?"
    rf"(?:\s*,\s*(?P<c>{_NAME}))?"
    # "KUALA LUMPUR, 8 Dis (Bernama)", "Jakarta, 9 Desember 2024 (ANTARA)", "LONDON, Dec. 9 (Reuters)"
    rf"(?:\s*,?\s*(?P<when>[0-3]?\d(?:/[01]?\d(?:/\d{{2,4}})?|\s+[A-Za-z]{{3,9}}\.?(?:\s+\d{{4}})?)"
    rf"|[A-Z][a-z]{{2,8}}\.?\s+[0-3]?\d(?:,?\s+\d{{4}})?))?"
    rf"(?:\s*,?\s*\((?P<paren>[^()]{{2,40}})\))?"  # "Jakarta, (ANTARA) -" too
    rf"(?:\s*\((?P<paren2>[^()]{{2,40}})\))?"  # "Jakarta, Kamis (9/12) (ANTARA) -"
    rf"\s*(?P<sep>[-–—]{{1,2}}|:|\.(?=\s+[A-Z]))\s+(?=\S)"  # "Jakarta. Indonesia has ..." (Jakarta Globe)
)
_PAREN_DATE = re.compile(r"[\d/.-]+")  # "(9/12)" after a weekday
_DOMAIN = re.compile(r"\.(?:com|co\.id|co|id|net|org|news|tv)\b", re.IGNORECASE)
_AGENCY_TAIL = re.compile(r"\s+(?:news(?:\s+agency)?|agency|newswire|online|english)$", re.IGNORECASE)  # "TEMPO.CO English"


def agency_name(text: str) -> str | None:
    """Normalised agency for ``text`` ("ANTARA News" -> "ANTARA"), or None."""
    table = agencies()
    key = text.strip().strip(".").lower()
    if key in table:
        return table[key]
    short = _AGENCY_TAIL.sub("", key)
    if short in table:
        return table[short]
    if "/" in key:  # "Xinhua/Antara": the first is the source
        return agency_name(key.split("/", 1)[0])
    return None


_CAMEL = re.compile(r"^([a-z]+)[A-Z]")
_PASCAL = re.compile(r"^[A-Z][a-z]+[A-Z][a-z]")  # "SuaraJogja", "TribunJatim"


def outlet(part: str) -> str | None:
    """The outlet a dateline part names, or None if it reads as a place.

    Known agencies first; then shapes no place name has: a web domain
    ("CONTOH.co.id"), a camel-case desk ("detikJatim"), a last word such as
    "Times"/"Online" ("IDN Times")."""
    if ag := agency_name(part):
        return ag
    if m := _CAMEL.match(part):
        return outlet_prefixes().get(m.group(1), part)
    if (head := part.lower().split("-", 1)[0]) != part.lower() and head in outlet_prefixes():
        return outlet_prefixes()[head]  # "TRIBUN-PAPUA.COM"
    if _DOMAIN.search(part) or _PASCAL.match(part):
        # a network's regional site: "TRIBUNJATIM.COM", "SuaraJogja.id" (known sites were looked up first)
        low = part.lower()
        if hit := next((v for k, v in outlet_prefixes().items() if low.startswith(k)), None):
            return hit
    if _DOMAIN.search(part):
        return part
    words = part.split()
    if len(words) >= 2 and words[0].lower() in outlet_heads():
        return part.title() if part.isupper() else part  # "RADAR JOGJA" -> "Radar Jogja"
    if len(words) >= 2 and words[-1].lower() in outlet_words():
        return part
    return None


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    """name/alias/capital (lower-case) -> ISO3, from the knowledge base's countries.yaml.

    Read-only use of another stage's data file; if it is missing or changes
    shape, datelines simply carry no country code."""
    try:
        raw = yaml.safe_load(resources.files("peristiwa").joinpath("data/kb/countries.yaml").read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return {}
    index: dict[str, str] = {}
    for c in raw if isinstance(raw, list) else []:
        if not isinstance(c, dict) or not isinstance(c.get("id"), str):
            continue
        names = list((c.get("names") or {}).values())
        for group in (c.get("aliases") or {}).values():
            names.extend(group or [])
        names += [c.get("capital")] + list(c.get("metonyms") or [])
        for n in names:
            if isinstance(n, str) and n.strip():
                index.setdefault(n.strip().lower(), c["id"])
    return index


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[tuple[str, str, int], ...]]:
    """place key -> (ISO3, feature, population) rows, from the event-place gazetteer
    (data/places/gazetteer.tsv). Read-only use of another stage's data file; missing, it gives nothing."""
    try:
        text = resources.files("peristiwa").joinpath("data/places/gazetteer.tsv").read_text(encoding="utf-8")
    except OSError:
        return {}
    out: dict[str, list[tuple[str, str, int]]] = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) < 7 or line.startswith("#"):
            continue
        row = (cols[3], cols[2], int(cols[6]) if cols[6].isdigit() else 0)
        out.setdefault(cols[1], []).append(row)
        for prefix in ("kota ", "kabupaten "):  # "Kota Medan" is "Medan" in a dateline
            if cols[1].startswith(prefix):
                out.setdefault(cols[1].removeprefix(prefix), []).append(row)
    return {k: tuple(v) for k, v in out.items()}


def _gazetteer_code(name: str, region: bool) -> str | None:
    """The country of a place name when the gazetteer leaves no doubt: one country,
    or (for the region part) one country among its regions, or a place ten times
    bigger than any namesake ("Sydney": AUS, not the Canadian town)."""
    rows = _gazetteer().get(_fold(name), ())
    if region and (admin := {c for c, f, _ in rows if f == "admin"}):
        return admin.pop() if len(admin) == 1 else None
    codes = {c for c, _, _ in rows}
    if len(codes) <= 1:
        return codes.pop() if codes else None
    ranked = sorted(rows, key=lambda r: -r[2])
    return ranked[0][0] if ranked[0][2] >= 10 * max(ranked[1][2], 1) else None


def _fold(s: str) -> str:
    if s.isascii():
        return s.lower()
    return "".join(ch for ch in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(ch))


def _known_region(name: str) -> bool:
    key = _fold(name)
    return key in _country_index() or key in _gazetteer() or key in region_abbreviations()


@lru_cache(maxsize=1)
def _joined_places() -> frozenset[str]:
    """Gazetteer names of several words written as one ("Kulonprogo", "Tanjungpinang")."""
    return frozenset(k.replace(" ", "") for k in _gazetteer() if " " in k)


def known_place(name: str) -> bool:
    """A capitalised country, region or town name ("Sleman", "Sumatera Barat", "Jatim",
    "Kulonprogo"): menus of regional sites list them as sections."""
    if not name[:1].isupper():
        return False  # "malang" (unlucky) is a word, "Malang" a town
    return _known_region(name) or _fold(name) in _joined_places()


def country_code(place: str | None, country: str | None) -> str | None:
    """ISO3 for a dateline: its country part, else its place if that is a capital,
    else the one country the gazetteer (or a region abbreviation) gives the name."""
    index, regions = _country_index(), region_abbreviations()
    for name in (country, place):
        if name and (code := index.get(name.lower())):
            return code
    if place and (m := re.fullmatch(r"(.+?)\s+[A-Z.]{1,4}", place)):  # "Washington DC"
        if code := index.get(m.group(1).lower()):
            return code
    for name, region in ((country, True), (place, False)):
        if not name:
            continue
        if (key := _fold(name)) in regions:
            return regions[key]
        if code := _gazetteer_code(name, region):
            return code
    return None


def _tidy_place(s: str) -> str:
    # "MOSKOW" -> "Moskow", "WASHINGTON DC" -> "Washington DC"; short acronyms
    # ("NTB", "DKI", "DC") stay as written.
    if not s.isupper():
        return s
    keep = place_acronyms()
    return " ".join(w if w in keep or not _VOWEL.search(w) else w.title() for w in s.split())


_VOWEL = re.compile(r"[AEIOU]")


def _upper_place(m: re.Match) -> bool:
    """ "KUALA LUMPUR: Kerajaan ...", "PUTRAJAYA:": Malaysian papers end the dateline with a
    colon. Only an ALL-CAPS known place with nothing else counts ("TANYA:" is a speaker)."""
    a = m.group("a")
    if m.group("b") or m.group("c") or m.group("when") or not a.isupper():
        return False
    return _known_region(a)


def _period_place(m: re.Match) -> bool:
    """ "Jakarta. Indonesia has deported ...": a dateline closed by a full stop (Jakarta Globe).
    Only a lone known place, nothing else, counts."""
    a = m.group("a")
    if m.group("b") or m.group("c") or m.group("when") or m.group("paren") or m.group("paren2"):
        return False
    return a[:1].isupper() and len(a.split()) <= 3 and _known_region(a)


def split_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    m = _DATELINE.match(paragraph)
    if not m or m.end() > 90:
        return None, paragraph
    if m.group("sep") == "." and not _period_place(m):
        return None, paragraph  # "Ia. ..." or a sentence: only a lone known place ends with a full stop
    colon_place = m.group("sep") == ":" and _upper_place(m)
    if m.group("sep") == ":" and not (m.group("paren") or m.group("paren2") or colon_place):
        return None, paragraph  # "Menurut dia: ..." is speech, not a dateline
    weekdays = vocabulary().weekdays
    # a weekday and a bracketed date are the dateline's "when", not a place or an agency
    parts = [p for p in (m.group("a"), m.group("b"), m.group("c")) if p and p.lower() not in weekdays]
    agency = None
    for paren in (m.group("paren"), m.group("paren2")):
        if paren and not _PAREN_DATE.fullmatch(paren.strip()) and agency is None:
            agency = agency_name(paren) or paren.strip()
    if m.group("sep") == ":" and not agency and not colon_place:
        return None, paragraph
    names: list[str] = []
    for p in parts:
        ag = outlet(p)
        if ag is None and not p[0].isupper():
            return None, paragraph  # "Jakarta, kemarin -": lower-case words are no place
        if ag is None and names and agency is None and p is parts[-1] and not _known_region(p):
            ag = p  # "MAKASSAR, FAJAR -": after the place, a name that is no known region is the outlet
        if ag and agency is None:
            agency = ag
        elif ag:
            continue
        else:
            names.append(p)
    # A one-word dateline must look like a place, not the start of a sentence ("Ia -").
    if not names and not agency:
        return None, paragraph
    if len(names) > 2 or any(len(n.split()) > 4 for n in names):
        return None, paragraph
    if not agency and len(names) == 1 and not (names[0][0].isupper() and len(names[0]) >= 3):
        return None, paragraph
    if not agency and m.group("sep") == ":" and not colon_place:
        return None, paragraph
    place = _tidy_place(names[0]) if names else None
    country = _tidy_place(names[1]) if len(names) > 1 else None
    raw = paragraph[: m.end()].rstrip()
    rest = paragraph[m.end():].lstrip()
    if not rest:
        return None, paragraph
    code = country_code(place, country)
    return Dateline(place=place, country=country, country_code=code, agency=agency, raw=raw), rest
