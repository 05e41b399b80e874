"""Rules that fill an event's missing actor or recipient from the sentence or the
story: crowds and forces named by plain noun phrases, objects, state bodies,
anaphora, answers to accusations, warnings, protest sites."""

from __future__ import annotations

import dataclasses

from peristiwa.events import morph, where
from peristiwa.events.arguments import _REL_ADVERBS, ArgumentFinder
from peristiwa.events.detect import Trigger
from peristiwa.events.filters import ANAPHORS
from peristiwa.events.headline import Candidate
from peristiwa.events.parties import _compatible, _host, _key
from peristiwa.model import Actor, Location


def _anaphoric_target(trig: Trigger, trigs: list[Trigger], cands: list[Candidate]) -> Actor | None:
    """ "mengutuk serangan tersebut", "mengecam latihan itu": the target is whoever
    did the event referred to, the latest earlier event of that type."""
    sent = trig.sentence
    nxt = next((t for t in trigs if t.sentence is sent and trig.last < t.first <= trig.last + 3), None)
    if nxt is None:
        # "mengecam latihan tersebut" after "latihan perang": a noun that heads an
        # earlier trigger, picked up by a demonstrative, refers to that event
        toks = sent.tokens
        for k in range(trig.last + 1, min(len(toks) - 1, trig.last + 3)):
            if toks[k + 1].text.lower() not in ANAPHORS:
                continue
            noun = toks[k].text.lower()
            for c in reversed(cands):
                ev = c.event
                words = ev.evidence.trigger.lower().split()
                if words and words[0] == noun and ev.actor is not None and ev.evidence.start < trig.start:
                    return ev.actor
            # "Filipina dan Vietnam juga menolak peta tersebut" after "Malaysia menolak peta
            # standar baru China": the same act on the same object has the same target
            if k == trig.last + 1:
                for c in reversed(cands):
                    ev = c.event
                    if ev.event_type != trig.entry.type or ev.recipient is None or ev.evidence.start >= trig.start:
                        continue
                    off = ev.evidence.trigger_end - ev.evidence.start
                    obj = ev.evidence.sentence[off : off + 40].lower().split()[:2]
                    if noun in obj:
                        return ev.recipient
            break
        return None
    follow = {x.text.lower() for x in sent.tokens[nxt.last + 1 : nxt.last + 3]}
    if not follow & ANAPHORS:
        return None
    for c in reversed(cands):
        if c.event.event_type == nxt.entry.type and c.event.actor is not None:
            return c.event.actor
    return None


def _delegation(trig: Trigger, cues: dict, actor: Actor | None, home: str | None = None) -> Actor | None:
    """People received as a group named by a plain noun phrase ("menerima sejumlah pimpinan
    serikat buruh di Istana"): an unresolved group of the host's country (cues.yaml:
    delegation_heads after optional quantifiers)."""
    country = (actor.country or home) if actor is not None else None
    if country is None:
        return None
    toks = trig.sentence.tokens
    # (passive: "Perwakilan massa kemudian diterima oleh Menteri X": the subject, from the sentence start)
    # (after a comma-set-off opener: "Sekitar pukul 14.00 WIB, sepuluh perwakilan petani diterima ...")
    j0 = (max((k + 1 for k in range(trig.first) if toks[k].text == ","), default=0)) if trig.passive else trig.last + 1
    j = j0
    numerals = cues.get("numerals", ())
    while j < len(toks) and (toks[j].text.lower() in cues.get("quantifiers", ()) or toks[j].text.lower() in numerals
                             or toks[j].text.isdigit()):
        j += 1
    if j >= len(toks) or toks[j].text.lower() not in cues.get("delegation_heads", ()):
        return None
    stop = set(cues["recipient_preps"]) | set(cues.get("non_recipient_preps", ())) | set(cues["clause_breaks"])
    k = j + 1
    end = trig.first if trig.passive else len(toks)
    while k < end and k - j < 6 and toks[k].text[:1].isalnum() and toks[k].text.lower() not in stop \
            and toks[k].text.lower() not in cues.get("also", ()) and toks[k].text.lower() not in _REL_ADVERBS:
        k += 1
    if trig.passive and not all(t.text.lower() in _REL_ADVERBS or t.text.lower() in cues.get("also", ())
                                for t in toks[k:trig.first]):
        return None  # the delegation must be the passive verb's subject
    s = trig.sentence
    a, b = toks[j0].start, toks[k - 1].end
    return Actor(text=s.text[a - s.start : b - s.start], start=a, end=b, country=country, type="group",
                 how="delegation", confidence=0.3)


