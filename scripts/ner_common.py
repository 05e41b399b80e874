"""What the two NER trainers (`train_ner_crf.py`, `train_ner.py`) share: the
labelled corpora in ../shared, file hashes, and the parts of the model card
that describe the training data and the score table."""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
TRAIN_FILES = [SHARED / "ner" / "idner-news-2k" / "train.txt", SHARED / "ner" / "nergrit" / "train_preprocess.txt"]
DEV_FILES = [SHARED / "ner" / "idner-news-2k" / "dev.txt", SHARED / "ner" / "nergrit" / "valid_preprocess.txt"]

CORPORA_PROVENANCE = """- **idner-news-2k** (Khairunnisa, Imankulova & Komachi, AACL-IJCNLP SRW 2020;
  re-annotation of Syaifudin & Nurwidyantoro 2016), `train.txt`. MIT licence.
- **NERGrit** (IndoNLU benchmark, Wilie et al. 2020; Grit-ID NER corpus),
  `train_preprocess.txt`. Apache-2.0 licence. Labels mapped PERSON->PER,
  PLACE->LOC, ORGANISATION->ORG."""


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def hash_lines(info: dict) -> str:
    """One "- `file` sha256 `...`" line per training and dev file."""
    return "\n".join(f"- `{k}` sha256 `{v}`" for k, v in {**info["train_files"], **info["dev_files"]}.items())


def score_rows(info: dict) -> str:
    """Markdown rows: file | label | P | R | F1 (with rules) | F1 model alone."""
    rows = []
    alone = info.get("scores_model_only", {})
    for name, sc in info.get("scores", {}).items():
        for lab in ("PER", "ORG", "LOC", "overall"):
            if lab in sc:
                s, m = sc[lab], alone.get(name, {}).get(lab)
                m_f1 = f"{m['f1']:.4f}" if m else "-"
                rows.append(f"| {name} | {lab} | {s['p']:.4f} | {s['r']:.4f} | {s['f1']:.4f} | {m_f1} |")
    return "\n".join(rows)
