"""kiosk-server over real HTTP: conditional GET, tokens, idempotency, rate limits, health and OpenAPI."""

from __future__ import annotations

import json
import uuid

from server.db import SERVER_DB, ServerDB
from sync.http import HttpClient
from tests.testkit.serve import Deployment, ServerThread


def _post(http: HttpClient, url: str, token: str, key: str, body: dict) -> tuple[int, dict]:
    response = http.request(
        "POST",
        url + "/v1/events",
        body=json.dumps(body).encode(),
        headers={
            "Authorization": f"Bearer {token}",
            "Idempotency-Key": key,
            "Content-Type": "application/json",
        },
    )
    return response.status, dict(response.headers)


def test_timestamp_has_an_etag_and_answers_304(server: ServerThread) -> None:
    http = HttpClient()
    first = http.request("GET", server.url + "/metadata/timestamp.json")
    assert first.status == 200
    assert first.headers["cache-control"] == "no-cache"
    again = http.request(
        "GET", server.url + "/metadata/timestamp.json", headers={"If-None-Match": first.headers["etag"]}
    )
    assert again.status == 304
    assert again.body == b""
    versioned = http.request("GET", server.url + "/metadata/1.root.json")
    assert "immutable" in versioned.headers["cache-control"]
    assert http.request("GET", server.url + "/metadata/99.root.json").status == 404


def test_events_need_a_token_and_are_stored_once(server: ServerThread, deployment: Deployment) -> None:
    db = ServerDB(deployment.root / SERVER_DB)
    token = db.enrol("kiosk-7")
    http = HttpClient()
    event = {
        "kind": "report",
        "created_at": "2026-11-28T10:00:00+00:00",
        "reference": "R-AAAA-BBBB",
        "payload": {"agency": "Fake Ltd"},
    }
    key = str(uuid.uuid4())
    assert _post(http, server.url, "wrong", key, event)[0] == 401
    assert _post(http, server.url, token, key, event)[0] == 201
    assert _post(http, server.url, token, key, event)[0] == 200  # a retry: answered, not stored again
    assert _post(http, server.url, token, "bad key!", event)[0] == 400
    stored = db.events("report")
    assert [(e["event_id"], e["kiosk_id"], e["reference"]) for e in stored] == [
        (key, "kiosk-7", "R-AAAA-BBBB")
    ]


def test_heartbeat_updates_the_fleet_view(server: ServerThread, deployment: Deployment) -> None:
    db = ServerDB(deployment.root / SERVER_DB)
    token = db.enrol("kiosk-8")
    beat = {
        "kind": "heartbeat",
        "created_at": "2026-11-28T10:00:00+00:00",
        "payload": {
            "content_version": "abc",
            "outbox_depth": 3,
            "last_error": "transient SlowRetrievalError",
        },
    }
    assert _post(HttpClient(), server.url, token, str(uuid.uuid4()), beat)[0] == 201
    (row,) = db.fleet()
    assert (row["kiosk_id"], row["content_version"], row["outbox_depth"]) == ("kiosk-8", "abc", 3)
    assert row["last_seen"] == "2026-11-28T10:00:00+00:00"
    assert (row["last_error"].endswith(
        "SlowRetrievalError"
    ))


def test_too_many_events_get_429_with_retry_after(deployment: Deployment) -> None:
    server = ServerThread(deployment.root, events_per_minute=2).start()
    try:
        token = ServerDB(deployment.root / SERVER_DB).enrol("kiosk-9")
        http = HttpClient()
        event = {"kind": "usage", "created_at": "2026-11-28T10:00:00+00:00", "payload": {"taps": 3}}
        codes = [_post(http, server.url, token, str(uuid.uuid4()), event) for _ in range(3)]
        assert [c for c, _ in codes] == [201, 201, 429]
        assert 1 <= int(codes[2][1]["retry-after"]) <= 61
    finally:
        server.stop()


def test_health_and_openapi(server: ServerThread) -> None:
    http = HttpClient()
    health = json.loads(http.request("GET", server.url + "/health").body)
    assert health["status"] == "ok"
    assert health["repository"]["timestamp_version"] >= 2
    spec = json.loads(http.request("GET", server.url + "/openapi.json").body)
    assert {"/v1/events", "/health"} <= set(spec["paths"])
    assert "Idempotency-Key" in json.dumps(spec["paths"]["/v1/events"])


def test_oversized_event_is_refused(server: ServerThread, deployment: Deployment) -> None:
    token = ServerDB(deployment.root / SERVER_DB).enrol("kiosk-10")
    event = {"kind": "report", "created_at": "2026-11-28T10:00:00+00:00", "payload": {"x": "y" * 70000}}
    assert _post(HttpClient(), server.url, token, str(uuid.uuid4()), event)[0] == 413