def _warned(trig: Trigger, cues: dict, mentions: list[Actor], actor: Actor) -> Actor | None:
    """The first state or person of another country named in a warning's content clause
    ("memperingatkan bahwa ..."; cues.yaml content_clause)."""
    toks = trig.sentence.tokens
    that = next((k for k in range(trig.last + 1, min(len(toks), trig.last + 4))
                 if toks[k].text.lower() in cues.get("content_clause", ())), None)
    if that is None:
        return None
    s0, s1 = toks[that].end, trig.sentence.end
    sent = trig.sentence
    conds = set(cues.get("hypothetical", ()))

    def warned(m: Actor) -> bool:
        # (the subject of what will befall: "Jepang akan menerima"; or named in its condition:
        # "jika aksi sabotase Rusia berlanjut"; not a topic: "masalah Taiwan adalah garis merah")
        after = sent.text[m.end - sent.start : m.end - sent.start + 12].lower().split()
        before = {t.text.lower() for t in toks if s0 <= t.start < m.start}
        return (after[:1] == ["akan"] or after[:2] == ["tidak", "akan"]) or bool(before & conds)
    return next((m for m in mentions if s0 <= m.start < s1 and m.type in ("country", "person") and m.country
                 and m.country != actor.country and not _compatible(m, actor) and warned(m)), None)


def _between_triggers(trig: Trigger, trigs: list[Trigger]) -> tuple[int, int]:
    """The stretch of the sentence that belongs to this trigger: from the end of the
    previous trigger to the start of the next one ("mengecam serangan di Rafah": the
    place is the attack's, not the condemnation's)."""
    lo, hi = trig.sentence.start, trig.sentence.end
    for t in trigs:
        if t.sentence is not trig.sentence or t is trig:
            continue
        if t.end <= trig.start:
            lo = max(lo, t.end)
        elif t.start >= trig.end:
            hi = min(hi, t.start)
    return lo, hi


def _protest_site(trig: Trigger, cues: dict, actor: Actor, loc: Location | None, home: str | None,
                  mentions: list[Actor]) -> Actor | None:
    toks = trig.sentence.tokens
    sites = set(cues.get("protest_sites", ()))
    for k in range(trig.last + 1, min(len(toks), trig.last + 8)):
        w = toks[k].text.lower()
        if w in cues["clause_breaks"] or w in (",", ";"):
            return None
        if w in sites and not any(a.start <= toks[k].start < a.end for a in mentions):  # (a linked body is the linker's)
            country = actor.country or (loc.country if loc is not None else None) or home
            if country is None:
                return None
            return Actor(text=toks[k].text, start=toks[k].start, end=toks[k].end, country=country, type="group",
                         sector="GOV", how="np", confidence=0.3)
    return None


def _verb_id(word: str) -> bool:
    """An Indonesian meN- verb ("mencabut", "memenuhi")."""
    w = word.lower()
    return w[:1].isalpha() and morph.form_id(w, morph.stem_id(w)) == "meN"


