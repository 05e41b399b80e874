"""Actor linking: find political actors in an article and resolve them to the KB.

One pass over the tokens with the KB trie finds every candidate mention
(countries, organisations, roles, people, cue words). Then, in order:

1. role phrases are composed: ``[mantan] ROLE [(ACR)] [dari|of] [COUNTRY|ORG] [, ] [Title] [NAME]``
   (and the English ``COUNTRY('s) ROLE NAME``); a phrase without a name is resolved
   through the terms of office on the article's date;
2. sector phrases (``militer China``), countries, metonyms, organisations;
3. people by full name; NER PER/ORG entities the KB does not know;
4. within-document coreference: surnames, bare roles already seen, pronouns, pairs.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from peristiwa.actors import patterns
from peristiwa.actors.kb import KB, TOKEN_RE, Entry, Person, case_ok, load_kb
from peristiwa.model import Actor, Analysis, Article

# How sure each kind of evidence makes us (used for Actor.confidence).
CONF = {
    "name": 0.95, "role+name": 0.95, "role": 0.85, "role-doc": 0.8, "alias": 0.85, "acronym": 0.9,
    "adjective": 0.8, "metonym": 0.7, "sector": 0.85, "surname": 0.85, "surname-kb": 0.6,
    "pronoun": 0.55, "pair": 0.7, "ner": 0.5, "org": 0.9,
}

# a dateline: capitalised place words, an optional "(Agency)", then a dash
_DATELINE = re.compile(r"(?:[A-Z][\w'’.-]*[ ,]*){1,6}(?:\([^()\n]{1,40}\))?\s*[-–—]+\s")
# the place words opening a dateline line ("JAKARTA --", "Denpasar, Bali (ANTARA) -")
_DATELINE_LINE = re.compile(r"(?m)^([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})(?:,[^\n-]{1,40})?(?:\([^()\n]{1,40}\))?\s*[-–—]+\s")
_PIECES_RE = re.compile(r"\s*(?:\w+|[^\w\s])")  # a token with the spaces before it
_SENT_END = re.compile(r"[.!?][\"'”’]?(?=\s|[A-Z]|$)|\n")


class _Tok(NamedTuple):
    text: str
    low: str
    start: int
    end: int


class _Toks:
    """The article's tokens as parallel lists (cheap to build); ``toks[i]`` makes a
    ``_Tok`` on demand for the few places that look at one token closely."""

    __slots__ = ("text", "low", "start", "end")

    def __init__(self, text: str):
        # Every character is a word char, a space or another mark, so the pieces
        # (tokens and space runs) tile the text and offsets are running lengths.
        # All C-level iterators: no per-token Python code.
        pieces = _PIECES_RE.findall(text)
        self.text = list(map(str.lstrip, pieces))
        self.end = list(itertools.accumulate(map(len, pieces)))
        self.start = list(map(operator.sub, self.end, map(len, self.text)))
        self.low = list(map(str.lower, self.text))

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self.text)))]
        return _Tok(self.text[i], self.low[i], self.start[i], self.end[i])


class _Match:
    """A KB surface found at tokens [i, j); ``by`` groups its entries by kind."""

    __slots__ = ("i", "j", "entries", "used", "by")

    def __init__(self, i: int, j: int, entries: list[Entry], by: dict[str, list[Entry]] | None = None):
        self.i, self.j, self.entries, self.used = i, j, entries, False
        if by is None:
            by = _group(entries)
        self.by = by

    def kinds(self, kind: str) -> list[Entry]:
        return self.by.get(kind, _NO_ENTRIES)


_NO_ENTRIES: list[Entry] = []  # shared empty answer of _Match.kinds (never mutated)


def _group(entries: list[Entry]) -> dict[str, list[Entry]]:
    by: dict[str, list[Entry]] = {}
    for e in entries:
        by.setdefault(e.kind, []).append(e)
    return by


# id(trie payload) -> (payload, its entries grouped by kind): most matches keep the
# whole payload, so the grouping is done once per surface, not once per match.
# The payload is kept in the value so the id cannot be reused while cached.
_BY_PAYLOAD: dict[int, tuple[list[Entry], dict[str, list[Entry]]]] = {}


def _grouped(payload: list[Entry]) -> dict[str, list[Entry]]:
    hit = _BY_PAYLOAD.get(id(payload))
    if hit is None or hit[0] is not payload:
        hit = _BY_PAYLOAD[id(payload)] = (payload, _group(payload))
    return hit[1]


@dataclass
class _Doc:
    """Per-article state while linking."""

    text: str
    toks: _Toks
    on: date | None
    kb: KB
    actors: list[Actor] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)
    tok_starts: list[int] = field(default_factory=list)
    sent_start_set: frozenset = frozenset()
    datelines: dict = field(default_factory=dict)  # line start -> end of its dateline (-1: none)
    english: bool = False
    home: str | None = None  # the story's home state (dateline, else the state named most)
    unplaced: list = field(default_factory=list)  # spokespeople named with no body (placed once bodies are known)
    per_at: dict = field(default_factory=dict)  # first token of a model PER entity -> its end token


# --------------------------------------------------------------------------
# entry point


def link(article: Article, analysis: Analysis | None = None, ref_date: date | datetime | str | None = None,
         kb: KB | None = None) -> list[Actor]:
    """All actor mentions in ``article``, in text order.

    ``ref_date`` anchors role resolution ("Presiden AS" -> the holder on that day)
    when the article has no publication date; ``article.published`` wins when set.
    """
    kb = kb or load_kb()
    text = article.text or ""
    toks = _Toks(text)
    doc = _Doc(text, toks, _anchor(article, ref_date), kb)
    doc.english = (article.language or (analysis.language if analysis else None) or "") == "en"
    doc.sent_starts = _sentence_starts(text, analysis)
    doc.tok_starts = toks.start
    doc.sent_start_set = frozenset(doc.sent_starts)
    matches = _scan(doc)
    if analysis is not None:
        for e in analysis.entities:
            if e.label == "PER" and e.end <= len(text):
                k0 = bisect.bisect_left(toks.start, e.start)
                if k0 < len(toks.start) and toks.start[k0] == e.start:
                    k1 = bisect.bisect_left(toks.start, e.end)
                    while k1 > k0 + 1 and not toks.text[k1 - 1][:1].isalnum():
                        k1 -= 1  # "Dong Jun." : not the sentence's full stop
                    doc.per_at[k0] = k1
    _vessels(doc, matches)
    _patterns(doc, matches, article)
    pending = _roles(doc, matches)
    _sector_phrases(doc, matches)
    _countries_orgs(doc, matches)
    for act in doc.unplaced:
        _spoken_for(doc, act)
    _people(doc, matches, final=False)
    _people(doc, matches, final=True)
    _resolve_pending(doc, pending)
    if analysis is not None:  # the model's entities fill in what the KB does not know
        _ner(doc, analysis, [], matches)
    _generic_orgs(doc, matches)
    _ranked_people(doc, matches)
    _stated_nationality(doc)
    _nicknames(doc)
    _same_names(doc)
    _surnames(doc, matches)
    _initials_of_named(doc)
    _definite_bodies(doc)
    _juntas(doc)
    doc.actors.sort(key=lambda a: a.start)
    _pronouns_and_pairs(doc, matches)
    doc.actors.sort(key=lambda a: (a.start, -a.end))
    return doc.actors


def _anchor(article: Article, ref_date) -> date | None:
    for d in (article.published, ref_date):
        if d is None:
            continue
        if isinstance(d, datetime):
            return d.date()
        if isinstance(d, date):
            return d
        if isinstance(d, str):
            try:
                return date.fromisoformat(d[:10])
            except ValueError:
                continue
    return None


def _sentence_starts(text: str, analysis: Analysis | None) -> list[int]:
    if analysis is not None and analysis.sentences:
        return [s.start for s in analysis.sentences]
    starts = [0]
    for m in _SENT_END.finditer(text):
        starts.append(m.end())
    return starts


# --------------------------------------------------------------------------
# 0. the scan


def _scan(doc: _Doc) -> list[_Match]:
    """Longest match at each token; matched tokens are not re-entered."""
    low, texts, trie = doc.toks.low, doc.toks.text, doc.kb.trie
    out: list[_Match] = []
    n = len(low)
    # only tokens that can start a surface (a C-level filter over the whole text)
    starts = itertools.compress(range(n), map(trie.__contains__, low))
    nxt = 0
    for i in starts:
        if i < nxt:
            continue
        node = trie[low[i]]
        best: tuple[int, list[Entry], list[Entry]] | None = None
        j = i
        while node is not None:
            j += 1
            payload = node.get(None)
            if payload:
                if payload[0].case == "any" and len(payload) == 1:
                    ok = payload
                else:
                    surf = texts[i:j]
                    ok = [e for e in payload if case_ok(e, surf)]
                    if len(ok) == len(payload):
                        ok = payload  # every entry fits: the payload itself, whose grouping is cached
                if ok:
                    best = (j, ok, payload)
            if j >= n:
                break
            node = node.get(low[j])
        if best is None:
            continue
        out.append(_Match(i, best[0], best[1], _grouped(best[1]) if best[1] is best[2] else None))
        nxt = best[0]
    return out


def _span(doc: _Doc, i: int, j: int) -> tuple[int, int, str]:
    s, e = doc.toks.start[i], doc.toks.end[j - 1]
    return s, e, doc.text[s:e]


def _prev_words(doc: _Doc, i: int, k: int = 2) -> list[tuple[str, ...]]:
    """The 1..k lowercase words right before token i (same line)."""
    out = []
    for n in range(1, k + 1):
        if i - n < 0:
            break
        if "\n" in doc.text[doc.toks.start[i - n] : doc.toks.start[i]]:
            break
        out.append(tuple(doc.toks.low[i - n : i]))
    return out


def _skip_paren(doc: _Doc, j: int) -> int:
    """Skip a short parenthetical "(Menlu)" / "(AL)" at token j."""
    toks = doc.toks
    if j < len(toks) and toks.text[j] == "(":
        for k in range(j + 1, min(j + 6, len(toks))):
            if toks.text[k] == ")":
                return k + 1
    return j


def _match_at(matches_by_i: dict[int, _Match], j: int) -> _Match | None:
    m = matches_by_i.get(j)
    return m if m is not None and not m.used else None


def _vessels(doc: _Doc, matches: list[_Match]) -> None:
    """"KRI Bung Tomo", "USS Ronald Reagan": a state's warship (its navy acts through it).
    The words of the ship's name are no person ("Bung Tomo")."""
    prefixes = doc.kb.cues.get("vessel_prefixes") or {}
    if not prefixes:
        return
    toks, stop = doc.toks, doc.kb.cues["name_stopwords"]
    for i in itertools.compress(range(len(toks)), map(prefixes.__contains__, toks.text)):
        j = i + 1
        while j < len(toks) and j - i <= 4 and doc.text[toks.end[j - 1] : toks.start[j]] in (" ", "-") \
                and (toks.text[j][:1].isupper() or toks.text[j].isdigit()) and (toks.low[j],) not in stop:
            j += 1
        if j == i + 1:
            continue
        country, sector = prefixes[toks.text[i]]
        s, e, text = _span(doc, i, j)
        doc.actors.append(Actor(text=text, start=s, end=e, name=text, country=country, sector=sector, type="org",
                                how="name", confidence=CONF["sector"]))
        _consume(matches, i, j)


def _patterns(doc: _Doc, matches: list[_Match], article: Article) -> None:
    """Institutions by type + place, unnamed bodies, people named by initials, crowds
    (``patterns.yaml``); their spans claim the KB matches inside them."""
    spans = [(m.i, m.j, frozenset(m.by)) for m in matches if not m.used]
    home = doc.home = _home(doc, matches, article)
    for f in patterns.find(doc.text, doc.toks, doc.kb, spans, home, lambda k: _sentence_start(doc, k)):
        cut = next((t for t in range(f.i + 2, f.j) if t in doc.per_at and doc.per_at[t] == f.j), None) \
            if f.actor.type == "org" and doc.per_at else None
        if cut is not None:  # "Kantor Imigrasi Ngurah Rai Ridha Sah Putra": the place ends where a name begins
            f.j = cut
            f.actor.end = doc.toks.end[cut - 1]
            f.actor.text = doc.text[f.actor.start : f.actor.end]
            if f.actor.name:
                f.actor.name = f.actor.text
        if f.actor.how == "np" and not f.stated:  # a crowd or an unnamed body belongs where it is: "... di Jakarta"
            f.actor.country = _local_country(doc, f.j) or f.actor.country
        doc.actors.append(f.actor)
        _consume(matches, f.i, f.j)


def _local_country(doc: _Doc, j: int) -> str | None:
    """The state of the first place named by "di/ke <Place>" after token j in its sentence:
    an Indonesian province/regency/city, else a country or its capital."""
    toks = doc.toks
    k = bisect.bisect_right(doc.sent_starts, toks.start[j - 1]) if j > 0 else 0
    end = doc.sent_starts[k] if k < len(doc.sent_starts) else len(doc.text)
    places, abroad = patterns.indonesian_places(), patterns.world_places()
    for i in range(j, len(toks) - 1):
        if toks.start[i] >= end:
            break
        if toks.low[i] not in ("di", "ke", "in", "outside", "near") or not toks.text[i + 1][:1].isupper():
            continue
        for n in (3, 2, 1):
            if tuple(toks.low[i + 1 : i + 1 + n]) in places:
                return "IDN"
            ids = {e.id for e in doc.kb.lookup(" ".join(toks.text[i + 1 : i + 1 + n])) if e.kind == "country"}
            if len(ids) == 1:
                return ids.pop()
            if tuple(toks.low[i + 1 : i + 1 + n]) in abroad:  # "di Gaza": a large place abroad
                return abroad[tuple(toks.low[i + 1 : i + 1 + n])]
    return None


