"""Container formats: JSONL records and WARC archives."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from peristiwa.ingest.limits import problem
from peristiwa.model import Document


def read_jsonl(path: Path) -> Iterator[Document]:
    """One Document per line; a broken line becomes an error naming file and line."""
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            src = f"{path}:{lineno}"
            try:
                rec = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                msg = getattr(exc, "msg", None) or str(exc)
                yield Document(source=src, error=f"{path}: line {lineno}: malformed JSON ({msg})")
                continue
            if not isinstance(rec, dict):
                yield Document(source=src, error=f"{path}: line {lineno}: expected a JSON object")
                continue
            html, text = rec.get("html"), rec.get("text")
            if not isinstance(html, str) and not isinstance(text, str):
                yield Document(source=src, error=f"{path}: line {lineno}: record has neither 'text' nor 'html'")
                continue
            content = html if isinstance(html, str) else text
            if not content.strip():
                yield Document(source=src, error=f"{path}: line {lineno}: empty: no content")
                continue
            published = rec.get("published")
            # when the page was fetched: "3 jam lalu" on the page counts back from it
            fetched = next((rec[k] for k in ("fetched_at", "crawled_at", "scraped_at") if isinstance(rec.get(k), str)), None)
            yield Document(
                source=rec.get("id") and f"{src}#{rec['id']}" or src,
                kind="html" if isinstance(html, str) else "text",
                text=content,
                url=rec.get("url") if isinstance(rec.get("url"), str) else None,
                outlet=rec.get("outlet") if isinstance(rec.get("outlet"), str) else None,
                published=str(published) if published is not None else None,
                fetched_at=fetched,
            )


def read_warc(path: Path, cap: int) -> Iterator[Document]:
    """HTML response records of a WARC/WARC.GZ; a damaged record ends the file with an error.

    Records before the damage are kept (they were already yielded).
    """
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response":
                    continue
                n += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                src = f"{path}#record-{n}"
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
                if "html" not in ctype.lower() and "xml" not in ctype.lower():
                    continue
                body = record.content_stream().read(cap + 1)
                if getattr(record.raw_stream, "limit", 0) > 0 and len(body) <= cap:
                    # the archive ended before the record's declared length
                    short = record.raw_stream.limit
                    yield Document(
                        source=src, url=url, kind="html",
                        error=f"{src}: truncated WARC record ({short} bytes missing of {record.length})",
                    )
                    continue
                if len(body) > cap:
                    yield Document(source=src, url=url, kind="html", error=f"{src}: too big: record is over the size cap of {cap} bytes")
                    continue
                status = record.http_headers.get_statuscode() if record.http_headers else None
                if status and not status.startswith("2"):
                    yield Document(source=src, url=url, kind="html", error=f"{src}: HTTP {status} response record")
                    continue
                if why := problem(body):
                    yield Document(source=src, url=url, kind="html", error=f"{src}: {why}")
                    continue
                charset = None
                if ";" in ctype:
                    for part in ctype.split(";")[1:]:
                        k, _, v = part.strip().partition("=")
                        if k.lower() == "charset":
                            charset = v.strip("\"' ")
                yield Document(
                    source=src, url=url, kind="html", content=body, encoding=charset,
                    fetched_at=record.rec_headers.get_header("WARC-Date"),
                )
    except Exception as exc:  # warcio raises several types for damaged archives
        yield Document(
            source=f"{path}#record-{n + 1}",
            error=f"{path}: damaged or truncated WARC after record {n}: {type(exc).__name__}: {exc}"[:300],
        )
