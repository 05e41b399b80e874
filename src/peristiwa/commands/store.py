"""Store subcommands: ingest, run, events, timeline, stats, export, failures, search.

Each one opens ``peristiwa.Store(--db)`` and calls the same method a Python
user would. Store problems print one line and exit 2, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import sys
from datetime import date
from typing import Any, Callable

from peristiwa.errors import PeristiwaError

DB_HELP = "SQLite file or postgresql://user@host:port/db (default: $PERISTIWA_DB or peristiwa.db)"


def _guard(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    @functools.wraps(fn)
    def run(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except PeristiwaError as exc:
            print(f"peristiwa {args.command}: {exc}", file=sys.stderr)
            return 2

    return run


def _store(args: argparse.Namespace):
    from peristiwa.store import Store

    return Store(args.db)


def register(sub: argparse._SubParsersAction) -> None:
    def add(name: str, help: str, fn, example: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help, epilog=f"example:\n  {example}",
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.add_argument("--db", default=None, help=DB_HELP)
        p.set_defaults(func=_guard(fn))
        return p

    for name, help, fn, ex in (
        ("ingest", "run the pipeline on pages and store articles and events (idempotent)", cmd_ingest,
         "peristiwa ingest ../shared/examples/pages --db news.db"),
        ("run", "ingest pages, then print the event timeline (or the articles while no events exist)", cmd_run,
         "peristiwa run samples/pages --db peristiwa.db"),
    ):
        p = add(name, help, fn, ex)
        p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or URLs")
        p.add_argument("--glob", help="only files matching this pattern inside directories")
        p.add_argument("--batch", type=int, default=50, help="documents per commit (default 50)")
        p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    p = add("events", "list canonical events, filtered", cmd_events,
            "peristiwa events --actor CHN --actor RUS --type CONSULT --from 2023-01-01 --to 2023-12-31")
    _filters(p)
    p.add_argument("--format", choices=["table", "jsonl", "csv"], default="table")
    p.add_argument("--limit", type=int, help="at most this many events")
    p.add_argument("--mentions", action="store_true", help="jsonl: include every mention with its evidence")

    p = add("timeline", "a dyad's (or one actor's) events by date, one line each", cmd_timeline,
            "peristiwa timeline --actor CHN --actor RUS")
    p.add_argument("--actor", action="append", default=[], help="ISO3 code, KB id or name; give two for a dyad")
    p.add_argument("--limit", type=int)

    p = add("stats", "event counts and mean Goldstein score per month, type or dyad", cmd_stats,
            "peristiwa stats --by month")
    p.add_argument("--by", choices=["month", "type", "dyad"], default="month")
    p.add_argument("--format", choices=["table", "csv", "jsonl"], default="table")

    p = add("export", "write the canonical events to a file", cmd_export,
            "peristiwa export --format parquet --output events.parquet")
    p.add_argument("--format", choices=["jsonl", "csv", "parquet", "plover", "gdelt"], required=True)
    p.add_argument("--output", "-o", required=True)
    _filters(p)

    add("failures", "list documents that failed, with their error", cmd_failures, "peristiwa failures")

    p = add("search", "full-text search over stored articles", cmd_search, "peristiwa search 'Wang Yi Lavrov'")
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, default=20)


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--actor", action="append", default=[], help="ISO3 code, KB id or name; two = a dyad")
    p.add_argument("--type", help="PLOVER event type, e.g. CONSULT")
    p.add_argument("--from", dest="date_from", type=_date, help="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_date, help="YYYY-MM-DD")
    p.add_argument("--country", help="ISO3: events located in or involving this country")


def _date(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (want YYYY-MM-DD): {s!r}") from None


# ---------------------------------------------------------------------- ingest


def _ingest(args: argparse.Namespace, store) -> Any:
    from peristiwa import ingest
    from peristiwa.pipeline import Pipeline

    records = Pipeline().run(ingest.read(args.paths, glob=args.glob))
    report = store.ingest(records, batch_size=args.batch, progress=not args.no_progress)
    print(report.summary(), file=sys.stderr)
    for err in report.errors[:5]:
        print(f"  {err}", file=sys.stderr)
    return report


def cmd_ingest(args: argparse.Namespace) -> int:
    with _store(args) as store:
        _ingest(args, store)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    with _store(args) as store:
        _ingest(args, store)
        n_events = store.counts()["events"]
        if n_events:
            rows = store.events() if n_events <= 60 else store.timeline()
            print_timeline(rows, sys.stdout)
        else:
            print("no events coded yet; the stored articles:")
            print_table(store.articles(), ("id", "source", "title", "published", "language", "outlet",
                                           "dateline_place", "agency", "story_id", "mentions"), sys.stdout)
        fails = store.failures()
        if fails:
            print(f"{len(fails)} documents failed; see: peristiwa failures --db {args.db or 'peristiwa.db'}",
                  file=sys.stderr)
    return 0


# ---------------------------------------------------------------------- queries


EVENT_TABLE = ("id", "date", "event_type", "mode", "actor_code", "actor_name", "recipient_code", "recipient_name",
               "place", "goldstein", "num_sources", "num_articles")


def cmd_events(args: argparse.Namespace) -> int:
    with _store(args) as store:
        rows = store.events(actor=args.actor, type=args.type, date_from=args.date_from, date_to=args.date_to,
                            country=args.country, limit=args.limit, mentions=args.mentions)
    emit(rows, args.format, EVENT_TABLE)
    print(f"{len(rows)} events", file=sys.stderr)
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    with _store(args) as store:
        rows = store.timeline(args.actor, limit=args.limit)
    print_timeline(rows, sys.stdout)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with _store(args) as store:
        rows = store.stats(by=args.by)
    for r in rows:
        if r["goldstein_mean"] is not None:
            r["goldstein_mean"] = round(float(r["goldstein_mean"]), 3)
    emit(rows, args.format, ("key", "events", "goldstein_mean"))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with _store(args) as store:
        n = store.export(args.format, args.output, actor=args.actor, type=args.type, date_from=args.date_from,
                         date_to=args.date_to, country=args.country)
    print(f"{n} events written to {args.output} ({args.format})", file=sys.stderr)
    return 0


def cmd_failures(args: argparse.Namespace) -> int:
    with _store(args) as store:
        rows = store.failures()
    for r in rows:
        print(f"{r['source']}\t{r['error']}")
    print(f"{len(rows)} failed documents", file=sys.stderr)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with _store(args) as store:
        rows = store.search(" ".join(args.query), limit=args.limit)
    for r in rows:
        print(f"{r['id']}\t{r['published'] or '-'}\t{r['title'] or '-'}\t{r['url'] or '-'}")
        print(f"\t{(r['snippet'] or '').replace(chr(10), ' ')}")
    print(f"{len(rows)} articles", file=sys.stderr)
    return 0


# ---------------------------------------------------------------------- output


def _cell(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.2f}"
    if isinstance(v, date):
        return v.isoformat()
    return str(v).replace("\n", " ")


def print_table(rows: list[dict], cols: tuple[str, ...], out) -> None:
    cells = [[_cell(r.get(c))[:40] for c in cols] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(cols)]
    out.write("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")


def print_timeline(rows: list[dict], out) -> None:
    if not rows:
        out.write("no events\n")
        return
    for r in rows:
        who = f"{r.get('actor_name') or r.get('actor_code') or '?'} -> {r.get('recipient_name') or r.get('recipient_code') or '-'}"
        kind = r["event_type"] + (f"/{r['mode']}" if r.get("mode") else "")
        place = r.get("place") or "-"
        out.write(f"{_cell(r.get('date'))}  {kind:<20} {who:<45} {place:<18} sources={r.get('num_sources')}\n")


def emit(rows: list[dict], fmt: str, cols: tuple[str, ...]) -> None:
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=_cell) + "\n")
    elif fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(c) is None else _cell(r.get(c)) for c in cols])
    else:
        print_table(rows, cols, sys.stdout)
