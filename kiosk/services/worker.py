"""Run a function off the UI thread and get its result back on the UI thread.

The background part must never touch a widget; the callbacks run on the thread that called `submit`
(the UI thread), through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # reported to the UI thread, which decides what the traveller sees
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class Background(QObject):
    """A small pool for work that can take longer than a frame (disk writes with fsync, bundle apply)."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool(self)
        self._relays: set[_Relay] = set()

    def submit(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
    ) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            callback(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        self._pool.start(_Task(fn, relay))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued work has finished (shutdown and tests)."""
        return self._pool.waitForDone(msecs)
