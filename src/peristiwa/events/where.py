"""Event places: "di <place>" near the trigger, "tiba di ibu kota China",
"di sela-sela KTT ... di <kota>", else the dateline. Geocoded offline from
data/places/gazetteer.tsv (GeoNames + Indonesian regions + exonyms) and the
KB's country names."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from peristiwa.events.lexicon import data_dir
from peristiwa.model import Article, Location, Sentence

# (a lower-case particle inside a name: "Rio de Janeiro", "Frankfurt am Main", "Bois de Boulogne")
_NAME = r"[A-Z][\w'’.\-]*(?:/[A-Z][\w'’.\-]*)*(?:\s+(?:[A-Z][\w'’.\-]*(?:/[A-Z][\w'’.\-]*)*|D\.C\.|DC|\([A-Z][A-Za-z]{1,9}\)(?=\s+[A-Z])|(?:de|da|do|dos|das|del|des|du|la|el|al|van|von|der|den|am|an|sur|upon)(?=\s+[A-Z])))*"
# (a "/" joins two names into one: "di depan Gedung DPR/MPR, Senayan, Jakarta")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


@lru_cache(maxsize=4096)
def _ascii(name: str) -> str:
    """A GeoNames name without its diacritics, case kept ("Brasília" -> "Brasilia")."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _rank(capital: int) -> int:
    """Capital flag as a preference: a seat of government (3) counts as a capital (1), a country row (2) above both."""
    return 1 if capital == 3 else capital


@cache
def gazetteer() -> dict[str, tuple]:
    """key -> (name, feature, iso3, lat, lon, population, capital); best row per key."""
    out: dict[str, tuple] = {}
    with open(data_dir().parent / "places" / "gazetteer.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            name, key, feat, cc, lat, lon, pop, cap = line.rstrip("\n").split("\t")
            row = (name, feat, cc, float(lat) if lat else None, float(lon) if lon else None, int(pop), int(cap))
            old = out.get(key)
            if old is None or _better(row, old):
                out[key] = row
    return out


def _better(row: tuple, old: tuple) -> bool:
    """Capitals first; within one country a city beats the region named after it
    ("Jakarta"); across countries the more populous place wins, so the province
    of Bali (4.4M) beats the Indian town "Bāli" (0.3M)."""
    if _rank(row[6]) != _rank(old[6]):
        return _rank(row[6]) > _rank(old[6])
    if row[2] == old[2] and (row[1] == "city") != (old[1] == "city"):
        return row[1] == "city"
    return row[5] > old[5]


@cache
def _capitals() -> dict[str, tuple]:
    caps: dict[str, tuple] = {}
    for row in gazetteer().values():
        if row[6] == 1 and row[1] == "city":
            caps.setdefault(row[2], row)
    return caps


@cache
def _kb_countries() -> dict[str, str]:
    """Country names/aliases (Indonesian and English, folded) -> ISO3, from the KB when present."""
    out: dict[str, str] = {}
    try:
        from peristiwa.actors.kb import load_kb

        kb = load_kb()
        for c in kb.countries.values():
            for n in (c.name_id, c.name_en):
                if n:
                    out.setdefault(fold(n), c.id)
        for e_key, node in ():
            pass
    except Exception:  # the KB is optional for geocoding; GeoNames country names remain
        pass
    for key, row in gazetteer().items():
        if row[1] == "country":
            out.setdefault(key, row[2])
    return out


@cache
def _country_names() -> dict[str, str]:
    return {row[2]: row[0] for row in gazetteer().values() if row[1] == "country"}


def _country_name(iso3: str) -> str:
    return _country_names().get(iso3, iso3)


@cache
def _stop_names() -> frozenset[str]:
    """Words that are place names somewhere but nearly always common words in the text."""
    import yaml

    with open(data_dir().parent / "places" / "stop-names.yaml", encoding="utf-8") as f:
        return frozenset(fold(str(w)) for w in yaml.safe_load(f) or [])


@cache
def _place_heads() -> frozenset[str]:
    import yaml

    with open(data_dir().parent / "places" / "place-heads.yaml", encoding="utf-8") as f:
        return frozenset(fold(str(w)) for w in yaml.safe_load(f) or [])


@cache
def place_cues() -> dict[str, dict[str, frozenset[str]]]:
    """data/places/place-cues.yaml: cue name -> language -> words (validated)."""
    import yaml

    from peristiwa.errors import DataError

    p = data_dir().parent / "places" / "place-cues.yaml"
    try:
        d = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"{p}: cannot read ({exc})") from exc
    if not isinstance(d, dict):
        raise DataError(f"{p}: must map a cue name to languages")
    out: dict[str, dict[str, frozenset[str]]] = {}
    for cue, langs in d.items():
        if not isinstance(langs, dict) or not langs:
            raise DataError(f"{p}: entry {cue!r} must map a language (id, en) to a list of words")
        for lang, words in langs.items():
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise DataError(f"{p}: entry {cue}.{lang} must be a list of non-empty words")
        out[str(cue)] = {str(lang): frozenset(fold(w) for w in words) for lang, words in langs.items()}
    return out


