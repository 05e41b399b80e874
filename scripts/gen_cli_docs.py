"""Write docs/cli.md from the command-line parser itself, so the reference
can never drift from the code (a test checks the committed file is current).

    .venv/bin/python scripts/gen_cli_docs.py            # rewrite docs/cli.md
    .venv/bin/python scripts/gen_cli_docs.py --check    # exit 1 if it is stale
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from peristiwa.cli import build_parser  # noqa: E402

OUT = ROOT / "docs" / "cli.md"
HEADER = """# Command-line reference

Generated from the parser by `scripts/gen_cli_docs.py`; do not edit by hand.
Every command mirrors a Python function (see the README); `peristiwa COMMAND
--help` prints the same text.
"""


def _subcommands(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    out = []
    for action in parser._actions:  # argparse keeps subparsers only here
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out.append((name, sub))
    return out


def _walk(parser: argparse.ArgumentParser, prefix: str) -> list[tuple[str, argparse.ArgumentParser]]:
    found = []
    for name, sub in _subcommands(parser):
        full = f"{prefix} {name}"
        found.append((full, sub))
        found.extend(_walk(sub, full))
    return found


def render() -> str:
    # A fixed width and program name, so the output is the same on every machine.
    os.environ["COLUMNS"] = "100"
    parser = build_parser()
    parts = [HEADER, "## peristiwa\n", "```text\n" + parser.format_help().rstrip() + "\n```\n"]
    for full, sub in _walk(parser, "peristiwa"):
        parts.append(f"## {full}\n")
        parts.append("```text\n" + sub.format_help().rstrip() + "\n```\n")
    return "\n".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 if docs/cli.md is not current")
    args = ap.parse_args()
    text = render()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print("docs/cli.md is stale: run scripts/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
