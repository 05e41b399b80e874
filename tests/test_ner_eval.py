"""`peristiwa eval ner`: the scorer on files built here, with exact numbers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from peristiwa.nlp.conll import detect_format, read_labelled, spans

GOLD_CONLL = (
    "Joko PROPN B-PER\r\nWidodo PROPN I-PER\r\nke ADP O\r\nJakarta PROPN B-LOC\r\n. PUNCT O\r\n\r\n"
    "Partai PROPN B-ORG\r\nDemokrat PROPN I-ORG\r\ndi ADP O\r\nBandung PROPN B-LOC\r\n"
)
# The baseline's gazetteer: "Demokrat" alone (span too short) and "Bandung" with the wrong label.
GAZ_NERGRIT = (
    "Joko\tB-PERSON\nWidodo\tI-PERSON\ntiba\tO\n\nJakarta\tB-PLACE\n\n"
    "Demokrat\tB-ORGANISATION\n\nBandung\tB-PERSON\n"
)


def run_cli(*args: str) -> list[str]:
    out = subprocess.run([sys.executable, "-m", "peristiwa", "eval", "ner", *args],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    return out.strip().splitlines()


@pytest.fixture()
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold = tmp_path / "gold.txt"
    gold.write_bytes(GOLD_CONLL.encode())
    gaz = tmp_path / "gaz.txt"
    gaz.write_text(GAZ_NERGRIT)
    return gold, gaz


def test_format_detection_and_label_mapping(files):
    gold, gaz = files
    assert detect_format(gold) == "conll" and detect_format(gaz) == "nergrit"
    sents = read_labelled(gaz)
    assert sents[0] == (["Joko", "Widodo", "tiba"], ["B-PER", "I-PER", "O"])
    assert sents[-1] == (["Bandung"], ["B-PER"])


def test_spans_from_bio_including_stray_inside_tag():
    assert spans(["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-ORG", "I-PER"]) == {
        (0, 2, "PER"), (3, 5, "LOC"), (5, 6, "ORG"), (6, 7, "PER"),
    }  # fmt: skip


def test_cli_exact_scores(files):
    gold, gaz = files
    lines = run_cli(str(gold), "--baseline", "gazetteer", "--gazetteer-from", str(gaz))
    rows = {ln.split()[0]: ln.split()[1:] for ln in lines[2:-1]}
    # predicted: Joko Widodo/PER (right), Jakarta/LOC (right), Demokrat/ORG (wrong span),
    # Bandung/PER (wrong label): tp=2 fp=2 fn=2
    assert rows["PER"][:3] == ["0.5000", "1.0000", "0.6667"]
    assert rows["LOC"][:3] == ["1.0000", "0.5000", "0.6667"]
    assert rows["ORG"][:3] == ["0.0000", "0.0000", "0.0000"]
    assert rows["overall"] == ["0.5000", "0.5000", "0.5000", "4", "4"]
    assert lines[-1] == "F1 0.5000"


def test_cli_explicit_format_matches_detected(files):
    gold, gaz = files
    a = run_cli(str(gold), "--format", "conll", "--baseline", "gazetteer", "--gazetteer-from", str(gaz))
    b = run_cli(str(gold), "--baseline", "gazetteer", "--gazetteer-from", str(gaz))
    assert a[-1] == b[-1] == "F1 0.5000"


def test_bad_tag_is_a_data_error(tmp_path):
    from peristiwa.errors import DataError

    bad = tmp_path / "bad.txt"
    bad.write_text("Joko\tX-PER\n")
    with pytest.raises(DataError, match=r"bad.txt:1: bad BIO tag 'X-PER'"):
        read_labelled(bad)
