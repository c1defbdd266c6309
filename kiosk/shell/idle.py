"""End a traveller's session after a period without touches, with a "still there?" warning first.

An application-wide event filter restarts a single-shot timer on every touch, click or key (the on-screen
keyboard's keys are buttons, so typing on it counts too). When the timer fires the watcher starts a
countdown (`countdown_started(seconds)`, then `countdown_tick(seconds_left)` each second); any touch
during it emits `countdown_cancelled()` and starts over; when it reaches zero `timed_out()` is emitted and
the composition root wipes the session. While speech is playing, nothing times out: a traveller who
listens to an article is not idle, and the timeout counts again from the end of the speech.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, SignalInstance
from PySide6.QtGui import QInputEvent, QInputMethodEvent

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.InputMethod,
    QEvent.Type.Wheel,
}
COUNTDOWN_S = 10


class SpeechLike(Protocol):
    """What the idle watcher needs of `kiosk.services.speech.Speech`."""

    @property
    def finished(self) -> SignalInstance: ...

    @property
    def speaking(self) -> bool: ...


class IdleWatcher(QObject):
    """Emits `timed_out()` after `timeout_s` seconds with no user input and a `countdown_s` warning,
    while `armed`. `busy()` (e.g. "speech is playing") postpones the timeout."""

    countdown_started = Signal(int)
    countdown_tick = Signal(int)
    countdown_cancelled = Signal()
    timed_out = Signal()

    def __init__(
        self,
        timeout_s: int,
        parent: QObject | None = None,
        countdown_s: int = COUNTDOWN_S,
        busy: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=timeout_s * 1000)
        self._timer.timeout.connect(self._idle)
        self._steps = countdown_s  # the number shown counts down from this, one step a second
        self._configured = (countdown_s, 1000)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._on_tick)
        self._left = 0
        self._busy = busy or (lambda: False)

    def set_timeout_ms(self, msecs: int) -> None:
        """Change the timeout (tests use a short one; the setting is in whole seconds). A timeout shorter
        than the countdown also shortens the countdown to one step of that length, so that a short test
        timeout keeps the whole sequence short."""
        self._timer.setInterval(msecs)
        steps, step_ms = self._configured
        if 0 < msecs < steps * step_ms:
            steps, step_ms = 1, msecs
        self._steps = steps
        self._tick.setInterval(step_ms)
        if self._timer.isActive():
            self._timer.start()

    def set_countdown(self, steps: int, step_ms: int = 1000) -> None:
        """Count down from `steps`, one step every `step_ms` (0 steps: time out without a warning)."""
        self._configured = (steps, step_ms)
        self._steps = steps
        self._tick.setInterval(step_ms)

    def watch_speech(self, speech: SpeechLike) -> None:
        """Never time out while `speech` plays, and count the idle time from the end of it."""
        self._busy = lambda: speech.speaking
        speech.finished.connect(self._restart_if_armed)

    def arm(self) -> None:
        self._stop_countdown()
        self._timer.start()

    def disarm(self) -> None:
        self._timer.stop()
        self._stop_countdown()

    @property
    def armed(self) -> bool:
        return self._timer.isActive() or self.counting_down

    @property
    def counting_down(self) -> bool:
        return self._left > 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the app passes here (paints, layouts, timers: hundreds per tap). The isinstance test
        # comes first because it is ten times cheaper than `event.type()`, which builds a Python enum.
        if not isinstance(event, QInputEvent | QInputMethodEvent):
            return False
        if event.type() in _ACTIVITY and self.armed:
            self._stop_countdown()
            self._timer.start()
        return False

    def _restart_if_armed(self) -> None:
        if self._timer.isActive():
            self._timer.start()

    def _idle(self) -> None:
        if self._busy():
            self._timer.start()  # look again later; speech.finished restarts the count as well
            return
        if self._steps <= 0:
            self.timed_out.emit()
            return
        self._left = self._steps
        self.countdown_started.emit(self._steps)
        self._tick.start()

    def _on_tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.countdown_tick.emit(self._left)
            return
        self._tick.stop()
        self.timed_out.emit()

    def _stop_countdown(self) -> None:
        if self._left <= 0:
            return
        self._tick.stop()
        self._left = 0
        self.countdown_cancelled.emit()
