"""Pick the one event an article is about.

Evidence: the title (an event of the same type/mode as a title trigger), the
lead (first body sentences), completeness (actor, recipient, a text date), and
realis (future/negated/hypothetical events are rarely the news)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from peristiwa.model import Event

if TYPE_CHECKING:
    from peristiwa.events.when import DateResolver


@dataclass
class Candidate:
    event: Event
    sent_index: int  # index among all sentences
    body_rank: int  # 0 = first body sentence; large for later ones; -1 for the title
    in_title: bool = False  # the event (or a merged twin) was reported in the title
    pattern: str = ""  # the lexicon pattern that triggered it
    pair: bool = False  # the parties came from a pair ("kedua pemimpin") expanded by the linker
    also: bool = False  # "juga"/"also" before the trigger: a further act, not a restatement


def score(c: Candidate, title_keys: set[tuple[str, str | None]], title_types: set[str], title_any: set[str] = frozenset()) -> float:
    e = c.event
    s = 0.0
    # (a title trigger with no mode of its own, "Iran Ancam ...", names the type whatever mode the body's cues give)
    if (e.event_type, e.mode) in title_keys or (e.event_type, None) in title_keys:
        s += 3.0
    elif e.event_type in title_types:
        s += 2.0
    elif e.event_type in title_any:
        s += 1.0  # the title reports it only as future/negated
    if c.in_title:
        s += 1.0
    if c.body_rank >= 0:
        s += max(0.0, 3.0 - c.body_rank)  # lead sentence 3, second 2, third 1
    if e.recipient is not None:
        s += 1.0
    if e.date_source in ("explicit", "weekday", "relative"):
        s += 0.5
    if e.future or e.negated or e.hypothetical:
        s -= 3.0
    if e.event_type == "CONSULT":
        s += 0.5  # meetings and calls are the commonest news "frame" events
        if 0 <= c.body_rank <= 1 and e.recipient is not None:
            s += 1.5  # a lead-sentence meeting frames the outcomes the title may name
    return s


def choose(cands: list[Candidate], title_keys: set[tuple[str, str | None]], title_types: set[str],
           title_any: set[str] = frozenset()) -> Candidate | None:
    if not cands:
        return None
    return max(cands, key=lambda c: (score(c, title_keys, title_types, title_any), -c.sent_index))


LEAD_DAYS = 14  # how long before publication a lead's elaborating date may lie


def lead_date(head: Candidate, cands: list[Candidate], sents: list, resolver: DateResolver) -> None:
    """A lead event whose sentence gives no date takes the first full date of the
    next sentence when that sentence reports no event of its own: it elaborates
    the lead ("X mendeportasi dua WN Rusia ... . Keduanya dipulangkan ..., Senin
    (20/3/2023) malam."), and beats a date borrowed from a later mention (often
    the day a spokesperson spoke about it). Then the other events' dates that hang on the
    story's days: "X juga ..." (also_then) and reactions told days later (later_reactions)."""
    _lead_date(head, cands, sents, resolver)
    also_then(cands, sents, resolver)
    later_reactions(head, cands, resolver)


