"""Operator addresses with no page, form addresses opened as pages and forms the server cannot read: staff in
a browser get an operator page (the staff look, English like every operator page, a link back to the fleet),
never Starlette's bare `{"detail":"Not Found"}`. Everything that is JSON by contract stays JSON: the
operators' API (`/operator/api/...`), kiosks' events, the repository and the rest of the server."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from server.accounts import Accounts, Role
from server.db import ServerDB
from tests.server.test_server_operators import CHEAP, PASSWORD
from tests.testkit.browser import Browser, describe, serious
from tests.testkit.serve import ServerThread
from tests.testkit.staff import NEVER, assert_staff_page

UNKNOWN = ("/operator/nonexistent", "/operator/kiosks/kiosk-tas-01", "/operator/reports/a/b/c/d")


@pytest.fixture
def database_url(tmp_path: Path) -> str:  # how errors are answered does not depend on the database engine
    return f"sqlite:///{tmp_path / 'server.db'}"


@pytest.fixture
def operator(server: ServerThread, database_url: str) -> requests.Session:
    """A logged-in administrator's browser session on the operator pages."""
    db = ServerDB(database_url)
    Accounts(db, hasher=CHEAP).create("ada", PASSWORD, Role.ADMINISTRATOR, actor="test")
    db.close()
    s = requests.Session()
    r = s.post(server.url + "/operator/login", data={"username": "ada", "password": PASSWORD}, timeout=30)
    assert r.status_code == 200 and "Log out" in r.text, r.text[:500]
    return s


def assert_operator_page(r: requests.Response, status: int, title: str) -> None:
    """`r` is an operator page with a link back to the fleet (tests/testkit/staff.py)."""
    assert_staff_page(r, status, title, stylesheet="/operator/static/staff.css",
                      back=("/operator/", "Back to the fleet"))


def test_an_unknown_operator_address_is_a_page(server: ServerThread, operator: requests.Session) -> None:
    for path in UNKNOWN:
        assert_operator_page(requests.get(server.url + path, timeout=30), 404, "Page not found")
        r = operator.get(server.url + path, timeout=30)
        assert_operator_page(r, 404, "Page not found")
        assert "ada (administrator)" in r.text and 'href="/operator/kiosks"' in r.text, "sections kept"


def test_a_form_address_opened_as_a_page(server: ServerThread, operator: requests.Session) -> None:
    for method, path in (("GET", "/operator/kiosks/kiosk-tas-01/revoke"), ("GET", "/operator/logout"),
                         ("DELETE", "/operator/kiosks")):
        r = operator.request(method, server.url + path, timeout=30)
        assert_operator_page(r, 405, "Not a page to open")
        assert r.headers["allow"], "405 still says which methods the address takes"


def test_a_form_the_server_cannot_read_is_a_page(server: ServerThread, operator: requests.Session) -> None:
    too_long = {"username": "a" * 65, "password": "x"}  # the form's maxlength stops a browser; a script can
    r = requests.post(server.url + "/operator/login", data=too_long, timeout=30)
    assert_operator_page(r, 422, "Not done")
    assert "username" in r.text and "nothing was changed" in r.text


def test_a_malformed_query_string_still_gets_its_page(server: ServerThread,
                                                     operator: requests.Session) -> None:
    for path, heading in (("/operator/reports?%ZZ=1&since=%ff&until=%00", "Reports inbox"),
                          ("/operator/callbacks?status=%00&kiosk=%ff%fe&&=&a=%", "Call-back queue"),
                          ("/operator/?%", "Fleet"), ("/operator/login?next=%ff%00", "Log in")):
        r = operator.get(server.url + path, timeout=30)
        assert r.status_code == 200, (path, r.status_code, r.text[:300])
        assert f"<h1>{heading}</h1>" in r.text, (path, r.text[:1500])
        assert not any(word in r.text for word in NEVER), (path, r.text[:1500])


def test_json_by_contract_stays_json(server: ServerThread, operator: requests.Session) -> None:
    """The operators' API, kiosks' events and the repository answer errors as before, in JSON."""
    for method, path, status, detail in (
        ("GET", "/operator/api/nonexistent", 404, "Not Found"),
        ("GET", "/operator/api", 404, "Not Found"),
        ("DELETE", "/operator/api/fleet", 405, "Method Not Allowed"),
        ("GET", "/v1/events", 405, "Method Not Allowed"),
        ("GET", "/nonexistent", 404, "Not Found"),
        ("GET", "/metadata/999.root.json", 404, "Not Found"),
    ):
        r = operator.request(method, server.url + path, timeout=30)
        assert r.status_code == status, (path, r.status_code, r.text[:300])
        assert r.headers["content-type"] == "application/json", (path, r.headers["content-type"])
        assert r.json() == {"detail": detail}, path
    invalid = operator.post(server.url + "/operator/api/login", json={"username": "a" * 65, "password": "x"},
                            timeout=30)
    assert invalid.status_code == 422 and invalid.json()["detail"][0]["loc"] == ["body", "username"]


def test_the_not_found_page_in_a_browser(browser: Browser, server: ServerThread, tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    for size in ((1280, 800), (360, 800)):
        browser.resize(size)
        browser.open(server.url + "/operator/nonexistent")
        assert "Page not found" in browser.text()
        browser.screenshot(shots / f"operator-not-found-{size[0]}.png")
        bad = serious(browser.axe())
        assert not bad, describe(bad)
        assert not browser.scrolls_sideways(), size
    browser.click_link("Back to the fleet")
    assert "/operator/login" in browser.url  # not logged in: the fleet asks for it first
