"""Actors the KB cannot list by name, found by patterns from ``data/kb/patterns.yaml``:

* Indonesian institutions named by type + place ("Polda Metro Jaya", "Kejaksaan Tinggi
  DKI Jakarta", "Kantor Imigrasi Ngurah Rai"): org, country IDN, the type's sector;
* the home state's bodies named by a common noun ("polisi", "pemerintah pusat");
* unnamed people named by initials ("mantan Direktur Utama BUMD berinisial YC",
  "tersangka AS"), and their later bare mentions ("YC");
* crowds ("Ribuan buruh", "Sejumlah elemen mahasiswa", "massa aksi"; foreigners get no home state);
* bodies the text defines with an acronym ("Badan Eksekutif Mahasiswa Seluruh Indonesia (BEM SI)")
  and their later acronym; parties the KB lacks ("Partai Progresif Demokratik").

The linker calls :func:`find` right after its KB scan, so a pattern span claims the KB
matches inside it ("Jakarta" in "Kejaksaan Tinggi DKI Jakarta" is no metonym of Indonesia).
"""

from __future__ import annotations

import difflib
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

from peristiwa.actors.kb import KB, _read_yaml, tokens_of
from peristiwa.errors import DataError
from peristiwa.model import Actor

PLACES_FILE = Path(__file__).resolve().parents[1] / "data" / "places" / "gazetteer.tsv"
_INITIALS = re.compile(r"[A-Z]{1,4}")
_ROMAN = re.compile(r"[IVX]{1,5}")


@dataclass
class Institution:
    head: tuple[str, ...]
    sector: str
    country: str
    place_required: bool
    max_place: int
    links: list[tuple[str, ...]]
    name_words: frozenset[str] = frozenset()  # stop-words allowed in the name ("Partai Republik")
    full: str | None = None  # the head's full form in the name ("PN Jakarta Selatan" -> "Pengadilan Negeri ...")
    portfolio: bool = False  # a portfolio between head and place ("Dinas Pekerjaan Umum Kabupaten Pati")


@dataclass
class Spec:
    heads: dict[str, list[Institution]] = field(default_factory=dict)  # first head token -> longest first
    suffixes: frozenset[str] = frozenset()
    affiliation: frozenset[str] = frozenset()  # "jaksa ... dari Kejari X": the body a person comes from
    bodies: dict[tuple[str, ...], str] = field(default_factory=dict)
    initial_cues: frozenset[str] = frozenset()
    max_left: int = 16
    boundaries: frozenset[str] = frozenset()
    verb_prefixes: tuple[str, ...] = ()
    person_sectors: dict[tuple[str, ...], str] = field(default_factory=dict)
    transparent: tuple[tuple[str, ...], ...] = ()
    foreign: frozenset[tuple[str, ...]] = frozenset()
    bodies_not_after: frozenset[str] = frozenset()
    org_heads: frozenset[str] = frozenset()
    org_sectors: dict[tuple[str, ...], str] = field(default_factory=dict)
    crowd_not_after: frozenset[str] = frozenset()
    quantifiers: frozenset[tuple[str, ...]] = frozenset()
    fillers: frozenset[str] = frozenset()
    crowd_nouns: dict[tuple[str, ...], str] = field(default_factory=dict)
    crowd_phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    followers: frozenset[str] = frozenset()  # crowd nouns that take whom they follow ("pendukung Duterte")
    nationals: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)  # phrase -> (ISO3, written)
    national_counts: frozenset[tuple[str, ...]] = frozenset()
    national_need_count: frozenset[tuple[str, ...]] = frozenset()


# --------------------------------------------------------------------------
# loading


def _low(s: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in tokens_of(s))


def _words(path: Path, where: str, v) -> list[str]:
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
        raise DataError(f"{path}: entry {where!r}: expected a list of non-empty strings (quote YAML words like On/No)")
    return v


def _sector_map(path: Path, where: str, v, sectors: frozenset[str]) -> dict[tuple[str, ...], str]:
    if not isinstance(v, dict):
        raise DataError(f"{path}: entry {where!r}: expected a mapping of sector -> words")
    out = {}
    for sec, words in v.items():
        if sec not in sectors:
            raise DataError(f"{path}: entry {where}.{sec!r}: unknown sector")
        for w in _words(path, f"{where}.{sec}", words):
            out[_low(w)] = sec
    return out


