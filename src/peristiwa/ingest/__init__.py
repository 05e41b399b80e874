"""Ingest: every way news arrives -> Document. (Placeholder: plain files only.)"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from peristiwa.model import Document


def read(inputs: Iterable[str], glob: str | None = None) -> Iterator[Document]:
    for item in inputs:
        p = Path(item)
        files = sorted(f for f in p.rglob(glob or "*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            try:
                data = f.read_bytes()
            except OSError as exc:
                yield Document(source=str(f), error=f"cannot read: {exc.strerror}")
                continue
            kind = "html" if f.suffix.lower() in (".html", ".htm") else "text"
            yield Document(source=str(f), kind=kind, content=data)
