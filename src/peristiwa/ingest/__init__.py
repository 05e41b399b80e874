"""Ingest: every way news arrives -> Document.

``read(inputs, glob=None)`` accepts, in any mix:
  - plain-text page dumps and HTML files;
  - directories (walked recursively; ``glob`` filters file names);
  - JSONL files (records with ``text`` or ``html``, optional ``url``, ``published``, ``outlet``);
  - WARC / WARC.GZ archives (HTML response records);
  - RSS/Atom feeds, local or by URL (each item's page is fetched);
  - http(s) URLs of pages.

Nothing here raises for a bad item: it becomes a Document with ``error`` set,
naming the input and the reason, and the batch goes on.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Iterator
from pathlib import Path

from peristiwa.ingest import web
from peristiwa.ingest.limits import DEFAULT_MAX_BYTES, max_bytes, problem, too_big
from peristiwa.model import Document

__all__ = ["read", "read_one", "DEFAULT_MAX_BYTES"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
# What a directory walk picks up without a glob (README, LICENSE, gold.json are not pages).
PAGE_SUFFIXES = HTML_SUFFIXES | {".txt", ".text"} | JSONL_SUFFIXES | FEED_SUFFIXES | {".warc", ".gz"}


def read(inputs: Iterable[str], glob: str | None = None, *, max_size: int | None = None) -> Iterator[Document]:
    """Yield one Document per page found in ``inputs`` (paths, directories, URLs)."""
    cap = max_bytes(max_size)
    if isinstance(inputs, (str, Path)):
        inputs = [str(inputs)]
    for item in inputs:
        item = str(item)
        if web.is_url(item):
            yield from _read_url(item, cap)
            continue
        p = Path(item)
        if p.is_dir():
            for f in _walk(p, glob):
                yield from read_one(f, cap)
        elif p.exists():
            yield from read_one(p, cap)
        else:
            yield Document(source=item, error=f"{item}: no such file or directory")


def _walk(root: Path, glob: str | None) -> list[Path]:
    out = []
    for f in sorted(root.rglob("*")):
        if not f.is_file() or any(part.startswith(".") for part in f.relative_to(root).parts):
            continue
        if glob:
            rel = str(f.relative_to(root))
            if any(fnmatch.fnmatch(x, g) for x in (f.name, rel) for g in (glob, glob.removeprefix("**/"))):
                out.append(f)
        elif f.suffix.lower() in PAGE_SUFFIXES and (f.suffix.lower() != ".gz" or f.name.lower().endswith(".warc.gz")):
            out.append(f)
    return out


def _is_warc(p: Path) -> bool:
    name = p.name.lower()
    return name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz"))


def read_one(path: Path, cap: int | None = None) -> Iterator[Document]:
    """All Documents in one local file, by format."""
    from peristiwa.ingest import records

    cap = max_bytes(cap)
    src = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Document(source=src, error=f"{src}: cannot read: {exc.strerror}")
        return
    suffix = path.suffix.lower()
    if _is_warc(path):
        yield from records.read_warc(path, cap)
        return
    if suffix in JSONL_SUFFIXES:
        yield from records.read_jsonl(path)
        return
    if msg := too_big(size, cap):
        yield Document(source=src, error=f"{src}: {msg}")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Document(source=src, error=f"{src}: cannot read: {exc.strerror}")
        return
    if why := problem(data):
        yield Document(source=src, error=f"{src}: {why}")
        return
    if suffix in FEED_SUFFIXES or (suffix not in HTML_SUFFIXES and web.looks_like_feed(data)):
        from peristiwa.ingest import feeds

        yield from feeds.read_feed(data, src, cap)
        return
    kind = "html" if suffix in HTML_SUFFIXES or _looks_like_html(data) else "text"
    yield Document(source=src, kind=kind, content=data)


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<head" in head


def _read_url(url: str, cap: int) -> Iterator[Document]:
    from peristiwa.errors import IngestError

    try:
        body, headers, final = web.fetch(url, cap)
    except IngestError as exc:
        yield Document(source=url, url=url, kind="html", error=str(exc))
        return
    if why := problem(body):
        yield Document(source=url, url=final, error=f"{url}: {why}")
        return
    if web.looks_like_feed(body, headers):
        from peristiwa.ingest import feeds

        yield from feeds.read_feed(body, url, cap)
        return
    yield Document(
        source=url, url=final, kind="html" if _looks_like_html(body) or "html" in str(headers).lower() else "text",
        content=body, encoding=web.charset_of(headers), fetched_at=web.now(),
    )
