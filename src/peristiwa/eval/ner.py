"""`peristiwa eval ner FILE`: entity-level exact-span P/R/F1 of the NER model
(or the gazetteer baseline) on a labelled token-per-line file.

The gold tokens are fed to the tagger as they are (no re-tokenisation), so a
span is right only when its first token, last token and label all match.
The last line printed is ``F1 <value>`` (micro-averaged over PER/ORG/LOC)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from peristiwa.errors import PeristiwaError
from peristiwa.nlp.conll import detect_format, read_labelled, spans

LABELS = ("PER", "ORG", "LOC")


@dataclass
class Report:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    sentences: int = 0

    def add(self, gold: set, pred: set) -> None:
        self.sentences += 1
        for s in pred & gold:
            self.tp[s[2]] += 1
        for s in pred - gold:
            self.fp[s[2]] += 1
        for s in gold - pred:
            self.fn[s[2]] += 1

    @staticmethod
    def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def label(self, lab: str) -> tuple[float, float, float]:
        return self._prf(self.tp[lab], self.fp[lab], self.fn[lab])

    @property
    def overall(self) -> tuple[float, float, float]:
        return self._prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))

    @property
    def f1(self) -> float:
        return self.overall[2]

    def labels(self) -> list[str]:
        seen = set(self.tp) | set(self.fp) | set(self.fn)
        return [lab for lab in LABELS if lab in seen] + sorted(seen - set(LABELS))

    def as_dict(self) -> dict:
        d = {}
        for lab in self.labels():
            p, r, f = self.label(lab)
            d[lab] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4),
                      "gold": self.tp[lab] + self.fn[lab]}  # fmt: skip
        p, r, f = self.overall
        d["overall"] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}
        return d

    def lines(self) -> list[str]:
        out = [f"{'label':8} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6} {'pred':>6}"]
        for lab in self.labels():
            p, r, f = self.label(lab)
            out.append(f"{lab:8} {p:7.4f} {r:7.4f} {f:7.4f} {self.tp[lab] + self.fn[lab]:6d} "
                       f"{self.tp[lab] + self.fp[lab]:6d}")  # fmt: skip
        p, r, f = self.overall
        out.append(f"{'overall':8} {p:7.4f} {r:7.4f} {f:7.4f} {sum(self.tp.values()) + sum(self.fn.values()):6d} "
                   f"{sum(self.tp.values()) + sum(self.fp.values()):6d}")  # fmt: skip
        return out


def model_tagger(model: str | Path | None = None, rules: bool = True, guideline: str | None = None):
    """A function words -> set of (start, end, label) token spans: exactly what
    ``analyze`` does (model, plus the title rule unless ``rules`` is False),
    under the model's default annotation guideline or ``guideline``."""
    from peristiwa.model import Sentence, Token
    from peristiwa.nlp.ner import tag_sentences

    def tag_batch(batch: list[list[str]]) -> list[set]:
        # lay the sentences end to end so the model runs batched, then map back
        sents, tok_at_start, tok_at_end, base = [], {}, {}, 0
        for k, words in enumerate(batch):
            toks, pos = [], base
            for i, w in enumerate(words):
                toks.append(Token(w, pos, pos + len(w)))
                tok_at_start[pos], tok_at_end[pos + len(w)] = (k, i), (k, i + 1)
                pos += len(w) + 1
            sents.append(Sentence(base, pos - 1, " ".join(words), toks))
            base = pos + 1
        out: list[set] = [set() for _ in batch]
        for e in tag_sentences(sents, select=None, model=model, rules=rules, batch_size=256, guideline=guideline):
            (k, i), (_, j) = tok_at_start[e.start], tok_at_end[e.end]
            out[k].add((i, j, e.label))
        return out

    return tag_batch


