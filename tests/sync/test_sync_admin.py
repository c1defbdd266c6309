"""kiosk-admin end to end on files, `kiosk status`, staleness, online re-signing, and the new settings."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from admin import cli as admin
from kiosk.app.config import ConfigError, load_config
from kiosk.services.state import StateStore
from kiosk.services.sync_wiring import kiosk_status
from kiosk.tools.sync_commands import run_status
from server.db import SERVER_DB, ServerDB
from sync import status
from sync.publisher import Publisher
from tests.sync.helpers import FIXTURE, Kiosk
from tests.testkit.serve import Deployment


def test_admin_commands_from_init_to_fleet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deploy = ["--deploy", str(tmp_path / "d")]
    trust_out = str(tmp_path / "trust" / "root.json")
    assert admin.main([*deploy, "init", "--unencrypted", "--trust-out", trust_out]) == 0
    assert (tmp_path / "trust" / "root.json").read_bytes() == (
        tmp_path / "d" / "trust" / "root.json"
    ).read_bytes()
    assert admin.main([*deploy, "init"]) == 1  # never silently replaces a deployment's keys
    assert admin.main([*deploy, "publish", str(FIXTURE)]) == 0
    assert "timestamp version 2" in capsys.readouterr().out
    assert admin.main([*deploy, "publish", str(FIXTURE)]) == 0
    assert "0 file(s) changed" in capsys.readouterr().out
    assert (
        admin.main(
            [
                *deploy,
                "alert",
                "--id",
                "x-1",
                "--lang",
                "ru",
                "--title",
                "Осторожно",
                "--summary",
                "Мошенники",
                "--red-flag",
                "Оплата вперёд",
                "--action",
                "Звоните",
                "--qr",
                "https://example.org/x",
            ]
        )
        == 0
    )
    assert (
        admin.main(
            [
                *deploy,
                "alert",
                "--id",
                "Bad Id",
                "--title",
                "t",
                "--summary",
                "s",
                "--red-flag",
                "r",
                "--action",
                "a",
                "--qr",
                "https://example.org/x",
            ]
        )
        == 1
    )
    assert admin.main([*deploy, "enrol", "kiosk-01"]) == 0
    out = capsys.readouterr().out
    token = out.split('kiosk_token = "')[1].split('"')[0]
    assert ServerDB(tmp_path / "d" / SERVER_DB).kiosk_for(token) == "kiosk-01"
    assert admin.main([*deploy, "fleet", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["kiosk_id"] == "kiosk-01"
    assert row["age"] == "never"
    assert admin.main([*deploy, "fleet"]) == 0
    table = capsys.readouterr().out
    assert "server time" in table
    assert "offline: never sent a heartbeat" in table
    assert admin.main([*deploy, "enrol", "kiosk-01"]) == 1  # a second token only with --rotate
    assert "--rotate" in capsys.readouterr().err
    assert ServerDB(tmp_path / "d" / SERVER_DB).kiosk_for(token) == "kiosk-01"
    assert admin.main([*deploy, "enrol", "kiosk-01", "--rotate", "--overlap-hours", "2"]) == 0
    assert "keeps working for 2 h" in capsys.readouterr().out
    assert admin.main([*deploy, "refresh"]) == 0
    assert "nothing to do" in capsys.readouterr().out


def test_every_admin_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("init", "publish", "alert", "enrol", "fleet", "events", "refresh", "status", "renew",
                    "registry", "rotate-key", "add-role", "console"):
        with pytest.raises(SystemExit) as exit_info:
            admin.main([command, "--help"])
        assert exit_info.value.code == 0
        assert "usage: kiosk-admin" in capsys.readouterr().out


def test_server_re_signs_snapshot_and_timestamp_before_they_expire(deployment: Deployment) -> None:
    online = deployment.keyring  # the test machine holds every key; refresh uses only the online ones
    later = datetime.now(UTC) + timedelta(hours=13)
    publisher = Publisher(deployment.store, online, clock=lambda: later)
    before = publisher.timestamp.signed.version, publisher.snapshot.signed.version
    assert publisher.refresh_online()
    assert (publisher.timestamp.signed.version, publisher.snapshot.signed.version) == (
        before[0] + 1,
        before[1],
    )
    much_later = Publisher(deployment.store, online, clock=lambda: later + timedelta(days=4))
    assert much_later.refresh_online()
    assert much_later.snapshot.signed.version == before[1] + 1
    assert not much_later.refresh_online()


def test_kiosk_status_shows_versions_errors_and_outbox(
    kiosk: Kiosk, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk.state.add_report({"agency": "X"})
    assert run_status(kiosk.data_dir, as_json=True) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["content_version"] == shown["synced_bundle_version"]
    assert shown["outbox_depth"] == 1
    assert shown["last_error"] is None
    assert not shown["stale"]
    assert "registry/warnings.json" in shown["targets"]
    assert "topics.json" in shown["targets"]
    assert run_status(kiosk.data_dir, as_json=False) == 0
    text = capsys.readouterr().out
    assert "last verified:" in text
    assert "outbox depth:       1" in text


def test_last_verified_drives_staleness(tmp_path: Path) -> None:
    state = StateStore(tmp_path)
    week, nine_days = load_config(tmp_path), load_config(tmp_path, {"stale_after_days": 9})
    try:
        assert status.last_verified(state) is None
        assert kiosk_status(week, state)["stale"]  # never verified, nothing applied: licences must warn
        long_ago = datetime.now(UTC) - timedelta(days=8)
        status.record_verified(state, "abc", 3, changed=True, now=long_ago,
                                   registry_as_of=long_ago)
        assert status.last_verified(state) == long_ago.replace(microsecond=0)
        assert kiosk_status(week, state)["stale"]
        assert not kiosk_status(nine_days, state)["stale"]
    finally:
        state.close()


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("poll_interval_s", 5),
        ("poll_interval_s", 100_000),
        ("server_url", "ftp://x"),
        ("kiosk_token", "тoken"),
    ],
)
def test_sync_settings_are_validated(tmp_path: Path, setting: str, value: object) -> None:
    with pytest.raises(ConfigError, match=setting):
        load_config(tmp_path, {setting: value})


def test_sync_settings_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert (config.poll_interval_s, config.kiosk_token, config.trust_root) == (300, "", "")


def test_rotate_key_for_a_delegated_role(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """content, registry and alerts keys rotate too; without the targets key nothing is changed."""
    deploy = tmp_path / "d"
    assert admin.main(["--deploy", str(deploy), "init", "--unencrypted"]) == 0
    assert admin.main(["--deploy", str(deploy), "publish", str(FIXTURE)]) == 0
    capsys.readouterr()
    assert admin.main(["--deploy", str(deploy), "rotate-key", "alerts"]) == 0
    assert "targets version" in capsys.readouterr().out
    offline = deploy / "keys" / "offline"
    for path in offline.glob("targets-*.pem"):
        path.rename(tmp_path / path.name)
    before = sorted(p.name for p in offline.iterdir())
    assert admin.main(["--deploy", str(deploy), "rotate-key", "content"]) == 1
    assert "nothing was changed" in capsys.readouterr().err
    assert sorted(p.name for p in offline.iterdir()) == before
