"""The body zone: from the first prose line of a page dump to its end.

``label_body`` keeps paragraphs, captions and list points inside the article,
drops news lists (headline + date runs), short widget labels and tag lines, and
ends the article at an end cue or a run of dated list items."""

from __future__ import annotations

import re

from peristiwa.clean.cue_match import is_caption
from peristiwa.clean.data import Cues
from peristiwa.clean.furniture import credits_line
from peristiwa.clean.line import LIST_MARK, Line

_TAG_LINE = re.compile(r"^[a-z0-9][a-z0-9 -]*$")  # "prabowo subianto xi jinping kunjungan kenegaraan"
_LINK_CONTEXT = ("boilerplate cue", "linked headline after a 'read also' cue", "headline in a news list")


def _next_line(body: list[Line], idx: int) -> Line | None:
    """The next line that has letters (bullets and counters are skipped)."""
    for x in body[idx + 1 : idx + 6]:
        if x.label != "drop" or not x.reason.startswith("no letters"):
            return x
    return None


def _prose_follows(body: list[Line], idx: int, reach: int = 4) -> bool:
    """Is there an unlabelled prose line among the next few lines?"""
    return any(not x.label and x.prose for x in body[idx + 1 : idx + 1 + reach])


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
        return ln.caps_ratio < 0.7 or LIST_MARK.match(ln.text) is not None
    if not LIST_MARK.match(ln.text) or ln.caps_ratio >= 0.5:
        return False
    if prev is not None and (prev.reason in _LINK_CONTEXT or prev.end_cue):
        return False
    return _prose_follows(body, idx, reach=10)


_AGO = re.compile(r"\b\d{1,3}\s+[a-z]+\s+(?:yang\s+)?(?:lalu|ago)\b", re.IGNORECASE)  # "2 jam lalu"
COMMENT_REACH = 5  # lines above a "Balas/Reply" line where the comment's head may stand
STANDFIRST_REACH = 6  # lines below the first paragraph where a late publication line may stand


def _late_date_line(ln: Line) -> bool:
    """ "Jakarta ● Mon, March 17, 2025", "Jum'at, 14 Maret 2025 |10:30 WIB": a full date."""
    return any(d.day is not None and d.year is not None for d in ln.dates)


def _comment_actions(ln: Line, c: Cues) -> bool:
    """ "Balas", "Reply", "Balas Suka (12)", "Like · Reply": the links under a reader's comment."""
    if ln.words > 6 or ln.prose:
        return False
    words = [w for w in ln.key.split() if not w.isdigit()]
    return 0 < len(words) <= 4 and all(w in c.comment_actions for w in words) and ln.key.split()[0] != "share"


def _comment_start(body: list[Line], idx: int) -> int:
    """Where the comment above a reply line begins: its "name • 2 jam lalu" or time line
    (and the name line above that), else the line right above."""
    for j in range(idx - 1, max(idx - 1 - COMMENT_REACH, -1), -1):
        x = body[j]
        if x.words <= 6 and not x.prose and _AGO.search(x.text):
            if j > 0 and body[j - 1].words <= 3 and not body[j - 1].prose:
                return j - 1  # the commenter's name on its own line
            return j
    return max(idx - 1, 0)


def label_body(body: list[Line], c: Cues, header_dated: bool = True) -> None:
    """``header_dated``: a date line stood above the body. When none did, a date line
    right below the first paragraph (a standfirst above the byline and date, as the
    Jakarta Post and Okezone print it) is the publication date, not a news list."""
    ended = False
    first_at: int | None = None  # index of the first paragraph
    paragraphs = 0
    list_items = 0
    lead_in = False  # inside a list introduced by a body sentence ending in ':'
    prev: Line | None = None
    for idx, ln in enumerate(body):
        if lead_in and (ln.label or (ln.prose and not LIST_MARK.match(ln.text))):
            lead_in = False
        if ended:
            if not ln.label or ln.label != "drop":
                ln.label, ln.reason = "drop", "after the end of the article"
            continue
        if paragraphs and not ln.label and _comment_actions(ln, c):
            # a comment section with no heading: drop the comment above and end the article
            for x in body[_comment_start(body, idx) : idx + 1]:
                x.label, x.reason = "drop", "reader's comment (a 'Balas/Reply' line below it)"
            ended = True
            continue
        if ln.label:  # from pass 1
            if ln.end_cue and paragraphs:
                ended = not (ln.soft_end and _prose_follows(body, idx))
            prev = ln
            continue
        if ln.date_only or (ln.dates and ln.dates[0].start <= 2 and ln.headline_like and not ln.prose):
            if (
                ln.date_only and not header_dated and paragraphs == 1 and first_at is not None
                and idx - first_at <= STANDFIRST_REACH and _late_date_line(ln)
            ):
                ln.label, ln.reason = "date", "publication date below the standfirst (none above the body)"
                header_dated = True
                prev = ln
                continue
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
            if first_at is None:
                first_at = idx
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
        elif credits_line(ln, c) == "outlet":
            # "Budi Santoso - Bisnis.com" below the text (or a "Headline - Outlet" link): never a paragraph
            ln.label, ln.reason = "drop", "byline (name and outlet)"
        else:
            ln.label, ln.reason = "body", "short paragraph inside the article"
            paragraphs += 1
            lead_in = ln.text.endswith(":") and ln.words >= 3
        prev = ln