def _home(doc: _Doc, matches: list[_Match], article: Article) -> str | None:
    """The story's home state, for bodies named by a common noun ("polisi"): the
    dateline's, else the state named most often, else Indonesia for Indonesian text."""
    dl = article.dateline
    if dl is not None and dl.country_code:
        return dl.country_code
    if dl is not None and dl.place:
        if tuple(TOKEN_RE.findall(dl.place.lower())) in patterns.indonesian_places():
            return "IDN"
        ids = {e.id for e in doc.kb.lookup(dl.place.title()) if e.kind == "country"}  # "SEOUL" -> KOR
        if len(ids) == 1:
            return ids.pop()
    where = _dateline_country(doc, matches)
    if where:
        return where
    places = patterns.indonesian_places()
    for m in itertools.islice(_DATELINE_LINE.finditer(doc.text, 0, 1500), 3):  # "JAKARTA -- ..."
        if tuple(TOKEN_RE.findall(m.group(1).lower())) in places:
            return "IDN"
    counts: dict[str, int] = {}
    for m in matches:
        # acronyms are often initials in such stories ("berinisial AS"); a domestic body counts for its state
        ids = {e.id for e in m.kinds("country") if e.how not in ("metonym", "acronym")} \
            | {doc.kb.orgs[e.id].country for e in m.kinds("org") if doc.kb.orgs[e.id].country}
        if len(ids) == 1:
            cid = ids.pop()
            counts[cid] = counts.get(cid, 0) + 1
    if counts:
        return max(counts, key=counts.get)
    return None if doc.english else "IDN"


# --------------------------------------------------------------------------
# 1. role phrases


@dataclass
class _Pending:
    act: Actor
    org: str | None
    former: bool
    bare: bool
    overlay: bool = False  # its span's matches were left to other mentions; they give way if it is kept


def _roles(doc: _Doc, matches: list[_Match]) -> list[_Pending]:
    """Compose role phrases. Those with a name are resolved now; the others are
    returned to be resolved once every named person in the document is known.
    Matches inside a phrase are marked used only when the phrase is kept."""
    pending: list[_Pending] = []
    by_i = {m.i: m for m in matches}
    by_j = {m.j: m for m in matches}
    kb, toks = doc.kb, doc.toks
    ntok = len(toks.text)  # (a local: len() of _Toks is a Python-level call)
    # institutions found by pattern ("DPRD Klaten", "Polres Metro Jakarta Selatan"), by start offset
    bodies = {a.start: a for a in doc.actors if a.how == "pattern" and a.type == "org" and a.country}
    for m in matches:
        roles = m.kinds("role")
        if m.used or not roles:
            continue
        role = kb.roles[roles[0].id]
        if m.j + 1 < ntok and (toks.low[m.j],) in kb.cues["office_joiners"] and _match_at(by_i, m.j + 1) \
                and _match_at(by_i, m.j + 1).kinds("role"):
            m.used = True  # "Perdana Menteri sekaligus Menteri Luar Negeri Qatar X": one person, named after
            continue
        n_rank = patterns.honorific_len(kb, toks.low, m.i)
        if not doc.english and n_rank >= m.j - m.i and tuple(toks.low[m.i : m.i + n_rank]) in kb.cues["ranks"] \
                and not (role.needs_org and _org_after(doc, m.j, by_i, role.unit_name)):
            continue  # "Mayor Jenderal X", "Mayor Inf X": a rank in Indonesian text, not the English "Mayor"
        prev1 = _prev_words(doc, m.i, 1)
        if any(w in kb.cues["role_blockers"] for w in prev1):
            m.used = True  # "pemilihan presiden Taiwan": an election, not a person
            continue
        start_i, j = m.i, _skip_paren(doc, m.j)
        if j + 2 < ntok and toks.low[j] == "ke" and toks.text[j + 1] == "-" and toks.text[j + 2].isdigit():
            j += 3  # "Presiden ke-7 RI Joko Widodo": the ordinal of the office
        former = any(w in kb.cues["non_incumbent"] for w in prev1)
        country = org = None
        # English order: "Russian Foreign Minister", "China's foreign minister"
        back = m.i - 2 if m.i >= 3 and toks.low[m.i - 1] == "s" and toks.text[m.i - 2] in "'’" else m.i
        pm = by_j.get(back)
        if pm is not None and not pm.used and len({e.id for e in pm.kinds("country")}) == 1 and (
                back != m.i or any(e.how == "adjective" for e in pm.kinds("country"))
                or (doc.english and doc.text[toks.end[pm.j - 1] : toks.start[m.i]] == " ")):
            country, start_i = pm.kinds("country")[0].id, pm.i
        # "Ketua Komisi I DPR": a numbered unit of the body between the office and the body
        if j + 2 < ntok and (toks.low[j],) in kb.cues["sub_units"] and _NUMBERED.fullmatch(toks.text[j + 1]):
            j += 2
        # "dari Rusia", "of China" before the country
        jj = j + 1 if j < ntok and toks.low[j] in ("dari", "of", "asal") else j
        nm = _match_at(by_i, jj)
        led_body = skipped_body = False
        body = bodies.get(toks.start[jj]) if jj < ntok and country is None else None
        if body is not None:
            # "Ketua DPRD Klaten X", "Kasat Reskrim Polres Metro Jakarta Selatan AKP X": an office of
            # an Indonesian institution the KB cannot list; the person serves that body
            j = jj = bisect.bisect_left(toks.start, body.end)
            nm = None
        elif role.unit_after and jj < ntok and country is None and not (nm is not None and nm.kinds("org")):
            # "Kapolda Metro Jaya Irjen X", "Pangdam XVII/Cenderawasih Mayjen TNI X": the office's unit
            # (a place or a numbered command) comes first; a rank or the name's end closes it
            u = patterns.unit_end(doc.text, toks, kb, jj)
            if u is not None:
                j = jj = u
                nm = None
        if nm is not None and not (nm.kinds("country") or nm.kinds("org") or nm.kinds("person")) \
                and any(e.how == "sector" for e in nm.entries) and toks.text[jj].islower() \
                and nm.j < ntok and toks.text[nm.j][:1].isupper() and _match_at(by_i, nm.j) is None:
            # "juru bicara kementerian Majed al-Ansari": an unnamed body between the office and the name
            j = jj = nm.j
            nm, skipped_body = None, True
        elif nm is not None and not (nm.kinds("country") or nm.kinds("org") or nm.kinds("person")) \
                and any(e.how == "sector" for e in nm.entries) and toks.text[jj].islower() and country is None \
                and role.sector_from_org and _match_at(by_i, nm.j) is not None \
                and (_match_at(by_i, nm.j).kinds("org") or _match_at(by_i, nm.j).kinds("country")) \
                and not _match_at(by_i, nm.j).kinds("role") \
                and (_name_run(doc, _match_at(by_i, nm.j).j, by_i) or 0) - _match_at(by_i, nm.j).j >= 2:
            # "Juru bicara pemerintah Taliban Zabihullah Mujahid": the body word, then whose body it is
            # (with no name after it "Juru bicara pemerintah China" stays the state's government)
            nm.used = True
            j = jj = nm.j
            nm = by_i[jj]
        if role.speaks_for and nm is not None and nm.kinds("role") and not nm.kinds("person") \
                and not _principal_named(doc, nm, by_i):
            # "Juru Bicara Menhan, Dahnil ...": the spokesperson of that office; the name is theirs
            inner = kb.roles[nm.kinds("role")[0].id]
            nm.used = True
            j = jj = _skip_paren(doc, nm.j)
            nm = _match_at(by_i, jj)
            if nm is None or not nm.kinds("country"):
                country = country or inner.country
        elif role.unit_before_state and nm is None and body is None and jj < ntok and country is None \
                and _unit_then_state(doc, jj, by_i):
            # "Komandan Komando Indo-Pasifik AS ...": a unit's name, then the state it belongs to
            sm = by_i[_unit_then_state(doc, jj, by_i)]
            country, j = next(iter({e.id for e in sm.kinds("country")})), sm.j
            sm.used = True
        elif nm is None and body is None and jj < ntok and country is None:
            # "Presiden Konfederasi Serikat Pekerja Indonesia (KSPI) Said Iqbal": a body's
            # name and acronym between the office and the name; the person leads that body
            b = _body_name_end(doc, jj)
            if b is not None:
                j, led_body = b, True
        if role.needs_org and nm is None and body is None and jj < ntok and (toks.low[jj],) in kb.cues["unit_words"]:
            # "Kepala Biro Penerangan Masyarakat Polri X", "Anggota biro politik Houthi, X": a unit of a
            # KB body between the office and the body
            k = jj + 1
            while k < ntok and k - jj <= 5 and toks.text[k].isalpha():
                um = _match_at(by_i, k)
                if um is not None and not all(e.kind == "cue" for e in um.entries):
                    break
                k = um.j if um is not None else k + 1  # ("Masyarakat" is a sector cue word)
            um = _match_at(by_i, k)
            if um is not None and um.kinds("org") and not um.kinds("country") and k - jj <= 5:
                j = jj = k
                nm = um
        if role.unit_name and nm is None and body is None and country is None:
            # "Direktur Jenderal Perimbangan Keuangan Kementerian Keuangan X": the unit's name, then its body
            k = _org_after(doc, jj, by_i, True)
            after = _skip_paren(doc, by_i[k].j) if k is not None else None
            if k is not None and k > jj and (_name_run(doc, after, by_i) or _match_at(by_i, after) is not None
                                             and _match_at(by_i, after).kinds("person")):
                j = jj = k  # (only with the name right after the body: "..., Kebudayaan, Riset" is a longer name)
                nm = by_i[k]
        if country is None and nm is None and body is None and jj < ntok:
            # "Menteri Perdagangan Internasional Kanada X": more portfolio words, then the state
            k = jj
            while k < ntok and k - jj < 4 and (toks.low[k],) in kb.cues["portfolio_words"] \
                    and toks.text[k][:1].isupper():
                k += 1
            sm = _match_at(by_i, k) if k > jj else None
            if sm is not None and len({e.id for e in sm.kinds("country")}) == 1 and not sm.kinds("org"):
                j = jj = k
                nm = sm
        if country is None and nm is not None:
            c = {e.id for e in nm.kinds("country")}  # metonyms too: "Juru bicara Kremlin"
            o = {e.id for e in nm.kinds("org")}
            if len(c) == 1 and not o:
                country, j = c.pop(), nm.j
            elif len(o) == 1 and not nm.kinds("role"):
                oid = next(iter(o))
                # "Sekjen PBB", "Juru bicara KPK"; not "Menteri Luar Negeri ASEAN" (a meeting of many)
                if role.scope == "org" or kb.orgs[oid].country or role.sector_from_org \
                        or (role.id, oid) in kb.offices:  # "Kepala diplomat Uni Eropa": the EU's office
                    org, j = oid, nm.j
                    # "Juru bicara Kementerian Luar Negeri China": the state named after a
                    # domestic body's name owns it (and its spokesperson)
                    cm = _match_at(by_i, j)
                    other = {e.id for e in cm.kinds("country") if e.how != "metonym"} if cm is not None else set()
                    if kb.orgs[oid].country and len(other) == 1 and not cm.kinds("org") \
                            and other != {kb.orgs[oid].country}:
                        country, j = other.pop(), cm.j
                    elif kb.orgs[oid].country and other == {kb.orgs[oid].country} and not cm.kinds("org"):
                        j = cm.j  # "Juru bicara Kementerian Luar Negeri RI": its own state, one phrase
        if org is not None and j + 2 < ntok and toks.low[j] == "dari" and toks.low[j + 1] == "fraksi" \
                and _match_at(by_i, j + 2) is not None and _match_at(by_i, j + 2).kinds("org"):
            fm = by_i[j + 2]  # "Anggota Komisi III DPR dari Fraksi Golkar X": the member's faction, then the name
            if _name_run(doc, fm.j, by_i):
                fm.used = True
                j = fm.j
        if org is not None and body is None and j < ntok and toks.start[j] in bodies:
            body = bodies[toks.start[j]]  # "Ketua Fraksi PKS DPRD Jawa Tengah X": the party's faction in that body
            j = bisect.bisect_left(toks.start, body.end)
        if org is not None and org in role.by_org:
            # "Juru bicara Kementerian Luar Negeri (Rusia)": that ministry's dated office, of its state
            role = kb.roles[role.by_org[org]]
            country, org = country or kb.orgs[org].country, None
        if body is not None:
            country = body.country
        if country is None and org is None and role.country_from_name:
            # "Panglima TNI", "juru bicara Kremlin": the office's name says whose it is
            country = role.country_from_name.get(" ".join(toks.low[m.i : m.j]))
        firm_head = jj + 2 < ntok and (toks.low[jj],) in kb.cues["firm_heads"]
        if role.needs_org and org is None and body is None and country is None and nm is None and jj + 2 < ntok \
                and (firm_head or ((toks.low[jj],) in kb.cues["definite_heads"] and toks.text[jj][:1].isupper())) \
                and doc.per_at:
            # "Direktur Utama PT Sriwijaya Mandiri Sumsel Ahmad Syaifudin", "Kepala Badan Gizi Nasional Dadan
            # Hindayana": a firm's or a body's name the KB lacks, then the model's person name ends the phrase;
            # a firm's executive (BUS), a body's head (no state office known)
            firm = _model_name_after(doc, jj + 1 if firm_head else jj, by_i)
            if firm is not None:
                _consume(matches, start_i, firm[1])
                s, e, text = _span(doc, start_i, firm[1])
                doc.actors.append(Actor(text=text, start=s, end=e, role="company_executive" if firm_head else role.id,
                                        sector="BUS" if firm_head else None, type="person", how="role+name",
                                        confidence=CONF["role+name"],
                                        name=doc.text[toks.start[firm[0]] : toks.end[firm[1] - 1]]))
                continue
        if role.needs_org and org is None and body is None:
            # "Ketua DPP Djarot Saiful Hidayat": the head of a body the KB lacks, named by its
            # acronym, then a name of two or more words: that body's leader (no state office)
            if not (country is None and nm is None and jj + 2 < ntok and _ACRONYM.fullmatch(toks.text[jj])
                    and doc.text[toks.end[jj - 1] : toks.start[jj]] == " "
                    and (toks.low[jj],) not in kb.cues["non_name_words"]):  # "Direktur Utama PT X": a firm
                continue
            run = _name_run(doc, jj + 1, by_i)
            if run is None or run - (jj + 1) < 2 or _match_at(by_i, jj + 1) is not None:
                continue
            j, led_body = jj + 1, True
        j = _skip_paren(doc, j)
        if j + 1 < ntok and toks.low[j] in ("untuk", "to", "for") and _match_at(by_i, j + 1) is not None:
            um = by_i[j + 1]
            if um.kinds("country") or um.kinds("org"):
                j = um.j
        if (country or org) and j + 3 < ntok and toks.low[j] in ("untuk", "for") and toks.text[j + 1][:1].isupper():
            # "Utusan Khusus AS untuk Timur Tengah Steve Witkoff": a region's words, then a name of 2+ words
            for n in (3, 2, 1):
                run = _name_run(doc, j + 1 + n, by_i) if j + 1 + n < ntok else None
                region = tuple(toks.low[j + 1 : j + 1 + n])
                if run is not None and run - (j + 1 + n) >= 2 \
                        and (doc.per_at.get(j + 1 + n) is not None or region in kb.cues["place_names"]
                             or region in patterns.world_places()) \
                        and all(toks.text[x][:1].isupper() and toks.text[x].isalpha() for x in range(j + 1, j + 1 + n)):
                    j += 1 + n
                    break
        if (role.posted and (country or org)) or (org is not None and kb.orgs[org].country is None):
            j = _skip_post_city(doc, j, by_i)  # "Konsul Jenderal RI di Jeddah X", "Kepala Perwakilan UNICEF di Indonesia X"
        foreign_region = False
        if role.subnational and country is None and org is None:
            fr = _foreign_region(doc, j)
            if fr is not None:
                # "Gubernur Negara Bagian New South Wales Margaret Beazley": a region abroad, then the name
                j, country, foreign_region = fr[0], fr[1], True
        if role.subnational and country is None and not foreign_region:
            j0, j = j, _skip_region(doc, j)
            if j > j0 and _indonesian_place(doc, j0, j):
                country = "IDN"  # "Gubernur Bali", "Wali Kota Makassar": an Indonesian region's office
            elif j > j0:
                # "Wali Kota Kharkiv Ihor Terekhov", "Gubernur Samara X": a known place abroad is that state's
                k0 = j0 + 1 if toks.low[j0] in ("provinsi", "kabupaten", "kota") else j0
                country = patterns.world_places().get(tuple(toks.low[k0:j]))
        if not role.resolve and country is None and org is None:
            # "Menteri Pendayagunaan Aparatur Negara ... Yuddy Chrisnandi": skip the portfolio
            pw = kb.cues["portfolio_words"]
            while j < ntok and (toks.low[j],) in pw and (toks.text[j][:1].isupper() or toks.low[j] == "dan"):
                j += 1
        # the name: a KB person, else a capitalised word sequence (an unknown person)
        k = j + 1 if j < ntok and toks.text[j] == "," else j
        pm0 = _match_at(by_i, k)
        k_title = k
        if pm0 is None or not pm0.kinds("person"):  # "Ayatollah Ali Khamenei" may be a KB alias itself
            k = _skip_honorifics(doc, k)
        ranked = k > k_title  # a title or rank before the name: a name surely follows
        person_m = _match_at(by_i, k)
        person_ids = [e.id for e in person_m.kinds("person")] if person_m else []
        run_end = _name_run(doc, k, by_i)
        if not person_ids and doc.per_at:
            per = _model_name_after(doc, k, by_i)
            if per is not None:  # "Utusan Khusus Presiden Bidang Kerja Sama Timur Tengah Ahmad Fauzan"
                k, run_end = per
        if person_ids and not person_m.kinds("role") and not (run_end and run_end > person_m.j):
            name_end = person_m.j
        else:
            # "Perdana Menteri Lebanon Najib Mikati": a one-word KB alias inside a longer unknown name
            name_end, person_ids = run_end, []
            if not role.resolve and toks.text[m.i][:1].islower() and not (skipped_body and run_end - k >= 2) \
                    and not (country and run_end and run_end - k >= 2) \
                    and not (ranked and run_end) \
                    and not (role.speaks_for and run_end and run_end - k >= 2 and _after_speech_verb(doc, m.i)):
                # ("penasihat Kremlin Vladimir Medinsky", "kapolda Bali Irjen X", "kata juru bicara Lin Jian")
                name_end = None  # "menteri Kabinet Merah Putih": a common noun, not a title before a name
        if role.needs_name and name_end is None and role.needs_org and org is not None and not former \
                and not (m.i > 0 and toks.text[m.i - 1][:1].isupper() and not _sentence_start(doc, m.i)):
            # "Ketua MA", "Ketum Golkar" with no name: that body's head, only if the document names him
            # (else "Ketua Badan Legislasi DPR" leaves "DPR" to be the body's mention)
            s, e, text = _span(doc, start_i, j)
            act = Actor(text=text, start=s, end=e, role=role.id, type="person", how="role", org=org,
                        country=country or kb.orgs[org].country, sector=kb.orgs[org].sector)
            pending.append(_Pending(act, org, former, bare=True, overlay=True))
            continue
        if role.needs_name and (
            name_end is None
            # "Deklarasi Pemimpin Bali": a generic role word inside a capitalised name
            or (m.i > 0 and toks.text[m.i - 1][:1].isupper() and not _sentence_start(doc, m.i)
                and (toks.low[m.i - 1],) not in kb.cues["name_stopwords"] and toks.low[m.i - 1] != "wakil")
            or (not person_ids and name_end - k < 2
                and not ((org or body or country or role.country) and _lone_name(doc, k, name_end)))
        ):
            continue
        if name_end is None and role.subnational and toks.text[m.i][:1].islower() and j == _skip_paren(doc, m.j):
            continue  # "minta bupati tertibkan ...": the regents in general, not one named later
        if name_end is None:
            nxt = _match_at(by_i, j)
            if org is None and country is None and (
                    role.scope == "org" or (nxt is not None and (nxt.kinds("country") or nxt.kinds("org")))):
                continue
        end_i = name_end if name_end is not None else j
        _consume(matches, start_i, end_i)
        s, e, text = _span(doc, start_i, end_i)
        act = Actor(text=text, start=s, end=e, role=role.id, sector=role.sector, type="person",
                    country=country or role.country, how="role")
        if org:
            act.country = country or kb.orgs[org].country
            if role.sector_from_org or (role.scope == "org" and kb.orgs[org].country) \
                    or (kb.orgs[org].country is None and kb.orgs[org].sector == "IGO"):
                act.sector = kb.orgs[org].sector  # "Sekjen PDIP" is a party's (PTY), "Sekjen PBB" the UN's
            if country and country != kb.orgs[org].country:
                org = None  # a foreign ministry: its holders are not the domestic body's
            act.org = org  # "Sekjen PBB": acts for the UN
        if body is not None:
            if role.sector_from_org or role.needs_org or role.scope == "org":
                act.sector = body.sector  # "Ketua DPRD X" LEG, "Kepala Kejaksaan Tinggi X" JUD
            doc.actors.remove(body)  # one role phrase, one mention ("Menlu China Qin Gang")
            bodies.pop(body.start)
        if led_body:  # the leader of a non-state body: no state office, no state sector
            if name_end is None:
                continue
            act.role = act.sector = None
        if name_end is None:
            # a bare role ("Presiden") is kept only if the document names its holder
            pending.append(_Pending(act, org, former, bare=not (act.country or org)))
            continue
        if role.counterpart:
            _counterpart(doc, act)
        if role.speaks_for and act.country is None and org is None and body is None:
            doc.unplaced.append(act)  # "Kementerian Luar Negeri China mengecam ..., kata juru bicara Lin Jian"
        act.how = "role+name"
        act.confidence = CONF["role+name"]
        if person_ids:
            _choose_person(doc, act, person_ids, role_id=act.role, where=org or act.country, strict=True)
        if act.kb_id is None and not act.ambiguous:
            act.name = doc.text[toks.start[k] : toks.end[name_end - 1]]
        doc.actors.append(act)
    return pending


