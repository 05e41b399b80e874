"""Morphology for trigger matching: Indonesian stems (Sastrawi + a fix table)
and English lemma candidates (suffix rules + irregular forms). Cached: a news
stream repeats the same few thousand words, so each is analysed once."""

from __future__ import annotations

from functools import cache, lru_cache

import yaml

from peristiwa.events.lexicon import data_dir

_MEN = ("meny", "meng", "mem", "men", "me")


@cache
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@cache
def _fixes() -> dict[str, str]:
    with open(data_dir() / "stem-fixes-id.yaml", encoding="utf-8") as f:
        return {str(k).lower(): str(v).lower() for k, v in (yaml.safe_load(f) or {}).items()}


@cache
def _en_irregular() -> dict[str, str]:
    with open(data_dir() / "en-lemmas.yaml", encoding="utf-8") as f:
        return {str(k).lower(): str(v).lower() for k, v in (yaml.safe_load(f) or {}).items()}


@lru_cache(maxsize=200_000)
def stem_id(word: str) -> str:
    """Sastrawi stem of a lower-cased word, with known stemmer errors fixed."""
    w = word.lower()
    fix = _fixes().get(w)
    if fix is not None:
        return fix
    if not w.isalpha() and "-" not in w:
        return w
    # "-nya"/"-lah" clitics: Sastrawi handles them; hyphenated reduplication
    # ("tiba-tiba") is kept whole so it cannot look like its base
    if "-" in w:
        head, _, tail = w.partition("-")
        if head and tail and head.endswith(tail) or tail == head:
            st = _stemmer().stem(head) or head
            return w if st == head else st  # bare roots doubled ("tiba-tiba") stay whole
        return w
    return _stemmer().stem(w) or w


@lru_cache(maxsize=200_000)
def form_id(word: str, stem: str) -> str:
    """Affix class of an Indonesian surface form: meN, di, ber, ter, noun, base."""
    w = word.lower()
    if w == stem:
        return "base"
    if w.startswith(_MEN) and not stem.startswith("me"):
        return "meN"
    if w.startswith("di") and not stem.startswith("di"):
        return "di"
    if w.startswith(("ber", "be")) and not stem.startswith("be"):
        return "ber"
    if w.startswith("ter") and not stem.startswith("ter"):
        return "ter"
    return "noun"  # pe-, per-, ke-, -an and other nominal forms


def is_passive_id(word: str, stem: str) -> bool:
    return form_id(word, stem) == "di"


@lru_cache(maxsize=200_000)
def lemmas_en(word: str) -> tuple[str, ...]:
    """Candidate lemmas of an English word (the word itself first)."""
    w = word.lower()
    out = [w]
    irr = _en_irregular().get(w)
    if irr:
        out.append(irr)
    n = len(w)
    if n > 3 and w.endswith("ies"):
        out.append(w[:-3] + "y")
    if n > 3 and w.endswith("es"):
        out.append(w[:-2])
    if n > 2 and w.endswith("s") and not w.endswith("ss"):
        out.append(w[:-1])
    if n > 3 and w.endswith("ied"):
        out.append(w[:-3] + "y")
    if n > 3 and w.endswith("ed"):
        stem = w[:-2]
        out += [stem, w[:-1]]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])
    if n > 4 and w.endswith("ing"):
        stem = w[:-3]
        out += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])
    return tuple(dict.fromkeys(out))


def form_en(word: str) -> str:
    w = word.lower()
    if w.endswith(("ed", "ing")) or w in _en_irregular():
        return "verb"
    if w.endswith(("s", "ion", "ment")):
        return "noun"
    return "base"


@cache
def _stem_tails() -> tuple[str, ...]:
    """Every Indonesian lexicon stem minus its first letter (meN-/peN- drop it:
    "tolak" -> "menolak"), shortest unique set."""
    from peristiwa.events.lexicon import load_lexicon

    words = set()
    for e in load_lexicon("id").entries:
        for tok in e.tokens:
            if tok in ("...", "...+"):
                continue
            for alt in tok:
                if not alt.exact:
                    words.add(alt.word)
    return tuple(sorted({w[1:] if len(w) > 3 else w for w in words}))


def may_hold_stem(word: str) -> bool:
    """Cheap test before stemming: could ``word`` be an affixed form of a lexicon stem?"""
    if word in _fixes():
        return True
    return any(t in word for t in _stem_tails())
