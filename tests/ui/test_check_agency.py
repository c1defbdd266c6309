"""The licence check as a traveller uses it: type on the on-screen keyboard, tap a result, read the verdict,
report the agency, and walk away."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from kiosk.app.compose import Kiosk
from kiosk.shell.i18n import LANGUAGES
from kiosk.tools.layout_check import find_clipped
from tests.ui.helpers import settle, tap, until_answered, until_read, visible_texts


def type_on_keyboard(screen: QWidget, text: str) -> None:
    """Tap the on-screen keyboard's keys; switch layouts as a person would."""
    keyboard = screen.keyboard  # type: ignore[attr-defined]
    keys = {}
    for layout in ("latin", "cyrillic", "digits"):
        keyboard.set_layout(layout)
        for button in keyboard.findChildren(QPushButton):
            if button.property("keyId") and button.isVisible():
                keys.setdefault(button.property("keyId"), (layout, button))
    for ch in text:
        key = "space" if ch == " " else ch
        layout, _ = keys[key]
        keyboard.set_layout(layout)
        button = next(
            b for b in keyboard.findChildren(QPushButton) if b.property("keyId") == key and b.isVisible()
        )
        tap(button)
    if hasattr(screen, "loading"):  # the licence check searches on the kiosk's worker
        until_answered(screen.ctx.background, screen)  # type: ignore[attr-defined]


def type_on_phone_pad(screen: QWidget, digits: str) -> None:
    for digit in digits:
        tap(screen.phone_pad.keys[digit])  # type: ignore[attr-defined]


def agencies_by_status(kiosk: Kiosk) -> dict[str, str]:
    conn = sqlite3.connect(kiosk.context.store.path)
    rows = conn.execute(
        "SELECT status, MIN(licence_no) FROM agencies WHERE expires_on > '2027' OR status != 'active'"
        " GROUP BY status"
    ).fetchall()
    conn.close()
    return dict(rows)