def _resolve_pending(doc: _Doc, pending: list[_Pending]) -> None:
    for p in pending:
        act = p.act
        if doc.kb.roles[act.role].counterpart:
            _counterpart(doc, act)
        _resolve_role(doc, act, p.org, p.former)
        if p.bare and act.kb_id is None and not act.name:
            continue
        if p.overlay:
            doc.actors[:] = [a for a in doc.actors if not (act.start <= a.start and a.end <= act.end)]
        doc.actors.append(act)


def _consume(matches: list[_Match], i: int, j: int) -> None:
    """Mark every match inside tokens [i, j) as used ("(Menlu)" inside a role phrase)."""
    k = bisect.bisect_left(matches, i, key=lambda m: m.i)
    while k < len(matches) and matches[k].i < j:
        matches[k].used = True
        k += 1


def _principal_named(doc: _Doc, nm: _Match, by_i: dict[int, _Match]) -> bool:
    """ "Juru Bicara Presiden Joko Widodo": the name after the inner office is its holder's."""
    k = _skip_paren(doc, nm.j)
    k = k + 1 if k < len(doc.toks) and doc.toks.text[k] == "," else k
    pm = by_i.get(k)
    if pm is None or not pm.kinds("person"):
        return False
    inner = doc.kb.roles[nm.kinds("role")[0].id]
    office = {inner.id, *inner.lookup}
    return any(t.role in office for e in pm.kinds("person") for t in doc.kb.people[e.id].terms)


def _indonesian_place(doc: _Doc, i: int, j: int) -> bool:
    """Tokens [i, j) name an Indonesian province, regency or city ("Kabupaten Banyuasin")."""
    low = doc.toks.low
    if i < j and low[i] in ("provinsi", "kabupaten", "kota"):
        i += 1
    key = tuple(low[i:j])
    return key in doc.kb.cues["regions"] or key in patterns.indonesian_places()


def _unit_then_state(doc: _Doc, j: int, by_i: dict[int, _Match]) -> int | None:
    """Start of a single state's name right after a unit's name at token j ("Komando
    Indo-Pasifik AS"): the name starts with a body word and runs over capitalised words."""
    toks = doc.toks
    if (toks.low[j],) not in doc.kb.cues["non_name_words"] or not toks.text[j][:1].isupper():
        return None
    k = j + 1
    while k < len(toks) and k - j <= 6:
        m = by_i.get(k)
        if m is not None and not m.used and len({e.id for e in m.kinds("country")}) == 1 and not m.kinds("org"):
            return k
        t = toks.text[k]
        if not (t[:1].isupper() or (t == "-" and doc.text[toks.end[k - 1] : toks.start[k]] == "")):
            return None
        k += 1
    return None


def _model_name_after(doc: _Doc, k: int, by_i: dict[int, _Match]) -> tuple[int, int] | None:
    """A model person name starting after up to six capitalised words of a unit or portfolio at token k
    (same line, no KB body or state between): the words before it belong to the office."""
    toks = doc.toks
    t = k
    while t < len(toks.text) and t - k <= 6:
        if t > k and t in doc.per_at and doc.per_at[t] > t:
            s, e = toks.start[k], toks.start[t]
            if any(a.start < e and s < a.end for a in doc.actors):
                return None  # a body found by pattern stands between ("Partai Progresif Demokratik")
            cues = doc.kb.cues
            if t - k < 2 and not any((w,) in cues["portfolio_words"] or (w,) in cues["non_name_words"]
                                     or (w,) in cues["place_names"] for w in toks.low[k:t]):
                return None  # "Sanjay [Kumar Verma]", "Mullah [Mohammad Yaqoob]": the model cut a name short
            return t, doc.per_at[t]
        if not (toks.text[t][:1].isupper() and toks.text[t].isalpha()) \
                or (t > k and "\n" in doc.text[toks.end[t - 1] : toks.start[t]]):
            return None
        um = by_i.get(t)  # (used or not: "Partai Komunis Vietnam" is a body's name, no unit of the office)
        if um is not None and not all(e.kind == "cue" for e in um.entries):
            return None
        t += 1
    return None


def _after_speech_verb(doc: _Doc, i: int) -> bool:
    """Token i follows a speech verb ("kata juru bicara X", "ujar Jubir X")."""
    return i > 0 and (doc.toks.low[i - 1],) in doc.kb.cues["speech_verbs"]


def _spoken_for(doc: _Doc, act: Actor) -> None:
    """A spokesperson named with no body speaks for the state body named last in this or the previous
    sentence ("Kementerian Luar Negeri China mengecam ... , kata juru bicara Lin Jian")."""
    k = _sentence_of(doc, act.start)
    lo = doc.sent_starts[k - 1] if k > 0 else 0
    for a in sorted(doc.actors, key=lambda x: x.start, reverse=True):
        if a.start < lo or a.start >= act.start:
            continue
        if (a.type == "country" and a.how == "sector" and a.sector == "GOV") \
                or (a.type == "org" and a.country and a.how in ("name", "pattern") and a.sector in ("GOV", "COP", "JUD")):
            act.country = a.country
            return


def _org_after(doc: _Doc, j: int, by_i: dict[int, _Match], unit: bool) -> int | None:
    """Token of a KB organisation at j, or (``unit``) after up to five capitalised words of a
    unit's name ("Perimbangan Keuangan Kementerian Keuangan"); None if there is none."""
    toks, k = doc.toks, j
    while unit and k < len(toks) and k - j < 5 and toks.text[k][:1].isupper() and toks.text[k].isalpha() \
            and "\n" not in doc.text[toks.end[k - 1] : toks.start[k]]:
        um = _match_at(by_i, k)
        if um is not None and not all(e.kind == "cue" for e in um.entries):
            break
        k = um.j if um is not None else k + 1
    um = _match_at(by_i, k)
    if um is None or not um.kinds("org") or um.kinds("country") or um.kinds("role") or um.kinds("person"):
        return None
    return k


