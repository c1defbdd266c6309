"""The operator audit log with many lines, on SQLite and PostgreSQL: 20,000 lines in the real database are
read a page at a time (newest first, "Older"/"Newer" links that work without JavaScript), every line is
reachable, and a page number that is not one of the log's gives a page saying so, never an error."""

from __future__ import annotations

import json

import requests

from server.accounts import Accounts, Role
from server.db import ServerDB
from server.schema import audit_log
from tests.server.test_server_operators import CHEAP, PASSWORD
from tests.testkit.serve import ServerThread
from tests.testkit.staff import assert_audit_pages, audit_lines

LINES = 20_000


def test_twenty_thousand_audit_lines_are_read_a_page_at_a_time(server: ServerThread,
                                                              database_url: str) -> None:
    db = ServerDB(database_url)
    try:
        Accounts(db, hasher=CHEAP).create("ada", PASSWORD, Role.ADMINISTRATOR, actor="test")
        s = requests.Session()
        r = s.post(server.url + "/operator/login", data={"username": "ada", "password": PASSWORD}, timeout=30)
        assert r.status_code == 200 and "Log out" in r.text, r.text[:500]
        targets = audit_lines(LINES)
        with db.begin() as conn:  # a busy year's log, written as Accounts.audit writes each line, in one go
            conn.execute(audit_log.insert(), [
                {"at": f"2026-{1 + n // 1700:02}-01T08:00:00+00:00", "actor": "ada",
                 "action": "report.update", "target": target,
                 "details": json.dumps({"status": {"from": "new", "to": "handled"}})}
                for n, target in enumerate(targets)])
    finally:
        db.close()
    # Before the lines above: the account's creation and ada's login (both on "ada"), oldest last.
    assert_audit_pages(lambda query: s.get(server.url + "/operator/audit" + query, timeout=60),
                       [*reversed(targets), "ada", "ada"])