def _cue(name: str, lang: str) -> frozenset[str]:
    return place_cues().get(name, {}).get("en" if lang == "en" else "id", frozenset())


def _alts(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) or "(?!x)x"


@cache
def _place_re(lang: str) -> re.Pattern:
    """ "di/ke/dari [generic head] Name" ("in/to/at/from ..."): generic heads from
    place-cues.yaml (generic, either language: "ibu kota" turns up in English text too)."""
    raw = _raw_cues("generic")
    generic = rf"(?:(?:{_alts(raw)})\s+)?"
    if lang == "en":
        return re.compile(rf"\b(?P<prep>in|to|at|from)\s+(?:the\s+)?(?P<gen>{generic})(?P<name>{_NAME})")
    return re.compile(rf"\b(?P<prep>di|ke|dari)\s+(?P<gen>{generic})(?P<name>{_NAME})")


@cache
def _after_comma_re() -> re.Pattern:
    """ ", Jakarta" or ", wilayah Sumy" after an unknown name: the next part of a place chain."""
    return re.compile(rf",\s+(?:(?:{_alts(_raw_cues('generic'))})\s+)?(?P<name>{_NAME})")


@cache
def _topic_re(lang: str) -> re.Pattern:
    """A topic word (place-cues.yaml: topic) between a statement's trigger and a place."""
    return re.compile(rf"\b(?:{_alts(_cue('topic', lang))})\b", re.IGNORECASE)


@cache
def _capital_re() -> re.Pattern:
    return re.compile(_alts(_raw_cues("capital")), re.IGNORECASE)


@cache
def _raw_cues(name: str) -> tuple[str, ...]:
    """A cue's words in every language, lower case as written (spaces kept)."""
    import yaml

    d = yaml.safe_load((data_dir().parent / "places" / "place-cues.yaml").read_text(encoding="utf-8")) or {}
    place_cues()  # validated there
    return tuple(dict.fromkeys(str(w).lower() for ws in (d.get(name) or {}).values() for w in ws))


def geocode(name: str) -> Location | None:
    """A place name (Indonesian or English) -> Location, or None when unknown."""
    key = fold(name)
    row = gazetteer().get(key)
    if "." in key:
        # "St. Petersburg": the dotted and undotted spellings can name different cities
        alt = gazetteer().get(key.replace(".", ""))
        if alt is not None and (row is None or (_rank(alt[6]), alt[5]) > (_rank(row[6]), row[5])):
            row = alt
    if row is not None and row[1] != "country":
        # (a sea has no country; the display name without diacritics: "Rafaḩ" -> "Rafah")
        return Location(name=_ascii(row[0]), country=row[2] or None, lat=row[3], lon=row[4], feature=row[1])
    iso = _kb_countries().get(key)
    if iso:
        return Location(name=_country_name(iso), country=iso, feature="country")
    return None


