"""Greedy BILUO decoding of the shipped spaCy NER model, in numpy.

spaCy's own decoder (``Parser.greedy_parse``) spends ~10 us per token on our
short sentences, mostly in per-step BLAS calls too small to pay off; it is
the single largest cost of the nlp stage. This module replays exactly the
same computation with numpy:

* the lower layer's per-token feature table (``precomputable_affine``, row 0
  = padding) is computed once per batch, as spaCy does;
* state features for NER (``StateC.set_context_tokens`` with 3 features):
  the current token, the first token of the open entity, the previous token
  (the last two only while an entity is open, else padding);
* hidden = maxout(sum of the features + bias), scores = upper linear layer;
* the best *valid* move wins (BiluoPushDown rules: B/I need another token
  after this one, I/L continue the open entity's label, B/U/O need no open
  entity; "U-" with no label is never valid), first index on ties.

Every NER transition consumes one token. With no entity open a state's
features depend on its token alone, so those scores are computed for all
tokens in one matrix product; only tokens inside an entity (a few per
sentence) take a per-state step, where I-label and L-label are the only valid
moves. The feature sums are done in the same order as spaCy's C loop; only
the final 64 -> 14 product is summed in another order, so a score could
differ in the last float bit (checked: identical entities on the idner and
NERGrit train/dev sets, 3,712 sentences). Our tokens are never whitespace,
so spaCy's "no entity starts on a space" rule needs no check here.
``decode`` returns None for models it does not know how to replay (other
feature sets, unseen classes), and the caller falls back to spaCy.
"""

from __future__ import annotations

import functools

import numpy

MOVES = "BILU"


@functools.lru_cache(maxsize=4)
def _plan(ner_pipe) -> tuple | None:
    """Class table of ``ner_pipe``'s moves, or None if we cannot replay it."""
    model = ner_pipe.model
    if getattr(model, "name", "") != "parser_model" or len(model.layers) != 3:
        return None
    if model.attrs.get("unseen_classes") or not model.attrs.get("has_upper", False):
        return None
    lower = model.layers[1]
    if lower.name != "precomputable_affine" or lower.get_param("W").shape[0] != 3:
        return None
    names = [ner_pipe.moves.get_class_name(i) for i in range(ner_pipe.moves.n_moves)]
    labels = sorted({n[2:] for n in names if len(n) > 2 and n[1] == "-"})
    lab_id = {lab: i for i, lab in enumerate(labels)}
    n = len(names)
    move = numpy.full(n, -1, dtype=numpy.int8)  # 0..3 = B I L U, 4 = O, -1 = never valid
    label = numpy.full(n, -1, dtype=numpy.int64)
    for i, name in enumerate(names):
        if name == "O":
            move[i] = 4
        elif len(name) > 2 and name[1] == "-" and name[0] in MOVES:
            move[i], label[i] = MOVES.index(name[0]), lab_id[name[2:]]
        elif name not in ("U-", "B-", "I-", "L-"):  # label-less moves are never valid in prediction
            return None
    return move, label, labels


def _maxout(x):
    """Max over the last axis (the pieces): numpy's ``max(axis=-1)`` on a 2-wide
    axis is many times slower than an elementwise maximum."""
    best = x[..., 0]
    for p in range(1, x.shape[-1]):
        best = numpy.maximum(best, x[..., p])
    return best


def decode(ner_pipe, tokvecs_per_doc: list, lengths: list[int]) -> list[list[tuple[int, int, str]]] | None:
    """Entities (token start, token end exclusive, label) per sentence."""
    plan = _plan(ner_pipe)
    if plan is None:
        return None
    move, label, labels = plan
    model = ner_pipe.model
    proj, lower, upper = model.layers
    n_docs = len(lengths)
    out: list[list[tuple[int, int, str]]] = [[] for _ in range(n_docs)]
    total = sum(lengths)
    if total == 0:
        return out
    X = numpy.concatenate([t for t, n in zip(tokvecs_per_doc, lengths) if n], axis=0)
    X = proj.layers[-1].predict(X)  # the listener's projection (list2array >> linear)
    table = lower.predict(X)  # (tokens + 1, 3, nO, nP), row 0 = padding
    bias = lower.get_param("b")
    W = upper.get_param("W")
    b = upper.get_param("b")
    # With no entity open (most tokens) a state's features depend on its token
    # only: score every token at once. Only tokens inside an entity need a
    # per-state step, and there the only valid moves are I-label and L-label.
    closed = table[1:, 0] + table[0, 1]
    closed += table[0, 2]
    closed += bias
    closed_scores = _maxout(closed) @ W.T
    closed_scores += b
    last = numpy.zeros(total, dtype=bool)
    last[numpy.cumsum(lengths)[numpy.asarray(lengths) > 0] - 1] = True
    ok_closed = ((move == 0) | (move == 3) & (label >= 0) | (move == 4))[None, :] & ~((move == 0)[None, :] & last[:, None])
    closed_scores[~ok_closed] = -numpy.inf
    closed_best = closed_scores.argmax(axis=1).tolist()
    i_of = {int(label[c]): c for c in range(len(move)) if move[c] == 1}
    l_of = {int(label[c]): c for c in range(len(move)) if move[c] == 2}
    mv, lab = move.tolist(), label.tolist()
    pos = 0
    for d, n in enumerate(lengths):
        ents = out[d]
        open_lab = -1
        es = 0
        for t in range(n):
            g = pos + t
            if open_lab < 0:
                c = closed_best[g]
                m = mv[c]
                if m == 0:
                    open_lab, es = lab[c], g
                elif m == 3:
                    ents.append((t, t + 1, labels[lab[c]]))
                continue
            cl, ci = l_of[open_lab], i_of[open_lab]
            if t == n - 1:
                c = cl  # the last token must close the entity
            else:
                f = table[g + 1, 0] + table[es + 1, 1]
                f += table[g, 2]  # the previous token (row g = token g-1, after the padding row)
                f += bias
                sc = _maxout(f) @ W[[ci, cl]].T + b[[ci, cl]]
                # the first index wins a tie, as in spaCy's arg_max_if_valid
                c = (ci if sc[0] >= sc[1] else cl) if ci < cl else (cl if sc[1] >= sc[0] else ci)
            if c == cl:
                ents.append((es - pos, t + 1, labels[open_lab]))
                open_lab = -1
        pos += n
    return out
