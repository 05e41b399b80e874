"""Date mentions in Indonesian, Malay and English news text.

One shared vocabulary (``data/lang/dates.yaml``: month names, weekday names,
time zones) and one finder, :func:`find_dates`, used by the cleaner (page
header dates) and by event coding (event dates).

>>> [m.text for m in find_dates("Menlu pada Senin (9/1) menelepon; latihan pada 27 Desember 2022.")]
['Senin (9/1)', '27 Desember 2022']

Every mention keeps its character offsets so callers can cite the evidence.
Nothing here guesses a missing year: ``DateMention.resolve(reference)`` fills
it in from a reference date (usually the publication date) when asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

import yaml

from peristiwa.errors import DataError

DATA_FILE = "data/lang/dates.yaml"


@dataclass(frozen=True)
class Vocabulary:
    months: dict[str, int]
    weekdays: dict[str, int]
    timezones: dict[str, float]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Load and validate the date vocabulary once per process."""
    text = resources.files("peristiwa").joinpath(DATA_FILE).read_text(encoding="utf-8")
    raw = yaml.safe_load(text) or {}
    out = {}
    for section, lo, hi in (("months", 1, 12), ("weekdays", 1, 7), ("timezones", -12, 14)):
        entries = raw.get(section)
        if not isinstance(entries, dict) or not entries:
            raise DataError(f"{DATA_FILE}: section '{section}' is missing or empty")
        clean = {}
        for key, val in entries.items():
            if not isinstance(val, (int, float)) or not lo <= val <= hi:
                raise DataError(f"{DATA_FILE}: {section}.{key} = {val!r} is not a number in {lo}..{hi}")
            clean[str(key).lower()] = val
        out[section] = clean
    return Vocabulary(**out)


@dataclass(frozen=True)
class DateMention:
    """A date (and maybe time) written in text, with its span.

    ``kind`` says how complete it is:
      - "explicit": day, month and year ("2 Maret 2023", "27/12/2022", "April 9, 2024")
      - "weekday": a weekday with day/month in brackets ("Kamis (2/3)", "Selasa (27/12/2022)")
      - "day_month": day and month, no year ("22 Maret")
      - "month_year": month and year only ("Februari 2022")
      - "weekday_only": a bare weekday name ("pada Senin")
    Missing parts are None. ``tz_hours`` is set only when the text names a zone.
    """

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # ISO: 1 = Monday
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    tz_hours: float | None = None

    @property
    def has_date(self) -> bool:
        return self.year is not None and self.month is not None and self.day is not None

    def date(self) -> date | None:
        """The calendar date when the text gives day, month and year."""
        if not self.has_date:
            return None
        try:
            return date(self.year, self.month, self.day)  # type: ignore[arg-type]
        except ValueError:
            return None

    def datetime(self) -> datetime | None:
        """Date and time (midnight when no time); tz-aware only when a zone was written."""
        d = self.date()
        if d is None:
            return None
        tz = timezone(timedelta(hours=self.tz_hours)) if self.tz_hours is not None else None
        try:
            return datetime(d.year, d.month, d.day, self.hour or 0, self.minute or 0, self.second or 0, tzinfo=tz)
        except ValueError:
            return None

    def resolve(self, reference: date) -> date | None:
        """Fill in what the text left out, relative to ``reference`` (e.g. publication day).

        "Kamis (2/3)" -> the 2 March nearest before-or-around the reference;
        "pada Senin" -> the latest Monday on or before the reference.
        """
        if self.has_date:
            return self.date()
        if self.month and self.day:
            best = None
            for y in (reference.year, reference.year - 1, reference.year + 1):
                try:
                    cand = date(y, self.month, self.day)
                except ValueError:
                    continue
                # News reports the past: prefer dates up to a few days after the reference.
                score = (reference - cand).days
                key = score if score >= -7 else 10_000 - score
                if best is None or key < best[0]:
                    best = (key, cand)
            return best[1] if best else None
        if self.weekday and self.kind == "weekday_only":
            back = (reference.isoweekday() - self.weekday) % 7
            return reference - timedelta(days=back)
        return None


