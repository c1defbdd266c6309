"""Fixtures for the content package: a private copy of the minimal source tree, and bundles built from it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from content.bundle import build_bundle
from content.loader import load_source

FIXTURE = Path(__file__).parent / "fixtures" / "minimal"


@pytest.fixture
def source_dir(tmp_path: Path) -> Path:
    """A copy of the minimal valid source tree that the test may break."""
    target = tmp_path / "src"
    shutil.copytree(FIXTURE, target)
    return target


@pytest.fixture(scope="session")
def built_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture built once per session; never modify it, copy it (see `bundle_dir`)."""
    out = tmp_path_factory.mktemp("built") / "bundle"
    build_bundle(load_source(FIXTURE), out)
    return out


@pytest.fixture
def bundle_dir(tmp_path: Path, built_bundle: Path) -> Path:
    """A copy of the built fixture bundle that the test may tamper with."""
    target = tmp_path / "bundle"
    shutil.copytree(built_bundle, target)
    return target
