"""Issue 11 #12: the on-screen keyboard's Enter key moves on, per screen: the report's "whom" goes to the
next step, "other" too; the search opens its best match (or "not found"); the call-back phone step moves
on."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from kiosk.app.compose import Kiosk
from tests.ui.helpers import settle, tap, until_read


def enter_key(screen: object) -> QPushButton:
    keyboard = screen.keyboard  # type: ignore[attr-defined]
    found = [k for k in keyboard.findChildren(QPushButton)
             if k.property("keyId") == "enter" and k.isVisibleTo(keyboard)]
    assert len(found) == 1
    return found[0]


def test_enter_in_the_report_moves_to_the_next_step(kiosk: Kiosk) -> None:
    kiosk.navigator.go("report")
    screen = kiosk.navigator.screen("report")
    settle()
    screen.who_field.setText("Tez Viza Ish")  # type: ignore[attr-defined]
    tap(enter_key(screen))
    assert screen.step == 1  # type: ignore[attr-defined]


def test_enter_in_the_report_does_not_skip_an_empty_whom(kiosk: Kiosk) -> None:
    kiosk.navigator.go("report")
    screen = kiosk.navigator.screen("report")
    settle()
    tap(enter_key(screen))
    assert screen.step == 0  # type: ignore[attr-defined]


def test_enter_in_the_search_opens_the_best_match(kiosk: Kiosk) -> None:
    kiosk.navigator.go("check")
    screen = kiosk.navigator.screen("check")
    settle()
    licence = kiosk.context.registry.example_per_status()["active"]
    screen.field.setText(licence)  # type: ignore[attr-defined]
    settle()
    tap(enter_key(screen))  # perhaps before the search's answer is here: it then acts on that answer
    until_read(kiosk, screen)
    assert kiosk.navigator.current_name == "verdict"
