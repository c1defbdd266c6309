"""Accessibility: contrast, text size, high contrast, touch targets, keypad use and audio-first mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.app.compose import Kiosk
from kiosk.app.theme import HIGH_CONTRAST, PALETTE, TEXT_SCALES, Palette
from kiosk.services.voices import VoiceReport
from kiosk.shell.i18n import LANGUAGES
from kiosk.tools.layout_check import find_clipped
from kiosk.tools.screenshots import iter_rendered
from screens.widgets.tile import Tile
from tests.ui.helpers import read_shown, settle, tap, until_read


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize(
    ("palette", "minimum"), [(PALETTE, 4.5), (HIGH_CONTRAST, 7.0)], ids=["normal", "high"]
)
def test_every_colour_pair_meets_its_contrast(palette: Palette, minimum: float) -> None:
    low = [
        (name, round(contrast(fg, bg), 2))
        for name, fg, bg in palette.contrast_pairs()
        if contrast(fg, bg) < minimum
    ]
    assert not low, low


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_largest_text_in_high_contrast_fits_everywhere(kiosk: Kiosk, size: tuple[int, int]) -> None:
    display = kiosk.context.display
    display.next_text_size()
    display.next_text_size()
    display.toggle_contrast()
    assert display.scale == 1.4
    assert display.high_contrast
    problems = []
    for (w, h), lang, (_n, _p, stem) in iter_rendered(kiosk, [size], [x.tag for x in LANGUAGES]):
        problems += [f"{w}x{h} {lang} {stem}: {c}" for c in find_clipped(kiosk.window)]
    assert not problems, "\n".join(problems[:40])


# Screens whose header title is a topic, a country or a long phrase in some language.
TITLED = (
    "03-home", "04-alerts", "05-alert", "06-topics", "07-articles", "08-article", "09-countries", "10-guide"
)
HEADER_SHARE = 0.2  # the header may grow for a wrapped title, up to this share of the window's height


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_largest_text_shows_every_header_title_whole(kiosk: Kiosk, size: tuple[int, int]) -> None:
    """At the largest text size a long title (a topic, a country guide) wraps and the header grows to show
    every line, keeping most of the screen for the page. The test above sees only the first topic, article
    and guide, whose titles are short; this one sees every one, each after the one before it on the same
    screen (a title that changes on a header already laid out is what was clipped in portrait)."""
    display = kiosk.context.display
    display.next_text_size()
    display.next_text_size()
    assert display.scale == TEXT_SCALES[-1]
    problems, wrapped = [], 0
    for (w, h), lang, (name, _p, stem) in iter_rendered(
        kiosk, [size], [x.tag for x in LANGUAGES], every_item=True, prefixes=TITLED
    ):
        header = kiosk.navigator.screen(name).header
        where = f"{w}x{h} {lang} {stem}"
        problems += [f"{where}: {c}" for c in find_clipped(header)]
        if header.height() > HEADER_SHARE * h:
            problems.append(f"{where}: the header takes {header.height()} of {h} px")
        wrapped += header.title.height() > 1.5 * header.title.fontMetrics().lineSpacing()
    assert not problems, "\n".join(problems[:40])
    assert wrapped, "no title needed a second line: the sample content no longer tests wrapping"


def test_text_size_and_contrast_are_reachable_and_reset_with_the_session(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("topics")
    screen = kiosk.navigator.screen("topics")
    title = screen.header.title
    before = title.fontInfo().pixelSize()
    tap(screen.header.size_button)
    assert title.fontInfo().pixelSize() > before
    tap(screen.header.contrast_button)
    assert kiosk.context.display.high_contrast
    assert QApplication.instance().styleSheet().count("#000000") > 3
    kiosk.navigator.go("home")  # kept through the session
    assert kiosk.context.display.size_step == 1
    kiosk.end_session()
    assert kiosk.context.display.size_step == 0
    assert not kiosk.context.display.high_contrast


def _controls(root: QWidget) -> list[QWidget]:
    found = []
    for w in root.findChildren(QWidget):
        if (
            isinstance(w, QAbstractButton | Tile)
            and w.isVisibleTo(root)
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.isEnabled()
        ):
            found.append(w)
    return found


def test_touch_targets_are_at_least_64_px(kiosk: Kiosk) -> None:
    small = []
    for (w, h), _lang, (_n, _p, stem) in iter_rendered(kiosk, [(1920, 1080), (1080, 1920)], ["ru"]):
        for control in kiosk.window.findChildren(QWidget):
            shown = isinstance(control, QAbstractButton | Tile) and control.isVisibleTo(kiosk.window)
            if shown and (control.height() < 64 or control.width() < 56):
                small.append(
                        f"{w}x{h} {stem}: {control.accessibleName() or control.objectName()} "
                        f"{control.width()}x{control.height()}"
                    )
    assert not small, "\n".join(small[:30])


def _press(key: Qt.Key) -> None:
    """A key of the keypad, then the wait a person makes for the screen it opened (as `tap`)."""
    focus = QApplication.focusWidget()
    assert focus is not None
    window = focus.window()
    QTest.keyClick(focus, key)
    settle()
    read_shown(window)


def test_keypad_alone_reaches_every_control_and_moves_between_screens(kiosk: Kiosk) -> None:
    nav = kiosk.navigator
    assert nav.current_name == "attract"
    kiosk.window.activateWindow()
    nav.screen("attract").setFocus()
    _press(Qt.Key.Key_Space)
    assert nav.current_name == "language"
    screen = nav.screen("language")
    screen.buttons["en"].setFocus()
    _press(Qt.Key.Key_Return)
    assert nav.current_name == "home"
    home = nav.screen("home")
    # Tab visits every control on the screen, each drawn with a focus frame.
    seen = set()
    home.tiles()[0].setFocus()
    for _ in range(40):
        seen.add(id(QApplication.focusWidget()))
        _press(Qt.Key.Key_Down)
    missing = [c.accessibleName() for c in _controls(home) if id(c) not in seen]
    assert not missing, missing
    # Enter on a focused tile opens it; Backspace goes back.
    topics_tile = next(t for t in home.tiles() if t.property("target") == "topics")
    topics_tile.setFocus()
    _press(Qt.Key.Key_Return)
    assert nav.current_name == "topics"
    nav.screen("topics").grid.tiles()[0].setFocus()
    _press(Qt.Key.Key_Enter)
    assert nav.current_name == "articles"
    _press(Qt.Key.Key_Backspace)
    assert nav.current_name == "topics"


def test_focus_is_visible(kiosk: Kiosk) -> None:
    """The focused tile is drawn differently from an unfocused one (the theme's focus frame)."""
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("home")
    settle()
    until_read(kiosk, kiosk.navigator.screen("home"))
    tile = kiosk.navigator.screen("home").tiles()[1]  # (the first, the main task, starts focused)
    plain = tile.grab().toImage()
    tile.setFocus()
    settle()
    assert tile.grab().toImage() != plain


def test_audio_first_mode_reads_each_screen_as_it_opens(kiosk: Kiosk, qtbot: object) -> None:
    spoken: list[tuple[str, str]] = []
    kiosk.context.speech.speak = lambda text, lang: spoken.append((text, lang))  # type: ignore[method-assign]
    kiosk.context.speech.set_voice_report(VoiceReport("espeak-ng", frozenset({"ru"})))  # read after start-up
    kiosk.context.i18n.set_language("ru")
    kiosk.navigator.go("home")
    home = kiosk.navigator.screen("home")
    button = home.header.read_button
    QTest.mousePress(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.context.session.audio_first, timeout=3000)  # type: ignore[attr-defined]
    QTest.mouseRelease(button, Qt.MouseButton.LeftButton)
    assert spoken
    assert spoken[-1][1] == "ru"
    assert home.header.title.text() in spoken[-1][0]
    tap(next(t for t in home.tiles() if t.property("target") == "countries"))
    qtbot.waitUntil(lambda: len(spoken) >= 2, timeout=3000)  # type: ignore[attr-defined]
    assert kiosk.navigator.screen("countries").header.title.text() in spoken[-1][0]
    kiosk.end_session()
    assert not kiosk.context.session.audio_first


def test_unused_event_type_guard() -> None:
    assert QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier).key() == Qt.Key.Key_A
