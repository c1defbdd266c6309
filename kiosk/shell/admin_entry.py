"""The hidden way in for technicians: five taps in the top-left corner within three seconds.

An application event filter, so it works on every screen without any screen knowing about it. Taps are
counted, never swallowed: each one still does what it does (the first tap on the attract screen opens the
language screen, whose corner is empty). Taps on buttons do not count, so a traveller hammering "Back",
which sits in that corner, never lands on the PIN pad.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

TAPS = 5
WINDOW_S = 3.0
ZONE_PX = 120


class AdminEntry(QObject):
    """Emits `requested()` after `TAPS` taps inside the `ZONE_PX` square at the top-left of `window`
    within `WINDOW_S` seconds. `clock` (monotonic seconds) is injectable for tests."""

    requested = Signal()

    def __init__(
        self,
        window: QWidget,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self._window = window
        self._clock = clock
        self._taps: deque[float] = deque(maxlen=TAPS)
        self._last_event: tuple[int, float, float] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._on_press(event)
        return False

    def _on_press(self, event: QMouseEvent) -> None:
        point = event.globalPosition()
        # One tap is seen several times (by the QWindow, then by each widget it propagates to).
        key = (event.timestamp(), point.x(), point.y())
        if key == self._last_event:
            return
        self._last_event = key
        if not self._counts(point.toPoint()):
            self._taps.clear()
            return
        now = self._clock()
        self._taps.append(now)
        if len(self._taps) == TAPS and now - self._taps[0] <= WINDOW_S:
            self._taps.clear()
            self.requested.emit()

    def _counts(self, global_point: QPoint) -> bool:
        """Inside the corner zone, and not on a button (looked up by position: the first to see a real tap
        is the QWindow, not the widget under the finger)."""
        local = self._window.mapFromGlobal(global_point)
        if not (0 <= local.x() < ZONE_PX and 0 <= local.y() < ZONE_PX and self._window.isVisible()):
            return False
        hit = self._window.childAt(local)
        while hit is not None and hit is not self._window:
            if isinstance(hit, QAbstractButton):
                return False
            hit = hit.parentWidget()
        return True
