"""The plain-text page classifier: lines -> title, body, captions, dropped.

Scraped page dumps arrive as lines: menu words, a date line, a kicker, the
title, photo captions (often twice: alt text and caption), a teaser, the
article, then related-news lists, bylines and comment forms. No library
reads them, so this module labels each line from cheap features:

  - cue words from ``data/clean/cues.yaml`` (boilerplate, end-of-article, caption credits);
  - stop-word density (justext's Indonesian + English stoplists) and length,
    which separate prose from headlines and menu items;
  - date-only lines (a header date before the body; list dates after it);
  - runs of headline + date lines (related/latest-news lists);
  - position: the header zone before the first prose line holds the date,
    the title and captions; the article's end is marked by end cues or lists;
  - duplicates: repeated caption lines and teasers that repeat a body paragraph.

Every line gets a label and a reason, so the decision can be audited
(``docs/clean-examples.md`` is generated from these labels).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import filterfalse
from operator import itemgetter

from peristiwa.clean.data import Cues, cues, stopwords
from peristiwa.clean.dateline import outlet as _outlet, split_dateline
from peristiwa.dates import DateMention, find_dates

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_TERMINAL = re.compile(r"""[.!?…]["'”’)\]]*$|["”’]$""")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_COUNTER = re.compile(
    r"^[\d.,]+\s*[kKmMrRbB]?\s*(?:shares?|komentar|comments?|views?|kali dibaca|dibaca|likes?|suka|pembaca|tayangan|x)?$",
    re.IGNORECASE,
)
_CODE = re.compile(r"^[\w .]{2,24}?\s*[:#]\s*[A-Za-z]{0,4}[-/]?\d[\d-]{2,}$")
_BREADCRUMB = re.compile(r"\s[>»›]\s|\s/\s.*\s/\s|\s\|\s.*\s\|\s|\s•\s.*\s•\s")  # "Home > Politik", "A | B | C"
_PLACEHOLDER = re.compile(r"^[\[{<][^\]}>]{2,80}[\]}>]$")  # "[Gambas:Video 20detik]", "{{ads}}"
_URL = re.compile(r"https?://\S+$")
_SOCIAL = re.compile(r"\(@\w{2,}\)|pic\.twitter\.com/|^— .{0,60}\(@\w+\)|instagram\.com/p/")
TEASER_ZONE = 40  # lines from the top where a teaser may stand
TEASER_REACH = 120  # how far below a teaser its paragraph may be
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_CLOSERS = "\"'”’)]"


def _terminal(s: str) -> bool:
    """``_TERMINAL.search(s)`` without a regex tried at every position of the line:
    a sentence stop, then only closing quotes/brackets; or a final quote."""
    if s.endswith("\n"):  # "$" also matches before a final newline: leave that to the regex
        return _TERMINAL.search(s) is not None
    return s.rstrip(_CLOSERS).endswith((".", "!", "?", "…")) or s.endswith(('"', "”", "’"))


def _social(s: str) -> bool:
    # every alternative of _SOCIAL holds "@" or a post URL: most lines are out at once
    return ("@" in s or ".com/" in s) and _SOCIAL.search(s) is not None


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


def _key(s: str) -> str:
    return " ".join(_WORD.findall(s.lower()))


def split_lines(text: str) -> list[Line]:
    """Non-empty lines, whitespace-normalised; hard-wrapped sentences are rejoined."""
    raw = [norm(x) for x in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    merged: list[tuple[int, str]] = []
    prev_blank = True
    for i, s in enumerate(raw, 1):
        if not s:
            prev_blank = True
            continue
        # A line that continues a sentence (starts lower-case, no blank line between,
        # previous has no sentence end) belongs to the previous line: hard-wrapped text.
        if (
            merged
            and not prev_blank
            and s[0].islower()
            and not _LIST_MARK.match(s)  # "a. Cabut UU ..." is a list point, not a wrapped line
            and not _terminal(merged[-1][1])
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


def _split_dateline_pair(prev: str, nxt: str) -> bool:
    """A short place/agency line and the paragraph it heads, split apart by markup."""
    short = len(prev.split()) <= 6 and not _terminal(prev) and prev[:1].isupper()
    if not short or len(nxt) < 40:
        return False
    if not (_DASH_START.match(nxt) or _DASH_END.search(" " + prev)):
        return False
    # "Berita Terkait" + "- Headline ...": a list item under a heading, not a dateline
    return split_dateline(prev + " " + nxt)[0] is not None


def features(line: Line, c: Cues | None = None) -> Line:
    c = c or cues()
    tokens = _WORD.findall(line.text)
    line.key = " ".join(tokens).lower()
    words = list(filterfalse(str.isdigit, tokens))
    line.words = len(words)
    if words:
        # counts with C-level map/sum: this runs on every line of every page
        line.caps_ratio = sum(map(str.isupper, map(itemgetter(0), words))) / len(words)
        line.lower_content = sum(1 for w in words if len(w) >= 4 and w[0].islower())
        line.stop_density = sum(map(stopwords().__contains__, map(str.lower, words))) / len(words)
    line.terminal = _terminal(strip_editor_tags(line.text, c))
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
    leftover = [w for w in _WORD.findall(rest.lower()) if w not in c.date_labels and not w.isdigit()]
    return len(leftover) <= 1 and line.words <= 14


def _cue(text: str, cs, k: str | None = None, strict: bool = True) -> bool:
    """Does the line match a cue set? ``strict=False`` lets a multi-word prefix
    ("dapatkan update", "ikuti kami") match however long the line is."""
    k = _key(text) if k is None else k
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
    return any(p in k for p in cs.contains)


def is_caption(line: Line, c: Cues | None = None) -> bool:
    c = c or cues()
    k = line.key or _key(line.text)  # (features() sets key; the same words as _key)
    heads = _caption_heads(c)
    if ":" in line.text[:20] and k.startswith(heads[0]):
        return True
    if line.words <= 25 and (k in c.caption_bare_prefix or k.startswith(heads[1])):
        return True
    # every credit pattern holds "(", ":" or "/": most lines need no regex
    text = line.text
    return ("(" in text or ":" in text or "/" in text) and any(p.search(text) for p in c.credit)


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


def _link_line(ln: Line) -> bool:
    """ "Baca artikel ... selengkapnya https://...": a share/app/read-more link line.
    Articles cite sites ("situs www.menpan.go.id"), so only a trailing http(s) URL counts."""
    return ln.words <= 40 and bool(_URL.search(ln.text.rstrip()))


def _dated_caption(ln: Line) -> bool:
    """ "Presiden berbicara kepada wartawan di Jakarta, Kamis (2/3/2023)." above the body:
    photo captions end in the day the picture was taken; leads go on after it."""
    if not ln.dates or ln.words > 45:
        return False
    d = ln.dates[-1]
    tail = ln.text[d.end :].strip(" .)")
    return d.weekday is not None and d.year is not None and not tail


def _dated_headline(ln: Line) -> bool:
    """ "Kamis, 05/11/2015 09:25 WIB Ini Dia Tempat Terbasah": a list item, not prose."""
    if not ln.dates or ln.dates[0].start > 3 or ln.date_only or ln.text.rstrip().endswith("."):
        return False
    d = ln.dates[0]
    return d.kind in ("explicit", "weekday") and ln.words <= 25


def _dateline_lead(ln: Line) -> bool:
    """ "JAKARTA - Polisi menangkap dua pengedar.": a dateline opening a sentence is
    the article's lead, however short, and never a photo caption."""
    if ln.words < 3 or not (ln.terminal or ln.text.endswith(":") or ln.words >= 25):
        return False
    return split_dateline(ln.text)[0] is not None


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]")


