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
    # wordfreq word lists ("id", "en:small") whose Zipf buckets become features
    # (``freq_bucket``); empty for models trained without them
    wordfreq: tuple[str, ...] = ()
    # lower word -> where it occurs in known people's names: "f" first, "l"
    # last, "m" middle (sorted, "|"-joined); a given name or surname the
    # gazetteer has not seen in full still says "person" (empty: no features)
    nameparts: dict[str, str] = field(default_factory=dict)
    # lower word -> "hon" (honorific before a name: "H.", "KH", "Prof.") or
    # "deg" (degree after a name: "S.H.", "M.Si."), from ner-name-cues.yaml
    cues: dict[str, str] = field(default_factory=dict)
    # optional feature groups a model was trained with: "caprun" (place and
    # length of the word in its run of capitalised words)
    options: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self.max_len = max((len(k) for k in self.gaz), default=0)
        parts: dict[str, set[str]] = {}
        gpos = "gpos" in self.options  # option: where in the name (first/last/middle) as well
        for k, v in self.gaz.items():
            if len(k) > 1:
                for i, w in enumerate(k):
                    labs = v.split("|")
                    if gpos:
                        at = "f" if i == 0 else "l" if i == len(k) - 1 else "m"
                        labs = [lab + at for lab in labs]
                    parts.setdefault(w, set()).update(labs)
        self.parts = {w: "|".join(sorted(v)) for w, v in parts.items()}

    def to_json(self, path: Path) -> None:
        data = {
            "gaz": {" ".join(k): v for k, v in sorted(self.gaz.items())},
            "clusters": dict(sorted(self.clusters.items())),
            "capratio": dict(sorted(self.capratio.items())),
            "common": sorted(self.common),
        }
        if self.wordfreq:
            data["wordfreq"] = list(self.wordfreq)
        if self.nameparts:
            data["nameparts"] = dict(sorted(self.nameparts.items()))
        if self.cues:
            data["cues"] = dict(sorted(self.cues.items()))
        if self.options:
            data["options"] = list(self.options)
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    @classmethod
    def from_json(cls, path: Path) -> "Lexicon":
        data = json.loads(path.read_text(encoding="utf-8"))
        gaz = {tuple(k.split(" ")): v for k, v in data["gaz"].items()}
        return cls(gaz=gaz, clusters=data["clusters"], capratio=data["capratio"], common=set(data["common"]),
                   wordfreq=tuple(data.get("wordfreq", ())), nameparts=data.get("nameparts", {}),
                   cues=data.get("cues", {}), options=tuple(data.get("options", ())))  # fmt: skip

    def freq(self, lw: str) -> tuple[str, ...]:
        """One bucket per wordfreq list, e.g. ('3.5', '0'): '0' = unknown there
        (option "wfbinary": only known '1' / unknown '0')."""
        out = tuple(freq_bucket(lw, spec) for spec in self.wordfreq)
        return tuple("0" if b == "0" else "1" for b in out) if "wfbinary" in self.options else out

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


def freq_bucket(lw: str, spec: str) -> str:
    """Half-Zipf bucket of a lower-cased word in a wordfreq list ("id" or
    "en:small": language[:wordlist]); "0" when the list does not know it.
    Frequencies from large corpora fill the long tail the training text
    cannot: an unknown capitalised word is likely a name, a frequent one may
    be a common word written capitalised. wordfreq caches its lists and
    lookups; ``_Word`` memoises per word."""
    from wordfreq import zipf_frequency

    lang, _, wordlist = spec.partition(":")
    z = zipf_frequency(lw, lang, wordlist=wordlist or "best")
    if z <= 0:
        return "0"
    return str(min(max(int(z * 2) / 2, 3.0), 6.0))


