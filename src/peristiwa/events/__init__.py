"""Events: PLOVER/CAMEO event coding of one article.

``code(article, analysis, actors)``: a cheap lexicon pass finds trigger
candidates (detect.py); only their sentences get argument work
(arguments.py), dates (when.py), places (where.py), contexts (context.py);
then twins are merged and the headline event chosen (headline.py).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from peristiwa.events import context as ctx
from peristiwa.events import morph, tokens, where
from peristiwa.events.arguments import _REL_ADVERBS, SYMMETRIC, ArgumentFinder, _tok_index, in_quote, same
from peristiwa.events.detect import Trigger, find_triggers
from peristiwa.events.headline import Candidate, choose, lead_date
from peristiwa.events.lexicon import load_cues, load_lexicon, load_plover, quad_class
from peristiwa.events.when import DateResolver, When, pick, to_date
from peristiwa.model import Actor, Analysis, Article, Evidence, Event, Location

# "NEW DELHI - ...", "Jakarta (ANTARA) - ...": a paragraph that opens with a dateline is
# the lead even when the cleaner filed it as a caption
_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]{1,40}(?:\([^)]{2,30}\))?\s*[-–—]\s")
_AMBASSADOR = re.compile(r"\b(?:duta besar|dubes|ambassador)\b", re.IGNORECASE)
SEVERAL_PLACES = "several places"  # warning: the act happened in a list of towns, no one place
CLITIC_REACH = 300  # characters back an object clitic ("menetapkannya") looks for its person
AUX_WINDOW = 4  # tokens before the trigger searched for negation/future words
KEEP_ORPHANS = False
NO_RECIPIENT_OK = frozenset({"PROTEST", "MOBILIZE"})
# a known person rejecting or demanding something with no addressee named is still news
SPEAKER_ONLY_OK = frozenset({"REJECT", "REQUEST", "SUPPORT"})
STATE_SPEAKER_OK = frozenset({"REJECT"})
# types whose unnamed target ("menangkap puluhan demonstran", "menetapkan ketiganya
# sebagai tersangka") is coded as an unresolved group of the place's/actor's country
OBJECT_NP_TYPES = frozenset({"COERCE", "ASSAULT", "ACCUSE"})  # a trigger without an actor yields no event (never a made-up actor)


def _lang(article: Article, analysis: Analysis | None) -> str:
    lang = article.language or (analysis.language if analysis else None) or "id"
    return "en" if lang == "en" else "id"


def _aux(trig: Trigger, cues: dict, lang: str = "id") -> tuple[bool, bool, bool]:
    """negated, future, hypothetical: cue words shortly before the trigger (same clause)."""
    toks = trig.sentence.tokens
    lo = max(0, trig.first - AUX_WINDOW)
    words = [t.text.lower() for t in toks[lo : trig.first]]
    # stop at a clause break so "tidak" of a previous clause does not leak
    for k in range(len(words) - 1, -1, -1):
        if words[k] in (",", ";", ":") or words[k] in cues["clause_breaks"]:
            words = words[k + 1 :]
            break
    joined = " " + " ".join(words) + " "

    def has(cuelist):
        return any(f" {c} " in joined for c in cuelist)

    negated = has(cues["negation"])
    future = has(cues["future"])
    # "dijadwalkan bertolak ke Washington untuk bertemu Biden", "belum memberikan komitmen
    # untuk menghadiri pertemuan": a purpose/complement clause inherits its main clause's
    # future or negation, however far back the cue stands
    comp = set(cues.get("complement_before", ()))
    at = next((k for k in range(trig.first - 1, max(-1, trig.first - 4), -1) if toks[k].text.lower() in comp), None)
    if at is not None and not (negated and future):
        k = at - 1
        # (commas may set off an apposition: "bertolak ke Washington, Amerika Serikat, untuk bertemu")
        while k >= 0 and toks[k].text not in (";", ":") and toks[k].text.lower() not in cues["clause_breaks"]:
            k -= 1
        words = [t.text.lower() for t in toks[k + 1 : at]]

        def verbal(cuelist) -> bool:
            # the cue must modify a verb ("belum memberikan", "dijadwalkan bertolak"), not an
            # adjective ("pembicaraan tidak langsung": indirect talks)
            for c in cuelist:
                n = len(c.split())
                for i in range(len(words) - n + 1):
                    if " ".join(words[i : i + n]) == c and any(
                            w[:2] in ("me", "di", "be", "te") for w in [c.split()[-1]] + words[i + n : i + n + 2]):
                        return True
            return False

        negated = negated or verbal(cues["negation"])
        future = future or verbal(cues["future"])
    pre = " " + " ".join(t.text.lower() for t in toks[: trig.first]) + " "
    hypo = any(f" {c} " in pre for c in cues["hypothetical"])
    if not future and trig.last + 1 < len(toks):
        # "bantuan akan diserahkan melalui AHA Centre": an event noun as the subject of a
        # future verb is planned
        word = toks[trig.first].text.lower()
        noun = morph.form_en(word) == "noun" if lang == "en" else morph.form_id(word, morph.stem_id(word)) in ("noun", "base")
        if noun and toks[trig.last + 1].text.lower() in ("akan", "will", "bakal") and trig.sentence.block != "title":
            future = True
    return negated, future, hypo


def _terms(actors: list[Actor]) -> list[tuple[date, date]]:
    """Terms of office of the KB people in the article (date anchor without a publication date)."""
    ids = {a.kb_id for a in actors if a.kb_id and a.type == "person"}
    if not ids:
        return []
    try:
        from peristiwa.actors.kb import load_kb

        kb = load_kb()
    except Exception:  # no KB yet: no term anchor
        return []
    out = []
    for a in actors:
        p = kb.people.get(a.kb_id) if a.kb_id else None
        if p is None or not p.terms:
            continue
        terms = [t for t in p.terms if not a.role or t.role == a.role] or p.terms
        lo = min(t.start for t in terms)
        hi = max((t.end or date(2100, 1, 1)) for t in terms)
        out.append((lo, hi))
    return list(dict.fromkeys(out))


ANAPHORS = frozenset({"tersebut", "itu", "ini", "that", "this", "the"})


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


def _delegation(trig: Trigger, cues: dict, actor: Actor | None, home: str | None = None) -> Actor | None:
    """People received as a group named by a plain noun phrase ("menerima sejumlah pimpinan
    serikat buruh di Istana"): an unresolved group of the host's country (cues.yaml:
    delegation_heads after optional quantifiers)."""
    country = (actor.country or home) if actor is not None else None
    if country is None:
        return None
    toks = trig.sentence.tokens
    # (passive: "Perwakilan massa kemudian diterima oleh Menteri X": the subject, from the sentence start)
    j0 = 0 if trig.passive else trig.last + 1
    j = j0
    while j < len(toks) and toks[j].text.lower() in cues.get("quantifiers", ()):
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


EMBEDDING = frozenset({"AGREE", "THREATEN", "REQUEST", "REJECT", "SUPPORT"})
PROTEST_CAUSE = frozenset({"REJECT", "SUPPORT"})  # "demo tolak ...", "aksi bela ..."
# demands whose unnamed addressee may be a state body ("mendesak kepolisian ...")
DEMANDS = frozenset({"REQUEST"})
# speech acts that, in the report of a bilateral meeting or call, are addressed to the other party
ADDRESSED = frozenset({"THREATEN", "REQUEST", "SUPPORT", "REJECT"})
# (type, mode) done at a place abroad, with no one named: to that state (and any ASSAULT)
PLACE_ABROAD_TARGET = frozenset({("SANCTION", "withdraw")})
# measures taken at home against or for someone abroad: a place abroad after the trigger is the target's
PLACED_AT_HOME = frozenset({"SANCTION", "AID"})
# what these condemn is an act: a date in its relative clause ("aksi ... yang dilakukan ... pada Rabu") is the act's
OBJECT_ACT_TYPES = frozenset({("ACCUSE", "disapprove")})
# a story about one of these acts names no talks or agreement with its target unless it says so
COERCIVE_HEADS = frozenset({"SANCTION", "ASSAULT", "COERCE", "THREATEN"})
YIELDING = frozenset({"RETREAT", "CONCEDE"})  # negated + future: a refusal (REJECT yield)


def _embedded(trig: Trigger, trigs: list[Trigger], breaks: frozenset = frozenset()) -> bool:
    """The complement of a speech-act verb is not an event of its own: "agreed to
    hold talks", "mengancam akan menyerang", "mendesak Israel menghentikan serangan"."""
    sent = trig.sentence
    for t in trigs:
        # an allegation's content ("menuduh Seoul berlatih untuk menyerang Pyongyang") is
        # not an event either
        embeds = t.entry.type in EMBEDDING or (t.entry.type == "ACCUSE" and t.entry.mode == "allege")
        if embeds and t.entry.type == "SUPPORT":
            # "MUI mendukung sikap pemerintah menolak ...": what is supported is no act of the supporter;
            # a verb only ("Ribuan pendukung junta menggelar demonstrasi": supporters do act)
            w = t.sentence.tokens[t.first].text.lower()
            embeds = morph.form_id(w, morph.stem_id(w)) == "meN"
        if t.entry.type == "PROTEST" and trig.entry.type in PROTEST_CAUSE and t.sentence is sent \
                and 0 < trig.first - t.last <= 2:
            return True  # "menggelar unjuk rasa menolak kenaikan PPN": the protest's cause, not an act of its own
        if t.sentence is not sent or t is trig or t.last >= trig.first or not embeds:
            continue
        # (a demand's complement may run on: "mendesak Dewan Keamanan PBB segera mengambil tindakan
        # untuk menghentikan serangan Israel")
        if trig.first - t.last > (10 if t.entry.type in ("ACCUSE", "REQUEST") else 5):
            continue
        between = [x.text for x in sent.tokens[t.last + 1 : trig.first]]
        low = [w.lower() for w in between]
        # "mendesak pemerintah tidak hanya mengirim nota, tetapi juga memanggil ...": both parts
        # of a "not only ..., but also" pair are the demand's content
        not_only = "hanya" in low and "juga" in low and any(w in ("tetapi", "tapi", "melainkan", "namun") for w in low) \
            and not any(w in (";", ".", ":", '"', "“", "”") for w in between)
        if not not_only and any(w in (",", ";", ".", ":", '"', "“", "”") for w in between):
            continue  # a quote after "berjanji" reports its own event
        if breaks and not not_only and any(w.lower() in breaks for w in between):
            continue  # "menyampaikan protes keras setelah kapal China menembakkan ...": the cause, an event
        if trig.entry.type in EMBEDDING and between and between[-1].lower() in ("dan", "serta", "lalu", "kemudian", "and", "then"):
            continue  # "menuntut Yoon mundur dan mengancam ...": a second speech act of the subject
        return True
    return False


