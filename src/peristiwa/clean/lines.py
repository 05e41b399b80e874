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

The work is split by zone: ``clean.line`` (a line's features), ``clean.cue_match``
(cue words), ``clean.header`` (title, date, captions above the body) and
``clean.body`` (paragraphs, lists and the article's end). This module runs the
passes over the whole page.
"""

from __future__ import annotations

import math
import re

from peristiwa.clean.body import label_body
from peristiwa.clean.cue_match import is_caption, link_line, matches_cue, pagination_line, social_embed
from peristiwa.clean.data import cues
from peristiwa.clean.furniture import credits_line
from peristiwa.clean.header import dated_caption, dated_lead, dateline_lead, label_header, sentence_title
from peristiwa.clean.line import Line, line_key, split_lines, strip_editor_tags

__all__ = ["Line", "classify", "is_caption", "line_key", "split_lines", "strip_editor_tags"]

_HAS_LETTER = re.compile(r"[^\W\d_]")
_COUNTER = re.compile(
    r"^[\d.,]+\s*[kKmMrRbB]?\s*(?:shares?|komentar|comments?|views?|kali dibaca|dibaca|likes?|suka|pembaca|tayangan|x)?$",
    re.IGNORECASE,
)
_CODE = re.compile(r"^[\w .]{2,24}?\s*[:#]\s*[A-Za-z]{0,4}[-/]?\d[\d-]{2,}$")
_BREADCRUMB = re.compile(r"\s[>»›]\s|\s/\s.*\s/\s|\s\|\s.*\s\|\s|\s•\s.*\s•\s")  # "Home > Politik", "A | B | C"
_PLACEHOLDER = re.compile(r"^[\[{<][^\]}>]{2,80}[\]}>]$")  # "[Gambas:Video 20detik]", "{{ads}}"
_CREDIT_ONLY = re.compile(r"^\([^()/]{2,60}/[^()]{2,60}\)$")  # "(Tribun-Bali.com/Name)": no caption text
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")  # "redaksi@contoh.co.id" alone: a contact line
TEASER_ZONE = 40  # lines from the top where a teaser may stand
TEASER_REACH = 120  # how far below a teaser its paragraph may be


def _dated_headline(ln: Line) -> bool:
    """ "Kamis, 05/11/2015 09:25 WIB Ini Dia Tempat Terbasah": a list item, not prose."""
    if not ln.dates or ln.dates[0].start > 3 or ln.date_only or ln.text.rstrip().endswith("."):
        return False
    d = ln.dates[0]
    return d.kind in ("explicit", "weekday") and ln.words <= 25


def _probe(a: set[str]) -> set[str]:
    """Words of ``a`` of which a line holding 80% of ``a`` must hold one: with
    ``need`` the fewest shared words passing the teaser test, a line missing
    len(a) - need + 1 of them shares need - 1 at most. The longest words, which
    are the rarest, so most lines are ruled out at once."""
    n = len(a)
    need = _need(n)
    return set(sorted(a, key=len, reverse=True)[: n - need + 1])


def _need(n: int) -> int:
    """The fewest x with x / n >= 0.8, by the teaser test's own float compare."""
    x = math.ceil(n * 0.8)
    while x > 0 and (x - 1) / n >= 0.8:
        x -= 1
    while x / n < 0.8:
        x += 1
    return x


def classify(text: str, known_title: str | None = None, unwrap: bool = True) -> list[Line]:
    """Label every line of a page. ``known_title`` (from HTML metadata) skips title finding;
    ``unwrap`` rejoins a text-mode dump hard-wrapped at a fixed width (not for HTML text)."""
    c = cues()
    lines = split_lines(text, unwrap)
    if not lines:
        return lines

    # Pass 1: labels any position would give (cues, counters, codes, duplicates).
    seen: set[str] = set()
    tokens = [set(x.key.split()) for x in lines]
    title_key = line_key(known_title) if known_title else None
    for i, ln in enumerate(lines):
        k = ln.key
        ln.label = ""
        if not _HAS_LETTER.search(ln.text) and not ln.date_only:  # "2024-12-09 14:05" is a date line
            ln.label, ln.reason = "drop", "no letters (counter, rule or bullet)"
        elif not strip_editor_tags(ln.text, c):
            ln.label, ln.reason = "drop", "editor code"
        elif _PLACEHOLDER.match(ln.text):
            ln.label, ln.reason = "drop", "embed placeholder"
        elif ln.text[0] == "(" and _CREDIT_ONLY.match(ln.text):
            ln.label, ln.reason = "drop", "credit alone (reporter or photo, no caption text)"
        elif "@" in ln.text and _EMAIL.match(ln.text):
            ln.label, ln.reason = "drop", "e-mail address (contact line)"
        elif ":" in ln.text[:40] and c.meta_line is not None and (m := c.meta_line.match(ln.text)):
            # "og:title: ...", "article:published_time: 2025-03-10T08:15:00+07:00": a scraper's metadata
            if ln.text[: m.end()].rstrip(":= ").lower() in c.meta_date_keys and ln.dates:
                ln.label, ln.reason = "date", "page metadata: publication time"
            else:
                ln.label, ln.reason = "drop", "page metadata line (og:, article:, twitter:)"
        elif link_line(ln):
            ln.label, ln.reason = "drop", "link (ends in a URL)"
        elif (first := k.split(" ", 1)[0].replace("’", "'")) in c.editor_note_firsts and c.editor_note.match(ln.text):
            ln.label, ln.reason = "drop", "newsroom note (editor's note, correction)"
        elif (first in c.pagination_words or first.isdigit()) and pagination_line(ln, c):
            ln.label, ln.reason = "drop", "pagination (the article goes on)"
        elif social_embed(ln.text) and ln.words <= 40:
            ln.label, ln.reason = "drop", "social media embed"
        elif _COUNTER.match(ln.text):
            ln.label, ln.reason = "drop", "share/comment counter"
        elif title_key and k == title_key:
            ln.label, ln.reason = "drop", "title repeated (title comes from page metadata)"
        elif ":" in ln.text[:20] and c.inline_link is not None and c.inline_link.match(ln.text):
            ln.label, ln.reason = "drop", "inline link to another article ('READ: ...', 'Related news: ...')"
        elif matches_cue(ln.text, c.end, k):
            ln.label, ln.reason = "drop", "end-of-article cue"
            ln.end_cue = True
        elif matches_cue(ln.text, c.byline, k, strict=False) or credits_line(ln, c) == "labelled":
            # (credits_line: "Penulis X | Editor Y", "Rep: X/ Red: Y" with no cue-shaped head)
            ln.label, ln.reason = "drop", "byline"
            ln.end_cue = True
            ln.soft_end = True
        elif matches_cue(ln.text, c.boilerplate, k, strict=False):
            ln.label, ln.reason = "drop", "boilerplate cue"
        elif ln.words <= 6 and _CODE.match(ln.text):
            ln.label, ln.reason = "drop", "story code / id"
        elif not ln.prose and _BREADCRUMB.search(ln.text):  # (prose first: it rules out most lines without a regex scan)
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
        probe = _probe(a)
        for j in range(i + 1, min(len(lines), i + 1 + TEASER_REACH)):
            other = lines[j]
            if other.key == ln.key:
                break  # an exact repeat: the later copy is the duplicate, this one stays
            # near-duplicate: 80% of its distinct words recur in the longer line
            # (a line with none of the probe words cannot: a cheap test first)
            if other.words >= min_words and not probe.isdisjoint(tokens[j]) and len(a & tokens[j]) / len(a) >= 0.8:
                ln.label, ln.reason = "drop", f"teaser repeating line {other.n}"
                break

    # Pass 2: the header zone ends at the first prose line that is not a caption.
    start = next(
        (
            i for i, ln in enumerate(lines)
            if not ln.label and (
                dateline_lead(ln)
                or (ln.prose and not is_caption(ln, c) and (not dated_caption(ln) or dated_lead(lines, i)))
            )
        ),
        len(lines),
    )
    label_header(lines[:start], c, known_title is not None)
    if known_title is None and not any(ln.label == "title" for ln in lines[:start]):
        sentence_title(lines, start)
    label_body(lines[start:], c, header_dated=any(ln.label == "date" for ln in lines[:start]))
    return lines