@lru_cache(maxsize=8)
def load_spec(kb_dir: str) -> Spec:
    """The patterns of ``<kb_dir>/patterns.yaml`` (an empty spec when the file is absent)."""
    from peristiwa.actors.kb import SECTORS

    path = Path(kb_dir) / "patterns.yaml"
    spec = Spec()
    if not path.exists():
        return spec
    data = _read_yaml(path) or {}
    allowed = {"institutions", "place_suffixes", "bodies", "bodies_not_after", "initials", "crowds", "foreign_words",
               "affiliation_nouns",
               "defined_orgs", "nationals"}
    if not isinstance(data, dict) or set(data) - allowed:
        raise DataError(f"{path}: expected a mapping with sections {sorted(allowed)}")
    for n, e in enumerate(data.get("institutions") or []):
        where = f"institutions #{n + 1}"
        if not isinstance(e, dict) or set(e) - {"heads", "sector", "country", "place", "max_place", "link", "name_words",
                                                  "full", "portfolio"} \
                or "heads" not in e or "sector" not in e:
            raise DataError(f"{path}: entry {where!r}: needs heads and sector "
                            "(optional country, place, max_place, link, name_words, full)")
        if e["sector"] not in SECTORS:
            raise DataError(f"{path}: entry {where!r}: unknown sector {e['sector']!r}")
        if e.get("place", "required") not in ("required", "optional"):
            raise DataError(f"{path}: entry {where!r}: place must be required or optional")
        links = [_low(w) for w in _words(path, where + ".link", e.get("link") or ["-"]) if w != "-"]
        full = e.get("full") or {}
        if not isinstance(full, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in full.items()) \
                or set(full) - set(map(str, e["heads"])):
            raise DataError(f"{path}: entry {where!r}: full must map some of its heads to their full form")
        for h in _words(path, where + ".heads", e["heads"]):
            if e.get("country", "IDN") not in ("home", "named") \
                    and not re.fullmatch(r"[A-Z]{3}", str(e.get("country", "IDN"))):
                raise DataError(f"{path}: entry {where!r}: country must be an ISO3 code, home or named")
            inst = Institution(tokens_of(h), e["sector"], e.get("country", "IDN"), e.get("place", "required") == "required",
                               int(e.get("max_place", 3)), links,
                               frozenset(w.lower() for w in _words(path, where + ".name_words", e.get("name_words") or ["-"])),
                               full.get(h), bool(e.get("portfolio")))
            spec.heads.setdefault(inst.head[0], []).append(inst)
    for v in spec.heads.values():
        v.sort(key=lambda i: -len(i.head))
    spec.suffixes = frozenset(_words(path, "place_suffixes", data.get("place_suffixes") or ["-"])) - {"-"}
    spec.bodies = _sector_map(path, "bodies", data.get("bodies") or {}, SECTORS)
    spec.bodies_not_after = frozenset(w.lower() for w in _words(path, "bodies_not_after",
                                                               data.get("bodies_not_after") or ["-"]))
    spec.affiliation = frozenset(w.lower() for w in _words(path, "affiliation_nouns",
                                                           data.get("affiliation_nouns") or ["-"]) if w != "-")
    spec.foreign = frozenset(_low(w) for w in _words(path, "foreign_words", data.get("foreign_words") or ["-"])
                             if w != "-")
    ini = data.get("initials") or {}
    if ini:
        spec.initial_cues = frozenset(w.lower() for w in _words(path, "initials.cues", ini.get("cues")))
        spec.max_left = int(ini.get("max_left", 16))
        spec.boundaries = frozenset(w.lower() for w in _words(path, "initials.boundaries", ini.get("boundaries")))
        spec.verb_prefixes = tuple(_words(path, "initials.verb_prefixes", ini.get("verb_prefixes") or ["me"]))
        spec.person_sectors = _sector_map(path, "initials.sectors", ini.get("sectors") or {}, SECTORS)
        spec.transparent = tuple(_low(w) for w in _words(path, "initials.transparent", ini.get("transparent") or ["-"])
                                 if w != "-")
    do = data.get("defined_orgs") or {}
    if do:
        spec.org_heads = frozenset(w.lower() for w in _words(path, "defined_orgs.heads", do.get("heads")))
        spec.org_sectors = _sector_map(path, "defined_orgs.sectors", do.get("sectors") or {}, SECTORS)
    cr = data.get("crowds") or {}
    if cr:
        spec.quantifiers = frozenset(_low(w) for w in _words(path, "crowds.quantifiers", cr.get("quantifiers")))
        spec.fillers = frozenset(w.lower() for w in _words(path, "crowds.fillers", cr.get("fillers") or ["-"]))
        spec.crowd_nouns = _sector_map(path, "crowds.nouns", cr.get("nouns") or {}, SECTORS)
        spec.crowd_phrases = _sector_map(path, "crowds.phrases", cr.get("phrases") or {}, SECTORS)
        spec.crowd_not_after = frozenset(w.lower() for w in _words(path, "crowds.not_after", cr.get("not_after") or ["-"]))
        spec.followers = frozenset(w.lower() for w in _words(path, "crowds.followers", cr.get("followers") or ["-"]))
    na = data.get("nationals") or {}
    if na:
        if not isinstance(na, dict) or set(na) - {"states", "counts", "need_count"}:
            raise DataError(f"{path}: entry 'nationals': expected states, counts, need_count")
        for iso, words in (na.get("states") or {}).items():
            if not re.fullmatch(r"[A-Z]{3}", str(iso)):
                raise DataError(f"{path}: entry 'nationals.states.{iso}': not an ISO3 code")
            for w in _words(path, f"nationals.states.{iso}", words):
                spec.nationals[_low(w)] = (str(iso), w)
        spec.national_counts = frozenset(_low(w) for w in _words(path, "nationals.counts", na.get("counts") or ["-"]))
        spec.national_need_count = frozenset(_low(w) for w in _words(path, "nationals.need_count",
                                                                      na.get("need_count") or ["-"]))
    return spec


