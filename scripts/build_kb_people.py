#!/usr/bin/env python3
"""Build src/peristiwa/data/kb/people/*.yaml from the hand-curated office tables.

Inputs
  * src/peristiwa/data/kb/curated/*.yaml  -- office tables (who held which office when), hand-curated
    from public records, with per-entry source notes; the authoritative list of terms.
  * ../shared/data/kb/wikidata-officeholders/*.csv -- Wikidata snapshots (CC0): person QIDs and
    day-precision start/end dates. Where a snapshot has a day-precision date for the same person and
    office, it wins over the curated date (unless the curated entry says `keep`), and the term's
    source names the snapshot file.
  * ../shared/data/kb/phoenix/*.actors.txt -- Phoenix actor dictionaries (MIT): name variants only.

Curated file format (see curated/README in kb/README.md):
    people:                       # optional metadata, keyed by canonical name
      Vladimir Putin: {aliases: [...], short: [Putin], country: RUS, qid: Q7747, group: g20}
    offices:
      - role: president
        country: RUS              # or `org: UN`
        source: "hand-curated: ..."   # default source for the holders below
        holders:
          - "Vladimir Putin | 2000-05-07 | 2008-05-07"
          - "Dmitry Medvedev | 2008-05-07 | 2012-05-07 | note=... | src=... | acting | keep"

Run:  .venv/bin/python scripts/build_kb_people.py [--shared ../shared] [--check]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # safe loader; libyaml when available
KB = ROOT / "src" / "peristiwa" / "data" / "kb"
CURATED = KB / "curated"
PEOPLE = KB / "people"

G20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "ITA", "JPN", "KOR", "MEX", "RUS",
       "SAU", "ZAF", "TUR", "GBR", "USA"}
ASEAN = {"BRN", "KHM", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS"}

# Given-name-first cultures where the LAST token is the family name used alone in news.
# Family-name-first cultures: the FIRST token is the family name ("Xi", "Moon", "Hun").
SURNAME_FIRST = {"CHN", "KOR", "PRK", "TWN"}
# Cultures where news use the first given name alone ("Thaksin", "Mahathir", "Thongloun"):
GIVEN_FIRST = {"THA", "MYS", "BRN", "LAO"}
# Cultures without a reliable automatic short form (mononyms, no surnames): explicit `short` only.
NO_AUTO_SHORT = {"IDN", "MMR", "SAU", "KHM"}  # Khmer names are used in full ("Hun Sen")
PARTICLES = {"da", "de", "di", "del", "della", "dos", "das", "du", "van", "von", "der", "zu", "la", "le"}

# Automatic one-word short forms that are common words, first names, places or other famous
# people in Indonesian/English news ("May" the month, "Powell" of the Fed, "Timur" in
# "Jawa Timur"); explicit `aliases`/`short` in the curated tables are never filtered.
SHORT_STOP = {
    "May", "Brown", "Cook", "Hill", "Fox", "Gates", "Straw", "Carter", "Powell", "Smith", "Moore",
    "Nelson", "Bishop", "Graham", "Martin", "Howard", "Dion", "Champagne", "Richard", "Philippe",
    "Gabriel", "Struck", "Mauro", "Miller", "Green", "França", "Franca", "Kan", "Song", "Krishna",
    "Albert", "Rosario", "Cruz", "Sang", "Agung", "Timur", "Akbar", "Young", "Long", "King", "Hun",
    "Ali", "Abdullah", "Mohamed", "Muhammad", "Mohammad", "Ahmad", "Salman",
    # Indonesian words that start sentences ("Yang jelas", "Dini hari", "Ban mobil", "Roh Kudus")
    # or are titles ("Kang", "Rais Aam"); English words ("Rice", "Hunt", "Park")
    "Yang", "Dini", "Roh", "Rohani", "Barak", "Bibi", "Akar", "Ban", "Kang", "Dai", "Patil",
    "Samak", "Rais", "Tang", "Kalam", "Dong", "Rice", "Hunt", "Park", "Jung", "Tan", "Lam", "Ong",
}

PHOENIX_STOP = {
    "PRESIDENT", "MINISTER", "PRIME", "FOREIGN", "DEFENSE", "DEFENCE", "AMBASSADOR", "GENERAL",
    "SECRETARY", "SECRETARY-GENERAL", "KING", "QUEEN", "PRINCE", "SHEIKH", "SHEIK", "DR", "DR.",
    "MR", "MR.", "MRS", "GEN", "GEN.", "COL", "LT", "SENATOR", "SEN.", "GOVERNOR", "CHAIRMAN",
    "LEADER", "PREMIER", "CHANCELLOR", "SULTAN", "EMIR", "VICE", "DEPUTY", "FORMER", "U.S.",
    "UNITED", "NATIONS", "UN", "RUSSIAN", "CHINESE", "BRITISH", "FRENCH", "GERMAN", "AMERICAN",
    "JAPANESE", "INDIAN", "INDONESIAN", "SPOKESMAN", "OFFICIAL", "ENVOY", "MINISTRY", "STATE",
    "CROWN", "HIS", "HER", "MAJESTY", "HIGHNESS", "PRESIDENT-ELECT", "CANDIDATE", "REP.", "GOV.",
    "LORD", "SIR", "DIRECTOR", "CIA", "C.I.A.", "HOJATOLISLAM", "KANZLER", "BUNDESKANZLER", "MINISTRE", "PREMIER-MINISTRE", "THE", "ADMINISTRATION", "US", "GOVERNMENT", "REGIME", "CABINET", "COMMISSIONER", "COMMANDER", "CHIEF", "ADMIRAL", "MARSHAL",
}


@dataclass
class Term:
    role: str
    scope: tuple[str, str]  # ("country", "RUS") or ("org", "UN")
    start: str | None
    end: str | None
    source: str
    note: str | None = None
    acting: bool = False
    keep: bool = False
    file: str = ""


@dataclass
class Person:
    name: str
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    short: list[str] | None = None
    qid: str | None = None
    group: str | None = None
    terms: list[Term] = field(default_factory=list)


def fold(text: str) -> str:
    """ASCII-fold for matching and for the unaccented alias variant."""
    text = text.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("ø", "o").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(text).lower()).strip()


def slug(text: str) -> str:
    return "p:" + re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def parse_holder(line, default_source: str, curated_file: str) -> tuple[str, dict]:
    if isinstance(line, dict) and len(line) == 1:  # an unquoted "src=...: ..." became a YAML mapping
        (key, value), = line.items()
        line = f"{key}: {value}"
    parts = [p.strip() for p in line.split("|")]
    if len(parts) < 3:
        raise SystemExit(f"{curated_file}: holder line needs 'name | start | end': {line!r}")
    name, start, end, *extra = parts
    info = {"start": start or None, "end": end or None, "source": default_source,
            "note": None, "acting": False, "keep": False}
    for item in extra:
        if item == "acting":
            info["acting"] = True
        elif item == "keep":
            info["keep"] = True
        elif item.startswith("note="):
            info["note"] = item[5:].strip()
        elif item.startswith("src="):
            info["source"] = item[4:].strip()
        else:
            raise SystemExit(f"{curated_file}: unknown holder field {item!r} in {line!r}")
    for key in ("start", "end"):
        if info[key] is not None:
            try:
                date.fromisoformat(info[key])
            except ValueError:
                raise SystemExit(f"{curated_file}: bad {key} date in {line!r}") from None
    return name, info


def load_curated(paths: list[Path]) -> dict[str, Person]:
    people: dict[str, Person] = {}
    meta: dict[str, dict] = {}
    for path in paths:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}
        for name, info in (data.get("people") or {}).items():
            if name in meta:
                raise SystemExit(f"{path.name}: person metadata for {name!r} given twice")
            meta[name] = info or {}
        for i, office in enumerate(data.get("offices") or [], start=1):
            if not isinstance(office, dict) or "role" not in office or ("country" in office) == ("org" in office) \
                    or not isinstance(office.get("holders"), list):
                raise SystemExit(f"{path.name}: office #{i} needs role, exactly one of country/org, and a holders list")
            if "country" in office and not re.fullmatch(r"[A-Z]{3}", str(office["country"])):
                raise SystemExit(f"{path.name}: office #{i} ({office['role']}): country {office['country']!r} is not ISO3")
            role = office["role"]
            scope = ("org", office["org"]) if "org" in office else ("country", office["country"])
            source = office.get("source") or f"hand-curated: {path.name}"
            for line in office["holders"]:
                name, info = parse_holder(line, source, path.name)
                person = people.setdefault(name, Person(name=name))
                person.terms.append(Term(role=role, scope=scope, file=path.name, **info))
                if person.country is None and scope[0] == "country":
                    person.country = scope[1]
    for name, info in meta.items():
        if name not in people:
            raise SystemExit(f"person metadata for {name!r} but no office holds that name")
        p = people[name]
        p.aliases = list(info.get("aliases") or [])
        p.short = info.get("short")
        p.qid = info.get("qid")
        p.group = info.get("group")
        if info.get("country"):
            p.country = info["country"]
    for p in people.values():
        if p.country is None:
            raise SystemExit(f"{p.name}: no nationality (org-only terms need people metadata `country`)")
    return people


# ---------------------------------------------------------------- wikidata
WD_OFFICE_HINTS = {  # which curated (role, scope) a wikidata position label/file corresponds to
    "foreign_minister": ("foreign", "external", "secretary of state", "international relations"),
}


def load_wikidata(shared: Path) -> tuple[dict[str, str], list[dict]]:
    """Return name->QID and a list of day-precision rows {qid, name, role, country, start, end, file}."""
    wd = shared / "data" / "kb" / "wikidata-officeholders"
    names: dict[str, str] = {}
    rows: list[dict] = []

    def read(fname: str):
        path = wd / fname
        if not path.exists():
            return []
        with path.open(encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    for r in read("world-leaders-2021_wikidata.csv"):
        if r.get("officeholder") and r.get("officeholderLabel"):
            names.setdefault(norm(r["officeholderLabel"]), r["officeholder"])
    for r in read("foreign_ministers_wikidata_2022-12.csv"):
        if r.get("person") and r.get("name"):
            names.setdefault(norm(r["name"]), r["person"])
    for fname, role in [("indonesia_sources_foreign-idwiki_wikidata.csv", "foreign_minister"),
                        ("indonesia_sources_minister-defence_wikidata.csv", "defence_minister"),
                        ("indonesia_sources_interior-idwiki_wikidata.csv", "home_minister"),
                        ("indonesia_sources_health-idwiki_wikidata.csv", "health_minister")]:
        for r in read(fname):
            label = re.sub(r"\s*S\.H.*$", "", r["itemLabel"]).strip()
            names.setdefault(norm(label), r["item"])
            rows.append({"qid": r["item"], "role": role, "country": "IDN", "start": r["startDate"] or None,
                         "end": r["endDate"] or None, "file": f"wikidata-officeholders/{fname}"})
    for r in read("indonesia_sources_official_wikidata.csv"):
        names.setdefault(norm(r["wdLabel"]), r["wdid"])
        names.setdefault(norm(r["name"]), r["wdid"])
    return names, rows


# ---------------------------------------------------------------- phoenix
def _phoenix_date(text: str, default: str) -> str:
    if not text:
        return default
    if len(text) == 6:  # YYMMDD
        century = "19" if int(text[:2]) >= 30 else "20"
        text = century + text
    if len(text) != 8 or not text.isdigit():
        return default
    return f"{text[:4]}-{text[4:6]}-{text[6:]}"


def _phoenix_span(code_text: str) -> tuple[str, tuple[str, str] | None]:
    """'[RUSGOV 19940922-20040712]' -> ('RUS', ('1994-09-22', '2004-07-12')); undated -> span None."""
    m = re.match(r"\[([A-Z]{3})[A-Z]*\s*([<>]?)(\d*)(?:-(\d*))?", code_text)
    if not m:
        return "", None
    prefix, op, first, second = m.groups()
    if not first:
        return prefix, None
    if op == ">":
        return prefix, (_phoenix_date(first, "0000-01-01"), "9999-12-31")
    if op == "<":
        return prefix, ("0000-01-01", _phoenix_date(first, "9999-12-31"))
    return prefix, (_phoenix_date(first, "0000-01-01"), _phoenix_date(second or "", "9999-12-31"))


def load_phoenix(shared: Path) -> list[tuple[list[str], list]]:
    """Blocks of (name variants, UPPER_CASE with spaces; dated codes [(prefix, (start, end))])."""
    blocks: list[tuple[list[str], list]] = []
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        path = shared / "data" / "kb" / "phoenix" / fname
        if not path.exists():
            continue
        names: list[str] = []
        codes: list = []
        for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            if raw[:1] in ("\t", " ") or line.lstrip().startswith("["):
                for code in re.findall(r"\[[^\]]*\]", line):
                    prefix, span = _phoenix_span(code)
                    if span:
                        codes.append((prefix, span))
                continue
            if line.startswith("+"):
                names.append(line[1:].strip("_ ").replace("_", " ").upper())
                continue
            if names:
                blocks.append((names, codes))
            names, codes = [line.strip("_ ").replace("_", " ").upper()], []
        if names:
            blocks.append((names, codes))
    return blocks


def titlecase(variant: str) -> str:
    out = []
    for word in variant.split():
        low = word.lower()
        if low in PARTICLES or low in {"bin", "binti", "al", "el"}:
            out.append(low)
            continue
        out.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(out)


def phoenix_aliases(person: Person, blocks, index) -> list[str]:
    """Variants from Phoenix blocks that name this person: same name, same country (or IGO) and a
    dated code overlapping one of the person's terms (so George H. W. Bush's block is not taken for
    George W. Bush's)."""
    keys = {fold(n).upper() for n in [person.name, *person.aliases] if len(n.split()) >= 2}
    codes = {person.country or ""} | {t.scope[1] for t in person.terms if t.scope[0] == "country"}
    if any(t.scope[0] == "org" for t in person.terms):
        codes.add("IGO")
    spans = [(t.start or "0000-01-01", t.end or "9999-12-31") for t in person.terms]
    found: list[str] = []
    for key in keys:
        for names, bcodes in index.get(key, []):
            if not any(prefix in codes and s < te and ts < e
                       for prefix, (s, e) in bcodes for ts, te in spans):
                continue
            for variant in names:
                tokens = variant.replace("-", " ").split()
                if not tokens or '"' in variant or any(t in PHOENIX_STOP for t in tokens):
                    continue
                if len(tokens) == 1 and len(tokens[0]) < 3:
                    continue
                found.append(titlecase(variant))
    return found


