"""The real kiosk (shared with the UI tests), locked down for the length of one test."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.app.compose import Kiosk
from kiosk.shell.lockdown import Lockdown, install_lockdown
from tests.ui.conftest import kiosk, sample_db  # noqa: F401  (fixtures: the real kiosk on sample content)


@pytest.fixture
def locked(kiosk: Kiosk, qapp: QApplication) -> Iterator[Lockdown]:  # noqa: F811
    """The kiosk window full screen, frameless, on top, with the application-wide lockdown installed."""
    lockdown = install_lockdown(qapp, kiosk.window, logging.getLogger("kiosk.shell.lockdown"))
    yield lockdown
    lockdown.lift()  # URL handlers and the event filter are process-wide: never leak into other tests
