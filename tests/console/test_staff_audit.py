"""The two staff audit logs, the desk's (`/audit`, a hash-chained file) and kiosk-server's (`/operator/audit`,
a table), are one page drawn by one set of rules in `content.web`: times read the same way in both."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
import requests

from admin.console import app as console_app
from admin.console.audit import GENESIS, DeskAudit
from content import web
from server.accounts import Accounts
from server.operators import pages as operator_pages
from server.schema import audit_log
from tests.console.conftest import PASSWORD, ConsoleBrowser, Desk
from tests.server.test_server_operator_tables_browser import DESKTOP, PHONE, TOKENS
from tests.testkit.staff import assert_audit_pages, audit_lines

ISO_WITH_T = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def desk_audit(desk: Desk) -> DeskAudit:
    """The desk's own audit file, as the console running in `desk` writes it."""
    return DeskAudit(desk.deployment.root / "desk" / "audit.jsonl")


def operator_session(desk: Desk) -> requests.Session:
    """An administrator logged in on kiosk-server's operator pages."""
    s = requests.Session()
    r = s.post(desk.server.url + "/operator/login", data={"username": "ada", "password": PASSWORD},
               timeout=30)
    assert r.status_code == 200 and "Log out" in r.text, r.text[:500]
    return s


def test_both_audits_show_times_through_one_filter() -> None:
    assert console_app.TEMPLATES.filters["when"] is web.when
    assert operator_pages.TEMPLATES.filters["when"] is web.when
    assert web.when("2026-12-03T04:05:12+00:00") == "2026-12-03 04:05"
    assert web.when(None) == web.when("") == "never"
    assert web.when("2026-12-03") == "2026-12-03"


def test_both_audits_show_the_same_human_readable_utc_time(desk: Desk) -> None:
    entry = desk_audit(desk).append("ada", "alert.expire", "fake-work-visas", {})
    console, _ = desk.login()
    page = console.get(desk.url + "/audit", timeout=30).text
    operator = operator_session(desk).get(desk.server.url + "/operator/audit", timeout=30).text
    shown = entry["at"][:16].replace("T", " ")  # 2026-12-03T04:05:12+00:00 reads 2026-12-03 04:05
    assert f">{shown}<" in page, page[page.find("<tbody"):][:600]
    for html in (page, operator):
        body = html[html.find("<tbody"):html.find("</tbody>")]
        assert body.strip(), html[:1500]
        assert not ISO_WITH_T.search(body), f"a raw ISO time in the audit table: {body[:600]}"


# Audit lines as both logs hold them: a status and a note changed (from/to), a publish with its summary in
# words, an account change, a token rotation, a refused login from an address, a logout with no details, and
# a long value with no space in it (a URL).
SAMPLE: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    ("ada", "report.update", "kiosk-tas-01/8c1f6a52-3d5e-4a57-9a51-0d5f7b0d3c11", {
        "status": {"from": "new", "to": "in_progress"},
        "notes": {"from": "", "to": "Called the agency: it says its licence was renewed on 2026-11-30; "
                                    "checking with the licensing office before closing this report."}}),
    ("ada", "publish", "2026.12.03-2", {
        "summary": ["2 articles changed: employer-pays, visa-rules", "1 alert expired: fake-work-visas",
                    "1 vacancy closed in Germany"], "files": 7, "timestamp_version": 12}),
    ("ada", "operator.change", "vik", {"role": "fleet_viewer", "disabled": False, "password": "changed"}),
    ("cli:root", "kiosk.rotate", "kiosk-nukus-airport-03", {"overlap_hours": 24.0}),
    ("-", "login.failed", "-", {"source": "203.0.113.77"}),
    ("ada", "logout", "ada", {}),
    ("ada", "alert.compose", "fake-work-visas", {
        "lang": "ru", "title": "Фальшивые рабочие визы в Телеграм-каналах: не платите посредникам",
        "title_kaa": "Qaraqalpaqstan Respublikasınıń jumıs izlewshilerine eskertiw", "link": "https://migration.uz/ru/news/2026/12/fake-work-visas-offered-on-telegram-channels"
                              "-are-not-issued-by-any-embassy"}),
)


def _leaves(value: Any) -> list[str]:
    """Every key and every value below `value`, as the page must still show them (a boolean as yes/no)."""
    if isinstance(value, dict):
        return [word for key, inner in value.items() for word in (key, *_leaves(inner))]
    if isinstance(value, list):
        return [word for inner in value for word in _leaves(inner)]
    if isinstance(value, bool):
        return ["yes" if value else "no"]
    return [str(value)] if value != "" else []


