"""Which screens still read SQLite on the UI thread when they open: the screen and parameters of every
state `kiosk screenshot` shows are visited on real content (and several texts typed on the check), with
every statement on content.db and state.db recorded with its thread (sqlite3 trace callbacks on the real
files). The screens that read on the kiosk's worker (the licence search, its verdict, the vacancies and the
job order) must read nothing there but the content's "sample" flag, which every page's SAMPLE strip reads
(screens/base.py); the others may read no table they do not read today. A screen moved to the worker comes
off STILL_ON_UI_THREAD; a new read on the UI thread fails."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from kiosk.app.compose import Kiosk
from kiosk.tools.screenshots import screen_states
from tests.ui.helpers import record_sql_threads, until_read

# Read by the SAMPLE strip (PageScreen.retranslate -> ContentStore.info) on every page that still reads on the
# UI thread, and on these, which read the rest of what they show on the worker already.
EVERY_PAGE = {"meta"}
# (and on the technician's PIN and admin pages, which read nothing else).
SAMPLE_STRIP_ON_UI_THREAD = ("check", "verdict", "vacancy", "vacancies", "pin", "admin")
# Small indexed reads these screens still make on the UI thread as they open (left as they are for now:
# each would need a "loading" state of its own to move to the worker).
STILL_ON_UI_THREAD: dict[str, set[str]] = {}
_TABLE = re.compile(r"\b(?:FROM|JOIN)\s+(?:'main'\.)?'?(\w+)'?", re.IGNORECASE)


@pytest.mark.parametrize("lang", ["uz-Latn", "ru"])
def test_no_screen_reads_more_on_the_ui_thread_than_it_did(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    kiosk.context.i18n.set_language(lang)
    store, registry = kiosk.context.store, kiosk.context.registry
    states = screen_states(store, registry, lang)
    queries = ["LX", "ish", "qqqqzzzz", *registry.example_per_status().values()]  # typed on the check
    calls = record_sql_threads(kiosk, monkeypatch)
    read: dict[str, set[str]] = defaultdict(set)
    for name, params, _stem in states:
        calls.clear()
        kiosk.navigator.go(name, **params)
        screen = kiosk.navigator.screen(name)
        until_read(kiosk, screen)
        if name == "check":
            for text in queries:
                screen.field.setText(text)  # type: ignore[attr-defined]
                until_read(kiosk, screen)
        read[name] |= {t for on_ui, sql in calls if on_ui for t in _TABLE.findall(sql)}
    worse = {name: tables - EVERY_PAGE - STILL_ON_UI_THREAD.get(name, set())
             for name, tables in read.items()}
    assert not {name: t for name, t in worse.items() if t}, dict(read)
    for name in SAMPLE_STRIP_ON_UI_THREAD[:4]:
        assert name in read and read[name] <= EVERY_PAGE, (name, read[name])
    # Every other screen reads its content and its SAMPLE flag on the worker (PageScreen.load_content).
    moved = {name: tables for name, tables in read.items()
             if name not in STILL_ON_UI_THREAD and name not in SAMPLE_STRIP_ON_UI_THREAD}
    assert {"home", "topics", "articles", "article", "alerts", "alert", "contacts", "countries",
            "guide", "services", "one_stop", "offices", "red_flags", "red_flags_result", "report", "callback",
            "ask"} <= set(moved), sorted(read)
    assert not {name: t for name, t in moved.items() if t}, moved
