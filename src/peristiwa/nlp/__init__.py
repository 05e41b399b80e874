"""NLP: sentences, tokens and named entities. (Placeholder.)"""

from peristiwa.model import Analysis, Article


def analyze(article: Article) -> Analysis:
    return Analysis(language=article.language)