def cap_runs(cap: list[bool]) -> list[str | None]:
    """Per word its place in its run of capitalised words and the run's
    length (capped at 4): 'S1', 'B3', 'I3', 'E3'; None outside a run. A name
    is mostly one whole run, so this maps almost directly onto BIO."""
    n, out, i = len(cap), [None] * len(cap), 0
    while i < n:
        if not cap[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and cap[j + 1]:
            j += 1
        k = min(j - i + 1, 4)
        if i == j:
            out[i] = f"S{k}"
        else:
            out[i], out[j] = f"B{k}", f"E{k}"
            for m in range(i + 1, j):
                out[m] = f"I{k}"
        i = j + 1
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

    __slots__ = ("lw", "cap", "base", "tc", "cap_f", "cap0_f", "tail", "ctx", "np")

    def __init__(self, w: str, lex: Lexicon) -> None:
        lw = w.lower()
        sh = shape(w)
        cluster = lex.clusters.get(_DIGIT.sub("0", lw))
        ratio = lex.capratio.get(lw, -1)
        common = lw in lex.common or (lw.endswith("nya") and lw[:-3] in lex.common)
        self.lw = lw
        self.cap = cap = w[:1].isupper()
        fq = lex.freq(lw) if lex.wordfreq else ()
        zf = tuple(f"z{k}={b}" for k, b in enumerate(fq))
        self.base = ("b", "w=" + lw, "s=" + sh, "p3=" + lw[:3], "x2=" + lw[-2:], "x3=" + lw[-3:], f"r={ratio}") + zf
        self.tc = ("tc", f"tc|r={ratio}", f"tc|w={lw}") + tuple("tc|" + z for z in zf)
        self.cap_f = ("cap",) + tuple("cap|" + z for z in zf) if cap else ()
        self.cap0_f = ("cap0",) + tuple("cap0|" + z for z in zf) if cap else ()
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
        self.np = np_ = lex.nameparts.get(lw) if cap else None
        cue = lex.cues.get(lw)
        if np_:
            tail.append("np=" + np_)
        if cue:
            tail.append("cue=" + cue)
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
                post.extend(f"{d}{z}" for z in zf)
                if np_:
                    post.append(f"{d}np={np_}")
                if cue:
                    post.append(f"{d}cue={cue}")
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
    runs = cap_runs([x.cap for x in ws]) if "caprun" in lex.options and not tc else None
    npbi = "npbi" in lex.options
    feats: list[list[str]] = []
    for i, x in enumerate(ws):
        f = list(x.base)
        if i == 0:
            f.append("BOS")
        if runs and runs[i]:
            f.append("run=" + runs[i])
            f.append("run=" + runs[i][0])
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
        if npbi and i > 0 and x.np and ws[i - 1].np:
            f.append(f"np2={ws[i - 1].np}>{x.np}")
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
    runs = cap_runs(cap) if "caprun" in lex.options and not tc else [None] * n
    shapes = [shape(w) for w in words]
    clusters = [lex.clusters.get(_DIGIT.sub("0", lw)) for lw in lower]
    ratio = [lex.capratio.get(lw, -1) for lw in lower]
    common = [lw in lex.common or (lw.endswith("nya") and lw[:-3] in lex.common) for lw in lower]
    zfs = [[f"z{k}={b}" for k, b in enumerate(lex.freq(lw))] for lw in lower]
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
        ] + zfs[i]
        if i == 0:
            f.append("BOS")
        if runs[i]:
            f.append("run=" + runs[i])
            f.append("run=" + runs[i][0])
        if tc:  # in a headline capitals are no evidence: the word's usual case is
            f.append("tc")
            f.append(f"tc|r={ratio[i]}")
            f.append(f"tc|w={lw}")
            f.extend("tc|" + z for z in zfs[i])
        elif cap[i]:
            cp = "cap" + ("0" if i == 0 else "")
            f.append(cp)
            f.extend(cp + "|" + z for z in zfs[i])
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
        if cap[i] and lex.nameparts.get(lw):
            f.append("np=" + lex.nameparts[lw])
        if lex.cues.get(lw):
            f.append("cue=" + lex.cues[lw])
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
                    f.extend(f"{d}{z}" for z in zfs[j])
                    if cap[j] and lex.nameparts.get(lower[j]):
                        f.append(f"{d}np={lex.nameparts[lower[j]]}")
                    if lex.cues.get(lower[j]):
                        f.append(f"{d}cue={lex.cues[lower[j]]}")
            else:
                f.append(f"{d}w=<{'s' if d < 0 else 'e'}>")
        if "npbi" in lex.options and i > 0 and cap[i] and cap[i - 1]:
            a, b = lex.nameparts.get(lower[i - 1]), lex.nameparts.get(lw)
            if a and b:
                f.append(f"np2={a}>{b}")
        if i > 0:
            f.append(f"-1w|w={lower[i - 1]}|{lw}")
        if i + 1 < n:
            f.append(f"w|+1w={lw}|{lower[i + 1]}")
        feats.append(f)
    return with_guideline(feats, guideline)
