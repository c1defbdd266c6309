"""Call me back, as a traveller uses it: type the number on the keypad, choose, agree, get a reference."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.app.compose import Kiosk
from tests.ui.helpers import settle, tap, tile_with
from tests.ui.test_check_agency import _texts_of, type_on_phone_pad


def _choose(screen: QWidget, group: str, key: str) -> None:
    """Tap a choice (scrolling to it first, as a person would on a short screen): it answers and moves on."""
    settle()
    button = next(b for b in getattr(screen, group).buttons() if b.property("key") == key)
    screen.scroll_area.ensureWidgetVisible(button)
    settle()
    tap(button)


def _fill(screen: QWidget, digits: str, topic: str = "unpaid_wages", country: str = "ru") -> None:
    assert screen.phone_field.text().startswith("+998")  # prefilled: a local number needs only its digits
    type_on_phone_pad(screen, digits)
    tap(screen.phone_next)
    spoken = screen.languages.checkedButton()  # the screen's language is offered first
    assert spoken is not None
    _choose(screen, "languages", spoken.property("key"))
    _choose(screen, "topics", topic)
    _choose(screen, "countries", country)


def test_help_screen_opens_the_call_back_request(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("home")
    settle()
    tap(tile_with(kiosk.navigator.screen("home"), "contacts"))
    tap(kiosk.navigator.screen("contacts").callback_button)
    assert kiosk.navigator.current_name == "callback"


def test_request_is_committed_then_confirmed_with_a_reference(kiosk: Kiosk, qtbot: object) -> None:
    kiosk.context.i18n.set_language("ru")
    kiosk.navigator.go("callback")
    screen = kiosk.navigator.screen("callback")
    assert screen.phone_pad.isVisible()  # a telephone keypad, not a letter keyboard's digit page
    assert not screen.phone_next.isEnabled()
    _fill(screen, "900000000", topic="passport_taken", country="ru")
    assert "+998900000000" in screen.review_text.text()
    assert not screen.send_button.isEnabled()  # no consent, no request
    tap(screen.consent)
    tap(screen.send_button)
    qtbot.waitUntil(lambda: bool(screen.reference), timeout=5000)  # type: ignore[attr-defined]
    assert screen.done_reference.isVisible()
    assert screen.reference.startswith("C-")
    assert screen.done_urgent.isVisible()  # an urgent topic: the emergency advice is shown too
    event = kiosk.context.state.report(screen.reference)
    assert event is not None
    assert event.kind == "callback"
    assert event.payload | {"kiosk_id": None, "content_version": None} == {
        "phone": "+998900000000", "call_language": "ru", "topic": "passport_taken", "country": "ru",
        "consent": True, "ui_language": "ru", "kiosk_id": None, "content_version": None,
    }
    tap(screen.finish_button)
    assert kiosk.navigator.current_name == "home"


def test_foreign_numbers_are_allowed_and_short_ones_are_not(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("callback")
    screen = kiosk.navigator.screen("callback")
    type_on_phone_pad(screen, "9000")
    assert not screen.phone_next.isEnabled()
    assert screen.phone_error.text()
    screen.phone_field.clear()
    type_on_phone_pad(screen, "+79000000000")
    assert screen.phone_next.isEnabled()
    assert not screen.phone_error.text()


def test_undecided_country_and_other_topic(kiosk: Kiosk, qtbot: object) -> None:
    kiosk.context.i18n.set_language("uz-Cyrl")
    kiosk.navigator.go("callback")
    screen = kiosk.navigator.screen("callback")
    _fill(screen, "900000000", topic="other", country="none")
    tap(screen.consent)
    tap(screen.send_button)
    qtbot.waitUntil(lambda: bool(screen.reference), timeout=5000)  # type: ignore[attr-defined]
    event = kiosk.context.state.report(screen.reference)
    assert event.payload["country"] == "none"
    assert event.payload["call_language"] == "uz"
    assert not screen.done_urgent.isVisible()


def test_nothing_typed_survives_the_session(kiosk: Kiosk, qtbot: object) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("callback")
    screen = kiosk.navigator.screen("callback")
    _fill(screen, "901112233")
    kiosk.idle.set_timeout_ms(50)
    tap(screen.consent)
    qtbot.waitUntil(lambda: kiosk.navigator.current_name == "attract", timeout=3000)  # type: ignore[attr-defined]
    for widget in kiosk.window.findChildren(QWidget):
        for text in _texts_of(widget):
            assert "901112233" not in text, (widget, text)
            assert "90 111" not in text, (widget, text)
    assert screen.phone_field.text().strip() == "+998"
    assert not screen.phone_field.isUndoAvailable()
    assert not screen.consent.isChecked()
    assert all(g.checkedButton() is None for g in (screen.topics, screen.countries))
    assert all(isinstance(f, QLineEdit) for f in [screen.phone_field])
    assert kiosk.context.state.outbox_depth() == 0  # never sent: nothing stored