def _answered(trig: Trigger, cues: dict, cands: list[Candidate], actor: Actor) -> Actor | None:
    toks = trig.sentence.tokens
    # (the object may close the trigger itself: "menerima undangan")
    obj = {t.text.lower() for t in toks[trig.first + 1 : trig.last + 3]}
    aimed = False
    if obj & set(cues.get("accusation_nouns", ())):
        kinds = ("ACCUSE",)
    elif obj & set(cues.get("demand_nouns", ())):
        kinds = ("REQUEST",)
    elif trig.entry.mode == "deny":
        # "Islamabad membantah terlibat dalam serangan itu": a denial answers the latest
        # accusation aimed at the one denying
        kinds, aimed = ("ACCUSE",), True
    elif trig.entry.type == "REJECT" and trig.last + 1 < len(toks) and (
            _verb_id(toks[trig.last + 1].text) or toks[trig.last + 1].text.lower() in cues.get("refused_acts", ())):
        # "ia menolak mencabut larangan tersebut": refusing to do something answers the latest
        # demand made of the one refusing
        kinds, aimed = ("REQUEST",), True
    else:
        return None
    demand = aimed and kinds == ("REQUEST",)
    # (a crowd demanding of its governor is "compatible" with him as a body of one country: for a
    # demand answered the demander need only be someone else)
    prev = next((c.event.actor for c in reversed(cands) if c.event.event_type in kinds and c.event.actor is not None
                 and (_key(c.event.actor) != _key(actor) if demand else not _compatible(c.event.actor, actor))
                 and c.event.evidence.start < trig.start
                 and (not aimed or ((c.event.mode == "allege" or demand) and _compatible(c.event.recipient, actor)))), None)
    if prev is None and trig.entry.mode == "deny":
        # "Prasetyo Hadi membantah bahwa efisiensi anggaran mengganggu ..." in a protest story: with no
        # accusation told, a denial answers the latest protesters or demanders (someone else)
        prev = next((c.event.actor for c in reversed(cands) if c.event.event_type in ("PROTEST", "REQUEST")
                     and c.event.actor is not None and c.event.actor.how == "np"
                     and _key(c.event.actor) != _key(actor) and c.event.evidence.start < trig.start), None)
    return dataclasses.replace(prev, confidence=prev.confidence * 0.7) if prev is not None else None


def _parties_next(trig: Trigger, sents: list, mentions: list[Actor], finder: ArgumentFinder,
                  cues: dict) -> tuple[Actor, Actor] | None:
    """The parties of an actor-less symmetric noun ("Latihan militer gabungan ... dibuka")
    from the next sentence of its paragraph when that sentence opens with the same noun:
    "oleh|antara A dan B", A and B of two countries."""
    i = trig.sent_index + 1
    if i >= len(sents) or sents[i].block != trig.sentence.block or not sents[i].tokens:
        return None
    nxt = sents[i]
    if nxt.tokens[0].text.lower() != trig.sentence.tokens[trig.first].text.lower():
        return None
    between = set(cues.get("passive_agent", ())) | {"antara", "between"}
    conj = set(cues.get("conjunctions", ()))
    ms, _ = finder._sentence(nxt, mentions)
    for a, b in zip(ms, ms[1:]):
        k = next((j for j, t in enumerate(nxt.tokens) if t.start >= a.start), 0)
        gap = nxt.text[a.end - nxt.start : b.start - nxt.start].strip().lower()
        if k > 0 and nxt.tokens[k - 1].text.lower() in between and gap in conj \
                and a.country and b.country and a.country != b.country:
            return a, b
    return None


def _state_body(trig: Trigger, cues: dict, actor: Actor | None, loc: Location | None, home: str | None) -> Actor | None:
    """The bare object of a demand naming an unnamed state body ("pemerintah pusat",
    "kepolisian"; cues.yaml: state_bodies): the authorities of the actor's (else the
    place's, else the story's) country, as an unresolved group."""
    toks = trig.sentence.tokens
    # (in "mendesak kepolisian segera membebaskan" the object lies in the pattern's long gap)
    j = trig.gaps[0][0] if trig.gaps else trig.last + 1
    if j < len(toks) and toks[j].text.lower() in ("agar", "supaya", "kepada"):
        j += 1
    if j >= len(toks):
        return None
    bodies = cues.get("state_bodies", ())
    w = toks[j].text.lower()
    if w not in bodies:
        return None
    country = (actor.country if actor is not None else None) or (loc.country if loc is not None else None) or home
    if country is None:
        return None
    police = w in set(cues.get("police_forces", ()))
    return Actor(text=toks[j].text, start=toks[j].start, end=toks[j].end, country=country, type="group",
                 sector="COP" if police else "GOV", how="np", confidence=0.3)


