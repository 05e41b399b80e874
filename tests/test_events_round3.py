"""Round-3 generalisation rules, each checked on a sentence written for the test."""
from __future__ import annotations

from peristiwa.pipeline import extract


def _events(body: str, tmp_path=None):
    import tempfile
    from pathlib import Path

    raw = f"Judul berita\n\nSelasa, 13 Mei 2025 - 06:20 WIB\n\nJAKARTA - {body}\n"
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "round3.txt"
        p.write_text(raw, encoding="utf-8")
        (rec,) = extract(str(p)).records
    assert rec.error is None, rec.error
    return rec.events


def test_closing_a_consulate_is_withdraw_sanction():
    evs = _events("Kanada melakukan penutupan Kedutaan Besar Iran di Ottawa pada Senin.")
    assert any(e.event_type == "SANCTION" and e.mode == "withdraw" for e in evs)


def test_ordering_closure_keeps_the_orderer_as_actor():
    evs = _events("Jerman memerintahkan penutupan Konsulat Jenderal Iran di Frankfurt pada Senin.")
    ev = next(e for e in evs if e.event_type == "SANCTION")
    assert ev.actor is not None and ev.actor.country == "DEU"
    assert ev.recipient is not None and ev.recipient.country == "IRN"


def test_returning_objects_to_a_state_is_retreat_return():
    evs = _events("Prancis mengembalikan 30 naskah kuno ke Mali pada Senin.")
    ev = next(e for e in evs if e.event_type == "RETREAT")
    assert ev.mode == "return"
    assert ev.recipient is not None and ev.recipient.country == "MLI"


def test_returning_without_a_recipient_is_no_event():
    evs = _events("Pemerintah berusaha mengembalikan kepercayaan publik pada Senin.")
    assert not any(e.event_type == "RETREAT" for e in evs)


def test_an_act_in_an_earlier_month_is_not_merged_into_the_dated_one():
    evs = _events("Kanada menutup Kedutaan Besar Iran di Ottawa pada Senin (12/5/2025). "
                  "Pada Oktober 2024, Kanada telah menutup Konsulat Iran di Toronto dengan alasan serupa.")
    closures = [e for e in evs if e.event_type == "SANCTION"]
    assert len(closures) == 2
    assert {e.date.isoformat() if e.date else None for e in closures} == {"2025-05-12", None}


def test_blowing_oneself_up_is_a_suicide_attack_by_the_noun_phrase():
    evs = _events("Seorang pria meledakkan diri di depan kantor polisi di Kota Medan pada Senin (12/5/2025).")
    ev = next(e for e in evs if e.event_type == "ASSAULT")
    assert ev.mode == "suicide-attack"
    assert ev.actor is not None and ev.actor.text.lower() == "seorang pria"


def test_a_place_name_with_a_lowercase_particle_is_one_place():
    evs = _events("Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Rio de Janeiro, Brasil, "
                  "Senin (12/5/2025).")
    ev = next(e for e in evs if e.event_type == "CONSULT")
    assert ev.location is not None and ev.location.name == "Rio de Janeiro" and ev.location.country == "BRA"
    assert ev.mode == "third-party"


def test_refusing_advice_is_reject_change_and_a_bare_restatement_merges():
    evs = _events("Menteri Keuangan Sri Mulyani menolak saran Bank Dunia agar Indonesia menaikkan pajak, "
                  "Senin (12/5/2025). \"Kami menolak dengan tegas,\" kata Sri Mulyani.")
    rejects = [e for e in evs if e.event_type == "REJECT"]
    assert len(rejects) == 1
    assert rejects[0].mode == "change"


def test_a_place_behind_a_spatial_noun_is_found():
    from peristiwa.events.where import places_in
    from peristiwa.model import Sentence

    t = "Ratusan mahasiswa berunjuk rasa di depan Gedung Sate, Kota Bandung, pada Senin."
    (loc,) = places_in(Sentence(0, len(t), t), "id")
    assert loc.country == "IDN" and "Bandung" in loc.name


def test_aid_for_victims_abroad_goes_to_that_country():
    evs = _events("Pemerintah Indonesia memberangkatkan bantuan kemanusiaan untuk korban gempa di Turki "
                  "dari Jakarta, Senin (12/5/2025).")
    ev = next(e for e in evs if e.event_type == "AID")
    assert ev.recipient is not None and ev.recipient.country == "TUR"


def test_help_in_a_war_abroad_names_no_recipient_country():
    evs = _events("Korea Utara membantu Rusia dalam perang di Ukraina, Senin (12/5/2025).")
    assert not any(e.event_type == "AID" and e.recipient is not None and e.recipient.country == "UKR" for e in evs)


def test_relief_goods_are_humanitarian_aid():
    evs = _events("Pemerintah Indonesia mengirim bantuan obat-obatan dan tenda untuk pengungsi di Sudan, Senin (12/5/2025).")
    ev = next(e for e in evs if e.event_type == "AID")
    assert ev.mode == "humanitarian"
    assert ev.recipient is not None and ev.recipient.country == "SDN"


def test_a_caption_scene_noun_is_no_protester():
    evs = _events("Suasana aksi unjuk rasa buruh di depan Gedung DPRD, Kota Surabaya, Senin (12/5/2025).")
    assert not any(e.event_type == "PROTEST" and e.actor is not None and e.actor.text.lower().startswith("suasana")
                   for e in evs)
