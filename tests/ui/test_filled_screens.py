"""Issue 11: the attract screen, the topics, a topic's articles, offices abroad and the one-stop screen left
half the window blank (tests/ui/test_layout.py finds such bands). What fills them now is what a traveller
needs there, and each piece works: the attract screen shows the tasks and the languages and starts in a
tapped language; topics and services fill the page as big tiles; an article list and an office abroad lead
on to checking the agency, the country's guide, its emergency numbers and the hotline."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.app.compose import Kiosk
from kiosk.shell.i18n import LANGUAGES
from screens.attract import TASKS as ATTRACT_TASKS
from screens.home import PRIMARY, TASKS
from screens.widgets.hotline import HotlinePanel
from tests.ui.helpers import settle, tap, until_read, visible_texts

SIZES = [(1920, 1080), (1080, 1920)]


def _open(kiosk: Kiosk, name: str, size: tuple[int, int] = (1920, 1080), lang: str = "en",  # noqa: ANN202
          **params: object):
    kiosk.window.setFixedSize(*size)
    kiosk.context.i18n.set_language(lang)
    kiosk.navigator.go(name, **params)
    settle()
    until_read(kiosk, kiosk.navigator.screen(name))
    return kiosk.navigator.screen(name)


def _hotline_shown(screen) -> HotlinePanel:  # noqa: ANN001
    panels = [p for p in screen.findChildren(HotlinePanel) if p.isVisibleTo(screen)]
    assert len(panels) == 1
    panel = panels[0]
    assert panel.number.text() and panel.qr.target.startswith("tel:+")
    return panel


def test_the_attract_screens_tasks_are_homes_in_homes_words(kiosk: Kiosk) -> None:
    """One list of what the kiosk does: each attract screen task is a Home task, same icon and title."""
    home = {t.screen: (t.icon, t.title) for t in (PRIMARY, *TASKS)}
    assert len(ATTRACT_TASKS) == 6
    for screen, icon, title in ATTRACT_TASKS:
        assert home[screen] == (icon, title), screen


def test_the_attract_screen_shows_tasks_and_languages_in_the_language_of_the_moment(
    kiosk: Kiosk, qtbot: object
) -> None:
    attract = kiosk.navigator.screen("attract")
    kiosk.navigator.restart()
    qtbot.waitUntil(lambda: all(t.icon_drawn for t in attract.tasks), timeout=5000)  # type: ignore[attr-defined]
    ru = [lang.tag for lang in LANGUAGES].index("ru")
    attract._step = ru
    attract._show_step()
    names = [t.title.text() for t in attract.tasks]
    assert names[0] == "Проверить агентство"
    assert all(t.accessibleName() == t.title.text() for t in attract.tasks)
    marked = [tag for tag, b in attract.languages.items() if b.property("current") == "true"]
    assert marked == ["ru"]
    assert set(attract.languages) == {lang.tag for lang in LANGUAGES}
    for task in attract.tasks:
        icon = next(w for w in task.findChildren(QLabel) if w.objectName() == "Icon")
        assert not icon.pixmap().isNull()


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_a_language_tapped_on_the_attract_screen_starts_in_it(kiosk: Kiosk, size: tuple[int, int]) -> None:
    kiosk.window.setFixedSize(*size)
    kiosk.navigator.restart()
    settle()
    attract = kiosk.navigator.screen("attract")
    tap(attract.languages["kk"])
    assert kiosk.navigator.current_name == "home"
    assert kiosk.context.i18n.current == "kk"
    kiosk.end_session()
    settle()
    tap(attract.message)  # anywhere else still opens the language screen
    assert kiosk.navigator.current_name == "language"


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_topics_fill_the_page_as_big_tiles(kiosk: Kiosk, size: tuple[int, int]) -> None:
    topics = _open(kiosk, "topics", size, "ru")
    tiles = topics.grid.tiles()
    columns = {t.x() for t in tiles}
    assert len(columns) == (2 if size[0] > size[1] else 1)
    viewport = topics.scroll_area.viewport()
    bottom = max(t.mapTo(viewport, t.rect().bottomLeft()).y() for t in tiles)
    assert viewport.height() - bottom <= 60
    assert min(t.height() for t in tiles) >= 200
    assert all(not t.icon.pixmap().isNull() for t in tiles)
    tap(tiles[0])
    assert kiosk.navigator.current_name == "articles"


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_an_article_list_leads_on_to_checking_the_agency_and_the_hotline(
    kiosk: Kiosk, size: tuple[int, int]
) -> None:
    articles = _open(kiosk, "articles", size, "ru", topic="recruitment")
    assert len(articles.grid.tiles()) >= 2
    _hotline_shown(articles)
    assert articles.check.title.text() == "Проверить агентство"
    assert "Проверить агентство" in articles.speech_text()
    tap(articles.check)
    assert kiosk.navigator.current_name == "check"


def test_an_office_abroad_leads_on_to_the_countrys_guide_its_emergency_numbers_and_the_hotline(
    kiosk: Kiosk,
) -> None:
    offices = _open(kiosk, "offices", (1080, 1920), "en", country="ru")
    assert [c.property("office") for c in offices.cards()] == ["attache-moscow"]
    texts = visible_texts(offices.body_widget)
    assert "Emergency numbers" in texts
    assert any("112" in t for t in texts)
    _hotline_shown(offices)
    labels = offices.body_widget.findChildren(QLabel)
    tile = next(t for t in labels if t.text() == "Country guide: Russia").parentWidget()
    offices.scroll_area.ensureWidgetVisible(tile)
    settle()
    tile.clicked.emit()  # below the fold: the page's scroll gesture holds a synthetic press back
    settle()
    assert kiosk.navigator.current_name == "guide"
    assert kiosk.navigator.screen("guide").params == {"country": "ru"}


def test_offices_at_home_end_with_the_hotline_and_no_country_block(kiosk: Kiosk) -> None:
    offices = _open(kiosk, "offices")
    _hotline_shown(offices)
    assert "Emergency numbers" not in visible_texts(offices.body_widget)


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_one_stop_fills_the_page_and_shows_the_hotline(kiosk: Kiosk, size: tuple[int, int]) -> None:
    one_stop = _open(kiosk, "one_stop", size, "uz-Latn")
    panel = _hotline_shown(one_stop)
    viewport = one_stop.scroll_area.viewport()
    assert viewport.height() - panel.mapTo(viewport, panel.rect().bottomLeft()).y() <= 60
    assert one_stop.scroll_area.verticalScrollBar().maximum() == 0
    assert min(t.height() for t in one_stop.tiles()) >= 160
    tap(one_stop.entries["callback"])
    assert kiosk.navigator.current_name == "callback"