def capital_of(iso3: str) -> Location | None:
    row = _capitals().get(iso3)
    if row is None:
        return None
    return Location(name=row[0], country=row[2], lat=row[3], lon=row[4], feature="city")


def _longest(name: str) -> tuple[Location | None, int]:
    """Longest leading word sequence of ``name`` that geocodes; (loc, chars used)."""
    words = name.split()
    inner = not words or fold(words[0]).rstrip(".") not in _place_heads()
    # longest first; leading words first ("Istana Kepresidenan Bogor" -> "Bogor"),
    # but never inside a street or building name ("Jalan Medan Merdeka")
    for n in range(len(words), 0, -1):
        for i in range(0, (len(words) - n + 1) if inner else 1):
            cand = " ".join(words[i : i + n]).rstrip(".,")
            if fold(cand) in _stop_names():
                continue
            loc = geocode(cand)
            if loc is not None and i > 0 and loc.feature == "country":
                continue  # "Laut China Timur" is not China
            if loc is not None:
                # report the span of the matched words inside ``name``
                offset = len(" ".join(words[:i])) + (1 if i else 0)
                return loc, (offset, offset + len(cand))
    return None, (0, 0)


def _copy(loc: Location) -> Location:
    """A shallow copy (callers set source/start on theirs): what dataclasses.replace(loc)
    makes for this plain dataclass, at a quarter of its cost."""
    out = object.__new__(Location)
    out.__dict__.update(loc.__dict__)
    return out


def places_in(sentence: Sentence, lang: str) -> list[Location]:
    """Every geocodable "di/ke X" ("in/to X") place in a sentence, with spans."""
    return [_copy(l) for l in _places_cached(sentence.text, sentence.start, lang)]


@lru_cache(maxsize=4096)
def _places_cached(text: str, offset: int, lang: str) -> tuple:
    sentence = Sentence(offset, offset + len(text), text)
    pat = _place_re("en" if lang == "en" else "id")
    out = []
    for m in pat.finditer(sentence.text):
        loc, (u0, u1) = _longest(m.group("name"))
        end = m.end("name")
        for _ in range(COMMA_CHAIN):
            if loc is not None:
                break
            # "di Istana Merdeka, Jakarta": the building fails, the city after the comma does
            # not; "di Desa X, Kotapraja Y, Wilayah Z": each comma part in turn
            nxt = _after_comma_re().match(sentence.text, end)
            if nxt is None:
                break
            end = nxt.end("name")
            loc, (u0, u1) = _longest(nxt.group("name"))
            if loc is not None:
                shift = nxt.start("name") - m.start("name")
                u0, u1 = u0 + shift, u1 + shift
        if loc is None:
            continue
        if _capital_re().search(m.group("gen") or "") and loc.feature == "country":
            cap = capital_of(loc.country) if loc.country else None
            if cap is not None:
                loc = cap
        a = sentence.start + m.start("name")
        loc.start, loc.end = a + u0, a + u1
        loc.source = "text:" + m.group("prep").lower()  # the preposition, read by place_for
        out.append(loc)
    return tuple(out)


