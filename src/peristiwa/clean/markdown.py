"""Page dumps written as Markdown (reader services such as r.jina.ai, firecrawl, html2text
with links): turned into the plain lines the classifier reads.

  - the reader's header fields: "Title: X" -> "X", "URL Source: X" -> "URL: X",
    "Published Time: X" -> "Published: X"; "Markdown Content:" is dropped;
  - images ``![alt](url)`` are dropped, links ``[text](url)`` keep their text
    (a paragraph citing a link no longer ends in a URL);
  - emphasis ``**KUDUS**`` and heading marks ``## `` are removed; ``*   item`` bullets become "• item".

Only dumps that look like Markdown are touched (a link ``](http``, a heading line, or the
reader's "Markdown Content:" field), so a plain dump is returned as it is.
"""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\]]*)\]\((?:https?://|/|#)[^)\s]*(?:\s+\"[^\"]*\")?\)")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_BULLET = re.compile(r"^[ \t]*[*+]\s{1,4}(?=\S)", re.MULTILINE)
_FIELDS = (  # a reader service's header lines: (its label, what the classifier reads)
    (re.compile(r"^Title:\s*", re.MULTILINE), ""),
    (re.compile(r"^URL Source:\s*", re.MULTILINE), "URL: "),
    (re.compile(r"^Published Time:\s*", re.MULTILINE), "Published: "),
    (re.compile(r"^Markdown Content:\s*$", re.MULTILINE), ""),
)


def looks_markdown(text: str) -> bool:
    head = text[:20000]
    if "](http" in head or "Markdown Content:" in head:
        return True
    return ("\n#" in head or head.startswith("#")) and _HEADING.search(head) is not None


def to_plain(text: str) -> str:
    """The dump with Markdown syntax removed (see the module docstring); plain dumps unchanged."""
    if not looks_markdown(text):
        return text
    if "Markdown Content:" in text[:3000]:
        for pat, repl in _FIELDS:
            text = pat.sub(repl, text, count=1)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _HEADING.sub("", text)
    return _BULLET.sub("• ", text)
