"""The fleet view warns per kiosk, from what each kiosk itself verified: its heartbeat carries the earliest
expiry of the signed roles in its TUF cache, and a kiosk whose trust runs out within 30 days is flagged on
the operators' page and in `kiosk-admin fleet`. (A kiosk that stopped following the repository can hold
older roles than the server's; the repository's own expiries do not show that.)"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from argon2 import PasswordHasher

from admin import cli as admin
from server.accounts import Accounts, Role
from server.db import SERVER_DB, ServerDB
from server.fleet import judge
from sync.trust_expiry import role_expiries
from tests.sync.helpers import make_kiosk
from tests.testkit.serve import Deployment, ServerThread


def _flags(row: dict, now: datetime) -> dict[str, str]:
    return {f["name"]: f["message"] for f in judge(row, now)["flags"]}


def test_the_heartbeat_carries_the_kiosks_earliest_trust_expiry(
    tmp_path: Path, deployment: Deployment, server: ServerThread
) -> None:
    db = ServerDB(deployment.root / SERVER_DB)
    kiosk = make_kiosk(tmp_path / "kiosk", server.url, deployment, db.enrol("k1"))
    try:
        kiosk.runner.run_once()
    finally:
        kiosk.close()
    expiries = role_expiries(tmp_path / "kiosk" / "sync" / "tuf")
    role, earliest = min(expiries.items(), key=lambda item: item[1])
    (row,) = db.fleet()
    assert datetime.fromisoformat(row["trust_expires_at"]) == earliest
    assert row["trust_expires_role"] == role
    assert "trust_expiring" not in _flags(row, earliest - timedelta(days=31))
    assert role in _flags(row, earliest - timedelta(days=29))["trust_expiring"]
    assert "takes no update" in _flags(row, earliest + timedelta(days=1))["trust_expired"]


def test_the_fleet_page_and_kiosk_admin_fleet_flag_the_kiosk_whose_trust_runs_out(
    deployment: Deployment, server: ServerThread, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ServerDB(deployment.root / SERVER_DB)
    now = datetime.now(UTC)
    for kiosk_id, days in (("soon", 12), ("fine", 90)):
        db.enrol(kiosk_id)
        db.store_event(kiosk_id, str(uuid.uuid4()), {
            "kind": "heartbeat", "created_at": now.isoformat(timespec="seconds"),
            "payload": {"last_verified_at": now.isoformat(), "trust_expires_role": "alerts",
                        "trust_expires_at": (now + timedelta(days=days)).isoformat(timespec="seconds")}})
    assert admin.main(["--deploy", str(deployment.root), "fleet"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()[2:]}
    assert "trust_expiring: signed alerts role expires in 1" in lines["soon"]
    assert "trust_expiring" not in lines["fine"]
    Accounts(db, hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)).create(
        "vik", "correct horse battery", Role.FLEET_VIEWER, actor="test")
    session = requests.Session()
    login = {"username": "vik", "password": "correct horse battery"}
    assert session.post(server.url + "/operator/api/login", json=login, timeout=30).status_code == 200
    page = session.get(server.url + "/operator/", timeout=30).text
    assert page.count("signed alerts role expires in") == 1
