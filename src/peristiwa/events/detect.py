"""The cheap pass: trigger candidates from one dict lookup per token.

Only sentences with a candidate go on to argument work (arguments.py)."""

from __future__ import annotations

import itertools
import operator
from dataclasses import dataclass

from peristiwa.events import morph
from peristiwa.events.lexicon import GAP, LONG_GAP, MAX_GAP, MAX_LONG_GAP, Entry, Lexicon
from peristiwa.model import Sentence, Token


class _once:
    """A property computed on first read and kept in the instance (a non-data
    descriptor: later reads are plain attribute hits). A trigger's tokens never
    change after it is made (dataclasses.replace makes a new one)."""

    def __init__(self, f):
        self.f, self.name = f, f.__name__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        v = obj.__dict__[self.name] = self.f(obj)
        return v


@dataclass
class Trigger:
    entry: Entry
    sentence: Sentence
    sent_index: int
    first: int  # token index of the first matched token
    last: int  # token index of the last matched token (inclusive)
    passive: bool
    gaps: tuple[tuple[int, int], ...] = ()  # token ranges (inclusive) skipped by a long gap: arguments

    @_once
    def start(self) -> int:
        return self.sentence.tokens[self.first].start

    @_once
    def end(self) -> int:
        return self.sentence.tokens[self.last].end

    @property
    def text(self) -> str:
        s = self.sentence
        return s.text[self.start - s.start : self.end - s.start]


_TEXT = operator.attrgetter("text")
_CLITICS = frozenset({"nya", "lah", "pun", "kah"})
_KEYS: dict[tuple[str, str], tuple[str, ...]] = {}


def word_keys(w: str, lang: str) -> tuple[str, ...]:
    """The forms a lower-cased word can match: its stem/lemmas and itself (cached)."""
    k = _KEYS.get((lang, w))
    if k is None:
        if not w[0].isalnum():
            k = (w,)
        elif lang == "en":
            k = morph.lemmas_en(w)
        elif not morph.may_hold_stem(w):
            k = (w,)  # no lexicon stem inside: skip the (slow) stemmer
        else:
            st = morph.stem_id(w)
            k = (st, w) if st != w else (w,)
        if len(_KEYS) < 500_000:
            _KEYS[(lang, w)] = k
    return k


def _cache_for(lexicon: Lexicon) -> dict[str, tuple[Entry, ...]]:
    # one word -> entries dict per lexicon: a plain string key, no tuple to build per token
    cache = lexicon.__dict__.get("_cands")
    if cache is None:
        cache = lexicon.__dict__["_cands"] = {}
    return cache


def candidates(lexicon: Lexicon, w: str) -> tuple[Entry, ...]:
    """Entries whose first token can match the word ``w`` (cached per lexicon and word)."""
    cache = _cache_for(lexicon)
    c = cache.get(w)
    if c is None:
        pool = list(lexicon.exact_index.get(w, ()))
        for cl in _CLITICS:
            if w.endswith(cl) and len(w) > len(cl) + 2:
                pool.extend(lexicon.exact_index.get(w[: -len(cl)], ()))
        for k in word_keys(w, lexicon.lang):
            pool.extend(lexicon.index.get(k, ()))
        c = tuple(dict.fromkeys(pool))
        if len(cache) < 500_000:
            cache[w] = c
    return c


class _Keys:
    """Per-sentence token analyses, computed lazily once per token."""

    def __init__(self, tokens: list[Token], lang: str):
        self.tokens = tokens
        self.lang = lang
        self.lower = list(map(str.lower, map(_TEXT, tokens)))
        self._keys: list[tuple[str, ...] | None] = [None] * len(tokens)

    def keys(self, i: int) -> tuple[str, ...]:
        k = self._keys[i]
        if k is None:
            k = self._keys[i] = word_keys(self.lower[i], self.lang)
        return k

    def form(self, i: int) -> str:
        w = self.lower[i]
        if self.lang == "en":
            return morph.form_en(w)
        return morph.form_id(w, self.keys(i)[0])

    def matches(self, i: int, alts) -> bool:
        for a in alts:
            if a.exact:
                w = self.lower[i]
                # "=kasih" also matches "kasihnya": clitics do not change the word
                if w == a.word or (w.startswith(a.word) and w[len(a.word):] in _CLITICS):
                    return True
            elif a.word in self.keys(i):
                return True
        return False


