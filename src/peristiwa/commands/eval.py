"""`peristiwa eval <what>`: score a stage against labelled data.

Each scorer lives in ``peristiwa.eval.<what>`` and exposes ``register(sub)``;
by convention the last line printed is ``F1 <value>`` (or the main metric)."""

from __future__ import annotations

import argparse
import importlib

SCORERS = ("ner", "actors", "events", "clean", "plover")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval",
        help="score a stage against labelled data (ner, actors, events, clean, plover)",
        description="Score a stage against labelled data. The last line printed is 'F1 <value>'.",
        epilog="example: peristiwa eval ner ../shared/data/ner/idner-news-2k/dev.txt --format conll",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    inner = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    for name in SCORERS:
        try:
            mod = importlib.import_module(f"peristiwa.eval.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"peristiwa.eval.{name}":
                continue
            raise
        mod.register(inner)
