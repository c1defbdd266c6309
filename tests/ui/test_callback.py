"""Call me back, as a traveller uses it: type the number on the keypad, choose, agree, get a reference."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from content.callbacks import normalise_phone
from kiosk.app.compose import Kiosk
from kiosk.app.theme import MIN_TOUCH
from tests.ui.helpers import settle, tap, tile_with, until_read
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
    until_read(kiosk, kiosk.navigator.screen("home"))
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


def test_a_number_in_an_odd_form_gets_a_true_answer(kiosk: Kiosk) -> None:
    """A hurried traveller's number: dialled with 00 instead of +, a finger resting on a key, letters from a
    hardware keyboard. The field never holds what no number can be, so "not complete yet" is always true."""
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("callback")
    screen = kiosk.navigator.screen("callback")
    field = screen.phone_field
    field.clear()
    type_on_phone_pad(screen, "00998901234567")  # 00: the international prefix, as dialled
    assert field.text() == "+998901234567"
    assert screen.phone_next.isEnabled() and not screen.phone_error.text()
    type_on_phone_pad(screen, "9" * 30)  # an Uzbek number has all its digits: a key held down adds none
    assert field.text() == "+998901234567"
    assert screen.phone_next.isEnabled()
    field.clear()
    type_on_phone_pad(screen, "+44" + "1" * 40)  # no number has more than 15 digits
    assert normalise_phone(field.text()) == "+44" + "1" * 13
    assert screen.phone_next.isEnabled()
    field.clear()
    field.setFocus()
    for ch in "+998abc90":  # letters typed on a hardware keyboard are not taken
        QTest.sendKeyEvent(QTest.KeyAction.Click, field, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
    assert field.text() == "+99890"
    assert "not complete" in screen.phone_error.text()


def test_a_number_without_its_plus_is_asked_for_it(kiosk: Kiosk) -> None:
    """A traveller who deleted the prefilled +998 and typed the number as written on a card (998…, or the 9
    local digits) is told what is missing, not that the number is "not complete yet" (every digit is there);
    the kiosk does not guess the +, since 998123456 is a whole local number as well as the start of +998."""
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("callback")
    screen = kiosk.navigator.screen("callback")
    for typed in ("998901234567", "901234567"):
        screen.phone_field.clear()
        type_on_phone_pad(screen, typed)
        assert screen.phone_field.text() == typed
        assert not screen.phone_next.isEnabled()
        assert screen.phone_error.text() == "Start with + and the country code (+998 for Uzbekistan).", typed
    screen.phone_field.clear()
    type_on_phone_pad(screen, "+998901234567")
    assert screen.phone_next.isEnabled() and not screen.phone_error.text()


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


def _flow_back(screen: QWidget) -> QPushButton | None:
    """The request's own Back on the step shown now (not the header's, which leaves the request), or None."""
    page = screen.pages[screen.step]
    found = [b for b in page.findChildren(QPushButton) if b.isVisible() and b.text() == "‹ Back"]
    assert len(found) <= 1, found
    return found[0] if found else None


def _back(screen: QWidget) -> None:
    """Tap the step's own Back (scrolled to first, as a person would below a long list of countries)."""
    back = _flow_back(screen)
    assert back is not None, f"no Back of its own on step {screen.step}"
    assert back.height() >= MIN_TOUCH
    screen.scroll_area.ensureWidgetVisible(back)
    settle()
    tap(back)


def test_each_step_after_the_first_goes_back_one_step_keeping_what_was_entered(
    kiosk: Kiosk, qtbot: object
) -> None:
    """The header's Back leaves the request and forgets it: a traveller who wanted to change the topic or
    the number had to start again. Each step after the first has a large Back of its own to the step
    before, and everything typed or chosen is still there."""
    from screens import callback

    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("callback")
    settle()
    until_read(kiosk, kiosk.navigator.screen("callback"))
    screen = kiosk.navigator.screen("callback")
    assert _flow_back(screen) is None  # the first step: the header's Back is the way out
    type_on_phone_pad(screen, "901234567")
    tap(screen.phone_next)
    assert screen.step == callback.LANGUAGE
    _back(screen)
    assert screen.step == callback.PHONE and kiosk.navigator.current_name == "callback"
    assert screen.phone_field.text().replace(" ", "") == "+998901234567"
    tap(screen.phone_next)
    assert screen.languages.checkedButton().property("key") == "en"
    _choose(screen, "languages", "ru")
    _back(screen)  # topic -> language: the language chosen is still chosen
    assert screen.step == callback.LANGUAGE and screen.languages.checkedButton().property("key") == "ru"
    _choose(screen, "languages", "ru")
    _choose(screen, "topics", "unpaid_wages")
    _back(screen)  # country -> topic
    assert screen.step == callback.TOPIC and screen.topics.checkedButton().property("key") == "unpaid_wages"
    _choose(screen, "topics", "documents")
    _choose(screen, "countries", "ru")
    tap(screen.consent)
    _back(screen)  # consent -> country
    assert screen.step == callback.COUNTRY and screen.countries.checkedButton().property("key") == "ru"
    _choose(screen, "countries", "de")
    assert screen.step == callback.CONSENT and screen.consent.isChecked()
    review = screen.review_text.text()
    assert "+998901234567" in review and "Русский" in review and "documents" in review.lower(), review
    back = _flow_back(screen)
    screen.send_button.click()
    back.click()  # while it is being saved (its answer is queued for this thread): it stays
    assert screen.step == callback.CONSENT and screen.sending.busy
    qtbot.waitUntil(lambda: bool(screen.reference), timeout=5000)  # type: ignore[attr-defined]
    assert screen.step == callback.DONE and _flow_back(screen) is None  # sent: nothing to go back to
    event = kiosk.context.state.report(screen.reference)
    assert event.payload["topic"] == "documents" and event.payload["country"] == "de"
    assert event.payload["call_language"] == "ru" and event.payload["phone"] == "+998901234567"


