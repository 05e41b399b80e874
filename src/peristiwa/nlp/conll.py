"""Read token-per-line NER files (CoNLL "token POS BIO" or NERGrit "token<TAB>BIO").

Both formats keep the token in the first column and the BIO tag in the last,
so one reader serves both; ``detect_format`` only names which one a file is.
Labels are mapped to the project's PER/ORG/LOC (NERGrit says PERSON, PLACE,
ORGANISATION)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from peristiwa.errors import DataError

LABEL_MAP = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG",
    "LOC": "LOC", "PLACE": "LOC", "GPE": "LOC", "LOCATION": "LOC",
}  # fmt: skip

Sentence = tuple[list[str], list[str]]  # words, BIO tags (mapped)


def detect_format(path: Path) -> str:
    """"nergrit" when lines are token<TAB>tag, "conll" when 3+ columns."""
    with open(path, encoding="utf-8", newline="") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            if "\t" in line and len(line.split("\t")) == 2:
                return "nergrit"
            return "conll" if len(line.split()) >= 3 else "nergrit"
    return "conll"


def map_tag(tag: str, where: str) -> str:
    if tag == "O":
        return "O"
    prefix, _, label = tag.partition("-")
    if prefix not in ("B", "I") or not label:
        raise DataError(f"{where}: bad BIO tag {tag!r}")
    mapped = LABEL_MAP.get(label.upper())
    # Labels outside PER/ORG/LOC (e.g. MISC) are not scored: treat as O.
    return f"{prefix}-{mapped}" if mapped else "O"


def read_labelled(path: str | Path, fmt: str | None = None) -> list[Sentence]:
    """All sentences of a labelled file; blank lines separate sentences."""
    path = Path(path)
    fmt = fmt or detect_format(path)
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8", newline="") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                if words:
                    out.append((words, tags))
                    words, tags = [], []
                continue
            cols = line.split("\t") if fmt == "nergrit" and "\t" in line else line.split()
            if len(cols) < 2:
                raise DataError(f"{path}:{n}: expected token and tag, got {line!r}")
            words.append(cols[0].strip())
            tags.append(map_tag(cols[-1].strip(), f"{path}:{n}"))
    if words:
        out.append((words, tags))
    return out


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start token, end token exclusive, label) from BIO tags.

    A stray I- (no B- before it, or a label change) starts a new entity, as
    conlleval does."""
    out: set[tuple[int, int, str]] = set()
    start, label = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, lab = tag.partition("-")
        if start is not None and (prefix != "I" or lab != label):
            out.add((start, i, label))
            start, label = None, None
        if prefix == "B" or (prefix == "I" and start is None):
            start, label = i, lab
    return out


def to_docs(vocab, sents: Iterable[Sentence]) -> Iterator:
    """spaCy Docs with gold entities, for training."""
    from spacy.tokens import Doc, Span

    for words, tags in sents:
        doc = Doc(vocab, words=words)
        doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in sorted(spans(tags))]
        yield doc
