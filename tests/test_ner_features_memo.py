"""The memoised CRF features (``ner_features.sent_features``) are identical
to the plain definition (same features => same CRF output)."""

from __future__ import annotations

from pathlib import Path

from peristiwa.nlp import ner_features as nf

LEXICON = Path(__file__).resolve().parents[1] / "src" / "peristiwa" / "data" / "models" / "ner-id-crf" / "lexicon.json"


def _sentences(path: Path, limit: int) -> list[list[str]]:
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            cur.append(line.split()[0])
        elif cur:
            sents.append(cur)
            cur = []
    return sents[:limit]


def test_memoised_features_equal_the_plain_definition(shared):
    lexicons = [
        nf.Lexicon(
            gaz={("jakarta",): "LOC", ("partai", "golkar"): "ORG", ("joko", "widodo"): "PER"},
            clusters={"tiba": "1.5", "00": "2.1"},
            capratio={"jakarta": 3},
            common={"tiba", "rumah"},
        )
    ]
    if LEXICON.is_file():
        lexicons.append(nf.Lexicon.from_json(LEXICON))
    sents = _sentences(shared / "data" / "ner" / "idner-news-2k" / "dev.txt", 400)
    assert len(sents) > 100
    extra = [["Partai", "Golkar", "dan", "Joko", "Widodo", "tiba", "di", "Jakarta", "rumahnya", "."], ["x"], ["2024", "-"]]
    for lex in lexicons:
        # twice: the second pass reads every word from the cache
        for _ in range(2):
            for words in sents + extra + [nf.title_case(w) for w in sents[:100] + extra]:
                assert nf.sent_features(words, lex) == nf.sent_features_reference(words, lex)
