"""Actor and recipient of a trigger, from the sentence's shape.

actor = subject before the trigger (nearest actor mention to its left, not
inside a prepositional phrase); recipient = "dengan/kepada/terhadap/atas X"
or the object after it; passive "di-" verbs reversed ("X ditangkap oleh Y":
Y acts on X); reported speech ("..., kata Qin") and first-person pronouns in
quotes go to the speaker. Never invents an actor: None when nothing fits.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field

from peristiwa.events import morph
from peristiwa.events.detect import Trigger
from peristiwa.model import Actor, Sentence

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# event types whose actor, inside a quote, is the person quoted (speech acts)
VERBAL = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "CONCEDE"})
# types whose target is often named as a place ("unjuk rasa di depan Gedung DPR")
PLACE_TARGET = frozenset({"PROTEST", "MOBILIZE", "ASSAULT"})
RECIPIENT_WINDOW = 12  # tokens after the trigger
# types whose "bahwa ..." complement is reported content, not the addressee
CONTENT_CLAUSE_TYPES = frozenset({"THREATEN", "REJECT", "SUPPORT", "AGREE"})
_QUOTES = "\"“”‘’'«»"


@dataclass
class Args:
    actor: Actor | None = None
    recipient: Actor | None = None
    how: str = "subject"  # subject | passive | speech | pronoun | group | compound
    notes: list[str] = field(default_factory=list)
    co_actors: list[Actor] = field(default_factory=list)
    co_recipients: list[Actor] = field(default_factory=list)


def same(a: Actor | None, b: Actor | None) -> bool:
    """Same identity: kb_id when both have one, else text, else country for countries."""
    if a is None or b is None:
        return False
    if a.kb_id and b.kb_id:
        return a.kb_id == b.kb_id
    if a.type == "country" and b.type == "country":
        return a.country == b.country
    return (a.name or a.text).lower() == (b.name or b.text).lower()


_ENDS: dict[int, tuple[Sentence, list[int]]] = {}


def _tok_index(sent: Sentence, offset: int) -> int:
    """Index of the first token ending after ``offset`` (bisect over cached token ends)."""
    hit = _ENDS.get(id(sent))
    if hit is None or hit[0] is not sent:
        if len(_ENDS) > 10_000:
            _ENDS.clear()
        hit = _ENDS[id(sent)] = (sent, [t.end for t in sent.tokens])
    return bisect.bisect_right(hit[1], offset)


def _prev_word(sent: Sentence, a: Actor) -> str:
    i = _tok_index(sent, a.start)
    return sent.tokens[i - 1].text.lower() if i > 0 else ""


def _non_overlapping(mentions: list[Actor]) -> list[Actor]:
    """Longest mention wins where mentions overlap ("Menlu China Qin Gang" over "China")."""
    out: list[Actor] = []
    for a in sorted(mentions, key=lambda a: (-(a.end - a.start), a.start)):
        if all(a.end <= b.start or a.start >= b.end for b in out):
            out.append(a)
    return sorted(out, key=lambda a: a.start)


_QUOTE_MARKS = "\"“”"


def _quote_marks(text: str) -> int:
    return text.count('"') + text.count("“") + text.count("”")  # (str.count: no per-character loop)


def in_quote(sent: Sentence, offset: int) -> bool:
    """An odd number of quote marks before ``offset`` in the sentence."""
    return _quote_marks(sent.text[: offset - sent.start]) % 2 == 1


# adverbs between a relative "yang" and its verb ("yang juga mencakup", "yang telah diusulkan")
_REL_ADVERBS = frozenset({"juga", "telah", "sudah", "akan", "sedang", "pernah", "baru", "tidak", "belum", "kemudian",
                          "sebelumnya", "kini", "masih"})


_PURPOSE_WORDS = frozenset({"untuk", "guna", "agar", "supaya"})
_COMPLEMENT_WORDS = frozenset({"kembali", "segera", "agar", "supaya", "bahwa", "tetap", "terus"})


def _verb_after(sent: Sentence, k: int) -> bool:
    """A me-/di-/ber- verb at token k, after at most two adverbs."""
    toks = sent.tokens
    for j in range(k, min(len(toks), k + 3)):
        w = toks[j].text.lower()
        if w[:2] in ("me", "di", "be"):
            return True
        if w not in _REL_ADVERBS:
            return False
    return False


class ArgumentFinder:
    def __init__(self, cues: dict, lang: str):
        self.cues = cues
        self.lang = lang
        self.rec_preps = set(cues["recipient_preps"])
        self.agent = set(cues["passive_agent"])
        self.non_rec = set(cues.get("non_recipient_preps", ()))
        self.light = set(cues.get("light_verbs", ()))
        self.breaks = set(cues["clause_breaks"])
        self.conj = set(cues["conjunctions"])
        self.speech_after = set(cues["speech_after"])
        self.speech_before = set(cues["speech_before"])
        self.pronouns = set(cues["pronouns"])
        self.content_clause = set(cues.get("content_clause", ()))
        self.apposition = set(cues.get("apposition", ()))
        self.target_preps = set(cues.get("target_preps", ()))
        self.proposal_nouns = set(cues.get("proposal_nouns", ()))
        self.proposal_content = set(cues.get("proposal_content", ()))
        self.proposal_filed = set(cues.get("proposal_filed", ()))
        self.speaks_through = set(cues.get("speaks_through", ()))
        self.carriers = set(cues.get("carrier_verbs", ()))
        self.mission_words = set(cues.get("mission_words", ()))
        self.origin_preps = set(cues.get("origin_preps", ()))
        self.coordinators = {"dan", "serta", "lalu", "kemudian", "sekaligus"} & set(cues.get("coordinators", ()))
        self.first_person = {"saya", "kami", "kita", "aku", "i", "we"}
        self._cache: dict[int, tuple] = {}
        self._starts: dict[int, tuple] = {}
        # the article's sentences in order, for quotes that run across a sentence end
        self.sentences: list[Sentence] = []

    # ------------------------------------------------------------------ helpers
    def _left_bound(self, sent: Sentence, ti: int) -> int:
        """Token index after the last clause break before the trigger."""
        for j in range(ti - 1, -1, -1):
            w = sent.tokens[j].text.lower()
            if w == ";" or (w in self.breaks and w not in ("yang",)):
                return j + 1
        return 0

    def _right_bound(self, sent: Sentence, ti: int) -> int:
        for j in range(ti, len(sent.tokens)):
            w = sent.tokens[j].text.lower()
            if w in (";",) or (w in self.breaks and w != "yang"):
                return j
        return len(sent.tokens)

    def _governor(self, sent: Sentence, i: int, j: int) -> str | None:
        """What governs a mention at token j, looking back to token i: the last
        preposition between them ("recipient": dengan/kepada/...; "topic":
        tentang/di/...), or None for a bare object."""
        for k in range(j - 1, i - 1, -1):
            w = sent.tokens[k].text.lower()
            if w in self.non_rec:
                return "topic"
            if w in self.rec_preps or w in self.agent:
                return "recipient"
        return None

    def _relative_head(self, sent: Sentence, ti: int, left: list[Actor]):
        """For a verb right after a relative "yang" (adverbs between allowed): the mention that
        ends right before "yang", None when the noun there names no actor; False when the verb
        is not in a relative clause."""
        if self.lang != "id":
            return False
        k = ti - 1
        while k > 0 and sent.tokens[k].text.lower() in _REL_ADVERBS:
            k -= 1
        if k < 1 or sent.tokens[k].text.lower() != "yang":
            return False
        return next((a for a in left if _tok_index(sent, a.end - 1) == k - 1), None)

    def _at_mission(self, sent: Sentence, i: int, j: int) -> bool:
        """A mention after "di" + a diplomatic mission's head words ("di Kedutaan Besar Rusia",
        "di Komisi Tinggi Pakistan"): the mission's state, not a place (cues.yaml: mission_words)."""
        if not self.mission_words:
            return False
        k = j - 1
        while k >= i and sent.tokens[k].text.lower() in self.mission_words:
            k -= 1
        return k < j - 1 and k >= i and sent.tokens[k].text.lower() in self.non_rec

    def _governing_word(self, sent: Sentence, i: int, j: int) -> str | None:
        """The recipient preposition that governs a mention at token j (looking back to i)."""
        for k in range(j - 1, i - 1, -1):
            w = sent.tokens[k].text.lower()
            if w in self.rec_preps or w in self.agent:
                return w
        return None

    def _sentence(self, sent: Sentence, mentions: list[Actor]) -> tuple[list[Actor], Actor | None]:
        """The sentence's mentions (longest of overlapping ones) and its quoted speaker, once per sentence.
        ``mentions`` must be sorted by start."""
        hit = self._cache.get(id(sent))
        if hit is not None and hit[0] is sent and hit[1] is mentions:
            return hit[2], hit[3]
        starts = self._starts.get(id(mentions))
        if starts is None or starts[0] is not mentions:
            starts = self._starts[id(mentions)] = (mentions, [a.start for a in mentions])
        lo = bisect.bisect_left(starts[1], sent.start)
        hi = bisect.bisect_left(starts[1], sent.end)
        in_sent = _non_overlapping([a for a in mentions[lo:hi] if a.end <= sent.end])
        spk = self.speaker(sent, in_sent)
        if spk is None and _quote_marks(sent.text) % 2 == 1:
            spk = self._later_speaker(sent, mentions, starts[1])
        self._cache[id(sent)] = (sent, mentions, in_sent, spk)
        return in_sent, spk

    def _later_speaker(self, sent: Sentence, mentions: list[Actor], starts: list[int]) -> Actor | None:
        """A quote left open at the sentence end ("“Kami tidak akan menerima ... . Hak kami
        ...,” tegas X."): its speaker is named after the closing quote, in the sentence
        that closes it (at most one quote-free sentence in between)."""
        try:
            i = next(k for k, s in enumerate(self.sentences) if s is sent)
        except StopIteration:
            return None
        for nxt in self.sentences[i + 1:i + 3]:
            n = _quote_marks(nxt.text)
            if n == 0:
                continue
            if n % 2 == 0:
                return None  # a new quote opens: not the continuation of this one
            close = nxt.start + next(k for k, c in enumerate(nxt.text) if c in _QUOTE_MARKS)
            lo = bisect.bisect_left(starts, nxt.start)
            hi = bisect.bisect_left(starts, nxt.end)
            spk = self.speaker(nxt, _non_overlapping([a for a in mentions[lo:hi] if a.end <= nxt.end]))
            return spk if spk is not None and spk.start > close and spk.type == "person" else None
        return None

    def speaker(self, sent: Sentence, mentions: list[Actor]) -> Actor | None:
        """ "..., kata Qin." / "ujar Lavrov" / "menurut X": the person quoted."""
        toks = sent.tokens
        low = [t.text.lower() for t in toks]
        for i, w in enumerate(low):
            if w in self.speech_after:
                # the speaker follows the speech verb ("kata Qin"); English also allows "X said"
                after = [a for a in mentions if _tok_index(sent, a.start) in (i + 1, i + 2)]
                if after:
                    return after[0]
                titled = self._after_title(sent, mentions, i)
                if titled is not None:
                    return titled
                if self.lang == "en":
                    before = [a for a in mentions if _tok_index(sent, a.end - 1) in (i - 1, i - 2)]
                    if before:
                        return before[-1]
            if w in self.speech_before:
                after = [a for a in mentions if _tok_index(sent, a.start) in (i + 1, i + 2)]
                if after:
                    return after[0]
        return None

    def _after_title(self, sent: Sentence, mentions: list[Actor], i: int) -> Actor | None:
        """ "kata Koordinator Pusat BEM SI Herianto": a speaker behind capitalised title words
        the linker left out (at most four): the person right after the first body named."""
        toks = sent.tokens
        k = i + 1
        while k < len(toks) and k <= i + 4 and toks[k].text[:1].isupper() and toks[k].text.isalpha():
            first = next((a for a in mentions if _tok_index(sent, a.start) == k), None)
            if first is not None:
                nxt = next((a for a in mentions if a.start > first.start
                            and not sent.text[first.end - sent.start : a.start - sent.start].strip()), None)
                # (a body alone after a title, "kata Direktur Penyidikan Jampidsus", names no one speaking)
                return nxt if nxt is not None and nxt.type == "person" else None
            k += 1
        return None

    def _speech_pronoun(self, sent: Sentence) -> bool:
        """ "…, ujarnya." : the speaker is a pronoun (resolved by the caller)."""
        low = {t.text.lower() for t in sent.tokens}
        return bool(low & {"katanya", "ujarnya", "tegasnya", "tambahnya", "ungkapnya", "tuturnya", "jelasnya", "imbuhnya"})

    # ------------------------------------------------------------------ main
    def find(self, trig: Trigger, mentions: list[Actor], last_person: Actor | None, nominal: bool = False,
             object_noun: bool = False) -> Args:
        """``object_noun``: a nominal trigger that is the object of another trigger
        ("menyesalkan veto AS", "mengecam serangan Israel"): its agent is in its own
        noun phrase, never the sentence subject."""
        sent = trig.sentence
        in_sent, speaker = self._sentence(sent, mentions)
        ti, tj = trig.first, trig.last
        if trig.gaps:
            # "menetapkan <SW> sebagai tersangka": the words a long gap skipped hold the object
            spans = [(sent.tokens[a].start, sent.tokens[b].end) for a, b in trig.gaps]
            inner = [a for a in in_sent if any(s0 <= a.start and a.end <= s1 for s0, s1 in spans)]
        else:
            inner = []
        if not trig.passive:
            # "memanggil duta besar Rusia": a mention that starts inside the trigger and runs on
            # past it (its head word closes the pattern) is the object
            inner = inner + [a for a in in_sent if trig.start < a.start < trig.end < a.end]
        mentions = [a for a in in_sent if a.end <= trig.start or a.start >= trig.end or a in inner]
        lb, rb = self._left_bound(sent, ti), self._right_bound(sent, tj + 1)
        left = [a for a in mentions if a.end <= trig.start and _tok_index(sent, a.start) >= lb]
        right = inner + [a for a in mentions if a.start >= trig.end and _tok_index(sent, a.start) < min(rb, tj + 1 + RECIPIENT_WINDOW)]
        all_right = right  # (before the relative-clause cuts below: "... yang diajukan X" names an owner)
        args = Args()
        etype = trig.entry.type

        # "AS menyebut langkah Iran 'tidak dapat diterima'": an evaluation said of an object;
        # the speaker (subject of the verb of saying) disapproves of the object's owner
        if trig.entry.predicate and self.lang == "id":
            verb = next((k for k in range(ti - 1, lb - 1, -1) if sent.tokens[k].text.lower().startswith("me")), None)
            if verb is not None:
                v0 = sent.tokens[verb].start
                obj = [a for a in left if a.start > v0]
                # (the clause's subject, its first mention outside a prepositional phrase: "Kremlin
                # menolak tuduhan ... dalam kematian Navalny dan menyebut pernyataan ... '...'")
                spk = next((a for a in left if a.end <= v0 and _prev_word(sent, a) not in self.rec_preps
                            and _prev_word(sent, a) not in self.non_rec), None)
                if spk is not None:
                    args.actor, args.recipient, args.how = spk, (obj[-1] if obj else None), "predicate"
                    return args

        # passive: "X ditangkap oleh Y" -> actor Y, recipient X
        if trig.passive:
            agent = None
            for a in right:
                # "ditembak oleh KKB" or, as often, "ditembak KKB"
                if _prev_word(sent, a) in self.agent or _tok_index(sent, a.start) == tj + 1:
                    agent = a
                    break
            subj = next((a for a in reversed(left) if _prev_word(sent, a) not in self.rec_preps), None)
            rel = self._relative_head(sent, ti, left)
            if rel is not False:
                # "usulan gencatan senjata ... yang telah disetujui Ukraina": the patient is the
                # noun before "yang" (no one, when it names no actor)
                subj = rel
            if agent is not None and etype in SYMMETRIC:
                # "... yang ditandatangani Presiden Putin dan Presiden Pezeshkian": the two agents
                # are the parties
                pair = self._conjoined(sent, right, agent, backwards=False)
                if pair:
                    subj = pair[0]
            args.actor, args.recipient, args.how = agent, subj, "passive"
            if agent is None:
                args.notes.append("passive verb without an agent")
            return args

        # a nominal trigger of material conflict ("serangan teroris") takes its agent from
        # the noun phrase ("serangan X", "oleh X"), or the subject of a light verb
        # ("melancarkan serangan"), never an unrelated sentence subject
        if nominal and (trig.entry.quad_class == 4 or object_noun):
            lv = any(sent.tokens[k].text.lower() in self.light for k in range(max(0, ti - 2), ti))
            if not lv:
                agent = next((a for a in right if _tok_index(sent, a.start) == tj + 1 or _prev_word(sent, a) in self.agent), None)
                args.actor, args.how = agent, "nominal"
                return args

        # subject: nearest left mention not inside a prepositional phrase
        subj = None
        for a in reversed(left):
            pw = _prev_word(sent, a)
            # (nor a locative or an apposition: "Kedutaan Besar Vietnam di Jakarta meminta ...",
            # "Anwar Ibrahim, selaku Ketua ASEAN, menyerukan ...")
            # (English "of" is no locative: "the Ministry of Defense of Russia denied")
            if pw in self.rec_preps or pw in self.agent or (pw in self.non_rec and self.lang == "id") \
                    or self._in_apposition(sent, a):
                continue
            subj = a
            break
        if subj is not None and self.speaks_through:
            subj = self._spoken_through(sent, ti, subj, left)
        # "Penyidik KPK menggeledah rumah Hasto dan menyita ...": a verb after "dan" shares the
        # subject of the verb before; the mention after that verb is its object, not a subject
        first_object = None
        # (speech acts keep the event-aware rule of events/__init__.py: "mengecam ... dan bersumpah")
        if subj is not None and not nominal and self.lang == "id":
            # (for other acts only past a pair inside the verb before's long object: "Carney menyebut
            # perjanjian itu sebagai 'tonggak baru' hubungan kedua negara dan memuji Indonesia ...")
            reach = 4 if trig.entry.quad_class == 4 else (12 if subj.type == "group" else 0)
            shared = self._coordinated_subject(sent, lb, ti, subj, left, reach) if reach else None
            if shared is not None:
                first_object, subj = subj, shared
        # "perusahaan-perusahaan ... yang membantu Rusia", "spanduk yang mengecam serangan Israel":
        # a verb right after a relative "yang" has the noun before it as subject; when that noun
        # names no actor, the act is no one's we know
        if not nominal:
            rel = self._relative_head(sent, ti, left)
            if rel is None:
                args.notes.append("relative clause on a noun that names no actor")
                return args
            if rel is not False:
                subj = rel
        # a first-person pronoun inside a quote, or one nearer than any mention
        quoted = in_quote(sent, trig.start)
        if speaker is not None and not (speaker.end <= trig.start or speaker.start >= trig.end):
            speaker = None
        pron_idx = None
        for j in range(ti - 1, lb - 1, -1):
            w = sent.tokens[j].text.lower()
            if w in self.first_person or w in self.pronouns:
                pron_idx = j
                break
        if pron_idx is not None and (subj is None or _tok_index(sent, subj.end - 1) < pron_idx):
            w = sent.tokens[pron_idx].text.lower()
            if w in self.first_person and speaker is not None:
                subj, args.how = speaker, "speech"
            elif w in self.pronouns and last_person is not None and (quoted is False):
                subj, args.how = last_person, "pronoun"
        if subj is None:
            if speaker is not None and etype in VERBAL:
                subj, args.how = speaker, "speech"
            elif self._speech_pronoun(sent) and last_person is not None and etype in VERBAL:
                subj, args.how = last_person, "pronoun"
        elif quoted and etype in VERBAL and speaker is not None and speaker is not subj and subj.start < trig.start \
                and subj.type == "country" and speaker.type == "person" and speaker.country in (subj.country, None):
            # "“China mendesak AS ...,” kata Mao": the person speaking for the country is the
            # more specific actor (as in "Anwar menyatakan Malaysia mendukung ..."); an unplaced
            # speaker (a spokesperson the KB does not know) speaks for the country named
            subj, args.how = speaker, "speech"

        # "gencatan senjata antara Israel dan Hamas": a nominal trigger's parties
        if subj is None and nominal:
            for i, a in enumerate(right[:-1]):
                if _prev_word(sent, a) == "antara" and _prev_word(sent, right[i + 1]) in self.conj:
                    args.actor, args.recipient, args.how = a, right[i + 1], "between"
                    return args

        # recipient: after a recipient preposition, else the first mention after the trigger
        rec, rec_gov = None, None
        if etype == "PROTEST":
            # "unjuk rasa bela Palestina di depan Kedutaan Besar AS": the protest's
            # target is where it is held, not the cause it names
            held = [a for a in right if self._governor(sent, tj + 1, _tok_index(sent, a.start)) == "topic"]
            if held:
                right = held + [a for a in right if a not in held]
        # "menggelar pembicaraan yang membahas pertemuan antara Putin dan Kim": a mention
        # inside a relative clause ("yang" + verb) after the trigger belongs to that clause
        # ("yang juga mencakup Malaysia": adverbs may stand between "yang" and the verb)
        rel_at = next((k for k in range(tj + 1, min(len(sent.tokens) - 1, tj + 1 + RECIPIENT_WINDOW))
                       if sent.tokens[k].text.lower() == "yang"
                       and _verb_after(sent, k + 1)), None) if self.lang == "id" else None
        carried = None
        if rel_at is not None and etype in ("ASSAULT", "COERCE") and sent.tokens[rel_at + 1].text.lower() in self.carriers \
                and not any(_tok_index(sent, a.start) < rel_at for a in right if a not in inner):
            # "menembaki sebuah kapal yang membawa lima PMI": the people on board are the target
            carried = next((a for a in right if rel_at + 1 < _tok_index(sent, a.start) <= rel_at + 4), None)
        if rel_at is not None:
            right = [a for a in right if a in inner or _tok_index(sent, a.start) < rel_at]
        # "... ke Laut Timur, menurut Kepala Staf Gabungan Korsel": the source of the report is
        # no recipient
        src_at = next((k for k in range(tj + 1, min(len(sent.tokens), tj + 1 + RECIPIENT_WINDOW))
                       if sent.tokens[k].text.lower() in self.speech_before), None)
        if src_at is not None:
            right = [a for a in right if a in inner or _tok_index(sent, a.start) < src_at]
        # "menuduh negara-negara Barat memicu konflik ... terhadap Rusia": when a plain noun
        # phrase fills the object, a mention past the next verb belongs to the embedded clause
        if self.lang == "id" and not trig.gaps and right:
            cut = self._embedded_verb(sent, tj + 1, right)
            if cut is not None:
                right = [a for a in right if _tok_index(sent, a.start) < cut]
        # "Xi memperingatkan bahwa masalah Taiwan ...", "membantah bahwa Rusia ...": a mention in
        # the reported content clause is its topic, not the one warned or answered
        if etype in CONTENT_CLAUSE_TYPES:
            that = next((k for k in range(tj + 1, min(len(sent.tokens), tj + 4))
                         if sent.tokens[k].text.lower() in self.content_clause), None)
            if that is not None:
                right = [a for a in right if _tok_index(sent, a.start) < that]
        owner = self._proposal_owner(sent, ti, tj, all_right) if etype != "PROTEST" else None
        owner = owner or carried
        if owner is None and first_object is not None and etype == "COERCE" \
                and not any(a for a in right if _tok_index(sent, a.start) <= tj + 2):
            # "menggeledah rumah Hasto dan menyita sejumlah dokumen": seized from the one searched
            owner = first_object
        if owner is not None:
            rec, rec_gov, right = owner, "recipient", []
        for a in right:
            if speaker is not None and a is speaker and not in_quote(sent, a.start):
                continue
            gov = self._governor(sent, tj + 1, _tok_index(sent, a.start))
            if gov == "topic" and self._at_mission(sent, tj + 1, _tok_index(sent, a.start)):
                gov = None  # "mengusir penasihat militer di Komisi Tinggi Pakistan": the mission's state
            if gov == "recipient" and rec is not None and subj is not None and a.country == subj.country \
                    and self._governing_word(sent, tj + 1, _tok_index(sent, a.start)) in self.origin_preps:
                break  # "mengusir delegasi diplomatik Israel dari Kolombia": expelled from home, Israel's
            if gov == "topic" and not (etype in PLACE_TARGET and _prev_word(sent, a) not in self.non_rec):
                continue
            if gov == "topic" and etype in PLACE_TARGET:
                gov = None  # "demo di depan Gedung DPR", "latihan di sekitar Taiwan": the target, weakly
            if nominal and subj is not None and rec is None and _tok_index(sent, a.start) == tj + 1 and a.country and a.country == subj.country:
                continue  # "dukungan China" after "Qin menyatakan": the genitive restates the actor
            if gov is None and _tok_index(sent, a.start) <= tj + 2 and etype != "PROTEST":
                rec, rec_gov = a, "object"  # the bare object right after the verb ("mengancam AS dengan ...")
                if (tj > ti or nominal) and a.start >= trig.end and _tok_index(sent, a.start) == tj + 1:
                    # after a noun ("mengancam memberlakukan sanksi PBB terhadap Iran") a bare
                    # mention is the noun's genitive; a "terhadap/kepada" phrase names the target
                    # (not "untuk/ke/dari ...": "memanggil duta besar Rusia di Seoul untuk ...")
                    later = next((b for b in right if b.start > a.start and (speaker is None or b is not speaker)
                                  and self._governor(sent, tj + 1, _tok_index(sent, b.start)) == "recipient"
                                  and (not self.target_preps
                                       or self._governing_word(sent, tj + 1, _tok_index(sent, b.start)) in self.target_preps)),
                                 None)
                    if later is not None:
                        rec, rec_gov = later, "recipient"
                break
            if gov == "recipient":
                rec, rec_gov = a, gov
                break
            if rec is None and (sent.block == "title"
                                or not any(sent.tokens[k].text == "," for k in range(tj + 1, _tok_index(sent, a.start)))):
                # (in running text an ungoverned mention past a comma opens another clause: "Beberapa
                # jam sebelum Yoon tiba di Tokyo, Korea Utara menembakkan ..."; headlines, short of
                # prepositions, keep the loose reading)
                rec, rec_gov = a, None
        # compound subject "China dan Rusia sepakat" / "Lavrov dan saya": the pair for symmetric types
        if subj is not None and etype in SYMMETRIC and (rec is None or rec_gov != "recipient"):
            if subj in left:
                i = left.index(subj)
                if i > 0 and _prev_word(sent, subj) in self.conj:
                    rec, subj, args.how = subj, left[i - 1], "compound"
            elif pron_idx is not None and pron_idx >= 2 and sent.tokens[pron_idx - 1].text.lower() in self.conj:
                partner = next((a for a in reversed(left) if _tok_index(sent, a.end - 1) == pron_idx - 2), None)
                if partner is not None:
                    rec = partner
        # "Kamikawa dan Kihara bertemu dengan Teodoro": the first of a compound subject
        # heads the delegation
        elif subj is not None and etype in SYMMETRIC and rec_gov == "recipient" and subj in left:
            conj = self._conjoined(sent, left, subj, backwards=True)
            if conj and conj[-1].type == subj.type:
                subj = conj[-1]
        # group actors ("kedua pihak"): expand into the pair for symmetric types; a mention
        # further on that no "dengan" governs is a topic ("Keduanya menggelar pembicaraan
        # yang membahas pertemuan antara Putin dan Kim"), not a third party
        # ("Kedua pemimpin menandatangani Deklarasi ... antara Federasi Rusia dan Republik Indonesia":
        # an "antara" phrase in the object restates the pair)
        if subj is not None and subj.type == "group" and subj.members and etype in SYMMETRIC \
                and (rec is None or rec_gov != "recipient"
                     or self._governing_word(sent, tj + 1, _tok_index(sent, rec.start)) in ("antara", "between")):
            if len(subj.members) >= 2:
                subj, rec, args.how = subj.members[0], subj.members[1], "group"
        # "Kedua pemimpin menyatakan dukungan terhadap X": one event per member
        group_members: list[Actor] = []
        if subj is not None and subj.type == "group" and len(subj.members) >= 2 and etype not in SYMMETRIC:
            group_members = list(subj.members[1:])
            subj = subj.members[0]
        # "Anwar menyatakan Malaysia mendukung ...": the person who speaks for the
        # country is the more specific actor
        if subj is not None and subj.type == "country" and subj in left:
            # (an unplaced person too, when only the speech verb stands between: "... AS Laksamana
            # Samuel Paparo menyatakan Amerika Serikat berkomitmen ...")
            person = next((a for a in left[: left.index(subj)] if a.type == "person" and (
                a.country == subj.country or (a.country is None and self._one_verb_between(sent, a, subj)))), None)
            if person is not None:
                # (an unplaced speaker takes the country it speaks for)
                subj = person if person.country else dataclasses.replace(
                    person, country=subj.country, confidence=person.confidence * 0.8, how=person.how + "+country")
        # "menelepon Rusia Vladimir Putin", "dengan Direktur ... Partai Komunis China Wang Yi":
        # a country or body heading a person's title is the person's affiliation, not the recipient
        # (the person may lie past the recipient window: long titles)
        if rec is not None and rec.type != "person" and rec in mentions:
            i = mentions.index(rec)
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            # (a firm or body right before the name is the person's employer, whatever its state:
            # "membebaskan pilot Susi Air Philip Mehrtens")
            if nxt is not None and nxt.type == "person" \
                    and (nxt.country == rec.country or not rec.country or not nxt.country
                         or (rec.type == "org" and not sent.text[rec.end - sent.start : nxt.start - sent.start].strip())) \
                    and _tok_index(sent, nxt.start) - _tok_index(sent, rec.end - 1) <= 2 \
                    and sent.text[rec.end - sent.start : nxt.start - sent.start].strip().lower() not in self.conj | {","} \
                    and not any(t.text[:1].islower() for t in sent.tokens[_tok_index(sent, rec.end - 1) + 1 : _tok_index(sent, nxt.start)]):
                # (a lower-case word between is a verb, not a title: "meminta Singapura
                # mengekstradisi Paulus Tannos")
                rec = nxt
            else:
                # "membebaskan pilot Susi Air asal Selandia Baru, Philip Mark Mehrtens, di ...": the person
                # named in apposition after the object noun phrase is the object
                appo = self._appositive_person(sent, rec, mentions)
                if appo is not None:
                    rec = appo
        args.actor, args.recipient = subj, rec
        if args.how == "subject" and subj is not None and subj.how == "pronoun":
            args.how = "pronoun"
        if etype not in SYMMETRIC:
            # "Prancis dan Mesir mengutuk ...", "menuduh Washington dan Seoul ...": one event each
            if group_members:
                args.co_actors = group_members
            elif subj is not None and subj in left:
                args.co_actors = self._conjoined(sent, left, subj, backwards=True)
            if rec is not None and rec in right:
                args.co_recipients = self._conjoined(sent, right, rec, backwards=False)
        return args

    def _coordinated_subject(self, sent: Sentence, lb: int, ti: int, subj: Actor, left: list[Actor],
                             reach: int = 4) -> Actor | None:
        toks = sent.tokens
        if ti < 2 or toks[ti - 1].text.lower() not in self.coordinators:
            return None
        si = _tok_index(sent, subj.start)
        # ("X dan Y menyita": no verb before Y, Y is a subject)
        verb = next((k for k in range(si - 1, max(lb - 1, si - reach), -1) if toks[k].text.lower().startswith("me")
                     and len(toks[k].text) > 4 and toks[k].text.isalpha()), None)
        if verb is None:
            return None
        return next((a for a in reversed(left) if a.end <= toks[verb].start and _tok_index(sent, a.start) >= lb
                     and _prev_word(sent, a) not in self.rec_preps and _prev_word(sent, a) not in self.non_rec), None)

    def _spoken_through(self, sent: Sentence, ti: int, subj: Actor, left: list[Actor]) -> Actor:
        """"PDIP, melalui Ketua DPP Djarot, meminta ...": the person between the commas
        after "melalui" speaks for the subject and is the more specific actor."""
        if ti == 0 or sent.tokens[ti - 1].text != ",":
            return subj
        for a in left:
            i = _tok_index(sent, a.start)
            if a.start <= subj.start or a.type != "person":
                continue
            k = next((m for m in range(i - 1, max(-1, i - 5), -1) if sent.tokens[m].text.lower() in self.speaks_through), None)
            if k is not None and k > 0 and sent.tokens[k - 1].text == "," and _tok_index(sent, a.end - 1) == ti - 2:
                return a
        return subj

    def _proposal_owner(self, sent: Sentence, ti: int, tj: int, right: list[Actor]) -> Actor | None:
        """"menolak keinginan/usulan X untuk ...": the owner of the proposal the trigger's
        object names is its recipient (not a mention in the proposal's content)."""
        # (after a target preposition too: "apresiasi atas sikap tegas Indonesia ...")
        last = tj + 2 if tj + 1 < len(sent.tokens) and sent.tokens[tj + 1].text.lower() in self.target_preps else tj + 1
        k = next((m for m in range(ti + 1, min(len(sent.tokens), last + 1))
                  if sent.tokens[m].text.lower() in self.proposal_nouns), None)
        if k is None:
            return None
        end = next((m for m in range(k + 1, min(len(sent.tokens), k + 10))
                    if sent.tokens[m].text.lower() in self.proposal_content), min(len(sent.tokens), k + 10))
        owner = next((a for a in right if k < _tok_index(sent, a.start) < end), None)
        if owner is None and end + 1 < len(sent.tokens) and sent.tokens[end].text.lower() == "yang" \
                and sent.tokens[end + 1].text.lower() in self.proposal_filed:
            # "menolak permohonan penangguhan penahanan yang diajukan pengacara Tannos"
            owner = next((a for a in right if end + 1 < _tok_index(sent, a.start) <= end + 4), None)
        return owner

    def _embedded_verb(self, sent: Sentence, j: int, right: list[Actor]) -> int | None:
        """Index of the first verb after a mention-free object noun phrase starting at token j."""
        toks = sent.tokens
        if j >= len(toks) or not toks[j].text[:1].isalpha() or toks[j].text[:1].isupper():
            return None
        if toks[j].text.lower() in _REL_ADVERBS or toks[j].text.lower() in _COMPLEMENT_WORDS:
            return None  # "mengancam akan kembali berperang jika Hamas ...": the verb's own complement
        starts = {_tok_index(sent, a.start) for a in right}
        for k in range(j + 1, min(len(toks), j + 5)):
            if k in starts or not toks[k].text[:1].isalnum():
                return None
            w = toks[k].text.lower()
            if w in _PURPOSE_WORDS:
                continue  # "mengimbau warganya untuk mematuhi hukum Indonesia"
            if w in self.rec_preps or w in self.non_rec or w in self.conj:
                return None
            if w[:2] in ("me", "di", "be") and morph.form_id(w, morph.stem_id(w)) in ("meN", "di", "ber"):
                return k
        return None

    def _appositive_person(self, sent: Sentence, rec: Actor, mentions: list[Actor]) -> Actor | None:
        """A person named between commas within a few words after ``rec`` ("pilot Susi Air asal Selandia
        Baru, Philip Mark Mehrtens,"), with no verb or preposition of another clause between."""
        i0 = _tok_index(sent, rec.end - 1) + 1
        for k in range(i0, min(len(sent.tokens), i0 + 5)):
            w = sent.tokens[k].text
            if w == ",":
                nxt = next((a for a in mentions if _tok_index(sent, a.start) == k + 1 and a.type == "person"), None)
                if nxt is None:
                    return None
                j = _tok_index(sent, nxt.end - 1) + 1
                return nxt if j >= len(sent.tokens) or sent.tokens[j].text in (",", ".") else None
            low = w.lower()
            if not w[:1].isalnum() or low in self.rec_preps or low in self.non_rec or low in self.breaks \
                    or low[:2] in ("me", "di") and low not in ("dinas",):
                return None
        return None

    def _in_apposition(self, sent: Sentence, a: Actor) -> bool:
        """ "..., selaku Ketua ASEAN, ...": an apposition word in the few words before the
        mention, after the comma that opens the apposition."""
        i = _tok_index(sent, a.start)
        for k in range(i - 1, max(-1, i - 4), -1):
            w = sent.tokens[k].text.lower()
            if w in self.apposition:
                return k > 0 and sent.tokens[k - 1].text == ","
            if not w[:1].isalnum():
                break
        # "Jenderal Abdourahamane Tiani, pemimpin junta, memperingatkan": lower-case title words and
        # the mention between commas, right after a name, describe that name's bearer
        j = _tok_index(sent, a.end - 1) + 1
        k = i - 1
        while k >= 0 and i - k <= 3 and sent.tokens[k].text.isalpha() and sent.tokens[k].text.islower():
            k -= 1
        return k >= 1 and k < i - 1 and sent.tokens[k].text == "," and sent.tokens[k - 1].text[:1].isupper() \
            and j < len(sent.tokens) and sent.tokens[j].text == ","

    def _one_verb_between(self, sent: Sentence, a: Actor, b: Actor) -> bool:
        gap = sent.text[a.end - sent.start : b.start - sent.start].split()
        return len(gap) == 1 and gap[0].lower().startswith("me")

    def _conjoined(self, sent: Sentence, pool: list[Actor], head: Actor, backwards: bool) -> list[Actor]:
        """Mentions joined to ``head`` by "dan"/"serta"/"," ("A, B dan C")."""
        out: list[Actor] = []
        i = pool.index(head)
        cur = head
        step = -1 if backwards else 1
        j = i + step
        while 0 <= j < len(pool):
            nxt = pool[j]
            a, b = (nxt, cur) if backwards else (cur, nxt)
            gap = sent.text[a.end - sent.start : b.start - sent.start].strip().lower()
            if gap not in self.conj and gap not in (",", ", dan", ", serta", ", and") and gap.rstrip(",") not in self.conj:
                break
            if backwards and cur is head and gap == ",":
                # "kuasa hukum Tom, Ari Yusuf Amir, menolak ...": a bare comma before the subject sets off
                # an apposition (a list ends "B dan C")
                break
            if not same(nxt, head) and all(not same(nxt, o) for o in out):
                out.append(nxt)
            cur = nxt
            j += step
        if not backwards and sent.block == "title" and out:
            # "Malaysia Tolak Peta China, Filipina dan Vietnam Ikut Protes": in a headline, names
            # after a comma followed by a capitalised word start a new clause, not the list
            k = _tok_index(sent, out[-1].end - 1) + 1
            if k < len(sent.tokens) and sent.tokens[k].text[:1].isupper() and sent.tokens[k].text.isalpha():
                first_comma = next((o for o in out if "," in sent.text[head.end - sent.start : o.start - sent.start]), None)
                if first_comma is not None:
                    out = out[: out.index(first_comma)]
        return out