def _sentence_title(lines: list[Line], start: int) -> None:
    """A page with no headline-shaped line may still open with its headline written
    as a sentence: "Apakah Indonesia akan bergabung dengan BRICS tahun ini?", or
    one sentence standing above a dateline lead. Anything else keeps title None
    (a page that starts with its lead has no title to find)."""
    first = next((i for i, ln in enumerate(lines) if ln.label not in ("drop", "date")), None)
    if first is None or first != start or lines[first].label:
        return
    ln = lines[first]
    if ln.words > 25 or _dateline_lead(ln) or is_caption(ln) or _SENTENCE_BREAK.search(ln.text):
        return
    nxt = next((x for x in lines[first + 1 : first + 6] if not x.label), None)
    if nxt is None or not (nxt.prose or _dateline_lead(nxt)):
        return
    asks = ln.text.rstrip().endswith(("?", "!", '"', "”"))
    if asks or _dateline_lead(nxt):
        ln.label, ln.reason = "title", "first line: one sentence above the lead (question/exclamation or before a dateline)"


def classify(text: str, known_title: str | None = None) -> list[Line]:
    """Label every line of a page. ``known_title`` (from HTML metadata) skips title finding."""
    c = cues()
    lines = split_lines(text)
    if not lines:
        return lines

    # Pass 1: labels any position would give (cues, counters, codes, duplicates).
    seen: set[str] = set()
    tokens = [set(x.key.split()) for x in lines]
    title_key = _key(known_title) if known_title else None
    for i, ln in enumerate(lines):
        k = ln.key
        ln.label = ""
        if not _HAS_LETTER.search(ln.text) and not ln.date_only:  # "2024-12-09 14:05" is a date line
            ln.label, ln.reason = "drop", "no letters (counter, rule or bullet)"
        elif not strip_editor_tags(ln.text, c):
            ln.label, ln.reason = "drop", "editor code"
        elif _PLACEHOLDER.match(ln.text):
            ln.label, ln.reason = "drop", "embed placeholder"
        elif _link_line(ln):
            ln.label, ln.reason = "drop", "link (ends in a URL)"
        elif _social(ln.text) and ln.words <= 40:
            ln.label, ln.reason = "drop", "social media embed"
        elif _COUNTER.match(ln.text):
            ln.label, ln.reason = "drop", "share/comment counter"
        elif title_key and k == title_key:
            ln.label, ln.reason = "drop", "title repeated (title comes from page metadata)"
        elif _cue(ln.text, c.end, k):
            ln.label, ln.reason = "drop", "end-of-article cue"
            ln.end_cue = True
        elif _cue(ln.text, c.byline, k, strict=False):
            ln.label, ln.reason = "drop", "byline"
            ln.end_cue = True
            ln.soft_end = True
        elif _cue(ln.text, c.boilerplate, k, strict=False):
            ln.label, ln.reason = "drop", "boilerplate cue"
        elif _CODE.match(ln.text) and ln.words <= 6:
            ln.label, ln.reason = "drop", "story code / id"
        elif _BREADCRUMB.search(ln.text) and not ln.prose:
            ln.label, ln.reason = "drop", "breadcrumb / menu path"
        elif k in seen:
            ln.label, ln.reason = "drop", "duplicate of an earlier line"
        elif _dated_headline(ln):
            ln.label, ln.reason = "drop", "dated headline (news list)"
        seen.add(k)
    # "Baca juga:" alone on its line: the linked headline is the next line.
    for i, ln in enumerate(lines[:-1]):
        if ln.reason == "boilerplate cue" and (
            ln.key in c.link_lead_ins or (ln.text.endswith(":") and ln.key.startswith(c.link_lead_ins))
        ):
            nxt = lines[i + 1]
            if not nxt.label and not nxt.prose:
                nxt.label, nxt.reason = "drop", "linked headline after a 'read also' cue"
    # The text of an embedded post sits just above its "— Name (@handle) date" line.
    for i, ln in enumerate(lines[1:], 1):
        if ln.reason == "social media embed" and not lines[i - 1].label and lines[i - 1].words <= 50:
            lines[i - 1].label, lines[i - 1].reason = "drop", "embedded social media post"
    # Teasers: a prose line that repeats a later, longer paragraph.
    # Teasers sit near the top; bounding both loops keeps huge dumps linear.
    for i, ln in enumerate(lines[:TEASER_ZONE]):
        a = tokens[i]
        if ln.label or not ln.prose or len(a) < 6:
            continue  # (under 6 distinct words nothing counts as a near-duplicate)
        min_words = ln.words * 0.8
        for j in range(i + 1, min(len(lines), i + 1 + TEASER_REACH)):
            other = lines[j]
            if other.key == ln.key:
                break  # an exact repeat: the later copy is the duplicate, this one stays
            # near-duplicate: 80% of its distinct words recur in the longer line
            if other.words >= min_words and len(a & tokens[j]) / len(a) >= 0.8:
                ln.label, ln.reason = "drop", f"teaser repeating line {other.n}"
                break

    # Pass 2: the header zone ends at the first prose line that is not a caption.
    start = next(
        (
            i for i, ln in enumerate(lines)
            if not ln.label and (_dateline_lead(ln) or (ln.prose and not is_caption(ln, c) and not _dated_caption(ln)))
        ),
        len(lines),
    )
    _label_header(lines[:start], c, known_title is not None)
    if known_title is None and not any(ln.label == "title" for ln in lines[:start]):
        _sentence_title(lines, start)
    _label_body(lines[start:], c)
    return lines


