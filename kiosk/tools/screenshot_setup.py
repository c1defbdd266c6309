"""How `kiosk screenshot` reaches the states that navigation alone does not: search results, the later
steps of the report and of the call-back request, the technician screen with its facts gathered. Kept
apart from screenshots.py so the list of states stays readable."""

from __future__ import annotations

from typing import Any


def prepare(kiosk: Any, stem: str, mixed_query: str, report_steps: tuple[str, ...],
            callback_steps: tuple[str, ...]) -> None:
    screen = kiosk.navigator.screen(kiosk.navigator.current_name)
    _read_on_worker(kiosk, screen)  # most screens read what they show on the worker
    _read_aloud(kiosk, on=stem == "03-home-read-aloud")
    if stem == "12-check":
        screen.field.setText("")  # before typing: not what the previous language's picture left typed
        _read_on_worker(kiosk, screen)  # the hotline, read on the worker
    elif stem.startswith("12-check-results-"):
        _search(kiosk, screen, stem.removeprefix("12-check-results-"), mixed_query)
        _read_on_worker(kiosk, screen)  # searched on the worker
    elif stem.startswith("14-report-"):
        _report_step(kiosk, screen, report_steps.index(stem.removeprefix("14-report-")))
    elif stem.startswith("15-callback"):
        step = stem.removeprefix("15-callback").removeprefix("-")
        _callback_step(screen, callback_steps.index(step) if step else 0)
    elif stem == "19-admin":
        kiosk.context.background.wait()  # the facts (outbox, disk) are gathered off the UI thread
    elif stem == "21-vacancy" or stem.startswith("13-verdict"):
        _read_on_worker(kiosk, screen)
    elif stem.startswith("20-vacancies"):
        _vacancies(kiosk, screen, stem.removeprefix("20-vacancies"))


def _vacancies(kiosk: Any, screen: Any, state: str) -> None:
    """The list read afresh (a picture never shows a list read for another state), then: as it is, while
    it is being read ("-loading"), with a search that finds nothing ("-no-match"), or two years on, when
    every sample job order has closed and the sample registry is too old to vouch for any ("-later")."""
    from datetime import timedelta

    from PySide6.QtWidgets import QApplication

    context = kiosk.context
    clock = context.clock
    if state == "-later":
        context.clock = lambda: clock() + timedelta(days=800)
    try:
        screen.load()
        context.background.wait()
        for _ in range(5):  # the worker's answer reaches the UI thread queued
            QApplication.processEvents()
    finally:
        context.clock = clock
    if state == "-loading":
        screen.begin_loading()
    elif state == "-no-match":
        screen.field.setText("qqxzv")


def _read_on_worker(kiosk: Any, screen: Any) -> None:
    """What a screen shows (a list, an article, a job order, the licence verdict and search) is read on the
    worker, again after a language change still on its way: wait for the last read."""
    from PySide6.QtWidgets import QApplication

    for _ in range(100):
        QApplication.processEvents()
        kiosk.context.background.wait()
        QApplication.processEvents()
        if not getattr(screen, "loading", False):
            return


def _search(kiosk: Any, screen: Any, what: str, mixed_query: str) -> None:
    registry = kiosk.context.registry
    if what == "mixed":
        query = mixed_query
    elif what == "warning":
        entry = registry.warning(registry.first_warning() or "")
        query = entry.names[0] if entry else ""
    else:
        query = registry.example_per_status().get(what, "")
    screen.field.setText(query)


def _report_step(kiosk: Any, screen: Any, step: int) -> None:
    """Fill the report as far as `step` (0 = whom ... 5 = the confirmation with a sample reference)."""
    from screens import report

    screen.who_field.setText("Tez Viza Ish")
    if step >= report.WHAT:
        screen.choices["fee"].setChecked(True)
        screen.choices["passport"].setChecked(True)
    if step >= report.PHONE:
        screen._go(report.PHONE)
        screen.phone_field.setText("+998 90 000 00 00")
    target = {0: report.WHO, 1: report.WHAT, 2: report.CONSENT, 3: report.PHONE, 4: report.REVIEW}
    if step in target:
        screen._go(target[step])
    else:
        screen.sending.saved("R-SAMPLE-0000", screen._saved)  # as a commit would show it


def _callback_step(screen: Any, step: int) -> None:
    """Fill the call-back request as far as `step` (0 = the number ... 5 = the confirmation with a sample
    reference), from a fresh request: a picture never shows what the previous language's picture chose."""
    from screens import callback

    screen.reset()
    if step == callback.PHONE:
        return
    screen.phone_field.setText("+998 90 000 00 00")
    choices = ((callback.TOPIC, screen.languages, "ru"), (callback.COUNTRY, screen.topics, "unpaid_wages"),
               (callback.CONSENT, screen.countries, screen.countries.buttons()[0].property("key")))
    for after, group, key in choices:
        if step >= after:
            next(b for b in group.buttons() if b.property("key") == key).setChecked(True)
    if step == callback.DONE:
        screen.consent.setChecked(True)
        screen.sending.saved("C-SAMPLE-0000", screen._saved)  # as a commit would show it
    else:
        screen._go(step)


def _read_aloud(kiosk: Any, on: bool) -> None:
    """Home's read-aloud switch on for its own picture, off for every other one; nothing is left speaking
    (turning the mode on reads the screen)."""
    from PySide6.QtWidgets import QApplication

    speech = kiosk.context.speech
    if speech.audio_first != on:
        speech.set_audio_first(on)
    if on:
        QApplication.processEvents()  # the reading queued as the screen opened starts ...
        speech.stop()  # ... and stops