def _lead_date(head: Candidate, cands: list[Candidate], sents: list, resolver: DateResolver) -> None:
    same_occasion(cands, sents, resolver)
    meeting_outcomes(head, cands, resolver)
    h = head.event
    if not 0 <= head.body_rank <= 1 or h.evidence is None:
        return
    lead_place(head, cands, sents, resolver.lang)
    s0, s1 = h.evidence.start, h.evidence.end
    # (a day still to come, "tarif ... mulai 1 Agustus", dates nothing that happened)
    if any(not w.future for w in resolver.dates_in(s0, s1)) or resolver.month_year_in(s0, s1):
        return
    i = head.sent_index + 1
    # the next sentence may restate the lead's act with its day ("X ditangkap otoritas
    # Singapura. Penangkapan dilakukan oleh CPIB pada Jumat (17/1)"): same type, no other event
    if i >= len(sents) or sents[i].block not in ("body", "caption") or any(
            c.sent_index == i and c.event.event_type != h.event_type for c in cands):
        return
    if any(c.sent_index == i for c in cands) and h.date_source in ("explicit", "weekday", "relative"):
        return  # (a restatement only dates a lead nothing else dated: "Dalam pertemuan pada Selasa (9/4)")
    # (not the day the news was announced: "Dalam pernyataan pada Jumat (18/10), NIS menyebut ...")
    full = [w for w in resolver.dates_in(sents[i].start, sents[i].end)
            if w.source in ("explicit", "weekday") and not resolver.said_on(w) and not w.future
            # (nor a side clause's: "Dalam insiden yang terjadi pada Jumat (24/1) ..." dates the incident)
            and (w.opener is None or w.closing)]
    if not full or resolver.marked_earlier(full[0]):
        return
    w = full[0]
    pub = resolver.published
    if pub is not None and not (pub - timedelta(days=LEAD_DAYS) <= w.date <= pub + timedelta(days=1)):
        return  # a date far from publication is background, not the lead's day
    h.date, h.date_source, h.date_evidence = w.date, w.source, (w.start, w.end)


STALE_DAYS = 2  # a scene this many days before publication is not the day of the reactions told with it
REACTIONS = ("SUPPORT", "ACCUSE", "REQUEST", "REJECT")  # said about an act, after it


def later_reactions(head: Candidate, cands: list[Candidate], resolver: DateResolver) -> None:
    """ "X ditangkap pada Jumat (17/1)" told a week later, then "Wakil Ketua KPK menyampaikan
    terima kasih ...": an undated reaction by someone not party to the act (before or after
    it in the text) was said when the news was reported (publication), not on the day of
    the act the story looks back on, which the scene rule would give it."""
    from peristiwa.events.parties import _compatible

    h, pub = head.event, resolver.published
    if pub is None or h.date is None or h.date_source == "published" or (pub - h.date).days <= STALE_DAYS:
        return
    for c in cands:
        ev = c.event
        if c is head or ev.date is not None or ev.event_type not in REACTIONS:
            continue
        if any(_compatible(ev.actor, p) for p in (h.actor, h.recipient) if p is not None):
            continue  # a party speaking at the scene ("ujar Lavrov dalam konferensi pers bersama")
        s0, s1 = ev.evidence.start, ev.evidence.end
        if resolver.dates_in(s0, s1) or resolver.month_year_in(s0, s1):
            continue
        ev.date, ev.date_source = pub, "published"


def lead_place(head: Candidate, cands: list[Candidate], sents: list, lang: str) -> None:
    """A lead event its sentence does not place takes a town the next sentence names
    when that sentence reports no event of its own and the town is in a party's
    country ("Korea Utara telah mengirim 1.500 pasukan ke Rusia. Para prajurit itu
    diangkut ... dari pelabuhan di Korea Utara ke Vladivostok"): it beats the
    newsroom's dateline and bare country names. Where a thing was sent FROM counts
    only for sending verbs (place-cues.yaml: departure)."""
    from peristiwa.events import where

    h = head.event
    if h.location is not None or h.mode == "phone":
        return
    parties = {a.country for a in (h.actor, h.recipient) if a is not None and a.country}
    # the title's report of the same act, placed ("TNI AL Tangkap Dua Kapal Ikan Vietnam
    # di Laut Natuna Utara"), places the lead's: the title names the scene, a dateline the newsroom
    titled = next((c.event.location for c in cands if c.body_rank < 0 and c.event.event_type == h.event_type
                   and c.event.location is not None and c.event.location.feature != "country"
                   and c.event.location.country in parties), None)
    if titled is not None:
        h.location = titled
        return
    i = head.sent_index + 1
    if i >= len(sents) or sents[i].block != "body" or any(c.sent_index == i for c in cands):
        return
    first = (h.evidence.trigger or "").split()[:1]
    sending = bool(first) and where.fold(first[0]) in where.place_cues().get("departure", {}).get(lang, frozenset())
    allowed = ("text:di", "text:in", "text:at", "text:ke", "text:to") + (("text:dari", "text:from") if sending else ())
    towns = [l for l in where.places_in(sents[i], lang)
             if l.source in allowed and l.feature != "country" and l.country in parties]
    if not towns:
        return
    # "di" (at) before "ke" (to): where it happened over where it went
    loc = min(towns, key=lambda l: (l.source in ("text:ke", "text:to"), l.start))
    loc.source = "text"
    h.location = loc


