"""Clean: Document -> Article (title, body, captions, date, dateline, language).

``clean(doc)`` raises ``CleanError`` (naming the document) when the page holds
no article; anything else it can read becomes an Article whose ``text`` is the
title block, then body paragraphs and captions in page order, joined by blank
lines, with ``blocks`` giving each span.

Two routes share the line classifier (``clean.lines``):
  - plain-text dumps: the classifier finds title, captions, body and header date;
  - HTML: trafilatura finds the article and metadata (``clean.html``); its lines
    then go through the classifier with the title known, to drop news lists and
    widgets it keeps.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from peristiwa.clean import lines as L
from peristiwa.clean.data import cues
from peristiwa.clean.dateline import agency_name, outlet as outlet_name, split_dateline
from peristiwa.clean.header import cut_site_tail
from peristiwa.clean.language import identify
from peristiwa.clean.markdown import to_plain
from peristiwa.dates import find_dates
from peristiwa.errors import CleanError
from peristiwa.ingest.decode import decode
from peristiwa.ingest.limits import problem
from peristiwa.model import Article, Block, Document

__all__ = ["clean", "classify_document"]

WIB = timezone(timedelta(hours=7))
_DIGIT = re.compile(r"\d")
_SEPARATOR = re.compile(r"\s[-–—|/·•]\s|[|,:>»]")
_URL_DATE = (
    re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)"),
    re.compile(r"[/_-]((?:19|20)\d\d)(\d\d)(\d\d)(?:\d{2,6})?(?:[/_.-]|$)"),
    re.compile(r"/(\d\d)/(\d\d)/(\d\d)/"),  # republika-style yy/mm/dd
)


def page_text(doc: Document) -> tuple[str, list[str]]:
    """The document's text, decoded; raises CleanError for unusable content."""
    if doc.text is not None:
        text, warnings = doc.text, []
    else:
        data = doc.content or b""
        if why := problem(data):
            raise CleanError(f"{doc.source}: {why}")
        text, _enc, warnings = decode(data, doc.encoding)
    text = text.replace("\x00", "")
    if not text.strip():
        raise CleanError(f"{doc.source}: empty: whitespace only")
    return text, warnings


def classify_document(doc: Document) -> tuple[list[L.Line], dict]:
    """The labelled lines of a document plus route facts (title, dates) for auditing."""
    text, warnings = page_text(doc)
    facts: dict = {"warnings": warnings}
    if doc.kind == "html" or _looks_html(text):
        from peristiwa.clean import html as H

        # trafilatura's fast mode gained <10% here and returned whole pages
        # (menus, lists) on some sites, so the full extraction is used.
        parts = H.extract(text, doc.url)
        lines = L.classify(parts.text, known_title=parts.title, unwrap=False)
        facts["html"] = parts
        return lines, facts
    return L.classify(to_plain(text)), facts


def _looks_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def clean(doc: Document) -> Article:
    lines, facts = classify_document(doc)
    parts = facts.get("html")
    warnings = list(facts["warnings"])

    title = parts.title if parts else cut_site_tail(next((x.text for x in lines if x.label == "title"), None))
    pieces: list[tuple[str, str]] = []  # (kind, text) in page order
    if title:
        pieces.append(("title", title))
    dateline = None
    for ln in lines:
        if ln.label not in ("body", "caption"):
            continue
        t = L.strip_editor_tags(ln.text)
        if not t:
            continue
        # the lead opens with the dateline; a standfirst may stand above it ("Kedua menlu
        # sepakat ...", then "New Delhi (ANTARA) - ..."), so the second paragraph is tried too
        if ln.label == "body" and dateline is None and (n_body := sum(k == "body" for k, _ in pieces)) <= 1:
            dl, rest = split_dateline(t)
            # below a standfirst, only a known place or an agency is a dateline ("Advertisement - ..." is not)
            if dl and (n_body == 0 or dl.agency or dl.country_code):
                dateline, t = dl, rest
        pieces.append((ln.label, t))
    if parts:
        body_keys = {L.line_key(t) for _, t in pieces}
        for cap in parts.captions:
            if L.line_key(cap) not in body_keys:
                pieces.append(("caption", cap))
    if not any(k == "body" for k, _ in pieces):
        why = "HTML with no article text" if parts else f"no article text among {len(lines)} lines"
        raise CleanError(f"{doc.source}: {why}")

    text_out, blocks, pos = [], [], 0
    for kind, t in pieces:
        blocks.append(Block(kind, pos, pos + len(t)))
        text_out.append(t)
        pos += len(t) + 2
    full = "\n\n".join(text_out)

    url = doc.url or (None if parts else _dump_url(lines))
    published, how, raw = _published(doc, lines, parts, dateline, url)
    body_text = "\n\n".join(t for k, t in pieces if k in ("title", "body"))
    lang, conf = identify(body_text)
    if lang and lang not in ("id", "ms", "en"):
        warnings.append(f"language is '{lang}', not Indonesian, Malay or English: events may be missed")
    # a known site's name in one spelling ("KOMPAS.com", "detikNews" -> "Kompas.com", "Detik"),
    # as its datelines and page-dump mastheads give it, so its articles count as one source
    site = parts.sitename if parts else None
    outlet = doc.outlet or (site and (agency_name(site) or site)) or _host(url)
    if outlet is None and parts is None:
        outlet = _masthead(lines)
    return Article(
        source=doc.source,
        text=full,
        blocks=blocks,
        title=title,
        published=published,
        published_source=how,
        published_raw=raw,
        language=lang,
        language_confidence=conf,
        dateline=dateline,
        agency=dateline.agency if dateline else None,
        outlet=outlet,
        url=url,
        warnings=warnings,
    )


