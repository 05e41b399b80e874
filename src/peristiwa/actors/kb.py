"""The actor knowledge base: load, validate, index.

``load_kb(path=None)`` reads ``countries.yaml``, ``organizations.yaml``,
``roles.yaml``, ``linking.yaml`` and ``people/*.yaml`` from a KB directory
(default: the packaged ``peristiwa/data/kb``), validates them (errors name file
and entry, see ``DataError``) and builds a token trie over every surface form so
the linker can find all mentions in one left-to-right pass. Loaded once per
directory (module-level cache).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml



class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml when available (the KB is large enough for pure Python to be slow);
    dates stay strings so a bad date is reported with its entry, not as a crash."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

from peristiwa.errors import DataError

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "data" / "kb"

SECTORS = frozenset(
    "GOV MIL JUD LEG COP REB OPP BUS CVL MED IGO NGO PTY REL SPY EDU HLT LAB AGR ENV ELI REF CRM UAF INS".split()
)

# Same tokenisation for KB surfaces and article text: words and single punctuation marks.
TOKEN_RE = re.compile(r"\w+|[^\w\s]")


def tokens_of(s: str) -> tuple[str, ...]:
    return tuple(TOKEN_RE.findall(s))


# --------------------------------------------------------------------------
# records


@dataclass
class Country:
    id: str
    iso2: str
    name_id: str
    name_en: str
    capital: str | None = None
    status: str | None = None


@dataclass
class Org:
    id: str
    type: str
    sector: str
    name_id: str
    name_en: str
    country: str | None = None
    parent: str | None = None
    # the full name is shared with other states' bodies ("Partai Demokrat", "Supreme Court")
    generic: bool = False


@dataclass
class Role:
    id: str
    sector: str
    scope: str
    head: bool = False
    country: str | None = None  # default office country (domestic Indonesian roles)
    lookup: tuple[str, ...] = ()
    counterpart: bool = False
    resolve: bool = True
    country_from_name: dict[str, str] = field(default_factory=dict)
    subnational: bool = False
    needs_org: bool = False  # generic roles ("Ketua") count only as "Ketua ORG ..."
    needs_name: bool = False  # ... and only with a name after them
    sector_from_org: bool = False
    by_org: dict[str, str] = field(default_factory=dict)  # "Juru bicara" + a ministry -> that ministry's office
    speaks_for: bool = False  # an office held for another ("Juru Bicara Menhan X": X is the spokesperson)
    unit_before_state: bool = False  # "Komandan <unit name> AS <name>": the unit's name precedes the state
    unit_after: bool = False  # "Kapolda Metro Jaya Irjen X": the office's unit (a place, "XVII/Cenderawasih") follows
    unit_name: bool = False  # "Dirjen Perimbangan Keuangan Kementerian Keuangan X": a unit's name, then its body
    posted: bool = False  # "Konsul Jenderal RI di Jeddah X": the post's city between the state and the name


@dataclass
class Term:
    role: str
    start: date
    end: date | None
    country: str | None = None
    org: str | None = None
    acting: bool = False

    def covers(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)


@dataclass
class Person:
    id: str
    name: str
    country: str | None
    terms: list[Term]
    file: str = ""

    def term_on(self, on: date | None, role: str | None = None) -> Term | None:
        best = None
        for t in self.terms:
            if role and t.role != role:
                continue
            if on is None or t.covers(on):
                if best is None or t.start > best.start:
                    best = t
        return best


@dataclass(frozen=True)
class Entry:
    """One surface form in the trie. ``kind``: country | org | role | person | cue.

    ``case``: "exact" (acronyms: the text must be written the same, so "AS" never
    matches "as"), "cap" (proper names: the match must start with a capital),
    "any" (role words and cue words).
    """

    kind: str
    id: str
    how: str  # name | alias | acronym | adjective | metonym | pronoun | pair | sector | block | ...
    surface: tuple[str, ...]
    case: str
    sector: str | None = None


@dataclass
class KB:
    countries: dict[str, Country]
    orgs: dict[str, Org]
    roles: dict[str, Role]
    people: dict[str, Person]
    cues: dict[str, Any]
    trie: dict
    role_by_surface: dict[str, str]
    offices: dict[tuple[str, str], list[tuple[Term, str]]]
    source_dir: Path

    def holders(self, role: str, where: str, on: date) -> list[Person]:
        """People holding ``role`` for country/org ``where`` on ``on`` (latest start first)."""
        r = self.roles.get(role)
        roles = r.lookup if r and r.lookup else (role,)
        found: list[tuple[date, Person]] = []
        for rid in roles:
            for term, pid in self.offices.get((rid, where), ()):
                if term.covers(on):
                    found.append((term.start, self.people[pid]))
        found.sort(key=lambda x: x[0], reverse=True)
        out, seen = [], set()
        for _, p in found:
            if p.id not in seen:
                seen.add(p.id)
                out.append(p)
        return out

    def lookup(self, text: str) -> list[Entry]:
        """Entries whose surface equals ``text`` (case rules applied)."""
        toks = tokens_of(text)
        node = self.trie
        for t in toks:
            node = node.get(t.lower())
            if node is None:
                return []
        return [e for e in node.get(None, ()) if case_ok(e, toks)]


def case_ok(e: Entry, toks: tuple[str, ...] | list[str]) -> bool:
    if e.case == "any":
        return True
    if e.case == "exact":
        return tuple(toks) == e.surface
    return toks[0][:1].isupper() or not toks[0][:1].isalpha()


def _case_of(surface: str) -> str:
    letters = [c for c in surface if c.isalpha()]
    if not letters:
        return "any"
    if not any(c.islower() for c in letters):
        return "exact"
    if any(c.isupper() for c in letters):
        return "cap"
    return "any"


# --------------------------------------------------------------------------
# reading and validation


class _Ctx:
    def __init__(self, file: Path):
        self.file = file

    def err(self, entry: Any, msg: str) -> DataError:
        return DataError(f"{self.file}: entry {entry!r}: {msg}")


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8: {exc}") from exc
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown position"
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataError(f"{path}: YAML syntax error at {where}: {problem}") from exc


def _entries(path: Path, data: Any) -> list[dict]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise DataError(f"{path}: expected a list of entries at the top level, got {type(data).__name__}")
    for i, e in enumerate(data):
        if not isinstance(e, dict):
            raise DataError(f"{path}: entry #{i + 1}: expected a mapping, got {type(e).__name__}")
    return data


def _check_fields(ctx: _Ctx, e: dict, allowed: set[str], required: set[str], label: str) -> None:
    eid = e.get("id", label)
    unknown = set(e) - allowed
    if unknown:
        raise ctx.err(eid, f"unknown field(s) {sorted(unknown)}; allowed: {sorted(allowed)}")
    missing = required - set(e)
    if missing:
        raise ctx.err(eid, f"missing field(s) {sorted(missing)}")


def _str_list(ctx: _Ctx, eid: str, value: Any, what: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ctx.err(eid, f"{what} must be a list of non-empty strings")
    for v in value:
        if not (isinstance(v, str) and v.strip()):
            raise ctx.err(eid, f"{what}: {v!r} is not a non-empty string (quote YAML words like On/No/Yes)")
    return value


def _lang_map(ctx: _Ctx, eid: str, value: Any, what: str) -> dict[str, list[str]]:
    if value is None:
        return {}
    if not isinstance(value, dict) or set(value) - {"id", "en"}:
        raise ctx.err(eid, f"{what} must be a mapping with keys id/en")
    return {k: _str_list(ctx, eid, v, f"{what}.{k}") for k, v in value.items()}


def _to_date(ctx: _Ctx, eid: str, v: Any, what: str) -> date | None:
    if v is None:
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, str):
        try:
            return date.fromisoformat(v.strip())
        except ValueError:
            pass
    raise ctx.err(eid, f"{what} {v!r} is not an ISO date YYYY-MM-DD")


def _sector(ctx: _Ctx, eid: str, s: Any) -> str:
    if s not in SECTORS:
        raise ctx.err(eid, f"unknown sector {s!r}; known: {sorted(SECTORS)}")
    return s


class _Builder:
    """Collects surfaces into the trie while records are read."""

    def __init__(self) -> None:
        self.trie: dict = {}

    def add(self, surface: str, kind: str, id: str, how: str, sector: str | None = None, case: str | None = None):
        toks = tokens_of(surface)
        if not toks:
            return
        node = self.trie
        for t in toks:
            node = node.setdefault(t.lower(), {})
        e = Entry(kind, id, how, toks, case or _case_of(surface), sector)
        bucket = node.setdefault(None, [])
        if e not in bucket:
            bucket.append(e)


def _load_countries(path: Path, b: _Builder) -> dict[str, Country]:
    ctx = _Ctx(path)
    allowed = {"id", "iso2", "names", "aliases", "acronyms", "adjectives", "status", "capital", "metonyms", "source"}
    out: dict[str, Country] = {}
    for e in _entries(path, _read_yaml(path)):
        _check_fields(ctx, e, allowed, {"id", "names", "source"}, "country")
        cid = e["id"]
        if not (isinstance(cid, str) and re.fullmatch(r"[A-Z]{3}", cid)):
            raise ctx.err(cid, "id must be an ISO 3166-1 alpha-3 code such as IDN")
        if cid in out:
            raise ctx.err(cid, "duplicate id")
        names = e["names"]
        if not isinstance(names, dict) or not names.get("id") or not names.get("en"):
            raise ctx.err(cid, "names needs both id and en")
        out[cid] = Country(cid, e.get("iso2", ""), names["id"], names["en"], e.get("capital"), e.get("status"))
        for n in (names["id"], names["en"]):
            b.add(n, "country", cid, "name")
        for lang_terms in _lang_map(ctx, cid, e.get("aliases"), "aliases").values():
            for a in lang_terms:
                b.add(a, "country", cid, "alias")
        for a in _str_list(ctx, cid, e.get("acronyms"), "acronyms"):
            b.add(a, "country", cid, "acronym", case="exact")
        for lang_terms in _lang_map(ctx, cid, e.get("adjectives"), "adjectives").values():
            for a in lang_terms:
                b.add(a, "country", cid, "adjective")
        for m in e.get("metonyms") or []:
            if isinstance(m, dict):
                if set(m) - {"term", "sector"} or not isinstance(m.get("term"), str):
                    raise ctx.err(cid, f"metonym {m!r} must be a string or {{term, sector}}")
                b.add(m["term"], "country", cid, "metonym", sector=_sector(ctx, cid, m.get("sector", "GOV")))
            elif isinstance(m, str):
                b.add(m, "country", cid, "metonym", sector="GOV")
            else:
                raise ctx.err(cid, f"metonym {m!r} must be a string")
    return out


def _load_orgs(path: Path, b: _Builder, countries: dict[str, Country]) -> dict[str, Org]:
    ctx = _Ctx(path)
    allowed = {"id", "type", "sector", "names", "aliases", "acronyms", "country", "parent", "source", "note",
               "generic"}
    out: dict[str, Org] = {}
    raw = _entries(path, _read_yaml(path))
    for e in raw:
        _check_fields(ctx, e, allowed, {"id", "type", "sector", "names", "source"}, "organization")
        oid = e["id"]
        if not isinstance(oid, str) or not oid:
            raise ctx.err(oid, "id must be a non-empty string")
        if oid in out:
            raise ctx.err(oid, "duplicate id")
        names = e["names"]
        if not isinstance(names, dict) or not names.get("id") or not names.get("en"):
            raise ctx.err(oid, "names needs both id and en")
        if e.get("country") is not None and e["country"] not in countries:
            raise ctx.err(oid, f"unknown country code {e['country']!r}")
        out[oid] = Org(oid, e["type"], _sector(ctx, oid, e["sector"]), names["id"], names["en"], e.get("country"),
                       e.get("parent"), e.get("generic") is True)
        for n in (names["id"], names["en"]):
            b.add(n, "org", oid, "name")
        for lang_terms in _lang_map(ctx, oid, e.get("aliases"), "aliases").values():
            for a in lang_terms:
                b.add(a, "org", oid, "alias")
        for a in _str_list(ctx, oid, e.get("acronyms"), "acronyms"):
            b.add(a, "org", oid, "acronym")
    for e in raw:
        if e.get("parent") and e["parent"] not in out:
            raise ctx.err(e["id"], f"unknown parent organisation {e['parent']!r}")
    return out


def _load_roles(path: Path, b: _Builder, countries: dict[str, Country],
                orgs: dict[str, Org] | None = None) -> tuple[dict[str, Role], dict[str, str]]:
    ctx = _Ctx(path)
    allowed = {"id", "sector", "scope", "head", "names", "country", "lookup", "counterpart", "resolve",
               "country_from_name", "subnational", "needs_org", "needs_name", "sector_from_org", "by_org",
               "speaks_for", "unit_before_state", "unit_after", "unit_name", "posted", "source", "note"}
    out: dict[str, Role] = {}
    by_surface: dict[str, str] = {}
    raw = _entries(path, _read_yaml(path))
    for e in raw:
        _check_fields(ctx, e, allowed, {"id", "sector", "scope", "names", "source"}, "role")
        rid = e["id"]
        if not (isinstance(rid, str) and re.fullmatch(r"[a-z][a-z0-9_]*", rid)):
            raise ctx.err(rid, "id must be snake_case")
        if rid in out:
            raise ctx.err(rid, "duplicate id")
        if e["scope"] not in ("country", "org"):
            raise ctx.err(rid, f"scope must be country or org, not {e['scope']!r}")
        if e.get("country") is not None and e["country"] not in countries:
            raise ctx.err(rid, f"unknown country code {e['country']!r}")
        cfn = e.get("country_from_name") or {}
        if not isinstance(cfn, dict) or any(v not in countries for v in cfn.values()):
            raise ctx.err(rid, "country_from_name must map role names to known ISO3 codes")
        out[rid] = Role(rid, _sector(ctx, rid, e["sector"]), e["scope"], bool(e.get("head")), e.get("country"),
                        tuple(_str_list(ctx, rid, e.get("lookup"), "lookup")), bool(e.get("counterpart")),
                        e.get("resolve", True) is not False, {k.lower(): v for k, v in cfn.items()},
                        bool(e.get("subnational")), bool(e.get("needs_org")), bool(e.get("needs_name")),
                        bool(e.get("sector_from_org")))
        by_org = e.get("by_org") or {}
        if not isinstance(by_org, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in by_org.items()):
            raise ctx.err(rid, "by_org must map organisation ids to role ids")
        out[rid].by_org = dict(by_org)
        out[rid].speaks_for = bool(e.get("speaks_for"))
        out[rid].unit_before_state = bool(e.get("unit_before_state"))
        out[rid].unit_after = bool(e.get("unit_after"))
        out[rid].unit_name = bool(e.get("unit_name"))
        out[rid].posted = bool(e.get("posted"))
        for lang_terms in _lang_map(ctx, rid, e["names"], "names").values():
            for n in lang_terms:
                key = " ".join(tokens_of(n)).lower() if _case_of(n) != "exact" else " ".join(tokens_of(n))
                if key in by_surface and by_surface[key] != rid:
                    raise ctx.err(rid, f"role name {n!r} is already used by role {by_surface[key]!r}")
                by_surface[key] = rid
                b.add(n, "role", rid, "role", case="exact" if _case_of(n) == "exact" else "any")
    for rid, r in out.items():
        for lk in r.lookup:
            if lk not in out:
                raise ctx.err(rid, f"lookup names unknown role {lk!r}")
        for oid, lk in r.by_org.items():
            if lk not in out:
                raise ctx.err(rid, f"by_org names unknown role {lk!r}")
            if orgs is not None and oid not in orgs:
                raise ctx.err(rid, f"by_org names unknown organisation {oid!r}")
    return out, by_surface


def _load_cues(path: Path, b: _Builder, roles: dict | None = None) -> dict[str, Any]:
    ctx = _Ctx(path)
    data = _read_yaml(path) or {}
    allowed = {"pronouns", "pairs", "non_incumbent", "metonym_place_markers", "country_non_actor_heads",
               "non_actor_phrases", "sector_heads", "name_stopwords", "honorifics", "speech_verbs", "regions",
               "pair_joiners", "role_blockers", "portfolio_words", "non_name_words", "place_names",
               "vessel_prefixes", "initial_heads", "facility_heads", "event_names", "sub_units", "name_particles",
               "office_joiners", "ranks", "rank_services", "org_name_extenders",
               "definite_heads", "unit_words", "foreign_region_words",
               "run_by_verbs", "region_short", "nickname_cues", "junta_words", "firm_heads"}
    if not isinstance(data, dict):
        raise DataError(f"{path}: expected a mapping of cue lists")
    unknown = set(data) - allowed
    if unknown:
        raise DataError(f"{path}: unknown section(s) {sorted(unknown)}; allowed: {sorted(allowed)}")
    cues: dict[str, Any] = {}
    for p in (data.get("pronouns") or {}).values() if isinstance(data.get("pronouns"), dict) else []:
        for w in _str_list(ctx, "pronouns", p, "pronouns"):
            b.add(w, "cue", "pronoun", "pronoun", case="any")
    cues["pair_sizes"] = {}  # lowercased phrase tokens -> how many parties ("ketiga negara": 3)
    cues["pair_roles"] = {}  # lowercased phrase tokens -> the offices its members hold ("kedua pemimpin")
    for i, p in enumerate(data.get("pairs") or []):
        if not isinstance(p, dict) or not {"phrase", "kind"} <= set(p) <= {"phrase", "kind", "size", "roles"} \
                or p["kind"] not in ("any", "country", "person") \
                or not (isinstance(p.get("size", 2), int) and 2 <= p.get("size", 2) <= 5):
            raise ctx.err(f"pairs #{i + 1}", "needs {phrase, kind: any|country|person, size: 2..5 (default 2), "
                                             "roles: [role ids]}")
        b.add(p["phrase"], "cue", "pair", p["kind"], case="any")
        key = tuple(t.lower() for t in tokens_of(p["phrase"]))
        cues["pair_sizes"][key] = p.get("size", 2)
        if "roles" in p:
            rids = _str_list(ctx, f"pairs #{i + 1}.roles", p["roles"], f"pairs #{i + 1}")
            if roles is not None and set(rids) - set(roles):
                raise ctx.err(f"pairs #{i + 1}", f"unknown role(s) {sorted(set(rids) - set(roles))}")
            cues["pair_roles"][key] = frozenset(rids)
    for w in _str_list(ctx, "non_actor_phrases", data.get("non_actor_phrases"), "non_actor_phrases"):
        b.add(w, "cue", "block", "block")
    heads = data.get("sector_heads") or {}
    if not isinstance(heads, dict):
        raise ctx.err("sector_heads", "must map sectors to word lists")
    for sec, words in heads.items():
        _sector(ctx, f"sector_heads.{sec}", sec)
        for w in _str_list(ctx, f"sector_heads.{sec}", words, "words"):
            b.add(w, "cue", "sector", "sector", sector=sec, case="exact" if _case_of(w) == "exact" else "any")

    def phrases(key: str) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(t.lower() for t in tokens_of(w)) for w in _str_list(ctx, key, data.get(key), key))

    for key in ("non_incumbent", "metonym_place_markers", "country_non_actor_heads", "name_stopwords", "honorifics",
                "speech_verbs", "regions", "role_blockers", "portfolio_words", "non_name_words", "place_names",
                "initial_heads", "facility_heads", "event_names", "sub_units", "name_particles", "office_joiners",
                "org_name_extenders", "definite_heads", "unit_words", "foreign_region_words", "run_by_verbs",
                "nickname_cues", "junta_words", "firm_heads"):
        cues[key] = phrases(key)
    # a province's short form -> its full name ("Jabar" -> "Jawa Barat"): "Gubernur Jabar" is the governor
    # the document names as "Gubernur Jawa Barat X"
    rs = data.get("region_short") or {}
    if not isinstance(rs, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in rs.items()):
        raise ctx.err("region_short", "must map short forms to full region names")
    cues["region_short"] = dict(rs)
    # police and military ranks are honorifics too, alone or with their service ("Irjen Pol", "Laksma TNI");
    # cues["ranks"]: lowercased rank phrase -> (sector, state or None) it tells about its holder
    cues["ranks"] = _ranks(ctx, data.get("ranks"), data.get("rank_services"))
    cues["honorifics"] = cues["honorifics"] | frozenset(cues["ranks"])
    cues["rank_firsts"] = frozenset(r[0] for r in cues["ranks"])
    # warship prefixes, matched in capitals: "KRI" -> (IDN, MIL)
    vp = data.get("vessel_prefixes") or {}
    if not isinstance(vp, dict):
        raise ctx.err("vessel_prefixes", "must map prefixes to {country, sector}")
    cues["vessel_prefixes"] = {}
    for k, v in vp.items():
        if not isinstance(v, dict) or set(v) != {"country", "sector"}:
            raise ctx.err(f"vessel_prefixes.{k}", "needs {country, sector}")
        cues["vessel_prefixes"][str(k)] = (v["country"], _sector(ctx, f"vessel_prefixes.{k}", v["sector"]))
    # joiners are compared as raw text, spaces included
    cues["pair_joiners"] = frozenset(_str_list(ctx, "pair_joiners", data.get("pair_joiners"), "pair_joiners"))
    return cues


_PERSON_FIELDS = {"id", "name", "aliases", "country", "wikidata", "terms", "source", "note", "sources", "gender", "born"}
_TERM_FIELDS = {"role", "country", "org", "start", "end", "source", "note", "acting"}


def _load_people(files: list[Path], b: _Builder, countries, orgs, roles) -> tuple[dict[str, Person], dict]:
    people: dict[str, Person] = {}
    offices: dict[tuple[str, str], list[tuple[Term, str]]] = defaultdict(list)
    for path in files:
        ctx = _Ctx(path)
        for e in _entries(path, _read_yaml(path)):
            _check_fields(ctx, e, _PERSON_FIELDS, {"id", "name"}, "person")
            pid = e["id"]
            if not isinstance(pid, str) or not pid:
                raise ctx.err(pid, "id must be a non-empty string")
            if pid in people:
                raise ctx.err(pid, f"duplicate id (already defined in {people[pid].file})")
            if not isinstance(e["name"], str) or not e["name"].strip():
                raise ctx.err(pid, "name must be a non-empty string")
            if e.get("country") is not None and e["country"] not in countries:
                raise ctx.err(pid, f"unknown country code {e['country']!r}")
            terms = []
            for j, t in enumerate(e.get("terms") or []):
                label = f"{pid} term #{j + 1}"
                if not isinstance(t, dict):
                    raise ctx.err(label, "a term must be a mapping")
                unknown = set(t) - _TERM_FIELDS
                if unknown:
                    raise ctx.err(label, f"unknown field(s) {sorted(unknown)}; allowed: {sorted(_TERM_FIELDS)}")
                if t.get("role") not in roles:
                    raise ctx.err(label, f"unknown role {t.get('role')!r}")
                if t.get("country") is None and t.get("org") is None:
                    raise ctx.err(label, "a term needs country or org")
                if t.get("country") is not None and t["country"] not in countries:
                    raise ctx.err(label, f"unknown country code {t['country']!r}")
                if t.get("org") is not None and t["org"] not in orgs:
                    raise ctx.err(label, f"unknown organisation {t['org']!r}")
                start = _to_date(ctx, label, t.get("start"), "start")
                if start is None:
                    raise ctx.err(label, "start date is required")
                end = _to_date(ctx, label, t.get("end"), "end")
                if end is not None and end < start:
                    raise ctx.err(label, f"end {end} is before start {start}")
                term = Term(t["role"], start, end, t.get("country"), t.get("org"), bool(t.get("acting")))
                terms.append(term)
                offices[(term.role, term.org or term.country)].append((term, pid))
            people[pid] = Person(pid, e["name"], e.get("country"), terms, str(path))
            b.add(e["name"], "person", pid, "name", case="cap")
            for a in _str_list(ctx, pid, e.get("aliases"), "aliases"):
                # a short alias is written as listed ("Ri", "Xi"): "RI" is Indonesia, not Ri Son Gwon
                b.add(a, "person", pid, "alias", case="exact" if len(a) <= 3 else "cap")
    _check_overlaps(offices, people)
    for v in offices.values():
        v.sort(key=lambda x: x[0].start)
    return people, dict(offices)


def _check_overlaps(offices, people) -> None:
    for (role, where), terms in offices.items():
        real = sorted((t for t in terms if not t[0].acting), key=lambda x: x[0].start)
        for (a, pa), (b_, pb) in zip(real, real[1:]):
            # a hand-off on the same day is allowed (end == next start)
            if a.end is None or a.end > b_.start:
                raise DataError(
                    f"{people[pb].file}: entry {pb!r}: term {role}/{where} from {b_.start} overlaps the term of "
                    f"{pa!r} ({people[pa].file}) {a.start}..{a.end or 'open'}"
                )


def build_kb(path: Path) -> KB:
    path = Path(path)
    if not path.is_dir():
        raise DataError(f"{path}: knowledge-base directory not found")
    b = _Builder()
    countries = _load_countries(path / "countries.yaml", b)
    orgs = _load_orgs(path / "organizations.yaml", b, countries)
    roles, by_surface = _load_roles(path / "roles.yaml", b, countries, orgs)
    cues = _load_cues(path / "linking.yaml", b, roles) if (path / "linking.yaml").exists() else _empty_cues()
    people_files = sorted((path / "people").glob("*.yaml")) if (path / "people").is_dir() else []
    people, offices = _load_people(people_files, b, countries, orgs, roles)
    return KB(countries, orgs, roles, people, cues, b.trie, by_surface, offices, path)


def _ranks(ctx: _Ctx, ranks: Any, services: Any) -> dict[tuple[str, ...], tuple[str, str | None]]:
    """linking.yaml ranks ({sector: [rank]}) and rank_services ({IDN-MIL|IDN-COP|any: [word]})."""
    def low(w: str) -> tuple[str, ...]:
        return tuple(t.lower() for t in tokens_of(w))

    if ranks is None:
        return {}
    if not isinstance(ranks, dict) or not isinstance(services or {}, dict):
        raise ctx.err("ranks", "ranks must map sectors to rank lists, rank_services IDN-MIL|IDN-COP|any to words")
    base: dict[tuple[str, ...], tuple[str, str | None]] = {}
    for sec, words in ranks.items():
        _sector(ctx, f"ranks.{sec}", sec)
        for w in _str_list(ctx, f"ranks.{sec}", words, "ranks"):
            base[low(w)] = (sec, "IDN" if sec == "COP" else None)  # (police ranks listed are Polri's own)
    out = dict(base)
    for key, words in (services or {}).items():
        if key not in ("IDN-MIL", "IDN-COP", "any"):
            raise ctx.err(f"rank_services.{key}", "must be IDN-MIL, IDN-COP or any")
        for w in _str_list(ctx, f"rank_services.{key}", words, "rank_services"):
            for r, got in base.items():
                out[r + low(w)] = got if key == "any" else (key[4:], "IDN")
    return out


def _empty_cues() -> dict[str, Any]:
    return {k: frozenset() for k in ("non_incumbent", "metonym_place_markers", "country_non_actor_heads",
                                      "name_stopwords", "honorifics", "speech_verbs", "regions", "pair_joiners",
                                      "role_blockers", "portfolio_words", "non_name_words", "place_names",
                                      "initial_heads", "facility_heads", "event_names", "sub_units", "name_particles",
                                      "office_joiners", "org_name_extenders",
                                      "definite_heads", "unit_words", "foreign_region_words",
                                      "run_by_verbs", "nickname_cues", "junta_words", "firm_heads")} \
        | {"vessel_prefixes": {}, "pair_sizes": {}, "pair_roles": {}, "ranks": {}, "rank_firsts": frozenset(),
           "region_short": {}}


@lru_cache(maxsize=8)
def _cached(path: str) -> KB:
    return build_kb(Path(path))


def load_kb(path: str | Path | None = None) -> KB:
    """The knowledge base in ``path`` (a directory), validated and indexed; cached per directory."""
    if not path:
        return _default_kb()  # the per-article call: no path resolution (file-system calls) each time
    return _cached(str(Path(path).resolve()))


@lru_cache(maxsize=1)
def _default_kb() -> KB:
    return _cached(str(Path(DEFAULT_DIR).resolve()))