def same_occasion(cands: list[Candidate], sents: list, resolver: DateResolver) -> None:
    """ "Dalam pertemuan itu, kedua menhan menandatangani ...": an event in a sentence
    with no date of its own that opens on the occasion just told happened on its day
    (time.yaml: same_occasion); its place is then the scene's, as for any undated event."""
    for c in cands:
        s = sents[c.sent_index]
        if resolver.dates_in(s.start, s.end):
            continue
        w = resolver.occasion_date(s.start, s.end)
        if w is not None:
            ev = c.event
            ev.date, ev.date_source, ev.date_evidence = w.date, w.source, (w.start, w.end)


OUTCOME_TYPES = ("AGREE",)  # what talks reach: reported later, it happened at the talks


def meeting_outcomes(head: Candidate, cands: list[Candidate], resolver: DateResolver) -> None:
    """ "Ibu Mega dan Pak Prabowo sepakat ...," kata Puan kepada wartawan, Selasa (8/4): an
    agreement between the parties of the story's meeting, dated only by the day someone
    told of it, was reached at the meeting, on the meeting's day."""
    from peristiwa.events.parties import _same_parties

    h = head.event
    if h.event_type != "CONSULT" or h.date is None or h.date_source not in ("explicit", "weekday", "relative"):
        return
    said = {w.start for w in resolver.resolved if resolver.said_on(w)}
    for c in cands:
        ev = c.event
        if c is head or ev.event_type not in OUTCOME_TYPES or ev.date is None or ev.date <= h.date:
            continue
        if ev.date_evidence is None or ev.date_evidence[0] not in said or not _same_parties(ev, h):
            continue
        if (ev.date - h.date).days > LEAD_DAYS:
            continue
        ev.date, ev.date_source, ev.date_evidence = h.date, h.date_source, h.date_evidence


def also_then(cands: list[Candidate], sents: list, resolver: DateResolver) -> None:
    """ "Macron pada Senin (28/8) menegaskan ... . Macron juga kembali menyerukan ...": an
    undated act the same actor "also" did in the next sentence was done on the day the
    sentence before gave that actor (its dated event, else its own full date)."""
    from peristiwa.events.parties import _compatible

    for c in cands:
        ev = c.event
        if ev.date is not None or not c.also or ev.actor is None or c.sent_index == 0:
            continue
        prev = sents[c.sent_index - 1]
        for o in cands:
            oe = o.event
            if o.sent_index != c.sent_index - 1 or oe.date is None or oe.date_evidence is None:
                continue
            if oe.date_source not in ("explicit", "weekday", "relative") or not prev.start <= oe.date_evidence[0] < prev.end:
                continue
            if _compatible(oe.actor, ev.actor):
                ev.date, ev.date_source, ev.date_evidence = oe.date, oe.date_source, oe.date_evidence
                break
        else:
            # no event there: the actor named in it with one full date of its own
            names = {ev.actor.text, *(ev.actor.name or "").split()[-1:]} - {""}
            if any(o.sent_index == c.sent_index - 1 for o in cands):
                continue
            if not any(n in prev.text for n in names):
                continue
            full = [w for w in resolver.dates_in(prev.start, prev.end)
                    if w.source in ("explicit", "weekday") and not w.future]
            if len({w.date for w in full}) == 1:
                w = full[0]
                ev.date, ev.date_source, ev.date_evidence = w.date, w.source, (w.start, w.end)
