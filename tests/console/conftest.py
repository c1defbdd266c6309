"""A desk: a deployment with the minimal source published, kiosk-server with an administrator, and the
desk console served on 127.0.0.1 over a copy of the source."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from argon2 import PasswordHasher

from admin.console.app import create_console
from server.accounts import Accounts, Role
from server.db import SERVER_DB, ServerDB
from tests.testkit.appthread import AppThread
from tests.testkit.serve import Deployment, ServerThread, new_deployment

FIXTURE = Path(__file__).resolve().parent.parent / "content" / "fixtures" / "minimal"
PASSWORD = "correct horse battery"
CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@dataclass
class Desk:
    source: Path
    deployment: Deployment
    server: ServerThread
    console: AppThread
    db: ServerDB

    @property
    def url(self) -> str:
        return self.console.url

    def login(self, name: str = "ada") -> tuple[requests.Session, str]:
        """A logged-in HTTP session on the console and its CSRF token."""
        s = requests.Session()
        r = s.post(self.url + "/login", data={"username": name, "password": PASSWORD}, timeout=30)
        assert r.status_code == 200, r.text[:500]
        assert "Log out" in r.text, r.text[:500]
        return s, csrf_of(r.text)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token on the page"
    return found.group(1)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    source = tmp_path / "source"
    shutil.copytree(FIXTURE, source)
    deployment = new_deployment(tmp_path / "deploy")
    deployment.publish_source(source)
    server = ServerThread(deployment.root).start()
    db = ServerDB(deployment.root / SERVER_DB)
    Accounts(db, hasher=CHEAP).create("ada", PASSWORD, Role.ADMINISTRATOR, actor="test")
    Accounts(db, hasher=CHEAP).create("vik", PASSWORD, Role.FLEET_VIEWER, actor="test")
    console = AppThread(create_console(source, deployment.root, server.url)).start()
    yield Desk(source, deployment, server, console, db)
    console.stop()
    server.stop()
    db.close()
