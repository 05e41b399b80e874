"""Load and validate the dedup matching rules (data/dedup/rules.yaml), once."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from peristiwa.errors import DataError

_FILE = "data/dedup/rules.yaml"


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    text = resources.files("peristiwa").joinpath(_FILE).read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    _check(data)
    return data


def _check(data: dict[str, Any]) -> None:
    def need(section: str, key: str, kind: type) -> None:
        value = data.get(section, {}).get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise DataError(f"{_FILE}: {section}.{key} must be a {kind.__name__}, got {value!r}")

    for key in ("shingle_words", "num_perm", "bands", "min_shingles"):
        need("articles", key, int)
    need("articles", "threshold", float)
    if data["articles"]["num_perm"] % data["articles"]["bands"]:
        raise DataError(f"{_FILE}: articles.num_perm must be a multiple of articles.bands")
    need("events", "symmetric_types", list)
    need("events", "date_tolerance_days", int)
    need("events", "story_window_days", int)
    for key in ("date_source_rank", "place_source_rank", "place_feature_rank"):
        need("events", key, dict)
    need("events", "max_place_km", int)