_PLACES: dict[tuple, frozenset] = {}


def _places_of(kb: KB) -> frozenset[tuple[str, ...]]:
    """Indonesian places plus the KB's own province list (once per KB)."""
    key = id(kb), str(kb.source_dir)  # (a KB id reused after collection is the same directory's KB)
    got = _PLACES.get(key)
    if got is None:
        got = _PLACES[key] = indonesian_places() | kb.cues.get("regions", frozenset())
    return got


@lru_cache(maxsize=1)
def indonesian_places() -> frozenset[tuple[str, ...]]:
    """Lowercased token tuples of Indonesia's provinces, regencies and cities (from the
    places gazetteer, which takes them from ../shared/data/kb/id-regions)."""
    out: set[tuple[str, ...]] = set()
    try:
        lines = PLACES_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    for line in lines:
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) > 3 and parts[3] == "IDN" and parts[2] in ("admin", "city"):
            out.add(_low(parts[1]))
    return frozenset(out)


@lru_cache(maxsize=1)
def world_places() -> dict[tuple[str, ...], str]:
    """Lowercased token tuples of large cities and regions abroad (population >= 300,000 in the
    places gazetteer) -> their state, for "... di Gaza": names of two states are left out."""
    out: dict[tuple[str, ...], str] = {}
    seen_twice: set[tuple[str, ...]] = set()
    try:
        lines = PLACES_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    for line in lines:
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 7 or parts[2] not in ("admin", "city"):
            continue
        try:
            big = float(parts[6] or 0) >= 300_000
        except ValueError:
            continue
        key = _low(parts[1])
        if big:
            if out.get(key, parts[3]) != parts[3]:
                seen_twice.add(key)
            out[key] = parts[3]
    for key in seen_twice:
        del out[key]
    return out


# --------------------------------------------------------------------------
# matching

# A KB match seen by the pattern pass: tokens [i, j) and the kinds of its entries.
KbSpan = tuple[int, int, frozenset]


@dataclass
class Found:
    i: int  # first token
    j: int  # one past the last token
    actor: Actor
    stated: bool = False  # the text itself gives the state ("warga Moskow")


class _Ctx:
    def __init__(self, text: str, toks, kb: KB, spec: Spec, kb_spans: list[KbSpan], home: str | None,
                 sentence_start: Callable[[int], bool]):
        self.text, self.toks, self.kb, self.spec, self.home = text, toks, kb, spec, home
        self.by_i = {s[0]: s for s in kb_spans}
        self.by_j = {s[1]: s for s in kb_spans}
        self.sentence_start = sentence_start
        self.places = _places_of(kb)

    def glued(self, k: int, sep: str = " ") -> bool:
        """Token k follows token k-1 with exactly ``sep`` between them (same line)."""
        return k > 0 and self.text[self.toks.end[k - 1] : self.toks.start[k]] == sep

    def span(self, i: int, j: int) -> tuple[int, int, str]:
        s, e = self.toks.start[i], self.toks.end[j - 1]
        return s, e, self.text[s:e]

    def country_at(self, k: int) -> str | None:
        """The single state (not a metonym) a KB match starting at token k names."""
        m = self.by_i.get(k)
        if m is None or "country" not in m[2] or "org" in m[2]:
            return None
        ids = {e.id for e in self.kb.lookup(self.text[self.toks.start[m[0]] : self.toks.end[m[1] - 1]])
               if e.kind == "country" and e.how != "metonym"}
        return ids.pop() if len(ids) == 1 else None

    def after_place_word(self, i: int, strict: bool = True) -> bool:
        """ "di/ke/dari X", "gedung X": a place or destination, not an actor. Not strict (for
        institutions): "di depan X", "di kantor X" stay X, the target of a protest held there."""
        if i == 0 or not self.glued(i):
            return False
        prev = self.toks.low[i - 1]
        if prev in ("di", "ke", "dari", "gedung", "halaman"):
            return True  # (a building is a place; "kantor X", X's office, still names X)
        return strict and (prev in ("depan", "kantor", "markas")
                           or (prev,) in self.kb.cues.get("country_non_actor_heads", frozenset()))


