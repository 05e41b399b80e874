"""The article container of an HTML page, so trafilatura walks a small subtree.

trafilatura's cost grows with the tree (its cleaning, XPath rules, readability
comparison, baseline); on news pages the article is a few dozen of ~1000
elements. The container is found by text mass, not by site rules:

1. running text = text of >= ``min_text_chars`` directly inside one element,
   outside links and outside what trafilatura discards anyway (asides, nav,
   figures, comment/sidebar/related blocks named in ``container.yaml``);
   it is credited to that element and all its ancestors;
2. the core = walking down from <body>, the deepest element still holding
   ``share`` of the page's running text (a sidebar or comment block with a lot
   of text stops the descent early: a bigger container, never a lost article);
3. widened to the nearest ancestor within ``max_climb`` levels whose tag or
   class/id says "article", else the core's parent; then one level more when
   that adds a little running text (a lead beside the body element).

Callers fall back to the whole page when this returns None or when the
extraction keeps too little of the container's text (``Container.mass``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from peristiwa.clean.data import ContainerRules, container_rules

_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_BODY_TEXT = etree.XPath("//body//text()[normalize-space()]")  # blank ones filtered in C


@dataclass(frozen=True)
class Container:
    element: object  # lxml.html.HtmlElement inside the page tree
    mass: int  # running text (characters) inside it
    page_mass: int  # running text on the whole page


def _label_words(el) -> list[str]:
    label = f"{el.get('class') or ''} {el.get('id') or ''}"
    return [w.lower() for w in _WORD_SPLIT.split(label) if w]


def _named(words: list[str], cues: tuple[str, ...]) -> bool:
    # a cue opens or closes a word ("articleBody", "dtlnews"), never sits inside one ("visible")
    return any(w.startswith(c) or w.endswith(c) for w in words for c in cues)


class _Skipped:
    """Is an element (or an ancestor) something trafilatura drops anyway?
    Memoised: the long blocks of a page share most of their ancestors."""

    def __init__(self, rules: ContainerRules):
        self.tags = frozenset(rules.skip_tags)
        self.words = rules.skip_class_words
        self.quick = re.compile("|".join(map(re.escape, self.words)), re.IGNORECASE) if self.words else None
        self.memo: dict = {}

    def own(self, el) -> bool:
        if el.tag in self.tags:
            return True
        if self.quick is None:
            return False
        label = f"{el.get('class') or ''} {el.get('id') or ''}"
        return bool(self.quick.search(label)) and _named(_label_words(el), self.words)

    def __call__(self, el) -> bool:
        path = []
        node = el
        while node is not None and node not in self.memo:
            path.append(node)
            node = node.getparent()
        verdict = self.memo[node] if node is not None else False
        for n in reversed(path):  # top-down: below a skipped element all is skipped
            verdict = verdict or self.own(n)
            self.memo[n] = verdict
        return verdict


def _running_text(tree, rules: ContainerRules) -> dict:
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
    skipped = _Skipped(rules)
    # checked on the few long blocks only, not on every text node
    return {el: n for el, n in own.items() if n >= rules.min_text_chars and not skipped(el)}


def _is_page(el, body) -> bool:
    return el is None or el is body or el.tag in ("body", "html")


def find(tree) -> Container | None:
    """The article container of a parsed page, or None when unsure."""
    rules = container_rules()
    mass: dict = {}
    total = 0
    for el, n in _running_text(tree, rules).items():
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
    if _is_page(node, body):
        return None  # nothing narrower than the page
    chosen = node if _is_page(node.getparent(), body) else node.getparent()
    for i, anc in enumerate((node, *node.iterancestors())):
        if i > rules.max_climb or _is_page(anc, body):
            break
        if anc.tag in rules.tags or _named(_label_words(anc), rules.cues):
            chosen = anc
            break
    # One more level when it adds some but little running text: a lead kept
    # beside a cue-named body element stays in; a sidebar's text stops it, and
    # a wrapper adding none is not worth walking.
    if not _is_page(chosen, body):
        parent = chosen.getparent()
        extra = mass.get(parent, 0) - mass.get(chosen, 0)
        if not _is_page(parent, body) and 0 < extra <= rules.margin_share * mass.get(chosen, 0):
            chosen = parent
    if _is_page(chosen, body):
        return None
    return Container(chosen, mass.get(chosen, 0), total)
