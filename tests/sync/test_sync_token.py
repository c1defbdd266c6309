"""A kiosk whose token the server stops accepting says so in `kiosk status` and on the fleet view, while
its content keeps updating; a new token clears it. The heartbeat carries versions per role and free disk."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

from kiosk.tools.sync_commands import run_status
from server.db import SERVER_DB, ServerDB
from server.fleet import judge
from tests.sync.helpers import make_kiosk
from tests.testkit.serve import Deployment, ServerThread


def test_rejected_token_shows_in_status_and_fleet(
    tmp_path: Path, deployment: Deployment, server: ServerThread
) -> None:
    db = ServerDB(deployment.root / SERVER_DB)
    token = db.enrol("k1")
    kiosk = make_kiosk(tmp_path / "kiosk", server.url, deployment, token)
    try:
        result = kiosk.runner.run_once()
        assert result.status["token_rejected_at"] is None
        (row,) = db.fleet()
        assert row["content_versions"]["targets"] >= 1
        assert "registry" in row["content_versions"]
        assert row["app_version"]
        assert row["disk_free_bytes"] > 0
        kiosk.state.add_report({"target": "Fake Ltd", "reasons": ["paid_fee"]})
        db.enrol("k1", rotate=True, overlap=timedelta(0))  # the kiosk still has the old token
        result = kiosk.runner.run_once()
        assert result.status["last_error"] is None  # content is fine...
        assert result.status["token_rejected_at"]  # ...but the server refuses this kiosk
        out = io.StringIO()
        assert run_status(tmp_path / "kiosk", False, out=out) == 0  # what `kiosk status` prints
        text = out.getvalue()
        assert "server token:       REJECTED by the server" in text
        assert "--rotate" in text
        (row,) = db.fleet()
        flags = {f["name"] for f in judge(row, db.clock())["flags"]}
        assert "token_rejected" in flags
        assert kiosk.state.outbox_depth() == 1  # nothing lost: the report waits for a good token
    finally:
        kiosk.close()
    fresh = db.enrol("k1", rotate=True, overlap=timedelta(0))
    kiosk = make_kiosk(tmp_path / "kiosk", server.url, deployment, fresh)
    try:
        kiosk.state.put("sync.outbox.not_before", "")
        result = kiosk.runner.run_once()
        assert result.status["token_rejected_at"] is None
        (row,) = db.fleet()
        assert row["token_rejected_at"] is None
    finally:
        kiosk.close()