def find(text: str, toks, kb: KB, kb_spans: list[KbSpan], home: str | None,
         sentence_start: Callable[[int], bool]) -> list[Found]:
    """Every pattern actor in the text, left to right, non-overlapping."""
    spec = load_spec(str(kb.source_dir))
    if not (spec.heads or spec.bodies or spec.initial_cues or spec.crowd_nouns):
        return []
    c = _Ctx(text, toks, kb, spec, kb_spans, home, sentence_start)
    out: list[Found] = []
    firsts = _first_words(spec, kb)
    # only tokens that can start a pattern (a C-level filter over the whole text)
    cand = itertools.compress(range(len(toks)), map(firsts.__contains__, toks.low))
    nxt = 0
    for i in cand:
        if i < nxt:
            continue
        f = _institution(c, i) or _defined_org(c, i) or _initials(c, i) or _nationals(c, i, nxt) or _crowd(c, i) \
            or _body(c, i)
        if f is None:
            continue
        if f.i < nxt:  # "mantan Kepala Dinas X Kabupaten Y berinisial HS": one person, the body inside is theirs
            out = [o for o in out if o.j <= f.i]
        out.append(f)
        nxt = f.j
        if f.actor.how == "initials":
            more = _more_initials(c, f)
            out.extend(more)
            nxt = more[-1].j if more else nxt
    out.extend(_initials_again(c, out))
    out.extend(_acronyms_again(c, out))
    out.sort(key=lambda f: f.i)
    return out


def _first_words(spec: Spec, kb: KB) -> frozenset[str]:
    """Lowercased words a pattern can start with."""
    key = id(spec), id(kb), str(kb.source_dir)
    got = _FIRSTS.get(key)
    if got is None:
        words = {h.lower() for h in spec.heads} | {k[0] for k in spec.bodies} | set(spec.initial_cues) \
            | {k[0] for k in kb.cues.get("initial_heads", ())} | {k[0] for k in spec.quantifiers} \
            | {k[0] for k in spec.crowd_phrases} | set(spec.org_heads) | {k[0] for k in spec.nationals}
        got = _FIRSTS[key] = frozenset(words)
    return got


_FIRSTS: dict[tuple, frozenset[str]] = {}


def _place(c: _Ctx, j: int, max_words: int, allow: frozenset = frozenset()) -> int | None:
    """End of the place after an institution's head at token j: a known Indonesian
    province/regency/city (with a direction word: "Jakarta Pusat"), else a run of up
    to ``max_words`` capitalised words, acronyms or roman numerals ("Kodam III/Siliwangi")."""
    toks, stop = c.toks, c.kb.cues["name_stopwords"]
    if j >= len(toks) or not c.glued(j) or not toks.text[j][:1].isupper():
        return None
    k = j
    if toks.low[k] in ("provinsi", "kabupaten", "kota"):
        k += 1
    e = _known_place(c, k)
    if e is not None:
        while True:  # "Metro Jakarta Selatan": known places and direction words in a row
            while e < len(toks) and toks.text[e] in c.spec.suffixes and c.glued(e):
                e += 1
            nxt = _known_place(c, e) if e < len(toks) and c.glued(e) else None
            if nxt is None:
                return e
            e = nxt
    e = j
    while e < len(toks) and e - j < max_words:
        t = toks.text[e]
        if e > j and toks.text[e - 1] == "/" and c.glued(e, "") and t[:1].isupper():
            e += 1
            continue
        if t == "/" and e > j and c.glued(e, "") and e + 1 < len(toks) and c.glued(e + 1, ""):
            e += 1
            continue
        if not (t[:1].isupper() or _ROMAN.fullmatch(t)) or not t.isalnum() \
                or ((t.lower(),) in stop and t.lower() not in allow) or honorific_len(c.kb, toks.low, e) \
                or (e > j and not c.glued(e)):
            break
        m = c.by_i.get(e)
        if m is not None and m[2] & {"person", "role"} and e > j:
            break
        e += 1
    return e if e > j else None


def unit_end(text: str, toks, kb: KB, j: int, max_words: int = 3) -> int | None:
    """End of a unit's name right after an office at token j ("Kapolda Metro Jaya", "Pangdam
    XVII/Cenderawasih", "Danrem 172/PWY", "Kapolres Pelabuhan Belawan AKBP X"): the same place
    rule as an institution's, which stops at a rank. Only when sure: the unit holds a known
    Indonesian place, is a numbered command, or a rank follows it ("Kapolres Ahmad Fauzi" is a
    chief's name, not a unit)."""
    c = _Ctx(text, toks, kb, load_spec(str(kb.source_dir)), [], None, lambda k: False)
    k = j
    if j + 2 < len(toks) and toks.text[j].isdigit() and toks.text[j + 1] == "/" and c.glued(j) \
            and c.glued(j + 1, "") and c.glued(j + 2, ""):
        k = j + 3  # "Danrem 172/PWY": a numbered command and its short name
        while k < len(toks) and toks.text[k] == "/" and k + 1 < len(toks) and c.glued(k, "") and c.glued(k + 1, ""):
            k += 2
        e = k
    else:
        e = _place(c, j, max_words + (2 if "/" in toks.text[j + 1 : j + 3] else 0))  # "I/Bukit Barisan"
    if e is None:
        return None
    sure = k > j or _ROMAN.fullmatch(toks.text[j]) is not None or e < len(toks) and honorific_len(kb, toks.low, e) > 0 \
        or any(_known_place(c, x) is not None for x in range(j, e))
    if sure:
        return e
    run = j
    while run < len(toks) and run - j < 5 and toks.text[run][:1].isupper() and toks.text[run].isalpha() \
            and (run == j or c.glued(run)):
        run += 1
    # "Kajari Lhoksukon Teuku Rahmatsyah": of three or more capitalised words the first is the unit
    # (as for "Wali Kota Makassar Munafri Arifuddin"); two are the chief's name ("Kapolres Ahmad Fauzi")
    return j + 1 if run - j >= 3 else None


