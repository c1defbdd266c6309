"""Shared fixtures: every test runs Qt offscreen with the bundled fonts and a fresh data directory."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def _chromium():
    """One headless Chromium for the whole run (a cold start costs about a second)."""
    from tests.testkit import browser as kit

    reason = kit.unavailable()
    if reason:
        pytest.skip(reason)
    with kit.Browser() as shared:
        yield shared


@pytest.fixture
def browser(_chromium):
    """A real headless Chromium at 360x800 (tests/testkit/browser.py); skipped with the reason if absent."""
    from tests.testkit.browser import PHONE

    _chromium.resize(PHONE)
    _chromium.driver.delete_all_cookies()
    yield _chromium