# ---------------------------------------------------------------- aliases
def auto_short(person: Person) -> list[str]:
    if person.short is not None:
        return list(person.short)
    tokens = person.name.replace(",", "").split()
    if len(tokens) < 2 or person.country in NO_AUTO_SHORT:
        return []
    if person.country in SURNAME_FIRST:
        return [tokens[0]]
    if person.country in GIVEN_FIRST:
        return [tokens[0]]
    # "Luiz Inácio Lula da Silva" -> "da Silva"; "Ursula von der Leyen" -> "von der Leyen"
    for i, tok in enumerate(tokens[1:-1], start=1):
        if tok.lower() in PARTICLES:
            return [" ".join(tokens[i:]), tokens[-1]]
    if tokens[-1].rstrip(".") in {"Jr", "Sr", "II", "III"}:
        return [tokens[-2]]
    return [tokens[-1]]


def all_aliases(person: Person, blocks_index) -> list[str]:
    derived = [] if person.short is not None else auto_short(person)
    if blocks_index is not None:
        derived += phoenix_aliases(person, *blocks_index)
    derived = [a for a in derived if len(a.split()) > 1 or (a not in SHORT_STOP and fold(a) not in SHORT_STOP)]
    base = [*person.aliases, *(person.short or []), *derived]
    out: list[str] = []
    seen = {person.name.lower()}
    for alias in base + [person.name]:
        variants = [alias, fold(alias)]
        if alias[:1].islower():  # "da Silva" also starts a sentence as "Da Silva"
            variants += [alias[:1].upper() + alias[1:]]
        if "-" in alias:
            variants += [alias.replace("-", " "), fold(alias.replace("-", " "))]
        for v in variants:
            v = re.sub(r"\s+", " ", v).strip()
            if v and v.lower() not in seen:
                seen.add(v.lower())
                out.append(v)
    return out


