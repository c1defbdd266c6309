"""The licence-check verdict is read off the UI thread: the agency or warning-list row, the registry's
freshness (content.db's meta and state.db) and the hotline come from the kiosk's worker, as the job order's
do, and the screen shows every status as before. Every SQL statement run on either database is recorded
with the thread it ran on (real SQLite files, real screen)."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel

from content.verdict import Status
from kiosk.app.compose import Kiosk
from screens.widgets.status import status_word
from tests.ui.helpers import held_until_set, record_sql_threads, settle, until_read, visible_texts
from tests.ui.test_check_agency import agencies_by_status

# What the verdict screen reads about its entry; no statement on these may run on the UI thread.
VERDICT_TABLES = ("agencies", "warnings", "contacts", "kv")


def _on_ui_thread(calls: list[tuple[bool, str]]) -> list[str]:
    return [sql for on_ui, sql in calls if on_ui and any(f" {t} " in f" {sql} " for t in VERDICT_TABLES)]


def _shown(kiosk: Kiosk, **params: str) -> tuple[str, str, str]:
    """(status, level, headline) the verdict screen shows for `params`, once its answer is here."""
    kiosk.navigator.go("verdict", **params)
    screen = kiosk.navigator.screen("verdict")
    until_read(kiosk, screen)
    panel = screen.panel
    return (panel.property("status"), panel.property("level"),
            panel.findChild(QLabel, "VerdictHeadline").text())


@pytest.mark.parametrize("lang", ["uz-Latn", "ru", "en", "kk", "tg"])
def test_every_status_is_read_off_the_ui_thread_and_shown(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    kiosk.context.i18n.set_language(lang)
    settle()
    calls = record_sql_threads(kiosk, monkeypatch)
    warning = kiosk.context.registry.first_warning()
    assert warning is not None
    expected = {
        Status.LICENSED: {"kind": "agency", "ref": agencies_by_status(kiosk)["active"]},
        Status.SUSPENDED: {"kind": "agency", "ref": agencies_by_status(kiosk)["suspended"]},
        Status.REVOKED: {"kind": "agency", "ref": agencies_by_status(kiosk)["revoked"]},
        Status.EXPIRED: {"kind": "agency", "ref": agencies_by_status(kiosk)["expired"]},
        Status.WARNING_LIST: {"kind": "warning", "ref": warning},
        Status.NOT_FOUND: {"kind": "none", "ref": "", "query": "Tez Ish"},
    }
    calls.clear()  # the test's own look-ups above
    for status, params in expected.items():
        assert _shown(kiosk, **params) == (status.value, status.level, status_word(status)), status
    # A registry too old to vouch for a licence: the same agency, never green.
    now = kiosk.context.clock()
    kiosk.context.clock = lambda: now + timedelta(days=30)
    unverified = Status.LICENSED_UNVERIFIED
    shown = _shown(kiosk, **expected[Status.LICENSED])
    assert shown == (unverified.value, unverified.level, status_word(unverified))
    assert {"agencies", "warnings", "kv"} <= {t for _ui, sql in calls for t in VERDICT_TABLES
                                               if f" {t} " in f" {sql} "}, calls
    assert not _on_ui_thread(calls), _on_ui_thread(calls)


def test_an_answer_for_an_earlier_entry_is_not_shown(kiosk: Kiosk) -> None:
    """Another agency opened before the first one's answer is here: only the last one is shown."""
    kiosk.context.i18n.set_language("en")
    statuses = agencies_by_status(kiosk)
    kiosk.navigator.go("verdict", kind="agency", ref=statuses["revoked"])
    kiosk.navigator.back()
    kiosk.navigator.go("verdict", kind="agency", ref=statuses["suspended"])
    screen = kiosk.navigator.screen("verdict")
    until_read(kiosk, screen)
    kiosk.context.background.wait()
    settle()
    assert screen.panel.property("status") == Status.SUSPENDED.value
    assert screen.verdict is not None and screen.verdict.agency.licence_no == statuses["suspended"]


