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
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import datetime

import lxml.html
import trafilatura

from peristiwa.clean import container
from peristiwa.clean.data import container_rules
from peristiwa.dates import find_dates

META_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date.issued", "dc.date", "date", "article_date_original",
    "content_publisheddate", "sailthru.date", "parsely-pub-date", "dtm.publish_date", "publishedat",
)
_DATE_CLASS = re.compile(r"date|time|tanggal|tgl|publish|posted|waktu", re.IGNORECASE)
_CAPTION_CLASS = re.compile(r"caption|keterangan|foto-text|photo-desc", re.IGNORECASE)
# Only figcaptions and classed div/span/p/em become Python objects (lxml.html's
# per-element class lookup makes a full tree.iter() the costlier walk).
_CAPTION_CANDIDATES = lxml.etree.XPath("//figcaption | //*[@class][self::div or self::span or self::p or self::em]")
_TITLE_SEPS = re.compile(r"\s+(?:[|•–—-]|::)\s+")


@dataclass
class HtmlParts:
    title: str | None
    text: str
    sitename: str | None
    date_day: str | None  # htmldate's YYYY-MM-DD; like class_dates, only read when meta_dates is empty
    meta_dates: list[tuple[datetime, str]] = field(default_factory=list)  # (when, raw)
    class_dates: list[tuple[datetime, str]] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    route: str = "page"
    # dates shown on the page (beside the headline, date-classed elements), read only
    # when the first meta date says UTC: some sites label local time "Z"
    visible_dates: list[tuple[datetime, str]] = field(default_factory=list)  # where the text came from: articleBody | container | page | unparsed


