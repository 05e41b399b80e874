"""Clean: Document -> Article. (Placeholder: paragraphs only.)"""

from __future__ import annotations

from peristiwa.errors import CleanError
from peristiwa.model import Article, Block, Document


def clean(doc: Document) -> Article:
    text = doc.text if doc.text is not None else (doc.content or b"").decode("utf-8", "replace")
    paras = [p.strip() for p in text.splitlines() if p.strip()]
    if not paras:
        raise CleanError(f"{doc.source}: empty document")
    out, blocks, pos = [], [], 0
    for i, p in enumerate(paras):
        blocks.append(Block("title" if i == 0 else "body", pos, pos + len(p)))
        out.append(p)
        pos += len(p) + 2
    return Article(source=doc.source, text="\n\n".join(out), blocks=blocks, title=paras[0], url=doc.url)