def _trim_np(span: list, cues: dict) -> list:
    """The noun phrase of a plain-words subject: a comma-set-off opener before it dropped
    ("Menanggapi keputusan itu, Kamis sore, BEM SI ..."; not a list's commas: "mahasiswa,
    buruh, dan pengemudi ojek"), cut before a preposition, time word, adverb or verb that
    follows it ("... foreign ministers on Tuesday", "Petugas kemudian", "BEM SI menyatakan
    akan kembali"; cues.yaml np_stops); empty when only a pronoun is left ("ia memimpin")."""
    low = [t.text.lower() for t in span]
    conj = set(cues.get("conjunctions", ()))
    if "," in low:
        last = len(low) - 1 - low[::-1].index(",")
        if not conj & set(low[last + 1 :]):
            span, low = span[last + 1 :], low[last + 1 :]
    stops = set(cues.get("np_stops", ())) | set(cues["recipient_preps"]) | set(cues.get("non_recipient_preps", ()))
    verbs = set(cues.get("np_verb_forms", ()))
    for k, w in enumerate(low):
        if k > 0 and (w in stops or (verbs and w[:1].isalpha() and morph.form_id(w, morph.stem_id(w)).lower() in verbs
                                     and w not in cues.get("quantifiers", ()))):
            span, low = span[:k], low[:k]
            break
    pron = set(cues["pronouns"]) | set(cues.get("personal_pronouns", ()))
    return [] if all(w in pron for w in low) else span


def _np_subject(trig: Trigger, cues: dict, loc: Location | None, home: str | None) -> Actor | None:
    """A plain noun phrase opening the sentence as the subject of a speech act ("Kuasa hukum
    para korban mendesak ..."): words only, at most six, no pronoun."""
    toks = trig.sentence.tokens
    j = trig.first
    skip = set(cues.get("also", ())) | {"telah", "sudah", "pun", "kemudian", "sebelumnya", "juga", "lalu"}
    while j > 0 and toks[j - 1].text.lower() in skip:
        j -= 1
    words = _trim_np(toks[:j], cues)
    if not 1 <= len(words) <= 6 or not all(t.text.isalpha() for t in words):
        return None
    low = {t.text.lower() for t in words}
    if low & (set(cues["pronouns"]) | {"saya", "kami", "kita", "aku", "mereka"} | set(cues["clause_breaks"])):
        return None
    text = trig.sentence.text[words[0].start - trig.sentence.start : words[-1].end - trig.sentence.start]
    country = None if _regional(text, cues) else (loc.country if loc is not None else None) or home
    return Actor(text=text, start=words[0].start, end=words[-1].end, country=country,
                 sector="CVL", type="group", how="np", confidence=0.3)


def _regional(text: str, cues: dict) -> bool:
    """A group named by a regional adjective ("Southeast Asian foreign ministers", "para menlu ASEAN")
    is of no one country (cues.yaml: region_words)."""
    low = " " + " ".join(text.lower().split()) + " "
    return any(f" {w} " in low for w in cues.get("region_words", ()))


def _sent_to_help(trig: Trigger, args, cues: dict) -> bool:
    """Forces sent to another state "untuk membantu / bertempur bersama ..." it (cues.yaml:
    aid_purpose after a purpose word): the recipient is a foreign state."""
    a, r = args.actor, args.recipient
    if a is None or r is None or not a.country or not r.country or a.country == r.country:
        return False
    toks = trig.sentence.tokens
    purpose, helps = set(cues.get("complement_before", ())), set(cues.get("aid_purpose", ()))
    for k in range(trig.last + 1, min(len(toks) - 1, trig.last + 14)):
        w = toks[k].text.lower()
        if w in cues["clause_breaks"] or w == ";":
            return False
        if w in purpose and toks[k + 1].text.lower() in helps:
            return True
    return False