def _write_sample(desk: Desk, app: str) -> None:
    accounts = Accounts(desk.db)
    for actor, action, target, details in reversed(SAMPLE):  # newest first on the page: as listed here
        if app == "console":
            desk_audit(desk).append(actor, action, target, details)
        else:
            accounts.record(actor, action, target, details)


# Each audit row of the page: its visible text and its height, in the order shown.
_ROWS = """
return [...document.querySelectorAll("main table tbody tr")].map(
  tr => ({text: tr.innerText, height: tr.getBoundingClientRect().height}));
"""


def _log_in(console: ConsoleBrowser, app: str) -> str:
    """Log the browser in as ada on `app` ("console" or "operator"); the address of its audit log."""
    desk, browser = console.desk, console.browser
    if app == "console":
        console.login()
        return desk.url + "/audit"
    browser.open(desk.server.url + "/operator/login")
    browser.driver.find_element("id", "username").send_keys("ada")
    browser.driver.find_element("id", "password").send_keys(PASSWORD)
    browser.driver.find_element("css selector", "form.narrow button").click()
    console.see("Log out")
    return desk.server.url + "/operator/audit"


@pytest.mark.parametrize("app", ["console", "operator"])
def test_details_are_a_readable_list_that_fits_a_phone(console: ConsoleBrowser, app: str) -> None:
    """Details read as "key: value" lines, nested values under their key, every key and value still there;
    no row is absurdly tall on a phone, nothing is reached only by scrolling sideways, and at desk width the
    table is still a table."""
    desk, browser = console.desk, console.browser
    url = _log_in(console, app)
    _write_sample(desk, app)  # after the login, which the operator audit records
    seen = {}
    for size in (DESKTOP, PHONE):  # both screenshots first: a failure below still leaves both to look at
        browser.resize(size)
        browser.open(url)
        console.see("Audit log")
        console.shot(f"audit-details-{app}-{size[0]}")
        seen[size] = (browser.run(_ROWS)[:len(SAMPLE)], browser.scrolls_sideways(), browser.run(_SIDEWAYS),
                      browser.split_tokens("main table", TOKENS),
                      browser.run("return getComputedStyle(document.querySelector('main table')).display"))
    for size, (rows, page_sideways, table_sideways, broken, _) in seen.items():
        for (_, action, target, details), row in zip(SAMPLE, rows, strict=True):
            text = " ".join(row["text"].split())
            assert action in text and target in text, (size, text)
            missing = [word for word in _leaves(details) if " ".join(word.split()) not in text]
            assert not missing, f"{action} at {size[0]} px lost {missing}: {text}"
            assert '{"' not in text and '": ' not in text, f"raw JSON in {action} at {size[0]} px: {text}"
        tallest = max(rows, key=lambda row: row["height"])
        limit = 420 if size == PHONE else 200
        assert tallest["height"] <= limit, f"a {tallest['height']} px row at {size[0]} px: {tallest['text']}"
        assert not page_sideways, f"{app} audit: the page is wider than {size[0]} px"
        assert not table_sideways, f"{app} audit at {size[0]} px: the table scrolls sideways"
        assert not broken, f"{app} audit at {size[0]} px: dates or kiosk ids broken at a hyphen: {broken}"
    assert seen[DESKTOP][4] == "table", "at desk width the audit is a table"


# Whether the audit table's own box must be scrolled sideways to see all of it.
_SIDEWAYS = ("const box = document.querySelector('main .scroll'); "
             "return box.scrollWidth > box.clientWidth + 1;")


def _write_desk_log(path: Path, targets: list[str]) -> None:
    """A desk audit file of one line per target, chained as `DeskAudit.append` chains them (the sha256 of the
    line before), written in one go: 20,000 appends would each wait for an fsync."""
    prev, lines = GENESIS, []
    for n, target in enumerate(targets):
        entry = {"at": f"2026-{1 + n // 1700:02}-01T08:00:00+00:00", "actor": "ada",
                 "action": "agency.revoke", "target": target,
                 "details": {"date": "2026-11-30", "reason": "licence withdrawn"}, "prev": prev}
        line = json.dumps(entry, ensure_ascii=False, sort_keys=True).encode("utf-8")
        lines.append(line)
        prev = hashlib.sha256(line).hexdigest()
    path.write_bytes(b"\n".join(lines) + b"\n")


