"""RSS/Atom feeds: each item's page is fetched; a failing item is an error Document."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import datetime, timezone

import feedparser

from peristiwa.ingest import web
from peristiwa.model import Document


def _published(entry) -> str | None:
    st = entry.get("published_parsed") or entry.get("updated_parsed")
    if not st:
        return None
    return datetime.fromtimestamp(calendar.timegm(st), timezone.utc).isoformat()  # feedparser gives UTC


def read_feed(data: bytes, source: str, cap: int | None = None) -> Iterator[Document]:
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield Document(source=source, error=f"{source}: not a readable RSS/Atom feed ({parsed.get('bozo_exception')})")
        return
    outlet = (parsed.feed.get("title") or None) if parsed.get("feed") else None
    for i, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        hints = {"outlet": outlet, "published": _published(entry)}
        if link and web.is_url(link):
            doc = web.page_document(link, cap, **hints)
            doc.meta["feed"] = source
            yield doc
            continue
        # No fetchable link: use the content the feed carries, if any.
        body = (entry.get("content") or [{}])[0].get("value") or entry.get("summary")
        if body:
            yield Document(source=f"{source}#item-{i}", kind="html", text=body, url=link, **hints)
        else:
            yield Document(source=f"{source}#item-{i}", error=f"{source}#item-{i}: feed item has no link and no content")
