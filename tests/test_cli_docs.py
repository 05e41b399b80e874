"""docs/cli.md is generated from the parser; it must match the code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_cli_reference_is_current():
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_cli_docs.py"), "--check"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_cli_reference_lists_every_command():
    sys.path.insert(0, str(ROOT / "scripts"))
    import gen_cli_docs

    text = gen_cli_docs.render()
    for cmd in ("extract", "ingest", "run", "events", "timeline", "export", "eval ner", "eval events"):
        assert f"## peristiwa {cmd}\n" in text
