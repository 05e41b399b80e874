"""The command line. It mirrors the Python API: each subcommand lives in a
module under ``peristiwa.commands`` exposing ``register(subparsers)``, and
calls the same functions a Python user would."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from peristiwa import __version__

# Each module registers its subcommands; a missing one (not built yet) is skipped.
COMMAND_MODULES = (
    "peristiwa.commands.extract",
    "peristiwa.commands.store",
    "peristiwa.commands.eval",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="peristiwa",
        description="Political event data (PLOVER/CAMEO) from Indonesian and English news pages.",
        epilog="Example: peristiwa extract samples/pages --format table",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"peristiwa {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        mod.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
