"""Tokens and sentences for Indonesian and English news text.

spaCy's blank ``id``/``en`` tokenizer does the tokens; our rules on top:

* abbreviations from ``data/nlp/abbreviations.yaml`` stay one token and never
  end a sentence ("Dr.", "Jl.", "No.", "dll."); single capital initials
  ("H.", "M.") never end one either;
* dates in brackets ("Kamis (2/3)", "(29/10/2013)") are one token tagged
  ``pos="DATE"``, as in the NER training data;
* glued paragraphs ("kata Qin.Kedua pihak", "Moskow.[IT/r]", "AS.Rusia")
  are split apart;
* a sentence ends at . ! ? … when the next word starts a sentence (capital,
  digit, opening quote or bracket); closing quotes and brackets right after
  the stop belong to the sentence that ends;
* a line break inside a block ends a sentence when the next line starts
  like one;
* sentences never cross Block boundaries (title / body / caption).
"""

from __future__ import annotations

import bisect
import functools
import re
from pathlib import Path

import numpy
import yaml

from peristiwa.errors import DataError
from peristiwa.model import Article, Block, Sentence, Token

DATA = Path(__file__).resolve().parents[1] / "data" / "nlp" / "abbreviations.yaml"

TERMINATORS = {".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "...."}
CLOSERS = {"”", "’", ")", "]", "»", "\"", "'", "}"}
OPENERS = {"“", "‘", "(", "[", "«", "\"", "'", "—", "-", "–", "•"}
HYPHENATED = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)+$")  # "abu-abu", "non-kader", "China-Rusia"
DATE_IN_BRACKETS = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")
_UPPER = r"A-ZÀ-ÖØ-Þ"
EXTRA_INFIXES = [
    rf"(?<=[A-Za-z]{{2}})\.(?=[{_UPPER}][a-z])",  # "AS.Rusia", "KH.Ahmad"
    r"(?<=[0-9])\.(?=[A-Z][a-z])",  # "2022.Kedua"
    r"(?<=[A-Za-z0-9\)])\.(?=[\[“‘\"(])",  # "Moskow.[IT/r]", "pihak.“Kami"
    r"(?<=[A-Za-z])\((?=[0-9])",  # "Kamis(2/3)"
    r"(?<=[.!?])[”’\"](?=[A-Z])",  # 'datang.”Lalu'
]


@functools.lru_cache(maxsize=1)
def abbreviations() -> dict[str, frozenset[str]]:
    """Language -> abbreviations (validated)."""
    try:
        raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"{DATA}: cannot read: {exc}") from exc
    if not isinstance(raw, dict):
        raise DataError(f"{DATA}: expected a mapping of language -> list of abbreviations")
    out: dict[str, frozenset[str]] = {}
    for lang, items in raw.items():
        if not isinstance(items, list):
            raise DataError(f"{DATA}: {lang}: expected a list")
        words = set()
        for i, item in enumerate(items):
            if not isinstance(item, str) or not item.endswith(".") or len(item) < 2 or " " in item:
                raise DataError(f"{DATA}: {lang}[{i}] = {item!r}: an abbreviation is one word ending in '.'")
            words.add(item)
            words.add(item[0].upper() + item[1:])
        out[str(lang)] = frozenset(words)
    return out


@functools.lru_cache(maxsize=4)
def tokenizer_for(lang: str):
    """A spaCy blank pipeline whose tokenizer knows our abbreviations and infixes."""
    import spacy
    from spacy.attrs import ORTH
    from spacy.util import compile_infix_regex

    if lang == "en":
        nlp = spacy.blank("en")
        # keep "cease-fire", "sit-in", "Saudi-led" whole, as the trigger lexicon writes them
        nlp.tokenizer.token_match = HYPHENATED.match
    else:
        # spaCy's blank("id") spends ~10 s loading 15.6k hyphenated exceptions
        # ("abu-abu"); one token_match keeps every letter-hyphen-letter word
        # whole instead, as the NER training data does ("Jokowi-Kalla").
        from spacy.lang.id import Indonesian
        from spacy.tokenizer import Tokenizer
        from spacy.util import compile_prefix_regex, compile_suffix_regex

        nlp = spacy.blank("xx")
        d = Indonesian.Defaults
        nlp.tokenizer = Tokenizer(
            nlp.vocab,
            rules={k: v for k, v in d.tokenizer_exceptions.items() if "-" not in k},
            prefix_search=compile_prefix_regex(d.prefixes).search,
            suffix_search=compile_suffix_regex(d.suffixes).search,
            infix_finditer=compile_infix_regex(d.infixes).finditer,
            token_match=HYPHENATED.match,
            url_match=d.url_match,
        )
    for abbr in abbreviations().get("en" if lang == "en" else "id", ()):
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes if lang == "en" else
                                                            Indonesian.Defaults.infixes) + EXTRA_INFIXES).finditer  # fmt: skip
    return nlp


