"""Print the events coded from pages, one line each (a debugging aid).

usage: .venv/bin/python bench/show_events.py PATH [PATH ...]"""

import sys

from peristiwa.pipeline import extract


def fmt(a):
    if a is None:
        return "-"
    return f"{a.get('name') or a['text']}({a.get('country')})"


def main() -> None:
    res = extract(sys.argv[1:])
    for r in res:
        print("==", r.source, r.error or "")
        for e in r.to_dict()["events"]:
            loc = e["location"]["name"] if e["location"] else "-"
            flags = "".join(k[0].upper() for k in ("negated", "future", "hypothetical") if e[k])
            print(
                f"{'*' if e['headline'] else ' '} {e['event_type']}/{e['mode']} {fmt(e['actor'])} -> {fmt(e['recipient'])}"
                f" {e['date']}[{e['date_source']}] @{loc} {flags} c={e['confidence']} «{e['evidence']['trigger']}» {e['warnings'] or ''}"
            )


if __name__ == "__main__":
    main()
