"""Fetching pages and feeds over HTTP(S) with httpx.

Timeouts, a size cap enforced while streaming (a server cannot push more than
the cap into memory), bounded redirects, and an honest User-Agent.
"""

from __future__ import annotations

from datetime import datetime, timezone

import httpx

from peristiwa import __version__
from peristiwa.ingest.limits import max_bytes, too_big
from peristiwa.model import Document

USER_AGENT = f"peristiwa/{__version__} (+https://github.com/peristiwa)"
TIMEOUT = httpx.Timeout(20.0, connect=10.0)
MAX_REDIRECTS = 5

_client: httpx.Client | None = None


def client() -> httpx.Client:
    global _client
    if _client is None:  # one connection pool per process
        _client = httpx.Client(
            headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5"},
            timeout=TIMEOUT,
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
        )
    return _client


def is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def fetch(url: str, cap: int | None = None) -> tuple[bytes, dict[str, str], str]:
    """GET ``url``; return (body, headers, final url). Raises IngestError with the reason."""
    from peristiwa.errors import IngestError

    cap = max_bytes(cap)
    try:
        with client().stream("GET", url) as resp:
            if resp.status_code >= 400:
                raise IngestError(f"{url}: HTTP {resp.status_code} {resp.reason_phrase}")
            length = resp.headers.get("content-length")
            if length and length.isdigit() and (msg := too_big(int(length), cap)):
                raise IngestError(f"{url}: {msg}")
            chunks, got = [], 0
            for chunk in resp.iter_bytes():
                got += len(chunk)
                if got > cap:
                    raise IngestError(f"{url}: {too_big(got, cap)} (stopped reading)")
                chunks.append(chunk)
            return b"".join(chunks), dict(resp.headers), str(resp.url)
    except httpx.TooManyRedirects:
        raise IngestError(f"{url}: too many redirects (more than {MAX_REDIRECTS})") from None
    except httpx.TimeoutException:
        raise IngestError(f"{url}: timed out") from None
    except httpx.HTTPError as exc:
        raise IngestError(f"{url}: cannot fetch: {type(exc).__name__}: {exc}") from None


def charset_of(headers: dict[str, str]) -> str | None:
    ctype = {k.lower(): v for k, v in headers.items()}.get("content-type", "")
    for part in ctype.split(";")[1:]:
        k, _, v = part.strip().partition("=")
        if k.lower() == "charset" and v:
            return v.strip("\"' ")
    return None


def looks_like_feed(data: bytes, headers: dict[str, str] | None = None) -> bool:
    ctype = ({k.lower(): v for k, v in (headers or {}).items()}.get("content-type") or "").lower()
    if any(t in ctype for t in ("rss", "atom")):
        return True
    head = data[:2048].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def page_document(url: str, cap: int | None = None, **hints) -> Document:
    """Fetch one page URL into a Document (error Document on failure)."""
    from peristiwa.errors import IngestError
    from peristiwa.ingest.limits import problem

    try:
        body, headers, final = fetch(url, cap)
    except IngestError as exc:
        return Document(source=url, url=url, kind="html", error=str(exc), **hints)
    if why := problem(body):
        return Document(source=url, url=final, kind="html", error=f"{url}: {why}", **hints)
    doc = Document(source=url, url=final, kind="html", content=body, encoding=charset_of(headers), fetched_at=now(), **hints)
    if final != url:
        doc.meta["redirected_from"] = url
    return doc
