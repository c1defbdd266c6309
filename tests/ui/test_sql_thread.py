"""No screen reads SQLite on the UI thread when it opens: the screen and parameters of every state
`kiosk screenshot` shows are visited on real content (and several texts typed on the check), with every
statement on content.db and state.db recorded with its thread (sqlite3 trace callbacks on the real files).
Every screen reads what it shows on the kiosk's worker (PageScreen.load_content, or its own reads: the
licence search, its verdict, the vacancies, the job order, the technician's facts), and the SAMPLE strip's
flag with it or by itself (PageScreen._read_sample_flag); a read on the UI thread fails."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from kiosk.app.compose import Kiosk
from kiosk.tools.screenshots import screen_states
from tests.ui.helpers import record_sql_threads, until_read

_TABLE = re.compile(r"\b(?:FROM|JOIN)\s+(?:'main'\.)?'?(\w+)'?", re.IGNORECASE)


@pytest.mark.parametrize("lang", ["uz-Latn", "ru"])
def test_no_screen_reads_sqlite_on_the_ui_thread(
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
    on_ui = {name: tables for name, tables in read.items() if tables}
    assert not on_ui, on_ui
    assert {"home", "topics", "articles", "article", "alerts", "alert", "contacts", "countries", "guide",
            "services", "one_stop", "offices", "red_flags", "red_flags_result", "report", "callback", "ask",
            "check", "verdict", "vacancy", "vacancies", "pin", "admin"} <= set(read), sorted(read)
