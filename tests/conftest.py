"""Shared fixtures: every test runs Qt offscreen with the bundled fonts and a fresh data directory."""

from __future__ import annotations

import os

# Qt's offscreen screen is 800x800 unless told otherwise; the kiosk's windows are 1920 wide or tall. A tap
# on a page that scrolls is held back by QScroller, which then finds its target by the screen position
# (QApplication.widgetAt): off an 800-pixel screen it finds none and the tap is lost, which never happens
# on the kiosk's own full-size screen. So the tests' screen is as large as either orientation.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = os.path.join(os.path.dirname(os.path.abspath(__file__)), "offscreen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.testkit.postgres import PostgresCluster, find_bin_dir  # noqa: E402


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


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """One throw-away PostgreSQL cluster for the whole run, started only if a test asks for it."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL binaries not installed (Debian package `postgresql`; "
                    "scripts/setup.sh installs it)")
    cluster = PostgresCluster(bin_dir).start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The server's database, once on an SQLite file and once on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return cluster.new_database()