def _is_initial(text: str) -> bool:
    """ "H." or "H" (before a split-off period): a single capital letter."""
    core = text[:-1] if text.endswith(".") else text
    return len(core) == 1 and core.isupper()


def _starts_sentence(tok: Token) -> bool:
    c = tok.text[0]
    return c.isupper() or c.isdigit() or tok.text in OPENERS or tok.text[0] in "“‘\"(["


def tokenize_block(text: str, offset: int, lang: str) -> list[Token]:
    """Non-space tokens of one block, offsets into the article text."""
    spans, date_starts = _token_spans(text, lang)
    return _tokens(text, spans, date_starts, offset)


def _token_spans(text: str, lang: str) -> tuple[list[tuple[int, int]], set[int]]:
    """(start, end) of the non-space tokens of ``text``, bracketed dates merged,
    and the start offsets of those dates."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH

    doc = tokenizer_for(lang).make_doc(text)
    # one array read instead of a spaCy Token object per token, filtered and
    # added up in numpy, zipped in C: this runs on every token of every article
    arr = doc.to_array([IDX, LENGTH, IS_SPACE]).astype(numpy.int64)
    keep = arr[:, 2] == 0
    starts = arr[keep, 0]
    spans = list(zip(starts.tolist(), (starts + arr[keep, 1]).tolist()))
    if "(" in text:
        return _merge_dates(spans, text)
    return spans, set()


def _tokens(text: str, spans: list[tuple[int, int]], date_starts: set[int], offset: int = 0) -> list[Token]:
    # positional arguments: this runs once per token and keywords cost more
    if date_starts:
        return [Token(text[s:e], s + offset, e + offset, None, "DATE" if s in date_starts else None)
                for s, e in spans]  # fmt: skip
    if not offset:  # (the whole-text path: no offsets to add)
        return [Token(text[s:e], s, e) for s, e in spans]
    return [Token(text[s:e], s + offset, e + offset) for s, e in spans]


def _merge_dates(spans: list[tuple[int, int]], text: str) -> tuple[list[tuple[int, int]], set[int]]:
    """Make each bracketed date ("(9/1)") one token: a token straddling a
    date's edge is cut there ("(9/1)(10/1)" comes out of spaCy as
    "(9/1)(10" + "/1)"), and the tokens inside the date become one."""
    dates = [m.span() for m in DATE_IN_BRACKETS.finditer(text)]
    if not dates:
        return spans, set()
    spans = list(spans)
    for ds, de in reversed(dates):  # from the end, so earlier indices stay valid
        k = bisect.bisect_right(spans, ds, key=_end)  # first token ending after the date starts
        j = bisect.bisect_left(spans, de, key=_start)  # first token starting at or after its end
        if k >= j:
            continue
        new = [(spans[k][0], ds)] if spans[k][0] < ds else []
        new.append((ds, de))
        if spans[j - 1][1] > de:
            new.append((de, spans[j - 1][1]))
        spans[k:j] = new
    return spans, {s for s, _ in dates}


def _start(span: tuple[int, int]) -> int:
    return span[0]


def _end(span: tuple[int, int]) -> int:
    return span[1]


_STOP_CHARS = frozenset(".!?…")
_NO_BREAK_BEFORE_LINE = frozenset({",", ":", ";", "(", "-"})


def split_tokens(tokens: list[Token], text: str, lang: str) -> list[list[Token]]:
    """Group one block's tokens into sentences. ``text`` is the whole article text."""
    n = len(tokens)
    if not n:
        return []
    # Only tokens made of stop characters, or followed by a line break, can end
    # a sentence: visit just those instead of every token.
    cand = [i for i, t in enumerate(tokens) if t.text[-1] in _STOP_CHARS]
    first, last = tokens[0].start, tokens[-1].end
    if "\n" in text[first:last]:
        starts = [t.start for t in tokens]
        p = text.find("\n", first, last)
        while p != -1:
            i = bisect.bisect_right(starts, p) - 1  # the token before the line break
            if i >= 0 and tokens[i].end <= p:
                cand.append(i)
            p = text.find("\n", p + 1, last)
        cand = sorted(set(cand))
    if not cand:
        return [list(tokens)]
    abbr = abbreviations().get("en" if lang == "en" else "id", frozenset())
    cuts: list[int] = []  # a sentence ends after each of these token indices
    skip_to = -1
    for i in cand:
        if i <= skip_to:
            continue  # a closer already attached to the sentence before
        tok = tokens[i]
        if tok.text in TERMINATORS or (len(tok.text) > 1 and set(tok.text) <= _STOP_CHARS):
            prev = tokens[i - 1] if i > 0 else None
            if tok.text == "." and prev is not None and prev.end == tok.start \
                    and (prev.text + "." in abbr or _is_initial(prev.text)):
                continue  # "Jl" + "." split by the tokenizer: still an abbreviation
            j = i + 1
            # closing quotes/brackets glued to the stop belong to this sentence
            while j < n and tokens[j].text in CLOSERS and tokens[j].start == tokens[j - 1].end:
                if tokens[j].text in "\"'" and j + 1 < n and tokens[j + 1].start == tokens[j].end:
                    break  # 'pergi."Kami': a straight quote glued to the next word opens it
                j += 1
            skip_to = j - 1
            if j >= n or _starts_sentence(tokens[j]):
                cuts.append(j - 1)
        elif i + 1 < n and "\n" in text[tok.end : tokens[i + 1].start]:
            if _starts_sentence(tokens[i + 1]) and tok.text not in _NO_BREAK_BEFORE_LINE:
                cuts.append(i)
    sents, prev_cut = [], 0
    for c in cuts:
        sents.append(tokens[prev_cut : c + 1])
        prev_cut = c + 1
    if prev_cut < n:
        sents.append(tokens[prev_cut:])
    return sents