def test_twenty_thousand_desk_audit_lines_are_read_a_page_at_a_time(desk: Desk) -> None:
    audit = desk_audit(desk)
    targets = audit_lines(20_000)
    _write_desk_log(audit.path, targets)
    assert audit.verify() is None, "the file is a whole chain, as the desk writes it"
    s, _ = desk.login()
    assert_audit_pages(lambda query: s.get(desk.url + "/audit" + query, timeout=60), targets[::-1])


def _write_server_log(desk: Desk, targets: list[str]) -> None:
    """One kiosk-server audit line per target, in one transaction (as `Accounts.audit` writes each)."""
    with desk.db.begin() as conn:
        conn.execute(audit_log.insert(), [
            {"at": "2026-12-01T08:00:00+00:00", "actor": "ada", "action": "report.update", "target": target,
             "details": json.dumps({"status": {"from": "new", "to": "handled"}})} for target in targets])


@pytest.mark.parametrize("app", ["console", "operator"])
def test_a_browser_pages_through_the_audit_log(console: ConsoleBrowser, app: str) -> None:
    """In a real Chromium, by its links alone: the newest page, the one before it, and back; the pages fit a
    phone and axe finds nothing serious on them."""
    desk, browser = console.desk, console.browser
    url = _log_in(console, app)
    targets = audit_lines(450)  # three pages: 200, 200 and the oldest 50 (and, on the server, the logins)
    if app == "console":
        _write_desk_log(desk_audit(desk).path, targets)
    else:
        _write_server_log(desk, targets)
    browser.open(url)
    console.see("Older entries")
    assert "Newer entries" not in browser.text()
    assert not browser.scrolls_sideways()
    browser.click_link("Older entries")
    assert browser.url.endswith("?page=2"), browser.url
    console.see("line-00250")
    text = browser.text()
    assert "line-00251" not in text and "line-00050" not in text and "Newer entries" in text
    assert not browser.scrolls_sideways()
    console.shot(f"audit-pages-{app}-2-360")  # axe and the whole page (200 lines): once, it takes seconds
    browser.resize(DESKTOP)
    browser.screenshot(console.shots / f"console-audit-pages-{app}-2-1280.png", full_page=False)
    browser.click_link("Newer entries")
    console.see("line-00450")
    assert browser.url.endswith("?page=1"), browser.url
    browser.open(url + "?page=banana")
    console.see("is not a page of this log")
    browser.screenshot(console.shots / f"console-audit-pages-{app}-bad-1280.png", full_page=False)


def test_which_page_an_address_names() -> None:
    """content.web.page_of, the one rule both audits page by: what is no page of the log falls back."""
    assert web.page_of(None, 0) == web.Page(1, 0) and web.page_of(None, 0).count == 1
    assert web.page_of("", 450).older == 2 and web.page_of("", 450).newer is None
    third = web.page_of("3", 450)
    assert (third.first, third.last, third.older, third.newer) == (401, 450, None, 2)
    assert web.page_of("4", 450) == web.Page(3, 450, asked="4")
    assert web.page_of("٣", 450) == web.Page(1, 450, asked="٣")  # an Arabic-Indic digit is not one of ours
    assert web.page_of("0", 450).number == web.page_of(" 2", 450).number == 1
    assert web.page_of("2", 450).offset == web.PAGE_SIZE


def test_no_desk_page_shows_a_raw_iso_time(desk: Desk) -> None:
    """Every time a staff member reads on the desk goes through the same `when` as the audit logs: the reports
    list showed a report's time as stored ("2026-12-01T09:00:00+00:00")."""
    import uuid

    desk.db.enrol("kiosk-01")
    desk.db.store_event("kiosk-01", str(uuid.uuid4()), {
        "kind": "report", "created_at": "2026-12-01T09:00:00+00:00", "reference": "R-AB12-CD34",
        "payload": {"target": "Golden Visa LLC", "reasons": ["paid_fee"], "language": "ru"}})
    desk_audit(desk).append("ada", "alert.expire", "fake-work-visas", {})
    console, _ = desk.login()
    for path in ("/", "/reports", "/fleet", "/callbacks", "/audit", "/publish", "/alerts"):
        page = console.get(desk.url + path, timeout=30).text
        body = re.sub(r"<(input|option|textarea)[^>]*>", "", page[page.find("<main"):])  # form values aside
        assert not ISO_WITH_T.search(body), f"{path}: a raw ISO time: {ISO_WITH_T.search(body)}"
    assert "2026-12-01 09:00" in console.get(desk.url + "/reports", timeout=30).text