def place_for(sentence: Sentence, trigger_start: int, trigger_end: int, lang: str, direct: bool = False,
              window: tuple[int, int] | None = None, etype: str | None = None) -> Location | None:
    """The place nearest the trigger in its sentence (after it preferred).

    "dari X" (from) never names the event's place; a place inside a quote does
    not place a trigger outside it; country-level places ("situasi di Ukraina")
    count as farther than cities. ``direct``: a visit verb's bare object
    ("mengunjungi Beijing") is its place. ``etype``: for a statement (TOPIC_TYPES)
    a place after a topic word is its topic's ("keprihatinan atas situasi di Laut
    China Selatan"), not where it was said."""
    # "dari X" (from) never names the event's place; "ke X" (to) only for a visit
    skip = ("text:dari", "text:from") if direct else ("text:dari", "text:from", "text:ke", "text:to")
    # (only the kept places are copied)
    locs = [_copy(l) for l in _places_cached(sentence.text, sentence.start, lang) if l.source not in skip]
    for l in locs:
        l.source = "text"
    if direct:
        m = _DIRECT.match(sentence.text, trigger_end - sentence.start)
        if m:
            loc, (u0, u1) = _longest(m.group("name"))
            if loc is not None and u0 == 0:
                a = sentence.start + m.start("name")
                loc.start, loc.end, loc.source = a, a + u1, "text"
                return _finer(loc, sentence, lang, window)
    q_trig = _quote_parity(sentence, trigger_start)
    best = None
    if window is not None:
        locs = [l for l in locs if window[0] <= l.start and l.end <= window[1]]
    origin = _origin(sentence, trigger_start, trigger_end, lang, window, q_trig)
    if origin is not None:
        return origin
    topic = _topic_re(lang) if etype in TOPIC_TYPES else None
    for l in locs:
        if _quote_parity(sentence, l.start) != q_trig:
            continue
        if topic is not None and l.start >= trigger_end and topic.search(sentence.text, trigger_end - sentence.start,
                                                                         l.start - sentence.start):
            continue
        d = (l.start - trigger_end) if l.start >= trigger_end else 1.5 * (trigger_start - l.end)
        if l.feature == "country":
            d *= 2
        if d > MAX_PLACE_DISTANCE:
            continue
        if best is None or d < best[0]:
            best = (d, l)
    if best is not None and _listed(sentence, best[1]):
        return None  # "menangkap enam tersangka di Surabaya, Malang, dan Banyuwangi": no one place
    return _finer(best[1], sentence, lang, window) if best else None


_LIST_TAIL = re.compile(r"(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*\s*,?\s*(?:dan|serta|and)\s+(?P<last>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")


def _listed(sentence: Sentence, loc: Location) -> bool:
    """A town first in a list of towns ("di Surabaya, Malang, dan Banyuwangi"): the act happened
    in several places (a town followed by its province or country is no list)."""
    if loc.end is None or loc.feature != "city":
        return False
    m = _LIST_TAIL.match(sentence.text, loc.end - sentence.start)
    if m is None:
        return False
    last = geocode(m.group("last"))
    return last is not None and last.feature in ("city", "admin") and last.country == loc.country


def several_places(sentence: Sentence, lang: str, window: tuple[int, int] | None = None) -> bool:
    """Whether the sentence's stretch names its act's place as a list of towns."""
    return any(_listed(sentence, l) for l in places_in(sentence, lang) if l.source in ("text:di", "text:in")
               and (window is None or window[0] <= l.start and l.end <= window[1]))


def _finer(loc: Location, sentence: Sentence, lang: str, window: tuple[int, int] | None) -> Location:
    """A country stands for the town the sentence names in it: "kunjungan kenegaraan ke
    Brasil dan diterima ... di Istana Planalto, Brasilia" happened in Brasilia (also past
    the next trigger: "ke Indonesia dan bertemu Prabowo di Istana Bogor" is one scene)."""
    if loc.feature != "country" or not loc.country:
        return loc
    q = _quote_parity(sentence, loc.start or sentence.start)
    towns = [l for l in places_in(sentence, lang) if l.feature != "country" and l.country == loc.country
             and l.source not in ("text:dari", "text:from") and _quote_parity(sentence, l.start) == q]
    if not towns:
        return loc
    town = min(towns, key=lambda l: abs(l.start - (loc.start or 0)))
    town.source = "text"
    return town


MAX_PLACE_DISTANCE = 160  # characters
TOPIC_TYPES = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT"})  # statements, which have topics
# sentences past the headline's a place in the actor's country may place it when nothing
# else does ("..., ujar Baerbock di Berlin"); farther on, places belong to other scenes
SCENE_REACH = 4
COMMA_CHAIN = 3  # comma-separated name parts tried after an unknown place name


