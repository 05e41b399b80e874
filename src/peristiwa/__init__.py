"""peristiwa: political event data from Indonesian (and English) news pages."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("peristiwa")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"

from peristiwa.model import (  # noqa: E402
    Actor,
    Analysis,
    Article,
    Document,
    Event,
    Evidence,
    Location,
    Record,
    Result,
)
from peristiwa.pipeline import Pipeline, extract  # noqa: E402


def __getattr__(name):
    # The store pulls in SQLAlchemy; load it only when asked for.
    if name == "Store":
        from peristiwa.store import Store

        return Store
    raise AttributeError(name)


__all__ = [
    "Actor", "Analysis", "Article", "Document", "Event", "Evidence", "Location",
    "Record", "Result", "Pipeline", "extract", "Store", "__version__",
]