def _hit_verb(trig: Trigger, cues: dict) -> int | None:
    """The verb a nominal attack is the subject of ("Serangan udara X menghantam ..."), within
    the few words of its own noun phrase."""
    toks = trig.sentence.tokens
    hits = set(cues.get("hit_verbs", ()))
    for k in range(trig.last + 1, min(len(toks), trig.last + 6)):
        w = toks[k].text.lower()
        if w in hits:
            return k
        if not toks[k].text[:1].isalnum():
            return None
    return None


def _victims_again(rec: Actor | None, cues: dict, cands: list) -> Actor | None:
    """"otoritas Malaysia menahan para penyintas": survivors or victims named after an
    attack are its target again, of the target's country (not the place's)."""
    if rec is None or rec.how != "np" or rec.type != "group":
        return rec
    if not set(rec.text.lower().split()[:2]) & set(cues.get("victim_backrefs", ())):
        return rec
    victim = next((c.event.recipient for c in reversed(cands) if c.event.event_type == "ASSAULT"
                   and c.event.recipient is not None and c.event.recipient.country), None)
    return rec if victim is None else dataclasses.replace(rec, country=victim.country)


def _object_np(trig: Trigger, cues: dict, loc: Location | None, actor: Actor, home: str | None) -> Actor | None:
    """The target of an arrest or attack named by a plain noun phrase ("menangkap
    puluhan demonstran"), as an unresolved group of the place's country; an attack
    abroad with no named target hits the country where it happened."""
    if trig.entry.type == "ASSAULT" and loc is not None and loc.country and loc.country != actor.country:
        return _host(loc)
    if trig.passive:
        return None
    toks = trig.sentence.tokens
    stop = set(cues["recipient_preps"]) | set(cues.get("non_recipient_preps", ())) | set(cues["clause_breaks"]) | {"yang", "karena", "atas"}
    if trig.gaps:
        # "menetapkan 11 orang sebagai tersangka": the words the long gap skipped are the object
        a, b = trig.gaps[0]
        while b >= a and toks[b].text.lower() in stop:
            b -= 1
        if b < a or not all(t.text[:1].isalnum() and t.text.lower() not in stop for t in toks[a : b + 1]):
            return None
        country = (loc.country if loc is not None else None) or actor.country or home
        sent = trig.sentence
        return Actor(text=sent.text[toks[a].start - sent.start : toks[b].end - sent.start], start=toks[a].start,
                     end=toks[b].end, country=country, type="group", how="np", confidence=0.3)
    j = trig.last + 1
    adverbs = cues.get("manner_adverbs", ())
    while j < len(toks) and toks[j].text.lower() in adverbs:
        j += 1
    if j < len(toks) and toks[j].text.lower() in cues.get("act_nouns", ()):
        return None  # "mengecam keras aksi pembakaran ...": an act, not a target
    k = j
    while k < len(toks) and k - j < 6 and toks[k].text[:1].isalnum() and toks[k].text.lower() not in stop:
        k += 1
    if k == j:
        if trig.entry.type == "COERCE" and actor.country and actor.type != "country":
            # "mengumumkan darurat militer dalam pidato ..." with no one named: the actor's own country
            return Actor(text=actor.country, start=trig.start, end=trig.end, name=where._country_name(actor.country),
                         country=actor.country, type="country", how="np", confidence=0.3)
        return None
    span = toks[j:k]
    text = trig.sentence.text[span[0].start - trig.sentence.start : span[-1].end - trig.sentence.start]
    if trig.entry.type == "ASSAULT" and span[0].text[:1].isupper() and actor.country:
        # "Rusia menggempur Kota Kharkiv dengan rudal": an attack on a named place abroad hits that state
        named, _ = where._longest(text)
        if named is not None and named.country and named.country != actor.country:
            named.start, named.end = span[0].start, span[-1].end
            return _host(named)
    country = (loc.country if loc is not None else None) or actor.country or home
    return Actor(text=text, start=span[0].start, end=span[-1].end, country=country, type="group", how="np", confidence=0.3)


