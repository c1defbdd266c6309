"""The two staff audit logs, the desk's (`/audit`, a hash-chained file) and kiosk-server's (`/operator/audit`,
a table), are one page drawn by one set of rules in `content.web`: times read the same way in both."""

from __future__ import annotations

import re

import requests

from admin.console import app as console_app
from admin.console.audit import DeskAudit
from content import web
from server.operators import pages as operator_pages
from tests.console.conftest import PASSWORD, Desk

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