def _skip_post_city(doc: _Doc, j: int, by_i: dict[int, _Match]) -> int:
    """After "Konsul Jenderal RI": "di Jeddah" (the post's city) is skipped when a name follows it."""
    toks = doc.toks
    if j + 2 >= len(toks) or toks.low[j] not in ("di", "in", "at") or not toks.text[j + 1][:1].isupper():
        return j
    cm = _match_at(by_i, j + 1)
    if cm is not None and cm.kinds("country"):
        end = cm.j  # "di Washington", "di Hong Kong": the post's city
    else:
        places, abroad = patterns.indonesian_places(), patterns.world_places()
        end = next((j + 1 + n for n in (3, 2, 1) if tuple(toks.low[j + 1 : j + 1 + n]) in abroad
                    or tuple(toks.low[j + 1 : j + 1 + n]) in places), None)
        if end is None:
            run = _name_run(doc, j + 1, by_i)
            end = j + 2 if run is not None and run - (j + 1) >= 3 else None  # "di Jeddah Yusron B Ambary"
    if end is not None and end + 1 < len(toks) and toks.text[end] == "," and toks.text[end + 1][:1].isupper():
        pass  # "Konsul Jenderal China di Osaka, Xue Jian": the name after a comma
    elif end is None or end >= len(toks) or not toks.text[end][:1].isupper():
        return j
    if cm is not None:
        cm.used = True
    return end


def _body_name_end(doc: _Doc, j: int) -> int | None:
    """End of "<Body Name> (ACR)" at token j when the name starts with a body word
    ("Konfederasi", "Partai", "Serikat" ...) and a short acronym in brackets closes it."""
    toks, body = doc.toks, doc.kb.cues["non_name_words"]
    if (toks.low[j],) not in body or not toks.text[j][:1].isupper():
        return None
    k = j
    while k < len(toks) and k - j < 8 and (toks.text[k][:1].isupper() or toks.low[k] in ("dan", "untuk")):
        k += 1
    if k + 2 < len(toks) and toks.text[k] == "(" and toks.text[k + 2] == ")" and toks.text[k + 1].isupper():
        return k + 3
    return None


def _foreign_region(doc: _Doc, j: int) -> tuple[int, str | None] | None:
    """After a region word of other states ("Negara Bagian", "Prefektur"; linking.yaml
    foreign_region_words) at token j: the end of the region's name and its state if the places
    gazetteer knows it. Of three or more capitalised words the last two are the holder's name."""
    toks = doc.toks
    n = next((n for n in (2, 1) if tuple(toks.low[j : j + n]) in doc.kb.cues["foreign_region_words"]), 0)
    if not n:
        return None
    k0 = run = j + n
    while run < len(toks) and run - k0 < 6 and toks.text[run][:1].isupper() and toks.text[run].isalpha():
        run += 1
    if run == k0:
        return None
    end = run - 2 if run - k0 >= 3 else run
    return end, patterns.world_places().get(tuple(toks.low[k0:end]))


def _skip_region(doc: _Doc, j: int) -> int:
    """Skip the region after "Gubernur"/"Bupati"/"Wali Kota": a known province, else
    the first of three or more capitalised words ("Wali Kota Makassar Munafri Arifuddin")."""
    toks, regions = doc.toks, doc.kb.cues["regions"]
    if j < len(toks) and toks.low[j] in ("provinsi", "kabupaten", "kota"):
        j += 1
    places = patterns.indonesian_places()  # provinces, regencies, cities ("Bupati Banyuasin")
    for n in (4, 3, 2, 1):
        key = tuple(toks.low[j : j + n])
        if j + n <= len(toks) and (key in regions or key in places) and toks.text[j][:1].isupper():
            return j + n
    run = j
    while run < len(toks) and run - j < 4 and toks.text[run][:1].isupper() and toks.text[run].isalpha():
        run += 1
    return j + 1 if run - j >= 3 else j


def _skip_honorifics(doc: _Doc, k: int) -> int:
    """Skip titles and ranks before a name ("Dr", "Irjen Pol", "Laksamana Pertama TNI")."""
    toks = doc.toks
    while k < len(toks) and toks.text[k][:1].isupper():
        n = patterns.honorific_len(doc.kb, toks.low, k)
        if not n:
            return k
        k += n
        if k < len(toks) and toks.text[k] == ".":
            k += 1
    return k


def _ranked_people(doc: _Doc, matches: list[_Match]) -> None:
    """ "Jenderal Abdourahamane Tiani, pemimpin junta", "kata AKBP Sumarni": a rank before a name
    the model missed names an officer (the rank's sector; its state if the rank is Indonesia's own).
    Two or more name words, or one after an Indonesian rank."""
    toks, firsts = doc.toks, doc.kb.cues["rank_firsts"]
    # only capitalised tokens that can start a rank (a C-level filter over the whole text)
    cand = [k for k in itertools.compress(range(len(toks)), map(firsts.__contains__, toks.low))
            if toks.text[k][:1].isupper()]
    if not cand:
        return
    by_i = {m.i: m for m in matches}
    taken = [(a.start, a.end) for a in doc.actors]
    nxt = 0
    for k in cand:
        if k < nxt:
            continue
        nk = _skip_honorifics(doc, k)
        rank = _rank_of(doc, k, nk) if nk > k else None
        end = _name_run(doc, nk, by_i) if rank is not None and nk < len(toks) else None
        if rank is None or end is None or (end - nk < 2 and rank[1] is None) \
                or (end - nk < 2 and not _lone_name(doc, nk, end)):
            nxt = nk
            continue
        s, e = toks.start[k], toks.end[end - 1]
        if any(a < e and s < b for a, b in taken):
            # the model found the name without its rank: the rank still tells sector and state
            for a in doc.actors:
                if a.start == toks.start[nk] and a.type == "person" and a.how == "ner" and not a.sector:
                    a.sector, a.country = rank[0], a.country or rank[1]
            nxt = end
            continue
        act = Actor(text=doc.text[s:e], start=s, end=e, type="person", how="rank", confidence=CONF["ner"],
                    name=doc.text[toks.start[nk] : e], sector=rank[0], country=rank[1])
        doc.actors.append(act)
        taken.append((s, e))
        nxt = end


def _rank_of(doc: _Doc, k: int, end: int) -> tuple[str, str | None] | None:
    """(sector, state) told by a rank among the titles in tokens [k, end) ("Kombes Pol": COP, IDN)."""
    ranks, toks = doc.kb.cues["ranks"], doc.toks
    while k < end:
        n = patterns.honorific_len(doc.kb, toks.low, k) or 1
        got = ranks.get(tuple(toks.low[k : k + n]))
        if got is not None:
            return got
        k += n
    return None


def _lone_name(doc: _Doc, k: int, end: int) -> bool:
    """A one-word name after an office pinned to a body or state ("Ketua MK Suhartoyo membacakan",
    "Ketua Komisi III DPR Habiburokhman,"): a word of 3+ letters, not all capitals, then a
    lowercase word or punctuation."""
    toks = doc.toks
    if end != k + 1 or end >= len(toks) or len(toks.text[k]) < 3 or toks.text[k].isupper():
        return False
    nxt = toks.text[end]
    return nxt[:1].islower() or (not nxt[:1].isalnum() and nxt not in ("-", "/", "("))


def _name_run(doc: _Doc, k: int, by_i: dict[int, _Match]) -> int | None:
    """End of a run of 1-4 capitalised words at token k that can be a person's name."""
    toks, stop = doc.toks, doc.kb.cues["name_stopwords"]
    ntok = len(toks.text)  # (a local: len() of _Toks is a Python-level call)
    if k == 0 or k >= ntok or "\n" in doc.text[toks.end[k - 1] : toks.start[k]]:
        return None
    if _title_case_line(doc, k):
        return None  # "Menteri Yuddy Ancam PNS": in a Title Case headline every word looks like a name
    j, particles = k, 0
    while j < ntok and j - k - particles < 4:
        t = toks[j]
        if j > k and (t.low,) in doc.kb.cues["name_particles"] and j + 1 < ntok \
                and toks.text[j + 1][:1].isupper() and doc.text[t.end : toks.start[j + 1]] == " ":
            j, particles = j + 1, particles + 1  # "Mohammed bin Abdulrahman Al Thani"
            continue
        # "Kang Kyung-wha", "Majed al-Ansari": a hyphen glued to both sides joins name parts
        if t.text == "-" and j > k and j + 1 < ntok and toks.end[j - 1] == t.start == toks.start[j + 1] - 1 \
                and toks.text[j + 1].isalpha():
            j += 2
            continue
        if not (t.text[:1].isupper() and t.text.isalpha()) or (t.low,) in stop:
            glued = j + 2 < ntok and toks.text[j + 1] == "-" and toks.start[j + 1] == t.end \
                and toks.text[j + 2][:1].isupper()
            if not (t.text.isalpha() and glued):  # "al-" in "al-Ansari", not "baru-baru"
                break
        m = by_i.get(j)
        if m is not None and any(e.kind in ("country", "org", "role", "cue") for e in m.entries):
            break
        if j > k and doc.text[toks.end[j - 1] : t.start] not in (" ",):
            break
        if (t.low,) in doc.kb.cues["non_name_words"] or (t.low,) in doc.kb.cues["regions"] \
                or (t.low,) in doc.kb.cues["place_names"] or (len(t.text) > 1 and t.text.isupper()
                                                              and not _leading_initials(doc, j, k)):
            return None  # "Muda Komite Peralihan Aceh", "Yuddy Ancam PNS": not a person's name
        j += 1
    return j if j > k else None


def _leading_initials(doc: _Doc, j: int, k: int) -> bool:
    """ "SF Hariyanto", "AA Gede Ngurah": two capitals opening a name, then a name word (three are
    more often a body's acronym: "Sekjen KPA Dewi Kartika")."""
    toks = doc.toks
    return j == k and len(toks.text[j]) == 2 and j + 1 < len(toks) and toks.text[j + 1][:1].isupper() \
        and toks.text[j + 1][1:].islower() and toks.text[j + 1].isalpha() \
        and doc.text[toks.end[j] : toks.start[j + 1]] == " "


def _title_case_line(doc: _Doc, k: int) -> bool:
    """Most words of token k's line start with a capital (a Title Case headline)."""
    pos = doc.toks.start[k]
    ls = doc.text.rfind("\n", 0, pos) + 1
    le = doc.text.find("\n", pos)
    line = doc.text[ls : le if le >= 0 else len(doc.text)].rstrip()
    if len(line) > 200 or line[-1:] in ".!?\"”'’" or ". " in line:
        return False  # sentences, not a headline
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)


def _counterpart(doc: _Doc, act: Actor) -> None:
    """"timpalannya dari Rusia": the office of the last resolved person from another country."""
    earlier = sorted((a for a in doc.actors if a.start < act.start), key=lambda a: a.start)
    for prev in reversed(earlier):
        role = doc.kb.roles.get(prev.role or "")
        if prev.type == "person" and role and not role.counterpart and prev.country != act.country:
            act.role = prev.role
            act.sector = prev.sector
            return
    act.role = None


def _resolve_role(doc: _Doc, act: Actor, org: str | None, former: bool) -> None:
    kb = doc.kb
    where = org or act.country
    # 1. the document names this office's holder (nearest earlier mention, else a later one)
    role = kb.roles.get(act.role or "")
    office = {act.role, *(role.lookup if role else ())}
    named = [a for a in doc.actors if a.type == "person" and a.role in office and (a.kb_id or a.name)
             and not a.ambiguous and (where is None or a.country == act.country)]
    if role is not None and (role.subnational or not role.resolve):
        # an office many hold at once: "Gubernur Jawa Timur" is not the governor of Bali named
        # earlier, "juru bicara Densus 88" not KPK's spokesperson: the qualifier must agree
        region = [w for w in TOKEN_RE.findall(act.text)[1:] if (w[:1].isupper() or w.isdigit()) and (w.lower(),) not in
                  doc.kb.cues["name_stopwords"] and w.lower() not in ("kota", "wali", "bicara")]
        short = doc.kb.cues["region_short"]  # "Gubernur Jabar" = "Gubernur Jawa Barat X"
        if act.org is not None:  # "Ketua MA" = "Ketua Mahkamah Agung X": the same body, however written
            named = [a for a in named if a.org == act.org
                     and a.text.lower().startswith("wakil") == act.text.lower().startswith("wakil")]
        else:
            named = [a for a in named if all(w in a.text or (w in short and short[w] in a.text) for w in region)]
        if role.unit_after:  # one role holds several posts: "Kapolres X" is not the Kapolda named
            first = act.text.split(maxsplit=1)[0].lower()
            named = [a for a in named if a.text.split(maxsplit=1)[0].lower() == first]
    if named and not former:
        earlier = [a for a in named if a.start < act.start]
        ref = earlier[-1] if earlier else min(named, key=lambda a: a.start)
        who = {_identity(a) for a in named}
        if len(who) == 1 or earlier:
            act.kb_id, act.name = ref.kb_id, ref.name
            act.org = act.org or ref.org
            if act.country is None:
                act.country = ref.country
            act.how, act.confidence = "role-doc", CONF["role-doc"]
            return
    # 2. the terms of office on the article's date
    if former or role is None or not role.resolve or where is None:
        act.confidence = 0.5
        return
    if doc.on is None:
        # no date: only an office that ever had a single (non-acting) holder is safe
        ever = {pid for rid in (role.lookup or (role.id,)) for t, pid in kb.offices.get((rid, where), ())
                if not t.acting}
        if len(ever) == 1:
            _set_person(doc, act, kb.people[ever.pop()])
            act.confidence = 0.6
        else:
            act.confidence = 0.5
        return
    holders = kb.holders(role.id, where, doc.on)
    if len(holders) == 1:
        _set_person(doc, act, holders[0])
        act.confidence = CONF["role"]
    elif len(holders) > 1:
        act.ambiguous, act.candidates, act.confidence = True, [p.id for p in holders], 0.4
    else:
        act.confidence = 0.5  # outside every known term: unresolved, never a wrong person


def _set_person(doc: _Doc, act: Actor, p: Person) -> None:
    act.kb_id, act.name = p.id, p.name
    if act.country is None and not _igo_official(doc, p):
        act.country = p.country
    elif act.country is None and act.org is None:
        act.org = _igo_of(doc, p)  # "Guterres" acts for the UN


