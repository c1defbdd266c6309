"""Issue 11 #2 and #3: a search result and its verdict say the same thing, with their own icon, colour and
word per status; nothing but a confirmed, fresh licence looks approved; a verdict opens at its top."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

from PySide6.QtWidgets import QLabel

from kiosk.app.compose import Kiosk
from screens.widgets.icon import IconLabel
from tests.ui.helpers import tap, until_read


def _rows(kiosk: Kiosk, sql: str) -> list[tuple[str, ...]]:
    conn = sqlite3.connect(kiosk.context.store.path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _search(kiosk: Kiosk, text: str):  # noqa: ANN202
    kiosk.navigator.go("check")
    screen = kiosk.navigator.screen("check")
    screen.field.setText(text)
    until_read(kiosk, screen)  # searched on the worker
    return screen


def _open_first(kiosk: Kiosk, text: str):  # noqa: ANN202
    screen = _search(kiosk, text)
    row = screen.rows[0]
    shown = (row.icon.name, row.text.text(), row.property("level"))
    tap(row)
    verdict = kiosk.navigator.screen("verdict")
    until_read(kiosk, verdict)  # read on the worker
    return shown, verdict


def test_every_status_looks_the_same_in_the_list_and_on_the_verdict(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("ru")
    refs = [r[0] for r in _rows(kiosk, "SELECT MIN(licence_no) FROM agencies GROUP BY status")]
    refs += [r[0] for r in _rows(kiosk, "SELECT names FROM warnings ORDER BY id LIMIT 1")]
    icons = set()
    for ref in refs:
        query = ref.strip('[]"').split('"')[0]
        (icon, text, level), verdict = _open_first(kiosk, query)
        status = verdict.verdict.status
        headline = verdict.panel.findChild(QLabel, "VerdictHeadline")
        assert icon == verdict.panel.findChild(IconLabel).name
        assert text.startswith(headline.text()), (text, headline.text())
        assert level == verdict.panel.property("level") == status.level
        assert (icon == "licensed") == (status.value == "licensed"), (ref, icon, status)
        icons.add(icon)
        kiosk.navigator.back()
    assert len(icons) == len(refs)  # each status its own icon


def test_a_licence_past_its_end_date_is_expired_in_the_list_too(kiosk: Kiosk) -> None:
    """The registry still says "active"; the date has passed. The list said "Licensed" and showed ✔."""
    licence, expires = _rows(
        kiosk,
        "SELECT licence_no, expires_on FROM agencies WHERE status = 'active' ORDER BY expires_on LIMIT 1",
    )[0]
    day_after = date.fromisoformat(expires) + timedelta(days=1)
    kiosk.context.clock = lambda: datetime(day_after.year, day_after.month, day_after.day, 12, tzinfo=UTC)
    kiosk.context.i18n.set_language("en")
    (icon, text, level), verdict = _open_first(kiosk, licence)
    assert icon == "expired" and text.startswith("Licence expired") and level == "danger"
    assert verdict.verdict.status.value == "expired"


def test_stale_registry_data_is_never_green_in_the_list(kiosk: Kiosk) -> None:
    licence = _rows(
        kiosk, "SELECT licence_no FROM agencies WHERE status = 'active' ORDER BY expires_on DESC LIMIT 1"
    )[0][0]
    now = kiosk.context.clock()
    kiosk.context.clock = lambda: now + timedelta(days=30)
    kiosk.context.i18n.set_language("en")
    (icon, text, level), verdict = _open_first(kiosk, licence)
    assert icon == "licensed_unverified" and level == "caution" and "out of date" in text
    assert verdict.panel.property("level") == "caution"


def test_a_verdict_opens_at_its_top(kiosk: Kiosk) -> None:
    """Scroll one agency's result to its end, go back, open another: its banner must be in view."""
    kiosk.window.setFixedSize(1080, 1920)
    kiosk.context.i18n.set_language("ru")
    rows = _rows(kiosk, "SELECT licence_no FROM agencies ORDER BY licence_no LIMIT 2")
    first, second = (r[0] for r in rows)
    kiosk.navigator.go("check")
    kiosk.navigator.go("verdict", kind="agency", ref=first)
    verdict = kiosk.navigator.screen("verdict")
    until_read(kiosk, verdict)  # read on the worker
    bar = verdict.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    kiosk.navigator.back()
    kiosk.navigator.go("verdict", kind="agency", ref=second)
    until_read(kiosk, verdict)
    assert bar.value() == 0
    panel = verdict.panel
    viewport = verdict.scroll_area.viewport()
    assert viewport.rect().contains(panel.mapTo(viewport, panel.rect().center()))