def _proposal_content(trig: Trigger, trigs: list[Trigger], cues: dict) -> bool:
    """"menolak usulan X untuk mencabut sanksi": an act inside the proposal another trigger
    takes as its object is that proposal's content, not an event (cues.yaml: unrealised_nouns)."""
    nouns = set(cues.get("unrealised_nouns", ()))
    if not nouns:
        return False
    sent, toks = trig.sentence, trig.sentence.tokens
    targets = set(cues.get("target_preps", ()))
    for t in trigs:
        if t.sentence is not sent or t is trig or t.last >= trig.first or trig.first - t.last > 10:
            continue
        k = t.last + 1
        if k < len(toks) and toks[k].text.lower() in targets:
            k += 1
        if k >= trig.first or toks[k].text.lower() not in nouns:
            continue
        if not any(not x.text[:1].isalnum() for x in toks[k + 1 : trig.first]):
            return True
    return False


def _deployed_to_attack(trig: Trigger, trigs: list[Trigger]) -> bool:
    """"mengerahkan jet tempur untuk menyerang sasaran ...": forces sent to attack are
    the attack (ASSAULT, coded from its own verb), not a show of force."""
    if trig.entry.type != "MOBILIZE":
        return False
    toks = trig.sentence.tokens
    return any(t.sentence is trig.sentence and t.entry.type == "ASSAULT" and 0 < t.first - trig.last <= 8
               and toks[t.first - 1].text.lower() in ("untuk", "guna", "to") for t in trigs)


def _cued_mode(cued: list, low: str, after: int) -> str | None:
    """The mode whose cue word comes first after the trigger ("Iran Ancam Tutup Selat Hormuz
    Usai AS Bom Fasilitas Nuklir": restrict, not the violence of the cause told after it);
    with none after it, the first mode cued anywhere in the sentence."""
    best = None
    for m, pat in cued:
        hit = pat.search(low, after)
        if hit is not None and (best is None or hit.start() < best[0]):
            best = (hit.start(), m)
    if best is not None:
        return best[1]
    return next((m for m, pat in cued if pat.search(low)), None)


def _bare_verb(word: str) -> bool:
    """An unprefixed verb with its -kan/-i suffix ("Jatuhkan", "Kunjungi"): Indonesian
    forms no noun that way (nouns take pe-/ke-/-an)."""
    stem = morph.stem_id(word)
    return word in (stem + "kan", stem + "i")


def _domestic_consult(ev: Event) -> bool:
    a, r = ev.actor, ev.recipient
    # (a delegation received, "Perwakilan massa diterima oleh Menteri ...", is an interaction with society)
    return ev.event_type == "CONSULT" and a is not None and r is not None and a.country is not None \
        and a.country == r.country and r.how != "delegation"


def _own_document(trig: Trigger, cues: dict) -> bool:
    """"Trump menandatangani perintah eksekutif ...": signing a decree or a law of one's
    own is no agreement with anyone (cues.yaml: unilateral_documents)."""
    if trig.entry.type != "AGREE" or not cues.get("unilateral_documents"):
        return False
    sent = trig.sentence
    after = sent.text[trig.end - sent.start :].lstrip().lower()
    return any(after.startswith(d) and not after[len(d) : len(d) + 1].isalnum() for d in cues["unilateral_documents"])


def _named_or_setting(trig: Trigger, cues: dict | None = None, lang: str = "id") -> bool:
    """A trigger word that is part of a name ("Pertemuan Menlu G20", "KTT") or the
    setting of another event ("di sela-sela pertemuan ...", "usai pertemuan itu")
    reports no event itself."""
    sent = trig.sentence
    tok = sent.tokens[trig.first]
    if cues and trig.first > 0 and trig.last + 1 < len(sent.tokens):
        word = tok.text.lower()
        nominal = morph.form_en(word) == "noun" if lang == "en" else \
            morph.form_id(word, morph.stem_id(word)) in ("noun", "base")
        if nominal and sent.tokens[trig.first - 1].text.lower() in cues.get("setting_before", ()) \
                and sent.tokens[trig.last + 1].text.lower() in cues.get("setting_after", ()):
            return True
        if nominal and sent.tokens[trig.first - 1].text.lower() in cues.get("topic_before", ()):
            return True
        if nominal and trig.entry.mode != "phone" and sent.tokens[trig.first - 1].text.lower() in cues.get("means_before", ()):
            return True
    if sent.block != "title" and trig.first > 0 and tok.text[:1].isupper() and not tok.text.isupper():
        prev = sent.tokens[trig.first - 1].text
        if prev not in ('"', "“", "'", "‘", "(", ":") and not prev.endswith((".", "!", "?")):
            return True
    before = {t.text.lower() for t in sent.tokens[max(0, trig.first - 2) : trig.first]}
    return bool(before & {"sela-sela", "sela", "sidelines"})


def _framing_noun(trig: Trigger, trigs: list[Trigger], cues: dict, lang: str) -> bool:
    """ "Albanese bertemu Xi ..., dalam kunjungan pertama ...": a nominal trigger after
    a setting preposition frames another trigger of its type in the sentence."""
    sent = trig.sentence
    if trig.first == 0 or sent.tokens[trig.first - 1].text.lower() not in cues.get("setting_before", ()):
        return False
    word = sent.tokens[trig.first].text.lower()
    form = morph.form_en(word) if lang == "en" else morph.form_id(word, morph.stem_id(word))
    if form not in ("noun", "base") or (form == "base" and sent.block == "title"):
        return False
    nxt = sent.tokens[trig.last + 1].text.lower() if trig.last + 1 < len(sent.tokens) else ""
    if nxt in cues.get("recipient_preps", ()):
        return False  # "dalam pertemuan dengan Lavrov" names its own party: the frame is the event
    return any(t is not trig and t.sentence is sent and (t.entry.type == trig.entry.type or _launch_in(t, trig))
               for t in trigs)


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
    else:
        return None
    prev = next((c.event.actor for c in reversed(cands) if c.event.event_type in kinds and c.event.actor is not None
                 and not _compatible(c.event.actor, actor) and c.event.evidence.start < trig.start
                 and (not aimed or (c.event.mode == "allege" and _compatible(c.event.recipient, actor)))), None)
    return dataclasses.replace(prev, confidence=prev.confidence * 0.7) if prev is not None else None


