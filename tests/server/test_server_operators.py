"""The operators' API and pages over real HTTP, on SQLite and PostgreSQL: every route refuses no session
(401) and a lower role (403), changes need the CSRF token, wrong passwords lock an account, and every
change lands in the audit log."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
import requests
from argon2 import PasswordHasher

from server.accounts import MAX_FAILURES, Accounts, Role
from server.db import ServerDB
from tests.testkit.serve import ServerThread

PASSWORD = "correct horse battery"
CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # verification reads the hash's own cost


@dataclass
class Desk:
    url: str
    db: ServerDB

    def login(self, name: str, password: str = PASSWORD) -> tuple[requests.Session, str]:
        s = requests.Session()
        r = s.post(
            self.url + "/operator/api/login", json={"username": name, "password": password}, timeout=30
        )
        assert r.status_code == 200, r.text
        return s, r.json()["csrf_token"]


@pytest.fixture
def desk(server: ServerThread, database_url: str) -> Iterator[Desk]:
    db = ServerDB(database_url)
    accounts = Accounts(db, hasher=CHEAP)
    for name, role in (
        ("ada", Role.ADMINISTRATOR),
        ("hana", Role.REPORTS_HANDLER),
        ("vik", Role.FLEET_VIEWER),
    ):
        accounts.create(name, PASSWORD, role, actor="test")
    yield Desk(server.url, db)
    db.close()


def _report(db: ServerDB, kiosk: str = "k1", **payload: object) -> str:
    event_id = str(uuid.uuid4())
    body = {"target": "Fake Ltd", "reasons": ["paid_fee"], "language": "ru", "contact_phone": None} | payload
    db.store_event(
        kiosk,
        event_id,
        {
            "kind": "report",
            "created_at": "2026-11-30T10:00:00+00:00",
            "reference": "R-" + event_id[:4],
            "payload": body,
        },
    )
    return event_id


# (method, path, least role, JSON body)
API = [
    ("GET", "/operator/api/me", Role.FLEET_VIEWER, None),
    ("GET", "/operator/api/fleet", Role.FLEET_VIEWER, None),
    ("GET", "/operator/api/reports", Role.REPORTS_HANDLER, None),
    ("GET", "/operator/api/reports.csv", Role.REPORTS_HANDLER, None),
    ("POST", "/operator/api/reports/k1/{event}", Role.REPORTS_HANDLER, {"status": "in_progress"}),
    ("GET", "/operator/api/kiosks", Role.ADMINISTRATOR, None),
    ("POST", "/operator/api/kiosks", Role.ADMINISTRATOR, {"kiosk_id": "k-new"}),
    ("POST", "/operator/api/kiosks/k-new/revoke", Role.ADMINISTRATOR, None),
    ("GET", "/operator/api/operators", Role.ADMINISTRATOR, None),
    (
        "POST",
        "/operator/api/operators",
        Role.ADMINISTRATOR,
        {"username": "zed", "password": PASSWORD, "role": "fleet_viewer"},
    ),
    ("POST", "/operator/api/operators/vik", Role.ADMINISTRATOR, {"role": "fleet_viewer"}),
    ("GET", "/operator/api/audit", Role.ADMINISTRATOR, None),
]
PAGES = [
    ("/operator/", Role.FLEET_VIEWER),
    ("/operator/reports", Role.REPORTS_HANDLER),
    ("/operator/reports/export.csv", Role.REPORTS_HANDLER),
    ("/operator/kiosks", Role.ADMINISTRATOR),
    ("/operator/accounts", Role.ADMINISTRATOR),
    ("/operator/audit", Role.ADMINISTRATOR),
]
WHO = {Role.FLEET_VIEWER: "vik", Role.REPORTS_HANDLER: "hana", Role.ADMINISTRATOR: "ada"}


def test_every_api_route_refuses_no_session_and_lower_roles(desk: Desk) -> None:
    event = _report(desk.db)
    sessions = {role: desk.login(WHO[role]) for role in Role}
    order = list(Role)
    for method, path, least, body in API:
        url = desk.url + path.format(event=event)
        anonymous = requests.request(method, url, json=body, timeout=30)
        assert anonymous.status_code == 401, (path, anonymous.text)
        for role in order:
            s, csrf = sessions[role]
            r = s.request(method, url, json=body, headers={"X-CSRF-Token": csrf}, timeout=30)
            allowed = order.index(role) >= order.index(least)
            assert (r.status_code < 400) if allowed else (r.status_code == 403), (
                path,
                role,
                r.status_code,
                r.text,
            )
            if allowed and method == "POST" and path.endswith("/kiosks"):
                break  # enrolled once; a second enrol of the same kiosk would (rightly) be refused


def test_every_page_redirects_to_login_or_says_not_allowed(desk: Desk) -> None:
    for path, least in PAGES:
        r = requests.get(desk.url + path, allow_redirects=False, timeout=30)
        assert r.status_code == 303, path
        assert r.headers["location"].startswith("/operator/login?next="), path
        for role in Role:
            s, _ = desk.login(WHO[role])
            page = s.get(desk.url + path, allow_redirects=False, timeout=30)
            allowed = list(Role).index(role) >= list(Role).index(least)
            assert page.status_code == (200 if allowed else 403), (path, role)
            assert page.headers["x-frame-options"] == "DENY"
            assert "default-src 'self'" in page.headers["content-security-policy"]


def test_changes_need_the_csrf_token(desk: Desk) -> None:
    s, csrf = desk.login("ada")
    url = desk.url + "/operator/api/kiosks"
    assert s.post(url, json={"kiosk_id": "k5"}, timeout=30).status_code == 403
    assert (
        s.post(url, json={"kiosk_id": "k5"}, headers={"X-CSRF-Token": "x" * 32}, timeout=30).status_code
        == 403
    )
    other, other_csrf = desk.login("hana")
    assert (
        s.post(url, json={"kiosk_id": "k5"}, headers={"X-CSRF-Token": other_csrf}, timeout=30).status_code
        == 403
    )  # another session's token is not this one's
    assert s.post(url, json={"kiosk_id": "k5"}, headers={"X-CSRF-Token": csrf}, timeout=30).status_code == 201
    event = _report(desk.db)
    form = desk.url + f"/operator/reports/k1/{event}"
    assert s.post(form, data={"status": "handled"}, allow_redirects=False, timeout=30).status_code == 403
    ok = s.post(form, data={"status": "handled", "csrf_token": csrf}, allow_redirects=False, timeout=30)
    assert ok.status_code == 303


def test_wrong_passwords_lock_the_account_and_the_audit_log_says_so(desk: Desk) -> None:
    url = desk.url + "/operator/api/login"
    for _ in range(MAX_FAILURES - 1):
        assert (
            requests.post(url, json={"username": "hana", "password": "guess" * 4}, timeout=30).status_code
            == 401
        )
    locked = requests.post(url, json={"username": "hana", "password": "guess" * 4}, timeout=30)
    assert locked.status_code == 429
    assert "locked until" in locked.json()["detail"]
    right = requests.post(url, json={"username": "hana", "password": PASSWORD}, timeout=30)
    assert right.status_code == 429  # even the right password, until the lock ends
    s, _ = desk.login("ada")
    actions = [e["action"] for e in s.get(desk.url + "/operator/api/audit", timeout=30).json()["entries"]]
    assert actions.count("login.failed") >= MAX_FAILURES - 1
    assert "login.locked" in actions
    assert "login.refused_locked" in actions


def test_lock_ends_after_its_time_and_a_good_login_resets_the_count(database_url: str) -> None:
    clock = type("C", (), {"now": datetime(2026, 12, 1, tzinfo=UTC), "__call__": lambda self: self.now})()
    db = ServerDB(database_url, clock=clock)
    accounts = Accounts(db, hasher=CHEAP)
    accounts.create("hana", PASSWORD, "reports_handler", actor="test")
    for _ in range(MAX_FAILURES):
        assert accounts.login("hana", "nope nope nope").session is None
    assert "locked" in (accounts.login("hana", PASSWORD).error or "")
    clock.now += timedelta(minutes=15, seconds=1)
    assert accounts.login("hana", PASSWORD).session is not None
    db.close()


def test_every_change_is_in_the_audit_log_with_its_author(desk: Desk) -> None:
    s, csrf = desk.login("ada")
    h = {"X-CSRF-Token": csrf}
    token = s.post(desk.url + "/operator/api/kiosks", json={"kiosk_id": "k7"}, headers=h, timeout=30)
    assert token.status_code == 201
    assert desk.db.kiosk_for(token.json()["kiosk_token"]) == "k7"
    again = s.post(desk.url + "/operator/api/kiosks", json={"kiosk_id": "k7"}, headers=h, timeout=30)
    assert again.status_code == 409
    assert "--rotate" in again.json()["detail"]
    s.post(
        desk.url + "/operator/api/kiosks",
        json={"kiosk_id": "k7", "rotate": True, "overlap_hours": 1},
        headers=h,
        timeout=30,
    )
    s.post(desk.url + "/operator/api/kiosks/k7/revoke", headers=h, timeout=30)
    s.post(
        desk.url + "/operator/api/operators",
        json={"username": "newbie", "password": PASSWORD, "role": "fleet_viewer"},
        headers=h,
        timeout=30,
    )
    s.post(desk.url + "/operator/api/operators/newbie", json={"disabled": True}, headers=h, timeout=30)
    event = _report(desk.db)
    s.post(
        desk.url + f"/operator/api/reports/k1/{event}",
        json={"status": "handled", "notes": "called"},
        headers=h,
        timeout=30,
    )
    entries = s.get(desk.url + "/operator/api/audit", timeout=30).json()["entries"]
    mine = [(e["action"], e["target"]) for e in entries if e["actor"] == "ada"]
    for expected in [
        ("kiosk.enrol", "k7"),
        ("kiosk.rotate", "k7"),
        ("kiosk.revoke", "k7"),
        ("operator.create", "newbie"),
        ("operator.change", "newbie"),
        ("report.update", f"k1/{event}"),
    ]:
        assert expected in mine, (expected, mine)
    update = next(e for e in entries if e["action"] == "report.update")
    assert update["details"]["status"] == {"from": "new", "to": "handled"}


def test_reports_inbox_filters_and_exports(desk: Desk) -> None:
    _report(desk.db, "k1", target="Golden Visa LLC")
    second = _report(desk.db, "k2", target='=HYPERLINK("http://x")', contact_phone="+998 90 000 00 00")
    s, csrf = desk.login("hana")
    api = desk.url + "/operator/api/reports"
    assert len(s.get(api, timeout=30).json()["reports"]) == 2
    assert [r["kiosk_id"] for r in s.get(api, params={"kiosk": "k2"}, timeout=30).json()["reports"]] == ["k2"]
    assert [r["target"] for r in s.get(api, params={"agency": "golden"}, timeout=30).json()["reports"]] == [
        "Golden Visa LLC"
    ]
    assert s.get(api, params={"since": "2026-12-01"}, timeout=30).json()["reports"] == []
    assert (
        len(s.get(api, params={"since": "2026-11-30", "until": "2026-11-30"}, timeout=30).json()["reports"])
        == 2
    )
    s.post(
        api + f"/k2/{second}",
        json={"status": "handled", "assignee": "hana"},
        headers={"X-CSRF-Token": csrf},
        timeout=30,
    )
    assert [r["status"] for r in s.get(api, params={"status": "handled"}, timeout=30).json()["reports"]] == [
        "handled"
    ]
    bad = s.post(api + f"/k2/{second}", json={"status": "gone"}, headers={"X-CSRF-Token": csrf}, timeout=30)
    assert bad.status_code == 422
    assert "status must be one of" in bad.json()["detail"]
    csv_text = s.get(desk.url + "/operator/api/reports.csv", timeout=30).content.decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("reference,status,assignee,kiosk_id")
    assert "'=HYPERLINK" in csv_text
    assert "'+998 90" in csv_text  # never a formula in a spreadsheet


def test_fleet_shows_age_flags_and_server_time(desk: Desk) -> None:
    desk.db.enrol("k1")
    desk.db.enrol("k2")
    for depth in (1, 4):
        desk.db.store_event(
            "k1",
            str(uuid.uuid4()),
            {
                "kind": "heartbeat",
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "payload": {
                    "content_version": "v3",
                    "outbox_depth": depth,
                    "disk_free_bytes": 10 * 1024 * 1024,
                    "last_verified_at": datetime.now(UTC).isoformat(),
                    "app_version": "0.1.0",
                    "content_versions": {"registry": 12},
                },
            },
        )
    s, _ = desk.login("vik")
    view = s.get(desk.url + "/operator/api/fleet", timeout=30).json()
    assert datetime.fromisoformat(view["server_time"]).tzinfo is not None
    rows = {k["kiosk_id"]: k for k in view["kiosks"]}
    assert {f["name"] for f in rows["k1"]["flags"]} == {"outbox_growing", "disk_full"}
    assert rows["k1"]["age_s"] < 600
    assert rows["k1"]["content_versions"] == {"registry": 12}
    assert [f["name"] for f in rows["k2"]["flags"]] == ["offline"]
    assert rows["k2"]["age"] == "never"
    page = s.get(desk.url + "/operator/", timeout=30).text
    assert "outbox grew from 1 to 4 events" in page
    assert "Server time" in page


def test_text_from_kiosks_is_escaped_on_every_page(desk: Desk) -> None:
    evil = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    desk.db.enrol("k1")
    _report(desk.db, "k1", target=evil, contact_phone=evil, reasons=[evil])
    desk.db.store_event(
        "k1",
        str(uuid.uuid4()),
        {
            "kind": "heartbeat",
            "created_at": "2026-12-01T00:00:00+00:00",
            "payload": {"last_error": evil, "content_version": evil},
        },
    )
    s, _ = desk.login("ada")
    for path in ("/operator/", "/operator/reports", "/operator/kiosks", "/operator/audit"):
        html = s.get(desk.url + path, timeout=30).text
        assert "<script>alert" not in html, path
        assert "<img src=x" not in html, path
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in s.get(desk.url + "/operator/reports", timeout=30).text


def test_login_page_never_redirects_elsewhere(desk: Desk) -> None:
    s = requests.Session()
    r = s.post(
        desk.url + "/operator/login",
        data={"username": "vik", "password": PASSWORD, "next": "https://evil.example/"},
        allow_redirects=False,
        timeout=30,
    )
    assert r.status_code == 303
    assert r.headers["location"] == "/operator/"
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie
    assert "samesite=strict" in cookie
    wrong = requests.post(
        desk.url + "/operator/login", data={"username": "vik", "password": "x" * 12}, timeout=30
    )
    assert wrong.status_code == 401
    assert "wrong name or password" in wrong.text


def test_first_administrator_from_the_command_line(
    desk: Desk,
    deployment,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import io

    from server.app import main

    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert (
        main(
            [
                "--deploy",
                str(deployment.root),
                "--database-url",
                database_url,
                "add-operator",
                "root2",
                "--role",
                "administrator",
                "--password-stdin",
            ]
        )
        == 0
    )
    assert "administrator" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert (
        main(
            [
                "--deploy",
                str(deployment.root),
                "--database-url",
                database_url,
                "add-operator",
                "x2",
                "--password-stdin",
            ]
        )
        == 1
    )
    assert "at least 12 characters" in capsys.readouterr().err
    s, _ = desk.login("ada")
    entries = s.get(desk.url + "/operator/api/audit", timeout=30).json()["entries"]
    assert any(e["action"] == "operator.create" and e["actor"].startswith("cli:") for e in entries)
    assert json.dumps(entries).count("root2") >= 1


def test_the_audit_api_reaches_every_line_a_page_at_a_time(desk: Desk) -> None:
    """`GET /operator/api/audit` gave the newest 5,000 lines at most and no way past them; with `offset` a
    script reads the whole log, newest first, and `total` says how far it goes. What is no offset or limit is
    a 422 naming the parameter, never a 500."""
    from server.schema import audit_log

    with desk.db.begin() as conn:
        conn.execute(audit_log.insert(), [
            {"at": "2026-12-01T08:00:00+00:00", "actor": "ada", "action": "report.update",
             "target": f"line-{n:05d}", "details": "{}"} for n in range(6_000)])
    s, _ = desk.login("ada")
    seen: list[str] = []
    offset, total = 0, None
    while True:
        r = s.get(desk.url + "/operator/api/audit", params={"limit": 5000, "offset": offset}, timeout=60)
        assert r.status_code == 200, r.text[:300]
        body = r.json()
        total = body["total"]
        assert (body["offset"], body["limit"]) == (offset, 5000)
        if not body["entries"]:
            break
        seen += [e["target"] for e in body["entries"]]
        offset += len(body["entries"])
    lines = [t for t in seen if t.startswith("line-")]
    assert lines == [f"line-{n:05d}" for n in reversed(range(6_000))]  # each once, newest first
    assert len(seen) == total  # the log also holds the accounts made and the login
    only = s.get(desk.url + "/operator/api/audit", params={"action": "login", "limit": 10}, timeout=30).json()
    assert only["total"] == 1 and [e["action"] for e in only["entries"]] == ["login.ok"]
    for bad in ({"offset": -1}, {"offset": "x"}, {"limit": "many"}, {"offset": 10**30}):
        r = s.get(desk.url + "/operator/api/audit", params=bad, timeout=30)
        assert r.status_code == 422, (bad, r.status_code, r.text[:200])
        assert next(iter(bad)) in r.text, r.text[:300]
