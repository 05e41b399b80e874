"""Matching lines against the cue words of ``data/clean/cues.yaml``: boilerplate,
end-of-article and byline cue sets, photo-caption openers and credits, and the
link/social-embed shapes that any position drops."""

from __future__ import annotations

import re
from itertools import repeat

from peristiwa.clean.data import Cues, cues
from peristiwa.clean.line import Line, line_key

_URL = re.compile(r"https?://\S+$")
_SOCIAL = re.compile(r"\(@\w{2,}\)|pic\.twitter\.com/|^— .{0,60}\(@\w+\)|instagram\.com/p/")


def matches_cue(text: str, cs, k: str | None = None, strict: bool = True) -> bool:
    """Does the line match a cue set? ``strict=False`` lets a multi-word prefix
    ("dapatkan update", "ikuti kami") match however long the line is."""
    k = line_key(text) if k is None else k
    if not k:
        return False
    if k in cs.exact:
        return True
    heads = k.split(" ", 4)
    # the longest matching head: "laporan wartawan" says more than "laporan"
    hit = next((n for n in range(min(4, len(heads)), 0, -1) if " ".join(heads[:n]) in cs.prefix), None) \
        if heads[0] in _prefix_firsts(cs) else None
    if hit:
        if hit >= 2 and not strict:
            return True
        # "Laporan: Redaksi", "Baca juga: ...", "Story Code : 123"; but a prose line that
        # happens to begin with the word ("Laporan itu menyebutkan ...") is not a cue.
        head = text.split(":", 1)[0] if ":" in text else text
        return ":" in text or len(head.split()) <= 4
    return any(map(k.__contains__, cs.contains))  # (C-level loop: this runs on most lines)


def is_caption(line: Line, c: Cues | None = None) -> bool:
    c = c or cues()
    k = line.key or line_key(line.text)  # (features() sets key; the same words as line_key)
    heads = _caption_heads(c)
    if ":" in line.text[:20] and k.startswith(heads[0]):
        return True
    if line.words <= 25 and (k in c.caption_bare_prefix or k.startswith(heads[1])):
        return True
    # every credit pattern holds "(", ":" or "/": most lines need no regex
    text = line.text
    return ("(" in text or ":" in text or "/" in text) and any(map(re.Pattern.search, c.credit, repeat(text)))


# Keyed by identity: an lru_cache would hash the whole frozen Cues (every field) per line.
# The Cues object is kept in the value so its id cannot be reused while cached.
_HEADS: dict[int, tuple[Cues, tuple[tuple[str, ...], tuple[str, ...]]]] = {}


def _caption_heads(c: Cues) -> tuple[tuple[str, ...], tuple[str, ...]]:
    hit = _HEADS.get(id(c))
    if hit is None or hit[0] is not c:
        hit = _HEADS[id(c)] = (c, (tuple(p + " " for p in c.caption_prefix),
                                   tuple(p + " " for p in c.caption_bare_prefix)))
    return hit[1]


# id(cue set) -> (cue set, first words of its prefixes): a line whose first word starts
# no prefix needs no join/lookup per head length.
_FIRST: dict[int, tuple[object, frozenset[str]]] = {}


def _prefix_firsts(cs) -> frozenset[str]:
    hit = _FIRST.get(id(cs))
    if hit is None or hit[0] is not cs:
        hit = _FIRST[id(cs)] = (cs, frozenset(p.split(" ", 1)[0] for p in cs.prefix))
    return hit[1]


def pagination_line(ln: Line, c: Cues) -> bool:
    """ "Halaman 1 2 3 Selanjutnya", "Baca halaman berikutnya", "Halaman 2 / 3": a page bar of an
    article split over pages. Page words and numbers only, with at least one page head."""
    if ln.words > 14 or ln.prose:
        return False
    toks = ln.key.split()
    return bool(toks) and all(t.isdigit() or t in c.pagination_words for t in toks) \
        and not c.pagination_heads.isdisjoint(toks)


def social_embed(s: str) -> bool:
    # every alternative of _SOCIAL holds "@" or a post URL: most lines are out at once
    return ("@" in s or ".com/" in s) and _SOCIAL.search(s) is not None


def link_line(ln: Line) -> bool:
    """ "Baca artikel ... selengkapnya https://...": a share/app/read-more link line.
    Articles cite sites ("situs www.menpan.go.id"), so only a trailing http(s) URL counts."""
    return ln.words <= 40 and bool(_URL.search(ln.text.rstrip()))