def test_while_it_is_read_the_screen_says_so_and_a_failure_is_told(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing of the previous agency's verdict stays on screen while the next one is read; a read that
    fails says so in the traveller's language (and is read aloud), instead of a half-built page."""
    kiosk.context.i18n.set_language("en")
    statuses = agencies_by_status(kiosk)
    _shown(kiosk, kind="agency", ref=statuses["revoked"])
    kiosk.navigator.back()
    kiosk.navigator.go("verdict", kind="agency", ref=statuses["active"])
    screen = kiosk.navigator.screen("verdict")
    assert screen.loading and screen.panel is None
    assert screen.speech_text() == "Checking the licence…"
    assert "Checking the licence…" in visible_texts(screen.text_widget)
    until_read(kiosk, screen)

    def broken(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(kiosk.context.verdicts, "decide", broken)
    kiosk.navigator.back()
    kiosk.navigator.go("verdict", kind="agency", ref=statuses["suspended"])
    until_read(kiosk, screen)
    failed = "The licence cannot be checked right now. Please try again in a minute."
    assert visible_texts(screen.text_widget) == [failed] and screen.panel is None
    assert screen.speech_text() == failed


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_the_waiting_and_failure_words_fit_in_every_language(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """Shown for a moment (or when the disk fails), not a screenshot state: checked here instead."""
    from kiosk.shell.i18n import LANGUAGES
    from kiosk.tools.layout_check import find_clipped, find_cramped

    kiosk.window.setFixedSize(*size)
    licence = agencies_by_status(kiosk)["revoked"]
    kiosk.navigator.go("verdict", kind="agency", ref=licence)
    screen = kiosk.navigator.screen("verdict")
    problems = []
    for lang in (x.tag for x in LANGUAGES):
        kiosk.context.i18n.set_language(lang)
        until_read(kiosk, screen)
        for state in ("waiting", "failed"):
            screen.begin_loading()
            if state == "failed":
                screen._failed(screen._loads, OSError("disk I/O error"))
            settle()
            [shown] = visible_texts(screen.text_widget)
            translated = lang == "en" or not shown.startswith(("Checking", "The licence"))
            assert translated, (lang, shown)
            found = find_clipped(kiosk.window) + find_cramped(kiosk.window)
            problems += [f"{lang} {state}: {c}" for c in found]
    assert not problems, "\n".join(problems)


def test_audio_first_reads_the_verdict_once_it_is_shown(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A traveller who cannot read hears each screen as it opens: the verdict once it is shown, not only the
    words said while it is read (the read is held here until the screen has opened, as a slow disk would)."""
    from tests.ui.test_audio_first import recorded

    kiosk.context.i18n.set_language("en")
    spoken = recorded(kiosk)
    kiosk.context.speech.set_audio_first(True)
    licence = agencies_by_status(kiosk)["revoked"]
    opened = held_until_set(monkeypatch, kiosk.context.verdicts, "decide")
    spoken.clear()
    kiosk.navigator.go("verdict", kind="agency", ref=licence)
    screen = kiosk.navigator.screen("verdict")
    settle()  # the screen has opened (audio-first reads it a turn later) while its verdict is being read
    assert screen.loading
    opened.set()
    until_read(kiosk, screen)
    settle()
    assert spoken, "nothing read"
    text, lang = spoken[-1]
    assert lang == "en" and text.startswith(status_word(Status.REVOKED)), spoken  # read last, once shown


# What the check screen reads per keystroke (the search index, each result's verdict) and on entering (the
# hotline): no statement on these may run on the UI thread either.
SEARCH_TABLES = ("search_entries", "search_fts", "search_trigrams", "search_docs")


def _check_tables(calls: list[tuple[bool, str]]) -> set[str]:
    return {t for _ui, sql in calls for t in (*VERDICT_TABLES, *SEARCH_TABLES) if f" {t} " in f" {sql} "}


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_the_check_searches_and_decides_off_the_ui_thread(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """Typing into the licence check: the search and each result row's verdict (its registry row and the
    registry's freshness) are read on the worker, and every status still shows its own row."""
    from PySide6.QtTest import QTest

    kiosk.window.setFixedSize(*size)
    kiosk.context.i18n.set_language("en")
    settle()
    calls = record_sql_threads(kiosk, monkeypatch)
    statuses = agencies_by_status(kiosk)
    registry = kiosk.context.registry
    warning = registry.warning(registry.first_warning() or "")
    assert warning is not None
    calls.clear()  # the test's own look-ups above
    kiosk.navigator.go("check")
    screen = kiosk.navigator.screen("check")
    until_read(kiosk, screen)
    entering = [sql for on_ui, sql in calls if on_ui and _check_tables([(on_ui, sql)])]
    calls.clear()
    typed = {Status.LICENSED: statuses["active"], Status.SUSPENDED: statuses["suspended"],
             Status.REVOKED: statuses["revoked"], Status.EXPIRED: statuses["expired"]}
    for status, licence in typed.items():
        screen.field.clear()
        QTest.keyClicks(screen.field, licence)  # one search per keystroke
        until_read(kiosk, screen)
        first = screen.rows[0]
        assert first.isVisible() and first.property("ref") == licence, licence
        assert (first.property("status"), first.property("level")) == (status.value, status.level)
        assert first.text.text().startswith(status_word(status))
    screen.field.setText(warning.names[0])
    until_read(kiosk, screen)
    assert screen.rows[0].property("status") == Status.WARNING_LIST.value
    screen.field.clear()
    QTest.keyClicks(screen.field, "ish")
    until_read(kiosk, screen)
    assert sum(r.isVisible() for r in screen.rows) == 6
    screen.field.clear()
    QTest.keyClicks(screen.field, "qqqqzzzz")
    until_read(kiosk, screen)
    assert not any(r.isVisible() for r in screen.rows) and screen.none_label.isVisible()
    assert {"agencies", "warnings", "kv", "search_entries"} <= _check_tables(calls), calls
    per_keystroke = sorted({sql.split(" WHERE ")[0] for on_ui, sql in calls if on_ui})
    assert not per_keystroke, per_keystroke
    assert not entering, entering


def _hold_search(kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, held_text: str) -> threading.Event:
    """The worker's search for `held_text` waits until the returned event is set (a slow disk); other
    texts are searched at once. Two worker threads, so a later text is not queued behind the held one."""
    kiosk.context.background._pool.setMaxThreadCount(2)
    release = threading.Event()
    search = kiosk.context.search.search

    def held(query: str, limit: int = 20):  # noqa: ANN202
        if query == held_text:
            assert release.wait(10)
        return search(query, limit=limit)

    monkeypatch.setattr(kiosk.context.search, "search", held)
    return release


def test_an_answer_for_an_earlier_keystroke_is_never_shown(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, qtbot: object
) -> None:
    """The answer for what was typed first arrives after the answer for what was typed next: the rows keep
    the newer text's results."""
    kiosk.context.i18n.set_language("en")
    statuses = agencies_by_status(kiosk)
    kiosk.navigator.go("check")
    screen = kiosk.navigator.screen("check")
    until_read(kiosk, screen)
    release = _hold_search(kiosk, monkeypatch, statuses["revoked"])
    screen.field.setText(statuses["revoked"])  # its answer is held
    screen.field.setText(statuses["suspended"])
    # The newer text's answer is shown while the older one is still held.
    qtbot.waitUntil(lambda: screen.rows[0].isVisible(), timeout=10000)  # type: ignore[attr-defined]
    assert screen.rows[0].property("ref") == statuses["suspended"]
    assert screen.loading is False
    release.set()  # now the older text's answer arrives
    until_read(kiosk, screen)
    kiosk.context.background.wait()
    settle()
    assert [r.property("ref") for r in screen.rows if r.isVisible()] == [statuses["suspended"]]
    assert screen.rows[0].property("status") == Status.SUSPENDED.value


def test_enter_before_the_answer_opens_the_best_match_of_what_was_typed(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter pressed while the search for the text typed is still on the worker opens that text's best
    match once the answer is here, not an earlier text's (nor "not found")."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    kiosk.context.i18n.set_language("en")
    statuses = agencies_by_status(kiosk)
    kiosk.navigator.go("check")
    screen = kiosk.navigator.screen("check")
    screen.field.setText(statuses["active"])
    until_read(kiosk, screen)
    release = _hold_search(kiosk, monkeypatch, statuses["expired"])
    screen.field.setText(statuses["expired"])
    QTest.keyClick(screen.field, Qt.Key.Key_Return)
    settle()
    assert kiosk.navigator.current_name == "check"  # nothing opened before the answer
    release.set()
    until_read(kiosk, screen)
    verdict = kiosk.navigator.screen("verdict")
    assert kiosk.navigator.current_name == "verdict"
    until_read(kiosk, verdict)
    assert verdict.verdict is not None and verdict.verdict.agency is not None
    assert verdict.verdict.agency.licence_no == statuses["expired"]


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_a_search_that_cannot_be_read_says_so_in_every_language(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """A read that fails on the worker (a disk error) says the licence cannot be checked, in the verdict
    screen's words: never "no licensed agency matches", which would read as an answer. It fits, and in
    portrait the hotline of the language shown stands below it."""
    from kiosk.shell.i18n import LANGUAGES
    from kiosk.tools.layout_check import find_clipped, find_cramped

    kiosk.window.setFixedSize(*size)
    licence = agencies_by_status(kiosk)["revoked"]

    def broken(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(kiosk.context.verdicts, "decide", broken)
    kiosk.navigator.go("check")
    screen = kiosk.navigator.screen("check")
    problems = []
    for lang in (x.tag for x in LANGUAGES):
        kiosk.context.i18n.set_language(lang)
        screen.field.setText("")
        screen.field.setText(licence)
        until_read(kiosk, screen)
        assert not any(r.isVisible() for r in screen.rows) and not screen.none_button.isVisible()
        shown = screen.none_label.text()
        assert screen.none_label.isVisible() and licence not in shown, (lang, shown)
        assert lang == "en" or not shown.startswith("The licence"), (lang, shown)
        assert shown in screen.speech_text()
        if size[1] > size[0]:  # portrait offers the hotline, in this language (never one read before)
            assert screen.hotline.isVisible(), lang
            hotline = kiosk.context.store.hotline(lang)
            assert hotline is not None and screen.hotline.name.text() == hotline.name, lang
        settle()  # the label re-wraps a pass after its text changed (height for width)
        problems += [f"{lang}: {c}" for c in find_clipped(kiosk.window) + find_cramped(kiosk.window)]
    assert not problems, "\n".join(problems)
    kiosk.context.i18n.set_language("en")
    until_read(kiosk, screen)
    assert screen.none_label.text() == (
        "The licence cannot be checked right now. Please try again in a minute.")


def test_audio_first_reads_the_check_once_as_it_opens_and_not_per_keystroke(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check screen is read as it opens, as before: its answer from the worker (the hotline, nothing
    typed yet) changes nothing it says, so it is not read a second time; typing is not read aloud."""
    from tests.ui.test_audio_first import recorded

    kiosk.context.i18n.set_language("en")
    spoken = recorded(kiosk)
    kiosk.context.speech.set_audio_first(True)
    opened = held_until_set(monkeypatch, kiosk.context.store, "hotline")
    spoken.clear()
    kiosk.navigator.go("check")
    screen = kiosk.navigator.screen("check")
    settle()  # opened and read while its answer is held
    assert screen.loading
    opened.set()
    until_read(kiosk, screen)
    settle()
    assert [text for text, _lang in spoken] == [screen.speech_text()], spoken
    screen.field.setText("ish")
    until_read(kiosk, screen)
    settle()
    assert len(spoken) == 1, spoken
