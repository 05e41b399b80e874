"""One writer per export format. Input: event rows with their mentions."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

FLAT_COLUMNS = (
    "id", "date", "date_source", "event_type", "mode", "cameo", "quad_class", "goldstein",
    "actor_code", "actor_name", "actor_kb_id", "actor_sector",
    "recipient_code", "recipient_name", "recipient_kb_id", "recipient_sector",
    "place", "place_country", "lat", "lon", "negated",
    "num_mentions", "num_articles", "num_sources", "first_seen", "urls", "outlets",
)


def flat(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: row.get(k) for k in FLAT_COLUMNS if k not in ("urls", "outlets")}
    ms = row.get("mentions") or []
    out["urls"] = " ".join(dict.fromkeys(m["url"] for m in ms if m.get("url")))
    out["outlets"] = ";".join(dict.fromkeys(m["outlet"] for m in ms if m.get("outlet")))
    out["negated"] = bool(out["negated"])
    return out


def _json_default(o: Any) -> Any:
    if isinstance(o, date):
        return o.isoformat()
    raise TypeError(f"not JSON serialisable: {type(o).__name__}")


def write_jsonl(rows: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            d = flat(r)
            d["mentions"] = r.get("mentions", [])
            f.write(json.dumps(d, ensure_ascii=False, default=_json_default) + "\n")


def write_csv(rows: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FLAT_COLUMNS)
        w.writeheader()
        for r in rows:
            d = flat(r)
            d["date"] = d["date"].isoformat() if d["date"] else ""
            w.writerow(d)


def write_parquet(rows: list[dict], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    types = {
        "id": i, "date": pa.date32(), "quad_class": i, "goldstein": f, "lat": f, "lon": f, "negated": b,
        "num_mentions": i, "num_articles": i, "num_sources": i,
    }
    schema = pa.schema([(c, types.get(c, s)) for c in FLAT_COLUMNS])
    flats = [flat(r) for r in rows]
    table = pa.table({c: pa.array([d[c] for d in flats], type=schema.field(c).type) for c in FLAT_COLUMNS}, schema=schema)
    pq.write_table(table, path)


def _plover_actor(code, name, sector) -> list[dict]:
    if not code and not name:
        return []
    a = {"actorText": name or code, "code": code}
    if sector:
        a["sector"] = sector
    return [a]


def write_plover(rows: list[dict], path: Path) -> None:
    """A JSON array in the field names of PLOVER's gold-standard records
    (id, date, source, target, event, mode, context, eventText, text), with
    the GDELT-style counts added."""
    out = []
    for r in rows:
        ms = r.get("mentions") or []
        first = ms[0] if ms else {}
        out.append(
            {
                "id": f"peristiwa-{r['id']}",
                "date": r["date"].isoformat() if r.get("date") else None,
                "source": _plover_actor(r.get("actor_code"), r.get("actor_name"), r.get("actor_sector")),
                "target": _plover_actor(r.get("recipient_code"), r.get("recipient_name"), r.get("recipient_sector")),
                "event": r["event_type"],
                "mode": r.get("mode") or "",
                "context": "",
                "eventText": first.get("trigger") or "",
                "text": first.get("evidence") or "",
                "publication": first.get("outlet") or "",
                "location": (
                    {"placeName": r["place"], "country": r.get("place_country"), "lat": r.get("lat"), "lon": r.get("lon")}
                    if r.get("place")
                    else None
                ),
                "cameo": r.get("cameo"),
                "goldstein": r.get("goldstein"),
                "numMentions": r.get("num_mentions"),
                "numArticles": r.get("num_articles"),
                "numSources": r.get("num_sources"),
                "urls": [m["url"] for m in ms if m.get("url")],
            }
        )
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1, default=_json_default)
        f.write("\n")


GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "DATEADDED", "SOURCEURL",
    # Not in GDELT: the PLOVER coding this event was made in.
    "PloverType", "PloverMode",
)
_GEO_TYPE = {"country": 1, "admin": 2, "city": 4}


def write_gdelt(rows: list[dict], path: Path) -> None:
    """GDELT 1.0/2.0 event-table column names where a field applies; AvgTone
    is empty (we do not score tone)."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(GDELT_COLUMNS)
        for r in rows:
            d: date | None = r.get("date")
            cameo = r.get("cameo") or ""
            ms = r.get("mentions") or []
            added = (r.get("first_seen") or "")[:10].replace("-", "")
            country = r.get("place_country") or ""
            w.writerow(
                [
                    r["id"],
                    d.strftime("%Y%m%d") if d else "",
                    d.strftime("%Y%m") if d else "",
                    d.year if d else "",
                    f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}" if d else "",
                    r.get("actor_code") or "", r.get("actor_name") or "",
                    (r.get("actor_code") or "") if _iso3(r.get("actor_code")) else "", r.get("actor_sector") or "",
                    r.get("recipient_code") or "", r.get("recipient_name") or "",
                    (r.get("recipient_code") or "") if _iso3(r.get("recipient_code")) else "",
                    r.get("recipient_sector") or "",
                    1, cameo, cameo[:3], cameo[:2], r.get("quad_class") or "",
                    "" if r.get("goldstein") is None else r["goldstein"],
                    r.get("num_mentions"), r.get("num_sources"), r.get("num_articles"), "",
                    (_GEO_TYPE.get("city") if r.get("place") and r.get("lat") is not None else (1 if country else 0)),
                    r.get("place") or "", country,
                    "" if r.get("lat") is None else r["lat"], "" if r.get("lon") is None else r["lon"],
                    added, ms[0]["url"] if ms and ms[0].get("url") else "",
                    r["event_type"], r.get("mode") or "",
                ]
            )


def _iso3(code: str | None) -> bool:
    return bool(code) and len(code) == 3 and code.isalpha() and code.isupper()
