"""Who the parties are: identity keys, compatibility of two mentions, a party's
country when the linker left none, the host of a place, meeting modes by place."""

from __future__ import annotations

import dataclasses
import re

from peristiwa.events import where
from peristiwa.events.arguments import SYMMETRIC
from peristiwa.model import Actor, Article, Event, Location


_AMBASSADOR = re.compile(r"\b(?:duta besar|dubes|ambassador)\b", re.IGNORECASE)


def _with_country(a: Actor | None, sent, home: str | None, text: str | None = None,
                  first_at: dict[str, int] | None = None) -> Actor | None:
    """A person the linker could not place gets the country named just before the
    mention ("juru bicara Kemlu China, Lin Jian"), else the story's home country;
    the guess lowers the confidence and is marked how="+country". So does an
    organisation only the NER found (a local body or firm the KB does not know)."""
    if a is None or a.country or not (a.type == "person" or (a.type == "org" and a.how == "ner")):
        return a
    if a.sector == "IGO":
        return a  # "Sekjen PBB Antonio Guterres", "Kepala kebijakan luar negeri UE Josep Borrell": no state's
    role = _role_place(a)
    if role is not None:
        return dataclasses.replace(a, country=role, confidence=a.confidence * 0.8, how=a.how + "+country")
    first = (first_at or {}).get(a.name or "", a.start)
    if text is not None and (first < a.start or not (sent.start <= a.start < sent.end)):
        # a later mention ("Ia meminta ...", "kata Mao"): the title at the person's first
        # mention names the country ("juru bicara Kemlu China Mao Ning")
        start = min(first, a.start)
        before = text[max(0, start - 60) : start]
    else:
        before = sent.text[max(0, a.start - 60 - sent.start) : a.start - sent.start]
    country = None
    words = re.findall(r"[A-Z][\w-]+", before)
    for k in range(len(words) - 1, -1, -1):
        for cand in ((words[k - 1] + " " + words[k]) if k else None, words[k]):
            loc = where.geocode(cand) if cand else None
            if loc is not None and loc.feature == "country":
                country = loc.country
                break
        if country:
            break
    country = country or home
    if country is None:
        return a
    return dataclasses.replace(a, country=country, confidence=a.confidence * 0.7, how=a.how + "+country")


def _role_place(a: Actor) -> str | None:
    """The country of a place inside a person's own title ("Wakil Gubernur Mekkah Pangeran Saud"):
    a town's or a country's, the office being that place's."""
    if not a.name or not a.how.startswith("role"):
        return None
    head = a.name.split(" ")[0]
    cut = a.text.find(head)
    words = re.findall(r"[A-Z][\w-]+", a.text[:cut] if cut > 0 else "")
    for k in range(len(words) - 1, -1, -1):
        for cand in ((words[k - 1] + " " + words[k]) if k else None, words[k]):
            loc = where.geocode(cand) if cand else None
            if loc is not None and loc.country and loc.feature in ("country", "city", "admin"):
                return loc.country
    return None


def _home_country(article: Article, actors: list[Actor]) -> str | None:
    """Where the story happens when the text does not say: the dateline's country,
    else the country most actors belong to."""
    dl = where.dateline_place(article)
    if dl is not None and dl.country:
        return dl.country
    counts: dict[str, int] = {}
    for a in actors:
        if a.country:
            counts[a.country] = counts.get(a.country, 0) + 1
    return max(counts, key=counts.get) if counts else None


def _meeting_mode(args, loc: Location, cameo: str) -> tuple[str, str]:
    """A bilateral meeting in one party's country is that country hosting a visit
    (visitor = actor, host = recipient); in neither party's country it is third-party."""
    a, r = args.actor, args.recipient
    if a is None or r is None or not a.country or not r.country or a.country == r.country:
        return "meeting", cameo
    if any((x.role and ("ambassador" in x.role or "duta" in x.role)) or _AMBASSADOR.search(x.text) for x in (a, r)):
        return "meeting", cameo  # a resident ambassador's call is a plain meeting
    if loc.country == r.country:
        return "visit", "042"
    if loc.country == a.country:
        args.actor, args.recipient = r, a
        return "visit", "042"
    return "third-party", "044"


def _home_forces(ev: Event) -> None:
    """Forces deployed at home ("Polisi mengerahkan 1.500 personel" at a Jakarta demo) act
    on their own country; an unnamed force belongs to the country of the place it is
    deployed in (known only once the scene is set)."""
    a, loc = ev.actor, ev.location
    if ev.event_type != "MOBILIZE" or a is None or loc is None or not loc.country or ev.recipient is not None:
        return
    if a.how == "np" and a.sector in ("COP", "MIL"):
        a = ev.actor = dataclasses.replace(a, country=loc.country)
    if a.country == loc.country:
        ev.recipient = Actor(text=a.country, start=a.start, end=a.end, name=where._country_name(a.country),
                             country=a.country, type="country", how="np", confidence=0.3)


def _host(loc: Location) -> Actor:
    return Actor(
        text=loc.name, start=loc.start or 0, end=loc.end or 0, name=where._country_name(loc.country) if loc.country else loc.name,
        country=loc.country, type="country", how="place", confidence=0.7,
    )


def _key(a: Actor | None) -> str | None:
    if a is None:
        return None
    if a.type == "group" and a.members:
        return "+".join(sorted(str(_key(m)) for m in a.members))
    if a.how == "np":
        return f"crowd:{a.country}"  # protesters named by a plain noun phrase
    return a.kb_id or (a.country if a.type == "country" else None) or (a.name or a.text).lower()


def _own_country(actor: Actor | None, rec: Actor | None) -> bool:
    """A person or body acting on its own country ("Wang: China akan ...") names no recipient."""
    # (a crowd or a civil-society body addressing its own government is an interaction: "Massa
    # mendesak Pemerintah Indonesia", "Migrant CARE mendesak pemerintah Indonesia")
    return (
        actor is not None and rec is not None and rec.type == "country" and actor.type != "country" and rec.how != "np"
        and actor.country is not None and actor.country == rec.country
        and not (actor.sector == "CVL" and (actor.how == "np" or actor.type != "person"))
    )


def _compatible(a: Actor | None, b: Actor | None) -> bool:
    """Same identity, or a country and someone/something of that country
    ("dukungan China" and "Qin menyatakan dukungan" in one report)."""
    if _key(a) == _key(b):
        return True
    if a is None or b is None or not a.country or a.country != b.country:
        return False
    # (an unresolved noun phrase, "DPR" at a protest site, may be any body of its country)
    return a.type == "country" or b.type == "country" or (a.how == "np" and a.type == "group") \
        or (b.how == "np" and b.type == "group")


def _same_parties(e: Event, f: Event) -> bool:
    """Same actor and recipient (either order for symmetric types); a missing recipient matches any."""
    if _compatible(e.actor, f.actor) and (e.recipient is None or f.recipient is None or _compatible(e.recipient, f.recipient)):
        return True
    return e.event_type in SYMMETRIC and _compatible(e.actor, f.recipient) and _compatible(e.recipient, f.actor)
