"""Audio-first mode has a visible switch on Home (issue 11 #12: it hid behind a long press on "read aloud").

A traveller who cannot read must find it: a large tile with a speaker icon, its label in the screen language
and an On/Off state, on Home in every language and both orientations. Tapping it switches the speech
service's mode; in that mode each screen is read as it opens and so is the item the keypad moves to.
Speech is recorded, not played: the service's `speak` is replaced by a list, as in test_accessibility.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest

from kiosk.app.compose import Kiosk
from kiosk.services.voices import VOICE_FOR_LANG, VoiceReport
from kiosk.shell.i18n import LANGUAGES
from kiosk.tools.screenshots import iter_rendered, screen_states
from screens.widgets import audio_toggle
from tests.ui.helpers import settle, tap, tile_with, until_read

SIZES = [(1920, 1080), (1080, 1920)]
ALL_VOICES = VoiceReport("espeak-ng", frozenset(v for v in VOICE_FOR_LANG.values() if v))


def recorded(kiosk: Kiosk) -> list[tuple[str, str]]:
    """Replace the speech service's engine call by a list of (text, language); the mode logic stays real."""
    spoken: list[tuple[str, str]] = []
    speech = kiosk.context.speech
    speech.set_voice_report(ALL_VOICES)
    speech.speak = lambda text, lang, out=None: spoken.append((text, lang))  # type: ignore[method-assign]
    return spoken


def _home(kiosk: Kiosk, lang: str):  # noqa: ANN202
    kiosk.context.i18n.set_language(lang)
    kiosk.navigator.go("home")
    settle()
    until_read(kiosk, kiosk.navigator.screen("home"))  # what it shows is read on the worker
    return kiosk.navigator.screen("home")


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_the_switch_is_on_home_in_every_language_labelled_and_in_view(
    kiosk: Kiosk, size: tuple[int, int]
) -> None:
    kiosk.context.speech.set_voice_report(ALL_VOICES)
    kiosk.window.setFixedSize(*size)
    english = audio_toggle.TITLE
    for lang in (x.tag for x in LANGUAGES):
        home = _home(kiosk, lang)
        switch = home.audio_toggle
        assert switch.isVisible(), lang
        viewport = home.scroll_area.viewport()
        top_left = switch.mapTo(viewport, switch.rect().topLeft())
        assert top_left.y() >= 0 and top_left.y() + switch.height() <= viewport.height(), lang  # no scrolling
        assert switch.height() >= 110 and switch.width() >= 400, (lang, switch.size())  # large
        assert not switch.icon.pixmap().isNull(), lang  # icon-led
        assert switch.title.text() == QCoreApplication.translate("AudioToggle", english), lang
        if lang != "en":
            assert switch.title.text() != english, f"{lang}: the switch is not translated"
        has_voice = VOICE_FOR_LANG[lang] is not None
        assert switch.available == has_voice, lang
        # The state is shown: an On/Off word where there is a voice, and why not where there is none.
        assert switch.pill.isVisible() == has_voice, lang
        assert switch.hint.text(), lang


def test_tapping_the_switch_changes_the_speech_mode_and_the_kiosk_reads_aloud(
    kiosk: Kiosk, qtbot: object
) -> None:
    spoken = recorded(kiosk)
    speech = kiosk.context.speech
    home = _home(kiosk, "ru")
    switch = home.audio_toggle
    assert not speech.audio_first and switch.property("on") == "false"
    off_word = switch.pill.text()

    tap(switch)
    assert speech.audio_first
    assert switch.on and switch.property("on") == "true"
    assert switch.pill.text() != off_word
    assert switch.icon.name == "read"
    assert spoken and spoken[-1][1] == "ru"
    assert spoken[-1][0].startswith(home.header.title.text())  # the heading first

    tap(tile_with(home, "countries"))  # each screen is read as it opens
    qtbot.waitUntil(lambda: len(spoken) >= 2, timeout=3000)  # type: ignore[attr-defined]
    countries = kiosk.navigator.screen("countries")
    assert spoken[-1][0].startswith(countries.header.title.text())

    # The keypad moves the focus: the item it reaches is read (title and what it is for).
    countries.grid.tiles()[0].setFocus()
    before = len(spoken)
    QTest.keyClick(kiosk.window.focusWidget(), Qt.Key.Key_Tab)
    settle()
    focused = kiosk.window.focusWidget()
    assert len(spoken) == before + 1
    assert spoken[-1][0].startswith(focused.accessibleName())

    tap(countries.header.home_button)
    qtbot.waitUntil(lambda: spoken[-1][0].startswith(home.header.title.text()), timeout=3000)  # type: ignore[attr-defined]
    tap(switch)  # and off again
    assert not speech.audio_first and not switch.on
    before = len(spoken)
    tap(tile_with(home, "topics"))
    settle()
    assert len(spoken) == before  # nothing read any more


def test_the_switch_does_nothing_where_there_is_no_voice_and_the_session_end_turns_the_mode_off(
    kiosk: Kiosk,
) -> None:
    recorded(kiosk)
    speech = kiosk.context.speech
    home = _home(kiosk, "tg")  # espeak-ng has no Tajik voice
    assert not home.audio_toggle.available
    tap(home.audio_toggle)
    assert not speech.audio_first
    home = _home(kiosk, "uz-Latn")
    tap(home.audio_toggle)
    assert speech.audio_first
    kiosk.end_session()  # the next traveller starts with the mode off
    assert not speech.audio_first
    assert not _home(kiosk, "uz-Latn").audio_toggle.on


def test_the_screenshot_tool_renders_the_switch_on_and_off(kiosk: Kiosk) -> None:
    kiosk.context.speech.set_voice_report(ALL_VOICES)
    stems = [s for _n, _p, s in screen_states(kiosk.context.store, kiosk.context.registry, "ru")]
    assert {"03-home", "03-home-read-aloud"} <= set(stems)
    seen = {}
    for _size, _lang, (_name, _params, stem) in iter_rendered(kiosk, [(1920, 1080)], ["ru"]):
        if stem.startswith("03-home"):
            switch = kiosk.navigator.screen("home").audio_toggle
            seen[stem] = (switch.isVisible(), switch.on, kiosk.context.speech.speaking)
        elif stem == "04-alerts":
            assert not kiosk.context.speech.audio_first  # switched off again after its picture
            break
    assert seen == {"03-home": (True, False, False), "03-home-read-aloud": (True, True, False)}
