"""The call-back queue in the desk console, through kiosk-server's operator API with the desk user's own
account: a reports handler sees phone numbers and moves a request new → called → resolved with a note; a
fleet viewer sees the queue without phone numbers and cannot change it. Then the server's own page in a
real headless Chromium at 1366x768 and at a phone's width (KIOSK_SCREENSHOTS=DIR keeps the pictures)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from server.accounts import Accounts
from server.callbacks import queue
from server.operators.reports import list_reports
from tests.console.conftest import PASSWORD, Desk
from tests.testkit.browser import describe, serious

PHONE = "+998901234567"


def _request(desk: Desk, topic: str, language: str = "uz", phone: str = PHONE) -> str:
    event = str(uuid.uuid4())
    desk.db.store_event("kiosk-01", event, {
        "kind": "callback", "created_at": "2026-12-01T09:00:00+00:00", "reference": "C-" + event[:4],
        "payload": {"phone": phone, "call_language": language, "topic": topic, "country": "ru",
                    "consent": True}})
    return event


def test_the_console_works_the_queue_through_the_server(desk: Desk) -> None:
    desk.db.enrol("kiosk-01")
    wages = _request(desk, "unpaid_wages", "ru")
    passport = _request(desk, "passport_taken", phone="+998907654321")
    s, csrf = desk.login("ada")
    page = s.get(desk.url + "/callbacks", timeout=30).text
    assert page.index(passport) < page.index(wages)  # urgent first
    assert PHONE in page and "+998907654321" in page
    only = s.get(desk.url + "/callbacks", params={"language": "ru"}, timeout=30).text
    assert wages in only and passport not in only
    r = s.post(f"{desk.url}/callbacks/kiosk-01/{passport}",
               data={"csrf_token": csrf, "status": "called", "notes": "", "back": "urgent=1"}, timeout=30)
    assert r.status_code == 200 and r.url.endswith("/callbacks?urgent=1")
    r = s.post(f"{desk.url}/callbacks/kiosk-01/{passport}", data={"csrf_token": csrf, "status": "resolved",
                                                                  "notes": ""}, timeout=30)
    assert r.status_code == 422 and "needs a note" in r.text
    r = s.post(f"{desk.url}/callbacks/kiosk-01/{passport}", data={
        "csrf_token": csrf, "status": "resolved", "notes": "Consulate has the passport case"}, timeout=30)
    assert r.status_code == 200
    assert s.post(f"{desk.url}/callbacks/kiosk-01/{wages}", data={"status": "called"},
                  timeout=30).status_code == 403  # no CSRF token
    done = {c["event_id"]: (c["status"], c["notes"], c["updated_by"]) for c in queue(desk.db)}
    assert done[passport] == ("resolved", "Consulate has the passport case", "ada")
    assert done[wages][0] == "new"
    actors = [e["actor"] for e in Accounts(desk.db).audit_entries(action_prefix="callback.")]
    assert actors == ["ada", "ada"]

    viewer, viewer_csrf = desk.login("vik")
    page = viewer.get(desk.url + "/callbacks", timeout=30).text
    assert wages in page and PHONE not in page and "hidden: for reports handlers" in page
    assert "Mark called" not in page
    r = viewer.post(f"{desk.url}/callbacks/kiosk-01/{wages}", data={"csrf_token": viewer_csrf,
                                                                   "status": "called"}, timeout=30)
    assert r.status_code == 403 and "reports handler" in r.text
    assert queue(desk.db)[0]["status"] == "new"


def test_the_queue_page_in_a_browser(browser, desk: Desk, tmp_path: Path) -> None:
    shots = Path(os.environ["KIOSK_SCREENSHOTS"]) if os.environ.get("KIOSK_SCREENSHOTS") else tmp_path
    desk.db.enrol("kiosk-01")
    for topic, language in (("unpaid_wages", "ru"), ("armed_forces", "uz"), ("job_offer", "kaa")):
        _request(desk, topic, language)
    d = browser.driver
    browser.resize((1366, 768))
    browser.open(desk.server.url + "/operator/login")
    d.find_element(By.NAME, "username").send_keys("ada")
    d.find_element(By.NAME, "password").send_keys(PASSWORD)
    d.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(d, 120).until(lambda _: "Log out" in browser.text(), message="the login never finished")
    browser.open(desk.server.url + "/operator/callbacks")
    assert "3 waiting for a call" in browser.text()
    first = d.find_elements(By.CSS_SELECTOR, "article.callback")[0]
    assert "urgent" in first.text and "armed forces" in first.text
    for width, name in ((1366, "wide"), (360, "phone")):
        browser.resize((width, 768 if width > 400 else 800))
        browser.open(desk.server.url + "/operator/callbacks")
        browser.screenshot(shots / f"operator-callbacks-{name}.png")
        assert not serious(browser.axe()), describe(serious(browser.axe()))
        scroll = d.execute_script("return document.documentElement.scrollWidth")
        assert scroll <= width, f"{scroll} px wide at {width}"
    first = d.find_elements(By.CSS_SELECTOR, "article.callback")[0]
    first.find_element(By.CSS_SELECTOR, "button[value=called]").click()
    browser.open(desk.server.url + "/operator/callbacks?status=called")
    assert "armed forces" in browser.text() and "called" in browser.text()
    assert requests.get(desk.server.url + "/operator/callbacks", timeout=30).url.endswith(
        "/operator/login?next=/operator/callbacks")


def _report(desk: Desk) -> str:
    event = str(uuid.uuid4())
    desk.db.store_event("kiosk-01", event, {
        "kind": "report", "created_at": "2026-12-01T09:00:00+00:00", "reference": "R-" + event[:4],
        "payload": {"target": "Fake Ltd", "reasons": ["paid_fee"], "language": "ru"}})
    return event


def test_what_the_server_refuses_is_one_sentence_on_the_console(desk: Desk) -> None:
    """A note longer than the server keeps came back as the server's validation list, printed as Python
    (`[{'type': 'string_too_long', 'loc': ['body', 'notes'], ...`): the console says which field and why."""
    report, callback = _report(desk), _request(desk, "unpaid_wages")
    s, csrf = desk.login("ada")
    for path, form, field in ((f"/reports/kiosk-01/{report}", {"status": "handled", "notes": "n" * 5000},
                               "notes"),
                              (f"/reports/kiosk-01/{report}", {"status": "handled", "assignee": "a" * 100},
                               "assignee"),
                              (f"/callbacks/kiosk-01/{callback}", {"status": "called", "notes": "n" * 5000},
                               "notes")):
        r = s.post(desk.url + path, data={"csrf_token": csrf, **form}, timeout=30)
        assert r.status_code == 422, (path, form.keys(), r.status_code, r.text[:300])
        error = r.text.split('class="error"', 1)[-1].split("</", 1)[0]
        assert f"{field}: " in error and "at most" in error, error
        assert not any(word in r.text for word in ("string_too_long", "&#39;loc&#39;", "[{")), error
    assert list_reports(desk.db)[0]["status"] == "new" and queue(desk.db)[0]["status"] == "new"



def test_a_report_address_is_one_report_on_the_server(desk: Desk) -> None:
    """The report's ids went into the server's address unquoted: `abc%3Fx=1` (an id holding "?") changed
    report `abc`, and `..` reached another address of the server (shown as "Method Not Allowed")."""
    report = _report(desk)
    s, csrf = desk.login("ada")
    for bad in (f"{report}%3Fx=1", f"{report}%23x", "%2E%2E"):
        r = s.post(f"{desk.url}/reports/kiosk-01/{bad}", data={"csrf_token": csrf, "status": "handled"},
                   timeout=30)
        assert r.status_code == 404 and "no such report" in r.text, (bad, r.status_code, r.text[-1500:])
    assert list_reports(desk.db)[0]["status"] == "new", "no other report was changed"