# ---------------------------------------------------------------- build
def group_of(person: Person) -> str:
    if person.group:
        return person.group
    if person.country == "IDN":
        return "indonesia"
    if person.country in ASEAN:
        return "asean"
    if person.country in G20:
        return "g20"
    return "international"


def apply_wikidata(people: dict[str, Person], names: dict[str, str], rows: list[dict], log) -> None:
    for p in people.values():
        if p.qid is None:
            for n in [p.name, *p.aliases]:
                if norm(n) in names:
                    p.qid = names[norm(n)]
                    break
    by_key = defaultdict(list)
    for r in rows:
        by_key[(r["qid"], r["role"], r["country"])].append(r)
    for p in people.values():
        if not p.qid:
            continue
        for t in p.terms:
            cands = by_key.get((p.qid, t.role, t.scope[1]), [])
            # the snapshot row describing this term: the one whose start is nearest
            best = min(cands, key=lambda r: abs((date.fromisoformat(r["start"]) - date.fromisoformat(t.start)).days),
                       default=None) if t.start else None
            if best is None or abs((date.fromisoformat(best["start"]) - date.fromisoformat(t.start)).days) > 400:
                continue
            changed = []
            for key in ("start", "end"):
                wd_val = best[key]
                if wd_val and wd_val != getattr(t, key):
                    if t.keep:
                        log(f"keep curated {key} {getattr(t, key)} for {p.name} {t.role} (wikidata {wd_val})")
                        continue
                    changed.append(f"curated {key} was {getattr(t, key)}")
                    setattr(t, key, wd_val)
            if not t.keep:
                t.source = best["file"] + ("" if not changed else f" (over hand-curated: {'; '.join(changed)})")


