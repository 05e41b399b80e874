"""Events: PLOVER/CAMEO event coding. (Placeholder.)"""

from peristiwa.model import Actor, Analysis, Article, Event


def code(article: Article, analysis: Analysis | None, actors: list[Actor]) -> list[Event]:
    return []