def _dated_byline(ln: Line) -> bool:
    """ "Oleh Budi Santoso - Senin, 09 Des 2024 14:05 WIB": a byline carrying the
    publication date (a full date with its time)."""
    return ln.reason in ("byline", "boilerplate cue") and any(
        d.kind == "explicit" and d.year is not None and d.hour is not None for d in ln.dates
    )


def _title_case_sentence(ln: Line) -> bool:
    """ "Menlu Bertemu Dubes Jepang.": a Title Case headline some sites end with a stop."""
    return (
        ln.caps_ratio >= 0.7 and 3 <= ln.words <= 20 and ln.text.endswith(".")
        and not ln.name_heavy_sentence and not _SENTENCE_BREAK.search(ln.text)
    )


_NAME_AND_OUTLET = re.compile(r"^((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*\(([^()]{2,40})\)$")


def _reporter_and_outlet(ln: Line) -> bool:
    """ "Jane Doe (The Jakarta Post)": a reporter's name with the outlet in brackets."""
    m = _NAME_AND_OUTLET.match(ln.text.strip())
    return bool(m) and _outlet(m.group(2)) is not None


def _label_header(header: list[Line], c: Cues, have_title: bool) -> None:
    for ln in header:
        if _dated_byline(ln):
            ln.label, ln.reason = "date", "byline with the publication date, before the body"
        elif not ln.label and _reporter_and_outlet(ln):
            ln.label, ln.reason = "drop", "byline (reporter and outlet in brackets)"
    title_at = None
    if not have_title:
        candidates = [
            i for i, ln in enumerate(header)
            if not ln.label and (ln.headline_like or _title_case_sentence(ln)) and not ln.text.rstrip().endswith(":")
            and not is_caption(ln, c) and len(ln.text) >= 10
        ]
        strong = [i for i in candidates if header[i].words >= 4]
        title_at = (strong or candidates or [None])[0]
    listing = False  # after a lead-in ending in ':' above the body ("Massa membawa tiga tuntutan:")
    for i, ln in enumerate(header):
        if ln.label:
            continue
        marked = _LIST_MARK.match(ln.text) is not None
        if listing and marked and not ln.dates:
            ln.label, ln.reason = "body", "list point after a ':' lead-in"
            continue
        listing = False
        if i == title_at:
            ln.label, ln.reason = "title", "first headline-shaped line before the body"
        elif (
            ln.text.rstrip().endswith(":") and ln.words >= 3 and ln.caps_ratio < 0.7
            and (nxt := next((x for x in header[i + 1 :] if not x.label), None)) is not None
            and _LIST_MARK.match(nxt.text)
        ):
            ln.label, ln.reason = "body", "lead-in to a list (ends in ':', marked points follow)"
            listing = True
        elif ln.date_only:
            ln.label, ln.reason = "date", "date line before the body (publication date)"
        elif ln.dates and ln.dates[0].start <= 2 and ln.headline_like:
            ln.label, ln.reason = "drop", "dated headline (news list)"
        elif is_caption(ln, c):
            ln.label, ln.reason = "caption", "photo credit / caption cue"
        elif _dated_caption(ln):
            ln.label, ln.reason = "caption", "photo description ending in place and full date, before the body"
        elif ln.text.rstrip().endswith(":") and ln.words <= 6:
            ln.label, ln.reason = "drop", "kicker / section label"
        elif (
            ln.terminal and (ln.caps_ratio < 0.7 or ln.name_heavy_sentence) and ln.words >= 2
            and ((title_at is not None and i > title_at) or (title_at is None and _last_open(header, i)))
        ):
            # captions carry cues (credit, "Foto:", a closing date); a plain sentence is the lead
            ln.label, ln.reason = "body", "short lead: a sentence with no caption cue"
        elif title_at is not None and i > title_at and ln.words >= 4:
            # (HTML pages bring their captions from <figcaption>; lines above the
            # article there are teasers and lists, so this rule is for dumps only)
            ln.label, ln.reason = "caption", "non-prose line between title and body"
        else:
            ln.label, ln.reason = "drop", "header furniture (menu, section, short label)"


