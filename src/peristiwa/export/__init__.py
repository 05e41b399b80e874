"""Exports of the canonical events: jsonl, csv, parquet, PLOVER JSON, GDELT-style CSV.

Every format is written from the same rows (``Store.events(mentions=True)``),
so the formats differ only in naming and shape.
"""

from __future__ import annotations

import os
from pathlib import Path

from peristiwa.errors import StoreError
from peristiwa.export import formats

FORMATS = {
    "jsonl": formats.write_jsonl,
    "csv": formats.write_csv,
    "parquet": formats.write_parquet,
    "plover": formats.write_plover,
    "gdelt": formats.write_gdelt,
}


def write(store, format: str, path: str | os.PathLike, **filters) -> int:
    fn = FORMATS.get(format)
    if fn is None:
        raise StoreError(f"export: unknown format {format!r} (use {', '.join(FORMATS)})")
    out = Path(path)
    if out.parent and not out.parent.exists():
        raise StoreError(f"export: the folder {out.parent} does not exist")
    rows = store.events(mentions=True, **filters)
    tmp = out.with_name(out.name + ".part")
    fn(rows, tmp)
    os.replace(tmp, out)  # never leave a half-written export under the real name
    return len(rows)
