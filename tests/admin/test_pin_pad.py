"""The PIN pad on the real kiosk: right PIN → admin screen; wrong PINs → lockout; digits never linger."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from kiosk.app.compose import Kiosk
from kiosk.services.admin_auth import MAX_FAILURES
from tests.admin.conftest import PIN, FakeClock
from tests.ui.helpers import settle, tap


def open_pad(kiosk: Kiosk) -> QWidget:
    kiosk.navigator.go("pin")
    settle()
    return kiosk.navigator.screen("pin")


def enter(pad: QWidget, digits: str, ok: bool = True) -> None:
    for digit in digits:
        tap(pad.keys[digit])  # type: ignore[attr-defined]
    if ok:
        tap(pad.keys["ok"])  # type: ignore[attr-defined]


def checked(kiosk: Kiosk, pad: QWidget, qtbot: object) -> None:
    """Wait for the off-thread PIN check to report back."""
    qtbot.waitUntil(lambda: pad.keys["ok"].isEnabled() or kiosk.navigator.current_name != "pin", timeout=5000)  # type: ignore[attr-defined]
    settle()


def test_keys_are_big_enough_to_touch(admin_kiosk: Kiosk) -> None:
    pad = open_pad(admin_kiosk)
    assert set(pad.keys) == {*"0123456789", "back", "ok"}
    assert all(k.width() >= 64 and k.height() >= 64 for k in pad.keys.values())


def test_the_right_pin_opens_the_admin_screen(admin_kiosk: Kiosk, qtbot: object) -> None:
    pad = open_pad(admin_kiosk)
    enter(pad, PIN + "7", ok=False)
    tap(pad.keys["back"])  # a slip of the finger, corrected
    assert pad.digit_count == len(PIN)
    assert pad.dots.text().count("●") == len(PIN)
    tap(pad.keys["ok"])
    checked(admin_kiosk, pad, qtbot)
    assert admin_kiosk.navigator.current_name == "admin"
    assert pad.digit_count == 0


def test_a_wrong_pin_says_so_and_counts_down_the_attempts(admin_kiosk: Kiosk, qtbot: object) -> None:
    pad = open_pad(admin_kiosk)
    enter(pad, "111111")
    checked(admin_kiosk, pad, qtbot)
    assert admin_kiosk.navigator.current_name == "pin"
    assert "Wrong PIN" in pad.message.text()
    assert str(MAX_FAILURES - 1) in pad.message.text()
    assert pad.digit_count == 0
    assert "●" not in pad.dots.text()


def test_too_short_a_pin_is_not_even_checked(admin_kiosk: Kiosk) -> None:
    pad = open_pad(admin_kiosk)
    enter(pad, "12")
    assert "6 to 12 digits" in pad.message.text()
    assert pad.digit_count == 2


def test_five_wrong_pins_lock_the_pad_and_show_for_how_long(
    admin_kiosk: Kiosk, qtbot: object, clock: FakeClock
) -> None:
    pad = open_pad(admin_kiosk)
    for _ in range(MAX_FAILURES):
        enter(pad, "000000")
        checked(admin_kiosk, pad, qtbot)
    assert not pad.pad.isVisible()
    assert "Locked for 15 min" in pad.message.text()
    admin_kiosk.navigator.home()  # leave and come back: still locked
    pad = open_pad(admin_kiosk)
    qtbot.waitUntil(lambda: not pad.pad.isVisible(), timeout=3000)  # type: ignore[attr-defined]
    clock.now += 10 * 60
    pad._check_lock()  # type: ignore[attr-defined]  # what the 20-second re-check timer does
    qtbot.waitUntil(lambda: "Locked for 5 min" in pad.message.text(), timeout=3000)  # type: ignore[attr-defined]
    clock.now += 5 * 60
    pad._check_lock()  # type: ignore[attr-defined]
    qtbot.waitUntil(pad.pad.isVisible, timeout=3000)  # type: ignore[attr-defined]
    enter(pad, PIN)
    checked(admin_kiosk, pad, qtbot)
    assert admin_kiosk.navigator.current_name == "admin"


def test_digits_are_wiped_when_the_session_ends(admin_kiosk: Kiosk) -> None:
    pad = open_pad(admin_kiosk)
    enter(pad, PIN[:4], ok=False)
    assert pad.digit_count == 4
    admin_kiosk.end_session()
    assert pad.digit_count == 0
    assert "●" not in pad.dots.text()
    assert not pad.findChildren(QLineEdit)  # no widget with an undo history or a clipboard
    for label in pad.findChildren(QLabel):
        assert PIN[:4] not in label.text()


def test_digits_are_wiped_when_leaving_the_pad(admin_kiosk: Kiosk) -> None:
    pad = open_pad(admin_kiosk)
    enter(pad, PIN[:5], ok=False)
    tap(pad.header.back_button)
    assert admin_kiosk.navigator.current_name != "pin"
    assert pad.digit_count == 0


def test_without_a_configured_pin_the_pad_says_admin_is_not_set_up(kiosk: Kiosk, qtbot: object) -> None:
    from kiosk.services.admin_auth import PinGate
    from screens.pin_pad import PinPadScreen

    kiosk.navigator.register("pin", lambda: PinPadScreen(kiosk.context, PinGate("", kiosk.context.state)))
    kiosk.context.i18n.set_language("en")
    pad = open_pad(kiosk)
    enter(pad, "123456")
    checked(kiosk, pad, qtbot)
    assert "not set up" in pad.message.text()


def test_backspace_is_the_keypads_icon_not_a_font_glyph(admin_kiosk: Kiosk) -> None:
    """The ⌫ glyph was drawn by whatever font had it, smaller than a digit; the PIN pad's backspace is the
    same key the phone keypad uses: the vendored icon, as tall as a digit."""
    from screens.widgets.digit_keys import digit_key
    from tests.widgets.test_keyboard import _ink_height

    pad = open_pad(admin_kiosk)
    back = pad.keys["back"]
    assert not back.text() and not back.icon().isNull()
    assert type(back) is type(digit_key("back"))
    assert _ink_height(back) >= _ink_height(pad.keys["7"])
    assert back.accessibleName() == "Delete last digit"
