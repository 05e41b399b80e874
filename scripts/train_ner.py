#!/usr/bin/env python3
"""Train the shipped Indonesian NER model (PER/ORG/LOC) with spaCy, reproducibly.

Data (read-only, ../shared/data/ner):
  idner-news-2k/train.txt         token POS BIO   (CRLF line ends)
  nergrit/train_preprocess.txt    token TAB BIO   (PERSON/PLACE/ORGANISATION)

Both are mapped to PER/ORG/LOC and trained as ONE model. A seeded 10% of the
training sentences is held out for checkpoint selection, so the dev/valid
splits we report on are never seen during training or model selection.

    python scripts/train_ner.py                 # what `make model` runs
    python scripts/train_ner.py --max-steps 500 --out /tmp/ner-try   # quick try

Writes the pipeline to src/peristiwa/data/models/ner-id/ plus
training.json (data sha256, seed, config, timings, scores).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from ner_common import CORPORA_PROVENANCE, DEV_FILES, TRAIN_FILES, hash_lines, score_rows, sha256  # noqa: E402

from peristiwa.nlp.conll import read_labelled, to_docs  # noqa: E402

DEFAULT_OUT = ROOT / "src" / "peristiwa" / "data" / "models" / "ner-id"

CONFIG = """
[paths]
train = null
dev = null

[system]
gpu_allocator = null
seed = {seed}

[nlp]
lang = "id"
pipeline = ["tok2vec", "ner"]
batch_size = 256

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
rows = [{rows_norm}, 2500, 5000, 1000]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {width}
upstream = "*"

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}

[training]
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
seed = ${{system.seed}}
gpu_allocator = null
dropout = {dropout}
accumulate_gradient = 1
patience = {patience}
max_epochs = 0
max_steps = {max_steps}
eval_frequency = {eval_frequency}

[training.optimizer]
@optimizers = "Adam.v1"
learn_rate = 0.001
L2 = 0.01
grad_clip = 1.0

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0

[initialize]
"""


def model_readme(info: dict) -> str:
    """The model card written next to the model (provenance, licence, hashes, scores)."""
    a = info["args"]
    return f"""# ner-id: Indonesian named-entity model (PER, ORG, LOC)

A spaCy {info["spacy"]} CPU pipeline (`tok2vec` + `ner`): hash embeddings of
NORM/PREFIX/SUFFIX/SHAPE (width {a["width"]}, {a["depth"]} CNN layers), no pretrained vectors,
trained from scratch by `scripts/train_ner.py` (`make model`), seed {info["seed"]},
{info["sentences"]["train"]} training sentences, {info["sentences"]["holdout"]} held out (seeded) for
checkpoint selection. Training took {info["train_seconds"]:.0f} s. This file and `training.json`
are written by the training script; do not edit by hand.

## Training data (provenance and licence)

{CORPORA_PROVENANCE}

The model weights are a derived work of both; we ship them under the
project's Apache-2.0 licence with the MIT notice of idner-news-2k kept in
NOTICE. Evaluation files (never used for training or model selection):
idner-news-2k `dev.txt`, NERGrit `valid_preprocess.txt`.

{hash_lines(info)}

## Scores (entity-level exact span, `peristiwa eval ner`)

P/R/F1 are for what `analyze()` does: the model plus the title->person rule
(`nlp/rules.py`: "Menlu Rusia Sergei Lavrov" -> PER "Sergei Lavrov") and the
country relabel. The last column is the model alone (`--no-rules`).

| file | label | P | R | F1 | F1 model alone |
|---|---|---|---|---|---|
{score_rows(info)}

Reproduce: `make model` (or `python scripts/train_ner.py`), then
`peristiwa eval ner ../shared/data/ner/idner-news-2k/dev.txt`.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-steps", type=int, default=3000)
    ap.add_argument("--eval-frequency", type=int, default=250)
    ap.add_argument("--patience", type=int, default=1500)
    ap.add_argument("--width", type=int, default=64)
    ap.add_argument("--depth", type=int, default=3)
    ap.add_argument("--rows-norm", type=int, default=10000)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--holdout", type=float, default=0.1, help="share of train held out for checkpoint selection")
    args = ap.parse_args(argv)

    import spacy
    from spacy.cli.train import train as spacy_train
    from spacy.tokens import DocBin

    for f in TRAIN_FILES + DEV_FILES:
        if not f.is_file():
            print(f"missing training data: {f}", file=sys.stderr)
            return 2

    t0 = time.time()
    sents = []
    for f in TRAIN_FILES:
        sents.extend(read_labelled(f))
    rng = random.Random(args.seed)
    rng.shuffle(sents)
    n_hold = int(len(sents) * args.holdout)
    hold, train = sents[:n_hold], sents[n_hold:]
    nlp_blank = spacy.blank("id")

    with tempfile.TemporaryDirectory(prefix="ner-train-") as tmp:
        tmpd = Path(tmp)
        DocBin(docs=to_docs(nlp_blank.vocab, train)).to_disk(tmpd / "train.spacy")
        DocBin(docs=to_docs(nlp_blank.vocab, hold)).to_disk(tmpd / "hold.spacy")
        config_text = CONFIG.format(
            seed=args.seed,
            width=args.width,
            depth=args.depth,
            rows_norm=args.rows_norm,
            dropout=args.dropout,
            max_steps=args.max_steps,
            eval_frequency=args.eval_frequency,
            patience=args.patience,
        )
        cfg_path = tmpd / "config.cfg"
        cfg_path.write_text(config_text)
        spacy_train(
            cfg_path,
            output_path=tmpd / "out",
            overrides={"paths.train": str(tmpd / "train.spacy"), "paths.dev": str(tmpd / "hold.spacy")},
        )
        train_seconds = time.time() - t0
        best = tmpd / "out" / "model-best"
        if args.out.exists():
            shutil.rmtree(args.out)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(best, args.out)
    # The temp-dir corpus paths would make every rebuild differ: drop them.
    cfg = (args.out / "config.cfg").read_text()
    cfg = re.sub(r'(?m)^(train|dev) = "[^"]*"$', r"\1 = null", cfg)
    (args.out / "config.cfg").write_text(cfg)

    # Score the result on the two dev splits with our own scorer.
    from peristiwa.eval.ner import score_file

    scores, scores_model_only = {}, {}
    for f in DEV_FILES:
        rep = score_file(f, model=args.out)  # what analyze() does: model + title->person rule
        scores[f"{f.parent.name}/{f.name}"] = rep.as_dict()
        alone = score_file(f, model=args.out, rules=False)
        scores_model_only[f"{f.parent.name}/{f.name}"] = alone.as_dict()
        print(f"{f.parent.name}/{f.name}: F1 {rep.f1:.4f} (model alone {alone.f1:.4f})")

    info = {
        "seed": args.seed,
        "spacy": spacy.__version__,
        "train_files": {f"{f.parent.name}/{f.name}": sha256(f) for f in TRAIN_FILES},
        "dev_files": {f"{f.parent.name}/{f.name}": sha256(f) for f in DEV_FILES},
        "sentences": {"train": len(train), "holdout": len(hold)},
        "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items() if k != "out"},
        "train_seconds": round(train_seconds, 1),
        "scores": scores,
        "scores_model_only": scores_model_only,
        "label_map": {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"},
    }
    (args.out / "training.json").write_text(json.dumps(info, indent=2) + "\n")
    (args.out / "README.md").write_text(model_readme(info))
    print(f"wrote {args.out} in {train_seconds:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
