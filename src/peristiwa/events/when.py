"""Event dates: explicit > weekday ("Senin (9/1)") > relative > published.

Builds on ``peristiwa.dates.find_dates`` (the shared date finder). What this
module adds: choosing the YEAR of a weekday date by its weekday, anchoring on
the publication date, or when there is none on the article's other dates or
the actors' terms of office; relative expressions; contradiction warnings.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache

import yaml

from peristiwa.dates import DateMention, find_dates, vocabulary
from peristiwa.events.lexicon import data_dir


@dataclass
class When:
    """A resolved date mention."""

    date: date
    source: str  # explicit | weekday | relative | published
    start: int
    end: int
    warnings: list[str] = field(default_factory=list)
    future: bool = False  # after "mulai", "hingga" ...: a day something takes effect or ends
    opener: tuple[str, int] | None = None  # (kind, offset) of a side clause's opener before it
    clause_end: int | None = None  # the comma closing a ", yang ... ," clause it stands in
    closing: bool = False  # after a comma that closes the sentence (", Senin (3/4)."): the main clause's, as a rule
    in_range: bool = False  # one end of a span of days ("Sabtu (9/11) hingga Senin (11/11)"): no one day
    marked: bool = field(default=False, repr=False, compare=False)  # _mark done (it is idempotent)


_RANGE_JOIN = re.compile(r"\s*(?:hingga|sampai(?:\s+dengan)?|s\.\s?d\.?|until|to|through|-|–|—)\s*(?:hari\s+|pada\s+)?",
                         re.IGNORECASE)
_OFFSETS = ("relative", "relative_story")  # sections mapping a phrase to a day offset
_NESTED = ("same_occasion", "clause_opener")  # sections mapping a language to named word lists


@cache
def _time_words() -> dict:
    return load_time_words(data_dir() / "time.yaml")


def load_time_words(path) -> dict:
    """time.yaml, checked: every section maps a language to words (or to phrase ->
    day offset); errors name the file and the entry."""
    from peristiwa.errors import DataError

    try:
        d = yaml.safe_load(open(path, encoding="utf-8").read()) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"{path}: cannot read ({exc})") from exc
    if not isinstance(d, dict):
        raise DataError(f"{path}: must map a section name to languages")

    def words(entry: str, v) -> None:
        if not isinstance(v, list) or not all(isinstance(w, str) and w.strip() for w in v):
            raise DataError(f"{path}: entry {entry} must be a list of non-empty words")

    for sec, langs in d.items():
        if not isinstance(langs, dict) or not langs:
            raise DataError(f"{path}: entry {sec!r} must map a language (id, en) to its words")
        for lang, v in langs.items():
            entry = f"{sec}.{lang}"
            if sec in _OFFSETS:
                if not isinstance(v, dict) or not all(isinstance(n, int) and not isinstance(n, bool) for n in v.values()):
                    raise DataError(f"{path}: entry {entry} must map phrases to whole-day offsets")
            elif sec in _NESTED:
                if not isinstance(v, dict):
                    raise DataError(f"{path}: entry {entry} must map before/nouns/after to word lists")
                for k, ws in v.items():
                    words(f"{entry}.{k}", ws)
            else:
                words(entry, v)
    return d


@cache
def _relative_re(lang: str) -> re.Pattern:
    rel = _time_words()["relative"][lang]
    alts = "|".join(re.escape(k) for k in sorted(rel, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


@cache
def _story_relative_re(lang: str) -> re.Pattern:
    rel = (_time_words().get("relative_story") or {}).get(lang) or {}
    alts = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(rel, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


@cache
def _story_offsets(lang: str) -> dict[str, int]:
    rel = (_time_words().get("relative_story") or {}).get(lang) or {}
    return {" ".join(str(k).lower().split()): int(v) for k, v in rel.items()}


def _words_alt(words) -> str:
    return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: -len(str(w)))) or "(?!x)x"


@cache
def _occasion_re(lang: str) -> re.Pattern:
    """ "Dalam pertemuan itu, ..." / "At the meeting, ...", opening a sentence."""
    d = (_time_words().get("same_occasion") or {}).get(lang) or {}
    pre, noun, post = (_words_alt(d.get(k, ())) for k in ("before", "nouns", "after"))
    return re.compile(rf"\s*[\"“]?(?P<occ>(?:{pre})\s+(?:(?:{post})\s+(?:{noun})|(?:{noun})(?:\s+[\w-]+){{0,2}}?\s+(?:{post})))\b",
                      re.IGNORECASE)


@cache
def _since_re(lang: str) -> re.Pattern:
    words = (_time_words().get("since") or {}).get(lang, ())
    return re.compile(rf"\b(?:{_words_alt(words)})(?:\s+(?:awal|akhir|pertengahan|early|late|mid))?\s*$", re.IGNORECASE)


@cache
def _since_word_re(lang: str) -> re.Pattern:
    words = (_time_words().get("since") or {}).get(lang, ())
    return re.compile(rf"\b(?:{_words_alt(words)})\b", re.IGNORECASE)


@cache
def _weekday_back_re(lang: str) -> re.Pattern:
    wds = "|".join(re.escape(w) for w in sorted(vocabulary().weekdays, key=len, reverse=True) if len(w) > 3)
    back = "|".join(re.escape(w) for w in _time_words()["weekday_back"][lang])
    if lang == "en":
        return re.compile(rf"\b(?:{back})\s+(?P<wd>{wds})\b", re.IGNORECASE)
    return re.compile(rf"\b(?:hari\s+)?(?P<wd>{wds})\s+(?:{back})\b", re.IGNORECASE)


@cache
def _weekday_prev_week_re(lang: str) -> re.Pattern:
    """ "Jumat pekan lalu" / "on Friday last week": a weekday of the previous calendar week."""
    wds = "|".join(re.escape(w) for w in sorted(vocabulary().weekdays, key=len, reverse=True) if len(w) > 3)
    prev = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in (_time_words().get("weekday_prev_week") or {}).get(lang, ()))
    if not prev:
        return re.compile(r"(?!x)x")
    return re.compile(rf"\b(?:hari\s+)?(?P<wd>{wds})\s+(?:{prev})\b", re.IGNORECASE)


def _first_words(words) -> tuple[str, ...]:
    """The lower-cased first word of each phrase: a case-insensitive match of a
    phrase needs its first word in the lower-cased text (a cheap pre-test
    before a slow case-insensitive alternation regex)."""
    return tuple(sorted({str(w).split()[0].lower() for w in words if str(w).split()}))


@cache
def _needs(name: str, lang: str) -> tuple[str, ...]:
    """Words one of which the text must hold for the named pattern to match."""
    tw = _time_words()
    if name == "weekday_back":
        return _first_words(tw["weekday_back"][lang])
    if name == "prev_week":
        return _first_words((tw.get("weekday_prev_week") or {}).get(lang, ()))
    if name == "relative":
        return _first_words(tw["relative"][lang])
    if name == "story":
        return _first_words((tw.get("relative_story") or {}).get(lang) or {})
    if name == "year":
        return _first_words((tw.get("year_context") or {}).get(lang, ()))
    raise KeyError(name)


# lower() of these does not give what re.IGNORECASE matches them with (or
# changes the length): a text holding one skips the lower-case pre-tests
_YEARISH = re.compile(r"(?:19|20)\d\d")
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")

@cache
def _lower_twin(pat: re.Pattern) -> re.Pattern | None:
    """The pattern lower-cased, without IGNORECASE; None when lower-casing could
    change an escape's meaning (\\S, \\W, \\D, \\B, \\A, \\Z) or a property name."""
    src = pat.pattern.replace("(?P<", "\x00")  # (named groups keep their meaning)
    if "\x00\x00" in pat.pattern or re.search(r"\\[A-Z]|\\[pN]|\(\?[a-zA-Z]*[A-Z]", src):
        return None
    return re.compile(src.lower().replace("\x00", "(?P<"), pat.flags & ~re.IGNORECASE)