def _igo_of(doc: _Doc, p: Person) -> str | None:
    """The international body an IGO official serves on the article's date (else his last term's)."""
    t = p.term_on(doc.on) if doc.on else None
    t = t or (p.terms[-1] if p.terms else None)
    return t.org if t is not None and t.org in doc.kb.orgs and doc.kb.orgs[t.org].country is None else None


def _igo_official(doc: _Doc, p: Person) -> bool:
    """The person acts for an international body on the article's date (Rafael Grossi for the
    IAEA): no state, not his nationality. Without a date, when every term is with such a body."""
    key = (id(doc.kb), p.id, doc.on)
    got = _IGO_OFFICIAL.get(key)
    if got is not None:
        return got

    def igo(t) -> bool:
        o = doc.kb.orgs.get(t.org or "")
        return o is not None and o.country is None and t.country is None
    t = p.term_on(doc.on) if doc.on else None
    if len(_IGO_OFFICIAL) > 50_000:  # a long batch over many dates: keep the cache small
        _IGO_OFFICIAL.clear()
    got = _IGO_OFFICIAL[key] = igo(t) if t is not None else bool(p.terms) and all(igo(t) for t in p.terms)
    return got


_IGO_OFFICIAL: dict[tuple, bool] = {}  # (kb, person, date) -> acts for an international body


def _choose_person(doc: _Doc, act: Actor, ids: list[str], role_id: str | None = None, where: str | None = None,
                   strict: bool = False):
    """Pick among KB people sharing an alias: the one in office, else the one already in the document.
    ``strict``: the text states the person's state; a KB person of another state with no
    office there is a different person with the same name (left unknown)."""
    kb = doc.kb
    ids = list(dict.fromkeys(ids))
    if strict and where in kb.countries:
        ids = [i for i in ids if kb.people[i].country in (None, where)
               or any(t.country == where for t in kb.people[i].terms)]
        if not ids:
            return
    if len(ids) > 1:
        in_doc = [i for i in ids if any(a.kb_id == i for a in doc.actors)]
        if len(in_doc) == 1:
            ids = in_doc
    if len(ids) > 1 and (role_id or where):
        fits = [i for i in ids if any(
            (role_id is None or t.role == role_id) and (where is None or where in (t.country, t.org))
            and (doc.on is None or t.covers(doc.on)) for t in kb.people[i].terms)]
        if fits:
            ids = fits
    if len(ids) > 1 and where:
        same = [i for i in ids if kb.people[i].country == where]
        if same:
            ids = same
    if len(ids) == 1:
        p = kb.people[ids[0]]
        _set_person(doc, act, p)
        if act.role is None:
            t = p.term_on(doc.on) if doc.on else (p.terms[-1] if len({t.role for t in p.terms}) == 1 else None)
            if t is not None:
                act.role = t.role
                act.sector = kb.roles[t.role].sector
                if act.country is None:
                    act.country = t.country
        if act.sector is None and p.terms:
            act.sector = kb.roles[p.terms[-1].role].sector
        if act.country is None and act.how != "role+name" and _igo_official(doc, p):
            act.sector = "IGO"  # "Ursula von der Leyen" acts for the European Commission
            act.org = act.org or _igo_of(doc, p)
    else:
        act.ambiguous, act.candidates = True, ids
        act.confidence = min(act.confidence, 0.4)


# --------------------------------------------------------------------------
# 2. sector phrases, countries, organisations


def _sector_phrases(doc: _Doc, matches: list[_Match]) -> None:
    """"militer China" / "Angkatan Laut (AL) China" / "pemerintah Rusia": the state with a sector."""
    by_i = {m.i: m for m in matches}
    for m in matches:
        heads = [e for e in m.entries if e.how == "sector"]
        if m.used or not heads:
            continue
        nm = _match_at(by_i, _skip_paren(doc, m.j))
        if nm is None:
            continue
        cs = {e.id for e in nm.kinds("country") if e.how != "metonym"}
        if len(cs) != 1:
            continue
        cid = cs.pop()
        if any(doc.kb.orgs[o.id].country == cid for o in m.kinds("org")):
            continue  # "Kementerian Luar Negeri Indonesia" is the org itself
        _consume(matches, m.i, nm.j)
        s, e, text = _span(doc, m.i, nm.j)
        doc.actors.append(Actor(text=text, start=s, end=e, kb_id=cid, name=doc.kb.countries[cid].name_en,
                                country=cid, sector=heads[0].sector, type="country", how="sector",
                                confidence=CONF["sector"]))
        m.used = nm.used = True


def _after_place(doc: _Doc, i: int, here: set[str] = frozenset()) -> bool:
    """"di Lima, Peru": a country after "<Place>," that follows a locative preposition."""
    toks = doc.toks
    if i < 3 or toks.text[i - 1] != ",":
        return False
    k = i - 2
    while k > 0 and toks.text[k][:1].isupper() and i - k <= 4:
        k -= 1
    if not (k < i - 2 and toks.low[k] in ("di", "in", "ke", "to", "dari", "from")):
        return False
    # "tiba di Tokyo, Korea Utara menembakkan": a place the KB puts in another state ends
    # the clause; the state after the comma starts the next one
    place = doc.text[toks.start[k + 1] : toks.end[i - 2]]
    owners = {e.id for e in doc.kb.lookup(place) if e.kind == "country"}
    return not (owners and here and not owners & here)


def _longer_org_name(doc: _Doc, m: _Match, by_i: dict[int, _Match]) -> bool:
    """ "Dewan Keamanan Nasional Tertinggi": a KB body's name (not an acronym) continued by a
    capitalised word that extends names (linking.yaml org_name_extenders) is another body."""
    toks, j = doc.toks, m.j
    if j >= len(toks) or m.j - m.i < 2 or all(e.how == "acronym" for e in m.kinds("org")):
        return False
    return (toks.low[j],) in doc.kb.cues["org_name_extenders"] and toks.text[j][:1].isupper() \
        and doc.text[toks.end[j - 1] : toks.start[j]] == " " and by_i.get(j) is None


def _is_dateline(doc: _Doc, m: _Match) -> bool:
    """Inside a dateline: "Beijing, China (Xinhua) -", "JAKARTA (ANTARA) -", "Nusa Dua, Bali -"."""
    return _in_dateline(doc, doc.toks.start[m.i])


def _in_dateline(doc: _Doc, pos: int) -> bool:
    line_start = doc.text.rfind("\n", 0, pos) + 1
    if pos - line_start > 60:
        return False
    end = doc.datelines.get(line_start)
    if end is None:
        dm = _DATELINE.match(doc.text, line_start)
        end = doc.datelines[line_start] = dm.end() if dm else -1
    return pos < end


def _countries_orgs(doc: _Doc, matches: list[_Match]) -> None:
    kb = doc.kb
    by_i = {m.i: m for m in matches}
    for m in matches:
        if m.used:
            continue
        by = m.by
        if "cue" in by and any(e.how == "block" for e in m.entries):
            m.used = True
            continue
        cs = by.get("country", _NO_ENTRIES)
        os_ = by.get("org", _NO_ENTRIES)
        if not cs and not os_:
            continue  # (most matches: people, roles, cue words; nothing to do here)
        if m.kinds("person") and len(m.kinds("person")) == 1 and m.j - m.i > 1:
            continue  # a full personal name wins over a place-name reading
        prev = _prev_words(doc, m.i, 2)
        if cs and not os_:
            metonym = all(e.how == "metonym" for e in cs)
            if any(p in kb.cues["country_non_actor_heads"] for p in prev):
                m.used = True
                continue
            if metonym and (any(p in kb.cues["metonym_place_markers"] for p in prev) or _is_dateline(doc, m)):
                m.used = True
                continue
            if metonym and m.i >= 2 and (doc.toks.low[m.i - 1],) in kb.cues["facility_heads"] \
                    and doc.toks.low[m.i - 2] in ("di", "ke", "dari", "in", "at", "to", "from"):
                m.used = True  # "konferensi pers di Istana Malacanang": the building, a place
                continue
            if _is_dateline(doc, m) or _after_place(doc, m.i, {e.id for e in cs}) or _initials(doc, m, prev):
                m.used = True
                continue
            ids = list(dict.fromkeys(e.id for e in cs))
            s, e, text = _span(doc, m.i, m.j)
            how = cs[0].how if cs[0].how in ("metonym", "adjective", "acronym") else "alias"
            act = Actor(text=text, start=s, end=e, type="country", how=how, confidence=CONF[how],
                        sector=cs[0].sector or "GOV")
            if len(ids) == 1:
                act.kb_id = act.country = ids[0]
                act.name = kb.countries[ids[0]].name_en
            else:
                act.ambiguous, act.candidates, act.confidence = True, ids, 0.4
            doc.actors.append(act)
            m.used = True
        elif os_:
            credit = m.i > 0 and doc.toks.text[m.i - 1] == "(" and all(kb.orgs[o.id].sector == "MED" for o in os_)
            place = any(p in kb.cues["country_non_actor_heads"] for p in prev if p != ("di",)) \
                or _in_facility_name(doc, m.i)  # "di WTO" is a forum; "Rutan Gedung Merah Putih KPK" a building
            # "PBB-P2" (a land tax), "BPJS-2": an acronym glued to a numbered code names no body
            end = doc.toks.end[m.j - 1]
            code = _CODE_TAIL.match(doc.text, end) is not None
            if _is_dateline(doc, m) or credit or place or code or _longer_org_name(doc, m, by_i):
                m.used = True  # "(Xinhua/Sun Fei)" photo credit; "Gedung DPR" a building
                nm = _match_at(by_i, m.j + 1) if place and m.j < len(doc.toks) and doc.toks.text[m.j] == "/" else None
                if nm is not None and nm.kinds("org") and doc.toks.start[nm.i] == doc.toks.end[m.j]:
                    nm.used = True  # "Gedung DPR/MPR": one building of both names
                continue
            ids = list(dict.fromkeys(e.id for e in os_))
            s, e, text = _span(doc, m.i, m.j)
            act = Actor(text=text, start=s, end=e, type="org", how="name", confidence=CONF["org"])
            if len(ids) == 1:
                o = kb.orgs[ids[0]]
                act.kb_id, act.name, act.country, act.sector = o.id, o.name_en, o.country, o.sector
                # "Kementerian Luar Negeri China": a domestic body's name qualified by another state
                nm = _match_at(by_i, m.j)
                if o.country and nm is not None:
                    other = {x.id for x in nm.kinds("country") if x.how != "metonym"}
                    if other == {o.country}:
                        s, e, text = _span(doc, m.i, nm.j)
                        act.start, act.end, act.text = s, e, text
                        nm.used = True
                    elif len(other) == 1:
                        cid = other.pop()
                        s, e, text = _span(doc, m.i, nm.j)
                        act = Actor(text=text, start=s, end=e, kb_id=cid, name=kb.countries[cid].name_en,
                                    country=cid, sector=o.sector, type="country", how="sector",
                                    confidence=CONF["sector"])
                        nm.used = True
                elif o.type == "ngo" and nm is not None and _national_branch(doc, m, nm):
                    # "Amnesty International Indonesia": the NGO's branch in that state, one actor
                    cid = next(x.id for x in nm.kinds("country"))
                    s, e, text = _span(doc, m.i, nm.j)
                    act.start, act.end, act.text, act.country = s, e, text, cid
                    nm.used = True
            else:
                act.ambiguous, act.candidates, act.confidence = True, ids, 0.4
            doc.actors.append(act)
            m.used = True


def _national_branch(doc: _Doc, m: _Match, nm: _Match) -> bool:
    """A stateless NGO's name followed, in the same run of words, by one state's
    own name: a national branch ("Amnesty International Indonesia",
    "Greenpeace Indonesia"), not the NGO and the state acting side by side."""
    ids = {x.id for x in nm.kinds("country") if x.how not in ("metonym", "adjective")}
    between = doc.text[doc.toks.end[m.j - 1]:doc.toks.start[nm.i]]
    return len(ids) == 1 and not nm.kinds("org") and between == " " and doc.toks.text[nm.i][:1].isupper()


_CODE_TAIL = re.compile(r"-[A-Za-z]?\d")


def _initials(doc: _Doc, m: _Match, prev: list[tuple[str, ...]]) -> bool:
    """An acronym that is a person's initials: "tersangka AS", "AS (45)" (age in brackets)."""
    if not any(e.how == "acronym" for e in m.kinds("country")):
        return False
    if any(p in doc.kb.cues["initial_heads"] for p in prev[:1]):
        return True
    t = doc.toks.text
    return m.j + 2 < len(t) and t[m.j] == "(" and t[m.j + 1].isdigit() and t[m.j + 2] == ")"


_RUN_BY = re.compile(r",?\s+(?:yang\s+)?(\w+)(?:\s+oleh)?\s+")


def _generic_orgs(doc: _Doc, matches: list[_Match]) -> None:
    """A domestic body named by a name other states share ("Partai Demokrat",
    "Supreme Court") belongs to its home state only if the story shows that state
    (another actor of it). Otherwise it is the dateline's state, else the state of
    most of the story's people; with neither, home is kept at a lower confidence."""
    kb = doc.kb
    gen = [a for a in doc.actors if a.type == "org" and a.kb_id in kb.orgs and kb.orgs[a.kb_id].generic
           and kb.orgs[a.kb_id].country and a.how == "name"
           # the bare shared name only: not "DPR", not "Kementerian Luar Negeri RI"
           and any(e.id == a.kb_id and e.how == "name" for e in kb.lookup(a.text))]
    if not gen:
        return
    gen_ids = {id(a) for a in gen}
    others = [a for a in doc.actors if id(a) not in gen_ids and a.country]
    by_start = {o.start: o for o in others}
    for a in gen:
        home = kb.orgs[a.kb_id].country
        rm = _RUN_BY.match(doc.text, a.end)
        ruler = by_start.get(rm.end()) if rm and (rm.group(1).lower(),) in kb.cues["run_by_verbs"] else None
        if ruler is not None and ruler.country != home:
            # "Kementerian Kesehatan yang dikelola Hamas": the ministry of whoever runs it
            a.kb_id, a.name, a.country, a.confidence = None, a.text, ruler.country, 0.6
            continue
        if any(o.country == home for o in others):
            continue
        where = _dateline_country(doc, matches)
        if where == home:
            continue
        if where is None:
            people = [o.country for o in others if o.type == "person" and o.kb_id]
            where = max(set(people), key=people.count) if people else None
        if where is None or where == home:
            a.confidence = 0.6
            continue
        a.kb_id, a.name, a.country, a.confidence = None, a.text, where, 0.6


