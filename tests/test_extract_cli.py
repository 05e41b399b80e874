"""`peristiwa extract`: output formats, summary line, --strict, --output, --glob."""

from __future__ import annotations

import json
import subprocess
import sys

from peristiwa.cli import main

PAGE = (
    "Rabu, 2 April 2025 15:22:12 WIB\n\nMenlu RI Bertemu Menlu Malaysia di Jakarta\n\n"
    "Jakarta (ANTARA) - Menteri Luar Negeri RI bertemu Menteri Luar Negeri Malaysia pada Rabu untuk membahas "
    "batas maritim kedua negara, kata juru bicara kementerian.\n\nBanner\n\nTinggalkan Komentar\n"
)


def _tree(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "r.jsonl").write_text('{"text": "x"}\n{oops\n', encoding="utf-8")
    return tmp_path


def test_jsonl_output_and_summary(tmp_path, capsys):
    _tree(tmp_path)
    rc = main(["extract", str(tmp_path), "--no-progress"])
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert rc == 0
    assert len(rows) == 4
    good = next(r for r in rows if r["source"].endswith("a.txt"))
    art = good["article"]
    assert set(art) >= {"title", "published", "language", "dateline", "agency", "outlet", "url", "text", "captions"}
    assert art["title"] == "Menlu RI Bertemu Menlu Malaysia di Jakarta"
    assert art["published"] == "2025-04-02T15:22:12+07:00"
    assert art["dateline"] == {"place": "Jakarta", "country": None} and art["agency"] == "ANTARA"
    assert art["text"].startswith("Menteri Luar Negeri RI") and "Banner" not in art["text"]
    assert good["error"] is None and isinstance(good["events"], list)
    bad = [r for r in rows if r["error"]]
    assert len(bad) == 3 and any("line 2" in r["error"] for r in bad)
    summary = err.strip().splitlines()[-1]
    assert summary.startswith("4 documents read, 3 failed: ")
    assert "empty (1)" in summary and "malformed JSON (1)" in summary


def test_strict_exit_status_and_output_file(tmp_path, capsys):
    _tree(tmp_path)
    out_file = tmp_path / "out.json"
    rc = main(["extract", str(tmp_path), "--strict", "--format", "json", "--output", str(out_file), "--no-progress"])
    assert rc == 1
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert isinstance(data, list) and len(data) == 4
    assert capsys.readouterr().out == ""
    assert main(["extract", str(tmp_path / "a.txt"), "--strict", "--no-progress", "-o", str(tmp_path / "o.jsonl")]) == 0


def test_table_and_glob(tmp_path, capsys):
    _tree(tmp_path)
    rc = main(["extract", str(tmp_path), "--glob", "a.*", "--format", "table", "--no-progress"])
    out, err = capsys.readouterr()
    assert rc == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["source", "title", "published"]
    assert len(lines) == 3 and "a.txt" in lines[2] and "ANTARA" in lines[2]
    assert err.strip().endswith("1 documents read, 0 failed")


def test_version_and_help():
    r = subprocess.run([sys.executable, "-m", "peristiwa", "--version"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.startswith("peristiwa ")
    h = subprocess.run([sys.executable, "-m", "peristiwa", "extract", "--help"], capture_output=True, text=True, timeout=60)
    assert "--strict" in h.stdout and "example" in h.stdout.lower()
