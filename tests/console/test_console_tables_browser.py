"""The desk console's tables of kiosks, audit lines and alerts in a real headless Chromium at 360 and 1280 px:
no ISO date or kiosk id broken at its hyphens ("2026-12-" over "03", "kiosk-tas-" over "01"), while the page
itself never gets wider than the phone (a table's own box scrolls sideways instead). Screenshots at both
widths (KIOSK_SCREENSHOTS=DIR keeps them), axe-checked. An alert's Expire and Withdraw are on a phone's
screen without scrolling the table sideways (its rows stack below 40rem)."""

from __future__ import annotations

import uuid

import pytest

from tests.console.conftest import ConsoleBrowser
from tests.server.test_server_operator_tables_browser import _OUT_OF_SIGHT, DESKTOP, KIOSKS, PHONE, TOKENS


@pytest.mark.parametrize("page", ["fleet", "audit", "alerts"])
def test_dates_and_kiosk_ids_are_not_broken_at_their_hyphens(console: ConsoleBrowser, page: str) -> None:
    desk, browser = console.desk, console.browser
    for kiosk in KIOSKS:
        desk.db.enrol(kiosk)
        desk.db.store_event(kiosk, str(uuid.uuid4()), {
            "kind": "heartbeat", "created_at": "2026-12-01T08:00:00+00:00",
            "payload": {"content_version": "2026.12.01-3", "outbox_depth": 0, "app_version": "0.1.0"}})
    desk.db.revoke(KIOSKS[1])  # a flag whose message has a date in it
    console.login()
    browser.resize(DESKTOP)
    browser.open(desk.url + "/alerts")
    browser.driver.find_element("id", "expire-fake-work-visas").click()  # an audit line, an end date
    console.see("expired")
    browser.open(f"{desk.url}/{page}")
    console.no_traceback()
    assert browser.run("return document.querySelectorAll('main table tbody tr').length") >= 1, page
    assert browser.split_tokens("main table", TOKENS) == [], f"{page} at 1280 px"
    console.shot(f"{page}-1280")
    browser.resize(PHONE)
    console.shot(f"{page}-360")
    assert browser.split_tokens("main table", TOKENS) == [], f"{page} at 360 px"
    assert not browser.scrolls_sideways(), f"{page}: the page is wider than a 360 px phone"
    assert not browser.run(_OUT_OF_SIGHT), f"{page}: a row's button is only reached by scrolling sideways"
