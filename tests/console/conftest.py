"""A desk: a deployment with the minimal source published, kiosk-server with an administrator, and the
desk console served on 127.0.0.1 over a copy of the source; `console`: that console in a real browser."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from argon2 import PasswordHasher
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from admin.console.app import create_console
from server.accounts import Accounts, Role
from server.db import SERVER_DB, ServerDB
from tests.testkit.appthread import AppThread
from tests.testkit.browser import describe, serious
from tests.testkit.serve import Deployment, ServerThread, new_deployment
from tests.testkit.staff import NEVER  # what no refusal may show

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


def digest(folder: Path) -> str:
    """One hash of every file below `folder` with its path: equal before and after means nothing changed."""
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return h.hexdigest()


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


@dataclass
class ConsoleBrowser:
    """A real headless Chromium on the desk console, with the steps every console browser test takes:
    log in, wait for a text, screenshot and axe-check a page, type into a language's box."""

    browser: Any
    desk: Desk
    shots: Path  # KIOSK_SCREENSHOTS=DIR keeps the screenshots; else a folder of the test's own

    @property
    def driver(self) -> Any:
        return self.browser.driver

    def login(self, name: str = "ada", *, shows: str = "Log out") -> None:
        self.browser.open(self.desk.url + "/login")
        self.driver.find_element(By.ID, "username").send_keys(name)
        self.driver.find_element(By.ID, "password").send_keys(PASSWORD)
        self.driver.find_element(By.CSS_SELECTOR, "form.narrow button").click()
        self.see(shows)

    def see(self, text: str) -> None:
        """Wait until the page (after a click's navigation) shows `text`."""

        def shown(driver: object) -> bool:
            try:
                return text in self.browser.text()
            except WebDriverException:  # the page was replaced while being read: look again
                return False

        WebDriverWait(self.driver, 180).until(shown, message=f"never saw {text!r}")

    def shot(self, name: str) -> None:
        """Screenshot the page as `console-<name>.png` and fail on any serious axe finding."""
        self.browser.screenshot(self.shots / f"console-{name}.png")
        bad = serious(self.browser.axe())
        assert not bad, f"{name}:\n{describe(bad)}"

    def upload_refused(self, page: str, file: Path) -> None:
        """Upload `file` from `page`'s file field, as an officer does, and wait for the refusal."""
        self.browser.open(self.desk.url + page)
        self.driver.find_element(By.NAME, "file").send_keys(str(file))
        self.driver.find_element(By.ID, "upload").click()
        self.see("The file was not accepted")

    def no_traceback(self) -> None:
        """The page shows no traceback or server error, whatever was sent."""
        text = self.browser.text()
        assert not any(word in text for word in NEVER), text[:2000]

    def overflowing(self) -> list[str]:
        """The boxes (cards, notes, errors) whose text runs out of them, by their first words."""
        return list(self.driver.execute_script(
            "return [...document.querySelectorAll('main .card, main .error, main .note')]"
            ".filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText.slice(0, 60));"))

    def type_into(self, box_id: str, name: str, text: str) -> None:
        """Type `text` (one key at a time, as a person does) into field `name` of the box `box_id`,
        ticking the box's "edit" first when it is a language's."""
        box = self.driver.find_element(By.ID, box_id)
        if box_id.startswith("lang-"):
            tick = box.find_element(By.NAME, f"{box_id[5:]}.edit")
            if not tick.is_selected():
                tick.click()
        field = box.find_element(By.NAME, name)
        field.clear()
        for ch in text:
            field.send_keys(ch)


@pytest.fixture
def console(browser: Any, desk: Desk, tmp_path: Path) -> ConsoleBrowser:
    """The desk console in a real browser, not yet logged in."""
    kept = os.environ.get("KIOSK_SCREENSHOTS")
    return ConsoleBrowser(browser, desk, Path(kept) if kept else tmp_path / "shots")
