"""The hidden entry: five taps in the top-left 120×120 px corner within three seconds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.app.compose import Kiosk
from kiosk.shell.admin_entry import AdminEntry
from tests.admin.conftest import FakeClock


class Monotonic(FakeClock):
    def __init__(self) -> None:
        super().__init__(1000.0)


@pytest.fixture
def entry(kiosk: Kiosk, qapp: QApplication) -> Iterator[tuple[AdminEntry, Monotonic, list[int]]]:
    clock = Monotonic()
    gesture = AdminEntry(kiosk.window, clock=clock)
    requests: list[int] = []
    gesture.requested.connect(lambda: requests.append(1))
    qapp.installEventFilter(gesture)
    yield gesture, clock, requests
    qapp.removeEventFilter(gesture)


def tap_at(kiosk: Kiosk, x: int, y: int) -> None:
    """A tap at window coordinates, delivered to whatever widget is there (as a finger would)."""
    point = QPoint(x, y)
    target = kiosk.window.childAt(point) or kiosk.window
    QTest.mouseClick(
        target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target.mapFrom(kiosk.window, point)
    )


def test_five_quick_taps_in_the_corner_ask_for_the_pin_pad(kiosk: Kiosk, entry: tuple) -> None:
    _, clock, requests = entry
    for _ in range(5):  # the first tap also opens the language screen, as any tap on the attract screen does
        tap_at(kiosk, 10, 10)
        clock.now += 0.5
    assert requests == [1]


def test_five_taps_spread_over_four_seconds_do_nothing(kiosk: Kiosk, entry: tuple) -> None:
    _, clock, requests = entry
    for _ in range(5):
        tap_at(kiosk, 30, 60)
        clock.now += 1.0  # taps at 0, 1, 2, 3 and 4 s
    assert requests == []
    tap_at(kiosk, 30, 60)  # ... but the last five of six taps within 3 s (1..4 s and now) count
    assert requests == []
    for _ in range(4):
        tap_at(kiosk, 30, 60)
    assert requests == [1]


@pytest.mark.parametrize(("x", "y"), [(130, 10), (10, 130), (960, 540), (1900, 10)])
def test_taps_elsewhere_do_nothing(kiosk: Kiosk, entry: tuple, x: int, y: int) -> None:
    _, clock, requests = entry
    for _ in range(5):
        tap_at(kiosk, x, y)
        clock.now += 0.2
    assert requests == []


def test_a_tap_outside_the_corner_starts_the_count_again(kiosk: Kiosk, entry: tuple) -> None:
    _, clock, requests = entry
    for i in range(6):
        tap_at(kiosk, 500, 500) if i == 3 else tap_at(kiosk, 5, 5)
        clock.now += 0.1
    assert requests == []


def test_hammering_the_back_button_in_the_corner_is_not_the_gesture(kiosk: Kiosk, entry: tuple) -> None:
    _, clock, requests = entry
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("topics")
    back = kiosk.navigator.screen("topics").header.back_button
    corner = back.mapTo(kiosk.window, QPoint(5, 5))
    assert corner.x() < 120
    assert corner.y() < 120
    for _ in range(5):
        kiosk.navigator.go("topics")  # each tap on "Back" leaves the page: come back for the next one
        assert kiosk.window.childAt(corner) is back
        tap_at(kiosk, corner.x(), corner.y())
        clock.now += 0.2
    assert requests == []