def drop_unknown(people: dict[str, Person], log_always) -> None:
    """Drop terms whose role/org the linker's roles.yaml / organizations.yaml do not (yet) define,
    so the generated files always load; rerun the build once the linker adds them."""
    def ids(fname: str) -> set[str] | None:
        path = KB / fname
        if not path.exists():
            return None
        return {e["id"] for e in (yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []) if isinstance(e, dict)}

    roles, orgs, countries = ids("roles.yaml"), ids("organizations.yaml"), ids("countries.yaml")
    for p in list(people.values()):
        keep = []
        for t in p.terms:
            if roles is not None and t.role not in roles:
                log_always(f"skipped (role {t.role!r} not in roles.yaml): {p.name} {t.start}")
            elif t.scope[0] == "org" and orgs is not None and t.scope[1] not in orgs:
                log_always(f"skipped (org {t.scope[1]!r} not in organizations.yaml): {p.name} {t.role}")
            elif t.scope[0] == "country" and countries is not None and t.scope[1] not in countries:
                log_always(f"skipped (country {t.scope[1]!r} not in countries.yaml): {p.name} {t.role}")
            else:
                keep.append(t)
        p.terms = keep
        if not keep:
            del people[p.name]


def print_stats(groups: dict[str, list[dict]], pending: list[str]) -> None:
    entries = [e for es in groups.values() for e in es]
    terms = [t for e in entries for t in e["terms"]]
    by_role = defaultdict(int)
    for t in terms:
        by_role[t["role"]] += 1
    print(f"total: {len(entries)} people, {len(terms)} terms, "
          f"{sum(1 for e in entries if 'wikidata' in e)} with a Wikidata QID, "
          f"{sum(len(e['aliases']) for e in entries)} aliases")
    print(f"terms with a note (uncertain or qualified): {sum(1 for t in terms if 'note' in t)}; "
          f"acting: {sum(1 for t in terms if t.get('acting'))}; open (in office): {sum(1 for t in terms if t['end'] is None)}")
    print("terms by role: " + ", ".join(f"{r} {n}" for r, n in sorted(by_role.items(), key=lambda x: -x[1])))
    print(f"terms skipped for roles/orgs not (yet) in roles.yaml/organizations.yaml: {len(pending)}")


