"""Token features for the CRF NER model (``ner_crf.py``).

A feature CRF trained on ~3k sentences lives on features that generalise
beyond the words it saw: word shape and affixes, the neighbours, a name
gazetteer (countries, places, organisations, people from our own data
files), word clusters and a "how often is this word written capitalised
mid-sentence" ratio learnt from unlabelled Indonesian text. The lexicons are
built by ``scripts/train_ner_crf.py`` and stored WITH the model
(``lexicon.json``), so the features a model was trained on never drift when
the knowledge base changes."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

_DIGIT = re.compile(r"\d")


def shape(w: str) -> str:
    """Compressed shape: 'Jakarta' -> 'Xx', 'PDI-P' -> 'X-X', '2014' -> 'd'."""
    out = []
    for c in w:
        k = "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)[:6]


@dataclass
class Lexicon:
    """Name lists and word statistics the features read (stored with the model)."""

    gaz: dict[tuple[str, ...], str] = field(default_factory=dict)  # lower-cased tokens -> "LOC|ORG|..."
    clusters: dict[str, str] = field(default_factory=dict)  # lower word -> cluster path "a.b" (coarse.fine)
    capratio: dict[str, int] = field(default_factory=dict)  # lower word -> 0..4 bucket of mid-sentence capitalisation
    common: set[str] = field(default_factory=set)  # lower-case Indonesian root words (not names)
    max_len: int = 0
    parts: dict[str, str] = field(default_factory=dict)  # lower word -> labels of the names it is part of

    def __post_init__(self) -> None:
        self.max_len = max((len(k) for k in self.gaz), default=0)
        parts: dict[str, set[str]] = {}
        for k, v in self.gaz.items():
            if len(k) > 1:
                for w in k:
                    parts.setdefault(w, set()).update(v.split("|"))
        self.parts = {w: "|".join(sorted(v)) for w, v in parts.items()}

    def to_json(self, path: Path) -> None:
        data = {
            "gaz": {" ".join(k): v for k, v in sorted(self.gaz.items())},
            "clusters": dict(sorted(self.clusters.items())),
            "capratio": dict(sorted(self.capratio.items())),
            "common": sorted(self.common),
        }
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    @classmethod
    def from_json(cls, path: Path) -> "Lexicon":
        data = json.loads(path.read_text(encoding="utf-8"))
        gaz = {tuple(k.split(" ")): v for k, v in data["gaz"].items()}
        return cls(gaz=gaz, clusters=data["clusters"], capratio=data["capratio"], common=set(data["common"]))

    def gaz_tags(self, lower: list[str], cap: list[bool]) -> list[str | None]:
        """Per token 'B-LOC|ORG' / 'I-...' for the longest gazetteer match that
        starts with a capitalised word (lookup is on lower case)."""
        n, out, i = len(lower), [None] * len(lower), 0
        while i < n:
            if cap[i]:
                for k in range(min(self.max_len, n - i), 0, -1):
                    lab = self.gaz.get(tuple(lower[i : i + k]))
                    if lab:
                        out[i] = "B-" + lab
                        for j in range(i + 1, i + k):
                            out[j] = "I-" + lab
                        i += k - 1
                        break
            i += 1
        return out


def is_title_case(words: list[str]) -> bool:
    """A headline in Title Case ("Iran Tolak Kunjungan Grossi"): capitals say
    little there, so the model gets to know (features "tc")."""
    long = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return len(long) >= 3 and sum(w[:1].isupper() for w in long) >= 0.8 * len(long)


def title_case(words: list[str]) -> list[str]:
    """Headline style: every alphabetic word capitalised (for training copies)."""
    return [w[:1].upper() + w[1:] if w[:1].isalpha() else w for w in words]


_WORD_CACHE_MAX = 200_000  # distinct words kept; a news vocabulary stays far below


class _Word:
    """Everything about one word that does not depend on its position: built
    once per distinct word (NER runs on every sentence; most words recur)."""

    __slots__ = ("lw", "cap", "base", "tc", "cap_f", "cap0_f", "tail", "ctx")

    def __init__(self, w: str, lex: Lexicon) -> None:
        lw = w.lower()
        sh = shape(w)
        cluster = lex.clusters.get(_DIGIT.sub("0", lw))
        ratio = lex.capratio.get(lw, -1)
        common = lw in lex.common or (lw.endswith("nya") and lw[:-3] in lex.common)
        self.lw = lw
        self.cap = cap = w[:1].isupper()
        self.base = ("b", "w=" + lw, "s=" + sh, "p3=" + lw[:3], "x2=" + lw[-2:], "x3=" + lw[-3:], f"r={ratio}")
        self.tc = ("tc", f"tc|r={ratio}", f"tc|w={lw}")
        self.cap_f = ("cap",) if cap else ()
        self.cap0_f = ("cap0",) if cap else ()
        tail: list[str] = []
        if len(w) == 1 and not w.isalnum():
            tail.append("punct")
        if common:
            tail.append("kd")
        part = lex.parts.get(lw)
        if part and cap:
            tail.append("gp=" + part)
        if cluster:
            tail.append("c=" + cluster)
            tail.append("cc=" + cluster.split(".")[0])
        self.tail = tuple(tail)
        # as a neighbour at offset d: the features before and after its gazetteer tag
        ctx = {}
        for d in (-2, -1, 1, 2):
            pre = [f"{d}w={lw}", f"{d}s={sh}"]
            if cluster:
                pre.append(f"{d}c={cluster.split('.')[0]}")
            post: list[str] = []
            if d in (-1, 1):
                post.append(f"{d}r={ratio}")
                if common:
                    post.append(f"{d}kd")
            ctx[d] = (tuple(pre), tuple(post))
        self.ctx = ctx


def _words(words: list[str], lex: Lexicon) -> list[_Word]:
    cache = lex.__dict__.setdefault("_word_cache", {})  # per lexicon: features depend on it
    if len(cache) > _WORD_CACHE_MAX:
        cache.clear()
    out = []
    for w in words:
        x = cache.get(w)
        if x is None:
            x = cache[w] = _Word(w, lex)
        out.append(x)
    return out


_END = {-2: ("-2w=<s>",), -1: ("-1w=<s>",), 1: ("1w=<e>",), 2: ("2w=<e>",)}


def with_guideline(feats: list[list[str]], guideline: str | None) -> list[list[str]]:
    """Annotation-guideline copies ("frustratingly easy" domain adaptation,
    Daume 2007): every feature once more, prefixed with the guideline's name.
    Trained on sentences of two corpora that label differently (idner leaves
    "Indonesia" in "Pemerintah Indonesia" unlabelled, NERGrit tags it LOC), the
    shared features learn what both agree on and the copies learn one
    corpus's habits. ``None`` is the default guideline: no copies."""
    if not guideline:
        return feats
    pre = guideline + ":"
    return [f + [pre + x for x in f] for f in feats]


