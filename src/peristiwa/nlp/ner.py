"""The shipped Indonesian NER model (PER/ORG/LOC): a feature CRF
(``ner_crf.py``, default) or a spaCy tok2vec + ner pipeline.

Loaded once per process and cached. It runs on Docs built from OUR tokens
(``Sentence.tokens``), so its spans line up with ``Analysis`` offsets.

NER is the costly part of the nlp stage, so callers choose which sentences
get it: all of them, none, or those a cheap filter lets through
(``has_name_candidate``: a capitalised word that is not the sentence's first
word, or a title sentence)."""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from peristiwa.errors import DataError
from peristiwa.model import Entity, Sentence
from peristiwa.nlp import ner_crf

MODELS = Path(__file__).resolve().parents[1] / "data" / "models"
CRF_MODEL_DIR = MODELS / "ner-id-crf"  # the shipped default: feature CRF (ner_crf.py)
SPACY_MODEL_DIR = MODELS / "ner-id"  # the earlier spaCy tok2vec+ner model, kept for comparison


def _default_dir() -> Path:
    """$PERISTIWA_NER_MODEL if set, else the CRF model if built, else the spaCy one."""
    env = os.environ.get("PERISTIWA_NER_MODEL")
    if env:
        return Path(env).resolve()
    return CRF_MODEL_DIR if ner_crf.is_crf_model(CRF_MODEL_DIR) else SPACY_MODEL_DIR


MODEL_DIR = _default_dir()

LOAD_SECONDS: dict[str, float] = {}  # model path -> seconds it took to load (for reports)


@functools.lru_cache(maxsize=4)
def _load(path: str):
    import spacy

    p = Path(path)
    if not (p / "config.cfg").is_file():
        raise DataError(f"{p}: no NER model here (run `make model` to build it)")
    t0 = time.perf_counter()
    # We feed Docs built from our own tokens, so the model's tokenizer is never
    # used; building spaCy's Indonesian one costs ~10 s (16k exceptions). The
    # language-neutral class shares the same lexical attributes the model reads
    # (NORM = lower case, PREFIX, SUFFIX, SHAPE), so predictions are unchanged.
    nlp = spacy.load(p, exclude=["tokenizer"], config={"nlp": {"lang": "xx"}})
    _use_numpy_gemm(nlp)
    LOAD_SECONDS[path] = time.perf_counter() - t0
    return nlp


def _use_numpy_gemm(nlp) -> None:
    """Route the layers' matrix products through numpy (OpenBLAS) instead of
    thinc's blis: ~2.5x faster on these small (tokens x 256 x 192) products
    here, same results (checked: identical entities on the eval sets)."""
    import numpy
    from thinc.api import NumpyOps

    class _NumpyGemmOps(NumpyOps):
        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            x = x.T if trans1 else x
            y = y.T if trans2 else y
            if out is None:
                return numpy.matmul(x, y)
            numpy.matmul(x, y, out=out)
            return out

    ops = _NumpyGemmOps()
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


def load_model(path: str | Path | None = None):
    """The model at ``path`` (default: ``MODEL_DIR``), cached: a spaCy pipeline,
    or for a CRF directory the (crfsuite tagger, lexicon) pair."""
    p = Path(path).resolve() if path else MODEL_DIR
    return ner_crf.load(str(p)) if ner_crf.is_crf_model(p) else _load(str(p))


def model_available(path: str | Path | None = None) -> bool:
    p = Path(path) if path else MODEL_DIR
    return (p / "config.cfg").is_file() or ner_crf.is_crf_model(p)


def has_name_candidate(sent: Sentence) -> bool:
    """Cheap gate: could this sentence hold a name? (a capitalised word after the first)."""
    toks = sent.tokens
    for i, t in enumerate(toks):
        c = t.text[0]
        if c.isupper() and (i > 0 and toks[i - 1].text not in {"“", '"', "‘", "(", "—", "-"}):
            return True
    return sent.block == "title" and any(t.text[0].isupper() for t in toks)


Selector = Callable[[Sentence], bool]