def _visible_zone(dt: datetime, raw: str, visible: list[tuple[datetime, str]]) -> tuple[datetime, str, str]:
    """A meta time labelled UTC ("2024-04-09T15:22:00Z") while the page shows the same
    clock time with a zone ("15:22 WIB") is local time mislabelled: the visible zone wins.
    (``visible`` is only filled when the meta date says UTC.)"""
    for shown, text in visible:
        same_clock = shown.replace(tzinfo=None, second=0) == dt.replace(tzinfo=None, second=0, microsecond=0)
        if same_clock and shown.utcoffset() != dt.utcoffset():
            return dt.replace(tzinfo=shown.tzinfo), "meta", f"{raw} (zone from the page: {text})"
    return dt, "meta", raw


_AGO = re.compile(r"\b(\d{1,3})\s+([a-z]+?)s?\s+(?:yang\s+)?(?:lalu|ago)\b", re.IGNORECASE)


def _relative(dated: list[L.Line], fetched_at: str) -> tuple[datetime, str, str] | None:
    """ "3 jam lalu" as the only header date, counted back from when the page was fetched."""
    units = dict(cues().relative_units)
    try:
        base = datetime.fromisoformat(fetched_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    for ln in dated:
        if (m := _AGO.search(ln.text)) and (unit := units.get(m.group(2).lower())):
            return base - timedelta(seconds=int(m.group(1)) * unit), "relative", f"{ln.text} (fetched {fetched_at})"
    return None


_URL_LINE = re.compile(r"^(?:(?:url|link|source|sumber|tautan)\s*:\s*)?(https?://[^\s/]+\.[^\s]+)$", re.IGNORECASE)


def _dump_url(lines: list[L.Line]) -> str | None:
    """The page's own address on a line of its own at the top of a dump ("https://...",
    "URL: https://..."), as scrapers write it: the URL date and host are then read from it."""
    for ln in lines[:4]:  # (a reader service puts it below the title: "Title: ...", "URL Source: ...")
        if m := _URL_LINE.match(ln.text.strip()):
            return m.group(1)
    return None


def _masthead(lines: list[L.Line]) -> str | None:
    """The site's name on a line of its own above the title of a page dump ("The Jakarta
    Post", "detikNews", "RADAR JOGJA"): the outlet when no URL or container names it."""
    for ln in lines:
        if ln.label == "title":
            break
        text = ln.text.strip()
        # a name alone: "Name - Bisnis.com" and "Home | Kompas.com" are bylines and menus
        if ln.label == "drop" and ln.words <= 4 and not _SEPARATOR.search(text) and (name := outlet_name(text)):
            return name
    return None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = re.sub(r"^https?://", "", url).split("/")[0].split(":")[0]
    return host.removeprefix("www.") or None


def _published(
    doc: Document, lines: list[L.Line], parts, dateline=None, url: str | None = None
) -> tuple[datetime | None, str | None, str | None]:
    """Publication date: container hint, page header (text) or meta tags (HTML), a full
    date inside the dateline ("Jakarta, 9 Desember 2024 -"), URL.

    Never from body text, captions or news lists: only header date lines count.
    None when the page does not say.
    """
    if doc.published:
        for m in find_dates(doc.published):
            dt = m.datetime()
            if dt:
                return dt, "container", doc.published
    if parts is None:
        # a "Diperbarui/Updated ..." line gives way to a publication line below it
        updated = cues().updated_labels
        dated = [ln for ln in lines if ln.label == "date"]
        dated.sort(key=lambda ln: ln.key.startswith(updated))  # stable: page order otherwise
        for ln in dated:
            for m in ln.dates:
                dt = m.datetime()
                if dt:
                    return dt, "header", ln.text
        if doc.fetched_at and (got := _relative(dated, doc.fetched_at)):
            return got
    else:
        if parts.meta_dates:
            dt, raw = parts.meta_dates[0]
            return _visible_zone(dt, raw, parts.visible_dates)
        day = parts.date_day
        for dt, raw in parts.class_dates:
            # a date-classed element is trusted only when trafilatura agrees on the day
            if day and dt.date().isoformat() == day:
                return dt, "header", raw
        if day:
            try:
                d = date.fromisoformat(day)
                return datetime(d.year, d.month, d.day), "meta", day
            except ValueError:
                pass
    if dateline is not None and dateline.raw and _DIGIT.search(dateline.raw):
        for m in find_dates(dateline.raw):
            if m.kind == "explicit" and (dt := m.datetime()):
                return dt, "dateline", dateline.raw
    if url:
        for i, pat in enumerate(_URL_DATE):
            m = pat.search(url)
            if not m:
                continue
            y, mo, d = (int(g) for g in m.groups())
            if i == 2:
                y += 2000
            try:
                return datetime(y, mo, d), "url", m.group(0)
            except ValueError:
                continue
    return None, None, None
