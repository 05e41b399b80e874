"""The shipped model's tok2vec forward pass, minus thinc's per-layer plumbing.

thinc runs ~30 small Model objects per call (chain, with_array, residual,
concatenate, dropout, ...); on a handful of sentences that bookkeeping costs
as much as the arithmetic. ``predict`` calls the very same ``ops`` functions
in the same order (hash, gather_add, gemm, maxout, layer norm, seq2col,
flatten with the same padding), so its output is bit-identical to
``tok2vec.predict`` (checked by tests/test_ner_decoder.py). Models of another
shape get None and the caller uses spaCy.

Layout it expects (spaCy's HashEmbedCNN / MultiHashEmbed + MaxoutWindowEncoder):
extract_features >> list2ragged >> with_array(hashembed | ... ) >>
with_array(maxout >> layernorm >> dropout) >> ragged2list >>
with_array(residual(expand_window >> maxout >> layernorm >> dropout) x depth, pad)
"""

from __future__ import annotations

import functools

import numpy


def _find(node, name: str) -> list:
    return [n for n in node.walk() if n.name == name]


@functools.lru_cache(maxsize=4)
def _plan(tok2vec_pipe) -> tuple | None:
    model = tok2vec_pipe.model
    try:
        embed_part, encode_part = model.layers
        extract = embed_part.layers[0]
        if extract.name != "extract_features" or [n.name for n in embed_part.layers[1:]] != [
            "list2ragged", embed_part.layers[2].name, embed_part.layers[3].name, "ragged2list"]:  # fmt: skip
            return None
        hashembeds = embed_part.layers[2].layers[0].layers  # ints-getitem>>hashembed, one per column
        embeds = []
        for k, ch in enumerate(hashembeds):
            getitem, he = ch.layers
            if he.name != "hashembed" or getitem.attrs["index"] != (slice(0, None, None), k):
                return None
            embeds.append((he.attrs["seed"], he.get_param("E")))
        mix = embed_part.layers[3].layers[0].layers[0]  # maxout>>layernorm
        if [n.name for n in mix.layers] != ["maxout", "layernorm"]:
            return None
        blocks = encode_part.layers[0].layers  # residual x depth
        enc = []
        for r in blocks:
            inner = r.layers[0]  # expand_window >> (maxout >> layernorm) >> dropout, nested chains
            names = [n.name for n in inner.walk() if n.name in ("expand_window", "maxout", "layernorm")]
            if r.name.split("(")[0] != "residual" or names != ["expand_window", "maxout", "layernorm"]:
                return None
            ew = _find(inner, "expand_window")[0]
            enc.append((ew.attrs["window_size"], _find(inner, "maxout")[0], _find(inner, "layernorm")[0]))
        return extract.attrs["columns"], embeds, mix.layers[0], mix.layers[1], enc, encode_part.attrs["pad"]
    except (AttributeError, IndexError, KeyError, ValueError):
        return None


def _maxout(ops, layer, X):
    nO, nP, nI = layer.get_dim("nO"), layer.get_dim("nP"), layer.get_dim("nI")
    Y = ops.gemm(X, ops.reshape2f(layer.get_param("W"), nO * nP, nI), trans2=True)
    Y += ops.reshape1f(layer.get_param("b"), nO * nP)
    # = ops.maxout(...)[0] without the argmax; numpy's max over a 3-wide last
    # axis is ~30x slower than an elementwise maximum of the strided pieces
    best = Y[:, 0::nP]
    for p in range(1, nP):
        best = numpy.maximum(best, Y[:, p::nP])
    return best


def _layernorm(layer, X):
    mu = X.mean(axis=1, keepdims=True)
    var = X.var(axis=1, keepdims=True) + 1e-08
    Y = (X - mu) * var ** (-1.0 / 2.0)
    Y = Y * layer.get_param("G")
    Y += layer.get_param("b")
    return Y


def predict(tok2vec_pipe, docs: list) -> list | None:
    """Per-doc token vectors, as ``tok2vec_pipe.predict(docs)`` would give."""
    plan = _plan(tok2vec_pipe)
    if plan is None or not docs or any(len(d) == 0 for d in docs):
        return None
    columns, embeds, mix_maxout, mix_norm, enc, pad = plan
    ops = mix_maxout.ops
    ids = numpy.ascontiguousarray(numpy.concatenate([d.to_array(columns) for d in docs]), dtype="uint64")
    outs = []
    for k, (seed, E) in enumerate(embeds):
        keys = ops.hash(ops.as_contig(ids[:, k], dtype="uint64"), seed) % E.shape[0]
        outs.append(ops.gather_add(E, keys))
    X = _layernorm(mix_norm, _maxout(ops, mix_maxout, ops.xp.hstack(outs)))
    lengths = numpy.asarray([len(d) for d in docs], dtype="i")
    Xs = ops.unflatten(X, lengths)
    Xf = ops.flatten(Xs, pad=pad)
    for window, maxout, norm in enc:
        Xf = Xf + _layernorm(norm, _maxout(ops, maxout, ops.seq2col(Xf, window)))
    return ops.unflatten(Xf, lengths, pad=pad)
