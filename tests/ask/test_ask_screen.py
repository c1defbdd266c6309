"""Ask a question on the kiosk: typed with the on-screen keyboard, answers appear once the index is built
off the UI thread, "Open" leads to the item, and no good answer offers the situation centre."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from kiosk.app.compose import Kiosk
from tests.ui.helpers import settle, tap, tile_with


def _type(kiosk: Kiosk, screen: object, text: str) -> None:
    """Tap the on-screen keyboard's keys, as a traveller does."""
    keyboard = screen.keyboard  # type: ignore[attr-defined]
    for ch in text:
        key = next(b for b in keyboard.findChildren(QPushButton) if b.text() == ch and b.isVisible())
        key.click()
    settle()


def _wait_ready(kiosk: Kiosk, qtbot: object) -> None:
    qtbot.waitUntil(lambda: kiosk.context.ask.is_ready, timeout=30000)  # type: ignore[attr-defined,union-attr]
    settle()


def test_typed_question_gets_verbatim_answers_that_open_their_item(kiosk: Kiosk, qtbot: object) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.home()
    settle()
    tap(tile_with(kiosk.navigator.screen("home"), "ask"))
    screen = kiosk.navigator.screen("ask")
    _type(kiosk, screen, "passport")
    _wait_ready(kiosk, qtbot)
    cards = [c for c in screen.cards if c.isVisible()]  # type: ignore[attr-defined]
    assert cards
    assert any("passport" in c.text.text().lower() for c in cards)
    openable = next(c for c in cards if c.open_button.isVisible())
    target = openable.answer.open
    tap(openable.open_button)
    assert kiosk.navigator.current_name in ("article", "alert", "guide"), target


def test_no_good_answer_offers_the_situation_centre(kiosk: Kiosk, qtbot: object) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.home()
    kiosk.navigator.go("ask")
    screen = kiosk.navigator.screen("ask")
    _wait_ready(kiosk, qtbot)
    screen.field.setText("weather tomorrow")  # type: ignore[attr-defined]
    settle()
    assert screen.none_label.isVisible()  # type: ignore[attr-defined]
    assert not any(c.isVisible() for c in screen.cards)  # type: ignore[attr-defined]
    tap(screen.situation_centre)  # type: ignore[attr-defined]
    assert kiosk.navigator.current_name in ("callback", "contacts")


def test_a_kazakh_question_is_answered_in_russian_with_a_note(kiosk: Kiosk, qtbot: object) -> None:
    kiosk.context.i18n.set_language("kk")
    kiosk.navigator.home()
    kiosk.navigator.go("ask")
    screen = kiosk.navigator.screen("ask")
    _wait_ready(kiosk, qtbot)
    screen.field.setText("Туристік визамен жұмыс істеуге бола ма")  # type: ignore[attr-defined]
    settle()
    first = screen.cards[0]  # type: ignore[attr-defined]
    assert first.isVisible()
    assert first.answer.lang == "ru"
    assert first.note.isVisible()
    assert "Русский" in first.note.text()


def test_the_question_is_forgotten_with_the_session(kiosk: Kiosk, qtbot: object) -> None:
    kiosk.navigator.home()
    kiosk.navigator.go("ask")
    screen = kiosk.navigator.screen("ask")
    screen.field.setText("passport")  # type: ignore[attr-defined]
    kiosk.end_session()
    assert screen.field.text() == ""  # type: ignore[attr-defined]
    assert not screen.field.isUndoAvailable()  # type: ignore[attr-defined]
