"""One line of a plain-text page and its cheap features.

``split_lines(text)`` cuts a page dump into non-empty, whitespace-normalised
lines (hard-wrapped sentences and split datelines rejoined); ``features``
measures each: words, stop-word density, Title Case share, sentence end,
dates and whether the line is a date line. The classifier (``clean.lines``)
labels lines from these features only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import filterfalse
from operator import itemgetter

from peristiwa.clean.data import Cues, cues, stopwords
from peristiwa.clean.dateline import outlet as _outlet, split_dateline
from peristiwa.dates import DateMention, find_dates

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_TERMINAL = re.compile(r"""[.!?…]["'”’)\]]*$|["”’]$""")
_DIGIT = re.compile(r"\d")
_SPACE_CLASS = r"[ \t\u00a0\u2000-\u200b\u202f\u3000]"
# Runs of spaces become one " ". A lone " " already is one and is not matched,
# so the common line (single spaces only) makes no replacement at all.
_SPACES = re.compile(rf"[\t\u00a0\u2000-\u200b\u202f\u3000]{_SPACE_CLASS}*| {_SPACE_CLASS}+")
_CLOSERS = "\"'”’)]"
LIST_MARK = re.compile(r"^(?:\d{1,2}[.)]|[a-z][.)]|[-–•·*▪●◦►✓])\s+\S")


def is_terminal(s: str) -> bool:
    """``_TERMINAL.search(s)`` without a regex tried at every position of the line:
    a sentence stop, then only closing quotes/brackets; or a final quote."""
    if s.endswith("\n"):  # "$" also matches before a final newline: leave that to the regex
        return _TERMINAL.search(s) is not None
    return s.rstrip(_CLOSERS).endswith((".", "!", "?", "…")) or s.endswith(('"', "”", "’"))


@dataclass
class Line:
    """One line of the page with its features and the label it ends up with."""

    n: int  # 1-based line number in the page (after joining wrapped lines)
    text: str
    words: int = 0
    stop_density: float = 0.0
    terminal: bool = False
    dates: list[DateMention] = field(default_factory=list)
    date_only: bool = False
    label: str = "drop"  # "title" | "body" | "caption" | "date" | "drop"
    reason: str = ""
    end_cue: bool = False
    soft_end: bool = False  # a byline: ends the article only if no prose follows
    caps_ratio: float = 0.0  # share of words starting with a capital (Title Case headlines)
    lower_content: int = 0  # lower-case words of >= 4 letters ("menerima"): a Title Case headline has none
    key: str = ""  # lower-cased words joined by spaces: for cue and duplicate matching

    @property
    def prose(self) -> bool:
        """Reads like running text: long enough, sentence-shaped, full of function words."""
        if self.words < 6 or self.stop_density < 0.1:
            return False
        if self.caps_ratio >= 0.7 and self.words <= 20 and not self.name_heavy_sentence:
            return False  # Title Case: a headline, even when it ends in "?"
        # Long headlines exist; long paragraphs without a final stop are rarer still.
        # A sentence leading into a list ("Kesepakatan itu meliputi:") is prose too.
        return self.terminal or self.words >= 25 or (self.words >= 8 and self.text.endswith(":"))

    @property
    def name_heavy_sentence(self) -> bool:
        """ "Presiden Prabowo Subianto menerima kunjungan Perdana Menteri Jepang di Istana
        Merdeka, Jakarta, Senin (9/12).": capitals from names, but a full stop and
        lower-case content words make it a sentence, not a Title Case headline."""
        return self.lower_content >= 2 and self.text.rstrip(_CLOSERS).endswith(".")

    @property
    def headline_like(self) -> bool:
        # Headlines may end in "?" or "!", not in a full stop.
        return 2 <= self.words <= 30 and not self.text.rstrip().endswith((".", "…", ":")) and not self.date_only


def norm(s: str) -> str:
    return _SPACES.sub(" ", s).strip()


def line_key(s: str) -> str:
    return " ".join(WORD.findall(s.lower()))


def split_lines(text: str, unwrap: bool = True) -> list[Line]:
    """Non-empty lines, whitespace-normalised; hard-wrapped sentences are rejoined.
    ``unwrap``: look for a text-mode dump wrapped at a fixed width (not for HTML text)."""
    raw = [norm(x) for x in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    width = wrap_width(raw) if unwrap else None
    merged: list[tuple[int, str]] = []
    prev_blank = True
    prev_len = 0  # length of the previous raw line (before joining)
    for i, s in enumerate(raw, 1):
        if not s:
            prev_blank = True
            continue
        if (
            width and merged and not prev_blank and not LIST_MARK.match(s)
            and prev_len + 1 + len(s.split(" ", 1)[0]) > width - WRAP_SLACK
            and not merged[-1][1].startswith(s[:30])  # a caption repeated as alt text starts over
        ):
            # a text-mode dump wrapped at ``width``: the previous line broke because this
            # line's first word did not fit, so both are one paragraph (or headline)
            merged[-1] = (merged[-1][0], merged[-1][1] + " " + s)
            prev_len = len(s)
            continue
        prev_len = len(s)
        # A line that continues a sentence (starts lower-case, no blank line between,
        # previous has no sentence end) belongs to the previous line: hard-wrapped text.
        if (
            merged
            and not prev_blank
            and s[0].islower()
            and not LIST_MARK.match(s)  # "a. Cabut UU ..." is a list point, not a wrapped line
            and not is_terminal(merged[-1][1])
            and len(merged[-1][1]) >= 50
        ):
            merged[-1] = (merged[-1][0], merged[-1][1] + " " + s)
        elif merged and _split_dateline_pair(merged[-1][1], s):
            # "JAKARTA, KOMPAS.com" + "– Polisi menangkap ...": one paragraph split by markup
            merged[-1] = (merged[-1][0], merged[-1][1] + " " + s)
        else:
            merged.append((i, s))
        prev_blank = False
    return [features(Line(n=i, text=s)) for i, s in merged]


_DASH_START = re.compile(r"^[-–—]{1,2}\s+\S")
_DASH_END = re.compile(r"\s[-–—]{1,2}$")


WRAP_MAX = 110  # text browsers and html2text wrap at 72-80 columns; paragraph-per-line dumps run far longer
WRAP_SLACK = 3  # a wrapped line may stop a few columns short of the width (trailing punctuation, tabs)


def wrap_width(raw: list[str]) -> int | None:
    """The column a text-mode dump was hard-wrapped at, or None for a paragraph-per-line dump.

    Wrapped text has no line with spaces longer than the width, and many lines end just
    short of it (those that broke); a dump of whole paragraphs has long lines."""
    lens = [len(x) for x in raw if " " in x]
    if len(lens) < 8 or sum(n > WRAP_MAX for n in lens) > 1:
        return None
    width = max(lens)
    near = [x for x in raw if " " in x and len(x) >= width - 12]
    if width < 50 or len(near) < 6 or len(near) < 0.3 * sum(n >= 40 for n in lens):
        return None
    # lines that broke at the width stop mid-sentence; short paragraphs of one line each end in a stop
    if sum(is_terminal(x) for x in near) > 0.5 * len(near):
        return None
    return width


def _split_dateline_pair(prev: str, nxt: str) -> bool:
    """A short place/agency line and the paragraph it heads, split apart by markup."""
    short = len(prev.split()) <= 6 and not is_terminal(prev) and prev[:1].isupper()
    if not short or len(nxt) < 40:
        return False
    if not (_DASH_START.match(nxt) or _DASH_END.search(" " + prev)):
        return False
    # "Berita Terkait" + "- Headline ...": a list item under a heading, not a dateline
    return split_dateline(prev + " " + nxt)[0] is not None


def features(line: Line, c: Cues | None = None) -> Line:
    c = c or cues()
    tokens = WORD.findall(line.text)
    line.key = " ".join(tokens).lower()
    words = list(filterfalse(str.isdigit, tokens))
    line.words = len(words)
    if words:
        # counts with C-level map/sum: this runs on every line of every page
        line.caps_ratio = sum(map(str.isupper, map(itemgetter(0), words))) / len(words)
        line.lower_content = sum(1 for w in words if len(w) >= 4 and w[0].islower())
        line.stop_density = sum(map(stopwords().__contains__, map(str.lower, words))) / len(words)
    line.terminal = is_terminal(strip_editor_tags(line.text, c))
    if _DIGIT.search(line.text):
        line.dates = [d for d in find_dates(line.text) if d.kind != "weekday_only"]
    line.date_only = _date_only(line, c) or (
        line.words <= 4 and any(p.match(line.text.strip()) for p in c.relative_time)
    )
    return line


_OUTLET_HEAD = re.compile(r"^\s*([^\W\d][\w.]*(?:\s+[^\W\d][\w.]*)?)\s*[-–—,|]\s*$")


def _date_only(line: Line, c: Cues) -> bool:
    if not line.dates:
        return False
    rest = line.text
    # "Kompas.com - 09/12/2024, 14:05 WIB": an outlet name before the date is part of the date line
    head = _OUTLET_HEAD.match(rest[: line.dates[0].start])
    if head and _outlet(head.group(1)):
        rest = " " * head.end() + rest[head.end():]
    for d in reversed(line.dates):
        rest = rest[: d.start] + " " + rest[d.end :]
    leftover = [w for w in WORD.findall(rest.lower()) if w not in c.date_labels and not w.isdigit()]
    return len(leftover) <= 1 and line.words <= 14


def strip_editor_tags(text: str, c: Cues | None = None) -> str:
    text = text.rstrip()
    # Every editor tag ends in "]" or ")": most lines end otherwise and need no
    # regex (each tag pattern starts with \s*, so a search tries every position).
    if not text.endswith(("]", ")")):
        return text
    c = c or cues()
    for p in c.editor_tags:
        text = p.sub("", text)
    return text.rstrip()