def _crowd(trig: Trigger, cues: dict, loc: Location | None, home: str | None) -> Actor | None:
    """Protesters named by a plain noun phrase ("Ribuan buruh menggelar demonstrasi"):
    the words before the trigger back to the clause start, as an unresolved group."""
    toks = trig.sentence.tokens
    j = trig.first
    while j > 0 and toks[j - 1].text.lower() in set(cues.get("light_verbs", ())) | {"berunjuk", "melakukan", "menggelar", "aksi"}:
        j -= 1
    i = j
    while i > 0 and (toks[i - 1].text[:1].isalnum() or toks[i - 1].text == ",") and toks[i - 1].text.lower() not in cues["clause_breaks"] and j - i < 10:
        i -= 1
    while i < j and not toks[i].text[:1].isalnum():
        i += 1
    if i == j:
        return None
    span = _trim_np(toks[i:j], cues)
    if not span:
        return None
    if span[0].text.lower() in set(cues.get("scene_nouns", ())):
        return None  # "Suasana aksi unjuk rasa ...": a photo caption's scene, no protester named
    text = trig.sentence.text[span[0].start - trig.sentence.start : span[-1].end - trig.sentence.start]
    country = None if _regional(text, cues) else (loc.country if loc is not None else None) or home
    return Actor(text=text, start=span[0].start, end=span[-1].end, name=None,
                 country=country, sector="CVL", type="group", how="np", confidence=0.4)


def _forces(trig: Trigger, cues: dict, loc: Location | None, home: str | None) -> Actor | None:
    """Security forces named by a plain noun phrase ("Polisi mengerahkan ...", "Pasukan
    militer dikerahkan ..."): the home country's (or the place's) police or military."""
    crowd = _crowd(trig, cues, loc, home)
    if crowd is None or crowd.country is None:
        return None
    sent = trig.sentence
    for t in sent.tokens:
        if crowd.start <= t.start < crowd.end and t.text.lower() in set(cues.get("security_forces", ())):
            text = sent.text[t.start - sent.start : crowd.end - sent.start]
            police = t.text.lower() in set(cues.get("police_forces", ()))
            return dataclasses.replace(crowd, text=text, start=t.start, sector="COP" if police else "MIL")
    return None


def _came_from(trig: Trigger, cues: dict, mentions: list[Actor]) -> list[Actor]:
    """The parties an act is said to come from, right after the trigger ("Kecaman serupa datang dari
    A, B, dan C"; cues.yaml came_from): the mentions listed, joined by commas and conjunctions."""
    sent, toks = trig.sentence, trig.sentence.tokens
    low = " ".join(t.text.lower() for t in toks[trig.last + 1 : trig.last + 6])
    cue = next((c for c in cues.get("came_from", ()) if (" " + low + " ").find(" " + c + " ") >= 0), None)
    if cue is None:
        return []
    k = trig.last + 1
    n = len(cue.split())
    while k + n <= len(toks) and " ".join(t.text.lower() for t in toks[k : k + n]) != cue:
        k += 1
    at = toks[k + n - 1].end if k + n <= len(toks) else sent.end
    conj = set(cues.get("conjunctions", ())) | {","}
    out: list[Actor] = []
    pos = at
    for m in mentions:
        if m.start < pos or m.start >= sent.end:
            continue
        gap = sent.text[pos - sent.start : m.start - sent.start].strip().lower()
        if gap and not all(w in conj for w in gap.replace(",", " , ").split()):
            break
        if not m.country and m.type != "org":
            break
        out.append(m)
        pos = m.end
    return out


def _conditioned(trig: Trigger, cues: dict, mentions: list[Actor], actor: Actor) -> Actor | None:
    """The party named first in a threat's condition ("mengancam akan melakukan intervensi militer
    jika junta tidak memulihkan ..."): the one threatened, when of another country than the threatener."""
    toks = trig.sentence.tokens
    conds = set(cues.get("hypothetical", ()))
    at = next((t.end for t in toks[trig.last + 1 :] if t.text.lower() in conds), None)
    if at is None:
        return None
    end = trig.sentence.end
    return next((m for m in mentions if at <= m.start < end and m.country and m.country != actor.country
                 and m.type in ("country", "person", "org", "group") and not _compatible(m, actor)), None)
