"""Actors: recognise and resolve political actors against the knowledge base. (Placeholder.)"""

from peristiwa.model import Actor, Analysis, Article


def link(article: Article, analysis: Analysis | None) -> list[Actor]:
    return []
