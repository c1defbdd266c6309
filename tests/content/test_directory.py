"""Centres, offices and platform services in the content sources: every mistake an editor can make is one
`file:line: message`, and the sample directory is complete."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from content.validate import check_source

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "minimal"
SAMPLE = Path(__file__).resolve().parents[2] / "content" / "sample"
TEXTS = """  name: {uz-Latn: "Idora", uz-Cyrl: "Идора", ru: "Офис", en: "Office"}
  address: {uz-Latn: "Manzil", uz-Cyrl: "Манзил", ru: "Адрес", en: "Address"}
  hours: {uz-Latn: "9-18", uz-Cyrl: "9-18", ru: "9-18", en: "9-18"}
  does: {uz-Latn: "Yordam", uz-Cyrl: "Ёрдам", ru: "Помощь", en: "Help"}
"""
GOOD = """- id: office-a
  kind: regional_office
  order: 10
  region: samarkand
  country: uz
  phone: "+998 00 000 00 00"
  geo: "39.65,66.96"
  sample: true
""" + TEXTS


def _check(tmp_path: Path, offices: str) -> list[str]:
    root = tmp_path / "src"
    shutil.copytree(FIXTURE, root)
    (root / "offices.yaml").write_text(offices, encoding="utf-8")
    _, problems = check_source(root)
    return [str(p) for p in problems]


def test_a_good_office_passes(tmp_path: Path) -> None:
    assert _check(tmp_path, GOOD) == []


@pytest.mark.parametrize(("change", "message"), [
    (("region: samarkand", "region: mars"), "offices.yaml:4: an office at home needs a region"),
    (('geo: "39.65,66.96"', 'geo: "139.65,66.96"'), "offices.yaml:7: geo '139.65,66.96' must be"),
    (('phone: "+998 00 000 00 00"', 'phone: "+998 90 123 45 67"'),
     "offices.yaml:6: sample content must use a placeholder phone number"),
    (("country: uz", "country: xx"), "offices.yaml:5: unknown country code 'xx'"),
    (("kind: regional_office", "kind: mobile_visa"), "offices.yaml:2: a mobile visa centre needs open_from"),
    (("kind: regional_office", "kind: embassy"), "offices.yaml:2: unknown kind 'embassy'"),
])
def test_each_mistake_names_its_line(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    problems = _check(tmp_path, GOOD.replace(*change))
    assert any(p.startswith(message) for p in problems), problems


def test_sample_directory_has_every_kind_and_the_two_centres() -> None:
    source, problems = check_source(SAMPLE)
    assert problems == []
    assert {o.kind for o in source.offices} == {"regional_office", "centre", "language_school", "mobile_visa",
                                                "abroad"}
    assert {"uchtepa-centre", "termez-centre"} <= {o.id for o in source.offices}
    assert {s.answered_by for s in source.services} == {"kiosk", "platform"}
