"""The operator pages' tables in a real headless Chromium on a 360 px phone and a 1280 px desk: a kiosk's
"Revoke all tokens" is on the screen without scrolling the table sideways (the rows stack below 40rem and
stay a table for screen readers), and no ISO date or kiosk id is broken at its hyphens ("2026-12-" over
"03", "kiosk-tas-" over "01") while the page itself never gets wider than the phone. Screenshots at both
widths (KIOSK_SCREENSHOTS=DIR keeps them), axe-checked."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from server.accounts import Accounts, Role
from server.db import ServerDB
from tests.server.test_server_operators import CHEAP, PASSWORD
from tests.testkit.browser import Browser, describe, serious
from tests.testkit.serve import ServerThread

PHONE, DESKTOP = (360, 800), (1280, 800)
KIOSKS = ("kiosk-tas-01", "kiosk-samarkand-02", "kiosk-nukus-airport-03")
# What must read as one piece: an ISO date, and a kiosk id as enrolled here.
TOKENS = r"\d{4}-\d{2}-\d{2}|kiosk(-[a-z0-9]+)+"
PAGES = ("/operator/", "/operator/kiosks", "/operator/accounts", "/operator/audit")


@pytest.fixture
def database_url(tmp_path: Path) -> str:  # the browser run needs one engine; the API tests cover both
    return f"sqlite:///{tmp_path / 'server.db'}"


@pytest.fixture
def logged_in(browser: Browser, server: ServerThread, database_url: str) -> Browser:
    """An administrator logged in on the operator pages of a fleet of three kiosks, one revoked."""
    db = ServerDB(database_url)
    Accounts(db, hasher=CHEAP).create("ada", PASSWORD, Role.ADMINISTRATOR, actor="test")
    for kiosk in KIOSKS:
        db.enrol(kiosk)
        db.store_event(kiosk, str(uuid.uuid4()), {
            "kind": "heartbeat", "created_at": "2026-12-01T08:00:00+00:00",
            "payload": {"content_version": "2026.12.01-3", "outbox_depth": 0, "app_version": "0.1.0"}})
    db.revoke(KIOSKS[1])
    db.close()
    browser.resize(DESKTOP)
    browser.open(server.url + "/operator/login")
    browser.driver.find_element("id", "username").send_keys("ada")
    browser.driver.find_element("id", "password").send_keys(PASSWORD)
    browser.driver.find_element("css selector", "form.narrow button").click()
    browser.wait_until(lambda: "Log out" in browser.text())
    return browser


def _shot(browser: Browser, tmp_path: Path, name: str) -> None:
    kept = os.environ.get("KIOSK_SCREENSHOTS")
    browser.screenshot((Path(kept) if kept else tmp_path / "shots") / f"operator-{name}.png")
    bad = serious(browser.axe())
    assert not bad, f"{name}:\n{describe(bad)}"


# The buttons in the tables that are not wholly inside the window and inside their table's scroll box as it
# is shown (scrolled to its start: axe scrolls boxes to reach what it checks), by their row's heading.
_OUT_OF_SIGHT = """
const view = document.documentElement.clientWidth;
document.querySelectorAll(".scroll").forEach(box => { box.scrollLeft = 0; });
return [...document.querySelectorAll("main table button")].filter(button => {
  const r = button.getBoundingClientRect();
  const box = button.closest(".scroll").getBoundingClientRect();
  return r.left < Math.max(0, box.left) || r.right > Math.min(view, box.right) || r.width === 0;
}).map(button => button.closest("tr").querySelector("th").innerText);
"""


def _roles(browser: Browser) -> dict[str, int]:
    """How many nodes of each table role Chromium's accessibility tree has: what a screen reader gets."""
    tree = browser.driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})
    counts: dict[str, int] = {}
    for node in tree["nodes"]:
        role = node.get("role", {}).get("value")
        if role in ("table", "row", "columnheader", "rowheader", "cell"):
            counts[role] = counts.get(role, 0) + 1
    return counts


def test_revoke_is_on_a_phone_screen_without_scrolling_sideways(logged_in: Browser, server: ServerThread,
                                                                 tmp_path: Path) -> None:
    browser = logged_in
    browser.open(server.url + "/operator/kiosks")
    desk_roles = _roles(browser)
    assert desk_roles["row"] == 1 + len(KIOSKS) and desk_roles["cell"] == 3 * len(KIOSKS), desk_roles
    assert not browser.run(_OUT_OF_SIGHT), "at desk width every revoke button is in sight"
    browser.resize(PHONE)
    _shot(browser, tmp_path, "kiosks-360")
    assert browser.run("return document.querySelectorAll(\"form[action$='/revoke'] button\").length") == 2
    assert not browser.run(_OUT_OF_SIGHT), "a revoke button is only reached by scrolling the table sideways"
    assert not browser.scrolls_sideways(), "the page is wider than a 360 px phone"
    assert _roles(browser) == desk_roles, "stacked on a phone, the table is still a table to a screen reader"
    labels = browser.run("return [...document.querySelectorAll('main table td')].map("
                         "td => getComputedStyle(td, '::before').content)")
    assert set(labels) == {'"Enrolled"', '"Tokens"', '"Revoke"'}, labels


def test_an_account_change_is_on_a_phone_screen(logged_in: Browser, server: ServerThread,
                                                tmp_path: Path) -> None:
    """The same for each account's role and state: the Save button, not only reached sideways."""
    browser = logged_in
    browser.open(server.url + "/operator/accounts")
    roles = _roles(browser)
    browser.resize(PHONE)
    assert not browser.run(_OUT_OF_SIGHT), "an account's Save is only reached by scrolling sideways"
    assert _roles(browser) == roles


@pytest.mark.parametrize("path", PAGES)
def test_dates_and_kiosk_ids_are_not_broken_at_their_hyphens(logged_in: Browser, server: ServerThread,
                                                             tmp_path: Path, path: str) -> None:
    browser = logged_in
    name = path.strip("/").replace("operator", "").strip("/") or "fleet"
    browser.open(server.url + path)
    assert browser.split_tokens("main table", TOKENS) == [], f"{path} at 1280 px"
    _shot(browser, tmp_path, f"{name}-1280")
    browser.resize(PHONE)
    _shot(browser, tmp_path, f"{name}-360")
    assert browser.split_tokens("main table", TOKENS) == [], f"{path} at 360 px"
    assert browser.split_words("main table") == [], f"{path} at 360 px"
    assert not browser.scrolls_sideways(), f"{path}: the page is wider than a 360 px phone"
