"""After the per-trigger pass: merge twins, spread dates and the scene, give
symmetric events their partner, drop orphans, mark the headline."""

from __future__ import annotations

from datetime import date

from peristiwa.events import context as ctx
from peristiwa.events import morph, where
from peristiwa.events.arguments import SYMMETRIC
from peristiwa.events.detect import Trigger
from peristiwa.events.headline import Candidate, choose, lead_date
from peristiwa.events.parties import _compatible, _home_forces, _meeting_mode, _same_parties
from peristiwa.events.when import DateResolver, When
from peristiwa.model import Actor, Article, Event


# sentences after a protest in which the crowd's demand names whom the protest is aimed at
DEMAND_REACH = 3
SEVERAL_PLACES = "several places"  # warning: the act happened in a list of towns, no one place
NO_RECIPIENT_OK = frozenset({"PROTEST", "MOBILIZE"})
# a known person rejecting or demanding something with no addressee named is still news
SPEAKER_ONLY_OK = frozenset({"REJECT", "REQUEST", "SUPPORT"})
STATE_SPEAKER_OK = frozenset({"REJECT"})
# speech acts that, in the report of a bilateral meeting or call, are addressed to the other party
ADDRESSED = frozenset({"THREATEN", "REQUEST", "SUPPORT", "REJECT"})
# a story about one of these acts names no talks or agreement with its target unless it says so
COERCIVE_HEADS = frozenset({"SANCTION", "ASSAULT", "COERCE", "THREATEN"})


def _domestic_consult(ev: Event) -> bool:
    a, r = ev.actor, ev.recipient
    # (a delegation received, "Perwakilan massa diterima oleh Menteri ...", is an interaction with society)
    # (so is meeting a crowd named by a plain noun phrase: "menemui perwakilan massa")
    return ev.event_type == "CONSULT" and a is not None and r is not None and a.country is not None \
        and a.country == r.country and r.how != "delegation" and not (r.how == "np" and r.type == "group"
                                                                      and r.sector in (None, "CVL"))


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


def _protest_demands(cands: list[Candidate]) -> None:
    """A protest aimed at no one named (or only at its own country's authorities, guessed)
    is aimed at whom the protesters' demand told next addresses ("Ribuan warga menggelar
    unjuk rasa di depan Kantor Bupati ... . Massa menuntut Bupati Pati Sudewo mundur")."""
    for c in cands:
        ev = c.event
        if ev.event_type != "PROTEST" or ev.actor is None or (ev.recipient is not None and ev.recipient.how != "np"):
            continue
        # (further on only a demand by the crowd itself, "Massa ... menuntut Dedi ...", not by a speaker)
        demand = next((d.event for d in cands if d.event.event_type == "REQUEST" and c.sent_index <= d.sent_index <= c.sent_index + DEMAND_REACH
                       and d.event.recipient is not None and d.event.actor is not None and d.event.recipient.how != "np"
                       and (d.event.actor.how == "np" or (_compatible(d.event.actor, ev.actor) and d.sent_index <= c.sent_index + 1))
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


RESTATEMENT_REACH = 3  # sentences after an undated event that may restate it with its date


def _restatement_dates(cands: list[Candidate], sents: list, resolver: DateResolver, cues: dict) -> None:
    """An undated event takes the date of a sentence just after it that restates it as a noun of
    the same stem with a demonstrative ("Trump mengancam ... . Ancaman itu disampaikan ... pada
    Sabtu (21/12/2024) ..."): the first day-level date of that sentence."""
    demo = set(cues.get("setting_after", ())) & {"itu", "tersebut", "ini"}
    for c in cands:
        ev = c.event
        if ev.date is not None or c.body_rank < 0 or not ev.evidence.trigger \
                or resolver.month_year_in(ev.evidence.start, ev.evidence.end):
            continue
        stem = morph.stem_id(ev.evidence.trigger.split()[0].lower())
        for s in sents[c.sent_index + 1 : c.sent_index + 1 + RESTATEMENT_REACH]:
            toks = s.tokens
            if len(toks) < 2 or toks[1].text.lower() not in demo or morph.stem_id(toks[0].text.lower()) != stem:
                continue
            found = [w for w in resolver.dates_in(s.start, s.end) if w.source in ("explicit", "weekday")
                     and not w.future and not w.in_range]
            if found:
                w = min(found, key=lambda x: x.start)
                ev.date, ev.date_source, ev.date_evidence = w.date, w.source, (w.start, w.end)
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


def finish(cands: list[Candidate], article: Article, sents: list, cues: dict, lang: str, resolver: DateResolver,
           published: date | None, *, dated_triggers: list[tuple[Trigger, When]],
           recodes: list[tuple[str, str, Event]], restatements: set[int], own_target: set[int], arrivals: set[int],
           undated_condemned: set[int], title_keys: set[tuple[str, str | None]], title_types: set[str],
           title_any: set[str]) -> list[Event]:
    """The article's candidates (one per trigger and party) to its events: restatements dropped,
    recodings and dates spread, twins merged, the headline chosen and its scene spread, orphans
    dropped (the sets hold ids of candidate events marked during the per-trigger pass)."""
    if not cands:
        return []
    cands = [c for c in cands if id(c.event) not in restatements]
    if not cands:
        return []
    _same_recoding(cands, recodes)
    _protest_demands(cands)
    _restatement_dates(cands, sents, resolver, cues)
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