_SUNDAY = re.compile(r"(?:,\s*|\bpada\s+(?:hari\s+)?)(?P<wd>Minggu)(?=\s*[.,;]|\s+(?:pagi|siang|sore|malam)\b)")


@cache
def _date_hint() -> re.Pattern:
    words = sorted(set(vocabulary().weekdays) | set(vocabulary().months), key=len, reverse=True)
    return re.compile(r"\d|\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@cache
def _statement_re(lang: str) -> re.Pattern:
    words = (_time_words().get("statement") or {}).get(lang, ())
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) or "(?!x)x"
    intro = r"(?:pada|on|hari|,)"
    # right before the date ("pernyataan pada Jumat", "keterangan tertulis, Selasa"), or
    # a speech tag, its speaker and a comma ("kata Kepala Kantor Imigrasi, Selasa")
    # (the tag may place the speaker first: "kata Puan kepada wartawan di Kompleks Parlemen, Senayan, Selasa")
    return re.compile(rf"\b(?:{alts})\b(?:\s+[\w-]+)?\s*(?:{intro}\s*)+$|\b(?:{alts})\b[^,]{{0,70}}"
                      rf"(?:\s(?:di|in|at)\s[^,]{{1,40}}(?:,[^,]{{1,30}}){{0,2}})?,\s*$", re.IGNORECASE)


