"""Issue 11 #4 and #12: the report flow names the right agency, shows what is ticked, takes a free-text
"other", a phone number on a telephone keypad with +998, and forgets everything by any way out."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.app.compose import Kiosk
from kiosk.app.theme import MIN_TOUCH
from tests.ui.helpers import settle, tap, until_read


def _two_agencies(kiosk: Kiosk) -> list[tuple[str, str]]:
    conn = sqlite3.connect(kiosk.context.store.path)
    try:
        return conn.execute("SELECT licence_no, name FROM agencies ORDER BY licence_no LIMIT 2").fetchall()
    finally:
        conn.close()


def _report_from_verdict(kiosk: Kiosk, licence: str):  # noqa: ANN202
    kiosk.navigator.go("check")
    kiosk.navigator.go("verdict", kind="agency", ref=licence)
    verdict = kiosk.navigator.screen("verdict")
    until_read(kiosk, verdict)  # read on the worker
    buttons = verdict.findChildren(type(verdict.header.back_button))
    button = next(b for b in buttons if b.objectName() == "ReportButton" and b.isVisible())
    tap(button)
    assert kiosk.navigator.current_name == "report"
    return kiosk.navigator.screen("report")


def test_a_report_never_carries_over_to_another_agency(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("ru")
    (lic_a, name_a), (lic_b, name_b) = _two_agencies(kiosk)
    for way_out in ("home", "back"):
        report = _report_from_verdict(kiosk, lic_a)
        assert report.who_field.text() == name_a
        tap(report.who_next)
        tap(report.choices["fee"])
        if way_out == "home":
            tap(report.header.home_button)
        else:
            tap(report.header.back_button)
        report = _report_from_verdict(kiosk, lic_b)
        assert report.who_field.text() == name_b, way_out
        assert lic_b in report.who_licence.text() and lic_a not in report.who_licence.text()
        assert not any(c.isChecked() for c in report.choices.values()), way_out
        assert report.step == 0
        kiosk.navigator.home()


def test_a_report_from_a_verdict_carries_the_licence_number(kiosk: Kiosk, qtbot: object) -> None:
    kiosk.context.i18n.set_language("en")
    (licence, name), _ = _two_agencies(kiosk)
    report = _report_from_verdict(kiosk, licence)
    tap(report.who_next)
    tap(report.choices["passport"])
    tap(report.what_next)
    tap(report.consent_no)
    assert licence in report.review_text.text()
    tap(report.send_button)
    qtbot.waitUntil(lambda: bool(report.reference), timeout=5000)  # type: ignore[attr-defined]
    event = kiosk.context.state.report(report.reference)
    assert event.payload["target"] == name and event.payload["licence_no"] == licence


def test_a_ticked_reason_looks_ticked(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("report", target="Tez Viza Ish")
    report = kiosk.navigator.screen("report")
    tap(report.who_next)
    choice = report.choices["fee"]
    before_icon, before = choice.icon().cacheKey(), choice.grab().toImage()
    tap(choice)
    settle()
    after = choice.grab().toImage()
    assert choice.isChecked() and choice.icon().cacheKey() != before_icon
    # Clearly different, not a faint tint: most sampled pixels change.
    changed = sum(
        before.pixel(x, y) != after.pixel(x, y)
        for x in range(5, after.width() - 5, 20)
        for y in range(5, after.height() - 5, 10)
    )
    total = len(range(5, after.width() - 5, 20)) * len(range(5, after.height() - 5, 10))
    assert changed > total / 2


def test_other_has_a_text_field(kiosk: Kiosk, qtbot: object) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("report", target="Tez Viza Ish")
    report = kiosk.navigator.screen("report")
    tap(report.who_next)
    assert not report.other_field.isVisible()
    tap(report.choices["other"])
    assert report.other_field.isVisible() and report.keyboard.isVisible()
    for key in ("f", "a", "k", "e"):
        tap(next(b for b in report.keyboard.findChildren(type(report.send_button))
                 if b.property("keyId") == key and b.isVisible()))
    assert report.other_field.text() == "fake"
    tap(report.what_next)
    tap(report.consent_no)
    tap(report.send_button)
    qtbot.waitUntil(lambda: bool(report.reference), timeout=5000)  # type: ignore[attr-defined]
    event = kiosk.context.state.report(report.reference)
    assert event.payload["reasons"] == ["other"] and event.payload["other_text"] == "fake"


def test_the_phone_step_is_a_keypad_with_998(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("uz-Latn")
    kiosk.navigator.go("report", target="Tez Viza Ish")
    report = kiosk.navigator.screen("report")
    tap(report.who_next)
    tap(report.choices["fee"])
    tap(report.what_next)
    tap(report.consent_yes)
    assert report.phone_field.text().startswith("+998")
    assert report.phone_pad.isVisible() and not report.keyboard.isVisible()
    assert not report.phone_next.isEnabled()
    for digit in "90123":
        tap(report.phone_pad.keys[digit])
    assert not report.phone_next.isEnabled()  # an Uzbek number needs all 9 digits
    for digit in "4567":
        tap(report.phone_pad.keys[digit])
    assert report.phone_next.isEnabled()
    tap(report.phone_pad.next_key)
    assert "+998901234567" in report.review_text.text()
    assert report.findChild(QLabel, "SectionTitle")


def test_every_step_shows_how_far_the_report_is_and_the_hotline(kiosk: Kiosk) -> None:
    """The report's steps once sat at the top of a blank page: now a bar says which of the four stages this
    is, and the hotline is under the buttons for a traveller in trouble now (in portrait, where it fits)."""
    kiosk.context.i18n.set_language("en")
    kiosk.window.setFixedSize(1080, 1920)
    kiosk.navigator.go("report", target="Tez Viza Ish")
    settle()
    until_read(kiosk, kiosk.navigator.screen("report"))
    report = kiosk.navigator.screen("report")
    stages = [(n.text(), n.property("state")) for n in report.stage_bar.names if n.isVisible()]
    assert stages == [("Whom", "current"), ("What happened", "todo"), ("Contact", "todo"), ("Send", "todo")]
    assert report.help_hotline.isVisible() and report.help_hotline.number.text()
    tap(report.who_next)
    assert report.stage_bar.names[1].property("state") == "current"
    assert report.help_hotline.isVisible()
    tap(report.choices["fee"])
    tap(report.what_next)
    no, yes = report.consent_no, report.consent_yes
    assert no.height() >= 200 and yes.height() >= 200, "big choices in portrait"
    window = kiosk.window
    assert yes.mapTo(window, yes.rect().topLeft()).y() > no.mapTo(window, no.rect().bottomLeft()).y()
    kiosk.window.setFixedSize(1920, 1080)
    settle()
    left_no, left_yes = no.mapTo(window, no.rect().topLeft()), yes.mapTo(window, yes.rect().topLeft())
    assert left_no.y() == left_yes.y() and left_yes.x() > left_no.x(), "side by side in landscape"


def _flow_back(report):  # noqa: ANN001, ANN202
    """The report's own Back on the step shown now (not the header's, which leaves the report), or None."""
    page = report.pages[report.step]
    found = [b for b in page.findChildren(QPushButton) if b.isVisible() and b.text() == "‹ Back"]
    assert len(found) <= 1, found
    return found[0] if found else None


def test_each_step_after_the_first_goes_back_one_step_keeping_what_was_entered(
    kiosk: Kiosk, qtbot: object
) -> None:
    """The header's Back leaves the report and forgets it: a traveller who wants to change a reason or the
    number had to start again. Each step after the first has a large Back of its own to the step before,
    and everything typed or ticked is still there."""
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("report", target="Tez Viza Ish")
    settle()
    until_read(kiosk, kiosk.navigator.screen("report"))
    report = kiosk.navigator.screen("report")
    assert _flow_back(report) is None  # the first step: the header's Back is the way out
    tap(report.who_next)
    tap(report.choices["fee"])
    tap(report.choices["other"])
    qtbot.keyClicks(report.other_field, "cash")  # type: ignore[attr-defined]
    back = _flow_back(report)
    assert back is not None and back.height() >= MIN_TOUCH
    tap(back)
    assert report.step == 0 and report.who_field.text() == "Tez Viza Ish"
    assert kiosk.navigator.current_name == "report"
    assert report.stage_bar.names[0].property("state") == "current"
    tap(report.who_next)
    assert report.choices["fee"].isChecked() and report.choices["other"].isChecked()
    assert report.other_field.isVisible() and report.other_field.text() == "cash"
    tap(report.what_next)
    tap(_flow_back(report))  # consent -> what happened
    assert report.step == 1 and report.choices["fee"].isChecked()
    tap(report.what_next)
    tap(report.consent_yes)
    for digit in "901234567":
        tap(report.phone_pad.keys[digit])
    tap(_flow_back(report))  # phone -> consent
    assert report.step == 2
    tap(report.consent_yes)
    assert report.phone_field.text().replace(" ", "") == "+998901234567"
    tap(report.phone_pad.next_key)
    tap(_flow_back(report))  # review -> the phone number it was given
    assert report.step == 3 and report.phone_next.isEnabled()
    tap(report.phone_pad.next_key)
    review = report.review_text.text()
    assert "Tez Viza Ish" in review and "cash" in review and "+998901234567" in review
    tap(_flow_back(report))
    tap(_flow_back(report))  # phone -> consent; declining skips the phone step both ways
    tap(report.consent_no)
    tap(_flow_back(report))
    assert report.step == 2
    tap(report.consent_no)
    tap(report.send_button)
    qtbot.waitUntil(lambda: bool(report.reference), timeout=5000)  # type: ignore[attr-defined]
    assert _flow_back(report) is None  # sent: nothing to go back to
    event = kiosk.context.state.report(report.reference)
    assert event.payload["reasons"] == ["fee", "other"] and event.payload["other_text"] == "cash"
