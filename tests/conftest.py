"""Shared fixtures. Tests that read ../shared skip only when it is absent,
and never skip when PERISTIWA_REQUIRE_SHARED=1 (CI)."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        if os.environ.get("PERISTIWA_REQUIRE_SHARED") == "1":
            pytest.fail(f"PERISTIWA_REQUIRE_SHARED=1 but {SHARED} is missing")
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def example_pages(shared) -> list[Path]:
    return sorted((shared / "examples" / "pages").glob("*.txt"))
