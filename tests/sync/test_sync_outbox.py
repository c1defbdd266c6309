"""Reports reach the agency: at least once over a lossy path, never stored twice, whatever is killed."""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.services.state import StateStore
from server.db import SERVER_DB, ServerDB
from sync.http import HttpClient
from sync.outbox import OutboxSender
from tests.sync.helpers import FAST, write_config
from tests.testkit.proxy import FaultProxy
from tests.testkit.serve import Deployment

ROOT = Path(__file__).resolve().parents[2]


class Clock:
    """Time that the test moves forward instead of waiting for backoffs and Retry-After."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


def _setup(tmp_path: Path, deployment: Deployment, proxy: FaultProxy, reports: int) -> tuple[StateStore, str]:
    token = ServerDB(deployment.root / SERVER_DB).enrol("k1")
    write_config(tmp_path / "kiosk", proxy.url, deployment, token)
    state = StateStore(tmp_path / "kiosk")
    for index in range(reports):
        state.add_report({"agency": f"Fake agency {index}", "text": "They took my passport"})
    return state, token


def _confirmed(state: StateStore) -> set[str]:
    return {row[0] for row in state._conn.execute("SELECT id FROM outbox")}  # noqa: SLF001


def _server_ids(deployment: Deployment) -> list[str]:
    return [e["event_id"] for e in ServerDB(deployment.root / SERVER_DB).events("report")]


def _drain(state: StateStore, token: str, proxy: FaultProxy, clock: Clock, rounds: int = 300) -> None:
    sender = OutboxSender(state, proxy.url, token, HttpClient(FAST), clock=clock, rng=random.Random(1))
    for _ in range(rounds):
        if state.outbox_depth() == 0:
            return
        sender.deliver()
        clock.now += timedelta(hours=2)  # past any backoff
    raise AssertionError(f"outbox not empty after {rounds} rounds: {state.outbox_depth()}")


def test_delivery_sends_the_event_id_as_idempotency_key(
    tmp_path: Path, deployment: Deployment, proxy: FaultProxy
) -> None:
    state, token = _setup(tmp_path, deployment, proxy, 3)
    result = OutboxSender(state, proxy.url, token, HttpClient(FAST)).deliver()
    assert (result.delivered, state.outbox_depth()) == (3, 0)
    assert sorted(_server_ids(deployment)) == sorted(_confirmed(state))


def test_retry_after_pauses_the_whole_outbox(
    tmp_path: Path, deployment: Deployment, proxy: FaultProxy
) -> None:
    state, token = _setup(tmp_path, deployment, proxy, 2)
    clock = Clock()
    sender = OutboxSender(state, proxy.url, token, HttpClient(FAST), clock=clock)
    proxy.mode, proxy.retry_after_s = "retry_after", 120
    paused = sender.deliver()
    assert paused.paused_until == clock.now + timedelta(seconds=120)
    proxy.mode = "pass"
    proxy.reset_counts()
    clock.now += timedelta(seconds=119)
    assert sender.deliver().delivered == 0
    assert proxy.log == []  # not a single request before the time
    clock.now += timedelta(seconds=2)
    assert sender.deliver().delivered == 2


def test_failures_back_off_per_event(tmp_path: Path, deployment: Deployment, proxy: FaultProxy) -> None:
    state, token = _setup(tmp_path, deployment, proxy, 1)
    clock = Clock()
    sender = OutboxSender(state, proxy.url, token, HttpClient(FAST), clock=clock, rng=random.Random(3))
    proxy.mode = "drop_request"
    assert sender.deliver().failed == 1
    proxy.mode = "pass"
    proxy.reset_counts()
    assert sender.deliver().delivered == 0
    assert proxy.log == []  # backing off (7.5-15 s for a first failure)
    clock.now += timedelta(seconds=16)
    assert sender.deliver().delivered == 1


def test_lossy_path_stores_every_confirmed_event_exactly_once(
    tmp_path: Path, deployment: Deployment, proxy: FaultProxy
) -> None:
    state, token = _setup(tmp_path, deployment, proxy, 40)
    proxy.mode, proxy.loss = "lossy", 0.5
    _drain(state, token, proxy, Clock())
    modes = [mode for _, _, mode in proxy.log]
    assert "drop_response" in modes
    assert "drop_request" in modes  # the path really lost both ways
    ids = _server_ids(deployment)
    assert len(ids) == len(set(ids))
    assert set(ids) == _confirmed(state)


def test_killed_sender_loses_nothing_and_duplicates_nothing(
    tmp_path: Path, deployment: Deployment, proxy: FaultProxy
) -> None:
    state, token = _setup(tmp_path, deployment, proxy, 10)
    proxy.mode, proxy.loss = "lossy", 0.3
    rng = random.Random(7)
    for run in range(4):
        state.add_report({"agency": f"Reported between kills {run}", "text": "..."})
        child = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "sync", "--data-dir", str(tmp_path / "kiosk")],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"cycle-start"
        try:
            child.wait(timeout=rng.uniform(0.0, 0.6))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(timeout=10)
    proxy.mode = "lossy"
    _drain(state, token, proxy, Clock())
    ids = _server_ids(deployment)
    assert len(ids) == len(set(ids))
    assert set(ids) == _confirmed(state)
