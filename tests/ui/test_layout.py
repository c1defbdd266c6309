"""Every screen, every language, landscape and portrait: no text clipped, elided or overflowing."""

from __future__ import annotations

import pytest

from kiosk.app.compose import Kiosk
from kiosk.shell.i18n import LANGUAGES
from kiosk.tools.layout_check import find_clipped, stray_windows
from kiosk.tools.screenshots import iter_rendered

SIZES = [(1920, 1080), (1080, 1920)]


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_no_clipped_text_anywhere(kiosk: Kiosk, size: tuple[int, int]) -> None:
    problems = []
    rendered = 0
    for (w, h), lang, (_name, _params, stem) in iter_rendered(
        kiosk, [size], [x.tag for x in LANGUAGES], every_item=True
    ):
        rendered += 1
        problems += [f"{w}x{h} {lang} {stem}: {clip}" for clip in find_clipped(kiosk.window)]
        problems += [f"{w}x{h} {lang} {stem}: stray window {s!r}" for s in stray_windows(kiosk.window)]
    assert rendered >= 4 * 30  # every article, alert and guide in every language
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_every_attract_message_fits(kiosk: Kiosk, size: tuple[int, int]) -> None:
    kiosk.window.setFixedSize(*size)
    attract = kiosk.navigator.screen("attract")
    problems = []
    for step in range(len(attract.all_texts())):
        attract._step = step
        attract._show_step()
        kiosk.window.layout().activate()
        problems += [str(c) for c in find_clipped(kiosk.window)]
    assert not problems, "\n".join(problems)


def test_the_check_detects_a_clipped_label(kiosk: Kiosk) -> None:
    """The layout check itself must fail on text that does not fit, or the tests above prove nothing."""
    from PySide6.QtWidgets import QLabel

    kiosk.navigator.go("home")
    label = QLabel("A label much too long for the forty pixels it is given", kiosk.window)
    label.setGeometry(10, 10, 40, 20)
    label.show()
    assert any("forty pixels" in c.text for c in find_clipped(kiosk.window))
