"""The server's store on SQLite and PostgreSQL alike: tokens, enrolment, idempotent events, heartbeats,
and the refusal of a folder that is not a deployment."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from admin import cli as admin
from server.db import EnrolError, ServerDB
from server.storage import DeployError, open_engine
from sync.http import HttpClient
from tests.testkit.serve import ServerThread

ROOT = Path(__file__).resolve().parents[2]


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _event(kind: str = "report", created_at: str = "2026-12-01T10:00:00+00:00", **payload: object) -> dict:
    return {"kind": kind, "created_at": created_at, "reference": "R-1", "payload": payload}


def test_events_are_stored_once(db: ServerDB) -> None:
    token = db.enrol("k1")
    assert db.kiosk_for(token) == "k1"
    assert db.kiosk_for("nope") is None
    assert db.store_event("k1", "key-00001", _event(agency="Fake Ltd")) is True
    assert db.store_event("k1", "key-00001", _event(agency="changed")) is False
    assert db.store_event("k2", "key-00001", _event()) is True  # the key is per kiosk
    (first, _) = db.events("report")
    assert first["payload"] == {"agency": "Fake Ltd"}
    assert first["kiosk_id"] == "k1"


def test_heartbeat_fills_the_fleet_row_and_remembers_the_previous_outbox(db: ServerDB) -> None:
    db.enrol("k1")
    for depth, at in ((2, "10:00"), (5, "10:05")):
        db.store_event(
            "k1",
            str(uuid.uuid4()),
            _event(
                "heartbeat",
                f"2026-12-01T{at}:00+00:00",
                content_version="v9",
                outbox_depth=depth,
                app_version="0.1.0",
                disk_free_bytes=10_000,
                content_versions={"content": 4, "registry": 7},
            ),
        )
    db.store_event("k1", str(uuid.uuid4()), _event("heartbeat", "2026-12-01T09:00:00+00:00", outbox_depth=0))
    (row,) = db.fleet()
    assert (row["outbox_depth_before"], row["outbox_depth"]) == (2, 5)
    assert row["last_seen"] == "2026-12-01T10:05:00+00:00"
    assert row["content_versions"] == {"content": 4, "registry": 7}
    assert row["app_version"] == "0.1.0"


def test_enrol_refuses_a_second_time_and_rotation_overlaps(database_url: str) -> None:
    clock = Clock()
    db = ServerDB(database_url, clock=clock)
    old = db.enrol("k1")
    with pytest.raises(EnrolError, match="--rotate"):
        db.enrol("k1")
    assert db.kiosk_for(old) == "k1"  # the refused enrolment changed nothing
    new = db.enrol("k1", rotate=True, overlap=timedelta(hours=2))
    clock.now += timedelta(hours=1)
    assert db.kiosk_for(old) == db.kiosk_for(new) == "k1"  # both work during the overlap
    clock.now += timedelta(hours=1, seconds=1)
    assert db.kiosk_for(old) is None
    assert db.kiosk_for(new) == "k1"
    (row,) = db.fleet()
    assert row["token_rejected_at"] == "2026-12-01T14:00:01+00:00"  # the old token was tried: noted
    assert db.revoke("k1") == 1
    assert db.kiosk_for(new) is None
    db.close()


def test_events_over_http_on_both_databases(server: ServerThread, database_url: str) -> None:
    db = ServerDB(database_url)
    token = db.enrol("kiosk-7")
    body = json.dumps(_event(agency="Fake Ltd")).encode()
    headers = {
        "Authorization": f"Bearer {token}",
        "Idempotency-Key": "abcdef-123",
        "Content-Type": "application/json",
    }
    http = HttpClient()
    assert http.request("POST", server.url + "/v1/events", body=body, headers=headers).status == 201
    assert http.request("POST", server.url + "/v1/events", body=body, headers=headers).status == 200
    assert [e["event_id"] for e in db.events()] == ["abcdef-123"]
    db.close()


def test_audit_log_refuses_update_and_delete(database_url: str) -> None:
    from sqlalchemy import delete, insert, update
    from sqlalchemy.exc import DBAPIError

    from server.schema import audit_log

    engine = open_engine(database_url)
    with engine.begin() as conn:
        conn.execute(insert(audit_log).values(at="t", actor="a", action="x", target="y", details="{}"))
    for statement in (update(audit_log).values(actor="b"), delete(audit_log)):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(statement)
    engine.dispose()


def test_a_wrong_database_url_is_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(DeployError, match="only sqlite"):
        open_engine("mysql://x@y/z")
    with pytest.raises(DeployError, match="cannot open the database postgresql"):
        open_engine("postgresql://nobody:secret@127.0.0.1:1/none")


def test_server_refuses_a_wrong_deploy_folder_in_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "not-a-deployment"
    empty.mkdir()
    for folder in (tmp_path / "missing", empty):
        run = subprocess.run(
            [sys.executable, "-m", "server", "--deploy", str(folder), "--port", "1"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
        )
        assert run.returncode == 2
        assert run.stdout == ""
        assert run.stderr.count("\n") == 1, run.stderr
        assert "kiosk-admin init" in run.stderr, run.stderr
    assert list(empty.iterdir()) == []
    assert not (tmp_path / "missing").exists()


def test_admin_enrol_on_a_wrong_folder_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "typo"
    wrong.mkdir()
    assert admin.main(["--deploy", str(wrong), "enrol", "k1"]) == 2
    assert "not a deployment folder" in capsys.readouterr().err
    assert list(wrong.iterdir()) == []