def _for_summit(trig: Trigger, cues: dict) -> bool:
    """An arrival or trip "untuk menghadiri/mengikuti <KTT, konferensi, forum ...>" is travel to a
    multilateral meeting (coded from its own trigger), not a visit to the host."""
    toks = trig.sentence.tokens
    low = [t.text.lower() for t in toks]
    purpose = set(cues.get("complement_before", ()))
    for k in range(trig.last + 1, min(len(toks) - 2, trig.last + 10)):
        if low[k] in cues["clause_breaks"] or low[k] == ";":
            return False
        if low[k] in purpose and low[k + 1] in cues.get("attend_verbs", ()):
            after = " " + " ".join(low[k + 2 : k + 8]) + " "
            return any(f" {m} " in after for m in cues.get("multilateral", ()))
    return False


def _definite_restatement(trig: Trigger, cands: list[Candidate], cues: dict) -> bool:
    """ "lega atas pencabutan darurat militer tersebut", "mengecam serangan itu": an event
    noun closed by a demonstrative refers back to an event already reported (of its type)."""
    toks = trig.sentence.tokens
    demo = set(cues.get("setting_after", ())) & ANAPHORS
    for k in range(trig.last + 1, min(len(toks), trig.last + 4)):
        w = toks[k].text.lower()
        if w in demo:
            return any(c.event.event_type == trig.entry.type and c.event.evidence.start < trig.start for c in cands)
        if not w[:1].isalnum() or w in cues["recipient_preps"] or w in cues.get("non_recipient_preps", ()):
            return False
    return False


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


def _np_subject(trig: Trigger, cues: dict, loc: Location | None, home: str | None) -> Actor | None:
    """A plain noun phrase opening the sentence as the subject of a speech act ("Kuasa hukum
    para korban mendesak ..."): words only, at most six, no pronoun."""
    toks = trig.sentence.tokens
    j = trig.first
    skip = set(cues.get("also", ())) | {"telah", "sudah", "pun", "kemudian", "sebelumnya", "juga", "lalu"}
    while j > 0 and toks[j - 1].text.lower() in skip:
        j -= 1
    words = toks[:j]
    if not 1 <= len(words) <= 6 or not all(t.text.isalpha() for t in words):
        return None
    low = {t.text.lower() for t in words}
    if low & (set(cues["pronouns"]) | {"saya", "kami", "kita", "aku", "mereka"} | set(cues["clause_breaks"])):
        return None
    text = trig.sentence.text[words[0].start - trig.sentence.start : words[-1].end - trig.sentence.start]
    return Actor(text=text, start=words[0].start, end=words[-1].end, country=(loc.country if loc is not None else None) or home,
                 sector="CVL", type="group", how="np", confidence=0.3)


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


def _launch_in(launch: Trigger, attack: Trigger) -> bool:
    """ "Rusia meluncurkan 40 rudal ... dalam serangan pada siang hari itu": missiles
    launched in an attack are that attack (ASSAULT), and the attack noun after the
    setting word only frames it."""
    return (launch.entry.type == "MOBILIZE" and launch.entry.mode == "weapons" and attack.entry.type == "ASSAULT"
            and launch.sentence is attack.sentence and 0 < attack.first - launch.last <= 8)


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
    span = toks[i:j]
    if span[0].text.lower() in set(cues.get("scene_nouns", ())):
        return None  # "Suasana aksi unjuk rasa ...": a photo caption's scene, no protester named
    text = trig.sentence.text[span[0].start - trig.sentence.start : span[-1].end - trig.sentence.start]
    return Actor(text=text, start=span[0].start, end=span[-1].end, name=None,
                 country=(loc.country if loc is not None else None) or home, sector="CVL", type="group", how="np", confidence=0.4)


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


def _dedupe(cands: list[Candidate], arrivals: frozenset | set = frozenset(),
            elsewhen: frozenset | set = frozenset(), cues: dict | None = None) -> list[Candidate]:
    """Merge mentions of the same event (the title's and the lead's, repeated sentences)."""
    out: list[Candidate] = []
    for c in cands:
        e = c.event
        twin = None
        for o in out:
            f = o.event
            if f.event_type != e.event_type or (f.negated, f.future, f.hypothetical) != (e.negated, e.future, e.hypothetical):
                continue
            if not _same_parties(e, f):
                continue
            # "Prancis dan Indonesia juga menyepakati ...": "juga" adds a further act,
            # it does not restate one
            if (c.also or o.also) and c.sent_index != o.sent_index and e.event_type != "CONSULT":
                continue  # (talks "juga" held by the same parties are the same meeting)
            if e.event_type == "AGREE" and c.sent_index != o.sent_index and e.cameo != f.cameo \
                    and any(w in p for p in (c.pattern, o.pattern) for w in (cues or {}).get("demand_nouns", ())):
                continue  # "Prabowo menerima undangan tersebut": accepting an invitation is not the deals signed
            if e.event_type == "CONSULT" and c.sent_index != o.sent_index and c.body_rank >= 0 and o.body_rank >= 0 \
                    and (id(e) in arrivals) != (id(f) in arrivals):
                continue  # "Wong tiba di Putrajaya ..." / "Kedua pemimpin menggelar pertemuan bilateral": two acts
            # a call restated as "pembicaraan"/"bertukar pandangan" (generic meeting mode)
            # on the same day is the same call
            call_talk = {e.mode, f.mode} == {"phone", "meeting"} and (e.date is None or f.date is None or e.date == f.date)
            # "menolak rekomendasi IMF ..." / "Kami menolak dengan tegas": a bare restatement (no mode,
            # no recipient) of a moded act by the same party
            bare = e.event_type != "CONSULT" and ((e.mode is None and e.recipient is None) or (f.mode is None and f.recipient is None))
            if e.mode != f.mode and not bare and not (e.event_type == "CONSULT" and ("phone" not in (e.mode, f.mode) or call_talk)):
                continue
            textual = ("explicit", "weekday", "relative")
            if ((id(e) in elsewhen and f.date_source in textual) or (id(f) in elsewhen and e.date_source in textual)):
                continue
            if e.date and f.date and e.date != f.date and e.date_source in textual and f.date_source in textual:
                continue
            twin = o
            break
        if twin is None:
            out.append(c)
            continue
        # keep the body mention (names resolved, dates); remember the title saw it
        keep, drop = (twin, c) if twin.body_rank >= 0 or c.body_rank < 0 else (c, twin)
        keep.in_title = keep.in_title or drop.in_title or drop.body_rank < 0
        ke, de = keep.event, drop.event
        if ke.date_source in ("published", "none") and de.date_source in ("explicit", "weekday", "relative"):
            ke.date, ke.date_source, ke.date_evidence = de.date, de.date_source, de.date_evidence
        if ke.event_type == "CONSULT" and "phone" in (ke.mode, de.mode) and ke.mode != de.mode:
            ke.mode, ke.cameo, ke.location = "phone", "041", None
        if ke.location is None and de.location is not None and ke.mode != "phone":
            ke.location = de.location
        if ke.recipient is None and de.recipient is not None:
            ke.recipient = de.recipient
        if ke.mode is None and de.mode is not None and ke.event_type != "CONSULT":
            ke.mode, ke.cameo, ke.quad_class, ke.goldstein = de.mode, de.cameo, de.quad_class, de.goldstein
        da, dr = de.actor, de.recipient
        if ke.event_type in SYMMETRIC and not (_compatible(ke.actor, da) and _compatible(ke.recipient, dr)) \
                and _compatible(ke.actor, dr) and _compatible(ke.recipient, da):
            da, dr = dr, da  # the twin names the parties the other way round ("A sepakat dengan B" / "B ... A")
        # keep the most specific parties: a person over their country
        if ke.actor is not None and da is not None and ke.actor.type == "country" and da.type != "country" \
                and ke.actor.country == da.country:
            ke.actor = da
        if ke.recipient is not None and dr is not None and ke.recipient.type == "country" \
                and dr.type != "country" and ke.recipient.country == dr.country:
            ke.recipient = dr
        for w in de.warnings:
            if w not in ke.warnings:
                ke.warnings.append(w)
        ke.confidence = max(ke.confidence, de.confidence)
        if keep is c:
            out[out.index(twin)] = c
    return out