STORY_REACH = 2000  # characters back a story-relative day ("sehari setelah ...") looks for the story's day
WRAPPED_DAYS = 300  # a future-start date this long before publication was read in the wrong year
EARLIER_REACH = 60  # characters from a sentence's start an "earlier" marker dates its act before the story
CLAUSE_REACH = 150  # characters back a date looks for a side clause's opener
_CLOSING = re.compile(r",\s*(?:hari\s+)?$")
_ON_DAY = re.compile(r"\b(?:pada|on|tanggal)\s+(?:hari\s+)?$", re.IGNORECASE)


@cache
def _future_re(lang: str) -> re.Pattern:
    words = (_time_words().get("future_start") or {}).get(lang, ())
    return re.compile(rf"\b(?:{_words_alt(words)})(?:\s+(?:pada|tanggal|on))?\s*$", re.IGNORECASE)


@cache
def _future_after_re(lang: str) -> re.Pattern:
    words = (_time_words().get("future_after") or {}).get(lang, ())
    return re.compile(rf"\s*(?:{_words_alt(words)})\b", re.IGNORECASE)


@cache
def _opener_res(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    d = (_time_words().get("clause_opener") or {}).get(lang) or {}
    return tuple((kind, re.compile(rf"\b(?:{_words_alt(ws)})\b", re.IGNORECASE)) for kind, ws in d.items())


OCCASION_REACH = 400  # characters back a "Dalam pertemuan itu" looks for its occasion's date
UNDATED_YEARS = 12  # how far back a weekday date on an undated page is looked for


@cache
def _year_re(lang: str) -> re.Pattern:
    """A year after a time word ("sejak awal 2023", "tahun 2024"; time.yaml: year_context)."""
    words = (_time_words().get("year_context") or {}).get(lang, ())
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"\b(?:{alts})\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)


def _may_hold_date(text: str) -> bool:
    """Cheap pre-test: a digit or a month/weekday name (find_dates is costly)."""
    return _date_hint().search(text) is not None


@cache
def _earlier_re() -> re.Pattern:
    words = [w for ws in (_time_words().get("earlier") or {}).values() for w in ws]
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


def weekday_year(month: int, day: int, weekday: int, anchors: list[date], window: tuple[date, date] | None = None,
                 before: date | None = None) -> date | None:
    """The date with this day/month whose ISO weekday matches, nearest the anchors.

    ``before``: the publication date; the result must not be after it (news
    reports the past; one day of slack for time zones). ``window``: a span the
    date must fall in when possible (an actor's term of office)."""
    ref = before or (anchors[0] if anchors else None)
    if ref is None:
        return None
    best: tuple[float, date] | None = None
    for y in range(ref.year - 12, ref.year + 13):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d.isoweekday() != weekday:
            continue
        if before is not None:
            if d > before + timedelta(days=1):
                continue
            score = float((before - d).days)
        else:
            score = float(min(abs((d - a).days) for a in anchors))
        if window is not None and not (window[0] <= d <= window[1]):
            score += 10_000
        if best is None or score < best[0]:
            best = (score, d)
    return best[1] if best else None


def _plain_year(month: int, day: int, ref: date) -> date | None:
    best = None
    for y in (ref.year, ref.year - 1, ref.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        key = (ref - d).days if (ref - d).days >= -1 else 10_000 + (d - ref).days
        if best is None or key < best[0]:
            best = (key, d)
    return best[1] if best else None


class DateResolver:
    """Resolves every date mention of one article once; events ask by span."""

    def __init__(self, text: str, published: date | None, lang: str = "id",
                 terms: list[tuple[date, date]] | None = None, spans: list[tuple[int, int]] | None = None):
        """``spans``: only these parts of the text can hold event dates (the
        sentences with triggers); with a publication date nothing else is read.
        Without one the whole text is read, for anchors."""
        self.text = text
        self.published = published
        low = text.lower()
        self._low = low if len(low) == len(text) and not _ODD_CASE.search(text) else None
        self.lang = "en" if lang == "en" else "id"
        self.spans = sorted(set(spans)) if spans is not None and published else [(0, len(text))]
        self.mentions = [
            dataclasses.replace(m, start=m.start + a, end=m.end + a) if a else m
            for a, b in self.spans
            if _may_hold_date(text[a:b])
            for m in find_dates(text[a:b])
        ]
        explicit = [m.date() for m in self.mentions if m.kind == "explicit" and m.date()]
        self.anchors: list[date] = [published] if published else [d for d in explicit if d]
        self.window = None
        if not self.anchors and terms:
            # no date at all on the page: the actors' overlapping terms of office
            # bound the article's time; take the latest fitting date up to today
            lo = max(t[0] for t in terms)
            hi = min(min(t[1] for t in terms), date.today())
            if lo <= hi:
                self.window = (lo, hi)
                self.anchors = [hi]

        self._year_hint: int | None | bool = None if published else False  # False: not computed yet
        self._weekday_anchor: date | None = None  # the first weekday date of an undated page
        self._story_made: set[int] = set()  # starts of the story-relative days resolved
        self._month_years: list[DateMention] | None = None  # (month_year_in, built on first use)
        self._starts: list[int] | None = None  # starts of the resolved dates, once final (in_span bisects)

        self.resolved: list[When] = []
        for m in self.mentions:
            if m.kind == "weekday_only" and not published:
                continue  # resolved below, against the page's own dates
            w = self._resolve(m)
            if w is not None:
                self.resolved.append(w)
        if not published:
            # "Xi tiba di Hanoi pada Senin siang" after "Senin (14/4)": a bare weekday
            # is the latest such day on/before the nearest full date the page gives
            days = sorted((w.start, w.date) for w in self.resolved if w.source in ("explicit", "weekday"))
            for m in self.mentions:
                if m.kind != "weekday_only" or not m.weekday or not days:
                    continue
                # the such-weekday on/before one of the page's dates that lies closest to it;
                # a date the text marks as earlier ("Sebelumnya, pada Senin (16/9)") bounds
                # the story's day from below: the such-weekday after it
                cands = []
                for st, d in days:
                    if _earlier_re().search(self.text[max(0, st - 60) : st]):
                        cands.append(((m.weekday - d.isoweekday()) % 7 or 7, d, 1))
                    else:
                        cands.append(((d.isoweekday() - m.weekday) % 7, d, -1))
                off, ref, sign = min(cands, key=lambda x: (x[0], -x[1].toordinal()))
                self.resolved.append(When(ref + timedelta(days=sign * off), "relative", m.start, m.end))
        self._sunday()
        self._relative()
        self._story_relative()
        self.resolved.sort(key=lambda w: w.start)
        # (each date is marked when first asked for, in_span/_day_before: most lie in no trigger's sentence)
        self._starts = [w.start for w in self.resolved]
        # "pada Sabtu (9/11/2024) hingga Senin (11/11/2024)": an act over several days has no one day
        self.ranges: list[tuple[int, int]] = []
        full = [w for w in self.resolved if w.source in ("explicit", "weekday")]
        for a, b in zip(full, full[1:]):
            if a.date < b.date and _RANGE_JOIN.fullmatch(self.text, a.end, b.start):
                a.in_range = b.in_range = True
                self.ranges.append((a.start, b.end))

    def _resolve(self, m: DateMention) -> When | None:
        if m.kind == "explicit":
            d = m.date()
            if d is None:
                return None
            warn = []
            if m.weekday and d.isoweekday() != m.weekday:
                warn.append(f"weekday in {m.text!r} does not match {d.isoformat()}")
            return When(d, "explicit", m.start, m.end, warn)
        if m.kind == "weekday" and m.month and m.day and m.weekday:
            if not self.published and not any(mm.kind == "explicit" for mm in self.mentions):
                return self._weekday_undated_page(m)
            before = self.published or (self.window[1] if self.window else None)
            d = weekday_year(m.month, m.day, m.weekday, self.anchors, self.window, before)
            if d is None and self.anchors:
                d = _plain_year(m.month, m.day, self.published or self.anchors[0])
                if d is not None:
                    return When(d, "weekday", m.start, m.end, [f"no year near the anchor has {m.text!r} on that weekday"])
            return When(d, "weekday", m.start, m.end) if d else None
        if m.kind == "day_month" and m.month and m.day and self.anchors:
            d = _plain_year(m.month, m.day, self.published or self.anchors[0])
            return When(d, "explicit", m.start, m.end) if d else None
        if m.kind == "weekday_only" and m.weekday and (self.published or self.anchors):
            # "pada hari Selasa": the latest such day on or before publication, or
            # without one, before the latest date the page gives (often a caption's)
            ref = self.published or max(self.anchors)
            back = (ref.isoweekday() - m.weekday) % 7
            return When(ref - timedelta(days=back), "relative", m.start, m.end)
        return None

    def _weekday_undated_page(self, m: DateMention) -> When | None:
        """ "Kamis (2/3)" on a page with no publication date and no full date: the year
        whose 2 March is a Thursday, within the actors' terms of office (else up to
        today), in the latest year the page mentions ("sejak awal 2023"), near the
        page's first such date; several fitting years are flagged "uncertain year"."""
        today = date.today()
        if self._weekday_anchor is not None:
            # the page's first weekday date dates the story: the others lie near it
            d = weekday_year(m.month, m.day, m.weekday, [self._weekday_anchor])
            return When(d, "weekday", m.start, m.end) if d else None
        lo, hi = self.window or (None, today)
        fits = []
        for y in range(hi.year - UNDATED_YEARS, hi.year + 1):
            try:
                d = date(y, m.month, m.day)  # type: ignore[arg-type]
            except ValueError:
                continue
            if d.isoweekday() == m.weekday and d <= hi + timedelta(days=1) and (lo is None or d >= lo):
                fits.append(d)
        if not fits:
            d = weekday_year(m.month, m.day, m.weekday, [hi], None, hi)  # no fit in the term: the weekday rules
            if d is None:
                return None
            self._weekday_anchor = d
            return When(d, "weekday", m.start, m.end, [f"uncertain year: {m.text!r} fits no year in the actors' terms"])
        hint = self.year_hint
        if hint is not None:
            d = min(fits, key=lambda x: (abs(x.year - hint), -x.toordinal()))
        else:
            d = max(fits)  # news is read soon after it is written: the latest fitting date
        self._weekday_anchor = d
        warn = []
        if len(fits) > 1 and (hint is None or d.year != hint):
            why = "the reading date" if self.window is None else "the actors' terms of office"
            warn.append(f"uncertain year: {m.text!r} fits {len(fits)} years; chose {d.year} from {why}")
        return When(d, "weekday", m.start, m.end, warn)

    @property
    def year_hint(self) -> int | None:
        """The page's latest year (see _latest_year), computed on first use: only a weekday date
        on a page with no full date needs it."""
        if self._year_hint is False:
            self._year_hint = self._latest_year()
        return self._year_hint

    def _latest_year(self) -> int | None:
        """The latest past year the page names ("Februari 2022", "sejak awal 2023"):
        a page with no date is most often written in the latest year it mentions."""
        years = [m.year for m in self.mentions if m.kind == "month_year" and m.year]
        if _YEARISH.search(self.text):  # (a cheap pre-test: the pattern ends in a year)
            years += [int(x.group("y")) for x in self._scan(_year_re(self.lang), 0, len(self.text))]
        years = [y for y in years if 1990 <= y <= date.today().year]
        if self.window is not None:
            years = [y for y in years if self.window[0].year <= y <= self.window[1].year]
        return max(years) if years else None

    def _sunday(self) -> None:
        """ "..., Minggu." / "pada Minggu (": capitalised "Minggu" as Sunday, which the
        shared finder leaves out because "minggu" is also "week"."""
        ref = self.published or (max(self.anchors) if self.anchors else None)
        if ref is None or self.lang != "id":
            return
        for m in self._finditer(_SUNDAY, ("Minggu",), cased=True):
            if any(w.start <= m.start("wd") < w.end for w in self.resolved):
                continue
            back = (ref.isoweekday() - 7) % 7
            self.resolved.append(When(ref - timedelta(days=back), "relative", m.start("wd"), m.end("wd")))

    def _previous_week(self) -> None:
        """ "Jumat pekan lalu": that weekday of the calendar week before the reading date
        (publication, else the latest date the page gives)."""
        page = [w.date for w in self.resolved if w.source in ("explicit", "weekday")]
        ref = self.published or (max(page) if page else None) or (max(self.anchors) if self.anchors else None)
        if ref is None:
            return
        wds = vocabulary().weekdays
        for m in self._finditer(_weekday_prev_week_re(self.lang), _needs("prev_week", self.lang)):
            wd = wds.get(m.group("wd").lower())
            if wd is None:
                continue
            monday = ref - timedelta(days=ref.isoweekday() - 1)
            self.resolved = [w for w in self.resolved if not (w.start >= m.start() and w.end <= m.end())]
            self.resolved.append(When(monday + timedelta(days=wd - 1 - 7), "relative", m.start(), m.end()))

    def _relative(self) -> None:
        self._previous_week()
        if not self.published:
            return
        pub = self.published
        taken = [(w.start, w.end) for w in self.resolved]

        def free(a: int, b: int) -> bool:
            return all(b <= s or a >= e for s, e in taken)

        wds = vocabulary().weekdays
        for m in self._finditer(_weekday_back_re(self.lang), _needs("weekday_back", self.lang)):
            wd = wds.get(m.group("wd").lower())
            if wd is None:
                continue
            back = (pub.isoweekday() - wd) % 7 or 7
            # replace a bare "Senin" the finder already read as on-or-before
            self.resolved = [w for w in self.resolved if not (w.start >= m.start() and w.end <= m.end())]
            taken = [(w.start, w.end) for w in self.resolved]
            self.resolved.append(When(pub - timedelta(days=back), "relative", m.start(), m.end()))
            taken.append((m.start(), m.end()))
        rel = _time_words()["relative"][self.lang]
        for m in self._finditer(_relative_re(self.lang), _needs("relative", self.lang)):
            if not free(m.start(), m.end()):
                continue
            off = rel[m.group().lower()]
            self.resolved.append(When(pub + timedelta(days=off), "relative", m.start(), m.end()))
            taken.append((m.start(), m.end()))

    def _story_relative(self) -> None:
        """ "Sehari sebelumnya, ...": counted from the latest full date the text gave
        before it (the story's day), else from publication."""
        rel = _story_offsets(self.lang)
        for m in self._finditer(_story_relative_re(self.lang), _needs("story", self.lang)):
            if any(w.start <= m.start() < w.end for w in self.resolved):
                continue
            off = rel[" ".join(m.group().lower().split())]
            # ("pada hari yang sama": the day of the last act the story reported, not a background
            # date such as a death told in passing)
            ref = self._day_before(m.start(), reported_only=off == 0) or self.published
            if ref is None:
                continue
            self.resolved.append(When(ref + timedelta(days=off), "relative", m.start(), m.end()))
            self._story_made.add(m.start())

    def occasion_date(self, start: int, end: int) -> When | None:
        """A sentence opening "Dalam pertemuan itu, ..." happened on the day of the
        occasion the sentences just before dated ("Rabu (12/7), Wang juga bertemu
        Retno."); not a statement's day ("kata Retno ..., Jumat")."""
        m = _occasion_re(self.lang).match(self.text, start, end)
        if m is None:
            return None
        a = m.start("occ")
        lo = max(0, a - OCCASION_REACH)
        found = [w for w in self.dates_in(lo, a) if w.source in ("explicit", "weekday", "relative") and not self.said_on(w)
                 and not self._since_clause(w)]
        if not found:
            return None
        w = max(found, key=lambda w: w.start)
        return When(w.date, "relative", a, m.end("occ"))

    def _day_before(self, at: int, reported_only: bool = False) -> date | None:
        """The last full date the text gave before offset ``at`` (``reported_only``: in a
        sentence with an event trigger, when the page has a publication date)."""
        # (the whole text before, not only the sentences with triggers: "kata Frederiksen ...
        # pada Kamis (2/3). ... Sehari setelah ..."; never an end still to come nor the day
        # a statement was made)
        lo = max(0, at - STORY_REACH)
        found = [self._mark(w) for w in self.resolved + ([] if reported_only and self.published else self.dates_in(lo, at))
                 if w.end <= at and w.start >= lo]
        # (a bare weekday counts, "pada hari Selasa"; another story-relative day does not: no chains)
        found = [w for w in found if w.source in ("explicit", "weekday", "relative") and w.start not in self._story_made
                 and not w.future and not self.said_on(w)]
        if reported_only:
            # ("sejak Prabowo dilantik ... pada 20 Oktober lalu": a date in a since-clause is background)
            found = [w for w in found if not self._since_clause(w)]
        return max(found, key=lambda w: w.start).date if found else None

    def _since_clause(self, w: When) -> bool:
        """A date in a since-clause ("sejak Prabowo dilantik ... pada 20 Oktober lalu") is background;
        not "diberlakukan sejak Kamis (24/8)": a since right before its date starts the act itself."""
        clause = re.split(r"[.,;!?\"“”()]", self.text[max(0, w.start - 80) : w.start])[-1]
        return _since_word_re(self.lang).search(clause) is not None \
            and _since_re(self.lang).search(self.text[max(0, w.start - 30) : w.start]) is None

    def _may_match(self, needs: tuple[str, ...], a: int, b: int, cased: bool = False) -> bool:
        """False only when no word of ``needs`` occurs in text[a:b] (so the pattern cannot match)."""
        hay = self.text if cased else self._low
        if hay is None:
            return True
        return any(hay.find(w, a, b) >= 0 for w in needs)

    def _finditer(self, pat: re.Pattern, needs: tuple[str, ...], cased: bool = False):
        for a, b in self.spans:
            if self._may_match(needs, a, b, cased):
                yield from self._scan(pat, a, b)

    def _scan(self, pat: re.Pattern, a: int, b: int):
        """``pat.finditer(text, a, b)``; a case-insensitive word pattern runs as its
        lower-case, case-sensitive twin over the lower-cased text (same offsets,
        group text lower-cased), which Python's regex engine scans several times faster."""
        low = _lower_twin(pat) if self._low is not None and pat.flags & re.IGNORECASE else None
        if low is None:
            return pat.finditer(self.text, a, b)
        return low.finditer(self._low, a, b)

    def in_span(self, start: int, end: int) -> list[When]:
        starts = self._starts
        if starts is None:  # (while resolving: the list still grows)
            return [w if w.marked else self._mark(w) for w in self.resolved if w.start >= start and w.end <= end]
        out = []
        for k in range(bisect.bisect_left(starts, start), len(starts)):
            w = self.resolved[k]
            if w.start > end:
                break
            if w.end <= end:
                out.append(w if w.marked else self._mark(w))
        return out

    def dates_in(self, start: int, end: int) -> list[When]:
        """Like ``in_span``, also for a span the resolver did not read up front
        (a sentence with no trigger, on a page with a publication date)."""
        if any(a <= start and end <= b for a, b in self.spans):
            return self.in_span(start, end)
        part = self.text[start:end]
        if not _may_hold_date(part):
            return []
        found = (self._resolve(dataclasses.replace(m, start=m.start + start, end=m.end + start)) for m in find_dates(part))
        return [self._mark(w) for w in found if w is not None]

    def _mark(self, w: When) -> When:
        """Flags a day after publication following a future-start word and records a side-clause opener
        before it in its sentence (time.yaml: future_start, clause_opener)."""
        if w.marked:
            return w
        w.marked = True
        before = self.text[max(0, w.start - CLAUSE_REACH) : w.start]
        before = re.split(r"[.!?;\n\"“”]", before)[-1]
        # (only a day still to come: "gencatan senjata mulai berlaku pada Minggu (19/1)"
        # reported that Sunday is the ceasefire itself)
        # (a year-less "mulai 1 Agustus" read on 8 July resolves to last August: a start that far
        # back is a coming one read in the wrong year, or background, never the act's day)
        ahead = self.published is not None and (w.date > self.published or (self.published - w.date).days > WRAPPED_DAYS)
        w.future = (ahead and _future_re(self.lang).search(before) is not None) \
            or _future_after_re(self.lang).match(self.text, w.end) is not None
        # (the opener is recorded after a closing comma too: only a condemned act's relative clause
        # takes such a date from the main clause, see _in_side_clause)
        w.closing = _CLOSING.search(before) is not None  # ", Senin (3/4)." closes the main clause
        found = [(m.start(), kind) for kind, pat in _opener_res(self.lang) for m in pat.finditer(before)]
        if found and max(found)[1] == "reason" and _ON_DAY.search(before):
            found = []  # "ditangkap terkait kasus narkoba pada Sabtu (1/3)": "pada" dates the verb
        if found:
            at, kind = max(found)
            w.opener = (kind, w.start - len(before) + at)
            if before[:at].rstrip().endswith(",") and not w.closing:
                # ", yang tiba di Johannesburg pada Senin (21/8) untuk ..., bertemu ...":
                # an inserted clause; the comma closing it ends the date's reach
                rest = re.split(r"[.!?;\n]", self.text[w.end : w.end + CLAUSE_REACH])[0]
                comma = rest.find(",")
                if comma >= 0:
                    w.clause_end = w.end + comma
        return w

    def said_on(self, w: When) -> bool:
        """ "Dalam pernyataan pada Jumat (18/10)", "kata juru bicara itu, Selasa": the date
        a statement was made (time.yaml: statement words in the clause before it)."""
        before = self.text[max(0, w.start - 80) : w.start]
        before = re.split(r"[.;:!?\"“”()]", before)[-1]
        return _statement_re(self.lang).search(before) is not None

    def marked_earlier(self, w: When) -> bool:
        """ "Sebelumnya, pada Senin (16/9), ...": the text puts this date before the story's day."""
        return _earlier_re().search(self.text[max(0, w.start - 60) : w.start]) is not None

    def month_year_in(self, start: int, end: int) -> bool:
        """The span is placed in another time than the story's: a month-year or bare-year
        context ("pada Februari 2022"), or it opens by marking its act as earlier
        ("Sebelumnya, ...", "Kremlin sebelumnya menolak ..."; time.yaml: earlier)."""
        # (asked again for the same evidence span by several passes of assemble.py; the
        # answer depends only on the text and the dates read in __init__)
        memo = self.__dict__.setdefault("_month_year_memo", {}) if hasattr(self, "ranges") else None
        if memo is not None:
            hit = memo.get((start, end))
            if hit is None:
                hit = memo[(start, end)] = self._month_year_in(start, end)
            return hit
        return self._month_year_in(start, end)

    def _month_year_in(self, start: int, end: int) -> bool:
        # (not a state's start: "bergabung ... sejak awal Januari 2025")
        if any(start <= a < end for a, _ in getattr(self, "ranges", ())):
            return True  # (a span of days: no one day, not the publication's either)
        if self._month_years is None:
            self._month_years = [m for m in self.mentions if m.kind == "month_year"]
        if any(start <= m.start < end
               and not _since_re(self.lang).search(self.text[max(0, m.start - 30) : m.start]) for m in self._month_years):
            return True
        return next(self._scan(_earlier_re(), start, min(end, start + EARLIER_REACH)), None) is not None


def pick(whens: list[When], trigger_start: int, trigger_end: int | None = None,
         others: list[int] = (), object_act: bool = False) -> tuple[When | None, list[str]]:
    """The date nearest the trigger; different day-level dates in one sentence warn.

    Not a date the trigger cannot own: a future start ("mulai 1 Agustus"), or one
    inside a side clause opened after the trigger (``others``: the starts of the
    sentence's other triggers; a relative clause needs one heading it, unless
    ``object_act``: the trigger's object is itself an act, "mengecam aksi pembakaran
    ... yang dilakukan ... pada Rabu (28/6)", whose relative clause dates that act)."""
    whens = [w for w in whens if not w.future and not w.in_range
             and not _in_side_clause(w, trigger_start, trigger_end, others, object_act)]
    if not whens:
        return None, []
    # a relative expression ("pekan lalu") yields to a full date a little further on:
    # it more often dates a side clause ("... disahkan pekan lalu, Rabu (2/7)")
    best = min(whens, key=lambda w: abs(w.start - trigger_start) + (0 if w.start >= trigger_start - 80 else 50)
               + (60 if w.source == "relative" else 0))
    warnings = list(best.warnings)
    others = {w.date for w in whens if w.source in ("explicit", "weekday")} - {best.date}
    if others and best.source in ("explicit", "weekday"):
        warnings.append(
            "contradictory dates in the sentence: " + ", ".join(sorted({best.date.isoformat()} | {d.isoformat() for d in others}))
        )
    return best, warnings


def _in_side_clause(w: When, trigger_start: int, trigger_end: int | None, others: list[int],
                    object_act: bool = False) -> bool:
    if w.opener is None or trigger_end is None or (w.closing and not (object_act and w.opener[0] == "relative")):
        return False
    kind, at = w.opener
    if w.clause_end is not None and at < w.start and w.clause_end <= trigger_start:
        return True  # the trigger comes after the inserted clause holding the date
    if not trigger_end <= at < w.start:
        return False
    if kind == "since":
        return at - trigger_end > 1  # (only the verb right before "sejak" owns its start)
    return kind != "relative" or object_act or any(trigger_end <= o < at for o in others)


def to_date(value: datetime | date | None) -> date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value