def honorific_len(kb: KB, low, k: int) -> int:
    """Tokens in the longest title or rank starting at token k ("Laksamana Pertama TNI": 3), else 0."""
    hon = kb.cues["honorifics"]
    if (low[k],) not in hon and low[k] not in _hon_firsts(kb):
        return 0
    for size in range(min(_hon_longest(kb), len(low) - k), 0, -1):
        if tuple(low[k : k + size]) in hon:
            return size
    return 0


def _hon_firsts(kb: KB) -> frozenset[str]:
    """First words of the titles and ranks of two or more words ("laksamana", "komisaris")."""
    key = id(kb), str(kb.source_dir), "firsts"
    got = _HON.get(key)
    if got is None:
        got = _HON[key] = frozenset(h[0] for h in kb.cues["honorifics"] if len(h) > 1)
    return got


def _hon_longest(kb: KB) -> int:
    key = id(kb), str(kb.source_dir), "longest"
    got = _HON.get(key)
    if got is None:
        got = _HON[key] = max((len(h) for h in kb.cues["honorifics"]), default=0)
    return got


_HON: dict[tuple, object] = {}


def _known_place(c: _Ctx, k: int) -> int | None:
    """End of a known Indonesian province/regency/city starting at token k."""
    toks = c.toks
    if k >= len(toks) or not toks.text[k][:1].isupper():
        return None
    for size in (4, 3, 2, 1):
        if k + size <= len(toks) and tuple(toks.low[k : k + size]) in c.places \
                and all(c.glued(x) for x in range(k + 1, k + size)):
            return k + size
    return None


def _institution(c: _Ctx, i: int) -> Found | None:
    cands = c.spec.heads.get(c.toks.text[i])
    if not cands or (c.after_place_word(i, strict=False) and not _affiliated(c, i)):
        return None
    toks = c.toks
    m = c.by_i.get(i)
    for inst in cands:
        h = len(inst.head)
        if tuple(toks.text[i : i + h]) != inst.head:
            continue
        if inst.country in ("home", "named") and m is not None and m[2] & {"org", "country"}:
            return None  # a party the KB lists ("Partai Demokrat") stays the KB's; "Federasi Rusia" is a state
        j = i + h
        if inst.portfolio:
            # "Dinas Pekerjaan Umum Kabupaten Pati": the portfolio's words (linking.yaml portfolio_words), then the place
            pw, j0 = c.kb.cues["portfolio_words"], j
            while j < len(toks) and j - j0 < 6 and (toks.low[j],) in pw and (toks.text[j][:1].isupper() or toks.low[j] == "dan"):
                j += 1
            if j == j0 or toks.low[j - 1] == "dan":
                continue
        if j + 3 < len(toks) and toks.text[j] == "(" and toks.text[j + 2] == ")" and toks.text[j + 1][:1].isupper() \
                and toks.text[j + 1].isalpha() and c.glued(j):
            j += 3  # "Kejaksaan Negeri (Kajari) Kota Bandung": the short form between the head and the place
        end = _place(c, j, inst.max_place, inst.name_words)
        for link in inst.links:  # "Pengadilan Tipikor pada Pengadilan Negeri Jakarta Pusat"
            if end is None and tuple(toks.low[j : j + len(link)]) == link:
                e2 = _place(c, j + len(link), inst.max_place)
                if e2 is not None:
                    end = e2
        if end is None and inst.place_required:
            continue
        end = end or j
        country = inst.country
        if country in ("home", "named"):
            # "Partai Republik AS": a state right after (or closing) the name owns the body
            for x in range(j, end + 1):
                if c.country_at(x) is not None:
                    country, end = c.country_at(x), c.by_i[x][1]
                    break
            else:
                country = c.home if inst.country == "home" else None
            if inst.country == "named" and end < len(toks) and toks.text[end] == "(":
                country = None  # "Asosiasi Pengusaha Indonesia (Apindo)": a body defined with its acronym
            if country is None:
                continue  # ("named": only a body the text gives a state, "Federasi Senam Israel")
        s, e, text = c.span(i, end)
        name = " ".join(text.split())
        if inst.full:  # "PN Jakarta Selatan" is "Pengadilan Negeri Jakarta Selatan"
            name = " ".join([inst.full, *c.span(j, end)[2].split()]) if end > j else inst.full
        return Found(i, end, Actor(text=text, start=s, end=e, name=name, country=country, sector=inst.sector,
                                   type="org", how="pattern", confidence=0.8))
    return None


def _affiliated(c: _Ctx, i: int) -> bool:
    """ "Jaksa penuntut umum dari Kejari Pati": "dari" after a person noun (patterns.yaml
    affiliation_nouns, up to three words back) names the body the person comes from, an actor."""
    low = c.toks.low
    return i >= 2 and low[i - 1] == "dari" and any(low[x] in c.spec.affiliation for x in range(max(0, i - 4), i - 1))