def code(article: Article, analysis: Analysis | None, actors: list[Actor]) -> list[Event]:
    lang = _lang(article, analysis)
    lex = load_lexicon(lang)
    cues = load_cues(lang)
    sents = tokens.sentences(article, analysis)
    trigs = find_triggers(sents, lex, set(cues.get("be_forms", ())))
    # trigger words inside names ("Pertemuan Menlu G20") or settings ("di sela-sela
    # pertemuan") report nothing and do not bound other triggers' stretches
    trigs = [t for t in trigs if not _named_or_setting(t, cues, lang)]
    all_trigs = trigs  # (before framing nouns go: "meluncurkan rudal dalam serangan" needs its frame)
    # an archive photo's caption ("Foto Arsip: Biden dan Xi dalam pertemuan di Woodside, ...")
    # shows an earlier event, not the story's
    marks = tuple(cues.get("archive_caption", ()))
    archive = [(b.start, b.end) for b in article.blocks or () if b.kind == "caption" and marks
               and article.text[b.start : b.end].lstrip().lower().startswith(marks)]
    if archive:
        trigs = [t for t in trigs if not any(s0 <= t.start < s1 for s0, s1 in archive)]
    trigs = [t for t in trigs if not _framing_noun(t, trigs, cues, lang)]
    trigs = [t for t in trigs if not _deployed_to_attack(t, trigs)]
    trigs = [t for t in trigs if not _own_document(t, cues)]
    if not trigs:
        return []
    published = to_date(article.published)
    spans = [(t.sentence.start, t.sentence.end) for t in trigs]
    resolver = DateResolver(article.text, published, lang, _terms(actors) if not published else None, spans)
    finder = ArgumentFinder(cues, lang)
    clause_breaks = frozenset(cues["clause_breaks"]) - {";"}
    finder.sentences = sents
    # a treaty or law the NER took for a body ("Perjanjian Air Indus") is what an act is
    # about, never a party to it (cues.yaml: document_heads)
    docs = set(cues.get("document_heads", ()))
    mentions = sorted((a for a in actors if not (a.how == "ner" and a.text.split(" ")[0].lower() in docs)),
                      key=lambda a: a.start)
    persons = [a for a in mentions if a.type == "person"]
    home = _home_country(article, mentions)
    first_at: dict[str, int] = {}
    for m in mentions:
        if m.name and not m.country and m.how != "pronoun":
            first_at[m.name] = min(first_at.get(m.name, m.start), m.start)
    body_index = {}
    k = 0
    for i, s in enumerate(sents):
        # lead position counts real sentences, not a leftover byline or date line
        lead_like = s.block == "body" or (s.block == "caption" and _DATELINE.match(s.text) is not None)
        if lead_like and sum(1 for t in s.tokens if t.text[:1].isalpha()) >= 6:
            body_index[i] = k
            k += 1
    title_keys: set[tuple[str, str | None]] = set()
    title_types: set[str] = set()
    title_any: set[str] = set()
    cands: list[Candidate] = []
    dated_triggers: list[tuple[Trigger, When]] = []
    recodes: list[tuple[str, str, Event]] = []  # (pattern, lexicon type, event recoded by its context)
    restatements: set[int] = set()  # ids of events restating an earlier one ("serangan tersebut")
    own_target: set[int] = set()  # ids of speech acts aimed at the speaker's own country
    arrivals: set[int] = set()  # ids of visits coded from an arrival/trip verb ("tiba di", "mengunjungi")
    # ids of attacks named only as what a condemnation is about ("mengecam serangan Israel di Gaza")
    undated_condemned: set[int] = set()
    # the per-trigger checks below only look at triggers of the same sentence: index them once
    # (same order) instead of scanning every trigger of the article for each one
    in_sent: dict[int, list[Trigger]] = {}
    for t in trigs:
        in_sent.setdefault(id(t.sentence), []).append(t)
    starts_in_sent: dict[int, list[Trigger]] = {}
    for t in all_trigs:
        starts_in_sent.setdefault(id(t.sentence), []).append(t)
    for trig in trigs:
        e = trig.entry
        sent = trig.sentence
        near = in_sent[id(sent)]
        if _embedded(trig, near, clause_breaks) or _proposal_content(trig, near, cues):
            continue
        if sent.block == "title":
            title_any.add(e.type)
            neg, fut, _ = _aux(trig, cues, lang)
            # the headline's first realis verb is its news; later triggers are objects
            # or side clauses ("Korut Ancam AS ... atas Latihan Militer Gabungan")
            if not neg and not fut and (not title_types or e.type in title_types):
                title_keys.add((e.type, e.mode))
                title_types.add(e.type)
        whens = resolver.in_span(sent.start, sent.end)
        best, warns = pick(whens, trig.start, trig.end, [t.start for t in starts_in_sent.get(id(sent), ()) if t is not trig],
                           object_act=(e.type, e.mode) in OBJECT_ACT_TYPES)
        if best is not None:
            dated_triggers.append((trig, best))
        last_person = next((p for p in reversed(persons) if p.end <= trig.start), None)
        head_word = trig.sentence.tokens[trig.first].text.lower()
        form = morph.form_id(head_word, morph.stem_id(head_word)) if lang == "id" else ""
        if form == "noun" and sent.block == "title" and _bare_verb(head_word):
            form = "base"  # "UE Jatuhkan Paket Sanksi": a headline's unprefixed -kan/-i verb, no noun
        # headlines drop verb prefixes ("TNI AL Tangkap Dua Kapal"): a bare stem there is a verb
        # (unless it is the object of another trigger: "Indonesia Sesalkan Veto AS")
        nominal = form == "noun" or (form == "base" and (sent.block != "title" or any(
            t is not trig and t.last == trig.first - 1 for t in near)))
        if trig.last + 1 < len(sent.tokens) and sent.tokens[trig.last + 1].text.lower() in cues.get("reflexive", ()):
            continue  # "massa membubarkan diri", "menahan diri": done to oneself, no event
        if e.mode == "seize" and trig.last + 1 < len(sent.tokens) \
                and sent.tokens[trig.last + 1].text.lower() in cues.get("office_nouns", ()):
            continue  # "ingin menduduki jabatan tertentu": holding a post, no occupation
        if e.mode == "visit" and e.place_recipient and _for_summit(trig, cues):
            continue  # "tiba di Jakarta ... untuk menghadiri Pertemuan Menlu KTT": no visit to a host
        restated = form == "noun" and _definite_restatement(trig, cands, cues)  # (pe-/-an nouns, not "hadir")
        condemned = nominal and e.type == "ASSAULT" and not whens and any(
            t.entry.type == "ACCUSE" and 0 < trig.first - t.last <= 2 for t in near)
        object_noun = nominal and any(t is not trig and t.entry.type != e.type
                                      and 0 < trig.first - t.last <= 2 for t in near)
        if nominal and lang == "id" and head_word.endswith("nya") and trig.first == trig.last \
                and trig.last + 1 < len(sent.tokens):
            # "membuka jalan kembalinya dwifungsi militer": "-nya" ties the noun to the one after it,
            # its agent (not "kunjungannya ke ...", his visit)
            nxt = sent.tokens[trig.last + 1].text
            object_noun = object_noun or (nxt.isalpha() and nxt.islower() and nxt not in cues["recipient_preps"]
                                          and nxt not in cues.get("non_recipient_preps", ()) and nxt not in cues["clause_breaks"]
                                          and nxt not in cues.get("content_clause", ()) and nxt not in ANAPHORS)
        args = finder.find(trig, mentions, last_person, nominal, object_noun)
        if args.actor is None and nominal and e.type in SYMMETRIC:
            # "Latihan militer gabungan ... resmi dibuka. Latihan tahunan yang dipimpin oleh TNI
            # dan militer AS itu ...": the next sentence, taking up the same noun, names the parties
            pair = _parties_next(trig, sents, mentions, finder, cues)
            if pair is not None:
                args.actor, args.recipient, args.how = pair[0], pair[1], "next"
        mode = e.mode
        lo_b, hi_b = _between_triggers(trig, near)
        loc = None if mode == "phone" else where.place_for(sent, trig.start, trig.end, lang, direct=e.place_recipient,
                                                            window=(lo_b, hi_b), etype=e.type)
        if (e.type, e.mode) in OBJECT_ACT_TYPES and loc is not None and (loc.start or 0) >= trig.end:
            # "mengecam keras aksi pembakaran Alquran ... di depan Masjid Raya Stockholm": where the act
            # condemned happened, not where it was condemned
            loc = None
        if e.place_recipient and loc is not None and loc.country:
            if args.recipient is None or (args.recipient.type == "country" and args.recipient.country == loc.country):
                args.recipient = args.recipient or _host(loc)
        approval = e.type == "AGREE" and form == "meN" and trig.first == trig.last and trig.last + 1 < len(sent.tokens) \
            and sent.tokens[trig.last + 1].text.lower() in cues.get("measure_nouns", ())
        if approval:
            # "Parlemen Iran menyetujui langkah penutupan ...": approving a measure of one's own is no
            # agreement with anyone, unless a partner is named ("dengan X"); approved "sesuai permintaan
            # buruh" it yields to the demand (CONCEDE, to the latest demander)
            if any(c in sent.text.lower() for c in cues.get("concession_cues", ())):
                demander = next((c.event.actor for c in reversed(cands) if c.event.event_type == "REQUEST"
                                 and c.event.actor is not None and not _compatible(c.event.actor, args.actor)), None)
                if demander is None:
                    continue
                args.recipient = demander
            elif args.recipient is None or finder._governing_word(sent, trig.last + 1, _tok_index(sent, args.recipient.start)) != "dengan":
                continue
        if e.bare_object and (args.recipient is None or args.recipient.start < trig.end
                              or sent.text[trig.end - sent.start : args.recipient.start - sent.start].strip()
                              or any(t.text.lower() in cues.get("modal_before", ())
                                     for t in sent.tokens[max(0, trig.first - 2) : trig.first])):
            # "mendorong kerja sama dengan Jepang": a goal promoted, no one urged; "harapan agar
            # Prancis dapat mendorong Uni Eropa ...": an urging wished for, not done
            continue
        if e.person_object:
            r = args.recipient
            if r is None or r.type != "person" or sent.text[trig.end - sent.start : max(trig.end, r.start) - sent.start].strip():
                # "menerima sejumlah pimpinan serikat buruh": a delegation named by a plain noun phrase
                r = _delegation(trig, cues, args.actor, home) if e.swap else None
                if r is None:
                    continue  # "menerima bantuan": not a host receiving a visitor
                args.recipient = r
        if args.recipient is None and form == "meN" and head_word.endswith("nya") and last_person is not None \
                and trig.start - last_person.end <= CLITIC_REACH and not same(last_person, args.actor):
            # "KPK resmi menahan Gubernur X setelah menetapkannya sebagai tersangka": the object clitic
            # is the person just named
            args.recipient = dataclasses.replace(last_person, confidence=last_person.confidence * 0.8)
        if mode == "phone" and nominal and any(sent.tokens[k].text.lower() in cues.get("means_before", ())
                                               for k in range(max(0, trig.first - 2), trig.first)):
            # "menyampaikan belasungkawa kepada PM Sharif melalui sambungan telepon": the call is between
            # the parties of the act it carried
            carried = next((c.event for c in reversed(cands) if c.sent_index == trig.sent_index
                            and c.event.actor is not None and c.event.recipient is not None
                            and (c.event.evidence.trigger_end or 0) <= trig.start), None)
            if carried is not None:
                args.actor, args.recipient, args.how = carried.actor, carried.recipient, "carried"
        if args.recipient is None:
            args.recipient = _anaphoric_target(trig, trigs, cands)
        if e.type == "SUPPORT" and not trig.passive and trig.last + 2 < len(sent.tokens) \
                and sent.tokens[trig.last + 1].text.lower() in cues.get("decision_nouns", ()):
            # "MUI mendukung sikap pemerintah menolak ... atlet Israel": the stance's owner, an unnamed
            # state body, is the one supported (not a mention inside what the stance is about)
            owner = _state_body(dataclasses.replace(trig, last=trig.last + 1, gaps=()), cues, args.actor, loc, home)
            if owner is not None:
                args.recipient = owner
        if args.recipient is None and e.type in DEMANDS and not trig.passive:
            # "mendesak kepolisian segera membebaskan ...", "meminta pemerintah pusat mencabut ...":
            # an unnamed state body as the bare object is that country's authorities
            args.recipient = _state_body(trig, cues, args.actor, loc, home)
        if args.actor is None and e.type in DEMANDS and not nominal and args.recipient is not None \
                and args.recipient.country:
            # "Lembaga bantuan hukum mendesak kepolisian ...": a plain noun-phrase subject
            args.actor = _np_subject(trig, cues, loc, home)
        if args.recipient is None and e.type == "ACCUSE" and e.mode == "disapprove" and args.actor is not None:
            # "mengecam keras provokasi irasional ini", "mengutuk serangan terhadap rumah
            # sakit": condemnation of an act names the act; its target is the doer of the
            # story's latest conflictual event by someone else
            # (an act done, material conflict, before a demand or threat: "Kemlu mendesak DK PBB ...
            # Italia ... turut mengecam insiden tersebut" condemns the attack, not the demand)
            # ("mengecam keputusan tersebut": a decision condemned may be a refusal, cues.yaml decision_nouns)
            obj = {t.text.lower() for t in sent.tokens[trig.last + 1 : trig.last + 3]}
            skip = ("ACCUSE",) if obj & set(cues.get("decision_nouns", ())) else ("ACCUSE", "REJECT")
            doers = [c.event for c in reversed(cands) if c.event.quad_class >= 3
                     and c.event.event_type not in skip
                     and c.event.actor is not None and not _compatible(c.event.actor, args.actor)]
            prev = next((ev.actor for ev in doers if ev.quad_class == 4), doers[0].actor if doers else None)
            if prev is not None:
                args.recipient = dataclasses.replace(prev, confidence=prev.confidence * 0.7)
        if args.recipient is None and args.actor is not None and e.type == "ASSAULT" and not nominal and args.actor.country:
            # "menjatuhkan bom penghancur bunker ke fasilitas nuklir Fordow": fired at a place abroad,
            # that state is hit (the words before "ke" name the weapon)
            dest = next((l for l in where.places_in(sent, lang) if l.source in ("text:ke", "text:to")
                         and trig.end <= (l.start or 0) <= trig.end + 60 and l.country
                         and l.country != args.actor.country), None)
            if dest is not None:
                args.recipient = _host(dest)
        if args.recipient is None and args.actor is not None and e.type in OBJECT_NP_TYPES and not nominal:
            args.recipient = _victims_again(_object_np(trig, cues, loc, args.actor, home), cues, cands)
            if e.type == "ASSAULT" and loc is None and args.recipient is not None and args.recipient.how == "np":
                # "militer Israel menyerang gedung yang ...", no place named: the building is where the
                # story's attack by that side struck, not in the attacker's own country
                prev = next((c.event.recipient for c in reversed(cands) if c.event.event_type == "ASSAULT"
                             and c.event.actor is not None and c.event.actor.country == args.actor.country
                             and c.event.recipient is not None and c.event.recipient.country), None)
                if prev is not None:
                    args.recipient = dataclasses.replace(args.recipient, country=prev.country)
        elif args.recipient is None and args.actor is not None and nominal and e.type == "ASSAULT" \
                and (hit := _hit_verb(trig, cues)) is not None:
            # "Serangan udara militer Myanmar menghantam sebuah sekolah di ...": what the attack hit
            args.recipient = _object_np(dataclasses.replace(trig, first=hit, last=hit), cues, loc, args.actor, home)
        elif args.recipient is None and ((nominal and e.type == "COERCE") or e.type in ("RETREAT", "CONCEDE")) \
                and args.actor is not None and args.actor.country and args.actor.type != "country":
            # "mengumumkan darurat militer": imposed on the actor's own country; "mencabut
            # darurat militer": lifted from it
            args.recipient = Actor(text=args.actor.country, start=trig.start, end=trig.end,
                                   name=where._country_name(args.actor.country), country=args.actor.country,
                                   type="country", how="np", confidence=0.3)
        mode = e.mode
        if e.swap and e.person_object and args.recipient is not None and (
                _AMBASSADOR.search(args.recipient.text) or args.recipient.how == "delegation"):
            # a host receiving a resident ambassador or a delegation of his own country: a plain
            # meeting, host acting
            mode = "meeting"
        elif e.swap:
            args.actor, args.recipient = args.recipient, args.actor
        if args.actor is None and e.type == "PROTEST":
            args.actor = _crowd(trig, cues, loc, home)
        if args.actor is None and e.type == "ASSAULT" and not nominal and not trig.passive:
            # "Seorang pria meledakkan diri di ...": an attacker named by a plain noun phrase
            args.actor = _crowd(trig, cues, loc, home)
        if e.type == "PROTEST" and args.recipient is None and args.actor is not None:
            # "menggelar aksi serupa di kantor DPRD setempat": a protest at a seat of government
            # (cues.yaml: protest_sites) is aimed at that country's authorities
            args.recipient = _protest_site(trig, cues, args.actor, loc, home, mentions)
            if args.recipient is None and args.actor.how == "np" and args.actor.country:
                # a crowd protesting with no target named protests to its own authorities
                args.recipient = Actor(text=args.actor.country, start=trig.start, end=trig.end, country=args.actor.country,
                                       type="group", sector="GOV", how="np", confidence=0.2)
        if e.type == "MOBILIZE":
            if args.actor is None:
                args.actor = _forces(trig, cues, loc, home)
            a = args.actor
            if a is not None and mode == "troops" and (a.sector == "COP" or any(
                    w in set(cues.get("police_forces", ())) for w in a.text.lower().split())):
                mode = "police"
        if args.actor is None and e.type == "COERCE" and (not trig.passive or args.recipient is not None):
            # "Penyidik juga menyita uang tunai", "SW langsung ditahan di Rutan ...": the agency of
            # the story's last arrest or charge goes on acting (discourse continuity; lower confidence)
            prev = next((c.event.actor for c in reversed(cands) if c.event.event_type in ("COERCE", "ACCUSE")
                         and c.event.actor is not None and c.event.actor.type in ("org", "country")), None)
            if prev is not None:
                args.actor, args.how = dataclasses.replace(prev, confidence=prev.confidence * 0.6), "continuity"
        if args.recipient is None and args.actor is not None and e.type == "THREATEN":
            # "Lin Jian memperingatkan bahwa Jepang akan menerima ...", "... bahwa kami akan mengambil
            # langkah jika aksi sabotase Rusia berlanjut": the other state the warning's content names
            args.recipient = _warned(trig, cues, mentions, args.actor)
        if args.recipient is None and args.actor is not None and (e.type == "REJECT" or (
                e.type == "AGREE" and e.cameo == "036")):
            # "menolak tuduhan tersebut", "membantah laporan itu": the answer goes to whoever made
            # the story's latest accusation (or demand) other than the one answering; so does the
            # acceptance of an invitation ("Prabowo menerima undangan tersebut")
            args.recipient = _answered(trig, cues, cands, args.actor)
        if not nominal and trig.first > 0:
            # "Zelensky mengatakan Ukraina mendukung ..., tetapi menuduh Rusia ...":
            # a coordinated verb without a subject shares the previous event's actor;
            # "Sharif mengecam serangan India ... dan bersumpah akan membalas": a mention
            # inside the previous verb's object is not this verb's subject but its target
            k = trig.first - 1
            while k > 0 and sent.tokens[k].text.lower() in cues.get("also", ()) + ["telah", "sudah", "pun"]:
                k -= 1
            if sent.tokens[k].text.lower() in cues.get("coordinators", ()) \
                    or (args.actor is None and sent.tokens[k].text.lower() in cues.get("shared_subject", ())):
                # (a verb with its subject before it: not "serangan India", a noun with its agent after)
                prev_c = next((c for c in reversed(cands) if c.sent_index == trig.sent_index
                               and c.event.actor is not None and (c.event.evidence.trigger_end or 0) <= trig.start
                               and c.event.actor.start < (c.event.evidence.trigger_start or 0)
                               # (a subject named in this sentence, by a verb: not "penangkapan itu"'s
                               # agent carried over from an earlier sentence)
                               and c.event.actor.start >= sent.start and id(c.event) not in restatements), None)
                prev = prev_c.event.actor if prev_c is not None else None
                displaced = args.actor
                if prev is not None and (displaced is None or (
                        # (the mention may lie inside a long-gap trigger: "menuntut Yoon segera mundur")
                        prev_c.event.evidence.trigger_start < displaced.start < sent.tokens[k].start
                        and displaced is not prev)
                        # (or the previous act's object: "menyebut langkah Iran '...' dan mendesak Teheran")
                        or (displaced is prev_c.event.recipient and displaced.start < sent.tokens[k].start)):
                    args.actor, args.how = prev, "coordinated"
                    if args.recipient is None and displaced is not None and not same(displaced, prev) \
                            and not _own_country(prev, displaced):
                        args.recipient = displaced
        if args.actor is None and not KEEP_ORPHANS:
            continue
        if args.recipient is None and args.actor is not None and e.type == "THREATEN" and any(
                t.text.lower() in cues.get("retaliation", ()) for t in sent.tokens[trig.first : trig.last + 1]):
            # "Rusia akan menyiapkan langkah balasan": retaliation is aimed at whoever did the
            # story's latest act against the threatening side
            prev = next((c.event.actor for c in reversed(cands) if c.event.actor is not None
                         and c.event.recipient is not None and _compatible(c.event.recipient, args.actor)
                         and not _compatible(c.event.actor, args.actor)), None)
            if prev is not None:
                args.recipient = dataclasses.replace(prev, confidence=prev.confidence * 0.7)
        if (e.type, e.mode) in PLACE_ABROAD_TARGET | {("ASSAULT", e.mode)} and args.recipient is None \
                and loc is not None and loc.country \
                and args.actor.country and args.actor.country != loc.country:
            # "serangan rudal ke sembilan lokasi di Pakistan": an attack on a place
            # abroad targets that country ("menangguhkan operasional kedutaannya di Teheran":
            # so does a sanction on one's mission there)
            args.recipient = _host(loc)
        if e.type in PLACED_AT_HOME and loc is not None and (loc.start or 0) >= trig.end and loc.country \
                and args.actor.country and loc.country != args.actor.country:
            # "menjatuhkan sanksi terhadap empat pemukim ... di Tepi Barat", "bantuan untuk korban
            # longsor di Papua Nugini": where the targets are, not where the measure was taken
            # (an airdrop's zone, "ke Gaza", is set below)
            loc = None
        if e.type == "AID" and args.actor is not None and args.actor.country:
            # "menerjunkan bantuan ... ke Jalur Gaza, Palestina, bekerja sama dengan
            # Yordania": aid sent to a place abroad goes to that place's country, not to
            # a partner named after it (only then: a bare "akses bantuan ke Gaza" names no donor)
            dest = next((l for l in where.places_in(sent, lang) if l.source in ("text:ke", "text:to")
                         and trig.end <= (l.start or 0) <= trig.end + 60), None)
            if dest is not None and dest.country \
                    and dest.country != args.actor.country \
                    and args.recipient is not None and args.recipient.start > (dest.start or 0):
                args.recipient = _host(dest)
                loc = dest  # the drop zone, not the dateline
            elif args.recipient is None:
                # "bantuan kemanusiaan untuk korban banjir di Pakistan": aid for people in a place
                # abroad, no receiver named, goes to that place's country (sent from home: the
                # event's place stays where it was sent off)
                abroad = next((l for l in where.places_in(sent, lang) if l.source in ("text:di", "text:ke", "text:in", "text:to")
                               and trig.end <= (l.start or 0) <= trig.end + 90 and l.country
                               and l.country != args.actor.country), None)
                victims = set(cues.get("aid_victims", ()))
                if abroad is not None and any(t.text.lower() in victims for t in sent.tokens
                                              if trig.end <= t.start < (abroad.start or 0)):
                    args.recipient = _host(abroad)
                elif dest is not None and dest.country and dest.country != args.actor.country and e.mode == "humanitarian" \
                        and not nominal:
                    # "mengirimkan tim tanggap darurat ... ke Port Moresby": relief sent (a verb) to a place
                    # abroad (not "akses bantuan kemanusiaan ke Gaza": no one sends it)
                    args.recipient = _host(dest)
        # "Anwar menelepon kedua pemimpin": one event per member of a group
        if args.recipient is not None and args.recipient.type == "group" and len(args.recipient.members) >= 2:
            args.co_recipients = list(args.recipient.members[1:]) + args.co_recipients
            args.recipient = args.recipient.members[0]
        args.actor = _with_country(args.actor, sent, home, article.text, first_at)
        args.recipient = _with_country(args.recipient, sent, home, article.text, first_at)
        if e.needs_recipient and args.recipient is None:
            continue
        named_recipient = args.recipient  # kept for co-actors: "Kedua pemimpin ... terhadap Malaysia"
        self_directed = same(args.actor, args.recipient) or _own_country(args.actor, args.recipient)
        if self_directed:
            args.recipient = None
        cameo = e.cameo if mode == e.mode else "040"
        for dst, words in cues["object_modes"].get((e.type, mode), ()):
            after = {t.text.lower() for t in sent.tokens[trig.last + 1 : trig.last + 4]}
            if after & words:
                mode, cameo = dst, e.cameo[:2]  # the CAMEO root: the entry's code names the other mode
        if mode is None or (e.type == "MOBILIZE" and mode == "troops"):
            low = sent.text.lower()
            mode = _cued_mode(cues["mode_cues"].get(e.type, ()), low, trig.end - sent.start) or mode
        negated, future, hypo = _aux(trig, cues, lang)
        etype, quad, goldstein = e.type, e.quad_class, e.goldstein
        if approval and etype == "AGREE" and args.recipient is not None and args.how != "dengan" \
                and any(c in sent.text.lower() for c in cues.get("concession_cues", ())):
            etype, mode, cameo = "CONCEDE", "policy", "083"  # (see approval above)
            quad, goldstein = quad_class(cameo), load_plover().goldstein_for(cameo) or goldstein
        if negated and future and etype in YIELDING:
            # "tidak akan melepaskan kapal", "belum akan mencabut larangan": a refusal to
            # yield is itself the event (REJECT), not a yielding that did not happen
            etype, mode, cameo, negated, future = "REJECT", "yield", "120", False, False
            quad, goldstein = quad_class(cameo), load_plover().goldstein_for(cameo) or e.goldstein
        if etype == "CONSULT" and not negated and not hypo and not nominal and any(
                t.text.lower() in cues.get("intent_to_meet", ()) for t in sent.tokens[max(0, trig.first - 2) : trig.first]):
            # "pemerintah akan terus bernegosiasi", "siap bertemu": an intent to meet (CAMEO 036)
            etype, mode, cameo, future = "AGREE", None, "036", False
            quad, goldstein = quad_class(cameo), load_plover().goldstein_for(cameo) or goldstein
        if etype == "ASSAULT" and any(t.text.lower() in cues.get("cessation", ())
                                      for t in sent.tokens[max(0, trig.first - 2) : trig.first]):
            # "Rusia Setop Serang Infrastruktur Energi Ukraina": stopping attacks is a ceasefire
            etype, mode, cameo = "RETREAT", "ceasefire", "0871"
            quad, goldstein = quad_class(cameo), load_plover().goldstein_for(cameo) or goldstein
        if etype == "MOBILIZE" and mode == "weapons" and not negated and not future and args.actor is not None:
            # "menembakkan roket ke wilayah Thailand": weapons fired at another country
            # are an attack on it, not a show of force
            dest = next((l for l in where.places_in(sent, lang) if l.source in ("text:ke", "text:to")
                         and trig.end <= (l.start or 0) <= trig.end + 60), None)
            target = args.recipient if args.recipient is not None and args.recipient.country \
                and args.recipient.country != args.actor.country else None
            water = dest is not None and dest.start is not None and \
                article.text[dest.start : dest.end].split(" ")[0].lower() in cues.get("water_heads", ())
            if target is None and dest is not None and dest.country and dest.country != args.actor.country and not water:
                target = _host(dest)
            in_attack = any(_launch_in(trig, t) and t.first > 0
                            and sent.tokens[t.first - 1].text.lower() in cues.get("setting_before", ())
                            for t in all_trigs)
            if target is not None or in_attack:
                etype, mode, cameo, args.recipient = "ASSAULT", "heavy-weapons", "195", target
                quad, goldstein = quad_class(cameo), load_plover().goldstein_for(cameo) or goldstein
        if etype == "MOBILIZE" and mode == "troops" and not negated and _sent_to_help(trig, args, cues):
            # "mengirim 1.500 pasukan khusus ke Rusia untuk membantu perang Moskwa": troops sent
            # to fight for another state are military aid to it, not a show of force
            etype, mode, cameo = "AID", "military", "072"
            quad, goldstein = quad_class(cameo), load_plover().goldstein_for(cameo) or goldstein
        recoded = etype != e.type
        conf = e.confidence * (args.actor.confidence if args.actor else 0.3)
        if args.how in ("pronoun",):
            conf -= 0.15
        if args.recipient is None:
            conf -= 0.1
        ev = Event(
            event_type=etype,
            mode=mode,
            actor=args.actor,
            recipient=args.recipient,
            location=loc,
            cameo=cameo,
            quad_class=quad,
            goldstein=goldstein,
            negated=negated,
            future=future,
            hypothetical=hypo,
            evidence=Evidence(sent.text, sent.start, sent.end, trig.text, trig.start, trig.end),
            confidence=conf,
            warnings=list(warns) + ([] if args.actor else ["no resolvable actor"])
            + ([SEVERAL_PLACES] if loc is None and mode != "phone" and where.several_places(sent, lang, (lo_b, hi_b)) else []),
            source=article.source,
        )
        if best is not None:
            ev.date, ev.date_source, ev.date_evidence = best.date, best.source, (best.start, best.end)
        ev.context = ctx.contexts(sent.text, e.type)
        ev.topics = ctx.topics(sent.text)
        rank = body_index.get(trig.sent_index, 99 if sent.block != "title" else -1)
        also = any(t.text.lower() in cues.get("also", ()) for t in sent.tokens[max(0, trig.first - 3) : trig.first])
        cands.append(Candidate(ev, trig.sent_index, rank, sent.block == "title", e.pattern, pair=args.how == "group",
                               also=also))
        if e.place_recipient:
            arrivals.add(id(ev))
        if recoded:
            recodes.append((e.pattern, e.type, ev))
        if self_directed and e.type in SPEAKER_ONLY_OK:
            # "Anwar menyatakan dukungan terhadap Keketuaan Malaysia": an act aimed at one's own
            # country is no speaker-only statement to keep
            own_target.add(id(ev))
        if condemned:
            undated_condemned.add(id(ev))
        if restated:
            # kept while later triggers look back for context ("mengutuk serangan terhadap ..."),
            # dropped before the merge: the event is already reported
            restatements.add(id(ev))
        for extra, field_ in [(a, "actor") for a in args.co_actors] + [(r, "recipient") for r in args.co_recipients]:
            twin = dataclasses.replace(ev, context=list(ev.context), topics=list(ev.topics), warnings=list(ev.warnings))
            setattr(twin, field_, extra)
            if field_ == "actor" and twin.recipient is None and named_recipient is not None \
                    and not same(extra, named_recipient) and not _own_country(extra, named_recipient):
                twin.recipient = named_recipient  # the recipient only the first member shared a country with
            if not same(twin.actor, twin.recipient) and not _own_country(twin.actor, twin.recipient):
                cands.append(Candidate(twin, trig.sent_index, rank, sent.block == "title", e.pattern))
    if not cands:
        return []
    cands = [c for c in cands if id(c.event) not in restatements]
    if not cands:
        return []
    _same_recoding(cands, recodes)
    _protest_demands(cands)
    _corefer_dates(cands, dated_triggers, resolver)
    # an attack named only as what is condemned, with no day of its own (nor another dated mention of
    # it: "Serangan udara itu terjadi pada Minggu (26/5)"), is the condemnation's topic, not an event;
    # nor is it one when the story tells that day's attack by those parties with its own verb
    cands = [c for c in cands if id(c.event) not in undated_condemned or (c.event.date is not None and not any(
        o is not c and o.event.event_type == "ASSAULT" and id(o.event) not in undated_condemned
        and o.event.date == c.event.date and _same_parties(o.event, c.event) for o in cands))]
    if not cands:
        return []
    # "Pada Oktober 2024, Warsawa telah menutup ...": an act placed in another month or year
    # (no day to date it) is an earlier act, not a restatement of the story's dated one
    elsewhen = {id(c.event) for c in cands if c.event.date is None and c.body_rank >= 0
                and resolver.month_year_in(c.event.evidence.start, c.event.evidence.end)}
    cands = _dedupe(cands, arrivals, elsewhen, cues)
    head = choose(cands, title_keys, title_types, title_any)
    if head is not None:
        lead_date(head, cands, sents, resolver)  # before the scene spreads the headline's date
    _scene(cands, head, resolver, article, sents, lang)
    for c in cands:
        ev = c.event
        if ev.event_type == "CONSULT" and ev.mode == "meeting" and ev.location is not None and ev.location.country:
            ev.mode, ev.cameo = _meeting_mode(ev, ev.location, ev.cameo)
    for c in cands:
        ev = c.event
        if ev.date is None and published and not resolver.month_year_in(ev.evidence.start, ev.evidence.end):
            ev.date, ev.date_source = published, "published"
            ev.confidence -= 0.05
        if ev.warnings:
            ev.confidence -= 0.2 * sum(1 for w in ev.warnings if "contradict" in w or "does not match" in w)
            ev.confidence -= 0.1 * sum(1 for w in ev.warnings if w.startswith("uncertain year"))  # (when.py)
        ev.confidence = round(min(1.0, max(0.05, ev.confidence)), 3)
    # "Kita sepakat ...", "Wong menyepakati ...": a symmetric event by one party of
    # the headline event with no partner named is with the headline's other party
    if head is not None and head.event.actor is not None and head.event.recipient is not None:
        ha, hr = head.event.actor, head.event.recipient
        # "Kedua pemimpin sepakat ...": the pair is the story's two parties; a pair with a
        # member who is neither headline party (nor of its country) was mis-resolved
        if ha.country and hr.country and ha.country != hr.country:
            for c in cands:
                ev = c.event
                # (so is a pair the linker left unresolved: "Kedua pemimpin menandatangani ...")
                unresolved = ev.actor is not None and ev.actor.type == "group" and not ev.actor.members \
                    and ev.actor.how != "np"
                if (c.pair or unresolved) and c is not head and ev.event_type in SYMMETRIC and any(
                        not (_compatible(m, ha) or _compatible(m, hr)) for m in (ev.actor, ev.recipient)):
                    ev.actor, ev.recipient = ha, hr
                    # now a restatement of an event already listed ("Kedua pemimpin menggelar pertemuan")
                    # (o.event is None for a restatement already dropped in this loop)
                    if any(o is not c and o.event is not None and o.event.event_type == ev.event_type
                           and _same_parties(o.event, ev)
                           and (o.event.date == ev.date or None in (o.event.date, ev.date)) for o in cands):
                        c.event = None  # type: ignore[assignment]
            cands = [c for c in cands if c.event is not None]
        # "Xi memperingatkan bahwa ..." in the report of a Biden-Xi call: a speech act by one
        # party of a bilateral meeting or call, addressed to no one named, is said to the other
        talk = head.event.event_type == "CONSULT" and head.event.mode != "multilateral"
        for c in cands:
            ev = c.event
            if c is head or ev.recipient is not None or ev.actor is None:
                continue
            # (a person speaking: a country's "dukungan China terhadap ..." is rarely said in the talk)
            if ev.event_type not in SYMMETRIC and not (talk and ev.event_type in ADDRESSED and ev.actor.type == "person"
                                                       and c.sent_index > head.sent_index):
                continue
            if ev.event_type in SYMMETRIC and head.event.event_type in COERCIVE_HEADS:
                continue  # "Para menteri UE yang bertemu ..." in a sanctions story: not a meeting with the target
            if _compatible(ev.actor, ha):
                ev.recipient = hr
            elif _compatible(ev.actor, hr):
                ev.recipient = ha
    # an event with no recipient rarely says who did what TO WHOM; keep it only as
    # the headline or where PLOVER expects none (protests, mobilisation)
    cands = [c for c in cands if c is head or c.event.recipient is not None or c.event.event_type in NO_RECIPIENT_OK
             or (c.event.event_type == "CONSULT" and c.event.mode == "multilateral")  # a summit has no one addressee
             or (c.event.event_type == "REQUEST" and c.event.mode == "assist")  # an appeal for help: to whoever can
             or (c.event.event_type in SPEAKER_ONLY_OK and c.event.actor is not None and c.event.actor.type == "person"
                 and c.event.actor.kb_id and id(c.event) not in own_target)
             # a state rejecting an accusation ("Kremlin menolak tuduhan ...") is news with no addressee too
             or (c.event.event_type in STATE_SPEAKER_OK and c.event.actor is not None and c.event.actor.type == "country"
                 and c.event.actor.kb_id)]
    # a meeting between two parties of one country is the routine of government, not
    # an interaction the event data is about; kept only as an article's headline
    cands = [c for c in cands if c is head or not _domestic_consult(c.event)]
    if head is not None:
        head.event.headline = True
        title = " ".join(s.text for s in sents if s.block == "title")
        head.event.topics = list(dict.fromkeys(head.event.topics + ctx.topics(title)))
    return [c.event for c in cands]


