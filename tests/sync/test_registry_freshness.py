"""Freshness the server cannot fake: the licensing office's signed "as of" on the registry role, and the
bin versions it pins. An attacker holding the server's online keys (snapshot, timestamp) re-signs a
snapshot that holds back the registry bin carrying a revocation; the licence must turn stale within
`stale_after_days` and never show a plain green LICENSED. Time moves by an injected clock."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tuf.api.metadata import MetaFile

from content.verdict import Kind, licence_kind
from kiosk.app.config import load_config
from kiosk.services.state import StateStore
from kiosk.services.sync_wiring import make_runner
from kiosk.services.verdicts import freshness_from_files
from sync import keys, layout
from sync.publisher import Publisher
from sync.repo_init import Settings
from sync.runner import SyncRunner
from tests.sync.helpers import FAST, query, set_agency_status, write_config
from tests.testkit.serve import Deployment, ServerThread, new_deployment

LICENCE = "0123"  # active in the fixture; the licensing office revokes it in these tests
DAYS = 7  # the kiosk's default stale_after_days


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def timed(tmp_path: Path, source: Path, clock: Clock) -> Deployment:
    dep = new_deployment(tmp_path / "deploy", Settings(bin_bits=2, part_digits=1), clock=clock)
    dep.publish_source(source)
    return dep


@pytest.fixture
def quiet_server(timed: Deployment) -> Iterator[ServerThread]:
    srv = ServerThread(timed.root, refresh_interval_s=None).start()
    yield srv
    srv.stop()


@pytest.fixture
def runner(
    tmp_path: Path, timed: Deployment, quiet_server: ServerThread, clock: Clock
) -> Iterator[SyncRunner]:
    data_dir = tmp_path / "kiosk"
    write_config(data_dir, quiet_server.url, timed)
    state = StateStore(data_dir)
    sync = make_runner(load_config(data_dir), state, limits=FAST, clock=clock)
    result = sync.run_once(deliver=False)
    assert result.changed, result.status
    assert result.status["last_error"] is None, result.status
    yield sync
    state.close()


def _verdict(sync: SyncRunner, clock: Clock) -> tuple[Kind, bool]:
    """What the verdict screen shows for LICENCE: the kind from content.db, stale by the one rule."""
    (status_, expires_on), = query(sync.settings.data_dir, "SELECT status, expires_on FROM agencies "
                                   "WHERE licence_no = ?", LICENCE)
    stale = freshness_from_files(sync.settings.data_dir, sync.state, clock().date(), DAYS).stale
    return licence_kind(status_, expires_on, clock().date()), stale


def _bin_of_licence(publisher: Publisher) -> str:
    prefix = hashlib.sha256(LICENCE.encode()).hexdigest()[:publisher.settings.part_digits]
    return publisher._role_for(layout.part_path(prefix))  # noqa: SLF001 - the attacker knows the layout


def _online_only(deployment: Deployment) -> Publisher:
    online = keys.Keyring({r: deployment.keyring.for_role(r) for r in keys.ONLINE_ROLES})
    return Publisher(deployment.store, online, deployment.clock)


def _hold_back(deployment: Deployment, roles: dict[str, int]) -> None:
    """The attacker re-signs the snapshot (online key) listing older versions of `roles`."""
    attacker = _online_only(deployment)
    for name, version in roles.items():
        attacker.snapshot.signed.meta[f"{name}.json"] = MetaFile(version=version)
    attacker.commit([])


@pytest.mark.parametrize("also_registry", [True, False], ids=["bin-and-registry", "bin-only"])
def test_held_back_bin_turns_the_licence_stale_never_green(
    timed: Deployment, source: Path, runner: SyncRunner, clock: Clock, also_registry: bool
) -> None:
    assert _verdict(runner, clock) == (Kind.LICENSED, False)  # fresh and green before the attack
    before = timed.publisher()
    bin_name = _bin_of_licence(before)
    clock.now += timedelta(hours=1)
    set_agency_status(source, LICENCE, "revoked", "Revoked for recruiting fees")
    report = timed.publish_source(source)
    assert bin_name in report.roles
    assert layout.ROLE_REGISTRY in report.roles
    # Every registry role this publish re-signed (the licence's bin, the bin of warnings.json whose
    # registry_as_of moved, the registry role), or only the licence's bin.
    held = [r for r in report.roles if r.startswith(layout.BIN_PREFIX) or r == layout.ROLE_REGISTRY]
    _hold_back(timed, {name: before.roles[name].signed.version
                       for name in (held if also_registry else [bin_name])})
    attacker = _online_only(timed)
    for day in range(1, 51):  # the attacker keeps the snapshot and timestamp fresh for 50 days
        clock.now += timedelta(days=1)
        attacker.refresh_online()
        result = runner.run_once(deliver=False)
        kind, stale = _verdict(runner, clock)
        assert kind is Kind.LICENSED  # the revocation never arrived ...
        if day > DAYS:
            assert stale, (day, result.status)  # ... but the licence is no longer shown as safe
        error = result.status["last_error"]
        if also_registry:
            assert error is None  # a consistent old registry verifies; its signed "as of" gives it away
            assert result.status["registry_as_of"] == before.registry_as_of().isoformat()
        else:
            assert error is not None
            assert error["kind"] == "rejected"
            assert "held back" in error["message"]
    assert _verdict(runner, clock)[1]


def test_reaffirm_keeps_an_unchanged_registry_fresh(
    timed: Deployment, runner: SyncRunner, clock: Clock
) -> None:
    """The server keeps refreshing; only the licensing office's reaffirmation keeps verdicts green."""
    for _day in range(DAYS + 1):
        clock.now += timedelta(days=1)
        timed.publisher().refresh_online()
        runner.run_once(deliver=False)
    assert _verdict(runner, clock) == (Kind.LICENSED, True)  # refreshed today, signed 8 days ago
    publisher = timed.publisher()
    before = {name: md.signed.version for name, md in publisher.roles.items() if name != layout.ROLE_REGISTRY}
    report = publisher.reaffirm_registry()
    assert report.roles == (layout.ROLE_REGISTRY,)
    assert report.paths == ()
    after = timed.publisher()
    assert {name: md.signed.version for name, md in after.roles.items()
            if name != layout.ROLE_REGISTRY} == before  # nothing else changed
    result = runner.run_once(deliver=False)
    assert not result.changed
    assert result.status["last_error"] is None
    assert _verdict(runner, clock) == (Kind.LICENSED, False)
    assert result.status["registry_as_of"] == clock().replace(microsecond=0).isoformat()
