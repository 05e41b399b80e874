"""HTML pages: trafilatura for the main text and metadata, plus what it misses.

trafilatura finds the article container; its text still carries list items
(related news with dates), tweets and widgets, so the lines go through the
same classifier as plain-text dumps, with the title already known. Captions
(<figcaption>, elements classed "caption") and a timed publication date from
meta tags or date-classed elements are read here with lxml.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime

import lxml.html
import trafilatura

from peristiwa.dates import find_dates

META_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date.issued", "dc.date", "date", "article_date_original",
    "content_publisheddate", "sailthru.date", "parsely-pub-date", "dtm.publish_date", "publishedat",
)
_DATE_CLASS = re.compile(r"date|time|tanggal|tgl|publish|posted|waktu", re.IGNORECASE)
_CAPTION_CLASS = re.compile(r"caption|keterangan|foto-text|photo-desc", re.IGNORECASE)
_TITLE_SEPS = re.compile(r"\s+(?:[|•–—-]|::)\s+")


@dataclass
class HtmlParts:
    title: str | None
    text: str
    sitename: str | None
    date_day: str | None  # trafilatura's YYYY-MM-DD
    meta_dates: list[tuple[datetime, str]] = field(default_factory=list)  # (when, raw)
    class_dates: list[tuple[datetime, str]] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)


def extract(html: str, url: str | None) -> HtmlParts:
    tree = None
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        tree = None
    doc = trafilatura.bare_extraction(
        tree if tree is not None else html, url=url, with_metadata=True,
        include_comments=False, include_tables=False, include_images=False, deduplicate=False,
    )
    d = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    parts = HtmlParts(
        title=tidy_title(d.get("title"), d.get("sitename"), url),
        text=d.get("text") or "",
        sitename=d.get("sitename"),
        date_day=d.get("date"),
    )
    if tree is not None:
        parts.meta_dates = _meta_dates(tree)
        parts.class_dates = _class_dates(tree)
        parts.captions = _captions(tree)
    return parts


def tidy_title(title: str | None, sitename: str | None, url: str | None) -> str | None:
    """Drop a " - Kompas.com" / " | Republika Online" suffix (or prefix) naming the site."""
    if not title:
        return None
    title = " ".join(title.split())
    parts = _TITLE_SEPS.split(title)
    if len(parts) < 2:
        return title
    host = ""
    if url:
        host = re.sub(r"^https?://", "", url).split("/")[0].lower()
    site_words = set(re.findall(r"[a-z0-9]+", (sitename or "").lower())) | set(host.split(".")) - {"www", "com", "co", "id", "net", "org"}

    def is_site(seg: str) -> bool:
        w = set(re.findall(r"[a-z0-9]+", seg.lower())) - {"www", "com", "co", "id", "online", "news", "net"}
        return len(seg.split()) <= 4 and bool(w) and bool(w & site_words)

    seps = list(_TITLE_SEPS.finditer(title))
    if is_site(parts[-1]):
        return title[: seps[-1].start()].strip() or title
    if is_site(parts[0]):
        return title[seps[0].end() :].strip() or title
    return title


def _first_datetime(text: str) -> datetime | None:
    for m in find_dates(text):
        dt = m.datetime()
        if dt is not None:
            return dt
    return None


def _meta_dates(tree) -> list[tuple[datetime, str]]:
    out = []
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in META_DATE_KEYS and el.get("content"):
            dt = _first_datetime(el.get("content").replace(" T", "T"))
            if dt:
                out.append((dt, f"meta {key}={el.get('content')}"))
    for el in tree.iter("time"):
        if (el.get("itemprop") or "").lower() == "datepublished" and el.get("datetime"):
            dt = _first_datetime(el.get("datetime"))
            if dt:
                out.append((dt, f"time datePublished={el.get('datetime')}"))
    for el in tree.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except ValueError:
            continue
        for obj in data if isinstance(data, list) else [data]:
            if isinstance(obj, dict) and isinstance(obj.get("datePublished"), str):
                dt = _first_datetime(obj["datePublished"])
                if dt:
                    out.append((dt, f"ld+json datePublished={obj['datePublished']}"))
    return out


def _class_dates(tree, limit: int = 40) -> list[tuple[datetime, str]]:
    out = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        cls = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not _DATE_CLASS.search(cls):
            continue
        text = " ".join(el.text_content().split())[:120]
        dt = _first_datetime(text)
        if dt:
            out.append((dt, text))
        if len(out) >= limit:
            break
    return out


_READ_COUNT = re.compile(r"dibaca\s+[\d.,]+\s*k?\s*kali|\d+\s*(?:views|comments|shares)", re.IGNORECASE)


def _by_image(el) -> bool:
    """A caption-classed element counts only next to a picture (not a teaser widget)."""
    parent = el.getparent()
    for node in (el, parent, parent.getparent() if parent is not None else None):
        if node is None:
            continue
        if node.tag == "figure" or next(node.iter("img"), None) is not None:
            return True
    return False


def _captions(tree) -> list[str]:
    seen, out = set(), []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "figcaption" or (
            el.tag in ("div", "span", "p", "em") and _CAPTION_CLASS.search(el.get("class") or "") and _by_image(el)
        ):
            text = " ".join(el.text_content().split())
            if 15 <= len(text) <= 500 and text not in seen and not _READ_COUNT.search(text):
                seen.add(text)
                out.append(text)
    return out
