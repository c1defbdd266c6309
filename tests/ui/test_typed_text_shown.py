"""What a traveller typed, shown back inside the kiosk's own sentences ("No agency matches “…”", the report's
review, a verdict for a name not in the registry, a vacancy search that finds nothing): a long word without a
space (a Telegram handle, a website) wraps inside the page instead of widening it past the screen, and a
direction mark in it (U+202E) cannot turn the kiosk's own words around it backwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.app.compose import Kiosk
from kiosk.tools.layout_check import find_clipped
from tests.ui.helpers import settle, tap, until_read

# A Telegram channel as a recruiter's advert gives it: 50 characters and no space.
HANDLE = "@tez_viza_ish_chet_el_rasmiy_kanali_germaniya_2025"
SIZES = [(1920, 1080), (1080, 1920)]


def type_keys(field: QWidget, text: str) -> None:
    """Typed on a hardware keyboard, one key at a time (keyClicks aborts on non-ASCII characters)."""
    field.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, field, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
    settle()


def report_review(kiosk: Kiosk, who: str, other: str) -> QWidget:
    kiosk.navigator.go("report")
    report = kiosk.navigator.screen("report")
    settle()
    type_keys(report.who_field, who)  # type: ignore[attr-defined]
    tap(report.who_next)  # type: ignore[attr-defined]
    tap(report.choices["other"])  # type: ignore[attr-defined]
    type_keys(report.other_field, other)  # type: ignore[attr-defined]
    tap(report.what_next)  # type: ignore[attr-defined]
    tap(report.consent_no)  # type: ignore[attr-defined]
    assert report.step == 4  # type: ignore[attr-defined]
    return report


def fits(kiosk: Kiosk) -> list[str]:
    return [str(c) for c in find_clipped(kiosk.window)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_long_handle_in_the_report_review_wraps_in_the_page(kiosk: Kiosk, size: tuple[int, int]) -> None:
    kiosk.window.setFixedSize(*size)
    kiosk.context.i18n.set_language("ru")
    report = report_review(kiosk, HANDLE, HANDLE + HANDLE)
    assert not fits(kiosk)
    summary = report.review_text.text()  # type: ignore[attr-defined]
    assert "".join(ch for ch in summary if ch.isprintable() and ch != "\u200b").count(HANDLE) == 3


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_long_handle_not_found_wraps_inside_the_page(kiosk: Kiosk, size: tuple[int, int]) -> None:
    kiosk.window.setFixedSize(*size)
    kiosk.context.i18n.set_language("ru")
    kiosk.navigator.go("check")
    check = kiosk.navigator.screen("check")
    until_read(kiosk, check)
    type_keys(check.field, HANDLE)  # type: ignore[attr-defined]
    until_read(kiosk, check)
    assert check.none_label.isVisible()  # type: ignore[attr-defined]
    assert not fits(kiosk), "check"
    tap(check.none_button)  # type: ignore[attr-defined]
    until_read(kiosk, kiosk.navigator.screen("verdict"))
    assert not fits(kiosk), "verdict"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_long_word_that_finds_no_vacancy_wraps_inside_the_page(kiosk: Kiosk, size: tuple[int, int]) -> None:
    kiosk.window.setFixedSize(*size)
    kiosk.context.i18n.set_language("ru")
    kiosk.navigator.go("vacancies")
    vacancies = kiosk.navigator.screen("vacancies")
    until_read(kiosk, vacancies)
    tap(vacancies.field)  # type: ignore[attr-defined]
    type_keys(vacancies.field, "qq" + HANDLE)  # type: ignore[attr-defined]
    assert vacancies.notice.isVisible()  # type: ignore[attr-defined]
    assert not fits(kiosk)


def drawn_left_to_right(label: QLabel, part: str) -> bool:
    """Whether `part` of the label's text is drawn in reading order, left to right (laid out as the label
    lays it out: each of its lines, in its font)."""
    text = label.text().replace("\n", "\u2028")  # what QLabel makes of a plain text's line breaks
    layout = QTextLayout(text, label.font())
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(100_000)
    layout.endLayout()
    start = text.rindex(part)
    xs = [layout.lineForTextPosition(i).cursorToX(i)[0] for i in range(start, start + len(part))]
    return xs == sorted(xs)


def test_a_direction_mark_typed_does_not_turn_the_kiosks_words_around(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("en")
    report = report_review(kiosk, "\u202eTez Viza", "cash \u202e\u200f")
    summary = report.review_text  # type: ignore[attr-defined]
    assert summary.text().endswith("Contact: none")
    assert drawn_left_to_right(summary, "Contact: none")
    assert drawn_left_to_right(summary, "Something else")
    kiosk.navigator.go("check")
    check = kiosk.navigator.screen("check")
    until_read(kiosk, check)
    type_keys(check.field, "\u202eqqzzx")  # type: ignore[attr-defined]
    until_read(kiosk, check)
    assert drawn_left_to_right(check.none_label, "”.")  # type: ignore[attr-defined]
