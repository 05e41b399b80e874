"""Site furniture that looks like a headline: menu lines and credits lines.

Page dumps put the site menu ("Beranda Nasional Regional Ekonomi Olahraga",
"detikNews Berita Daerah Hukum"), share bars ("Share : Facebook Twitter") and
reporter lines ("Penulis Name | Editor Name", "Market - Name, CNBC Indonesia",
"Name - Bisnis.com") next to the headline. All are short, unpunctuated and Title
Case like a headline, so the header zone would take the first as the title and
the others as captions. Both shapes are read from words in
``data/clean/cues.yaml`` (``menu_words``, ``byline_fields``) and outlet names in
``data/clean/agencies.yaml``.
"""

from __future__ import annotations

import re

from peristiwa.clean.data import Cues
from peristiwa.clean.dateline import known_place, outlet
from peristiwa.clean.line import Line

_MENU_SPLIT = re.compile(r"[\s|/·•>»›,:]+")
_FIELD_SPLIT = re.compile(r"\s*[|/·•]\s*|\s+[-–—]\s+|\s*,\s*")
_NAME_WORD = re.compile(r"^[A-Z][\w.'’-]*$")
_HAS_SEPARATOR = re.compile(r"[|/·•,]|\s[-–—]\s").search  # a credits line has 2+ fields
MENU_UNKNOWN_SHARE = 0.25  # a menu may hold items the word list lacks ("Pilkada")


def menu_line(ln: Line, c: Cues) -> bool:
    """ "Beranda Nasional Regional Ekonomi", "Liputan6.com News Bisnis Bola",
    "Share : Facebook Twitter WhatsApp", "Jogja Raya Sleman Bantul": section, outlet,
    share words and place names only."""
    if ln.words < 2 or ln.terminal or ln.dates:
        return False
    tokens = [t for t in _MENU_SPLIT.split(ln.text) if t and not t.isdigit()]
    if ln.words == 2:  # "Beranda Nasional", "Home News": section words only, no place or name
        return len(tokens) == 2 and all(t.lower().strip(".") in c.menu_words for t in tokens)
    unknown = 0
    i = 0
    while i < len(tokens):
        t = tokens[i]
        i += 1
        if t.lower().strip(".") in c.menu_words:
            continue
        # regional sites list their towns as sections: "Jogja Raya Sleman Bantul Kulonprogo",
        # "Berita Padang Bukittinggi", "ANTARA News Sumatera Barat" (a two-word region first)
        if i < len(tokens) and known_place(f"{t} {tokens[i]}"):
            i += 1
            continue
        if outlet(t) is not None or known_place(t):
            continue
        unknown += 1
        if unknown > MENU_UNKNOWN_SHARE * len(tokens):
            return False
    return True


def _name(field: str) -> bool:
    words = field.split()
    return 1 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words)


def credits_line(ln: Line, c: Cues) -> str | None:
    """What makes line ``ln`` a credits line, or None.

    "labelled": its fields are labelled names ("Rep: Name/ Red: Name", "Penulis
    Name | Editor Name"), maybe with plain names between them;
    "outlet": a name, maybe after a section word, ending in the outlet ("Market -
    Name, CNBC Indonesia", "Name - detikNews"). A headline can end in its site's name
    too ("Menlu Bertemu Dubes Jepang - Kompas.com"), so the caller weighs this one."""
    if ln.terminal or ln.dates or ln.words > 16 or not _HAS_SEPARATOR(ln.text):
        return None
    fields = [f.strip(" :") for f in _FIELD_SPLIT.split(ln.text.strip())]
    if len(fields) < 2 or not all(fields):
        return None
    labelled = 0
    for f in fields[:-1] if outlet(fields[-1]) is not None else fields:
        head, _, rest = f.partition(" ")
        head = head.rstrip(":").lower()
        rest = rest.lstrip(" :")
        if head in c.byline_fields and len(f.split()) <= 6 and (not rest or rest[:1].isupper()):
            labelled += 1
        elif not (_name(f) or f.lower() in c.menu_words):
            return None
    if outlet(fields[-1]) is not None:
        return "labelled" if labelled else "outlet"
    return "labelled" if labelled else None
