"""Fixtures for kiosk-server tests: a deployment with the minimal content published, served on 127.0.0.1
with its database on SQLite and on PostgreSQL (the `database_url` fixture runs each test on both)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from server.db import ServerDB
from tests.testkit.serve import Deployment, ServerThread, new_deployment

FIXTURE = Path(__file__).resolve().parent.parent / "content" / "fixtures" / "minimal"


@pytest.fixture
def deployment(tmp_path: Path) -> Deployment:
    dep = new_deployment(tmp_path / "deploy")
    dep.publish_source(FIXTURE)
    return dep


@pytest.fixture
def db(database_url: str) -> Iterator[ServerDB]:
    server_db = ServerDB(database_url)
    yield server_db
    server_db.close()


@pytest.fixture
def server(deployment: Deployment, database_url: str) -> Iterator[ServerThread]:
    srv = ServerThread(deployment.root, database=database_url).start()
    yield srv
    srv.stop()
