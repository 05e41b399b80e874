"""Sentences and tokens for the coder: the nlp stage's when it gave them, a
cheap regex split otherwise (so the coder also runs on a bare Article)."""

from __future__ import annotations

import re

from peristiwa.model import Analysis, Article, Sentence, Token

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
# a sentence ends at . ! ? (not after a one-letter initial or a number
# abbreviation) or at a block boundary
_SENT_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"(?:\b[A-Z]|\b(?:No|Dr|Prof|Jl|Mr|Mrs|Ms|St|Sen|Rep|Gen|Lt|Col|Kol|Brigjen|Irjen|Kombes|dll|dsb|tsb|a\.n|u\.s|U\.S|U\.N))\.$")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


def split_sentences(article: Article) -> list[Sentence]:
    out: list[Sentence] = []
    blocks = article.blocks or []
    spans = [(b.start, b.end, b.kind) for b in blocks] or [(0, len(article.text), "body")]
    for start, end, kind in spans:
        chunk = article.text[start:end]
        pos = 0
        pieces = []
        for m in _SENT_END.finditer(chunk):
            if _ABBREV.search(chunk[pos : m.start()].rstrip("\"”’)]")):
                continue
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, len(chunk)))
        for a, b in pieces:
            seg = chunk[a:b]
            stripped = seg.strip()
            if not stripped:
                continue
            lead = len(seg) - len(seg.lstrip())
            s0 = start + a + lead
            s1 = s0 + len(stripped)
            out.append(Sentence(s0, s1, stripped, tokenize(stripped, s0), kind))
    return out


def sentences(article: Article, analysis: Analysis | None) -> list[Sentence]:
    """The analysis's sentences when they carry tokens, else our own split."""
    if analysis is not None and analysis.sentences and all(s.tokens for s in analysis.sentences):
        return analysis.sentences
    if analysis is not None and analysis.sentences:
        return [
            Sentence(s.start, s.end, s.text, tokenize(article.text[s.start : s.end], s.start), s.block)
            for s in analysis.sentences
        ]
    return split_sentences(article)