def _match_from(keys: _Keys, entry: Entry, i: int, gaps: list | None = None) -> int | None:
    """Index of the last token when ``entry`` matches at token ``i``; the token
    ranges a long gap skipped are appended to ``gaps``."""
    toks = entry.tokens
    # most tries fail on the first token, never a gap (lexicon.py): test it before
    # building the recursion; a one-token entry needs nothing more
    if i >= len(keys.tokens) or not keys.matches(i, toks[0]):
        return None
    if len(toks) == 1:
        return i

    def rec(p: int, j: int) -> int | None:
        if p == len(toks):
            return j - 1
        t = toks[p]
        if t == GAP or t == LONG_GAP:
            for skip in range((MAX_LONG_GAP if t == LONG_GAP else MAX_GAP) + 1):
                k = j + skip
                if k >= len(keys.tokens):
                    return None
                if skip and not keys.lower[k - 1][0].isalnum():
                    return None  # gaps skip words only, never punctuation
                r = rec(p + 1, k)
                if r is not None:
                    if t == LONG_GAP and skip and gaps is not None:
                        gaps.append((j, k - 1))
                    return r
            return None
        if j >= len(keys.tokens) or not keys.matches(j, t):
            return None
        return rec(p + 1, j + 1)

    return rec(1, i + 1)


def _allowed_form(keys: _Keys, entry: Entry, i: int) -> bool:
    if entry.affix is None:
        return True
    f = keys.form(i)
    if keys.lang == "en":
        return f in entry.affix or f == "base"
    return f in entry.affix


def _passive(keys: _Keys, i: int, be_forms: set[str]) -> bool:
    if keys.lang == "en":
        if keys.form(i) != "verb" or keys.lower[i].endswith("ing"):
            return False
        return any(keys.lower[j] in be_forms for j in range(max(0, i - 2), i))
    return keys.form(i) == "di"


def find_triggers(sentences: list[Sentence], lexicon: Lexicon, be_forms: set[str] = frozenset()) -> list[Trigger]:
    found: list[Trigger] = []
    cache = _cache_for(lexicon)
    for si, sent in enumerate(sentences):
        toks = sent.tokens
        if not toks:
            continue
        keys = _Keys(toks, lexicon.lang)
        cands: list[tuple[int, int, int, Entry]] = []
        lower = keys.lower
        firsts = list(map(cache.get, lower))
        # most words start no entry (a cached empty tuple): skipped at C level
        for i in itertools.compress(range(len(lower)), map(operator.is_not, firsts, itertools.repeat(()))):
            w = lower[i]
            first = firsts[i]
            if not w[0].isalnum():
                continue
            for e in first if first is not None else candidates(lexicon, w):
                if not _allowed_form(keys, e, i):
                    continue
                gaps: list = []
                last = _match_from(keys, e, i, gaps)
                if last is not None:
                    cands.append((e.size, i, last, e, tuple(gaps)))
        if not cands:
            continue
        # a long gap holds arguments (a noun phrase), never another trigger: "mengumumkan jam
        # malam setelah demo" is the curfew, not a concession
        if any(c[4] for c in cands):
            starts = {c[1] for c in cands}
            cands = [c for c in cands if not any(a <= s <= b for a, b in c[4] for s in starts)]
        # longest first, then leftmost: keep non-overlapping matches
        cands.sort(key=lambda c: (-c[0], -(c[2] - c[1]), c[1]))
        taken: set[int] = set()
        for _, i, last, e, gaps in cands:
            span = set(range(i, last + 1))
            if span & taken:
                continue
            taken |= span
            passive = _passive(keys, i, be_forms) or (
                # ("a position backed by Malaysia": a reduced relative, no be-form)
                keys.lang == "en" and last + 1 < len(toks) and keys.lower[last + 1] == "by" and i == last
                and keys.form(i) == "verb" and keys.lower[i].endswith("ed"))
            found.append(Trigger(e, sent, si, i, last, passive, gaps))
    found.sort(key=lambda t: t.start)
    return found
