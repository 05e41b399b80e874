"""peristiwa: political event data from Indonesian (and English) news pages."""

import os
from importlib.metadata import PackageNotFoundError, version

# The NER model's matrix products go through numpy/OpenBLAS. On small per-
# sentence matrices OpenBLAS worker threads only busy-wait, which costs more
# CPU than it saves (measured: 12.9 s vs 41.3 s user time for the same work).
# One BLAS thread per process; scale out with processes (Dask) instead. Only
# effective when numpy is not imported yet, and a user's own setting wins.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

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
