"""Home (issue 11 #11): checking an agency comes first and largest, the screen is used to its bottom in
both orientations, icons are drawn from SVG files, and a new task joins with one line."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.app.compose import Kiosk
from kiosk.shell.i18n import LANGUAGES
from screens.home import TASKS, Task
from tests.ui.helpers import settle, tap, until_read

SIZES = [(1920, 1080), (1080, 1920)]


def _home(kiosk: Kiosk, size: tuple[int, int], lang: str = "ru"):  # noqa: ANN202
    kiosk.window.setFixedSize(*size)
    kiosk.context.i18n.set_language(lang)
    kiosk.navigator.go("home")
    settle()
    until_read(kiosk, kiosk.navigator.screen("home"))
    return kiosk.navigator.screen("home")


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_home_leads_with_checking_an_agency(kiosk: Kiosk, size: tuple[int, int]) -> None:
    home = _home(kiosk, size)
    tiles = home.tiles()
    first = tiles[0]
    assert first.property("target") == "check"
    top = min(t.mapTo(kiosk.window, t.rect().topLeft()).y() for t in tiles)
    assert first.mapTo(kiosk.window, first.rect().topLeft()).y() == top  # nothing above it
    area = first.width() * first.height()
    assert all(area > 1.5 * t.width() * t.height() for t in tiles[1:-1])  # the last one fills its row
    size = first.title.font().pixelSize()
    assert all(size > t.title.font().pixelSize() for t in tiles[1:])
    tap(first)
    assert kiosk.navigator.current_name == "check"


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_home_fills_the_screen(kiosk: Kiosk, size: tuple[int, int]) -> None:
    """The lower third (landscape) to half (portrait) of Home was empty."""
    for lang in (x.tag for x in LANGUAGES):
        home = _home(kiosk, size, lang)
        viewport = home.scroll_area.viewport()
        bottom = max(t.mapTo(viewport, t.rect().bottomLeft()).y() for t in home.tiles())
        assert viewport.height() - bottom <= 60, f"{lang}: {viewport.height() - bottom} px empty below"
        assert home.scroll_area.verticalScrollBar().maximum() == 0  # and nothing needs scrolling


def test_home_icons_are_drawn_from_svg_not_font_symbols(kiosk: Kiosk) -> None:
    home = _home(kiosk, (1920, 1080))
    for tile in home.tiles():
        assert not tile.icon.text() and not tile.icon.pixmap().isNull(), tile.property("target")
    # No tile shows one of the old symbols anywhere.
    symbols = set("✔⚠⚖⚑✉☎✋✈✍▤☂☰")
    texts = "".join(w.text() for w in home.findChildren(QLabel))
    assert not symbols & set(texts)


def test_a_new_home_task_joins_with_one_line(kiosk: Kiosk) -> None:
    from screens.home import HomeScreen

    tasks = [*TASKS, Task("contacts", "call", "Ask for a call back", "An operator calls you")]
    home = HomeScreen(kiosk.context, tasks)
    home.resize(1920, 1000)
    home.refresh()
    assert [t.property("target") for t in home.tiles()][-1] == "contacts"
    assert home.tiles()[-1].title.text() == "Ask for a call back"
    home.deleteLater()


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_focus_starts_on_the_main_task_not_on_finish(kiosk: Kiosk, size: tuple[int, int]) -> None:
    """Tapping through the start as a traveller does, the focus ring sat on "Finish and clear my data" (the
    first focusable button of Home's header); it starts on "Check an agency", where Enter does the main task.
    """
    from PySide6.QtWidgets import QApplication

    kiosk.window.setFixedSize(*size)
    kiosk.navigator.restart()
    settle()
    tap(kiosk.navigator.screen("attract"))
    tap(kiosk.navigator.screen("language").buttons["ru"])
    assert kiosk.navigator.current_name == "home"
    home = kiosk.navigator.screen("home")
    assert QApplication.focusWidget() is home.hero
    tap(home.hero)  # and back again (Back from the check screen) it is there once more
    kiosk.navigator.back()
    settle()
    assert QApplication.focusWidget() is home.hero
