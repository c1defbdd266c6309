"""A real kiosk on the real sample content, in an offscreen window, for tapping through."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.app.bootstrap import ensure_content
from kiosk.app.compose import Kiosk, build_kiosk, configure_application
from kiosk.app.config import load_config
from tests.ui.helpers import shut_down


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """content.db built once per run from content/sample through the real build and apply path."""
    folder = tmp_path_factory.mktemp("sample-content")
    assert ensure_content(folder)
    return folder / "content.db"


@pytest.fixture
def kiosk(qtbot: object, qapp: QApplication, tmp_path: Path, sample_db: Path) -> Iterator[Kiosk]:
    shutil.copy(sample_db, tmp_path / "content.db")
    configure_application(qapp)
    k = build_kiosk(load_config(tmp_path))
    qtbot.addWidget(k.window)  # type: ignore[attr-defined]
    k.window.setFixedSize(1920, 1080)
    k.window.show()
    assert QTest.qWaitForWindowActive(k.window, 5000)  # keyboard focus needs an active window
    yield k
    shut_down(k)