def gazetteer_tagger(gazetteer_from: list[Path] | None = None):
    from peristiwa.nlp.gazetteer import Gazetteer

    gaz = Gazetteer.from_training(gazetteer_from) if gazetteer_from else Gazetteer.default()

    def tag_batch(batch: list[list[str]]) -> list[set]:
        return [gaz.tag_tokens(w) for w in batch]

    return tag_batch


def resolve_guideline(guideline: str | None, path: str | Path, fmt: str | None,
                      model: str | Path | None) -> str | None:  # fmt: skip
    """``"auto"``: a file in a corpus's own format is scored under that corpus's
    guideline when the model was trained with it (NERGrit files under
    "nergrit"); otherwise the model's default guideline (``None``)."""
    if guideline != "auto":
        return guideline or None
    from peristiwa.nlp import ner, ner_crf

    mdir = Path(model).resolve() if model else ner.MODEL_DIR
    if not ner_crf.is_crf_model(mdir):
        return None
    name = fmt or detect_format(Path(path))
    return name if name in ner_crf.guidelines(str(mdir)) else None


def score_file(
    path: str | Path,
    fmt: str | None = None,
    model: str | Path | None = None,
    baseline: str | None = None,
    gazetteer_from: list[Path] | None = None,
    rules: bool = True,
    guideline: str | None = "auto",
) -> Report:
    sents = read_labelled(path, fmt)
    if baseline == "gazetteer":
        tagger = gazetteer_tagger(gazetteer_from)
    else:
        tagger = model_tagger(model, rules, resolve_guideline(guideline, path, fmt, model))
    rep = Report()
    batch = 512
    for i in range(0, len(sents), batch):
        chunk = sents[i : i + batch]
        preds = tagger([w for w, _ in chunk])
        for (words, tags), pred in zip(chunk, preds):
            rep.add(spans(tags), {s for s in pred if s[2] in LABELS})
    return rep


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ner",
        help="entity-level exact-span P/R/F1 of the NER model on a labelled file",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", type=Path, help="token-per-line file; blank lines between sentences")
    p.add_argument("--format", choices=("conll", "nergrit"), default=None,
                   help="conll = 'token POS BIO', nergrit = 'token<TAB>BIO' (default: detect)")  # fmt: skip
    p.add_argument("--model", type=Path, default=None, help="spaCy model dir (default: the shipped ner-id)")
    p.add_argument("--baseline", choices=("gazetteer",), default=None,
                   help="score the gazetteer-only baseline instead of the model")  # fmt: skip
    p.add_argument("--gazetteer-from", type=Path, nargs="+", default=None, metavar="TRAIN",
                   help="labelled TRAIN file(s) to build the baseline gazetteer from "
                        "(default: the shipped gazetteer built from both training splits)")  # fmt: skip
    p.add_argument("--guideline", default="auto", metavar="NAME",
                   help="annotation guideline the CRF model follows: 'auto' (default: a NERGrit-format file "
                        "under the model's 'nergrit' guideline, anything else under the default one), "
                        "'default', or a guideline named in the model's training.json")  # fmt: skip
    p.add_argument("--no-rules", action="store_true",
                   help="score the model alone, without the title->person rule analyze() adds")  # fmt: skip
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        print(f"error: no such file: {args.file}", file=sys.stderr)
        return 2
    try:
        guideline = None if args.guideline == "default" else args.guideline
        guideline = resolve_guideline(guideline, args.file, args.format, args.model)
        rep = score_file(args.file, args.format, args.model, args.baseline, args.gazetteer_from, not args.no_rules,
                         guideline)  # fmt: skip
    except PeristiwaError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    what = "gazetteer baseline" if args.baseline else (
        f"model {args.model or 'ner-id (shipped)'}" + (" alone" if args.no_rules else " + title rule")
        + f", guideline {guideline or 'default'}")
    print(f"{args.file}: {rep.sentences} sentences, {what}")
    for line in rep.lines():
        print(line)
    print(f"F1 {rep.f1:.4f}")
    return 0