def _dateline_country(doc: _Doc, matches: list[_Match]) -> str | None:
    """The single state named in the first dateline ("SEOUL, CNN Indonesia --" -> KOR)."""
    for m in matches:
        if doc.toks.start[m.i] > 1500:
            break
        ids = {e.id for e in m.kinds("country")}
        if len(ids) == 1 and not m.kinds("org") and _is_dateline(doc, m):
            return ids.pop()
    return None


# --------------------------------------------------------------------------
# 3. people by name, NER


def _people(doc: _Doc, matches: list[_Match], final: bool) -> None:
    """KB people by name. Multi-word names first; one-word aliases ("Putin") on the
    final pass, after the whole document's people are known."""
    seen = {a.kb_id for a in doc.actors if a.kb_id}
    for m in matches:
        ps = m.by.get("person")
        if m.used or not ps:
            continue
        single = m.j - m.i == 1
        if single != final:
            continue
        s, e, text = _span(doc, m.i, m.j)
        act = Actor(text=text, start=s, end=e, type="person", how="name" if not single else "surname",
                    confidence=CONF["name"] if not single else CONF["surname-kb"])
        ids = list(dict.fromkeys(x.id for x in ps))
        in_doc = [i for i in ids if i in seen]
        if single and in_doc:
            ids = in_doc
            act.confidence = CONF["surname"]
        elif single and _in_longer_name(doc, m.i):
            continue  # "Jawa Timur", "Rizal Fahmi": part of another proper name
        if single and _in_place_name(doc, m.i):
            continue  # "The Hague", "Bandara Soekarno-Hatta": a place named after someone
        if single and not in_doc and _defined_acronym(doc, m.i):
            continue  # "Museum of Modern Art (MAM)": the acronym of the name before it, not Alliot-Marie
        _choose_person(doc, act, ids)
        doc.actors.append(act)
        m.used = True


def _listed_place(doc: _Doc, k: int) -> bool:
    """Token k stands in a list of names that a place word opens ("provinsi Saada, Al Bayda, dan
    Radaa", "dekat Pahalgam, Kashmir"; linking.yaml country_non_actor_heads, metonym_place_markers)
    or that holds a known place ("fasilitas nuklir Fordow, Natanz, dan Isfahan")."""
    toks, cues = doc.toks, doc.kb.cues
    places, world = patterns.indonesian_places(), patterns.world_places()

    def known(x: int) -> bool:
        return toks.text[x][:1].isupper() and ((toks.low[x],) in world or (toks.low[x],) in places)

    x, listed, opened = k - 1, False, False
    while x >= 0 and k - x <= 10:
        t = toks.text[x]
        if t == "," or toks.low[x] in ("dan", "serta"):
            listed = True
        elif not t[:1].isupper():
            opened = (toks.low[x],) in cues["country_non_actor_heads"] or (toks.low[x],) in cues["metonym_place_markers"]
            break
        x -= 1
    if listed and opened:
        return True
    if opened and x == k - 1:  # the list's first name, right after its place word ("provinsi Saada, Al Bayda")
        y = k + 1
        while y < len(toks) and y - k <= 4 and toks.text[y][:1].isupper():
            y += 1
        if y < len(toks) and (toks.text[y] == "," or toks.low[y] in ("dan", "serta")):
            return True
    y = k + 1  # the rest of the list (not what came before: "Di Surabaya, Eri Cahyadi mengatakan")
    while y < len(toks) and y - k <= 10:
        t = toks.text[y]
        if t == "," or toks.low[y] in ("dan", "serta"):
            listed = True
        elif not t[:1].isupper():
            return False
        elif listed and known(y):
            return True
        y += 1
    return False


def _defined_acronym(doc: _Doc, i: int) -> bool:
    """Token i is an all-capitals word in brackets right after a capitalised word: it defines
    the acronym of the name before it."""
    toks = doc.toks
    return toks.text[i].isupper() and len(toks.text[i]) > 1 and 1 < i and i + 1 < len(toks) \
        and toks.text[i - 1] == "(" and toks.text[i + 1] == ")" and toks.text[i - 2][:1].isupper()


def _facility(doc: _Doc, k: int, ent) -> bool:
    """A model entity that names a facility: one right after a facility word ("Bandara
    Internasional <Name>", "Rumah Tahanan <Name>"), one starting with a facility word, or a
    person whose name starts with a body word ("Mapolda Metro Jaya")."""
    fac, toks = doc.kb.cues.get("facility_heads", frozenset()), doc.toks
    words = TOKEN_RE.findall(ent.text)
    if not words:
        return False
    # "Pangkalan Udara (Lanud) Halim ...": the facility word stands before a bracketed short form
    ks = [k]
    if k >= 3 and toks.text[k - 1] == ")" and toks.text[k - 3] == "(":
        ks.append(k - 3)
    for n in (3, 2, 1):
        if tuple(w.lower() for w in words[:n]) in fac and len(words) > n:
            return True
        for kk in ks:
            if kk - n >= 0 and tuple(toks.low[kk - n : kk]) in fac and "\n" not in doc.text[toks.start[kk - n] : ent.start]:
                return True
    low = [w.lower() for w in words]
    if all((w,) in doc.kb.cues["honorifics"] for w in low):
        return True  # a bare rank ("AKBP") is nobody
    if tuple(low) in doc.kb.cues["regions"] or tuple(low) in patterns.indonesian_places():
        return True  # "NTB", "Kabupaten Sumbawa": a place
    if any(tuple(low[:n]) in doc.kb.cues.get("event_names", ()) for n in (1, 2, 3)):
        return True  # "KTT", "KTT G20": a gathering
    if ent.label != "PER":
        return False
    # no person's name holds a body or facility word: "Endokrin Fakultas Kedokteran Universitas ...",
    # "Mapolda Metro Jaya"
    if any((w,) in doc.kb.cues["non_name_words"] for w in low):
        return True
    return any(tuple(low[x : x + n]) in fac for n in (1, 2, 3) for x in range(len(low)))


def _in_credit(doc: _Doc, ent) -> bool:
    """Inside a photo credit "(Xinhua/Sun Fei)": a short parenthesis holding a slash."""
    o = doc.text.rfind("(", max(0, ent.start - 40), ent.start)
    c = doc.text.find(")", ent.end, ent.end + 40)
    return o >= 0 and c >= 0 and "/" in doc.text[o:c] and ")" not in doc.text[o:ent.start]


def _in_longer_name(doc: _Doc, i: int) -> bool:
    """Token i sits next to another capitalised word on the same line ("Jawa Timur")."""
    toks, stop = doc.toks, doc.kb.cues["name_stopwords"]
    for k in (i - 1, i + 1):
        if 0 <= k < len(toks):
            a, b = (toks[k], toks[i]) if k < i else (toks[i], toks[k])
            if doc.text[a.end : b.start] == " " and toks.text[k][:1].isupper() and toks.text[k].isalpha() \
                    and (toks.low[k],) not in stop and not (k == i - 1 and _sentence_start(doc, k)):
                return True
    return False


def _in_place_name(doc: _Doc, i: int) -> bool:
    """Token i (a one-word alias or surname) is part of a place's name: glued by a hyphen to
    another capitalised word ("Soekarno-Hatta"), after an article ("The Hague"), or in a run of
    capitalised words that a facility word opens ("Bandara Soekarno-Hatta", "Jl. Sudirman",
    "Stadion Gelora Bung Karno"; linking.yaml facility_heads)."""
    toks, text = doc.toks, doc.text
    fac = doc.kb.cues.get("facility_heads", frozenset())
    n = len(toks.text)
    for a, b, c in ((i - 2, i - 1, i), (i, i + 1, i + 2)):  # "X-Name", "Name-X"
        if 0 <= a and c < n and toks.text[b] == "-" and toks.end[a] == toks.start[b] and toks.end[b] == toks.start[c]:
            other = toks.text[a if c == i else c]
            if other[:1].isupper() and other.isalpha():
                return True
    if i > 0 and toks.low[i - 1] == "the" and text[toks.end[i - 1] : toks.start[i]] == " ":
        return True
    k = i - 1
    while k >= 0 and i - k <= 8:
        gap = text[toks.end[k] : toks.start[k + 1]]
        if "\n" in gap or len(gap) > 1:
            return False
        w = toks.text[k]
        if any(tuple(toks.low[k - x + 1 : k + 1]) in fac for x in (1, 2, 3) if k - x + 1 >= 0):
            return True
        if not (w in ("-", ".") or (w[:1].isupper() and w.isalpha())):
            return False
        k -= 1
    return False


def _in_facility_name(doc: _Doc, i: int) -> bool:
    """Token i ends a run of capitalised words that a facility word opens ("Rutan Gedung Merah Putih KPK",
    "Rumah Sakit Polri"; linking.yaml facility_heads): a building's name, not the body acting."""
    toks, text = doc.toks, doc.text
    fac = doc.kb.cues.get("facility_heads", frozenset())
    k = i - 1
    while k >= 0 and i - k <= 6:
        gap = text[toks.end[k] : toks.start[k + 1]]
        if "\n" in gap or len(gap) != 1:
            return False
        w = toks.text[k]
        if not (w[:1].isupper() and w.isalpha()):
            return False
        if any(tuple(toks.low[k : k + x]) in fac for x in (1, 2, 3)):
            return True
        k -= 1
    return False


def _sentence_start(doc: _Doc, k: int) -> bool:
    return k == 0 or doc.toks.start[k] in doc.sent_start_set or doc.toks.text[k - 1] in ".!?\"“”'"


def _tail_of_name(doc: _Doc, k: int, end: int, taken: bytearray) -> bool:
    """A one-word PER span right after a capitalised word the model left out, mid-sentence
    ("di Perdana Putra"): a word of a longer name (a place, a building), no person alone."""
    toks = doc.toks
    if k == 0 or toks.end[k] != end or _sentence_start(doc, k - 1) or _sentence_start(doc, k):
        return False
    w = toks.text[k - 1]
    if doc.text[toks.end[k - 1] : toks.start[k]] != " " or not (w[:1].isupper() and w.isalpha()):
        return False
    if any(taken[toks.start[k - 1] : toks.end[k - 1]]) or (w.lower(),) in doc.kb.cues["honorifics"]:
        return False  # "Presiden Budi" (a role found already), "Pak Budi"
    return not doc.kb.lookup(w)


def _ner(doc: _Doc, analysis: Analysis, pending: list[Actor], matches: list[_Match] = ()) -> None:
    """NER PER/ORG spans that no KB mention covers: unknown actors (kb_id None)."""
    ents = [e for e in analysis.entities if e.label in ("PER", "ORG")]
    if not ents:
        return
    taken = bytearray(len(doc.text) + 1)  # 1 = a character inside an actor already found
    for a in doc.actors + pending:
        taken[a.start : a.end] = b"\x01" * (a.end - a.start)
    for m in matches:  # a place the KB knows ("dari Phnom Penh") is no unknown person ("Penh")
        if m.used and (m.kinds("country") or m.kinds("org")):
            s, e = doc.toks.start[m.i], doc.toks.end[m.j - 1]
            taken[s:e] = b"\x01" * (e - s)
    known_words = {w for a in doc.actors if a.type == "person" and a.name and not a.ambiguous
                   for w in TOKEN_RE.findall(a.name) if len(w) > 1 and w[:1].isupper()}
    # a name the text puts somewhere ("di Bucha") is a place wherever it stands ("Pembantaian Bucha")
    # the substring test is a cheap necessary condition: most names never follow "di "
    located = {e.text for e in ents if e.label == "PER"
               and (("di " + e.text) in doc.text or ("Di " + e.text) in doc.text)
               and re.search(r"\b[Dd]i " + re.escape(e.text) + r"\b", doc.text)}
    for ent in ents:
        if ent.end > len(doc.text) or any(taken[ent.start : ent.end]):
            continue
        if ent.label == "PER" and ent.text in located:
            continue
        if ent.label == "PER" and _listed_place(doc, bisect.bisect_left(doc.tok_starts, ent.start)):
            continue  # "provinsi Saada, Al Bayda, dan Radaa": places in a list after a place word
        if ent.label == "PER" and _known_place_after_place(doc, ent):
            continue  # "di perairan Tanjung Rhu, Selangor": the region of the place before the comma
        k = bisect.bisect_left(doc.tok_starts, ent.start)
        if _facility(doc, k, ent):
            continue  # "Bandara Internasional I Gusti Ngurah Rai", "Mapolda Metro Jaya": a place
        if k < len(doc.toks) and _title_case_line(doc, k) or _in_dateline(doc, ent.start) or _in_credit(doc, ent):
            continue  # a Title Case headline (the model tags half its words), a dateline, a photo credit
        if ent.label == "PER" and ent.text in known_words:
            continue  # "kata Mao" after "Mao Ning": the surname pass links it to that person
        if ent.label == "PER" and k < len(doc.toks) and _tail_of_name(doc, k, ent.end, taken):
            continue  # "Perdana Putra": the model tagged the last word of a building's name
        all_hits = doc.kb.lookup(ent.text)
        if any(e.kind in ("country", "role", "cue") for e in all_hits):
            continue  # the KB knows this word better than the model ("China" tagged PER)
        hits = [e for e in all_hits if e.kind in ("person", "org")]
        name, rank, es = ent.text, None, ent.start
        if ent.label == "PER" and k < len(doc.toks):
            kr = _inner_rank(doc, k, ent.end)
            if kr is not None:  # "Cartenz Brigjen Faizal Ramadhani": the model ran a unit's name into the rank
                k, es = kr, doc.toks.start[kr]
                name = doc.text[es : ent.end]
            nk = _skip_honorifics(doc, k)  # "Brigjen Pol Trunoyudo Wisnu Andiko": the rank is no part of the name
            if k < nk < len(doc.toks) and doc.toks.start[nk] < ent.end:
                name, rank = doc.text[doc.toks.start[nk] : ent.end], _rank_of(doc, k, nk)
            elif nk == k:  # "... Cartenz Brigjen Faizal Ramadhani" with the model's span after the rank
                for j in range(max(0, k - 4), k):
                    if doc.toks.text[j][:1].isupper() and _skip_honorifics(doc, j) == k \
                            and not any(taken[doc.toks.start[j] : ent.start]):
                        got = _rank_of(doc, j, k)
                        if got is not None:
                            es, rank = doc.toks.start[j], got
                            break
        act = Actor(text=doc.text[es : ent.end], start=es, end=ent.end, type="person" if ent.label == "PER" else "org",
                    how="ner", confidence=CONF["ner"], name=name)
        if rank is not None:  # "AKBP X" is a police officer of Indonesia, "Letjen TNI X" a TNI general
            act.sector, act.country = rank
        if hits and ent.label == "PER" and all(h.kind == "person" for h in hits):
            _choose_person(doc, act, [h.id for h in hits])
        elif hits and ent.label == "ORG" and len({h.id for h in hits}) == 1 and hits[0].kind == "org":
            o = doc.kb.orgs[hits[0].id]
            act.kb_id, act.name, act.country, act.sector = o.id, o.name_en, o.country, o.sector
        doc.actors.append(act)
        taken[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)


