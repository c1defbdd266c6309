"""Addresses the desk console has no page for, and pages asked for the wrong way: staff in a browser get a
console page (the staff look, the console's language, a link back to the overview), never Starlette's bare
`{"detail":"Not Found"}`; a malformed query string still gets the page asked for. The error page is
checked in a real Chromium at phone and desk width (axe; KIOSK_SCREENSHOTS=DIR keeps the screenshots)."""

from __future__ import annotations

import requests

from tests.console.conftest import ConsoleBrowser, Desk
from tests.testkit.staff import NEVER, assert_staff_page

UNKNOWN = ("/console/nonexistent", "/nonexistent", "/articles/employer-pays/nothing/here")


def assert_console_page(r: requests.Response, status: int, title: str) -> None:
    """`r` is a console page with a link back to the overview (tests/testkit/staff.py)."""
    assert_staff_page(r, status, title, stylesheet="/static/staff.css", back=("/", "Back to the overview"))


def test_an_unknown_address_is_a_console_page(desk: Desk) -> None:
    for path in UNKNOWN:
        assert_console_page(requests.get(desk.url + path, timeout=30), 404, "Page not found")
    s, _ = desk.login()
    for path in UNKNOWN:
        r = s.get(desk.url + path, timeout=30)
        assert_console_page(r, 404, "Page not found")
        assert "Log out" in r.text, "a logged-in user keeps the console's sections and log-out"


def test_a_wrong_method_is_a_console_page(desk: Desk) -> None:
    s, _ = desk.login()
    # A form's address opened as a page (from the history, or a bookmark), and a method nothing takes.
    for method, path in (("GET", "/alerts/some-alert/withdraw"), ("GET", "/logout"), ("DELETE", "/fleet")):
        r = s.request(method, desk.url + path, timeout=30)
        assert_console_page(r, 405, "Not a page to open")
        assert r.headers["allow"], "405 still says which methods the address takes"


def test_a_malformed_query_string_still_gets_its_page(desk: Desk) -> None:
    s, _ = desk.login()
    for path, heading in (("/reports?%ZZ=1&since=%ff&until=%00", "Reports"),
                          ("/callbacks?status=%00&kiosk=%ff%fe&&=&a=%", "Call-back queue"),
                          ("/?%", "Desk")):
        r = s.get(desk.url + path, timeout=30)
        assert r.status_code == 200, (path, r.status_code, r.text[:300])
        assert r.headers["content-type"].startswith("text/html"), path
        assert f"<h1>{heading}</h1>" in r.text, (path, r.text[:1500])
        assert not any(word in r.text for word in NEVER), (path, r.text[:1500])


def test_the_not_found_page_in_a_browser(console: ConsoleBrowser) -> None:
    console.login()
    browser = console.browser
    for size, label in (((1280, 800), "1280"), ((360, 800), "360")):
        browser.resize(size)
        browser.open(console.desk.url + "/console/nonexistent")
        assert "Page not found" in browser.text(), browser.text()[:300]
        console.no_traceback()
        console.shot(f"not-found-{label}")
        assert not browser.scrolls_sideways(), label
    browser.click_link("Back to the overview")
    assert browser.url == console.desk.url + "/"
    console.see("Log out")
