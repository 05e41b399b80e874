"""Language of an article: id / ms / en (or another ISO 639-1 code), offline.

py3langid decides first among all its languages (so a French page is
reported as "fr"); when the answer is Indonesian or Malay, marker words from
``data/clean/language.yaml`` settle which, because the two standards share
most of their vocabulary and the statistical model confuses them.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import repeat
from operator import mul

from peristiwa.clean.data import language_markers

CANDIDATES = ("id", "ms", "en")
SAMPLE_CHARS = 800  # enough for a stable guess (same answers as 1200 on 130 id/en test documents); py3langid walks it byte by byte in Python
# Marker words are sparse: an Indonesian page about Malaysia may show none in
# its first characters while py3langid leans Malay, so count them wider.
MARKER_CHARS = 5000

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import _load_identifier

    # Our own instance: the module-level one is shared with anyone else using py3langid.
    return _load_identifier(norm_probs=True)


def _rank(sample: str) -> list[tuple[str, float]]:
    return [(lang, float(p)) for lang, p in _identifier().rank(sample)]


def _marker_score(text: str) -> tuple[float, float]:
    """(malay, indonesian) weighted marker counts, phrases included."""
    m = language_markers()
    words = _WORD.findall(text.lower())
    joined = " " + " ".join(words) + " "
    scores = []
    for table in (m.malay, m.indonesian):
        s = 0.0
        for w, weight in table.items():
            if " " in w:
                s += weight * joined.count(f" {w} ")
        scores.append(s)
    counts = Counter(words)  # (C-level counting; same first-seen order as a dict loop, so same sums)
    # (map/mul in C, adding in the same order as a loop over counts: the same floats)
    keys, freqs = list(counts), list(counts.values())
    ms = scores[0] + sum(map(mul, map(m.malay.get, keys, repeat(0.0)), freqs))
    idn = scores[1] + sum(map(mul, map(m.indonesian.get, keys, repeat(0.0)), freqs))
    return ms, idn


def identify(text: str) -> tuple[str | None, float | None]:
    """Return (language code, confidence 0..1), or (None, None) for too little text."""
    sample = text[:SAMPLE_CHARS]
    if len(re.findall(r"\w+", sample)) < 3:
        return None, None
    ranked = _rank(sample)  # one pass; probabilities over all languages
    lang, conf = ranked[0]
    if lang not in CANDIDATES and conf >= 0.9:
        return lang, round(conf, 3)
    # Restrict to the candidate set by renormalising (same as a restricted model).
    cand = [(lg, p) for lg, p in ranked if lg in CANDIDATES]
    total = sum(p for _, p in cand) or 1.0
    lang, conf = cand[0][0], cand[0][1] / total
    if lang in ("id", "ms"):
        ms, idn = _marker_score(text[:MARKER_CHARS])
        total = ms + idn
        if total >= 2:
            share = ms / total
            if share >= 0.6:
                return "ms", round(max(float(conf) if lang == "ms" else 0.0, share), 3)
            if share <= 0.4:
                return "id", round(max(float(conf) if lang == "id" else 0.0, 1 - share), 3)
    return lang, round(float(conf), 3)
