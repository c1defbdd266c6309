"""Signed trust that renews itself: two simulated years of weekly publishing with a kiosk following every
publish, root key rotation followed by an old kiosk, the admin's expiry view and renewal, and the kiosk's
30-day warning. Time moves by an injected clock, never by sleeping."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from admin import cli as admin
from kiosk.services.state import StateStore
from kiosk.services.sync_wiring import KioskContent
from kiosk.tools.sync_commands import format_status
from sync import keys, status
from sync.client import SyncClient
from sync.publisher import build_files
from sync.repo_init import Settings
from tests.sync.helpers import edit_article
from tests.testkit.serve import Deployment, ServerThread, new_deployment

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
SMALL = Settings(bin_bits=2, part_digits=1)  # few bins and parts: each poll stays quick


class Clock:
    """A clock the test moves forward; the publisher, the server's re-signing and the kiosk share it."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def timed(tmp_path: Path, source: Path, clock: Clock) -> Deployment:
    dep = new_deployment(tmp_path / "deploy", SMALL, clock=clock)
    dep.publish_source(source)
    return dep


@pytest.fixture
def quiet_server(timed: Deployment) -> Iterator[ServerThread]:
    """The real server without its own re-signing task: the test re-signs on the injected clock."""
    srv = ServerThread(timed.root, refresh_interval_s=None).start()
    yield srv
    srv.stop()


def _kiosk(tmp_path: Path, server: ServerThread, trust_root: bytes, clock: Clock) -> SyncClient:
    data_dir = tmp_path / "kiosk"
    return SyncClient(data_dir, server.url, trust_root, KioskContent(data_dir, isolate=False), clock=clock)


def _meta(client: SyncClient, name: str) -> dict:
    return json.loads((client.sync_dir / "tuf" / name).read_bytes())["signed"]


