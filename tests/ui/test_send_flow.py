"""The report and the call-back request end the same way (screens/widgets/send_flow.py): the reference is
shown only after state.db kept the form, and a failed commit gives the button back and says so, with
nothing the traveller typed lost."""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.app.compose import Kiosk
from screens.widgets.send_flow import SendFlow
from tests.ui.helpers import record_sql_threads, settle, tap, until_read

SCREENS = {"report": "add_report", "callback": "add_callback"}


def _to_review(kiosk: Kiosk, name: str) -> Any:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go(name, target="Tez Viza Ish") if name == "report" else kiosk.navigator.go(name)
    screen = kiosk.navigator.screen(name)
    until_read(kiosk, screen)  # the hotline (and the call-back's countries) are read on the worker
    if name == "report":
        tap(screen.who_next)
        tap(screen.choices["fee"])
        tap(screen.what_next)
        tap(screen.consent_no)
    else:
        screen.phone_field.setText("+998 90 000 00 00")
        for group in (screen.languages, screen.topics):
            group.buttons()[0].setChecked(True)
        screen.countries.buttons()[-1].setChecked(True)
        screen._go(4)
        tap(screen.consent)
    settle()
    return screen


@pytest.mark.parametrize("name", list(SCREENS))
def test_a_failed_commit_gives_the_button_back_and_keeps_the_form(
    kiosk: Kiosk, qtbot: Any, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    screen = _to_review(kiosk, name)
    assert isinstance(screen.sending, SendFlow)

    def broken(_payload: object) -> str:
        raise OSError("disk full")

    monkeypatch.setattr(kiosk.context.state, SCREENS[name], broken)
    review = screen.review_text.text()
    tap(screen.send_button)
    qtbot.waitUntil(lambda: screen.send_button.isEnabled(), timeout=5000)
    assert "could not be saved" in screen.review_error.text()
    assert screen.send_button.text().startswith("Send")
    assert not screen.reference and not screen.done_reference.text()
    assert screen.review_text.text() == review  # nothing typed is lost: the traveller can try again
    monkeypatch.undo()
    tap(screen.send_button)
    qtbot.waitUntil(lambda: bool(screen.reference), timeout=5000)
    assert screen.done_reference.text() == screen.reference
    assert kiosk.context.state.report(screen.reference) is not None


@pytest.mark.parametrize("name", list(SCREENS))
def test_sending_reads_nothing_on_the_ui_thread(
    kiosk: Kiosk, qtbot: Any, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """The content version a report or a call-back request carries is read with its commit, on the worker
    (it was read on the UI thread as Send was tapped)."""
    screen = _to_review(kiosk, name)
    calls = record_sql_threads(kiosk, monkeypatch)
    tap(screen.send_button)
    qtbot.waitUntil(lambda: bool(screen.reference), timeout=5000)
    assert not [sql for on_ui, sql in calls if on_ui]
    event = kiosk.context.state.report(screen.reference)
    assert event is not None and event.payload["content_version"] == kiosk.context.store.info().version