def test_the_send_button_speaks_the_new_language_before_consent(kiosk: Kiosk) -> None:
    """Disabled until the traveller agrees, the send button kept the words of the language it was first
    labelled in (a Tajik page said "Өтінішті жіберу" after a Kazakh one); only while the request is being
    saved does it keep saying so."""
    from screens import callback

    kiosk.context.i18n.set_language("kk")
    kiosk.navigator.go("callback")
    settle()
    until_read(kiosk, kiosk.navigator.screen("callback"))
    screen = kiosk.navigator.screen("callback")
    type_on_phone_pad(screen, "901234567")
    tap(screen.phone_next)
    _choose(screen, "languages", "ru")
    _choose(screen, "topics", "documents")
    _choose(screen, "countries", "ru")
    assert screen.step == callback.CONSENT and not screen.send_button.isEnabled()
    kiosk.context.i18n.set_language("en")
    settle()
    assert screen.send_button.text() == "Send request"


def test_every_step_says_where_the_traveller_is_and_offers_the_hotline(kiosk: Kiosk) -> None:
    """As the report's steps do: a step bar (five stages, the current one named for a screen reader), the
    hotline under each question for a traveller in trouble now, and a consent box whose tick is seen
    without telling colours apart. The call-back had none of them: a half-empty page under four buttons."""
    from screens import callback

    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("callback")
    settle()
    until_read(kiosk, kiosk.navigator.screen("callback"))
    screen = kiosk.navigator.screen("callback")
    seen: list[tuple[int, str, bool]] = []

    def look() -> None:
        settle()
        bar = screen.stage_bar
        names = [n.text() for n in bar.names if n.isVisibleTo(bar)]
        assert names == ["Phone", "Language", "Topic", "Country", "Send"]
        seen.append((screen.step, bar.accessibleName(), screen.help.isVisibleTo(screen)))

    look()
    type_on_phone_pad(screen, "901234567")
    tap(screen.phone_next)
    look()
    _choose(screen, "languages", "ru")
    look()
    _choose(screen, "topics", "documents")
    look()
    _choose(screen, "countries", "ru")
    look()
    assert seen == [
        (callback.PHONE, "Step 1 of 5: Phone", False),  # the keypad needs the room
        (callback.LANGUAGE, "Step 2 of 5: Language", True),
        (callback.TOPIC, "Step 3 of 5: Topic", True),
        (callback.COUNTRY, "Step 4 of 5: Country", True),
        (callback.CONSENT, "Step 5 of 5: Send", True),
    ]
    assert screen.help_hotline.number.text() == kiosk.context.store.hotline("en").phone
    unticked = screen.consent.icon().pixmap(40).toImage()
    tap(screen.consent)
    assert screen.consent.isChecked()
    assert screen.consent.icon().pixmap(40).toImage() != unticked, "the tick is not drawn"
    assert not unticked.isNull(), "no box to tick"


def test_no_blank_line_above_send_until_there_is_something_to_say(kiosk: Kiosk) -> None:
    """The line that says a save failed stood empty on every review, a blank line's height between the
    request and its Back and Send (the call-back's and the report's alike). It takes room only when it says
    something, and says it when a save fails."""
    from screens import callback, report

    kiosk.context.i18n.set_language("en")
    for name, step in (("callback", callback.CONSENT), ("report", report.REVIEW)):
        kiosk.navigator.go(name)
        screen = kiosk.navigator.screen(name)
        screen._go(step)
        settle()
        assert not screen.review_error.isVisibleTo(screen), f"{name}: an empty line above the buttons"
        screen.sending._failed(OSError("disk full"))  # what the worker reports when the save fails
        settle()
        assert screen.review_error.isVisibleTo(screen) and "could not be saved" in screen.review_error.text()
        kiosk.navigator.home()


def test_finish_is_tapped_where_the_confirmation_shows_it(kiosk: Kiosk) -> None:
    """The confirmation appears in one step, and a finger can only tap what has been drawn: the tap lands on
    Finish where the laid-out page shows it, not where the page's previous layout left it (under the SAMPLE
    strip at the foot of a landscape screen)."""
    kiosk.context.i18n.set_language("ru")
    kiosk.navigator.go("callback")
    screen = kiosk.navigator.screen("callback")
    _fill(screen, "900000000", topic="passport_taken", country="ru")
    settle()
    screen._saved("C-TEST-0000")  # what the send flow calls once the request is committed; no events since
    tap(screen.finish_button)
    assert kiosk.navigator.current_name == "home"