def test_weekly_publishing_for_two_years_never_lets_a_role_expire(
    tmp_path: Path, source: Path, timed: Deployment, quiet_server: ServerThread, clock: Clock,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the old code the registry role (120 days) was never re-signed: a kiosk refused week 18's
    publish with "New registry is expired" and from then on took no revocation at all."""
    monkeypatch.setattr(os, "fsync", lambda fd: None)  # durability is tested elsewhere; 2,400 fsyncs here
    kiosk = _kiosk(tmp_path, quiet_server, timed.trust_root(), clock)
    assert kiosk.poll().changed
    built = build_files(source, tmp_path / "build")
    for week in range(1, 105):
        clock.advance(days=7)
        if week % 13 == 0:
            edit_article(source, f"Week {week}.")
            built = build_files(source, tmp_path / f"build-{week}")
        report = timed.publisher().publish_bundle(*built)  # an ordinary publish, changed or not
        timed.publisher().refresh_online()
        result = kiosk.poll()
        assert result.changed == (week % 13 == 0), (week, report)
        as_of = result.registry_as_of
        assert as_of is not None, (week, as_of)
        assert clock() - as_of <= timedelta(days=60), (week, as_of)
    publisher = timed.publisher()
    for role, _version, expires in publisher.expiries():
        minimum = timedelta(days=1) if role in ("snapshot", "timestamp") else timedelta(days=30)
        assert expires - clock() >= minimum / 2, role
    assert publisher.root.signed.version >= 4  # root renewed about every six months ...
    assert _meta(kiosk, "root.json")["version"] == publisher.root.signed.version  # ... and followed


def test_an_old_kiosk_follows_root_and_targets_key_rotation(
    tmp_path: Path, source: Path, timed: Deployment, quiet_server: ServerThread, clock: Clock
) -> None:
    kiosk = _kiosk(tmp_path, quiet_server, timed.trust_root(), clock)  # bootstrapped with 1.root.json
    kiosk.poll()
    publisher = timed.publisher()
    new_root, new_targets = keys.generate({"root": 1, "targets": 1}).signers.values()
    publisher.rotate_key("root", new_root)
    publisher.rotate_key("targets", new_targets)
    edit_article(source, "Published with the new keys.")
    timed.keyring = publisher.keys
    clock.advance(days=1)
    timed.publish_source(source)
    result = kiosk.poll()
    assert result.changed
    root = _meta(kiosk, "root.json")
    assert root["version"] == 3
    assert root["roles"]["root"]["keyids"] == [new_root[0].public_key.keyid]
    assert root["roles"]["targets"]["keyids"] == [new_targets[0].public_key.keyid]


@pytest.mark.parametrize("role", ["content", "registry", "alerts"])
def test_a_kiosk_follows_a_delegated_role_key_rotation(
    tmp_path: Path, source: Path, timed: Deployment, quiet_server: ServerThread, clock: Clock, role: str
) -> None:
    """The delegating role (targets; for the registry's bins, the registry role too) lists the new key and
    the role is re-signed with it; a kiosk follows, and the old key no longer counts."""
    kiosk = _kiosk(tmp_path, quiet_server, timed.trust_root(), clock)
    kiosk.poll()
    publisher = timed.publisher()
    old = publisher.keys.for_role(role)[0]
    (new,) = keys.generate({role: 1}).signers.values()
    publisher.rotate_key(role, new)
    timed.keyring = publisher.keys
    clock.advance(days=1)
    edit_article(source, "Published after a key rotation.")
    timed.publish_source(source)
    assert kiosk.poll().changed
    delegation = _meta(kiosk, "targets.json")["delegations"]["roles"]
    assert next(r for r in delegation if r["name"] == role)["keyids"] == [new[0].public_key.keyid]
    assert old.public_key.keyid not in _meta(kiosk, "targets.json")["delegations"]["keys"]
    signed_by = json.loads((kiosk.sync_dir / "tuf" / f"{role}.json").read_bytes())["signatures"]
    assert [s["keyid"] for s in signed_by] == [new[0].public_key.keyid]
    if role == "registry":
        bins = _meta(kiosk, "registry.json")["delegations"]["succinct_roles"]
        assert bins["keyids"] == [new[0].public_key.keyid]


def test_admin_status_lists_every_role_and_renew_re_signs(
    tmp_path: Path, source: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deploy = tmp_path / "d"
    assert admin.main(["--deploy", str(deploy), "init"]) == 1  # no passphrase and no --unencrypted
    assert "KIOSK_KEY_PASSPHRASE" in capsys.readouterr().err
    assert not (deploy / "keys").exists()
    assert admin.main(["--deploy", str(deploy), "init", "--unencrypted", "--bin-bits", "2"]) == 0
    assert admin.main(["--deploy", str(deploy), "publish", str(source)]) == 0
    capsys.readouterr()
    assert admin.main(["--deploy", str(deploy), "status"]) == 0
    out = capsys.readouterr().out
    for role in ("root", "targets", "content", "registry", "alerts", "registry-bin-* (4)", "snapshot",
                 "timestamp"):
        assert f"\n{role} " in out, role
    assert "registry signed as of" in out
    assert admin.main(["--deploy", str(deploy), "renew"]) == 0
    assert "nothing was due" in capsys.readouterr().out
    assert admin.main(["--deploy", str(deploy), "renew", "--force"]) == 0
    out = capsys.readouterr().out
    assert "root" in out
    assert "targets" in out
    assert "4 registry bin(s)" in out


def test_kiosk_status_warns_30_days_before_a_role_it_depends_on_expires(
    tmp_path: Path, timed: Deployment, quiet_server: ServerThread, clock: Clock
) -> None:
    kiosk = _kiosk(tmp_path, quiet_server, timed.trust_root(), clock)
    result = kiosk.poll()
    state = StateStore(kiosk.data_dir)
    try:
        status.record_verified(state, result.version, result.snapshot_version, result.changed, now=clock(),
                               registry_as_of=result.registry_as_of)
        def at(days: int) -> dict:
            return status.collect_status(kiosk.data_dir, state, result.version,
                                         now=clock() + timedelta(days=days))

        now = at(0)
        assert now["trust_expiring"] == []
        assert set(now["trust_expires"]) >= {"root", "registry", "alerts"}
        assert at(31)["trust_expiring"] == ["alerts"]  # 60-day role, 29 days left
        later = at(95)
        assert set(later["trust_expiring"]) == {"alerts", "content", "registry", "registry-bin", "vacancies",
                                                "vacancies-bin"}
        assert "WARNING: the signed alerts role expires" in format_status({**later, "stale": False})
    finally:
        state.close()