def check_overlaps(people: dict[str, Person]) -> list[str]:
    offices = defaultdict(list)
    for p in people.values():
        for t in p.terms:
            if not t.acting:
                offices[(t.role, t.scope)].append((t.start or "0000-00-00", t.end or "9999-12-31", p.name, t.file))
    problems = []
    for office, spans in offices.items():
        spans.sort()
        for (s1, e1, n1, f1), (s2, e2, n2, f2) in zip(spans, spans[1:]):
            if s2 < e1:
                problems.append(f"{f2}: {n2!r}: {office[0]}/{office[1][1]} from {s2} overlaps "
                                f"{n1!r} {s1}..{e1} ({f1})")
    for p in people.values():
        for t in p.terms:
            if t.start is None:
                problems.append(f"{t.file}: {p.name!r}: {t.role} term has no start date")
            if t.start and t.end and t.end < t.start:
                problems.append(f"{t.file}: {p.name!r}: {t.role} ends {t.end} before it starts {t.start}")
    return problems


def to_yaml_entry(p: Person, aliases: list[str]) -> dict:
    entry: dict = {"id": p.qid or slug(p.name), "name": p.name, "aliases": aliases, "country": p.country}
    if p.qid:
        entry["wikidata"] = p.qid
    terms = []
    for t in sorted(p.terms, key=lambda t: (t.start or "", t.role)):
        term = {"role": t.role, t.scope[0]: t.scope[1], "start": t.start, "end": t.end, "source": t.source}
        if t.acting:
            term["acting"] = True
        if t.note:
            term["note"] = t.note
        terms.append(term)
    entry["terms"] = terms
    return entry


