"""Which trigger candidates report an event at all: negation/future cues, complements
of speech acts, names and settings, framing nouns, restatements."""

from __future__ import annotations

from peristiwa.events import morph
from peristiwa.events.detect import Trigger
from peristiwa.events.headline import Candidate


AUX_WINDOW = 4  # tokens before the trigger searched for negation/future words


_PADDED: dict[int, tuple[list, tuple[str, ...]]] = {}
_HYPO: dict[int, tuple[object, int | None, list[int]]] = {}


def _padded(cuelist: list) -> tuple[str, ...]:
    """" cue " forms of a cue list, built once per (cached) list."""
    hit = _PADDED.get(id(cuelist))
    if hit is None or hit[0] is not cuelist:
        hit = _PADDED[id(cuelist)] = (cuelist, tuple(f" {c} " for c in cuelist))
    return hit[1]


def _hypothetical_before(sent, first: int, cuelist: list) -> bool:
    """A hypothetical cue (" jika ", " if ") among the sentence's words before token ``first``.
    The words before are a prefix of the sentence's joined words: the earliest end of any cue
    is found once per sentence, then each trigger compares its prefix length."""
    if first == 0:
        return any(c in "  " for c in _padded(cuelist))
    hit = _HYPO.get(id(sent))
    if hit is None or hit[0] is not sent:
        if len(_HYPO) > 10_000:
            _HYPO.clear()
        lows = [t.text.lower() for t in sent.tokens]
        full = " " + " ".join(lows) + " "
        ends = [i + len(c) for c in _padded(cuelist) for i in [full.find(c)] if i >= 0]
        cum, n = [], 1
        for w in lows:
            n += len(w) + 1
            cum.append(n)  # cum[k]: length of " w0 ... wk " (the prefix before token k + 1)
        hit = _HYPO[id(sent)] = (sent, min(ends) if ends else None, cum)
    return hit[1] is not None and hit[1] <= hit[2][first - 1]


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
        return any(c in joined for c in _padded(cuelist))

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
    hypo = _hypothetical_before(trig.sentence, trig.first, cues["hypothetical"])
    if not future and trig.last + 1 < len(toks):
        # "bantuan akan diserahkan melalui AHA Centre": an event noun as the subject of a
        # future verb is planned
        word = toks[trig.first].text.lower()
        noun = morph.form_en(word) == "noun" if lang == "en" else morph.form_id(word, morph.stem_id(word)) in ("noun", "base")
        if noun and toks[trig.last + 1].text.lower() in ("akan", "will", "bakal") and trig.sentence.block != "title":
            future = True
    return negated, future, hypo


def _condition_after(trig: Trigger, cues: dict) -> bool:
    """A hypothetical cue after the trigger in its sentence ("... turun ke jalan jika tuntutan
    tidak dipenuhi"): the act is promised on a condition."""
    toks = trig.sentence.tokens
    after = " " + " ".join(t.text.lower() for t in toks[trig.last + 1 :]) + " "
    return any(c in after for c in _padded(cues["hypothetical"]))


ANAPHORS = frozenset({"tersebut", "itu", "ini", "that", "this", "the"})
EMBEDDING = frozenset({"AGREE", "THREATEN", "REQUEST", "REJECT", "SUPPORT"})
PROTEST_CAUSE = frozenset({"REJECT", "SUPPORT"})  # "demo tolak ...", "aksi bela ..."


def _embedded(trig: Trigger, trigs: list[Trigger], breaks: frozenset = frozenset(), cues: dict | None = None) -> bool:
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
        gap = trig.first - t.last
        if gap > (10 if t.entry.type in ("ACCUSE", "REQUEST") else 5) and not (t.entry.type == "REQUEST" and cues):
            continue
        between = [x.text for x in sent.tokens[t.last + 1 : trig.first]]
        low = [w.lower() for w in between]
        if gap > 10 and not (gap <= 18 and low[-1] in cues.get("conjunctions", ())
                             and any(w in cues.get("demand_complement", ()) for w in low[:-1])):
            continue  # (beyond the reach only the second verb of the demand's content: "urged X to halt ... and allow ...")
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


def _purpose_of_attack(trig: Trigger, near: list[Trigger], cues: dict) -> bool:
    """ "menembakkan gas air mata untuk membubarkan massa": a coercion that is the purpose of
    the force used right before it is that force's aim, not an event of its own (its object is
    the force's target; cues.yaml purpose_words)."""
    toks = trig.sentence.tokens
    return trig.entry.type == "COERCE" and trig.first >= 2 \
        and toks[trig.first - 1].text.lower() in cues.get("purpose_words", ()) \
        and any(t.entry.type == "ASSAULT" and t.last == trig.first - 2 for t in near)


def _deployed_to_attack(trig: Trigger, trigs: list[Trigger]) -> bool:
    """"mengerahkan jet tempur untuk menyerang sasaran ...": forces sent to attack are
    the attack (ASSAULT, coded from its own verb), not a show of force."""
    if trig.entry.type != "MOBILIZE":
        return False
    toks = trig.sentence.tokens
    return any(t.sentence is trig.sentence and t.entry.type == "ASSAULT" and 0 < t.first - trig.last <= 8
               and toks[t.first - 1].text.lower() in ("untuk", "guna", "to") for t in trigs)


def _bare_verb(word: str) -> bool:
    """An unprefixed verb with its -kan/-i suffix ("Jatuhkan", "Kunjungi"): Indonesian
    forms no noun that way (nouns take pe-/ke-/-an)."""
    stem = morph.stem_id(word)
    return word in (stem + "kan", stem + "i")


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


def _launch_in(launch: Trigger, attack: Trigger) -> bool:
    """ "Rusia meluncurkan 40 rudal ... dalam serangan pada siang hari itu": missiles
    launched in an attack are that attack (ASSAULT), and the attack noun after the
    setting word only frames it."""
    return (launch.entry.type == "MOBILIZE" and launch.entry.mode == "weapons" and attack.entry.type == "ASSAULT"
            and launch.sentence is attack.sentence and 0 < attack.first - launch.last <= 8)
