"""Bytes -> text, surviving mislabelled legacy encodings.

Order of trust: a BOM, then strict UTF-8 (most pages), then the declared
charset (HTTP header or <meta>) if it decodes cleanly, then charset-normalizer's
guess. windows-1252 is preferred over latin-1 when both fit: they differ only
in 0x80-0x9F, where latin-1 has control characters no page means.
"""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _norm(enc: str | None) -> str | None:
    if not enc:
        return None
    try:
        name = codecs.lookup(enc.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _single_byte_latin(enc: str) -> bool:
    return enc.startswith(("cp125", "iso8859", "mac", "latin", "cp437", "cp850"))


def declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:8192])
    return m.group(1).decode("ascii", "ignore") if m else None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str, list[str]]:
    """Return (text, encoding used, warnings)."""
    warnings: list[str] = []
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, "replace"), enc, warnings
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    declared = _norm(declared) or _norm(declared_charset(data))
    if declared and declared not in ("utf-8",):
        try:
            return data.decode(declared), declared, warnings
        except UnicodeDecodeError:
            warnings.append(f"declared charset {declared} does not fit the bytes")
    guess = None
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        guess = _norm(best.encoding) if best else None
    except Exception:  # the detector is a heuristic; never let it stop a page
        guess = None
    if guess in (None, "utf-8") or _single_byte_latin(guess):
        # Indonesian/English text: the detector's other 8-bit Latin guesses
        # (cp1250, mac_roman...) are wrong far more often than cp1252 is.
        guess = "cp1252"
    label = f" (labelled {declared})" if declared else ""
    warnings.append(f"invalid UTF-8 at byte {bad_at}{label}; decoded as {guess}")
    try:
        return data.decode(guess), guess, warnings
    except UnicodeDecodeError:
        return data.decode(guess, "replace"), guess, warnings