def _longest(keys, low: list[str], i: int, most: int = 4):
    for size in range(most, 0, -1):
        key = tuple(low[i : i + size])
        if len(key) == size and key in keys:
            return key
    return None


def _first_value(table: dict, low: list[str], lo: int, hi: int, most: int = 2):
    """The value of the first key of ``table`` (up to ``most`` words) starting in ``low[lo:hi]``."""
    for k in range(lo, hi):
        key = _longest(table, low, k, most)
        if key is not None:
            return table[key]
    return None


def _state_follows(c: _Ctx, j: int) -> bool:
    k = j + 1 if j < len(c.toks) and c.toks.low[j] in ("asal", "dari") else j
    return c.country_at(k) is not None


def _body(c: _Ctx, i: int) -> Found | None:
    key = _longest(c.spec.bodies, c.toks.low, i)
    if key is None or c.home is None or c.after_place_word(i) or (i > 0 and c.toks.low[i - 1] in c.spec.bodies_not_after):
        return None
    m = c.by_i.get(i)
    if m is not None and m[1] > i + len(key) - 1 and m[2] & {"org", "country", "person"}:
        return None  # "Kepolisian Negara Republik Indonesia": the KB's own body
    j = i + len(key)
    prev = c.by_j.get(i)
    if prev is not None and c.glued(i) and c.country_at(prev[0]) is not None:
        # "Chinese police", "Israeli police": that state's body (as "polisi China" is)
        cid = c.country_at(prev[0])
        s, e, text = c.span(prev[0], j)
        return Found(prev[0], j, Actor(text=text, start=s, end=e, kb_id=cid, name=c.kb.countries[cid].name_en,
                                       country=cid, sector=c.spec.bodies[key], type="country", how="sector",
                                       confidence=0.85))
    if _state_follows(c, j) or (j < len(c.toks) and c.toks.text[j][:1].isupper() and c.glued(j)
                                 and (c.toks.low[j],) not in c.kb.cues["name_stopwords"]):
        return None  # "polisi China"; "kepolisian Manchester", "Polisi Diraja Malaysia" (a name)
    s, e, text = c.span(i, j)
    return Found(i, j, Actor(text=text, start=s, end=e, name=None, country=c.home, sector=c.spec.bodies[key],
                             type="org", how="np", confidence=0.5))


def _nationals(c: _Ctx, k: int, free: int = 0) -> Found | None:
    """People named by their state, often victims: "lima PMI", "seorang WNI", "pekerja migran
    Indonesia": a group of that state, sector CVL. An acronym must be written as listed, and one
    with another meaning ("PMI", also the Red Cross) needs a count before it or its definition
    around it ("pekerja migran Indonesia (PMI)")."""
    sp, low, toks = c.spec, c.toks.low, c.toks
    if not sp.nationals:
        return None
    key = _longest(sp.nationals, low, k, 4)
    if key is None:
        return None
    iso, written = sp.nationals[key]
    j = k + len(key)
    # the count word before the phrase (not one a pattern before took) belongs to the mention
    q = k - 1 >= free and ((low[k - 1],) in sp.national_counts or low[k - 1].isdigit()) and c.glued(k)
    i = k - 1 if q else k
    if written.isupper() and c.text[toks.start[k] : toks.end[j - 1]] != written:
        return None  # "pmi" is no acronym
    if key in sp.national_need_count and not q and not (k > 0 and toks.text[k - 1] == "("):
        return None
    if not q and c.after_place_word(k):
        return None
    s, e, text = c.span(i, j)
    return Found(i, j, Actor(text=text, start=s, end=e, name=None, country=iso, sector="CVL", type="group",
                             how="np", confidence=0.6), True)


def _crowd(c: _Ctx, i: int) -> Found | None:
    low, sp = c.toks.low, c.spec
    if not sp.crowd_nouns or (i > 0 and low[i - 1] in sp.crowd_not_after and c.glued(i)):
        return None  # "media massa"
    q = _longest(sp.quantifiers, low, i)
    j = None
    sector = None
    if q is not None:
        k = i + len(q)
        if k < len(low) and low[k] in sp.fillers and _longest(sp.crowd_nouns, low, k + 1):
            k += 1
        noun = _longest(sp.crowd_nouns, low, k)
        if noun is not None:
            j, sector = k + len(noun), sp.crowd_nouns[noun]
    if j is None:
        ph = _longest(sp.crowd_phrases, low, i)
        if ph is None:
            return None
        j, sector = i + len(ph), sp.crowd_phrases[ph]
    if low[j - 1] in sp.followers and j in c.by_i and "person" in c.by_i[j][2] and c.glued(j):
        j = c.by_i[j][1]  # "Para pendukung Duterte": whom they follow is part of the crowd's name
    elif _state_follows(c, j):
        return None  # "ratusan warga Korea Selatan": the sector phrase names the state
    if _longest(sp.foreign, low, j, 3) is not None or _longest(sp.foreign, low, j - 1, 1) is not None:
        return None  # "puluhan warga asing", "ratusan WNA": foreigners, no state of their own named
    country, stated = c.home, False
    m = c.by_i.get(j)
    if m is not None and "country" in m[2] and c.glued(j):
        # "Ribuan warga Moskow": a capital names its state's people
        ids = {e.id for e in c.kb.lookup(c.text[c.toks.start[m[0]] : c.toks.end[m[1] - 1]]) if e.kind == "country"}
        if len(ids) == 1:
            country, j, stated = ids.pop(), m[1], True
    if country is None:
        return None
    s, e, text = c.span(i, j)
    return Found(i, j, Actor(text=text, start=s, end=e, name=None, country=country, sector=sector, type="group",
                             how="np", confidence=0.5), stated)


