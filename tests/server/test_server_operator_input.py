"""Text the server's database cannot store, sent to the operator pages and API, on SQLite and PostgreSQL.

PostgreSQL refuses a NUL character in any text (psycopg raises before the query runs); SQLite would store
it. A NUL typed into a filter, a login name, a note or an address's path is refused on both engines
alike, before anything is read or written: a staff page saying so in one line (JSON for the API and for
kiosks, as documented), never an Internal Server Error, and nothing changed or half-saved."""

from __future__ import annotations

import pytest
import requests

from server.accounts import Accounts, Role
from server.db import ServerDB
from tests.server.test_server_operator_errors import assert_operator_page
from tests.server.test_server_operators import CHEAP, PASSWORD, _report
from tests.testkit.serve import ServerThread

NUL = "\x00"


@pytest.fixture
def operator(server: ServerThread, database_url: str) -> tuple[requests.Session, str, ServerDB]:
    """A logged-in administrator's browser session, its CSRF token, and the server's database."""
    db = ServerDB(database_url)
    Accounts(db, hasher=CHEAP).create("ada", PASSWORD, Role.ADMINISTRATOR, actor="test")
    s = requests.Session()
    r = s.post(server.url + "/operator/login", data={"username": "ada", "password": PASSWORD}, timeout=30)
    assert r.status_code == 200 and "Log out" in r.text, r.text[:500]
    yield s, s.get(server.url + "/operator/api/me", timeout=30).json()["csrf_token"], db
    db.close()


def _audit_count(db: ServerDB) -> int:
    return Accounts(db).audit_count()


def test_a_nul_in_a_page_request_is_refused_in_one_line(server: ServerThread, operator) -> None:
    s, csrf, db = operator
    event = _report(db)
    audited = _audit_count(db)
    anonymous = requests.post(server.url + "/operator/login", data={"username": f"a{NUL}b", "password": "x"},
                              timeout=30)
    assert_operator_page(anonymous, 422, "Not done")
    assert "NUL" in anonymous.text and "nothing was changed" in anonymous.text
    for path in ("/operator/reports?kiosk=%00", "/operator/reports?since=%00&until=%00",
                 "/operator/reports/export.csv?kiosk=k1%00"):
        assert_operator_page(s.get(server.url + path, timeout=30), 422, "Not done")
    for path, form, says in (
            (f"/operator/reports/k1/{event}", {"status": "handled", "notes": f"a{NUL}b"}, "NUL"),
            (f"/operator/reports/k1/{event}%00", {"status": "handled"}, "NUL"),
            ("/operator/accounts", {"username": f"z{NUL}", "password": PASSWORD, "role": "fleet_viewer"},
             "a user name is"),  # the name's own rule says it first
            ("/operator/accounts/a%00b", {"role": "fleet_viewer"}, "NUL"),
            ("/operator/kiosks/k%00/revoke", {}, "NUL")):
        r = s.post(server.url + path, data={"csrf_token": csrf, **form}, allow_redirects=False, timeout=30)
        assert r.status_code == 422, (path, r.status_code, r.text[:300])
        assert says in r.text and "Internal Server Error" not in r.text, (path, r.text[:1500])
    report = s.get(server.url + "/operator/api/reports", timeout=30).json()["reports"][0]
    assert (report["status"], report["notes"]) == ("new", ""), "nothing of a refused change was kept"
    assert [o["username"] for o in s.get(server.url + "/operator/api/operators", timeout=30).json()
            ["operators"]] == ["ada"]
    assert _audit_count(db) == audited + 0, "a refused request leaves no line in the audit log"


def test_a_nul_sent_to_the_api_is_json_saying_so(server: ServerThread, operator) -> None:
    s, csrf, db = operator
    event = _report(db)
    login = requests.post(server.url + "/operator/api/login", json={"username": f"a{NUL}", "password": "x"},
                          timeout=30)
    audit = s.get(server.url + "/operator/api/audit?action=%00", timeout=30)
    change = s.post(server.url + f"/operator/api/reports/k1/{event}", json={"notes": f"a{NUL}"},
                    headers={"X-CSRF-Token": csrf}, timeout=30)
    for r in (login, audit, change):
        assert r.status_code == 422, (r.url, r.status_code, r.text[:300])
        assert r.headers["content-type"] == "application/json" and "NUL" in r.json()["detail"], r.text[:300]
    assert s.get(server.url + "/operator/api/reports", timeout=30).json()["reports"][0]["notes"] == ""