def _known_place_after_place(doc: _Doc, ent) -> bool:
    """A model person that is a gazetteer place written after "di <Place>," ("Tanjung Rhu, Selangor")."""
    k = bisect.bisect_left(doc.tok_starts, ent.start)
    key = tuple(TOKEN_RE.findall(ent.text.lower()))
    if key not in patterns.world_places() and key not in patterns.indonesian_places():
        return False
    toks = doc.toks
    if k < 2 or toks.text[k - 1] != ",":
        return False
    j = k - 2
    while j > 0 and k - j <= 6 and (toks.text[j][:1].isupper() or toks.low[j] in ("perairan", "wilayah", "kawasan",
                                                                               "desa", "kota", "kabupaten")):
        j -= 1
    return toks.low[j] in ("di", "ke", "dari", "dekat", "in", "near", "at")


def _inner_rank(doc: _Doc, k: int, end: int) -> int | None:
    """Token of a rank inside a model's person span after its first word, with a name after it."""
    toks, ranks = doc.toks, doc.kb.cues["ranks"]
    if patterns.honorific_len(doc.kb, toks.low, k):
        return None  # "Mayor Jenderal X": the span opens with its rank (read whole by the caller)
    kk = k + 1
    while kk < len(toks) and toks.start[kk] < end:
        n = patterns.honorific_len(doc.kb, toks.low, kk)
        if n and tuple(toks.low[kk : kk + n]) in ranks and kk + n < len(toks) and toks.start[kk + n] < end \
                and toks.text[kk][:1].isupper():
            return kk
        kk += 1
    return None


# --------------------------------------------------------------------------
# 4. coreference


_ACRONYM = re.compile(r"[A-Z]{2,5}")
_NUMBERED = re.compile(r"[IVX]{1,5}|\d{1,2}")
_NATIONALITY_AFTER = re.compile(r"(?:\s*\(\d{1,3}\))?,?\s+(?:dari|asal|berkewarganegaraan|from)\s+$")


_NATIONALITY_BEFORE = re.compile(r"\b(?:asal|berkewarganegaraan|kewarganegaraan|berpaspor) $", re.IGNORECASE)


def _stated_nationality(doc: _Doc) -> None:
    """An unknown person takes a state only from the phrase that names him: "warga negara
    Iran Reza T." (a CVL sector phrase right before the name), "Reza T. dari/asal Iran" (the
    state right after). A state merely nearby is not his."""
    acts = sorted(doc.actors, key=lambda a: a.start)
    for n, a in enumerate(acts):
        if a.type != "person" or a.kb_id is not None or a.country is not None or not a.name:
            continue
        prev = acts[n - 1] if n else None
        if prev is not None and prev.type == "country" and prev.how == "sector" and prev.sector == "CVL" \
                and doc.text[prev.end : a.start] in (" ", ", "):
            a.country = prev.country
            continue
        if prev is not None and prev.type == "country" and prev.how in ("alias", "adjective") \
                and doc.text[prev.end : a.start] == ", " and _NATIONALITY_BEFORE.search(doc.text, 0, prev.start):
            a.country = prev.country  # "pilot Susi Air asal Selandia Baru, Philip Mark Mehrtens"
            continue
        nxt = acts[n + 1] if n + 1 < len(acts) else None
        if nxt is not None and nxt.type == "country" and nxt.how != "metonym" and nxt.start - a.end <= 40 \
                and _NATIONALITY_AFTER.fullmatch(doc.text[a.end : nxt.start]):
            a.country = nxt.country


def _surnames(doc: _Doc, matches: list[_Match]) -> None:
    """A capitalised word equal to part of a person's name already in the document
    ("Qin" after "Qin Gang"), including unknown people."""
    parts: dict[str, dict[tuple, Actor]] = {}
    for a in doc.actors:
        if a.type != "person" or not (a.name or a.kb_id):
            continue
        key = (a.kb_id, a.name if a.kb_id is None else None)
        words = TOKEN_RE.findall(a.name or "")
        if a.kb_id is None:
            while words and (words[0].lower(),) in doc.kb.cues["honorifics"]:
                words = words[1:]  # "AKBP Ferdiyan Fahmi"
            # an unknown (model or pattern) name lends its first and last word only, and only
            # if it looks like a person's name: not "Humas PT Angkasa I Bandara Internasional"
            while len(words) > 1 and len(words[0]) == 2 and words[0].isupper() and words[0].isalpha():
                words = words[1:]  # "SF Hariyanto": initials are no name part of their own
            if not _plausible_name(doc, words):
                continue
            # a titled name's middle part is a name too ("Wamenlu Arif Havas Oegroseno" ... "Havas")
            words = words if a.how == "role+name" and len(words) == 3 and len(words[1]) > 3 else [words[0], words[-1]]
        for w in words:
            if len(w) > 1 and w[:1].isupper():
                parts.setdefault(w, {})[key] = a
    if not parts:
        return
    spans = sorted(((a.start, a.end, a) for a in doc.actors), key=lambda x: (x[0], x[1]))
    starts = [x[0] for x in spans]
    reach = list(itertools.accumulate((x[1] for x in spans), max))  # furthest end so far
    stop = doc.kb.cues["name_stopwords"]
    toks = doc.toks
    for i in itertools.compress(range(len(toks.text)), map(parts.__contains__, toks.text)):
        word = toks.text[i]
        owners = parts[word]
        if (toks.low[i],) in stop:
            continue
        t_start, t_end = toks.start[i], toks.end[i]
        k = bisect.bisect_right(starts, t_start) - 1
        if k >= 0 and reach[k] > t_start:
            continue  # inside an actor already found
        k = bisect.bisect_right(starts, t_end)
        if _in_place_name(doc, i):
            continue  # "Bandara Soekarno-Hatta" after "Hatta Rajasa": a place
        if _next_to_other_name(doc, i, parts, owners):
            continue  # "Vladimir Medinsky" is not Vladimir Putin
        if k < len(spans) and spans[k][0] - t_end <= 3:
            nxt = spans[k][2]
            if any(_identity(nxt) == _identity(o) for o in owners.values()):
                continue  # "[Vladimir] Putin": one mention, already linked
        act = Actor(text=word, start=t_start, end=t_end, type="person", how="surname", confidence=CONF["surname"])
        if len(owners) > 1:  # two people in the document share the word: flag, don't guess
            act.ambiguous = True
            act.candidates = [a.kb_id or a.name for a in owners.values()]
            act.confidence = 0.4
        else:
            _copy_identity(act, next(iter(owners.values())))
        last = doc.actors[-1] if doc.actors else None
        if last is not None and last.how == "surname" and not act.ambiguous and not last.ambiguous \
                and doc.text[last.end : t_start] == " " and _identity(last) == _identity(act):
            # "Paulus Tannos" in a headline: both words of one name are one mention
            last.end, last.text = t_end, doc.text[last.start : t_end]
            continue
        doc.actors.append(act)


_INITIALS = re.compile(r"[A-Z]{2,4}")
_NICK_RES: dict[int, tuple[KB, re.Pattern]] = {}
_NICK_WORDS = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_BRACKET_NICK = re.compile(r" \(([A-Z]{2,5}|[A-Z][a-z]{2,})\)")


def _same_names(doc: _Doc) -> None:
    """An unknown person written again in full ("Menteri Pertahanan Pakistan Khawaja Asif" ... "Menteri
    Pertahanan Khawaja Asif" ... "Khawaja Asif mengatakan") is the same person: a mention with no state
    takes the state (and, with no office, the office) of the mention that has one."""
    # a one-word model name that is the first or last word of exactly one longer name is that person
    # ("Philip Mark Mehrtens" ... "Mehrtens diserahkan"), not a second person of that name
    full: dict[str, list[Actor]] = {}
    for a in doc.actors:
        if a.type == "person" and a.name and not a.ambiguous and " " in a.name.strip():
            w = TOKEN_RE.findall(a.name)
            for x in {w[0], w[-1]}:
                full.setdefault(x, []).append(a)
    for a in doc.actors:
        if a.type == "person" and a.how == "ner" and a.kb_id is None and a.name and " " not in a.name.strip():
            owners = full.get(a.name.strip(), [])
            if owners and len({_identity(o) for o in owners}) == 1:
                _copy_identity(a, owners[0])
    # a model name that opens exactly one longer name of the document is that person ("Abdul Gani" after
    # "Gubernur Maluku Utara Abdul Gani Kasuba", "Ade Safri" after "... Kombes Ade Safri Simanjuntak")
    longer = [a for a in doc.actors if a.type == "person" and a.name and not a.ambiguous and a.how != "ner"
              and len(a.name.split()) >= 3]
    if longer:
        for a in doc.actors:
            if a.type == "person" and a.how == "ner" and a.kb_id is None and a.name and len(a.name.split()) == 2:
                owners = {_identity(o): o for o in longer if o.name.startswith(a.name + " ")}
                if len(owners) == 1:
                    _copy_identity(a, next(iter(owners.values())))
    placed: dict[str, list[Actor]] = {}
    for a in doc.actors:
        if a.type == "person" and a.kb_id is None and a.name and a.country and not a.ambiguous:
            placed.setdefault(_norm_name(a.name), []).append(a)
    if not placed:
        return
    for a in doc.actors:
        if a.type != "person" or a.kb_id is not None or not a.name or a.country or a.ambiguous:
            continue
        refs = placed.get(_norm_name(a.name))
        if not refs or len({r.country for r in refs}) != 1:
            continue
        ref = refs[0]
        a.country = ref.country
        if a.role is None:
            a.role, a.sector, a.org = ref.role, a.sector or ref.sector, ref.org


def _norm_name(name: str) -> str:
    return " ".join(TOKEN_RE.findall(name.lower()))


def _nick_re(kb: KB) -> re.Pattern:
    """ "[,] alias X", "[,] yang akrab disapa X" right after a name (linking.yaml nickname_cues)."""
    hit = _NICK_RES.get(id(kb))
    if hit is None or hit[0] is not kb:
        cues = sorted((" ".join(c) for c in kb.cues["nickname_cues"]), key=len, reverse=True)
        alt = "|".join(re.escape(c) for c in cues) or "(?!)"
        hit = _NICK_RES[id(kb)] = (kb, re.compile(r"(,?) (?i:" + alt + r") (" + _NICK_WORDS + r")\b"))
    return hit[1]


def _nicknames(doc: _Doc) -> None:
    """A nickname given right after a person's name ("Rudi Hartono alias Acong", "Armuji, yang akrab
    disapa Cak Ji", "Dedi Mulyadi (KDM)") is that person wherever it is written later. Glued to the
    name ("alias X", "(X)") it belongs to the name's mention; after a comma it is a mention of its own."""
    text, kb = doc.text, doc.kb
    if " (" not in text and not any(c[0] in text for c in kb.cues["nickname_cues"]):
        return
    rx = _nick_re(kb)
    found: list[tuple[str, Actor, int, int, bool]] = []  # nickname, person, its span, glued to the name
    for a in doc.actors:
        if a.type != "person" or a.ambiguous or not (a.kb_id or a.name):
            continue
        m = rx.search(text, a.start, a.end) if a.how == "ner" else None
        if m is not None and m.start() > a.start:
            # the model ran the nickname (and more) into the name: "Rudi Hartono alias Acong di Belawan"
            a.name = text[a.start : m.start()]
            a.end, a.text = m.end(2), text[a.start : m.end(2)]
            found.append((m.group(2), a, m.start(2), m.end(2), True))
            continue
        m = rx.match(text, a.end)
        if m is not None:
            nick = m.group(2)
            if not m.group(2)[:1].isupper():
                continue
            found.append((nick, a, m.start(2), m.end(2), not m.group(1)))
            continue
        m = _BRACKET_NICK.match(text, a.end)
        if m is not None:
            found.append((m.group(1), a, m.start(1), m.end(1), True))
    for nick, person, ns, ne, glued in found:
        if any(e.kind in ("country", "org", "role", "person") for e in kb.lookup(nick)) \
                or (nick.lower(),) in kb.cues["name_stopwords"] or (nick.lower(),) in kb.cues["honorifics"]:
            continue  # "(PDIP)", "(AS)": an affiliation or a place; "(SBY)": the KB's own alias already
        here = [x for x in doc.actors if x.start < ne and ns < x.end and x is not person]
        if any(x.start < ns or x.end > ne for x in here):
            continue
        for x in here:
            doc.actors.remove(x)
        if glued:
            person.end = ne + (1 if text[ne : ne + 1] == ")" else 0)
            person.text = text[person.start : person.end]
        for m in re.finditer(r"(?<![\w-])" + re.escape(nick) + r"(?![\w-])", text):
            if ns <= m.start() < ne:
                continue  # the definition itself (a headline may use the nickname before it)
            same = [x for x in doc.actors if x.start < m.end() and m.start() < x.end]
            if any(x.start != m.start() or x.end != m.end() or x.how not in ("ner", "surname", "initials")
                   for x in same):
                continue  # inside another mention
            for x in same:
                doc.actors.remove(x)
            act = Actor(text=nick, start=m.start(), end=m.end(), type="person", how="alias", confidence=CONF["surname"])
            _copy_identity(act, person)
            doc.actors.append(act)