def _protest_demands(cands: list[Candidate]) -> None:
    """A protest aimed at no one named (or only at its own country's authorities, guessed)
    is aimed at whom the protesters' demand told next addresses ("Ribuan warga menggelar
    unjuk rasa di depan Kantor Bupati ... . Massa menuntut Bupati Pati Sudewo mundur")."""
    for c in cands:
        ev = c.event
        if ev.event_type != "PROTEST" or ev.actor is None or (ev.recipient is not None and ev.recipient.how != "np"):
            continue
        demand = next((d.event for d in cands if d.event.event_type == "REQUEST" and c.sent_index <= d.sent_index <= c.sent_index + 1
                       and d.event.recipient is not None and d.event.actor is not None and d.event.recipient.how != "np"
                       and (d.event.actor.how == "np" or _compatible(d.event.actor, ev.actor))
                       and d.event.recipient.country == ev.actor.country), None)
        if demand is not None:
            ev.recipient = demand.recipient


def _same_recoding(cands: list[Candidate], recodes: list[tuple[str, str, Event]]) -> None:
    """A mention recoded by its context ("mengirim pasukan ke Rusia untuk membantu ...":
    AID) recodes the other mentions of the same act by the same parties (the title's
    "Korut Kirim 1.500 Pasukan ke Rusia"), which lack that context."""
    for c in cands:
        ev = c.event
        for pattern, etype, done in recodes:
            if done is ev or c.pattern != pattern or ev.event_type != etype or ev.negated != done.negated:
                continue
            if _compatible(ev.actor, done.actor) and ev.recipient is not None and _compatible(ev.recipient, done.recipient):
                ev.event_type, ev.mode, ev.cameo = done.event_type, done.mode, done.cameo
                ev.quad_class, ev.goldstein = done.quad_class, done.goldstein
                break