def _last_open(header: list[Line], i: int) -> bool:
    """Is line i the last unlabelled line of the header (right above the body)?"""
    return all(x.label for x in header[i + 1 :])


def _next_line(body: list[Line], idx: int) -> Line | None:
    """The next line that has letters (bullets and counters are skipped)."""
    for x in body[idx + 1 : idx + 6]:
        if x.label != "drop" or not x.reason.startswith("no letters"):
            return x
    return None


def _prose_follows(body: list[Line], idx: int, reach: int = 4) -> bool:
    """Is there an unlabelled prose line among the next few lines?"""
    return any(not x.label and x.prose for x in body[idx + 1 : idx + 1 + reach])


_TAG_LINE = re.compile(r"^[a-z0-9][a-z0-9 -]*$")  # "prabowo subianto xi jinping kunjungan kenegaraan"
_LIST_MARK = re.compile(r"^(?:\d{1,2}[.)]|[a-z][.)]|[-–•·*▪●◦►✓])\s+\S")
_LINK_CONTEXT = ("boilerplate cue", "linked headline after a 'read also' cue", "headline in a news list")


def _article_list_item(body: list[Line], idx: int, lead_in: bool, prev: Line | None) -> bool:
    """A point of a list inside the article ("- Patroli bersama diperkuat"), not a
    related-news headline: it follows a lead-in ending in ':', or it is a marked,
    sentence-case, undated item with article prose after the list. Headline lists
    are Title Case, dated, or follow a "Baca juga"/"Berita Terkait" cue."""
    ln = body[idx]
    if ln.dates or ln.words < 1:
        return False
    if lead_in:
        # marked points may be Title Case ("a. Cabut UU Cipta Kerja"); unmarked Title Case lines are headlines
        return ln.caps_ratio < 0.7 or _LIST_MARK.match(ln.text) is not None
    if not _LIST_MARK.match(ln.text) or ln.caps_ratio >= 0.5:
        return False
    if prev is not None and (prev.reason in _LINK_CONTEXT or prev.end_cue):
        return False
    return _prose_follows(body, idx, reach=10)