def sent_features(words: list[str], lex: Lexicon, guideline: str | None = None) -> list[list[str]]:
    """One list of string features per token (crfsuite's binary features).
    Same features as ``sent_features_reference``, from per-word memoised parts."""
    n = len(words)
    ws = _words(words, lex)
    tc = is_title_case(words)
    gaz = lex.gaz_tags([x.lw for x in ws], [x.cap for x in ws])
    feats: list[list[str]] = []
    for i, x in enumerate(ws):
        f = list(x.base)
        if i == 0:
            f.append("BOS")
        if tc:  # in a headline capitals are no evidence: the word's usual case is
            f.extend(x.tc)
        else:
            f.extend(x.cap0_f if i == 0 else x.cap_f)
        f.extend(x.tail)
        g = gaz[i]
        if g:
            f.append("g=" + g)
            f.append("g=" + g[0])
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                pre, post = ws[j].ctx[d]
                f.extend(pre)
                if gaz[j]:
                    f.append(f"{d}g={gaz[j]}")
                f.extend(post)
            else:
                f.extend(_END[d])
        if i > 0:
            f.append(f"-1w|w={ws[i - 1].lw}|{x.lw}")
        if i + 1 < n:
            f.append(f"w|+1w={x.lw}|{ws[i + 1].lw}")
        feats.append(f)
    return with_guideline(feats, guideline)


def sent_features_reference(words: list[str], lex: Lexicon, guideline: str | None = None) -> list[list[str]]:
    """The plain (unmemoised) definition of ``sent_features``: the tests check
    that both give identical features."""
    n = len(words)
    lower = [w.lower() for w in words]
    cap = [w[:1].isupper() for w in words]
    tc = is_title_case(words)
    gaz = lex.gaz_tags(lower, cap)
    shapes = [shape(w) for w in words]
    clusters = [lex.clusters.get(_DIGIT.sub("0", lw)) for lw in lower]
    ratio = [lex.capratio.get(lw, -1) for lw in lower]
    common = [lw in lex.common or (lw.endswith("nya") and lw[:-3] in lex.common) for lw in lower]
    feats: list[list[str]] = []
    for i, w in enumerate(words):
        lw = lower[i]
        f = [
            "b",
            "w=" + lw,
            "s=" + shapes[i],
            "p3=" + lw[:3],
            "x2=" + lw[-2:],
            "x3=" + lw[-3:],
            f"r={ratio[i]}",
        ]
        if i == 0:
            f.append("BOS")
        if tc:  # in a headline capitals are no evidence: the word's usual case is
            f.append("tc")
            f.append(f"tc|r={ratio[i]}")
            f.append(f"tc|w={lw}")
        elif cap[i]:
            f.append("cap" + ("0" if i == 0 else ""))
        if len(w) == 1 and not w.isalnum():
            f.append("punct")
        if common[i]:
            f.append("kd")
        part = lex.parts.get(lw)
        if part and cap[i]:
            f.append("gp=" + part)
        if clusters[i]:
            c = clusters[i]
            f.append("c=" + c)
            f.append("cc=" + c.split(".")[0])
        if gaz[i]:
            f.append("g=" + gaz[i])
            f.append("g=" + gaz[i][0])
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"{d}w={lower[j]}")
                f.append(f"{d}s={shapes[j]}")
                if clusters[j]:
                    f.append(f"{d}c={clusters[j].split('.')[0]}")
                if gaz[j]:
                    f.append(f"{d}g={gaz[j]}")
                if d in (-1, 1):
                    f.append(f"{d}r={ratio[j]}")
                    if common[j]:
                        f.append(f"{d}kd")
            else:
                f.append(f"{d}w=<{'s' if d < 0 else 'e'}>")
        if i > 0:
            f.append(f"-1w|w={lower[i - 1]}|{lw}")
        if i + 1 < n:
            f.append(f"w|+1w={lw}|{lower[i + 1]}")
        feats.append(f)
    return with_guideline(feats, guideline)
