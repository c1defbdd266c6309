"""Every destination the sample registry recruits for has a complete guide: its own emergency numbers
(112 is not the police everywhere) and a pre-boarding checklist, in every language."""

from __future__ import annotations

from pathlib import Path

import pytest

from content.bundle import render_targets
from content.bundle_read import parse_json
from content.loader import load_source
from content.model import LANGUAGES
from content.validate import validate

SAMPLE = Path(__file__).resolve().parents[2] / "content" / "sample"


@pytest.fixture(scope="module")
def guides() -> dict[str, dict]:
    source = load_source(SAMPLE)
    assert validate(source) == []
    files = render_targets(source)
    return {name[len("guides/"):-5]: parse_json(name, data) for name, data in files.items()
            if name.startswith("guides/")}


def test_every_recruiting_destination_has_a_guide(guides: dict[str, dict]) -> None:
    recruited = {c for agency in load_source(SAMPLE).agencies for c in agency.countries}
    assert {"pl", "lt", "lv", "ae", "sa"} <= recruited
    assert recruited - set(guides) == set()


def test_every_guide_has_emergency_numbers_and_a_checklist(guides: dict[str, dict]) -> None:
    for country, guide in guides.items():
        for lang in LANGUAGES:
            text = guide["texts"][lang]
            assert "**" in text["emergency"], (country, lang)  # at least one number, in bold
            assert text["checklist"].count("\n- ") >= 4, (country, lang)


@pytest.mark.parametrize(("country", "police", "not_police_112"), [
    ("de", "110", True), ("jp", "110", True), ("kr", "112", False), ("ae", "999", True), ("sa", "911", False),
    ("gb", "999", False), ("pl", "112", False),
])
def test_the_police_number_is_the_destination_s_own(guides: dict[str, dict], country: str, police: str,
                                                    not_police_112: bool) -> None:
    text = guides[country]["texts"]["en"]["emergency"]
    assert f"**{police}**" in text
    assert ("112 is not the police number" in text) is not_police_112
