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
from peristiwa.events.arguments import SYMMETRIC, ArgumentFinder, _tok_index, same
from peristiwa.events.assemble import SEVERAL_PLACES, SPEAKER_ONLY_OK, finish
from peristiwa.events.detect import Trigger, find_triggers
from peristiwa.events.filters import (
    ANAPHORS, _aux, _bare_verb, _condition_after, _definite_restatement, _deployed_to_attack, _embedded, _for_summit, _framing_noun,
    _launch_in, _named_or_setting, _own_document, _proposal_content, _purpose_of_attack,
)
from peristiwa.events.headline import Candidate
from peristiwa.events.lexicon import load_cues, load_lexicon, load_plover, quad_class
from peristiwa.events.parties import _AMBASSADOR, _compatible, _home_country, _host, _own_country, _with_country
from peristiwa.events.sides import (
    _anaphoric_target, _answered, _between_triggers, _came_from, _conditioned, _crowd, _delegation, _forces, _hit_verb, _np_subject,
    _object_np, _parties_next, _protest_site, _sent_to_help, _state_body, _victims_again, _warned,
)
from peristiwa.events.when import DateResolver, When, pick, to_date
from peristiwa.model import Actor, Analysis, Article, Evidence, Event


# "NEW DELHI - ...", "Jakarta (ANTARA) - ...": a paragraph that opens with a dateline is
# the lead even when the cleaner filed it as a caption
_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]{1,40}(?:\([^)]{2,30}\))?\s*[-–—]\s")
CLITIC_REACH = 300  # characters back an object clitic ("menetapkannya") looks for its person
KEEP_ORPHANS = False
# types whose unnamed target ("menangkap puluhan demonstran", "menetapkan ketiganya
# sebagai tersangka") is coded as an unresolved group of the place's/actor's country
OBJECT_NP_TYPES = frozenset({"COERCE", "ASSAULT", "ACCUSE"})  # a trigger without an actor yields no event (never a made-up actor)


def _words_at_least(toks: list, n: int) -> bool:
    """At least ``n`` tokens that start with a letter (stops counting at n)."""
    for t in toks:
        if t.text[:1].isalpha():
            n -= 1
            if n == 0:
                return True
    return False


def _lang(article: Article, analysis: Analysis | None) -> str:
    lang = article.language or (analysis.language if analysis else None) or "id"
    return "en" if lang == "en" else "id"


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


