"""Checks every ingest route shares: size cap, emptiness, binary content."""

from __future__ import annotations

import os

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # 20 MB: far above any news page, far below memory trouble
ENV_MAX_BYTES = "PERISTIWA_MAX_BYTES"

# Magic numbers of formats people rename or mis-serve as pages.
MAGIC = {
    b"\x89PNG\r\n\x1a\n": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF87a": "GIF image",
    b"GIF89a": "GIF image",
    b"%PDF-": "PDF document",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip data",
    b"RIFF": "RIFF media",
    b"\x00\x00\x01\x00": "icon",
    b"OggS": "Ogg media",
    b"\x7fELF": "executable",
}


def max_bytes(override: int | None = None) -> int:
    if override is not None:
        return override
    env = os.environ.get(ENV_MAX_BYTES)
    return int(env) if env and env.isdigit() else DEFAULT_MAX_BYTES


def human(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def too_big(size: int, cap: int) -> str | None:
    if size > cap:
        return f"too big: {human(size)} is over the size cap of {human(cap)}"
    return None


def problem(data: bytes) -> str | None:
    """Why ``data`` cannot be a page (empty, whitespace, binary), or None."""
    if not data:
        return "empty: no content"
    head = data[:4096]
    if not head.strip() and not data.strip():
        return "empty: whitespace only"
    for magic, name in MAGIC.items():
        if head.startswith(magic):
            return f"binary: looks like a {name}, not a page"
    # Text in any 8-bit or UTF-8 encoding has (almost) no NUL bytes; UTF-16 has many.
    if head.count(b"\x00") > len(head) // 10 and not (head[:2] in (b"\xff\xfe", b"\xfe\xff")):
        return "binary: contains NUL bytes, not a page"
    return None