def _origin(sentence: Sentence, trigger_start: int, trigger_end: int, lang: str,
            window: tuple[int, int] | None, q_trig: int) -> Location | None:
    """A departure verb's "dari X" after it: sending happens where it starts
    (place-cues.yaml: departure)."""
    # the trigger's first word, or the verb governing a noun trigger ("mengirimkan bantuan")
    words = sentence.text[trigger_start - sentence.start : trigger_end - sentence.start].split()[:1]
    words += sentence.text[: trigger_start - sentence.start].split()[-1:]
    if not any(w.lower().strip(".,\"“”") in _cue("departure", lang) for w in words):  # (cue words are plain ASCII)
        return None
    for l in places_in(sentence, lang):
        if l.source not in ("text:dari", "text:from") or l.start < trigger_end:
            continue
        if window is not None and not (window[0] <= l.start and l.end <= window[1]):
            continue
        if l.start - trigger_end > MAX_PLACE_DISTANCE or _quote_parity(sentence, l.start) != q_trig:
            continue
        l.source = "text"
        return l
    return None
_DIRECT = re.compile(rf"\s+(?P<name>{_NAME})")


def _quote_parity(sentence: Sentence, offset: int) -> int:
    before = sentence.text[: offset - sentence.start]
    return (before.count('"') + before.count("“") + before.count("”")) % 2  # (str.count: no per-character loop)


_LEAD_DATELINE = re.compile(r"^([A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)?)\s*(?:,|\()[^\n]{0,40}?\s[-\u2013\u2014]\s")


# "REPUBLIKA.CO.ID, MANILA -- ...": the outlet's web name, then the place
_OUTLET_DATELINE = re.compile(r"^[A-Za-z0-9]+(?:\.[A-Za-z]+)+\s*,\s*([A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)?)\s*[-\u2013\u2014]{1,2}\s")


# "NIAMEY - Junta militer ...": a place in capitals and a dash, nothing between
_CAPS_DATELINE = re.compile(r"^([A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]{2,})?)\s+[-\u2013\u2014]{1,2}\s")


def _lead_dateline(article: Article) -> str | None:
    """ "JAKARTA, KOMPAS.com - ..." opening the first body paragraph, when the cleaner
    did not record a dateline."""
    for b in article.blocks:
        if b.kind == "title":
            continue
        head = article.text[b.start : b.end]
        m = _LEAD_DATELINE.match(head) or _OUTLET_DATELINE.match(head) or _CAPS_DATELINE.match(head)
        if m:
            return m.group(1).title()
        if b.kind == "body":
            return None
    return None


def dateline_place(article: Article) -> Location | None:
    dl = article.dateline
    if dl is None or not dl.place:
        place = _lead_dateline(article)
        if place is None:
            return None
        loc = geocode(place)
        if loc is None or loc.feature == "country":
            return None
        loc.source = "dateline"
        return loc
    loc = geocode(dl.place)
    if loc is None:
        return None
    if dl.country_code and loc.country and dl.country_code != loc.country and len(dl.country_code) == 3:
        return None
    loc.source = "dateline"
    return loc


def dateline_fits(dl: Location, actor_country: str | None, parties: set[str], lang: str) -> bool:
    """Whether a dateline can be the place of an event the text does not place. A
    dateline at home ("Jakarta, CNBC Indonesia - Trump mengirim surat ...") names the
    newsroom: the place only of an act by a party of that country; a dateline abroad
    names where the reporter was sent: the place of an act of either party there
    (place-cues.yaml: newsroom, the home country of the page's language)."""
    if not parties:
        return True
    if dl.country not in parties:
        return False
    home = _cue("newsroom", lang)
    if dl.country and fold(dl.country) in home and actor_country is not None:
        return actor_country == dl.country
    return True


def inherits_place(scene: Location, actor) -> bool:
    """Whether a secondary event takes the headline's place. Not a dateline's for an actor
    of another country ("Jakarta (ANTARA) - Kemlu RI mengecam ... . Mesir juga mengutuk
    ...": Egypt did not condemn in Jakarta); a place the text gave is the story's scene."""
    if scene.source != "dateline" or actor is None or not actor.country or not scene.country:
        return True
    return actor.country == scene.country
