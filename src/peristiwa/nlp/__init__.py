"""NLP: sentences, tokens and named entities.

    analysis = analyze(article)              # sentences + tokens + NER on title and lead
    analysis = analyze(article, ner=False)   # sentences + tokens only (fastest)
    analysis = analyze(article, ner="all")   # NER on every sentence (~0.3 ms/sentence)
    add_entities(analysis, chosen_sentences) # NER later, only where needed

Indonesian (and Malay, and unknown) text gets the shipped spaCy NER model;
English gets a rule pass (capitalised word sequences, see ``rules``) whose
spans the actors stage labels from the knowledge base.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from peristiwa.model import Analysis, Article, Entity, Sentence
from peristiwa.nlp.ner import has_name_candidate, model_available, tag_sentences
from peristiwa.nlp.sentences import sentences

__all__ = ["analyze", "add_entities", "sentences", "has_name_candidate"]

NerChoice = bool | str | Callable[[Sentence], bool]


def _lang(article: Article) -> str:
    return "en" if (article.language or "").lower().startswith("en") else "id"


# NER costs ~0.3 ms per sentence; the pipeline's budget is ~20 ms per article
# (>= 50 articles/CPU-s). By default the model sees the title and the lead:
# news puts its main actors there, and the knowledge base finds the known
# actors everywhere else. Callers add sentences with ``add_entities``.
LEAD_SENTENCES = 6


def lead_selector(sents: list[Sentence], lead: int = LEAD_SENTENCES) -> Callable[[Sentence], bool]:
    """Title sentences plus the first ``lead`` body sentences that may hold a name."""
    chosen, n = set(), 0
    for s in sents:
        if s.block == "title" and has_name_candidate(s):
            chosen.add(s.start)
        elif s.block == "body" and n < lead and has_name_candidate(s):
            chosen.add(s.start)
            n += 1
    return lambda s: s.start in chosen


def _selector(ner: NerChoice, sents: list[Sentence]) -> Callable[[Sentence], bool] | None:
    if ner == "all":
        return None
    if ner == "names":
        return has_name_candidate
    if callable(ner):
        return ner
    return lead_selector(sents)


def analyze(article: Article, ner: NerChoice = True) -> Analysis:
    """Sentences (never crossing blocks) with tokens, and PER/ORG/LOC entities.

    ``ner``: True = the model on the title and the first LEAD_SENTENCES body
    sentences that may hold a name (fast default); "names" = every sentence
    that may hold a name (a capitalised word after the first one); "all" =
    every sentence; False = no entities; or a function Sentence -> bool."""
    lang = _lang(article)
    sents = sentences(article, lang)
    analysis = Analysis(sentences=sents, language=article.language or lang)
    if ner is not False:
        add_entities(analysis, sents, select=_selector(ner, sents), lang=lang)
    return analysis


def add_entities(
    analysis: Analysis,
    sents: Iterable[Sentence],
    select: Callable[[Sentence], bool] | None = None,
    lang: str | None = None,
) -> list[Entity]:
    """Tag ``sents`` (skipping ones already tagged) and merge into ``analysis.entities``."""
    lang = lang or ("en" if (analysis.language or "").startswith("en") else "id")
    done = {(e.start, e.end) for e in analysis.entities}
    # a sentence tagged once is marked, so a second call does not pay twice
    todo = [s for s in sents if not getattr(s, "_ner_done", False)]
    if lang == "en" or not model_available():
        from peristiwa.nlp.rules import capitalised_spans

        new = [e for s in todo if select is None or select(s) for e in capitalised_spans(s, lang)]
    else:
        new = tag_sentences(todo, select=select)
    for s in todo:
        if select is None or select(s):
            object.__setattr__(s, "_ner_done", True)
    new = [e for e in new if (e.start, e.end) not in done]
    analysis.entities.extend(new)
    analysis.entities.sort(key=lambda e: e.start)
    return new