def _initials_token(t: str) -> bool:
    return bool(_INITIALS.fullmatch(t))


def _initials(c: _Ctx, i: int) -> Found | None:
    """ "<noun phrase> berinisial YC" / "tersangka AS": an unnamed person."""
    toks, sp = c.toks, c.spec
    low = toks.low[i]
    if i + 1 >= len(toks) or not _initials_token(toks.text[i + 1]) or not c.glued(i + 1):
        return None
    if low in sp.initial_cues:
        start = _left_phrase(c, i)
    elif (low,) in c.kb.cues.get("initial_heads", frozenset()):
        start = i
    else:
        return None
    j = i + 2
    s, e, text = c.span(start, j)
    country = None
    for k in range(start, i):
        country = country or c.country_at(k)
    sector = _first_value(sp.person_sectors, toks.low, start, i)
    if country is None and any(_longest(sp.foreign, toks.low, k, 3) for k in range(start, i)):
        country = "-"  # "seorang WNA berinisial X": foreign, state unknown
    return Found(start, j, Actor(text=text, start=s, end=e, name=toks.text[i + 1],
                                 country=None if country == "-" else (country or c.home),
                                 sector=sector, type="person", how="initials", confidence=0.6))


def _more_initials(c: _Ctx, f: Found) -> list[Found]:
    """"berinisial AK dan DV", "AK, DV dan MS": the others named in the same breath."""
    toks, out, k = c.toks, [], _skip_age(c.toks, f.j)
    while k + 1 < len(toks) and toks.low[k] in (",", "dan", "serta"):
        x = k + 2 if toks.low[k] == "," and toks.low[k + 1] in ("dan", "serta") else k + 1  # ", dan TK"
        if not (x < len(toks) and _initials_token(toks.text[x]) and c.glued(x)) \
                or (x + 1 < len(toks) and toks.text[x + 1][:1].isupper() and c.glued(x + 1)):
            break
        s, e, text = c.span(x, x + 1)
        out.append(Found(x, x + 1, Actor(text=text, start=s, end=e, name=text, country=f.actor.country,
                                         sector=f.actor.sector, type="person", how="initials", confidence=0.55)))
        k = _skip_age(toks, x + 1)
    return out


def _skip_age(toks, k: int) -> int:
    """Skip an age in brackets after initials: "AK (35)"."""
    if k + 2 < len(toks) and toks.text[k] == "(" and toks.text[k + 1].isdigit() and toks.text[k + 2] == ")":
        return k + 3
    return k


def _left_phrase(c: _Ctx, i: int) -> int:
    """Start of the noun phrase that ends right before token i (the initials cue)."""
    toks, sp = c.toks, c.spec
    k = i
    while k > 0 and i - k < sp.max_left:
        p = k - 1
        t, lw = toks.text[p], toks.low[p]
        if "\n" in c.text[toks.end[p] : toks.start[k]]:
            break
        if not t[:1].isalnum() and t not in "()":
            break
        if any(tuple(toks.low[p : p + len(tp)]) == tp for tp in sp.transparent):
            k = p  # "direktur jenderal di sebuah kementerian": a place inside the phrase
            continue
        if lw in sp.boundaries and not (lw in ("dan", "serta") and toks.text[p - 1][:1].isupper()
                                         and toks.text[k][:1].isupper()):
            break  # (not "Pekerjaan Umum dan Penataan Ruang": a conjunction inside a name)
        if t.islower() and len(t) >= 6 and t.startswith(sp.verb_prefixes):
            break
        m = c.by_j.get(k)
        if m is not None and "org" in m[2]:
            break  # "pegawai KPK berinisial X": the body stays its own mention
        k = p
        if c.sentence_start(k):
            break
    else:
        if k > 0 and i - k >= sp.max_left:
            return i  # no phrase boundary in reach: the cue alone
    while k < i and toks.text[k] in "()":
        k += 1
    return k