def test_type_on_keyboard_and_open_the_verdict(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("check")
    screen = kiosk.navigator.screen("check")
    type_on_keyboard(screen, "ozbek ish servis")
    assert screen.field.text() == "ozbek ish servis"
    first = screen.rows[0]
    assert first.isVisible()
    assert "Oʻzbek Ish Servis" in first.title.text()
    tap(first)
    verdict = kiosk.navigator.screen("verdict")
    until_read(kiosk, verdict)  # read on the worker
    assert kiosk.navigator.current_name == "verdict"
    assert verdict.verdict.agency is not None
    assert "Oʻzbek Ish Servis" in verdict.verdict.agency.name
    texts = visible_texts(verdict)
    assert any(t.startswith("Registry data as of") for t in texts)


def test_cyrillic_keyboard_finds_the_latin_name(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("uz-Cyrl")
    kiosk.navigator.go("check")
    screen = kiosk.navigator.screen("check")
    assert screen.keyboard.layout_name() == "cyrillic"
    type_on_keyboard(screen, "ўзбек иш сервис")
    assert "Oʻzbek Ish Servis" in screen.rows[0].title.text()


def test_nothing_found_leads_to_advice(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("check")
    screen = kiosk.navigator.screen("check")
    type_on_keyboard(screen, "qqqqzzzz")
    assert not any(r.isVisible() for r in screen.rows)
    assert screen.none_label.isVisible()
    assert "qqqqzzzz" in screen.none_label.text()
    tap(screen.none_button)
    verdict = kiosk.navigator.screen("verdict")
    until_read(kiosk, verdict)
    assert "Not in the registry" in visible_texts(verdict)
    assert "Do not pay anyone and do not hand over your passport." in " ".join(visible_texts(verdict))


@pytest.mark.parametrize("lang", [x.tag for x in LANGUAGES])
def test_verdict_for_every_status_in_every_language(kiosk: Kiosk, lang: str) -> None:
    kiosk.context.i18n.set_language(lang)
    statuses = agencies_by_status(kiosk)
    assert set(statuses) == {"active", "suspended", "revoked", "expired"}
    headlines = set()
    for size in ((1920, 1080), (1080, 1920)):
        kiosk.window.setFixedSize(*size)
        for status, licence in statuses.items():
            kiosk.navigator.go("verdict", kind="agency", ref=licence)
            screen = kiosk.navigator.screen("verdict")
            until_read(kiosk, screen)  # read on the worker
            panel = screen.panel
            headlines.add(panel.findChild(QLabel, "VerdictHeadline").text())
            level = panel.property("level")
            # Sample content was applied moments ago, so it is fresh: only an active licence is green.
            assert (level == "safe") == (status == "active"), (status, level)
            assert screen.qr.target.endswith(licence)
            assert screen.text_qr.target
            clips = find_clipped(kiosk.window)
            assert not clips, [str(c) for c in clips]
        kiosk.navigator.go("verdict", kind="none", ref="", query="Tez Ish")
        until_read(kiosk, kiosk.navigator.screen("verdict"))
        headlines.add(kiosk.navigator.screen("verdict").panel.findChild(QLabel, "VerdictHeadline").text())
    assert len(headlines) == 5  # four statuses and NOT FOUND, each with its own words


def test_stale_registry_is_not_green(kiosk: Kiosk) -> None:
    from datetime import timedelta

    kiosk.context.i18n.set_language("en")
    now = kiosk.context.clock()
    kiosk.context.clock = lambda: now + timedelta(days=30)
    licence = agencies_by_status(kiosk)["active"]
    kiosk.navigator.go("verdict", kind="agency", ref=licence)
    until_read(kiosk, kiosk.navigator.screen("verdict"))
    panel = kiosk.navigator.screen("verdict").panel
    assert panel.property("level") == "caution"
    assert "out of date" in panel.findChild(QLabel, "VerdictHeadline").text()


def test_report_flow_end_to_end_into_state_db(kiosk: Kiosk, qtbot: object) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("report")
    screen = kiosk.navigator.screen("report")
    assert not screen.who_next.isEnabled()
    type_on_keyboard(screen, "tez viza")
    tap(screen.who_next)
    assert not screen.what_next.isEnabled()
    tap(screen.choices["fee"])
    tap(screen.choices["passport"])
    tap(screen.what_next)
    tap(screen.consent_yes)
    assert screen.phone_pad.isVisible() and not screen.keyboard.isVisible()
    assert screen.phone_field.text().startswith("+998")
    type_on_phone_pad(screen, "900000000")
    tap(screen.phone_next)
    assert "tez viza" in screen.review_text.text()
    tap(screen.send_button)
    qtbot.waitUntil(lambda: bool(screen.reference), timeout=5000)  # type: ignore[attr-defined]
    assert screen.done_reference.isVisible()
    assert screen.done_reference.text() == screen.reference
    event = kiosk.context.state.report(screen.reference)
    assert event is not None
    assert event.payload["target"] == "tez viza"
    assert event.payload["reasons"] == ["fee", "passport"]
    assert event.payload["contact_consent"] is True
    assert event.payload["contact_phone"] == "+998900000000"
    tap(screen.finish_button)
    assert kiosk.navigator.current_name == "home"


def test_report_without_consent_stores_no_contact(kiosk: Kiosk, qtbot: object) -> None:
    kiosk.context.i18n.set_language("ru")
    kiosk.navigator.go("report", target="ООО «Глобал Мехнат»")
    screen = kiosk.navigator.screen("report")
    assert screen.who_field.text() == "ООО «Глобал Мехнат»"
    tap(screen.who_next)
    tap(screen.choices["no_contract"])
    tap(screen.what_next)
    tap(screen.consent_no)
    tap(screen.send_button)
    qtbot.waitUntil(lambda: bool(screen.reference), timeout=5000)  # type: ignore[attr-defined]
    event = kiosk.context.state.report(screen.reference)
    assert event.payload["contact_consent"] is False
    assert event.payload["contact_phone"] is None


def test_idle_wipes_everything_typed(kiosk: Kiosk, qtbot: object) -> None:
    secret_name, secret_phone = "maxfiy agentlik", "901112233"
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("check")
    type_on_keyboard(kiosk.navigator.screen("check"), secret_name)
    kiosk.navigator.go("report", target=secret_name)
    report = kiosk.navigator.screen("report")
    tap(report.who_next)
    tap(report.choices["other"])
    tap(report.what_next)
    tap(report.consent_yes)
    type_on_phone_pad(report, secret_phone)
    kiosk.idle.set_timeout_ms(50)
    tap(report.phone_field)
    qtbot.waitUntil(lambda: kiosk.navigator.current_name == "attract", timeout=3000)  # type: ignore[attr-defined]
    for widget in kiosk.window.findChildren(QWidget):
        for text in _texts_of(widget):
            assert secret_name not in text, (widget, text)
            assert secret_phone not in text, (widget, text)
    for field in kiosk.window.findChildren(QLineEdit):
        assert field.text() == ""
        assert not field.isUndoAvailable()
    assert not any(c.isChecked() for c in report.choices.values())


def test_idle_wipes_a_name_not_found_and_a_vacancy_search(kiosk: Kiosk, qtbot: object) -> None:
    """The not-found verdict shows the name typed; the vacancy search keeps what was typed in its field (and
    its undo history). Neither may outlive the session, on screen or off it."""
    secret_name, secret_job = "maxfiy agentlik", "maxfiy ish"
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("check")
    check = kiosk.navigator.screen("check")
    type_on_keyboard(check, secret_name)
    until_read(kiosk, check)
    tap(check.none_button)  # type: ignore[attr-defined]
    assert kiosk.navigator.current_name == "verdict"
    kiosk.navigator.go("vacancies")
    vacancies = kiosk.navigator.screen("vacancies")
    until_read(kiosk, vacancies)
    tap(vacancies.field)  # type: ignore[attr-defined]
    type_on_keyboard(vacancies, secret_job)
    assert vacancies.field.text() == secret_job  # type: ignore[attr-defined]
    kiosk.idle.set_timeout_ms(50)
    tap(vacancies.field)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: kiosk.navigator.current_name == "attract", timeout=3000)  # type: ignore[attr-defined]
    for widget in kiosk.window.findChildren(QWidget):
        for text in _texts_of(widget):
            assert secret_name not in text and secret_job not in text, (widget, text)
    for field in kiosk.window.findChildren(QLineEdit):
        assert field.text() == "", field
        assert not field.isUndoAvailable(), field


def _texts_of(widget: QWidget) -> list[str]:
    texts = [widget.accessibleName()]
    for attr in ("text", "placeholderText", "toolTip"):
        value = getattr(widget, attr, None)
        if callable(value):
            with contextlib.suppress(TypeError):
                texts.append(str(value()))
    for name in widget.dynamicPropertyNames():
        try:
            texts.append(str(widget.property(bytes(name).decode())))
        except RuntimeError:  # Qt-internal properties with no Python conversion hold no user text
            continue
    return texts


def test_before_typing_the_check_says_how_and_one_result_is_a_large_card(kiosk: Kiosk) -> None:
    """The check once showed a field over a blank half screen: before typing it now says how to check (and
    in portrait gives the hotline); a single result, in portrait, is a large card, not a thin row."""
    kiosk.context.i18n.set_language("ru")
    kiosk.window.setFixedSize(1080, 1920)
    kiosk.navigator.go("check")
    settle()
    screen = kiosk.navigator.screen("check")
    screen.field.setText("")  # type: ignore[attr-defined]
    until_read(kiosk, screen)  # the hotline is read on the worker
    assert screen.howto.isVisible() and screen.hotline.isVisible()  # type: ignore[attr-defined]
    licence = agencies_by_status(kiosk)["active"]
    screen.field.setText(licence)  # type: ignore[attr-defined]
    until_read(kiosk, screen)  # searched on the worker
    card = screen.rows[0]  # type: ignore[attr-defined]
    assert not screen.howto.isVisible() and card.isVisible()  # type: ignore[attr-defined]
    assert card.height() >= 200 and card.title.font().pixelSize() >= 40
    screen.field.setText("")  # type: ignore[attr-defined]