# --------------------------------------------------------------------------
# patterns (built once from the vocabulary)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class _Pattern(NamedTuple):
    kind: str
    regex: re.Pattern
    digit_led: bool = False  # starts with a number at a word boundary: tried only where one starts
    needs: re.Pattern | None = None  # cannot match unless this occurs in the text
    # A 3-9 letter word, then only these characters or spaces, then a number
    # ("April 9, 2024", "Kamis (2/3)"): tried only at words just before a number.
    word_then: str | None = None


# A number starting at a word boundary (the character before is not a word character).
_DIGIT_START = re.compile(r"\d(?<!\w\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_SLASH = re.compile(r"\d/")
_NUMBER_START = re.compile(r"\d(?<!\d\d)")  # the first digit of a number


@lru_cache(maxsize=1)
def _patterns() -> list[_Pattern]:
    # Order matters: earlier (more complete) patterns claim their span first.
    v = vocabulary()
    tz = _alt(v.timezones)
    time = (
        rf"(?:\s*(?:[-,|–—/]|\bpukul\b|\bjam\b|\bat\b)?\s*(?:pukul\s+)?"
        rf"(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?:[:.](?P<s>[0-5]\d))?"
        rf"(?:\s*(?P<ampm>[ap]\.?m\.?))?(?:\s*(?P<tz>{tz})(?P<tzoff>[+-](?:1[0-4]|0?\d)(?::?[0-5]\d)?)?\b)?)?"
    )
    flags = re.IGNORECASE
    # Month and weekday names are matched as plain words and checked against the
    # vocabulary afterwards: a big alternation tried at every word boundary made
    # this the costliest regex work of the pipeline. A weekday before a date is
    # found by looking back from the date (``_weekday_before``).
    # ``word+`` is possessive where the next required character (".", ",",
    # space, "(" or a digit) can never be a letter, so giving letters back could
    # not help: same matches, without the engine backtracking through every word.
    word = r"[A-Za-z']{3,9}"
    word_p = word + "+"
    # A bare weekday must be a full weekday name, so its first three letters come
    # first in the regex (a literal start lets the engine skip to them); the
    # look-behind is the word boundary: no word character before the name.
    wd_heads = sorted({w[:3].capitalize() for w in v.weekdays if len(w) >= 4 and w != "minggu"})
    return [
        # 2024-04-09T23:30:00+07:00 / 2024-04-09 23:30 / 2025/03/11 20:15 (year first)
        _Pattern(
            "explicit",
            re.compile(
                r"\b(?P<y>(?:19|20)\d\d)(?P<sep>[-/])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)"
                r"(?:[T ](?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\.\d+)?"
                r"(?P<iso_tz>Z|[+-][01]\d:?[0-5]\d)?)?\b",
            ),
            digit_led=True,
        ),
        # (Rabu,) 2 April 2025 15:22:12 WIB / (Tuesday) 9 April 2024 - 23:30 / 2 Mar. 2023
        _Pattern(
            "explicit",
            re.compile(rf"\b(?P<d>[0-3]?\d)\s+(?P<mon>{word_p})\.?,?\s+(?P<y>(?:19|20)\d\d)\b{time}", flags),
            digit_led=True,
            needs=_YEAR,
        ),
        # (Tuesday,) April 9, 2024 / April 9th 2024 10:00 am
        _Pattern(
            "explicit",
            re.compile(rf"\b(?P<mon>{word_p})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b{time}", flags),
            needs=_YEAR,
            word_then=".",
        ),
        # Kamis (2/3) / Selasa (27/12/2022) / Kamis, 05/11/2015 09:25 WIB
        _Pattern(
            "weekday",
            re.compile(
                rf"\b(?P<wd>{word_p})\.?,?\s*(?:\(\s*)?(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?:/(?P<y>(?:19|20)?\d\d))?\b\)?{time}",
                flags,
            ),
            needs=_SLASH,
            word_then=".,(",
        ),
        # 27/12/2022, 27-12-2022, 27.12.2022 (day first, as written in Indonesia)
        _Pattern(
            "explicit",
            re.compile(rf"\b(?P<d>[0-3]?\d)([/.-])(?P<m>[01]?\d)\2(?P<y>(?:19|20)\d\d)\b{time}", flags),
            digit_led=True,
            needs=_YEAR,
        ),
        # 22 Maret (no year)
        _Pattern(
            "day_month", re.compile(rf"\b(?P<d>[0-3]?\d)\s+(?P<mon>{word})\b(?!\s+(?:19|20)\d\d)", flags), digit_led=True
        ),
        # Februari 2022 (month and year only; full names, capitalised, to avoid "may 2024 ...")
        # (the capital first and the boundary as a look-behind: the engine skips to capitals)
        _Pattern("month_year", re.compile(r"(?P<mon>[A-Z](?<!\w\w)[a-z]{2,9}+)\s+(?P<y>(?:19|20)\d\d)\b"), needs=_YEAR),
        # pada Senin / on Monday (full capitalised names only: "minggu" is also "week")
        _Pattern("weekday_only", re.compile(rf"(?P<wd>(?:{'|'.join(wd_heads)})(?<!\w\w\w\w)[a-z']{{1,6}})\b")),
    ]


_WEEKDAY_BEFORE = re.compile(r"(?P<wd>[A-Za-z']{3,9})\.?,?\s*(?:\(|,)?\s*$")


def _weekday_before(text: str, a: int, v: Vocabulary) -> tuple[int, int] | None:
    """(start, ISO weekday) of a weekday name written just before position ``a``."""
    m = _WEEKDAY_BEFORE.search(text, max(0, a - 16), a)
    if not m:
        return None
    wd = v.weekdays.get(m.group("wd").lower())
    return (m.start(), wd) if wd else None


def _offset_hours(off: str) -> float:
    """"+7", "+07", "+0700", "+07:00", "-5" -> hours."""
    sign = -1 if off[0] == "-" else 1
    digits = off[1:].replace(":", "")
    hours = int(digits[:-2]) if len(digits) > 2 else int(digits)
    minutes = int(digits[-2:]) if len(digits) > 2 else 0
    return sign * (hours + minutes / 60)


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def find_dates(text: str) -> list[DateMention]:
    """All date mentions in ``text``, in order, non-overlapping (the most complete wins).

    Examples of what is found: "2 Maret 2023", "9 April 2024", "27/12/2022",
    "Kamis (2/3)", "Senin (9/1)", "Selasa (27/12/2022)", "Tuesday 9 April 2024 - 23:30",
    "April 9, 2024", "Rabu, 2 April 2025 15:22:12 WIB", "22 Maret", "Februari 2022", "Senin".
    """
    v = vocabulary()
    pats = _patterns()
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    starts: list[int] | None = None
    numbers: list[int] | None = None
    for kind, pat, digit_led, needs, word_then in pats:
        if needs is not None and needs.search(text) is None:
            continue
        if digit_led:
            if starts is None:
                starts = [m.start() for m in _DIGIT_START.finditer(text)]
            found = _finditer_at(pat, text, starts)
        elif word_then is not None:
            if numbers is None:
                numbers = [m.start() for m in _NUMBER_START.finditer(text)]
            found = _finditer_at(pat, text, _words_before(text, numbers, word_then))
        else:
            found = pat.finditer(text)
        for m in found:
            if kind == "weekday_only" and m.group("wd").lower() not in v.weekdays:
                continue  # most capitalised words: skip before any other work
            mention = _build(kind, m, m.groupdict(), v, text)
            if mention is None or not free(mention.start, mention.end):
                continue
            taken.append((mention.start, mention.end))
            out.append(mention)
    out.sort(key=lambda x: x.start)
    return out


def _words_before(text: str, numbers: list[int], seps: str) -> list[int]:
    """Every position where a 3-9 letter word could start (a word boundary) whose
    end is followed only by ``seps`` characters or spaces and then a number
    starting at one of ``numbers``: a superset of where the word-led patterns match."""
    out = set()
    n = len(text)
    for s in numbers:
        k = s
        while k > 0 and (text[k - 1] in seps or text[k - 1].isspace()):
            k -= 1
        for q in range(max(0, k - 9), k - 2):
            # \b at q: exactly one of text[q - 1], text[q] is a word character (\w = alnum or _)
            before = q > 0 and (text[q - 1].isalnum() or text[q - 1] == "_")
            at = q < n and (text[q].isalnum() or text[q] == "_")
            if before != at:
                out.add(q)
    return sorted(out)


def _finditer_at(pat: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """``pat.finditer(text)``, trying only the positions in ``starts`` (ascending),
    which must hold every position where ``pat`` can match: the same matches, but
    no regex entry at every character of a long text."""
    nxt = 0
    for s in starts:
        if s < nxt:
            continue
        m = pat.match(text, s)
        if m:
            yield m
            nxt = m.end()


def _build(kind: str, m: re.Match, g: dict, v: Vocabulary, text: str) -> DateMention | None:
    a, b = m.span()
    # trim trailing separators/space the optional time group may have swallowed
    while b > a and text[b - 1] in " \t-,|–—/(":
        b -= 1
    month = day = year = weekday = None
    if kind in ("month_year", "day_month") and (len(g["mon"]) < 4 and g["mon"].lower() != "mei"):
        return None  # "Mar", "Jun" alone are too often other words
    if g.get("mon"):
        month = v.months.get(g["mon"].lower().rstrip("."))
        if month is None:
            return None
    elif g.get("m"):
        month = int(g["m"])
    if g.get("d"):
        day = int(g["d"])
    if g.get("y"):
        year = int(g["y"])
        if year < 100:
            year += 2000
    if g.get("wd"):
        weekday = v.weekdays.get(g["wd"].lower().rstrip("."))
        if weekday is None:
            return None
    elif kind == "explicit" and g.get("mon") and (before := _weekday_before(text, a, v)):
        a, weekday = before
    if kind == "weekday_only":
        word = g["wd"].lower()
        if word not in v.weekdays or len(word) < 4 or word in ("minggu",):
            # "Minggu" is both Sunday and "week"; without a bracketed date we cannot tell.
            return None
        return DateMention(a, b, text[a:b], kind, weekday=v.weekdays[word])
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    hour = _int(g.get("h"))
    if hour is not None and g.get("ampm"):
        pm = g["ampm"].lower().startswith("p")
        hour = (hour % 12) + (12 if pm else 0)
    tz = None
    if g.get("tz"):
        tz = float(v.timezones[g["tz"].lower()])
        if g.get("tzoff"):  # "GMT+7", "UTC-05:00"
            tz += _offset_hours(g["tzoff"])
    elif g.get("iso_tz"):
        z = g["iso_tz"]
        tz = 0.0 if z == "Z" else (1 if z[0] == "+" else -1) * (int(z[1:3]) + int(z[-2:]) / 60)
    if kind == "weekday" and year is not None:
        kind = "explicit"
    if kind == "month_year":
        day = None
    return DateMention(
        a, b, text[a:b], kind, year=year, month=month, day=day, weekday=weekday,
        hour=hour, minute=_int(g.get("mi")), second=_int(g.get("s")), tz_hours=tz,
    )


def parse_datetime(text: str) -> datetime | None:
    """The first complete date in ``text`` as a datetime (tz-aware when a zone is written)."""
    for m in find_dates(text):
        dt = m.datetime()
        if dt is not None:
            return dt
    return None
