"""The Qt SyncService: polls off the UI thread, reports by signal, never freezes the UI, stops promptly."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from pytestqt.qtbot import QtBot

from kiosk.app.config import load_config
from kiosk.services.sync_process import SyncProcess
from kiosk.services.sync_service import SyncService
from tests.sync.helpers import FAST, Kiosk, db_digest, edit_article
from tests.testkit.proxy import FaultProxy
from tests.testkit.serve import Deployment


class GapMeter:
    """A 5 ms timer on the UI thread; the longest gap between its ticks is how long the UI was blocked."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.clock = QElapsedTimer()
        self.last = 0
        self.max_gap_ms = 0
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.max_gap_ms = max(self.max_gap_ms, now - self.last)
        self.last = now


@pytest.fixture
def make_service(qtbot: QtBot) -> Iterator[Callable[[Kiosk], SyncService]]:
    """SyncServices, running their cycles in a sync process as the app does, that are stopped and deleted
    on the UI thread at teardown: left to the garbage collector, a QObject can be destroyed from whichever
    thread happens to run the collection."""
    made: list[SyncService] = []

    def make(kiosk: Kiosk) -> SyncService:
        config = load_config(kiosk.data_dir)
        runner = SyncProcess(config, kiosk.state, limits=asdict(FAST))  # the app's: cycles in a child
        service = SyncService(config, kiosk.state, runner=runner, interval_ms=3_600_000)
        made.append(service)
        return service

    yield make
    for service in made:
        service.stop()
        service.deleteLater()
    qtbot.wait(10)


def test_new_content_emits_content_changed(
    qtbot: QtBot,
    make_service: Callable[[Kiosk], SyncService],
    kiosk: Kiosk,
    deployment: Deployment,
    source: Path,
) -> None:
    edit_article(source, "News for the service test.")
    deployment.publish_source(source)
    service = make_service(kiosk)
    with (
        qtbot.waitSignal(service.content_changed, timeout=15000),
        qtbot.waitSignal(service.status_changed, timeout=15000) as status,
    ):
        service.start()
    assert status.args[0]["last_error"] is None
    assert status.args[0]["last_verified_at"]
    assert service.stop()


def test_no_change_emits_status_but_not_content_changed(
    qtbot: QtBot, make_service: Callable[[Kiosk], SyncService], kiosk: Kiosk
) -> None:
    service = make_service(kiosk)
    changed: list[bool] = []
    service.content_changed.connect(lambda: changed.append(True))
    with qtbot.waitSignal(service.status_changed, timeout=15000):
        service.sync_now()
    assert changed == []
    assert service.stop()


def test_slow_server_never_blocks_the_ui_thread(
    qtbot: QtBot,
    make_service: Callable[[Kiosk], SyncService],
    kiosk: Kiosk,
    proxy: FaultProxy,
    deployment: Deployment,
    source: Path,
) -> None:
    edit_article(source, "Behind a slow server.")
    deployment.publish_source(source)
    before = db_digest(kiosk.data_dir)
    proxy.mode, proxy.slow_interval_s = "slow", 0.05
    service = make_service(kiosk)
    meter = GapMeter()
    meter.start()
    with qtbot.waitSignal(service.status_changed, timeout=20000) as status:
        service.sync_now()
    assert status.args[0]["last_error"]["class"] == "SlowRetrievalError"
    # A network wait on the UI thread would freeze it for at least FAST.grace_s (1 s) before the slow
    # server is given up on; half of that tells the two apart. A tighter bound measured the machine's load
    # (110 ms gaps from scheduling alone on a busy 2-core runner), not the kiosk.
    assert meter.max_gap_ms < FAST.grace_s * 1000 / 2, meter.max_gap_ms
    assert db_digest(kiosk.data_dir) == before
    assert service.stop()


def test_stop_aborts_a_cycle_in_progress_quickly(
    qtbot: QtBot,
    make_service: Callable[[Kiosk], SyncService],
    kiosk: Kiosk,
    proxy: FaultProxy,
    deployment: Deployment,
    source: Path,
) -> None:
    edit_article(source, "Never fully downloaded.")
    deployment.publish_source(source)
    before = db_digest(kiosk.data_dir)
    proxy.mode, proxy.slow_interval_s = "slow", 0.5
    service = make_service(kiosk)
    service.sync_now()
    qtbot.waitUntil(lambda: len(proxy.log) > 0, timeout=5000)
    started = time.monotonic()
    assert service.stop(wait_ms=5000)
    assert time.monotonic() - started < 2
    assert db_digest(kiosk.data_dir) == before


def test_sync_now_during_a_cycle_runs_one_more(
    qtbot: QtBot, make_service: Callable[[Kiosk], SyncService], kiosk: Kiosk
) -> None:
    service = make_service(kiosk)
    statuses: list[dict] = []
    service.status_changed.connect(statuses.append)
    service.sync_now()
    service.sync_now()
    service.sync_now()  # coalesced with the previous one
    qtbot.waitUntil(lambda: len(statuses) == 2 and not service.busy, timeout=15000)
    assert service.stop()
    assert len(statuses) == 2
