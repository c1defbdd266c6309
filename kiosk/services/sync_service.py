"""The Qt side of sync: polls on a timer and on demand, off the UI thread, and reports back by signal.

`SyncService` lives on the UI thread. Each cycle (verify, download, apply a new content.db, deliver the
outbox: `sync.runner.SyncRunner.run_once`) runs in the app's sync process (`kiosk.services.sync_process`),
so none of its Python work holds this process's GIL; a worker thread of this service starts that process,
writes it one line per cycle and waits for its result without the GIL. The worker never touches a widget
or this object, and the results come back through queued signals. The UI thread's only work is
`ContentStore.reload()` when `content_changed` arrives. Cycles never overlap: a request during a cycle runs
once more right after it.

Signals:
- `content_changed()`: a new content.db was swapped in; reload the store and redraw the open screen.
- `status_changed(dict)`: `sync.status.collect_status` after each cycle (last verified, last error, ...).
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from kiosk.app.config import Config
from kiosk.services.state import StateStore
from kiosk.services.sync_process import SyncProcess
from kiosk.services.worker import Background
from sync.interfaces import CycleResult

log = logging.getLogger(__name__)


class CycleRunner(Protocol):
    """What runs the cycles: the app's `SyncProcess`, or an in-process `sync.runner.SyncRunner` (tests)."""

    def run_once(self, deliver: bool = True) -> CycleResult: ...

    def abort(self) -> None: ...


class SyncService(QObject):
    content_changed = Signal()
    status_changed = Signal(dict)

    def __init__(self, config: Config, state: StateStore, parent: QObject | None = None, *,
                 runner: CycleRunner | None = None, interval_ms: int | None = None) -> None:
        super().__init__(parent)
        self._runner: CycleRunner = runner if runner is not None else SyncProcess(config, state)
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)
        # One thread for the service's whole life: the sync process it starts is killed when that thread
        # ends (PR_SET_PDEATHSIG follows the thread), so the thread must not expire between polls.
        pool.setExpiryTimeout(-1)
        self._background = Background(self, pool)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms if interval_ms is not None else config.poll_interval_s * 1000)
        self._timer.timeout.connect(self.sync_now)
        self._busy = self._again = self._stopped = False
        self.last_status: dict[str, Any] = {}

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self) -> None:
        """Poll now (once the event loop runs) and then every poll interval."""
        self._timer.start()
        QTimer.singleShot(0, self.sync_now)

    def sync_now(self) -> None:
        """Start a cycle, or queue one if a cycle is running (an admin's "check for updates")."""
        if self._stopped:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._background.submit(self._run_once, self._finished, self._failed)

    def _run_once(self) -> CycleResult:
        """On the worker thread (the process starts on the first cycle and lives as long as this service)."""
        return self._runner.run_once()

    def stop(self, wait_ms: int = 10000) -> bool:
        """Stop polling, abort a cycle in progress (nothing half-applied is kept), and wait for the worker."""
        self._stopped = True
        self._timer.stop()
        self._runner.abort()
        return self._background.wait(wait_ms)

    def _finished(self, result: CycleResult) -> None:
        self._busy = False
        self.last_status = result.status
        if result.changed:
            self.content_changed.emit()
        self.status_changed.emit(result.status)
        self._next()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        if not self._stopped:
            log.error("sync cycle crashed: %r", exc)
        self._next()

    def _next(self) -> None:
        if self._again and not self._stopped:
            self._again = False
            self.sync_now()
