"""Gazetteer-only NER baseline: tag every known name, longest match first.

Honest by construction: the names come from the TRAINING splits' gold
entities (never the dev/valid files it is scored on) plus country names
from pycountry (LOC). A name seen with several labels gets its most
frequent one. Case-sensitive, token-exact: it shows how far plain lookup
gets, for comparison with the trained model."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from peristiwa.nlp.conll import read_labelled, spans

SHARED_NER = Path(__file__).resolve().parents[4] / "shared" / "data" / "ner"
DEFAULT_TRAIN = [
    SHARED_NER / "idner-news-2k" / "train.txt",
    SHARED_NER / "nergrit" / "train_preprocess.txt",
]


class Gazetteer:
    def __init__(self, names: dict[tuple[str, ...], str]):
        self.names = names
        self.max_len = max((len(k) for k in names), default=0)

    @classmethod
    def from_training(cls, files: list[Path], countries: bool = True) -> "Gazetteer":
        votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
        for f in files:
            for words, tags in read_labelled(f):
                for s, e, lab in spans(tags):
                    votes[tuple(words[s:e])][lab] += 1
        if countries:
            import pycountry

            for c in pycountry.countries:
                for name in {c.name, getattr(c, "common_name", c.name)}:
                    votes[tuple(name.split())]["LOC"] += 1
        return cls({k: v.most_common(1)[0][0] for k, v in votes.items()})

    @classmethod
    def default(cls) -> "Gazetteer":
        return cls.from_training([f for f in DEFAULT_TRAIN if f.is_file()])

    def tag_tokens(self, words: list[str]) -> set[tuple[int, int, str]]:
        out = set()
        i, n = 0, len(words)
        while i < n:
            for k in range(min(self.max_len, n - i), 0, -1):
                lab = self.names.get(tuple(words[i : i + k]))
                if lab:
                    out.add((i, i + k, lab))
                    i += k
                    break
            else:
                i += 1
        return out