def _initials_of_named(doc: _Doc) -> None:
    """An unknown all-capitals mention ("saudara FB") equal to the initials of exactly one
    person the article names ("Firli Bahuri"), before or after: police and court reports
    write a suspect so. A known acronym already has its KB entry and is left alone."""
    def initials(a: Actor) -> str:  # "saudara DEP" (a pattern mention) is named "DEP"
        return a.name if a.how == "initials" and a.name else a.text

    unknown = [a for a in doc.actors if a.kb_id is None and a.how in ("ner", "initials")
               and _INITIALS.fullmatch(initials(a))]
    if not unknown:
        return
    skip = doc.kb.cues["honorifics"]
    particles = doc.kb.cues.get("name_particles", frozenset())
    wanted = {initials(a) for a in unknown}
    firsts = {w[0] for w in wanted}
    owners: dict[str, dict[tuple, Actor]] = {}
    for a in doc.actors:
        if a.type != "person" or a.members or _INITIALS.fullmatch(a.text):
            continue
        for written in {a.text, a.name or ""}:
            if not any(w[:1] in firsts for w in written.split()):
                continue  # (cheap: no word starts as these initials do)
            words = [w for w in TOKEN_RE.findall(written) if w[:1].isupper() and len(w) > 1]
            while words and (words[0].lower(),) in skip:
                words = words[1:]
            words = [w for w in words if (w.lower(),) not in particles]
            key = "".join(w[0] for w in words)
            if 2 <= len(words) <= 4 and key in wanted:
                owners.setdefault(key, {})[_identity(a)] = a
    for act in unknown:
        found = owners.get(initials(act))
        if found and len(found) == 1:
            _copy_identity(act, next(iter(found.values())))
            act.how = "surname"  # a short form of a name in the text, like a bare surname


def _next_to_other_name(doc: _Doc, i: int, parts: dict, owners: dict) -> bool:
    """Token i is glued to a capitalised word that is no part of the same person's name
    ("Vladimir Medinsky" when only Vladimir Putin is known): part of another name. Not in a
    Title Case headline, where every word is capitalised."""
    toks, stop = doc.toks, doc.kb.cues["name_stopwords"]
    for k in (i - 1, i + 1):
        if not 0 <= k < len(toks):
            continue
        a, b = (k, i) if k < i else (i, k)
        w = toks.text[k]
        if doc.text[toks.end[a] : toks.start[b]] != " " or not (w[:1].isupper() and w.isalpha()) \
                or (toks.low[k],) in stop or (toks.low[k],) in doc.kb.cues["honorifics"]:
            continue
        if k == i - 1 and _sentence_start(doc, k):
            continue
        if parts.get(w, {}).keys() & owners.keys() or doc.kb.lookup(w):
            continue  # "Vladimir Putin" (both his), "Presiden Putin", "Rusia Putin"
        if _title_case_line(doc, i):
            return False
        return True
    return False


def _plausible_name(doc: _Doc, words: list[str]) -> bool:
    cues = doc.kb.cues
    return 1 <= len(words) <= 4 and all(
        w.isalpha() and w[:1].isupper() and not (len(w) > 1 and w.isupper())
        and (w.lower(),) not in cues["non_name_words"] and (w.lower(),) not in cues["regions"]
        and (w.lower(),) not in cues["place_names"]
        and (w.lower(),) not in cues["portfolio_words"] and (w.lower(),) not in cues["honorifics"]
        for w in words
    )


_DEFINITE = re.compile(r" (?:itu|tersebut)\b")
_PLACE_PREP = re.compile(r"\b(?:di|ke|dari) $")
_LAST_WORD = re.compile(r"(\w+)$")


def _definite_bodies(doc: _Doc) -> None:
    """ "Federasi itu", "partai tersebut": the latest organisation named before whose name starts
    with that body word (linking.yaml definite_heads) is meant again."""
    heads = doc.kb.cues["definite_heads"]
    if not heads:
        return
    # a state's body named with its state ("Kementerian Luar Negeri India") counts as that body too
    orgs = sorted((a for a in doc.actors if not a.ambiguous and (a.type == "org" or (
        a.type == "country" and a.how == "sector" and (_first_word(doc, a),) in heads))), key=lambda a: a.start)
    if not orgs:
        return
    taken = [(a.start, a.end) for a in doc.actors]
    for mt in _DEFINITE.finditer(doc.text):  # (cheap: find "itu", then read the word before it)
        wm = _LAST_WORD.search(doc.text, max(0, mt.start() - 20), mt.start())
        if wm is None or (wm.group(1).lower(),) not in heads:
            continue
        w, start, end = wm.group(1).lower(), wm.start(), mt.end()
        if any(s < end and start < e for s, e in taken):
            continue
        if _PLACE_PREP.search(doc.text, max(0, start - 6), start):
            continue  # "jabatan di partai itu": a place in the body, not the body acting
        ref = next((a for a in reversed(orgs) if a.end <= start and _first_word(doc, a) == w), None)
        if ref is None:
            continue
        act = Actor(text=doc.text[start:end], start=start, end=end, type="org", how="definite", confidence=0.7)
        _copy_identity(act, ref)
        act.type, act.role = ("country" if ref.type == "country" else "org"), None
        doc.actors.append(act)


def _juntas(doc: _Doc) -> None:
    """A bare "junta" (an unnamed body given the home state) is the junta named earlier with its state
    ("Junta Myanmar", "militer Niger"), else that of the state the story names most; the dateline's
    state is only where the story was filed."""
    words = doc.kb.cues["junta_words"]
    bare = [a for a in doc.actors if a.how == "np" and a.sector == "MIL"
            and tuple(TOKEN_RE.findall(a.text.lower())) in words]
    if not bare:
        return
    states = sorted((a for a in doc.actors if a.type == "country" and a.kb_id and not a.ambiguous),
                    key=lambda a: a.start)
    counts: dict[str, int] = {}
    for a in states:
        counts[a.kb_id] = counts.get(a.kb_id, 0) + 1
    juntas = [a for a in states if a.sector == "MIL" and (TOKEN_RE.findall(a.text.lower())[:1] == ["junta"]
                                                         or a.text.lower().startswith(("military junta", "the junta")))]
    for j in sorted(bare, key=lambda a: a.start):
        named = [a for a in juntas + [b for b in bare if b.start < j.start] if a.end <= j.start and a.country]
        if named:  # "Junta Niger" ... "junta": that junta ("militer Prancis" in between is France's army)
            j.country = max(named, key=lambda a: a.start).country
        elif counts:
            j.country = max(counts, key=lambda c: (counts[c], -next(a.start for a in states if a.kb_id == c)))
        else:
            j.country = None


def _first_word(doc: _Doc, a: Actor) -> str:
    """First word of an organisation's text, or of its KB name when written as an acronym."""
    first = a.text.split(maxsplit=1)[0].lower()
    if a.kb_id in doc.kb.orgs and a.text.isupper():
        name = doc.kb.orgs[a.kb_id].name_id
        return name.split(maxsplit=1)[0].lower() if name else first
    return first


def _copy_identity(act: Actor, ref: Actor) -> None:
    act.kb_id, act.name, act.country, act.sector, act.role = ref.kb_id, ref.name, ref.country, ref.sector, ref.role
    act.org = ref.org
    act.type = ref.type
    if ref.members:
        act.members = list(ref.members)


def _sentence_of(doc: _Doc, pos: int) -> int:
    return bisect.bisect_right(doc.sent_starts, pos) - 1


def _pronouns_and_pairs(doc: _Doc, matches: list[_Match]) -> None:
    resolved = [a for a in doc.actors]
    new: list[Actor] = []
    for m in matches:
        cues = [e for e in m.kinds("cue") if e.id in ("pronoun", "pair")]
        if m.used or not cues:
            continue
        s, e, text = _span(doc, m.i, m.j)
        before = [a for a in resolved if a.end <= s and not a.ambiguous]
        if cues[0].id == "pronoun":
            ref = _last_subject(doc, before, s)
            if ref is None:
                continue
            act = Actor(text=text, start=s, end=e, how="pronoun", confidence=CONF["pronoun"])
            _copy_identity(act, ref)
        else:
            key = tuple(doc.toks.low[m.i : m.j])
            size = doc.kb.cues["pair_sizes"].get(key, 2)
            members = _pair(doc, before, s, cues[0].how, size, doc.kb.cues["pair_roles"].get(key))
            if members is None:
                continue
            act = Actor(text=text, start=s, end=e, type="group", how="pair", confidence=CONF["pair"],
                        members=members)
            sectors = {x.sector for x in members}
            act.sector = sectors.pop() if len(sectors) == 1 else None
            states = {x.country for x in members}
            act.country = states.pop() if len(states) == 1 else None  # "Keduanya" (two Russians): RUS
        new.append(act)
        m.used = True
    doc.actors.extend(new)


def _last_subject(doc: _Doc, before: list[Actor], pos: int) -> Actor | None:
    """The first person of the latest earlier sentence that mentions a person
    (Indonesian subjects come first: "Qin ... dengan Lavrov. Ia ..." -> Qin)."""
    persons = [a for a in before if a.type == "person" and (a.kb_id or a.name)]
    if not persons:
        return None
    last_sent = _sentence_of(doc, persons[-1].start)
    if last_sent == _sentence_of(doc, pos):
        # same sentence: the latest earlier sentence's subject if any, else the nearest person
        earlier = [a for a in persons if _sentence_of(doc, a.start) < last_sent]
        if not earlier:
            return persons[-1]
        last_sent = _sentence_of(doc, earlier[-1].start)
        persons = earlier
    in_sent = [a for a in persons if _sentence_of(doc, a.start) == last_sent]
    speech = doc.kb.cues["speech_verbs"]
    for a in in_sent:  # "..., kata Qin." names the speaker, the usual subject of what follows
        if any(w in speech for w in _prev_words_at(doc, a.start)):
            return a
    return in_sent[0]


def _prev_words_at(doc: _Doc, pos: int) -> list[tuple[str, ...]]:
    return _prev_words(doc, bisect.bisect_left(doc.tok_starts, pos), 1)


def _identity(a: Actor) -> tuple:
    return (a.kb_id, None if a.kb_id else a.name)


# what separates the items of a list of parties ("Jerman, Prancis, dan Inggris")
LIST_SEPARATORS = frozenset({", ", ", dan ", ", serta ", ", and ", " serta "})


def _pair(doc: _Doc, before: list[Actor], pos: int, kind: str, size: int = 2,
          roles: frozenset[str] | None = None) -> list[Actor] | None:
    """The ``size`` parties in focus before ``pos`` (two for "kedua", three for "ketiga").
    For "pihak": people named in this or the previous paragraph; else (two only) the
    latest coordinated pair ("Israel dan Hamas", "China-Rusia"); else the last distinct states."""
    para_start = doc.text.rfind("\n\n", 0, pos)
    prev_para = doc.text.rfind("\n\n", 0, max(para_start, 0)) if para_start > 0 else -1
    window = max(prev_para, 0)
    if roles:  # "kedua pemimpin": the latest leaders, not the minister who met one at the airport
        people = []
        for a in reversed(before):
            if a.type == "person" and a.role in roles and (a.kb_id or a.name) \
                    and all(_identity(a) != _identity(p) for p in people):
                people.append(a)
            if len(people) == size:
                return _as_members(list(reversed(people)))
    if kind in ("any", "person"):
        people: list[Actor] = []
        for a in reversed(before):
            if a.type == "person" and (a.kb_id or a.name) and (a.start >= window or kind == "person"):
                if all(_identity(a) != _identity(p) for p in people):
                    people.append(a)
            if len(people) == size:
                return _as_members(list(reversed(people)))
        if kind == "person":
            return None

    def party(a: Actor) -> str | None:
        if a.type == "country" or (a.type == "person" and a.country):
            return a.kb_id if a.type == "country" else a.country
        if kind == "any" and a.type == "org" and a.kb_id and doc.kb.orgs[a.kb_id].sector not in ("IGO", "MED"):
            return a.kb_id
        return None

    joiners = doc.kb.cues["pair_joiners"]
    if size == 2:
        for a, b in zip(reversed(before[:-1]), reversed(before[1:])):
            pa, pb = party(a), party(b)
            if pa and pb and pa != pb and doc.text[a.end : b.start] in joiners:
                return [_party_actor(doc, x, pos) for x in (pa, pb)]
    else:  # the latest list of that many parties: "Jerman, Prancis, dan Inggris"
        seps = joiners | LIST_SEPARATORS
        for k in range(len(before) - size, -1, -1):
            run = before[k : k + size]
            ids = [party(a) for a in run]
            if all(ids) and len(set(ids)) == size and all(
                    doc.text[a.end : b.start] in seps for a, b in zip(run, run[1:])):
                return [_party_actor(doc, x, pos) for x in ids]
    found: list[str] = []
    for a in reversed(before):
        c = party(a)
        if c and c not in found:
            found.append(c)
        if len(found) == size:
            return [_party_actor(doc, x, pos) for x in reversed(found)]
    return None


def _party_actor(doc: _Doc, pid: str, pos: int) -> Actor:
    kb = doc.kb
    if pid in kb.countries:
        c = kb.countries[pid]
        return Actor(text=c.name_id, start=pos, end=pos, kb_id=pid, name=c.name_en, country=pid, sector="GOV",
                     type="country", how="pair")
    o = kb.orgs[pid]
    return Actor(text=o.name_id, start=pos, end=pos, kb_id=pid, name=o.name_en, country=o.country, sector=o.sector,
                 type="org", how="pair")


def _as_members(people: list[Actor]) -> list[Actor]:
    out = []
    for p in people:
        m = Actor(text=p.text, start=p.start, end=p.end, how="pair")
        _copy_identity(m, p)
        out.append(m)
    return out
