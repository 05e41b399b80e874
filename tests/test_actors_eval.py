"""The actor-linking scorer: counts on a tiny gold file, and the CLI's last line."""

import subprocess
import sys
from pathlib import Path

from peristiwa.eval.actors import score

GOLD = """\
- id: t1
  published: 2024-04-09
  title: Menlu China bertemu Menlu Rusia
  paragraphs:
    - "Menlu China Wang Yi bertemu Menlu Rusia Sergei Lavrov. Wang memuji Lavrov. Korea diam."
  mentions:
    - {text: Menlu China, person: Wang Yi}
    - {text: Menlu Rusia, person: Sergei Lavrov}
    - {text: Menlu China Wang Yi, person: Wang Yi}
    - {text: Menlu Rusia Sergei Lavrov, person: Sergei Lavrov}
    - {text: Wang, person: Wang Yi}
    - {text: Lavrov, person: Sergei Lavrov}
    - {text: Korea, country: KOR}
    - {text: Nonexistent, country: XXX}
"""


def test_scorer_counts(tmp_path):
    p = tmp_path / "g.yaml"
    p.write_text(GOLD, encoding="utf-8")
    res = score(p, shared=tmp_path)
    t = res["total"]
    # 8 gold (one not in the text: a miss); 7 predicted, all overlapping a gold mention;
    # "Korea" is ambiguous (KOR/PRK) so its identity is wrong
    assert (t.gold, t.pred, t.matched, t.correct, t.missing_in_text) == (8, 7, 7, 6, 1)
    assert any("WRONG  'Korea'" in e for e in t.errors)


def test_cli_last_line_is_f1(tmp_path):
    p = tmp_path / "g.yaml"
    p.write_text(GOLD, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "peristiwa", "eval", "actors", str(p)], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.returncode == 0, out.stderr
    last = out.stdout.strip().splitlines()[-1]
    assert last.startswith("F1 ") and abs(float(last.split()[1]) - 2 * (6 / 7) * (6 / 8) / (6 / 7 + 6 / 8)) < 1e-3


def test_committed_gold_files_parse_and_locate(shared):
    """Every gold mention of the written articles is found in its text."""
    import yaml

    from peristiwa.eval.actors import article_of, locate

    root = Path(__file__).resolve().parent / "gold" / "actors"
    for name in ("gold.yaml", "heldout.yaml"):
        docs = yaml.safe_load((root / name).read_text(encoding="utf-8"))
        for d in docs:
            if "page" in d:
                continue
            golds, missing = locate(article_of(d, shared).text, d["mentions"])
            assert missing == 0, (name, d["id"])
            assert len(golds) == len(d["mentions"])
