"""The operator pages in a real headless Chromium: log in, every page renders without a serious
accessibility violation at desk and phone width, and a report is marked handled through the form."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from server.accounts import Accounts, Role
from server.db import ServerDB
from tests.server.test_server_operators import CHEAP, PASSWORD
from tests.testkit.browser import describe, serious
from tests.testkit.serve import ServerThread

SHOTS = Path(os.environ.get("KIOSK_SCREENSHOTS", "")) if os.environ.get("KIOSK_SCREENSHOTS") else None


@pytest.fixture
def database_url(tmp_path: Path) -> str:  # the browser run needs one engine; the API tests cover both
    return f"sqlite:///{tmp_path / 'server.db'}"


def test_operator_pages_in_a_browser(
    browser, server: ServerThread, database_url: str, tmp_path: Path
) -> None:
    db = ServerDB(database_url)
    Accounts(db, hasher=CHEAP).create("ada", PASSWORD, Role.ADMINISTRATOR, actor="test")
    db.enrol("kiosk-tashkent-01")
    db.enrol("kiosk-samarkand-02")
    db.store_event(
        "kiosk-tashkent-01",
        str(uuid.uuid4()),
        {
            "kind": "heartbeat",
            "created_at": "2026-12-01T08:00:00+00:00",
            "payload": {"content_version": "2026.12.01-3", "outbox_depth": 0, "app_version": "0.1.0"},
        },
    )
    event = str(uuid.uuid4())
    db.store_event(
        "kiosk-tashkent-01",
        event,
        {
            "kind": "report",
            "created_at": "2026-12-01T09:30:00+00:00",
            "reference": "R-7K2M-Q9XD",
            "payload": {
                "target": "Golden Visa LLC <b>",
                "reasons": ["paid_fee", "passport_taken"],
                "language": "uz-Latn",
                "contact_phone": "+998 90 123 45 67",
            },
        },
    )
    shots = SHOTS or tmp_path / "shots"
    browser.resize((1280, 800))
    browser.open(server.url + "/operator/reports")
    assert "/operator/login" in browser.url
    browser.screenshot(shots / "operator-login.png")
    browser.driver.find_element("id", "username").send_keys("ada")
    browser.driver.find_element("id", "password").send_keys(PASSWORD)
    browser.driver.find_element("css selector", "form.narrow button").click()
    assert browser.url.endswith("/operator/reports")
    assert "Golden Visa LLC <b>" in browser.text()
    for path, name in (
        ("/operator/", "fleet"),
        ("/operator/reports", "reports"),
        ("/operator/kiosks", "kiosks"),
        ("/operator/accounts", "accounts"),
        ("/operator/audit", "audit"),
    ):
        for size, label in (((1280, 800), "desk"), ((360, 800), "phone")):
            browser.resize(size)
            browser.open(server.url + path)
            browser.screenshot(shots / f"operator-{name}-{label}.png")
            bad = serious(browser.axe())
            assert not bad, f"{path} at {label}:\n{describe(bad)}"
            width = browser.run("return document.documentElement.scrollWidth")
            assert width <= size[0], f"{path} is {width}px wide at {label}: it scrolls sideways"
    browser.resize((1280, 800))
    browser.open(server.url + "/operator/reports")
    form = browser.driver.find_element("css selector", "article.report form")
    form.find_element("name", "status").send_keys("handled")
    form.find_element("name", "notes").send_keys("Called back; passed to the police")
    form.find_element("css selector", "button").click()
    # The form posts back to this same address: until the answer has replaced the page, the old page reads
    # as loaded, so wait for what the new one says rather than read it once.
    browser.wait_until(lambda: "Saved." in browser.text())
    from server.operators.reports import list_reports

    (row,) = list_reports(db)
    assert (row["status"], row["notes"], row["updated_by"]) == (
        "handled",
        "Called back; passed to the police",
        "ada",
    )
    db.close()