def _defined_org(c: _Ctx, i: int) -> Found | None:
    """ "Badan Eksekutif Mahasiswa Seluruh Indonesia (BEM SI)": a body named with its acronym."""
    toks, sp = c.toks, c.spec
    if toks.low[i] not in sp.org_heads or not toks.text[i][:1].isupper() or c.home is None:
        return None
    prev = c.by_j.get(i)
    if prev is not None and prev[2] & {"role", "org"}:
        return None  # "Presiden Konfederasi ... (KSPI) Said Iqbal": the role phrase takes it
    if i > 0 and c.glued(i) and toks.text[i - 1][:1].isupper() and not c.sentence_start(i) \
            and (toks.low[i - 1],) not in c.kb.cues["name_stopwords"]:
        return None  # mid-name: "Konfederasi Serikat ...", not "Serikat ..."
    k = i
    while k < len(toks) and k - i < 10 and toks.text[k] != "(" and (k == i or c.glued(k)) and (
            toks.text[k][:1].isupper() or toks.low[k] in ("dan", "untuk", "se")):
        k += 1
    if k - i < 2 or k >= len(toks) or toks.text[k] != "(" or not c.glued(k):
        return None
    e = k + 1
    while e < len(toks) and e - k <= 4 and toks.text[e] != ")":
        e += 1
    acr = toks.text[k + 1 : e]
    if e >= len(toks) or toks.text[e] != ")" or not acr or not all(t.isupper() or t.isdigit() or t == "-" for t in acr):
        return None
    if any(s[2] & {"org"} for s in (c.by_i.get(x) for x in range(i, k)) if s is not None):
        return None  # "Komisi Pemberantasan Korupsi (KPK)": the KB's own body
    sector = _first_value(sp.org_sectors, toks.low, i, k)
    s, end, text = c.span(i, e + 1)
    name = c.text[toks.start[i] : toks.end[k - 1]]
    act = Actor(text=text, start=s, end=end, name=name, country=c.home, sector=sector, type="org", how="pattern",
                confidence=0.7)
    # a KB body's acronym with its name misspelt ("Organisasi Kesehatan Dunian (WHO)") is that body;
    # a different body sharing the acronym ("Dewan Pimpinan Daerah (DPD)") is not
    kb_orgs = {x.id for x in c.kb.lookup(" ".join(acr)) if x.kind == "org"}
    if len(kb_orgs) == 1:
        o = c.kb.orgs[kb_orgs.pop()]
        if max(difflib.SequenceMatcher(None, name.lower(), n.lower()).ratio() for n in (o.name_id, o.name_en)) >= 0.9:
            act.kb_id, act.name, act.country, act.sector, act.how = o.id, o.name_en, o.country, o.sector, "name"
    return Found(i, e + 1, act)


def _acronyms_again(c: _Ctx, found: list[Found]) -> list[Found]:
    """Later bare mentions of a defined body's acronym ("BEM SI menyambut baik ...")."""
    toks = c.toks
    bodies = {}
    for f in found:
        if f.actor.how in ("pattern", "name") and f.actor.text.endswith(")"):
            k = f.j - 2
            while k > f.i and toks.text[k] != "(":
                k -= 1
            bodies[tuple(toks.text[k + 1 : f.j - 1])] = f
    if not bodies:
        return []
    taken = bytearray(len(toks) + 1)
    for f in found:
        taken[f.i : f.j] = b"\x01" * (f.j - f.i)
    out = []
    firsts = {a[0] for a in bodies}
    for k in itertools.compress(range(len(toks)), map(firsts.__contains__, toks.text)):
        for acr, f in bodies.items():
            n = len(acr)
            if tuple(toks.text[k : k + n]) != acr or k < f.j or any(taken[k : k + n]):
                continue
            m = c.by_i.get(k)
            if m is not None and m[1] > k + n:
                continue  # inside a longer KB name
            s, e, text = c.span(k, k + n)
            out.append(Found(k, k + n, Actor(text=text, start=s, end=e, kb_id=f.actor.kb_id, name=f.actor.name,
                                             country=f.actor.country, sector=f.actor.sector, type="org",
                                             how="acronym", confidence=0.65)))
            taken[k : k + n] = b"\x01" * n
    return out


def _initials_again(c: _Ctx, found: list[Found]) -> list[Found]:
    """Later bare mentions of a person's initials ("YC dinyatakan bersalah")."""
    people = {f.actor.name: f.actor for f in found if f.actor.how == "initials" and f.actor.name}
    if not people:
        return []
    taken = bytearray(len(c.toks) + 1)
    for f in found:
        taken[f.i : f.j] = b"\x01" * (f.j - f.i)
    out = []
    for k, t in enumerate(c.toks.text):
        ref = people.get(t)
        if ref is None or taken[k] or k < min(f.i for f in found if f.actor is ref):
            continue
        m = c.by_i.get(k)
        if m is not None and (m[1] != k + 1 or m[2] - {"country"}):
            continue  # inside a longer KB name
        prev = c.by_j.get(k)
        if prev is not None and prev[2] & {"role", "cue", "country", "org"}:
            continue  # "Presiden AS", "pemerintah AS": the state after all
        s, e, text = c.span(k, k + 1)
        out.append(Found(k, k + 1, Actor(text=text, start=s, end=e, name=ref.name, country=ref.country,
                                         sector=ref.sector, type="person", how="surname", confidence=0.55)))
    return out
