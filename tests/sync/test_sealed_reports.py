"""Reports and call-back requests sealed to the agency's public key: with `report_seal_key` set, the kiosk's
state.db, the wire and the server hold only ciphertext, and `kiosk-admin events --key` opens them at the
desk. Off by default (the other tests run unsealed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from admin import cli as admin
from kiosk.app.config import ConfigError, load_config
from kiosk.services.state import STATE_DB, StateStore
from kiosk.services.sync_wiring import make_runner
from server.db import SERVER_DB, ServerDB
from server.operators.reports import list_reports
from sync import sealing
from tests.sync.helpers import FAST, write_config
from tests.testkit.serve import Deployment, ServerThread

PHONE = "+998 90 123 45 67"


def _keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    private = tmp_path / "desk" / "seal.key"
    private.parent.mkdir()
    assert admin.main(["seal-keys", "--out", str(private)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "report_seal_key" in x)
    assert admin.main(["seal-keys", "--out", str(private)]) == 1  # never overwritten
    assert private.stat().st_mode & 0o077 == 0
    return private, line.split('"')[1]


def test_sealed_reports_reach_the_desk_and_nowhere_else_in_clear(
    tmp_path: Path, deployment: Deployment, server: ServerThread, capsys: pytest.CaptureFixture[str]
) -> None:
    private, public = _keys(tmp_path, capsys)
    db = ServerDB(deployment.root / SERVER_DB)
    data_dir = tmp_path / "kiosk"
    write_config(data_dir, server.url, deployment, db.enrol("k1"))
    with (data_dir / "kiosk.toml").open("a", encoding="utf-8") as handle:
        handle.write(f'report_seal_key = "{public}"\n')
    config = load_config(data_dir)
    state = StateStore(data_dir, config.report_seal_key)
    try:
        state.add_report({"target": "Fake Ltd", "reasons": ["paid_fee"], "contact_phone": PHONE})
        state.add_callback({"phone": PHONE, "call_language": "uz", "topic": "other", "country": "ru",
                            "consent": True})
        on_disk = b"".join(p.read_bytes() for p in data_dir.glob(STATE_DB + "*"))  # the WAL too
        assert PHONE.encode() not in on_disk
        make_runner(config, state, limits=FAST).run_once()
        assert state.outbox_depth() == 0
    finally:
        state.close()
    stored = db.events("report") + db.events("callback")
    assert len(stored) == 2
    assert all(sealing.is_sealed(event["payload"]) for event in stored)
    assert PHONE not in str(stored)
    assert list_reports(db)[0]["target"].startswith("(sealed")
    capsys.readouterr()
    deploy = ["--deploy", str(deployment.root)]
    assert admin.main([*deploy, "events", "--kind", "report", "--key", str(private)]) == 0
    assert PHONE in capsys.readouterr().out
    other = tmp_path / "other.key"
    assert admin.main(["seal-keys", "--out", str(other)]) == 0
    capsys.readouterr()
    assert admin.main([*deploy, "events", "--key", str(other)]) == 0
    out, err = capsys.readouterr()
    assert PHONE not in out
    assert "2 sealed payload(s) not opened" in err


def test_a_bad_seal_key_is_named_at_start(tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text('report_seal_key = "not-a-key"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="report_seal_key: the public key must be 32 bytes"):
        load_config(tmp_path)
