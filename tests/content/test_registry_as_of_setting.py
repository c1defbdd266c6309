"""`registry_as_of: build-day` in bundle.yaml: the sample's fictional registry is as current as the day its
bundle is built (the kiosk's first start, a publication), so the walkthrough does not go stale a week after
the sample was written; real content always takes the date from its registry (the newest issued / status
changed date), and a source that is not sample cannot declare otherwise."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from content.bundle import build_bundle, load_bundle
from content.errors import ContentError
from content.loader import load_source
from content.validate import validate

SAMPLE = Path(__file__).resolve().parents[2] / "content" / "sample"


def _settings(source_dir: Path, text: str) -> None:
    (source_dir / "bundle.yaml").write_text(text, encoding="utf-8")


def test_the_sample_registry_is_as_of_the_day_its_bundle_is_built(tmp_path: Path) -> None:
    source = load_source(SAMPLE)
    manifest = build_bundle(source, tmp_path / "b", publishing_on=date(2027, 6, 1))
    assert manifest.registry_as_of == "2027-06-01"
    assert load_bundle(tmp_path / "b").manifest["registry_as_of"] == "2027-06-01"


def test_without_a_publication_day_the_build_day_is_today(tmp_path: Path) -> None:
    before = date.today().isoformat()
    manifest = build_bundle(load_source(SAMPLE), tmp_path / "b")  # the kiosk's first start
    assert manifest.registry_as_of in {before, date.today().isoformat()}


def test_content_that_declares_nothing_keeps_the_registrys_own_date(tmp_path: Path, source_dir: Path) -> None:
    manifest = build_bundle(load_source(source_dir), tmp_path / "b", publishing_on=date(2027, 6, 1))
    assert manifest.registry_as_of == "2026-11-20"  # newest issued_on / status_changed_on


def test_real_content_cannot_declare_build_day(tmp_path: Path, source_dir: Path) -> None:
    _settings(source_dir, "sample: false\nlanguages: [uz-Latn, uz-Cyrl, ru, en]\nregistry_as_of: build-day\n")
    problems = [str(p) for p in validate(load_source(source_dir))]
    assert problems == ["bundle.yaml:3: registry_as_of: build-day is for sample content only (sample: true); "
                        "real content takes its date from the registry"]
    with pytest.raises(ContentError):
        build_bundle(load_source(source_dir), tmp_path / "b")
    assert not (tmp_path / "b").exists()


def test_an_unknown_registry_as_of_value_is_one_line(source_dir: Path) -> None:
    _settings(source_dir, "sample: true\nlanguages: [uz-Latn, uz-Cyrl, ru, en]\nregistry_as_of: 2026-12-01\n")
    problems = [str(p) for p in validate(load_source(source_dir))]
    assert len(problems) == 1
    assert problems[0].startswith("bundle.yaml:3: ")
    assert "build-day" in problems[0]