def blocks_of(article: Article) -> list[Block]:
    """The article's blocks, or blank-line paragraphs when it has none."""
    if article.blocks:
        return article.blocks
    out = []
    for m in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", article.text, flags=re.S):
        out.append(Block("body", m.start(), m.end()))
    return out


def _whitespace_bounded(text: str, blocks: list[Block]) -> bool:
    """Do the blocks follow each other, each bounded by whitespace or the text's
    ends? Then tokenising the whole text once gives each block's tokens
    (spaCy never builds a token across whitespace), at a fraction of the
    per-call cost."""
    prev_end = 0
    for b in blocks:
        if b.start < prev_end or b.end < b.start:
            return False
        if (b.start > 0 and not text[b.start - 1].isspace()) or (b.end < len(text) and not text[b.end].isspace()):
            return False
        prev_end = b.end
    return True


def sentences(article: Article, lang: str | None = None) -> list[Sentence]:
    """All sentences of an article, block by block."""
    lang = lang or article.language or "id"
    text = article.text
    out: list[Sentence] = []
    blocks = [b for b in blocks_of(article) if text[b.start : b.end].strip()]
    if len(blocks) > 1 and _whitespace_bounded(text, blocks):
        spans, date_starts = _token_spans(text, lang)
        starts = [s for s, _ in spans]
        per_block = []
        for b in blocks:
            i, j = bisect.bisect_left(starts, b.start), bisect.bisect_left(starts, b.end)
            per_block.append(_tokens(text, spans[i:j], date_starts))
    else:
        per_block = [tokenize_block(text[b.start : b.end], b.start, lang) for b in blocks]
    for block, toks in zip(blocks, per_block):
        for group in split_tokens(toks, text, lang):
            s, e = group[0].start, group[-1].end
            out.append(Sentence(s, e, text[s:e], group, block.kind))
    return out
