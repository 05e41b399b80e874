"""Event merging: which reports describe the same real-world event, and which
field values the canonical event takes. The rules are in docs/dedup.md and the
numbers in data/dedup/rules.yaml.

Two mentions are the same event when they share the ``match_key`` (type, mode,
negation and the actor/recipient identities, order-free for symmetric types),
their dates lie within the tolerance (or they come from one story cluster),
and their places are compatible.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from peristiwa.dedup.rules import rules
from peristiwa.model import Actor, Event


def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").casefold()
    return " ".join(s.split())


def actor_key(a: Actor | None) -> str | None:
    """The identity of an actor: its KB id, else its country (for country
    actors), else its normalised name qualified by country and sector."""
    if a is None:
        return None
    if a.kb_id:
        return f"kb:{a.kb_id}"
    if a.type == "country" and a.country:
        return f"country:{a.country}"
    return f"name:{a.country or ''}:{a.sector or ''}:{_norm(a.name or a.text)}"


def actor_code(a: Actor | None) -> str | None:
    """The short code queries use: ISO3 country, else KB id, else the name."""
    if a is None:
        return None
    return a.country or a.kb_id or _norm(a.name or a.text) or None


def dyad_key(code1: str | None, code2: str | None) -> str | None:
    if not code1 and not code2:
        return None
    return "|".join(sorted(c or "-" for c in (code1, code2)))


def match_key(ev: Event) -> str:
    ids = [actor_key(ev.actor) or "-", actor_key(ev.recipient) or "-"]
    if ev.event_type in rules()["events"]["symmetric_types"]:
        ids.sort()
    return "|".join([ev.event_type, ev.mode or "-", "neg" if ev.negated else "pos", *ids])


def sides_compatible(
    mine: list[tuple[str | None, str | None]], theirs: list[tuple[str | None, str | None]], loose: bool = False
) -> bool:
    """Each side: (identity key, country). Equal identities fit; a country
    actor fits any actor of that country (one outlet wrote "China", another
    "Wang Yi"). Two different KB-resolved people never fit. ``loose`` (copies
    of one story only): an unresolved name fits any actor of its country."""
    for (k1, c1), (k2, c2) in zip(mine, theirs):
        if k1 == k2:
            continue
        if not (k1 and k2 and c1 and c1 == c2):
            return False
        if k1.startswith("country:") or k2.startswith("country:"):
            continue
        if loose and (k1.startswith("name:") or k2.startswith("name:")):
            continue
        return False
    return True


def dates_close(a: date | None, b: date | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs((a - b).days) <= rules()["events"]["date_tolerance_days"]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def places_compatible(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Unknown places fit anything; different countries never fit; two points
    far apart do not fit; a country-level place fits any place inside it."""
    if not a.get("place") or not b.get("place"):
        return True
    ca, cb = a.get("place_country"), b.get("place_country")
    if ca and cb and ca != cb:
        return False
    if None not in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        coarse = "country" in (a.get("place_feature"), b.get("place_feature"))
        if not coarse and _km(a["lat"], a["lon"], b["lat"], b["lon"]) > rules()["events"]["max_place_km"]:
            return False
        return True
    if "country" in (a.get("place_feature"), b.get("place_feature")):
        return True
    return _norm(a["place"]) == _norm(b["place"])


def choose(mentions: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The canonical field values of one event, chosen by evidence, plus the
    GDELT-style counts. ``mentions`` are rows of the mentions table."""
    ms = list(mentions)
    cfg = rules()["events"]
    drank = cfg["date_source_rank"]
    prank, frank = cfg["place_source_rank"], cfg["place_feature_rank"]

    # Date: the best-evidenced source wins; among equals, the most reported, then the earliest.
    dated = [m for m in ms if m.get("date") is not None]
    best_date, best_src = None, "none"
    if dated:
        top = max(drank.get(m.get("date_source") or "none", 0) for m in dated)
        pool = [m for m in dated if drank.get(m.get("date_source") or "none", 0) == top]
        counts = Counter(m["date"] for m in pool)
        best_date = min(counts, key=lambda d: (-counts[d], d))
        best_src = next(m.get("date_source") or "none" for m in pool if m["date"] == best_date)

    placed = [m for m in ms if m.get("place")]
    place = None
    if placed:
        place = max(
            placed,
            key=lambda m: (
                prank.get(m.get("place_source") or "", 0),
                frank.get(m.get("place_feature") or "", 0),
                sum(1 for x in placed if _norm(x["place"]) == _norm(m["place"])),
            ),
        )

    def most_common(field: str) -> Any:
        c = Counter(m.get(field) for m in ms if m.get(field) is not None)
        return c.most_common(1)[0][0] if c else None

    # Actor and recipient are chosen as a pair (most reported, then first seen),
    # so a symmetric event reported both ways round never gets one actor twice.
    symmetric = ms[0].get("event_type") in cfg["symmetric_types"]
    pair_of = [(m.get("actor_id"), m.get("recipient_id")) for m in ms]
    norm = [frozenset(p) if symmetric else p for p in pair_of]
    votes = Counter(norm)
    best = max(range(len(ms)), key=lambda i: (votes[norm[i]], None not in pair_of[i], -i))
    actor_id, recipient_id = pair_of[best]

    coded = max(ms, key=lambda m: m.get("confidence") or 0.0)
    return {
        "date": best_date,
        "date_source": best_src,
        "month": best_date.strftime("%Y-%m") if best_date else None,
        "place": place["place"] if place else None,
        "place_country": place.get("place_country") if place else None,
        "lat": place.get("lat") if place else None,
        "lon": place.get("lon") if place else None,
        "actor_id": actor_id,
        "recipient_id": recipient_id,
        "cameo": coded.get("cameo") or most_common("cameo"),
        "quad_class": coded.get("quad_class") if coded.get("quad_class") is not None else most_common("quad_class"),
        "goldstein": coded.get("goldstein") if coded.get("goldstein") is not None else most_common("goldstein"),
        "num_mentions": len(ms),
        "num_articles": len({m["article_id"] for m in ms}),
        "num_sources": len({m.get("outlet") or f"article:{m['article_id']}" for m in ms}),
    }