def _label_body(body: list[Line], c: Cues) -> None:
    ended = False
    paragraphs = 0
    list_items = 0
    lead_in = False  # inside a list introduced by a body sentence ending in ':'
    prev: Line | None = None
    for idx, ln in enumerate(body):
        if lead_in and (ln.label or (ln.prose and not _LIST_MARK.match(ln.text))):
            lead_in = False
        if ended:
            if not ln.label or ln.label != "drop":
                ln.label, ln.reason = "drop", "after the end of the article"
            continue
        if ln.label:  # from pass 1
            if ln.end_cue and paragraphs:
                ended = not (ln.soft_end and _prose_follows(body, idx))
            prev = ln
            continue
        if ln.date_only or (ln.dates and ln.dates[0].start <= 2 and ln.headline_like and not ln.prose):
            ln.label, ln.reason = "drop", "date in a news list"
            list_items += 1
            if prev is not None and prev.label == "body" and prev.headline_like and not prev.prose:
                prev.label, prev.reason = "drop", "headline in a news list"
            if list_items >= 3 and paragraphs >= 2:
                ended = True
        elif is_caption(ln, c):
            ln.label, ln.reason = "caption", "photo credit / caption cue"
        elif ln.prose:
            ln.label, ln.reason = "body", "prose"
            paragraphs += 1
            list_items = 0
            lead_in = ln.text.endswith(":")
        elif _article_list_item(body, idx, lead_in, prev):
            ln.label, ln.reason = "body", "list item inside the article" + (" (after a ':' lead-in)" if lead_in else "")
            paragraphs += 1
        elif not ln.terminal and (ln.words <= 2 or (ln.words == 3 and (ln.stop_density == 0 or ln.text.isupper()))):
            ln.label, ln.reason = "drop", "short label (menu, widget)"
        elif _TAG_LINE.match(ln.text) and ln.words >= 3:
            ln.label, ln.reason = "drop", "tag words (all lower case, no punctuation)"
        elif ln.headline_like and (
            ((nxt := _next_line(body, idx)) is not None
             and (nxt.date_only or (nxt.headline_like and not nxt.prose and nxt.label == "")))
            or (prev is not None and prev.reason in _LINK_CONTEXT[1:])  # a run after "Baca juga:"
        ):
            ln.label, ln.reason = "drop", "headline in a news list"
            list_items += 1
        else:
            ln.label, ln.reason = "body", "short paragraph inside the article"
            paragraphs += 1
            lead_in = ln.text.endswith(":") and ln.words >= 3
        prev = ln
