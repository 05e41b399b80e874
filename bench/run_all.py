"""Run every benchmark and evaluation report, one after the other (`make bench`).

Each step is a separate process, so one failing step is reported and the
rest still run. Output goes to the terminal; the exit status is non-zero when
any step failed. Steps that need ../shared are skipped (with a message) when
it is absent.

    .venv/bin/python bench/run_all.py [--quick] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BIN = Path(sys.executable).parent
PERISTIWA = str(BIN / "peristiwa")
PY = sys.executable

# (name, command, needs ../shared)
STEPS: list[tuple[str, list[str], bool]] = [
    ("clean-eval", [PERISTIWA, "eval", "clean", str(SHARED / "data/html-pages"), "--baseline"], True),
    ("clean-speed", [PY, "bench/bench_clean.py"], True),
    ("ner-idner", [PERISTIWA, "eval", "ner", str(SHARED / "data/ner/idner-news-2k/dev.txt")], True),
    ("ner-nergrit", [PERISTIWA, "eval", "ner", str(SHARED / "data/ner/nergrit/valid_preprocess.txt")], True),
    ("ner-nergrit-default-guideline", [PERISTIWA, "eval", "ner", str(SHARED / "data/ner/nergrit/valid_preprocess.txt"),
                                       "--guideline", "default"], True),
    ("ner-baseline-idner", [PERISTIWA, "eval", "ner", str(SHARED / "data/ner/idner-news-2k/dev.txt"),
                            "--baseline", "gazetteer"], True),
    ("ner-baseline-nergrit", [PERISTIWA, "eval", "ner", str(SHARED / "data/ner/nergrit/valid_preprocess.txt"),
                              "--baseline", "gazetteer"], True),
    ("actors-gold", [PERISTIWA, "eval", "actors", "tests/gold/actors/gold.yaml"], False),
    ("actors-heldout", [PERISTIWA, "eval", "actors", "tests/gold/actors/heldout.yaml"], False),
    ("actors-domestic", [PERISTIWA, "eval", "actors", "tests/gold/actors/domestic.yaml"], False),
    ("actors-domestic2", [PERISTIWA, "eval", "actors", "tests/gold/actors/domestic2.yaml"], False),
    ("actors-domestic3", [PERISTIWA, "eval", "actors", "tests/gold/actors/domestic3.yaml"], False),
    ("actors-domestic4", [PERISTIWA, "eval", "actors", "tests/gold/actors/domestic4.yaml"], False),
    ("actors-domestic5", [PERISTIWA, "eval", "actors", "tests/gold/actors/domestic5.yaml"], False),
    ("actors-domestic6", [PERISTIWA, "eval", "actors", "tests/gold/actors/domestic6.yaml"], False),
    ("actors-domestic7", [PERISTIWA, "eval", "actors", "tests/gold/actors/domestic7.yaml"], False),
    ("events-gold", [PERISTIWA, "eval", "events", "tests/gold/events/gold.json"], False),
    ("events-heldout", [PERISTIWA, "eval", "events", "tests/gold/events-heldout/gold.json"], False),
    ("events-blind", [PERISTIWA, "eval", "events", "tests/gold/events-blind/gold.json"], False),
    ("events-blind2", [PERISTIWA, "eval", "events", "tests/gold/events-blind2/gold.json"], False),
    ("events-blind3", [PERISTIWA, "eval", "events", "tests/gold/events-blind3/gold.json"], False),
    ("events-blind4", [PERISTIWA, "eval", "events", "tests/gold/events-blind4/gold.json"], False),
    ("plover-en", [PERISTIWA, "eval", "plover", str(SHARED / "data/en/plover/PLOVER_GSR_CAMEO.txt")], True),
    ("pipeline-speed", [PY, "bench/bench_pipeline.py", "--repeat", "3"], True),
    ("stage-shares", [PY, "bench/bench_stages.py", "--repeat", "3"], True),
    ("dedup", [PY, "bench/bench_dedup.py"], False),
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", help="run only these steps: " + ", ".join(s[0] for s in STEPS))
    args = ap.parse_args()
    failed: list[str] = []
    for name, cmd, needs_shared in STEPS:
        if args.only and name not in args.only:
            continue
        if needs_shared and not SHARED.exists():
            print(f"== {name}: skipped, {SHARED} is absent", flush=True)
            continue
        if "gold.json" in cmd[-1] and not (ROOT / cmd[-1]).exists():
            print(f"== {name}: skipped, {cmd[-1]} is absent", flush=True)
            continue
        print(f"== {name}: {' '.join(cmd)}", flush=True)
        t0 = time.perf_counter()
        rc = subprocess.call(cmd, cwd=ROOT)
        print(f"== {name}: exit {rc}, {time.perf_counter() - t0:.1f} s wall", flush=True)
        if rc != 0:
            failed.append(name)
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
