"""The Ask screen uses its whole height: before anything is typed, and when a question found no answer, the
editors' questions fill the room above the keyboard (its lower half was once empty), in every language and
both orientations. Tapping one asks it."""

from __future__ import annotations

import pytest

from kiosk.app.compose import Kiosk
from kiosk.shell.i18n import LANGUAGES
from kiosk.tools.layout_check import find_empty_band
from kiosk.tools.screenshots import iter_rendered
from tests.ui.helpers import until_read

SIZES = [(1920, 1080), (1080, 1920)]
ASK_STATES = ("18-ask", "18-ask-no-answer", "18-ask-answers")


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_the_ask_screen_has_no_empty_half(kiosk: Kiosk, size: tuple[int, int]) -> None:
    problems, seen = [], 0
    for stem in ASK_STATES:
        for (w, h), lang, _state in iter_rendered(kiosk, [size], [x.tag for x in LANGUAGES], only=stem):
            seen += 1
            band = find_empty_band(kiosk.window)
            if band is not None:
                problems.append(f"{w}x{h} {lang} {stem}: {band}")
    assert seen == len(ASK_STATES) * len(LANGUAGES)
    assert not problems, "\n".join(problems)


def test_the_check_finds_an_empty_half(kiosk: Kiosk) -> None:
    """With the suggestions hidden, the empty Ask screen is what the check must report (it was so)."""
    kiosk.window.setFixedSize(1080, 1920)
    kiosk.navigator.go("ask", question="")
    screen = kiosk.navigator.screen("ask")
    until_read(kiosk, screen)  # the editors' questions are read on the worker
    kiosk.window.layout().activate()
    assert find_empty_band(kiosk.window) is None
    screen.suggestions.hide()
    kiosk.window.layout().activate()
    band = find_empty_band(kiosk.window)
    assert band is not None and band.bottom - band.top > 1920 // 3


def test_tapping_a_suggested_question_asks_it(kiosk: Kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    kiosk.window.setFixedSize(1080, 1920)
    kiosk.context.i18n.set_language("kk")
    kiosk.navigator.go("ask", question="")
    screen = kiosk.navigator.screen("ask")
    kiosk.context.ask.build_now()
    until_read(kiosk, screen)
    tiles = screen.suggestions.grid.tiles()
    assert len(tiles) == 8
    first = screen.suggestions.questions()[0]
    assert any(ch in first for ch in "әғқңөұүһі")  # the pair's own Kazakh phrasing
    qtbot.mouseClick(tiles[0], Qt.MouseButton.LeftButton)
    assert screen.field.text() == first
    shown = [c for c in screen.cards if c.isVisible()]
    assert shown and shown[0].answer is not None
    assert first not in screen.suggestions.questions()  # its answer is shown: the others are offered
    assert screen.suggestions.isVisible()