def _corefer_dates(cands: list[Candidate], dated: list[tuple[Trigger, When]], resolver: DateResolver) -> None:
    """An undated event takes the date of the nearest other mention of the same kind
    of event ("... dalam pertemuan dengan Lavrov" / "Dalam pertemuan pada hari Selasa (9/4)"),
    unless its own sentence places it in another time ("pada Februari 2022")."""
    actors_at: dict[int, list[Actor | None]] = {}
    for c in cands:
        actors_at.setdefault(c.event.evidence.trigger_start, []).append(c.event.actor)
    for c in cands:
        ev = c.event
        if ev.date is not None or resolver.month_year_in(ev.evidence.start, ev.evidence.end):
            continue
        # outside meetings (one per story, as a rule) the other mention must be by the
        # same actor: "Filipina dan Vietnam juga menolak ... (31/8)" does not date Malaysia's
        same_kind = [
            (trig.entry.pattern != c.pattern, abs(trig.sent_index - c.sent_index), trig, w) for trig, w in dated
            if (trig.entry.pattern == c.pattern
                and (ev.event_type == "CONSULT" or trig.start not in actors_at
                     or any(_compatible(ev.actor, a) for a in actors_at[trig.start])))
            or (ev.event_type == "CONSULT" and trig.entry.type == "CONSULT"
                and (trig.entry.mode == ev.mode or {trig.entry.mode, ev.mode} <= {"meeting", "third-party"}))
        ]
        if same_kind:
            *_, trig, w = min(same_kind, key=lambda x: (x[0], x[1]))
            ev.date, ev.date_source, ev.date_evidence = w.date, w.source, (w.start, w.end)
            ev.warnings.extend(x for x in w.warnings if x not in ev.warnings)


