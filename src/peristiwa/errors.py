"""Errors that name the document and the reason. One bad page never stops a batch."""


class PeristiwaError(Exception):
    """Base class: a problem we can explain to the user without a traceback."""


class IngestError(PeristiwaError):
    """Reading the input failed (unreadable, too big, binary, bad record)."""


class CleanError(PeristiwaError):
    """The page was read but holds no usable article (e.g. HTML with no text)."""


class DataError(PeristiwaError):
    """A data file (lexicon, knowledge base) failed validation: names file and entry."""


class StoreError(PeristiwaError):
    """The database cannot be used (corrupt, foreign, newer schema, unreachable)."""
