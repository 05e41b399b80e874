"""The article container of an HTML page, so trafilatura walks a small subtree.

trafilatura's cost grows with the tree (its cleaning, XPath rules, readability
comparison, baseline); on news pages the article is a few dozen of ~1000
elements. The container is found by text mass, not by site rules:

1. running text = text nodes of >= ``min_text_chars`` outside links, each
   credited to its block element and all that element's ancestors;
2. the core = walking down from <body>, the deepest element still holding
   ``share`` of the page's running text (a sidebar or comment block with a lot
   of text stops the descent early: a bigger container, never a lost article);
3. widened to the nearest ancestor within ``max_climb`` levels whose tag or
   class/id says "article" (``data/clean/container.yaml``), else the core's
   parent, so loose lead text beside the paragraphs stays in.

Callers fall back to the whole page when this returns None or when the
extraction keeps too little of the container's text (``Container.mass``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from peristiwa.clean.data import container_rules

_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")


@dataclass(frozen=True)
class Container:
    element: object  # lxml.html.HtmlElement inside the page tree
    mass: int  # running text (characters) inside it
    page_mass: int  # running text on the whole page


_BODY_TEXT = etree.XPath("//body//text()")


def _running_text(tree, min_chars: int, skip: frozenset[str]) -> dict:
    """block element -> characters of running text directly inside it."""
    own: dict = {}
    # XPath does the walk in C; only text nodes become Python objects.
    for t in _BODY_TEXT(tree):
        n = len(t.strip())
        if not n:
            continue
        el = t.getparent()
        if t.is_tail:  # "<b>Jakarta</b> - kata ..." belongs to the <b>'s parent
            el = el.getparent()
        if el is not None:
            own[el] = own.get(el, 0) + n
    # Links and what trafilatura discards anyway (asides, nav, figures) are no
    # running text; checked on the few long blocks only, not on every text node.
    return {
        el: n for el, n in own.items()
        if n >= min_chars and el.tag not in skip and not any(a.tag in skip for a in el.iterancestors())
    }


def _names_article(el, cues: tuple[str, ...], tags: frozenset[str]) -> bool:
    if el.tag in tags:
        return True
    label = f"{el.get('class') or ''} {el.get('id') or ''}"
    # a cue opens or closes a word ("articleBody", "dtlnews"), never sits inside one ("visible")
    words = [w.lower() for w in _WORD_SPLIT.split(label) if w]
    return any(w.startswith(c) or w.endswith(c) for w in words for c in cues)


def find(tree) -> Container | None:
    """The article container of a parsed page, or None when unsure."""
    rules = container_rules()
    mass: dict = {}
    total = 0
    for el, n in _running_text(tree, rules.min_text_chars, frozenset(rules.skip_tags)).items():
        total += n
        mass[el] = mass.get(el, 0) + n
        for anc in el.iterancestors():
            mass[anc] = mass.get(anc, 0) + n
    if total < rules.min_total_chars:
        return None
    body = tree.find("body")
    node = body if body is not None else tree
    while True:
        best = max((c for c in node if c in mass), key=mass.__getitem__, default=None)
        if best is None or mass[best] < rules.share * total:
            break
        node = best
    if node is body or node is tree:
        return None  # nothing narrower than the page
    chosen = node.getparent()
    for i, anc in enumerate((node, *node.iterancestors())):
        if i > rules.max_climb or anc is body or anc.tag in ("body", "html"):
            break
        if _names_article(anc, rules.cues, rules.tags):
            chosen = anc
            break
    if chosen is None or chosen is body or chosen.tag in ("body", "html"):
        return None
    return Container(chosen, mass.get(chosen, 0), total)