def _scene(cands: list[Candidate], head: Candidate | None, resolver: DateResolver, article: Article,
           sents: list, lang: str) -> None:
    """The headline event sets the scene: undated, unplaced secondary events in
    sentences with no date of their own happened then and there."""
    if head is None:
        return
    h = head.event
    if h.date is None and head.body_rank < 0:
        # a headline only the title states ("Prabowo Umumkan ... Usai Gelombang Protes") is
        # told by the lead paragraph: its one text date dates it ("Pengumuman itu disampaikan
        # ..., Selasa (31/12/2024)")
        lead = next((b for b in article.blocks or () if b.kind == "body"
                     and sum(1 for s in sents if b.start <= s.start < b.end and s.block == "body") >= 1), None)
        if lead is not None:
            found = [w for w in resolver.dates_in(lead.start, lead.end) if w.source in ("explicit", "weekday")]
            if len({w.date for w in found}) == 1:
                w = found[0]
                h.date, h.date_source, h.date_evidence = w.date, w.source, (w.start, w.end)
    if h.location is None and h.mode != "phone" and SEVERAL_PLACES not in h.warnings:
        dl = where.dateline_place(article)
        parties = {a.country for a in (h.actor, h.recipient) if a is not None and a.country}
        # the dateline names the newsroom; it is the event's place only when it is
        # in a party's country ("Jakarta, CNN Indonesia -- Jerman mengusir ..." is not)
        if dl is not None and where.dateline_fits(dl, h.actor.country if h.actor else None, parties, lang):
            h.location = dl
        elif h.actor is not None and h.actor.country:
            # else the first place the story names in the actor's own country
            # ("..., ujar Baerbock di Berlin")
            found = [l for s in sents[: head.sent_index + where.SCENE_REACH] for l in where.places_in(s, lang)
                     if l.country == h.actor.country and l.source == "text:di"]
            h.location = next((l for l in found if l.feature != "country"), found[0] if found else None)
            if h.location is not None:
                h.location.source = "text"
    _home_forces(h)
    for c in cands:
        ev = c.event
        if c is head:
            continue
        s0, s1 = ev.evidence.start, ev.evidence.end
        has_time = bool(resolver.in_span(s0, s1)) or resolver.month_year_in(s0, s1)
        if ev.date is None and h.date is not None and not has_time and h.date_source != "published":
            ev.date, ev.date_source, ev.date_evidence = h.date, h.date_source, h.date_evidence
        if ev.location is None and h.location is not None and ev.mode != "phone" and not has_time \
                and SEVERAL_PLACES not in ev.warnings \
                and where.inherits_place(h.location, ev.actor):
            ev.location = h.location
        _home_forces(ev)