# demands whose unnamed addressee may be a state body ("mendesak kepolisian ...")
DEMANDS = frozenset({"REQUEST"})
# criticism whose bare object may be an unnamed state body too ("mengkritik pemerintah")
CRITICISM = frozenset({("ACCUSE", "disapprove")})
# (type, mode) done at a place abroad, with no one named: to that state (and any ASSAULT)
PLACE_ABROAD_TARGET = frozenset({("SANCTION", "withdraw")})
# measures taken at home against or for someone abroad: a place abroad after the trigger is the target's
PLACED_AT_HOME = frozenset({"SANCTION", "AID"})
# what these condemn is an act: a date in its relative clause ("aksi ... yang dilakukan ... pada Rabu") is the act's
OBJECT_ACT_TYPES = frozenset({("ACCUSE", "disapprove")})
YIELDING = frozenset({"RETREAT", "CONCEDE"})  # negated + future: a refusal (REJECT yield)


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
        if lead_like and _words_at_least(s.tokens, 6):
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
        if _embedded(trig, near, clause_breaks, cues) or _proposal_content(trig, near, cues) \
                or _purpose_of_attack(trig, near, cues):
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
        t_start = trig.start
        last_person = next((p for p in reversed(persons) if p.end <= t_start), None)
        head_word = trig.sentence.tokens[trig.first].text.lower()
        form = morph.form_id(head_word, morph.stem_id(head_word)) if lang == "id" else ""
        if form == "noun" and sent.block == "title" and _bare_verb(head_word):
            form = "base"  # "UE Jatuhkan Paket Sanksi": a headline's unprefixed -kan/-i verb, no noun
        # headlines drop verb prefixes ("TNI AL Tangkap Dua Kapal"): a bare stem there is a verb
        # (unless it is the object of another trigger: "Indonesia Sesalkan Veto AS")
        nominal = form == "noun" or (form == "base" and (sent.block != "title" or any(
            t is not trig and t.last == trig.first - 1 for t in near)))
        if e.type == "ASSAULT" and trig.last + 1 < len(sent.tokens) \
                and sent.tokens[trig.last + 1].text.lower() in cues.get("shot_down", ()) \
                and any(t.text.lower() in cues.get("projectiles", ()) for t in sent.tokens[trig.last + 2 : trig.last + 6]):
            continue  # "menembak jatuh 112 drone Ukraina": projectiles intercepted, no attack on their sender
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
        if args.recipient is None and e.type == "CONSULT" and e.mode == "meeting" and not nominal and not e.swap:
            # "Dedi sempat menemui perwakilan massa di halaman Gedung Sate": a delegation met
            args.recipient = _delegation(trig, cues, args.actor, home)
        if args.recipient is None and e.type == "SUPPORT" and e.cameo == "055" and args.actor is not None \
                and args.actor.country:
            # "Puan juga menyampaikan permintaan maaf kepada masyarakat": an apology to no one named is
            # to the public of the one apologising
            pub = next((t for t in sent.tokens[trig.last + 1 : trig.last + 4] if t.text.lower() in cues.get("public_words", ())), None)
            a0, a1 = (pub.start, pub.end) if pub is not None else (trig.start, trig.end)
            args.recipient = Actor(text=pub.text if pub is not None else args.actor.country, start=a0, end=a1,
                                   country=args.actor.country, type="group", sector="CVL", how="np", confidence=0.3)
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
        if args.recipient is None and (e.type in DEMANDS or (e.type, e.mode) in CRITICISM) and not trig.passive:
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
        if args.recipient is None and args.actor is not None and e.type == "ASSAULT" and trig.last + 2 < len(sent.tokens) \
                and any(t.first == trig.last + 2 and _purpose_of_attack(t, near, cues) for t in near):
            # "menembakkan gas air mata untuk membubarkan massa": the force's target is whom its aim acts on
            args.recipient = _object_np(dataclasses.replace(trig, first=trig.last + 2, last=trig.last + 2, gaps=()),
                                        cues, loc, args.actor, home)
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
        similar = any(t.text.lower() in cues.get("similar_words", ()) for t in sent.tokens[trig.first : trig.last + 1])
        if e.type == "PROTEST" and args.actor is not None and args.actor.start < trig.start and args.actor.start > sent.start \
                and sent.text[: args.actor.start - sent.start].split()[-1:] \
                and sent.text[: args.actor.start - sent.start].split()[-1].lower() in cues.get("protest_cause_words", ()):
            # "Ribuan Massa Aksi Bela Palestina Geruduk Kedubes AS": the state named in the protest's
            # cause is not who protests; the crowd is
            args.actor = _crowd(trig, cues, loc, home)
        if args.actor is None and e.type == "PROTEST":
            args.actor = _crowd(trig, cues, loc, home)
            if args.actor is None and similar:
                # "Aksi serupa juga berlangsung di Makassar, ...": a similar protest, by the same kind of
                # crowd as the story's latest protest (discourse continuity; lower confidence)
                prev = next((c.event.actor for c in reversed(cands) if c.event.event_type == "PROTEST"
                             and c.event.actor is not None), None)
                if prev is not None:
                    args.actor, args.how = dataclasses.replace(prev, confidence=prev.confidence * 0.6), "continuity"
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
        if args.actor is None and (e.type == "COERCE" and (not trig.passive or args.recipient is not None)
                                   or (e.type == "ACCUSE" and trig.passive and args.recipient is not None
                                       and (trig.first == 0 or sent.tokens[trig.first - 1].text.lower() != "yang"))):
            # (so is a passive sentence or charge with no agent: "X dan Y masing-masing divonis 4 tahun";
            # not one in a relative clause: "menangkap puluhan demonstran yang dituding ...")
            # "Penyidik juga menyita uang tunai", "SW langsung ditahan di Rutan ...": the agency of
            # the story's last arrest or charge goes on acting (discourse continuity; lower confidence)
            agencies = [c.event for c in reversed(cands) if c.event.event_type in ("COERCE", "ACCUSE")
                        and c.event.actor is not None and c.event.actor.type in ("org", "country")]
            if e.type == "ACCUSE":  # (a sentence by the court that passed the story's last one)
                agencies = [ev for ev in agencies if ev.event_type == e.type and ev.cameo == e.cameo] or agencies
            prev = agencies[0].actor if agencies else None
            if prev is not None:
                args.actor, args.how = dataclasses.replace(prev, confidence=prev.confidence * 0.6), "continuity"
                if args.recipient is None and nominal and e.type == "COERCE" and prev.country and prev.type != "country" \
                        and trig.first > 0 and sent.tokens[trig.first - 1].text.lower() in cues.get("done_verbs", ()):
                    # ("Terhadap ketujuh tersangka dilakukan penahanan": imposed in the agency's own country)
                    args.recipient = Actor(text=prev.country, start=trig.start, end=trig.end,
                                           name=where._country_name(prev.country), country=prev.country,
                                           type="country", how="np", confidence=0.3)
        if args.recipient is None and args.actor is not None and e.type == "THREATEN":
            # "Lin Jian memperingatkan bahwa Jepang akan menerima ...", "... bahwa kami akan mengambil
            # langkah jika aksi sabotase Rusia berlanjut": the other state the warning's content names
            args.recipient = _warned(trig, cues, mentions, args.actor) or _conditioned(trig, cues, mentions, args.actor)
            if args.recipient is None and args.actor.country and not any(
                    trig.end <= m.start < sent.end and m.country and m.country != args.actor.country for m in mentions):
                # (not when the warning names another state as its topic: "... bahwa masalah Siprus ...")
                # "Lin juga memperingatkan bahwa China akan mengambil langkah tegas ...": a warning with
                # no one named goes to whom the warner's side last acted against (a conflictual act
                # on another state; discourse continuity, lower confidence)
                prev = next((c.event.recipient for c in reversed(cands) if c.event.quad_class >= 3
                             and c.event.actor is not None and c.event.recipient is not None
                             and c.event.actor.country == args.actor.country and c.event.recipient.country
                             and c.event.recipient.country != args.actor.country), None)
                if prev is not None:
                    args.recipient = dataclasses.replace(prev, confidence=prev.confidence * 0.6)
        if args.recipient is None and args.actor is not None and (e.type == "REJECT" or (
                e.type == "AGREE" and e.cameo == "036")):
            # "menolak tuduhan tersebut", "membantah laporan itu": the answer goes to whoever made
            # the story's latest accusation (or demand) other than the one answering; so does the
            # acceptance of an invitation ("Prabowo menerima undangan tersebut")
            args.recipient = _answered(trig, cues, cands, args.actor)
        # (a noun after a light verb acts as that verb: "menemui massa dan menyampaikan permintaan maaf")
        light = nominal and trig.first > 1 and sent.tokens[trig.first - 1].text.lower() in cues.get("light_verbs", ())
        if (not nominal or light) and trig.first > 0:
            # "Zelensky mengatakan Ukraina mendukung ..., tetapi menuduh Rusia ...":
            # a coordinated verb without a subject shares the previous event's actor;
            # "Sharif mengecam serangan India ... dan bersumpah akan membalas": a mention
            # inside the previous verb's object is not this verb's subject but its target
            k = trig.first - (2 if light else 1)
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
        if args.actor is None and e.type == "REJECT" and trig.passive and any(
                t.text.lower() in cues.get("demand_nouns", ()) for t in sent.tokens[max(0, trig.first - 5) : trig.first]):
            # "Kami meminta India ..., tetapi permintaan itu berulang kali ditolak": a demand rejected with
            # no agent named is rejected by whom the latest demand was made of, to its demander
            asked = next((c.event for c in reversed(cands) if c.event.event_type == "REQUEST"
                          and c.event.actor is not None and c.event.recipient is not None), None)
            if asked is not None:
                args.actor, args.recipient, args.how = asked.recipient, asked.actor, "demand-rejected"
        if args.actor is None and nominal:
            # "Kecaman serupa datang dari Arab Saudi, Yordania, dan Uni Emirat Arab": an act said to come
            # from a list of parties is theirs, one event each, aimed at the story's same act's target
            came = _came_from(trig, cues, mentions)
            if came:
                args.actor, args.co_actors, args.how = came[0], came[1:] + args.co_actors, "came-from"
                if args.recipient is not None and any(args.recipient is a or same(args.recipient, a) for a in came):
                    args.recipient = None  # (the list after "dari" is the source, not the target)
                args.co_recipients = [r for r in args.co_recipients if not any(r is a or same(r, a) for a in came)]
                if args.recipient is None:
                    prev = next((c.event.recipient for c in reversed(cands) if c.event.event_type == e.type
                                 and c.event.recipient is not None), None)
                    if prev is not None and not any(_compatible(prev, a) for a in came):
                        args.recipient = dataclasses.replace(prev, confidence=prev.confidence * 0.7)
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
        if (e.type, e.mode) in PLACE_ABROAD_TARGET and args.actor is not None and args.actor.country and (
                args.recipient is None or args.recipient.country == args.actor.country):
            # "menarik Verma dan diplomat lainnya dari Ottawa": envoys withdrawn from a place abroad
            # leave that state (the envoys are the actor's own)
            origin = next((l for l in where.places_in(sent, lang) if l.source in ("text:dari", "text:from")
                           and trig.end <= (l.start or 0) <= trig.end + 80 and l.country
                           and l.country != args.actor.country), None)
            if origin is not None:
                args.recipient = _host(origin)
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
        agreed = next((t for t in near if etype == "AGREE" and not nominal and 0 < t.first - trig.last <= 2
                       and t.entry.type.lower() in cues.get("agreed_acts", ())), None)
        if agreed is not None:
            # "Pakistan dan Afghanistan menyepakati gencatan senjata segera": the agreed act is the event
            etype, mode, cameo = agreed.entry.type, agreed.entry.mode, agreed.entry.cameo
            quad, goldstein = agreed.entry.quad_class, agreed.entry.goldstein
        if etype == "PROTEST" and future and not negated and _condition_after(trig, cues):
            # "BEM SI menyatakan akan kembali turun ke jalan jika tuntutan tidak dipenuhi": a protest
            # promised on a condition is a threat of protest (CAMEO 133, PLOVER THREATEN relations)
            etype, mode, cameo, future = "THREATEN", "relations", "133", False
            quad, goldstein = quad_class(cameo), load_plover().goldstein_for(cameo) or goldstein
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
        also = similar or any(t.text.lower() in cues.get("also", ()) for t in sent.tokens[max(0, trig.first - 3) : trig.first])
        cands.append(Candidate(ev, trig.sent_index, rank, sent.block == "title", e.pattern, pair=args.how == "group",
                               also=also))
        if e.place_recipient:
            arrivals.add(id(ev))
        if recoded and agreed is None:  # (an agreed act is its own object's, not a context to spread)
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
    return finish(cands, article, sents, cues, lang, resolver, published, dated_triggers=dated_triggers,
                  recodes=recodes, restatements=restatements, own_target=own_target, arrivals=arrivals,
                  undated_condemned=undated_condemned, title_keys=title_keys, title_types=title_types,
                  title_any=title_any)
