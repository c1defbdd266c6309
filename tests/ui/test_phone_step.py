"""The phone-number step of the report and of the call-back request is one layout: a large telephone keypad
centred under the field. The report's keypad once sat small at the left of the portrait page, and the
call-back screen's first step, with a letter keyboard's digit page at the bottom, left its middle blank."""

from __future__ import annotations

import pytest

from kiosk.app.compose import Kiosk
from kiosk.tools.layout_check import find_empty_band
from kiosk.tools.screenshots import iter_rendered

SIZES = [(1920, 1080), (1080, 1920)]
PHONE_STATES = {"14-report-4-phone": "report", "15-callback": "callback"}


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
@pytest.mark.parametrize("stem", list(PHONE_STATES))
def test_the_phone_keypad_is_large_and_centred(kiosk: Kiosk, size: tuple[int, int], stem: str) -> None:
    for (w, _h), lang, _state in iter_rendered(kiosk, [size], ["ru", "tg"], only=stem):
        screen = kiosk.navigator.screen(PHONE_STATES[stem])
        pad = screen.phone_pad
        assert pad.isVisible(), (lang, stem)
        centre = pad.mapTo(kiosk.window, pad.rect().center()).x()
        assert abs(centre - w // 2) <= 12, f"{lang} {stem}: keypad centred at x={centre} of {w}"
        key = pad.keys["5"]
        assert key.width() >= 240 and key.height() >= 100, f"{lang} {stem}: key {key.width()}x{key.height()}"
        assert find_empty_band(kiosk.window) is None, f"{lang} {stem}: {find_empty_band(kiosk.window)}"


def test_both_screens_share_one_phone_step(kiosk: Kiosk) -> None:
    from screens.widgets.phone_step import PhoneStep

    for name in PHONE_STATES.values():
        kiosk.navigator.go(name)
        assert isinstance(kiosk.navigator.screen(name).phone_step, PhoneStep), name
