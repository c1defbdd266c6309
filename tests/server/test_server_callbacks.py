"""The situation centre's call-back queue over real HTTP, on SQLite and PostgreSQL: kiosks deliver requests
through /v1/events, urgent topics jump the queue, new → called → resolved with the time waited, the
operator API needs a reports handler, and a request the kiosk should never have confirmed is refused."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import requests

from server import callbacks
from server.accounts import Accounts, Role
from server.db import ServerDB
from tests.server.test_server_operators import CHEAP, PASSWORD, Desk
from tests.testkit.serve import ServerThread

GOOD = {"phone": "+998900000000", "call_language": "uz", "topic": "unpaid_wages", "country": "ru",
        "consent": True}


@pytest.fixture
def centre(server: ServerThread, database_url: str) -> Iterator[tuple[Desk, str]]:
    db = ServerDB(database_url)
    accounts = Accounts(db, hasher=CHEAP)
    accounts.create("hana", PASSWORD, Role.REPORTS_HANDLER, actor="test")
    accounts.create("vik", PASSWORD, Role.FLEET_VIEWER, actor="test")
    token = db.enrol("k1")
    yield Desk(server.url, db), token
    db.close()


def _send(desk: Desk, token: str, payload: dict, key: str | None = None) -> requests.Response:
    key = key or str(uuid.uuid4())
    body = {"kind": "callback", "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "reference": "C-" + key[:4].upper(), "payload": payload}
    return requests.post(desk.url + "/v1/events", json=body, timeout=30,
                         headers={"Authorization": f"Bearer {token}", "Idempotency-Key": key})


def test_urgent_requests_jump_the_queue_and_calls_end_the_wait(centre: tuple[Desk, str]) -> None:
    desk, token = centre
    first = str(uuid.uuid4())
    assert _send(desk, token, GOOD, first).status_code == 201
    assert _send(desk, token, GOOD, first).status_code == 200  # a retried delivery is not queued twice
    urgent = str(uuid.uuid4())
    assert _send(desk, token, {**GOOD, "topic": "armed_forces"}, urgent).status_code == 201
    s, csrf = desk.login("hana")
    queue = s.get(desk.url + "/operator/api/callbacks", timeout=30).json()["callbacks"]
    assert [c["event_id"] for c in queue] == [urgent, first]  # urgent first, though it came later
    assert queue[0]["urgent"]
    assert queue[0]["status"] == "new"
    assert queue[0]["waited_s"] >= 0
    assert queue[1]["phone"] == "+998900000000"
    assert queue[1]["call_language"] == "uz"
    url = f"{desk.url}/operator/api/callbacks/k1/{urgent}"
    called = s.post(url, json={"status": "called"}, headers={"X-CSRF-Token": csrf}, timeout=30)
    assert called.status_code == 200
    desk.db.clock = lambda: datetime.now(UTC) + timedelta(hours=3)  # three hours later, read the same rows
    queue = callbacks.queue(desk.db)
    assert queue[0]["event_id"] == first
    assert queue[0]["waited_s"] >= 3 * 3600  # still waiting: now first
    assert queue[1]["status"] == "called"
    assert queue[1]["waited_s"] < 3600  # the wait ended with the call
    resolved = s.post(url, json={"status": "resolved", "notes": "consulate informed"},
                      headers={"X-CSRF-Token": csrf}, timeout=30)
    assert resolved.status_code == 200
    back = s.post(url, json={"status": "new"}, headers={"X-CSRF-Token": csrf}, timeout=30)
    assert back.status_code == 422
    assert "cannot become new" in back.json()["detail"]
    done = s.get(desk.url + "/operator/api/callbacks?status=resolved", timeout=30).json()["callbacks"]
    assert [(c["event_id"], c["notes"]) for c in done] == [(urgent, "consulate informed")]
    audit = [e["action"] for e in Accounts(desk.db).audit_entries(action_prefix="callback.")]
    assert audit.count("callback.update") == 2


def test_requests_the_kiosk_must_not_confirm_are_refused(centre: tuple[Desk, str]) -> None:
    desk, token = centre
    no_consent = _send(desk, token, {**GOOD, "consent": False})
    assert no_consent.status_code == 422
    assert "consent" in no_consent.json()["detail"]
    bad_phone = _send(desk, token, {**GOOD, "phone": "+998 90 12"})
    assert bad_phone.status_code == 422
    assert "9 digits after +998" in bad_phone.json()["detail"]
    assert desk.db.events("callback") == []


def test_the_queue_hides_phones_and_actions_below_a_reports_handler(centre: tuple[Desk, str]) -> None:
    desk, token = centre
    event = str(uuid.uuid4())
    _send(desk, token, GOOD, event)
    assert requests.get(desk.url + "/operator/api/callbacks", timeout=30).status_code == 401
    viewer, csrf = desk.login("vik")
    seen = viewer.get(desk.url + "/operator/api/callbacks", timeout=30)
    assert seen.status_code == 200
    (entry,) = seen.json()["callbacks"]
    assert entry["phone"] is None and entry["phone_hidden"] and not seen.json()["can_call"]
    assert GOOD["phone"] not in seen.text
    assert viewer.post(f"{desk.url}/operator/api/callbacks/k1/{event}", json={"status": "called"},
                       headers={"X-CSRF-Token": csrf}, timeout=30).status_code == 403


def _page_post(s: requests.Session, desk: Desk, event: str, **form: str) -> requests.Response:
    return s.post(f"{desk.url}/operator/callbacks/k1/{event}", data=form, allow_redirects=False, timeout=30)


def test_the_queue_page_by_role(centre: tuple[Desk, str]) -> None:
    desk, token = centre
    first, urgent = str(uuid.uuid4()), str(uuid.uuid4())
    _send(desk, token, {**GOOD, "call_language": "ru", "country": "kr"}, first)
    _send(desk, token, {**GOOD, "topic": "passport_taken", "phone": "+998901112233"}, urgent)
    anonymous = requests.get(desk.url + "/operator/callbacks", allow_redirects=False, timeout=30)
    assert anonymous.status_code == 303 and "/operator/login" in anonymous.headers["location"]
    assert requests.post(f"{desk.url}/operator/callbacks/k1/{first}", data={"status": "called"},
                         timeout=30).status_code == 401
    viewer, csrf = desk.login("vik")
    page = viewer.get(desk.url + "/operator/callbacks", timeout=30).text
    assert "2 request(s), 2 waiting for a call" in page
    assert page.index(urgent) < page.index(first)  # urgent first, though it came later
    assert "+998" not in page and "hidden: for reports handlers" in page
    assert "Mark called" not in page
    assert _page_post(viewer, desk, first, status="called", csrf_token=csrf).status_code == 403

    s, csrf = desk.login("hana")
    page = s.get(desk.url + "/operator/callbacks", timeout=30).text
    assert "+998901112233" in page and "Mark called" in page
    assert _page_post(s, desk, first, status="called").status_code == 403  # no CSRF token
    assert _page_post(s, desk, first, status="called", csrf_token="wrong").status_code == 403
    done = _page_post(s, desk, first, status="called", notes="no answer", csrf_token=csrf,
                      back="status=new")
    assert done.status_code == 303 and done.headers["location"] == "/operator/callbacks?status=new&msg=saved"
    refused = _page_post(s, desk, urgent, status="resolved", notes="  ", csrf_token=csrf)
    assert refused.status_code == 422 and "needs a note" in refused.text
    assert _page_post(s, desk, urgent, status="resolved", notes="consulate called the employer",
                      csrf_token=csrf).status_code == 303
    only = s.get(desk.url + "/operator/callbacks", params={"language": "ru"}, timeout=30).text
    assert first in only and urgent not in only
    only = s.get(desk.url + "/operator/callbacks", params={"urgent": "1", "status": "resolved"},
                 timeout=30).text
    assert urgent in only and first not in only and "consulate called the employer" in only
    assert "No call-back requests match these filters" in s.get(
        desk.url + "/operator/callbacks", params={"country": "de"}, timeout=30).text
    changes = Accounts(desk.db).audit_entries(action_prefix="callback.")
    assert [(e["actor"], e["action"]) for e in changes] == [("hana", "callback.update")] * 2


def test_markup_in_a_request_is_shown_as_text(centre: tuple[Desk, str]) -> None:
    desk, token = centre
    event = str(uuid.uuid4())
    _send(desk, token, GOOD, event)
    s, csrf = desk.login("hana")
    _page_post(s, desk, event, notes="<script>alert(1)</script>", csrf_token=csrf)
    page = s.get(desk.url + "/operator/callbacks", timeout=30).text
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)" in page


def test_time_waited_in_words() -> None:
    assert [callbacks.waited_words(s) for s in (0, 59, 45 * 60, 3 * 3600 + 5 * 60, 47 * 3600, 52 * 3600)] == [
        "0 min", "0 min", "45 min", "3 h 05 min", "47 h 00 min", "2 d 4 h"]
