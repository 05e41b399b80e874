"""The cleaner on hand-written page dumps (tests/data/clean/pages, see its README):
menu and reporter lines next to the headline, and leads with no dateline that end
in a full date next to captions that end the same way.

Each page's expectations (tests/data/clean/expected.json) are what a reader takes
from it; the rules under test are general (cue words in data/clean/cues.yaml)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peristiwa.clean import clean
from peristiwa.model import Document

HERE = Path(__file__).parent / "data" / "clean"
EXPECTED = {k: v for k, v in json.loads((HERE / "expected.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}


def _clean(name: str):
    path = HERE / "pages" / name
    return clean(Document(source=str(path), kind="text", content=path.read_bytes()))


def test_every_fixture_page_has_expectations():
    assert sorted(p.name for p in (HERE / "pages").glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_title_date_and_dateline(name):
    want, a = EXPECTED[name], _clean(name)
    assert a.title == want["title"]
    if want["published"] is None:  # the page gives no day (none at all, or only "3 jam lalu")
        assert a.published is None, a.published
    else:
        assert a.published is not None and a.published.date().isoformat() == want["published"]
    if want["dateline"] is None:
        assert a.dateline is None
    else:
        assert a.dateline is not None
        assert (a.dateline.place, a.dateline.agency) == (want["dateline"]["place"], want["dateline"]["agency"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_lead_captions_and_no_furniture(name):
    want, a = EXPECTED[name], _clean(name)
    assert a.paragraphs[0].startswith(want["lead"]), a.paragraphs[0][:80]
    assert len(a.captions) == len(want["captions"]), a.captions
    for got, opening in zip(a.captions, want["captions"]):
        assert got.startswith(opening)
    for text in want["absent"]:
        assert text not in a.text, text
    for text in want.get("present", ()):  # article text further down (later pages, after ads)
        assert text in a.text, text
