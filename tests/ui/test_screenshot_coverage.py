"""Issue 11 #15 and #7: `kiosk screenshot` (and the layout tests and self-test that use the same states)
reaches the PIN pad, the technician screen, every report step, the confirmation and the result list with
each status; the PIN prompt fits in every language."""

from __future__ import annotations

import pytest

from kiosk.app.compose import Kiosk
from kiosk.shell.i18n import LANGUAGES
from kiosk.tools.layout_check import find_clipped, find_cramped
from kiosk.tools.screenshots import screen_states
from tests.ui.helpers import settle, until_read


def test_every_state_a_traveller_or_technician_meets_is_rendered(kiosk: Kiosk) -> None:
    stems = [stem for _n, _p, stem in screen_states(kiosk.context.store, kiosk.context.registry, "en")]
    wanted = ["18-pin", "14-report-2-what", "14-report-3-consent", "14-report-4-phone",
              "14-report-5-review", "14-report-6-done"]
    wanted += [f"15-callback-{s}" for s in ("2-language", "3-topic", "4-country", "5-consent", "6-done")]
    wanted += [f"12-check-results-{s}" for s in ("active", "suspended", "revoked", "expired", "warning")]
    wanted += [f"20-vacancies-{s}" for s in ("loading", "no-match", "later")]  # and the list, as it loads
    assert not [w for w in wanted if w not in stems]


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_the_pin_prompt_fits_in_every_language(kiosk: Kiosk, size: tuple[int, int]) -> None:
    kiosk.window.setFixedSize(*size)
    problems = []
    for lang in (x.tag for x in LANGUAGES):
        kiosk.context.i18n.set_language(lang)
        kiosk.navigator.go("pin")
        settle()
        until_read(kiosk, kiosk.navigator.screen("pin"))
        problems += [f"{lang}: {c}" for c in find_clipped(kiosk.window) + find_cramped(kiosk.window)]
    assert not problems, problems
