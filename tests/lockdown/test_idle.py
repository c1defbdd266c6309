"""Idle timeout → "still there?" countdown → attract screen; never while speech plays or someone types."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from kiosk.app.compose import Kiosk
from kiosk.shell.idle import IdleWatcher
from screens.widgets.idle_overlay import IdleOverlay
from tests.ui.helpers import settle, tap, until_read


class FakeSpeech(QObject):
    started = Signal()
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.speaking = False


def touch() -> QMouseEvent:
    return QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.LeftButton,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip


def watcher(timeout_ms: int, steps: int, step_ms: int) -> tuple[IdleWatcher, list[object]]:
    idle = IdleWatcher(60)
    idle.set_timeout_ms(timeout_ms)
    idle.set_countdown(steps, step_ms)
    seen: list[object] = []
    idle.countdown_started.connect(lambda n: seen.append(("start", n)))
    idle.countdown_tick.connect(lambda n: seen.append(n))
    idle.countdown_cancelled.connect(lambda: seen.append("cancelled"))
    idle.timed_out.connect(lambda: seen.append("timed out"))
    return idle, seen


def test_timeout_counts_down_then_times_out(qtbot: object) -> None:
    idle, seen = watcher(30, steps=3, step_ms=30)
    idle.arm()
    with qtbot.waitSignal(idle.timed_out, timeout=2000):  # type: ignore[attr-defined]
        pass
    assert seen == [("start", 3), 2, 1, "timed out"]


def test_a_touch_during_the_countdown_cancels_it_and_starts_over(qtbot: object) -> None:
    idle, seen = watcher(40, steps=10, step_ms=1000)
    idle.arm()
    qtbot.waitUntil(lambda: idle.counting_down, timeout=2000)  # type: ignore[attr-defined]
    idle.eventFilter(idle, touch())
    assert seen == [("start", 10), "cancelled"]
    assert idle.armed
    assert not idle.counting_down
    qtbot.waitUntil(lambda: idle.counting_down, timeout=2000)  # type: ignore[attr-defined]  # idle again


def test_no_timeout_while_speech_plays(qtbot: object) -> None:
    idle, seen = watcher(20, steps=1, step_ms=20)
    speech = FakeSpeech()
    idle.watch_speech(speech)  # type: ignore[arg-type]
    speech.speaking = True
    idle.arm()
    with qtbot.assertNotEmitted(idle.countdown_started, wait=250):  # type: ignore[attr-defined]
        pass
    assert idle.armed
    speech.speaking = False
    speech.finished.emit()  # the idle time counts from the end of the speech
    with qtbot.waitSignal(idle.timed_out, timeout=2000):  # type: ignore[attr-defined]
        pass
    assert seen == [("start", 1), "timed out"]


def test_overlay_counts_down_then_the_session_ends(kiosk: Kiosk, qtbot: object) -> None:
    overlay = IdleOverlay(kiosk.window)
    overlay.attach(kiosk.idle)
    kiosk.context.i18n.set_language("ru")
    kiosk.navigator.go("topics")
    shown: list[str] = []
    kiosk.idle.countdown_tick.connect(lambda _n: shown.append(overlay.count.text()))
    kiosk.idle.set_timeout_ms(30)
    kiosk.idle.set_countdown(3, 60)
    kiosk.idle.arm()
    qtbot.waitUntil(overlay.isVisible, timeout=2000)  # type: ignore[attr-defined]
    assert overlay.geometry() == kiosk.window.rect()
    assert overlay.count.text() == "3"
    qtbot.waitUntil(lambda: kiosk.navigator.current_name == "attract", timeout=3000)  # type: ignore[attr-defined]
    assert shown == ["2", "1"]
    assert not overlay.isVisible()
    assert kiosk.context.i18n.current == kiosk.context.i18n.default


def test_a_touch_on_the_overlay_keeps_the_session(kiosk: Kiosk, qtbot: object) -> None:
    overlay = IdleOverlay(kiosk.window)
    overlay.attach(kiosk.idle)
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("home")
    until_read(kiosk, kiosk.navigator.screen("home"))
    kiosk.idle.set_timeout_ms(30)
    kiosk.idle.set_countdown(10, 1000)
    kiosk.idle.arm()
    qtbot.waitUntil(overlay.isVisible, timeout=2000)  # type: ignore[attr-defined]
    # The next idle period is long, so a slow machine cannot show the warning again before the asserts.
    kiosk.idle.set_timeout_ms(60_000)
    tap(overlay.card)  # over the middle of the home screen's tiles
    assert not overlay.isVisible()
    assert not kiosk.idle.counting_down
    assert kiosk.idle.armed
    assert kiosk.navigator.current_name == "home"  # the tile under the overlay was not opened


def test_typing_on_the_on_screen_keyboard_counts_as_activity(kiosk: Kiosk, qtbot: object) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("check")
    settle()
    keyboard = kiosk.navigator.screen("check").keyboard
    keys = [b for b in keyboard.findChildren(QPushButton) if b.property("keyId") and b.isVisible()][:8]
    # A generous timeout: on a loaded machine one tap can take longer than a short one, and the session then
    # ends between two taps for a reason that is not the one under test.
    kiosk.idle.set_timeout_ms(1500)
    kiosk.idle.set_countdown(1, 50)
    kiosk.idle.arm()
    with qtbot.assertNotEmitted(kiosk.idle.countdown_started):  # type: ignore[attr-defined]
        for key in keys:  # 8 taps 500 ms apart: 4 s in all, well past the 1.5 s timeout
            tap(key)
            QTest.qWait(500)
    assert kiosk.navigator.current_name == "check"
