"""Issue 11 #5: the technician panel in the screen's language, and a portrait layout that fits, so it is
back among the `kiosk screenshot` states."""

from __future__ import annotations

import re

import pytest

from kiosk.app.compose import Kiosk
from kiosk.services.voices import VoiceReport
from kiosk.shell.i18n import LANGUAGES
from kiosk.tools.layout_check import find_clipped, find_cramped
from kiosk.tools.screenshots import screen_states
from screens.admin import AdminScreen
from tests.ui.helpers import settle

# Words of the English wording that must not reach a technician reading another language.
ENGLISH = re.compile(r"\b(of|has no|installed|voice|not been read|unavailable|never|ago)\b")


def test_the_technician_screen_is_among_the_screenshot_states(admin_kiosk: Kiosk) -> None:
    context = admin_kiosk.context
    stems = [stem for _n, _p, stem in screen_states(context.store, context.registry, "en")]
    assert "19-admin" in stems


@pytest.mark.parametrize("lang", [x.tag for x in LANGUAGES if x.tag != "en"])
def test_the_technician_panel_speaks_the_screen_language(admin_kiosk: Kiosk, lang: str) -> None:
    admin_kiosk.context.i18n.set_language(lang)
    admin_kiosk.navigator.go("admin")
    screen: AdminScreen = admin_kiosk.navigator.screen("admin")  # type: ignore[assignment]
    # One voice installed, one engine without a voice: both kinds of line, whatever this machine has.
    admin_kiosk.context.speech.set_voice_report(VoiceReport("espeak-ng", frozenset({"uz"})))
    screen._on_facts({"free": 5.5e9, "total": 31.2e9, "outbox": 0})
    settle()
    english = [f"{label}: {value}" for label, value in screen.rows() if ENGLISH.search(value)]
    english += [f"{tag}: {state}" for tag, state in screen.voice_states.items() if ENGLISH.search(state)]
    assert not english, english


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_the_technician_panel_fits_in_every_language(admin_kiosk: Kiosk, size: tuple[int, int]) -> None:
    admin_kiosk.window.setFixedSize(*size)
    problems = []
    for lang in (x.tag for x in LANGUAGES):
        admin_kiosk.context.i18n.set_language(lang)
        admin_kiosk.navigator.go("admin")
        screen: AdminScreen = admin_kiosk.navigator.screen("admin")  # type: ignore[assignment]
        screen._on_facts({"free": 5.5e9, "total": 31.2e9, "outbox": 12})
        screen._armed = "restart"  # the longest button text
        screen.refresh()
        settle()
        layout = admin_kiosk.window.layout()
        assert layout is not None
        layout.activate()
        settle()
        needed = screen.buttons.minimumSizeHint().width()
        if needed > size[0]:
            problems.append(f"{lang}: the buttons need {needed} px")
        shown = admin_kiosk.window
        problems += [f"{lang}: {c}" for c in find_clipped(shown) + find_cramped(shown)]
    assert not problems, "\n".join(problems)
