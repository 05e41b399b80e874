import subprocess
import sys

import peristiwa
from peristiwa.model import Document


def test_version_and_help():
    out = subprocess.run([sys.executable, "-m", "peristiwa", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and peristiwa.__version__ in out.stdout
    out = subprocess.run([sys.executable, "-m", "peristiwa", "--help"], capture_output=True, text=True)
    assert "extract" in out.stdout


def test_pipeline_reports_ingest_error_without_raising():
    rec = peristiwa.Pipeline().process(Document(source="x.txt", error="x.txt: empty file"))
    assert rec.error == "x.txt: empty file" and rec.events == []