def _spans(nlp, docs: list, batch_size: int) -> list[list[tuple[int, int, str]]]:
    """Entity token spans (start, end, label) per Doc, batch by batch.

    Our plumbing-free tok2vec pass (``fast_tok2vec``, bit-identical) and our
    numpy greedy decoder (``greedy_ner``, same decisions as spaCy's) when the
    pipeline is the shipped tok2vec + ner shape: ~2x faster on a few short
    sentences. Otherwise (or if ``PERISTIWA_SPACY_NER`` is
    set, for comparison) the components are called directly: what
    ``nlp.pipe`` does minus its generator plumbing."""
    from peristiwa.nlp import fast_tok2vec
    from peristiwa.nlp.greedy_ner import decode

    names = [n for n, _ in nlp.pipeline]
    fast = names == ["tok2vec", "ner"] and not os.environ.get("PERISTIWA_SPACY_NER")
    out: list[list[tuple[int, int, str]]] = []
    for i in range(0, len(docs), batch_size):
        batch = docs[i : i + batch_size]
        if fast:
            tok2vec = nlp.get_pipe("tok2vec")
            tokvecs = fast_tok2vec.predict(tok2vec, batch)
            if tokvecs is None:
                tokvecs = tok2vec.predict(batch)
            spans = decode(nlp.get_pipe("ner"), tokvecs, [len(d) for d in batch])
            if spans is not None:
                out.extend(spans)
                continue
        for _, p in nlp.pipeline:
            p.set_annotations(batch, p.predict(batch))
        out.extend([(e.start, e.end, e.label_) for e in d.ents] for d in batch)
    return out


def tag_sentences(
    sents: Iterable[Sentence],
    select: Selector | None = has_name_candidate,
    model: str | Path | None = None,
    batch_size: int = 64,
    rules: bool = True,
    guideline: str | None = None,
) -> list[Entity]:
    """Run the model over the chosen sentences; entities with article offsets.

    With ``rules`` a person right after a title ("Menlu Rusia Sergei Lavrov")
    that the model missed entirely is added as a PER span (source "rule"):
    the model, trained on domestic news, misses some foreign names in role
    phrases.
    ``guideline`` picks another annotation guideline the CRF model was trained
    with (``ner_crf.guidelines``); the default suits news."""
    from spacy.tokens import Doc

    chosen = [s for s in sents if s.tokens and (select is None or select(s))]
    if not chosen:
        return []
    path = Path(model).resolve() if model else MODEL_DIR
    if ner_crf.is_crf_model(path):
        all_spans = ner_crf.tag_words(str(path), [[t.text for t in s.tokens] for s in chosen], guideline)
    else:
        if guideline:
            raise DataError(f"{path}: a spaCy NER model follows one guideline only (asked for {guideline!r})")
        nlp = load_model(path)
        docs = []
        for s in chosen:
            toks = s.tokens
            spaces = [toks[i].end < toks[i + 1].start for i in range(len(toks) - 1)] + [False]
            docs.append(Doc(nlp.vocab, words=[t.text for t in toks], spaces=spaces))
        all_spans = _spans(nlp, docs, batch_size)
    out: list[Entity] = []
    if rules:
        from peristiwa.nlp.ner_features import is_title_case
        from peristiwa.nlp.rules import country_names, titled_people
    for s, spans in zip(chosen, all_spans):
        found = []
        for e_start, e_end, e_label in spans:
            start, end = s.tokens[e_start].start, s.tokens[e_end - 1].end
            text = s.text[start - s.start : end - s.start]
            found.append(Entity(text, start, end, e_label, source="model"))
        if rules:
            for f in found:  # a bare country name is a place, whatever the model said ("China" PER)
                if f.label != "LOC" and tuple(f.text.lower().split()) in country_names():
                    f.label = "LOC"
            # in a Title Case headline every word is capitalised, so the rule's
            # "capitalised run after a title" would swallow the verb and more
            headline = is_title_case([t.text for t in s.tokens])
            for r in [] if headline else titled_people(s, "id"):
                # the rule only fills gaps: where the model found anything it
                # knew better (on the training hold-out, a rule that overrode
                # it turned "Ketua DPP PKS Nasir Djamil" into one person and
                # "Presiden Omar al-Beshir" into "Omar": 1 right, 6 wrong)
                if not any(f.start < r.end and r.start < f.end for f in found):
                    found.append(r)
            found.sort(key=lambda x: x.start)
        out.extend(found)
    return out
