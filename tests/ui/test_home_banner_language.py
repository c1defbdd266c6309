"""Home's urgent-alert banner says which language its title is shown in when the traveller's is missing.

The signed bundle carries item text in uz-Latn, uz-Cyrl, ru and en: a Kazakh, Kyrgyz or Tajik traveller
reads the alert's title in the editor's fallback language (Russian in the sample). The alert's own page said
so; the banner on Home, the first thing they read, did not.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from kiosk.app.compose import Kiosk
from screens.widgets.labels import fallback_note
from tests.ui.helpers import settle, until_read, visible_texts


def _home(kiosk: Kiosk, lang: str):  # noqa: ANN202
    kiosk.context.i18n.set_language(lang)
    kiosk.navigator.go("home")
    settle()
    until_read(kiosk, kiosk.navigator.screen("home"))
    return kiosk.navigator.screen("home")


@pytest.mark.parametrize("lang", ["kk", "ky", "tg", "kaa"])
def test_the_banner_names_the_language_of_a_fallback_title(kiosk: Kiosk, lang: str) -> None:
    urgent = next(a for a in kiosk.context.store.alerts(lang) if a.severity == "urgent")
    assert urgent.fallback  # the sample alert has no text in these languages
    home = _home(kiosk, lang)
    note = fallback_note(urgent.fallback)
    assert note and "{language}" not in note
    assert home.banner.isVisible()
    assert home.banner.title.text() == urgent.title
    assert note in visible_texts(home.banner), lang
    assert note in home.banner.accessibleDescription()
    assert note in home.speech_text()


@pytest.mark.parametrize("lang", ["uz-Latn", "uz-Cyrl", "ru", "en"])
def test_no_note_when_the_alert_is_in_the_travellers_language(kiosk: Kiosk, lang: str) -> None:
    urgent = next(a for a in kiosk.context.store.alerts(lang) if a.severity == "urgent")
    assert not urgent.fallback
    home = _home(kiosk, lang)
    assert home.banner.isVisible()
    assert len(visible_texts(home.banner)) == 3  # kicker, title, "Read ›": no note
    assert home.banner.accessibleDescription() == ""


def test_the_note_follows_a_live_language_switch(kiosk: Kiosk) -> None:
    home = _home(kiosk, "kk")
    assert len(visible_texts(home.banner)) == 4  # kicker, title, note, "Read ›"
    home = _home(kiosk, "uz-Latn")
    assert len(visible_texts(home.banner)) == 3
    home = _home(kiosk, "tg")
    assert len(visible_texts(home.banner)) == 4


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
@pytest.mark.parametrize("lang", ["kk", "ky", "tg", "kaa", "uz-Latn"])
def test_home_with_the_note_still_fits_the_screen(kiosk: Kiosk, lang: str, size: tuple[int, int]) -> None:
    """The note must not push the last row of task tiles below the fold: Home fitted the screen in every
    language before it, and a traveller should not have to scroll to find a task."""
    kiosk.window.setFixedSize(*size)
    home = _home(kiosk, lang)
    settle()
    assert home.scroll_area is not None
    viewport = home.scroll_area.viewport()
    for tile in home.tiles():
        bottom = tile.mapTo(viewport, QPoint(0, tile.height())).y()
        assert bottom <= viewport.height(), (lang, size, tile.accessibleName(), bottom, viewport.height())
