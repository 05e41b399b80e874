"""The plain noun-phrase target of a condemnation, arrest or attack: a manner adverb is no
part of it, and an object that names an act is no target (sentences written for this test)."""

from datetime import datetime

from peristiwa import events
from test_events import actor, article

PUB = datetime(2024, 5, 8)


def _accuse(text: str, who: str, iso: str):
    art = article(text, published=PUB)
    evs = [e for e in events.code(art, None, [actor(art, who, iso)]) if e.event_type == "ACCUSE"]
    assert evs, "the condemnation itself is coded"
    return evs[0]


def test_a_condemned_act_is_not_coded_as_a_target_group():
    ev = _accuse("Kementerian Agama Malaysia mengecam keras aksi perusakan masjid di kota itu.",
                 "Kementerian Agama Malaysia", "MYS")
    assert ev.recipient is None or "aksi" not in ev.recipient.text.lower()
    assert ev.recipient is None or not ev.recipient.text.lower().startswith("keras")


def test_a_manner_adverb_is_skipped_before_a_real_target():
    ev = _accuse("Kepolisian Filipina mengecam keras kelompok bersenjata yang menyandera warga.",
                 "Kepolisian Filipina", "PHL")
    assert ev.recipient is not None
    assert ev.recipient.text.lower().startswith("kelompok bersenjata")
