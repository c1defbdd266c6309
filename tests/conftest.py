"""Shared fixtures: every test runs Qt offscreen with the bundled fonts and a fresh data directory."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