class _Dumper(yaml.SafeDumper):
    pass


def _str_repr(dumper, value: str):
    # quote date-like strings so they stay strings for any YAML loader
    style = '"' if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_repr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=PEOPLE)
    ap.add_argument("--curated", type=Path, default=CURATED, help="directory of curated office tables")
    ap.add_argument("--check", action="store_true", help="only validate the curated tables")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--stats", action="store_true", help="print coverage statistics of the written files")
    args = ap.parse_args(argv)
    log = (lambda msg: print("  " + msg, file=sys.stderr)) if args.verbose else (lambda msg: None)

    people = load_curated(sorted(args.curated.glob("*.yaml")))
    names, rows = load_wikidata(args.shared)
    apply_wikidata(people, names, rows, log)
    dropped: list[list[str]] = []
    drop_unknown(people, lambda msg: (dropped.append([msg]), print("  " + msg, file=sys.stderr) if args.verbose else None))
    problems = check_overlaps(people)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    if args.check:
        print(f"ok: {len(people)} people")
        return 0

    blocks = load_phoenix(args.shared)
    index = defaultdict(list)
    for names_, codes in blocks:
        for n in names_:
            index[fold(n).upper()].append((names_, codes))
    ids: dict[str, str] = {}
    groups: dict[str, list[dict]] = defaultdict(list)
    for p in sorted(people.values(), key=lambda p: fold(p.name)):
        entry = to_yaml_entry(p, all_aliases(p, (blocks, index)))
        if entry["id"] in ids:
            print(f"duplicate id {entry['id']}: {p.name} and {ids[entry['id']]}", file=sys.stderr)
            return 1
        ids[entry["id"]] = p.name
        groups[group_of(p)].append(entry)
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.yaml"):
        if old.stem not in groups:
            old.unlink()
    for group, entries in sorted(groups.items()):
        header = (f"# GENERATED by scripts/build_kb_people.py from curated/*.yaml + ../shared/data/kb snapshots.\n"
                  f"# Do not edit by hand: edit src/peristiwa/data/kb/curated/ and rerun the script.\n")
        text = yaml.dump(entries, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120)
        (args.out / f"{group}.yaml").write_text(header + text, encoding="utf-8")
        n_terms = sum(len(e["terms"]) for e in entries)
        print(f"{group}: {len(entries)} people, {n_terms} terms")
    if args.stats:
        print_stats(groups, pending=[t for p in dropped for t in p])
    return 0


if __name__ == "__main__":
    sys.exit(main())