def extract(html: str, url: str | None, fast: bool = False, use_container: bool = True) -> HtmlParts:
    """Main text and metadata. ``fast`` skips trafilatura's readability/baseline
    fallbacks. ``use_container`` hands trafilatura the article container alone
    (clean/container.py; ~10x faster); False extracts from the whole page."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        tree = None
    if tree is None:  # let trafilatura try its own parser and metadata
        d = _as_dict(trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False))
        return HtmlParts(
            tidy_title(d.get("title"), d.get("sitename"), url), d.get("text") or "", d.get("sitename"), d.get("date"), route="unparsed"
        )
    # Metadata is read here, not by trafilatura: its author/category/tag passes
    # cost ~40% of the time and we use none of them.
    meta_dates = _meta_dates(tree)  # before pruning: JSON-LD lives in <script>
    sitename = _meta(tree, "og:site_name", "application-name") or _host(url)
    title = tidy_title(_title(tree), sitename, url)
    # The weaker date sources are only consulted without a meta date (see
    # clean._published), so they are not computed then.
    day = None if meta_dates else _htmldate(tree, url)
    visible = _visible_dates(tree, meta_dates[0][0]) if meta_dates and _is_utc(meta_dates[0][0]) else []
    _prune(tree)
    # substring test first: the XPath below walks every element
    text = _schema_body(tree) if "articleBody" in html else None
    route = "articleBody"
    if text is None and use_container:
        text, route = _container_text(tree, url, fast), "container"
    if text is None:
        text, route = _trafilatura_text(tree, url, fast), "page"
    return HtmlParts(
        title=title,
        text=text,
        sitename=sitename,
        date_day=day,
        meta_dates=meta_dates,
        # date-classed elements are a costly walk: only when nothing better exists
        class_dates=[] if meta_dates else (_near_title_dates(tree, title) or _class_dates(tree)),
        captions=_captions(tree),
        route=route,
        visible_dates=visible,
    )


def _is_utc(dt: datetime) -> bool:
    return dt.tzinfo is not None and dt.utcoffset().total_seconds() == 0


def _visible_dates(tree, clock: datetime, limit: int = 10) -> list[tuple[datetime, str]]:
    """Zoned dates shown on the page at ``clock``'s time ("Selasa, 09 Apr 2024 15:22 WIB").

    Only elements whose own text holds that clock time ("15:22", "15.22") are read,
    found by XPath in C: a sidebar item would also need the same day and minute."""
    hh, mm = clock.hour, clock.minute
    out: list[tuple[datetime, str]] = []
    for needle in dict.fromkeys((f"{hh:02d}:{mm:02d}", f"{hh:02d}.{mm:02d}", f"{hh}:{mm:02d}", f"{hh}.{mm:02d}")):
        for el in _OWN_TEXT_HAS(tree, word=needle):
            if el.tag in ("script", "style", "meta", "title") or len(out) >= limit:
                continue
            # the date may sit in the element or, split by markup, in its parent
            for node in (el, el.getparent()):
                if node is None:
                    continue
                text = " ".join(node.text_content().split())[:160]
                dt = _first_datetime(text)
                if dt is not None and dt.tzinfo is not None:
                    out.append((dt, text))
                    break
    return out


def _trafilatura_text(tree, url: str | None, fast: bool) -> str:
    d = _as_dict(
        trafilatura.bare_extraction(
            tree, url=url, with_metadata=False, include_comments=False, include_tables=False,
            include_images=False, deduplicate=False, fast=fast,
        )
    )
    return d.get("text") or ""


def _container_text(tree, url: str | None, fast: bool) -> str | None:
    """trafilatura on the article container alone (see clean/container.py), or
    None when the page has no clear container or the extraction from it kept
    too little of its running text (then the whole page is extracted)."""
    found = container.find(tree)
    if found is None:
        return None
    root = lxml.html.Element("html")
    part = deepcopy(found.element)
    part.tail = None  # the text after the container belongs to its parent
    lxml.etree.SubElement(root, "body").append(part)
    text = _trafilatura_text(root, url, fast)
    if len(text) < container_rules().min_kept_share * found.mass:
        return None
    return text


_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption",
    "blockquote", "tr", "table", "section", "article", "aside", "header", "footer",
)


_ARTICLE_BODY = lxml.etree.XPath('//*[@itemprop="articleBody"]')  # C-side walk: no Python object per element


def _schema_body(tree) -> str | None:
    """The text of the schema.org ``articleBody`` element, when the page marks one.

    The publisher's own markup is more reliable than a layout heuristic: it keeps
    loose text trafilatura drops (a lead paragraph outside any <p>). Lines are
    split at block elements; the classifier then removes widgets inside it."""
    found = _ARTICLE_BODY(tree)
    if not found:
        return None
    body = found[0]
    for el in body.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    text = body.text_content()
    if len(text.strip()) < 200:
        return None
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def _as_dict(doc) -> dict:
    if doc is None:
        return {}
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    return re.sub(r"^https?://", "", url).split("/")[0].split(":")[0].removeprefix("www.") or None


def _meta(tree, *keys: str) -> str | None:
    want = {k.lower() for k in keys}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in want and (el.get("content") or "").strip():
            return " ".join(el.get("content").split())
    return None


def _title(tree) -> str | None:
    """og:title, else the first <h1>, else <title> (all site-suffix-stripped later)."""
    og = _meta(tree, "og:title", "twitter:title")
    h1 = next((" ".join(h.text_content().split()) for h in tree.iter("h1") if h.text_content().strip()), None)
    head = next((" ".join(t.text_content().split()) for t in tree.iter("title") if t.text_content().strip()), None)
    # An <h1> that is a prefix of og:title/<title> is the clean headline; a logo <h1> is short.
    for cand in (og, h1, head):
        if cand and len(cand.split()) >= 3:
            return cand
    return og or h1 or head


def _htmldate(tree, url: str | None) -> str | None:
    try:
        from htmldate import find_date

        return find_date(tree, url=url, extensive_search=False, original_date=True)
    except Exception:  # a heuristic helper; never let it stop a page
        return None


_PRUNE_TAGS = ("script", "style", "noscript", "svg", "iframe", "select", "button", "template")


def _prune(tree) -> None:
    """Remove what never holds article text, before trafilatura walks the tree (~40% faster)."""
    for el in list(tree.iter(*_PRUNE_TAGS, lxml.etree.Comment)):
        if el.tag == "script" and (el.get("type") or "").lower() == "application/ld+json":
            continue  # trafilatura reads metadata from JSON-LD
        parent = el.getparent()
        if parent is not None:
            el.drop_tree() if hasattr(el, "drop_tree") else parent.remove(el)


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


_OWN_TEXT_HAS = lxml.etree.XPath("//text()[contains(., $word)]/..")  # a superset, in page order


def _near_title_dates(tree, title: str | None) -> list[tuple[datetime, str]]:
    """A date in the elements just around the headline: the page's header date line.

    Sidebars and tickers carry other dates; the one beside the headline is the
    article's (the same idea as the header zone of plain-text pages)."""
    if not title or len(title) < 8:
        return []
    head = title[:40]
    # An element qualifies only if its own text holds the headline's first word:
    # XPath finds those in C instead of a Python walk over every element.
    first_word = head[:8].split()[0]
    for el in _OWN_TEXT_HAS(tree, word=first_word):
        if el.tag in ("title", "meta", "script"):
            continue
        own = " ".join((el.text or "").split())
        if not own or not own.startswith(head[: len(own)]) or len(own) < min(len(head), 8):
            continue
        if " ".join(el.text_content().split())[: len(head)] != head:
            continue
        node = el
        while node is not None and node.getprevious() is None and node.getnext() is None:
            node = node.getparent()  # climb out of wrappers to reach siblings
        if node is None:
            return []
        neighbours = []
        nxt, prv = node.getnext(), node.getprevious()
        for _ in range(3):
            if nxt is not None:
                neighbours.append(nxt)
                nxt = nxt.getnext()
            if prv is not None:
                neighbours.append(prv)
                prv = prv.getprevious()
        for n in neighbours:  # nearest first, after before before
            if not isinstance(n.tag, str):
                continue
            text = " ".join(n.text_content().split())[:160]
            dt = _first_datetime(text)
            if dt:
                return [(dt, text)]
        return []
    return []


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
    for el in _CAPTION_CANDIDATES(tree):  # the regex below still decides
        if el.tag == "figcaption" or (_CAPTION_CLASS.search(el.get("class") or "") and _by_image(el)):
            text = " ".join(el.text_content().split())
            if 15 <= len(text) <= 500 and text not in seen and not _READ_COUNT.search(text):
                seen.add(text)
                out.append(text)
    return out
