"""The header zone: the lines above the first prose line of a page dump.

It holds the title, the publication date, photo captions, kickers, bylines and
menu furniture; ``label_header`` decides among them. ``sentence_title`` finds a
headline written as a sentence when no headline-shaped line stands there."""

from __future__ import annotations

import re

from peristiwa.clean.cue_match import is_caption
from peristiwa.clean.data import Cues
from peristiwa.clean.dateline import outlet as _outlet, split_dateline
from peristiwa.clean.furniture import credits_line, menu_line
from peristiwa.clean.line import LIST_MARK, Line, line_key
from peristiwa.dates import vocabulary

_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]")
_TITLE_TAIL = re.compile(r"\s+[-–—|]\s+([^-–—|]{2,40})$")
_NAME_BEFORE = re.compile(r"^((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*(?:[|·•]|[-–—])$")
_NAME_AND_OUTLET = re.compile(r"^((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*\(([^()]{2,40})\)$")


def cut_site_tail(title: str | None) -> str | None:
    """ "Headline - Tribunnews.com", "Headline | Kompas.com", "Headline - Halaman all": a page
    dump's title line often keeps the site's name or page label after the headline."""
    if title and (m := _TITLE_TAIL.search(title)):
        tail = m.group(1).strip()
        if _outlet(tail) or tail.lower().startswith(("halaman", "page ")):
            return title[: m.start()].rstrip() or title
    return title


def _name_and_date(ln: Line) -> bool:
    """ "Dewi Lestari | Selasa, 11 Maret 2025 20:15 WIB": a reporter's name, then the full
    publication date with its time."""
    d = next((d for d in ln.dates if d.kind == "explicit" and d.year is not None and d.hour is not None), None)
    if d is None or d.start < 3:
        return False
    words = ln.text[: d.start].replace(",", " ").split()
    if words and words[-1].lower().replace("'", "") in vocabulary().weekdays:
        words.pop()  # "Name | Selasa, 11 Maret 2025": the date may be read from the day on
    return _NAME_BEFORE.match(" ".join(words)) is not None


def dated_caption(ln: Line) -> bool:
    """ "Presiden berbicara kepada wartawan di Jakarta, Kamis (2/3/2023)." above the body:
    photo captions end in the day the picture was taken; leads go on after it."""
    if not ln.dates or ln.words > 45:
        return False
    d = ln.dates[-1]
    tail = ln.text[d.end :].strip(" .)")
    return d.weekday is not None and d.year is not None and not tail


def dated_lead(lines: list[Line], i: int) -> bool:
    """Line i has a caption's shape (``dated_caption``), but is it the lead? A one-sentence
    lead with no dateline ends in the full date too ("Ratusan nelayan berunjuk rasa ...,
    Kamis (12/12/2024)."). It is the lead when nothing marks a photo (a credit is checked
    by the caller; a caption is often repeated as alt text) and the paragraph after it
    tells no day of its own: a caption stands above a lead that carries the date."""
    ln = lines[i]
    if any(x.key == ln.key for x in lines if x is not ln):
        return False
    nxt = next((x for x in lines[i + 1 :] if not x.label), None)
    if nxt is None or not nxt.prose or dateline_lead(nxt):
        return False
    return not any(d.day is not None for d in nxt.dates)


def dateline_lead(ln: Line) -> bool:
    """ "JAKARTA - Polisi menangkap dua pengedar.": a dateline opening a sentence is
    the article's lead, however short, and never a photo caption."""
    if ln.words < 3 or not (ln.terminal or ln.text.endswith(":") or ln.words >= 25):
        return False
    return split_dateline(ln.text)[0] is not None


def sentence_title(lines: list[Line], start: int) -> None:
    """A page with no headline-shaped line may still open with its headline written
    as a sentence: "Apakah Indonesia akan bergabung dengan BRICS tahun ini?", or
    one sentence standing above a dateline lead. Anything else keeps title None
    (a page that starts with its lead has no title to find)."""
    first = next((i for i, ln in enumerate(lines) if ln.label not in ("drop", "date")), None)
    if first is None or first != start or lines[first].label:
        return
    ln = lines[first]
    if ln.words > 25 or dateline_lead(ln) or is_caption(ln) or _SENTENCE_BREAK.search(ln.text):
        return
    nxt = next((x for x in lines[first + 1 : first + 6] if not x.label), None)
    if nxt is None or not (nxt.prose or dateline_lead(nxt)):
        return
    asks = ln.text.rstrip().endswith(("?", "!", '"', "”"))
    if asks or dateline_lead(nxt):
        ln.label, ln.reason = "title", "first line: one sentence above the lead (question/exclamation or before a dateline)"


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


def _reporter_and_outlet(ln: Line) -> bool:
    """ "Jane Doe (The Jakarta Post)": a reporter's name with the outlet in brackets."""
    m = _NAME_AND_OUTLET.match(ln.text.strip())
    return bool(m) and _outlet(m.group(2)) is not None


def _drop_furniture(header: list[Line], c: Cues, have_title: bool) -> None:
    """Menu and credits lines (``clean.furniture``) go before the title is chosen."""
    by_outlet = []
    for ln in header:
        if ln.label or ln.date_only or is_caption(ln, c):
            continue
        if menu_line(ln, c):
            ln.label, ln.reason = "drop", "menu (section, outlet and share words)"
        elif credits_line(ln, c) == "outlet":  # (labelled credits lines went in pass 1)
            by_outlet.append(ln)
    # "Name - Bisnis.com" and "Headline - Kompas.com" share a shape: the line is a
    # byline only when a headline of 4+ words stands elsewhere in the header
    if by_outlet and (have_title or any(
        not x.label and x.headline_like and x.words >= 4 and x not in by_outlet for x in header
    )):
        for ln in by_outlet:
            ln.label, ln.reason = "drop", "byline (name and outlet)"


def label_header(header: list[Line], c: Cues, have_title: bool) -> None:
    for ln in header:
        if _dated_byline(ln) or (not ln.label and _name_and_date(ln)):
            ln.label, ln.reason = "date", "byline with the publication date, before the body"
        elif not ln.label and _reporter_and_outlet(ln):
            ln.label, ln.reason = "drop", "byline (reporter and outlet in brackets)"
    _drop_furniture(header, c, have_title)
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
        marked = LIST_MARK.match(ln.text) is not None
        if listing and marked and not ln.dates:
            ln.label, ln.reason = "body", "list point after a ':' lead-in"
            continue
        listing = False
        if i == title_at:
            ln.label, ln.reason = "title", "first headline-shaped line before the body"
            # "Headline - Site" at the top, the bare headline again below it: one title
            if (cut := cut_site_tail(ln.text)) != ln.text:
                again = line_key(cut)
                for x in header[i + 1 :]:
                    if not x.label and x.key == again:
                        x.label, x.reason = "drop", "the title again, without the site's name"
        elif (
            ln.text.rstrip().endswith(":") and ln.words >= 3 and ln.caps_ratio < 0.7
            and (nxt := next((x for x in header[i + 1 :] if not x.label), None)) is not None
            and LIST_MARK.match(nxt.text)
        ):
            ln.label, ln.reason = "body", "lead-in to a list (ends in ':', marked points follow)"
            listing = True
        elif ln.date_only:
            ln.label, ln.reason = "date", "date line before the body (publication date)"
        elif ln.dates and ln.dates[0].start <= 2 and ln.headline_like:
            ln.label, ln.reason = "drop", "dated headline (news list)"
        elif is_caption(ln, c):
            ln.label, ln.reason = "caption", "photo credit / caption cue"
        elif dated_caption(ln):
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
