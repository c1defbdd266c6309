"""Issue 11 #5, #6 and #10: what a verdict, a guide list and the technician panel say is in the screen's
language: registry reasons by code, country names and dates from CLDR, each country with its own flag."""

from __future__ import annotations

import re
import sqlite3

import pytest

from content.reasons import AGENCY_REASONS, WARNING_REASONS
from kiosk.app.compose import Kiosk
from screens.widgets.icon import FlagLabel
from screens.widgets.reasons import LABELS
from tests.ui.helpers import settle, until_read, visible_texts

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _one(kiosk: Kiosk, sql: str) -> tuple:
    conn = sqlite3.connect(kiosk.context.store.path)
    try:
        return conn.execute(sql).fetchone()
    finally:
        conn.close()


def _verdict_texts(kiosk: Kiosk, lang: str, **params: str) -> str:
    kiosk.context.i18n.set_language(lang)
    kiosk.navigator.go("verdict", **params)
    until_read(kiosk, kiosk.navigator.screen("verdict"))  # read on the worker
    return "\n".join(visible_texts(kiosk.navigator.screen("verdict")))


def test_every_reason_code_has_a_label() -> None:
    assert set(LABELS) == set(AGENCY_REASONS) | set(WARNING_REASONS)


@pytest.mark.parametrize("lang", ["ru", "uz-Latn", "uz-Cyrl"])
def test_registry_reasons_are_in_the_screen_language(kiosk: Kiosk, lang: str) -> None:
    licence, reason = _one(kiosk, "SELECT licence_no, status_reason FROM agencies WHERE status = 'revoked' "
                                  "AND status_reason_code != '' ORDER BY licence_no LIMIT 1")
    texts = _verdict_texts(kiosk, lang, kind="agency", ref=licence)
    assert reason not in texts  # the English free text is kept for the record, not shown
    warning, why = _one(kiosk, "SELECT id, reason FROM warnings ORDER BY id LIMIT 1")
    assert why not in _verdict_texts(kiosk, lang, kind="warning", ref=warning)


@pytest.mark.parametrize(("lang", "name"), [("uz-Latn", "Buyuk Britaniya"), ("ru", "Великобритания"),
                                            ("uz-Cyrl", "Буюк Британия"), ("en", "United Kingdom")])
def test_countries_and_dates_come_from_cldr(kiosk: Kiosk, lang: str, name: str) -> None:
    licence = _one(kiosk, "SELECT licence_no FROM agencies WHERE countries LIKE '%\"gb\"%' "
                          "ORDER BY licence_no LIMIT 1")[0]
    texts = _verdict_texts(kiosk, lang, kind="agency", ref=licence)
    assert name in texts
    assert not re.search(r"\bGB\b", texts)
    assert not ISO_DATE.search(texts), ISO_DATE.findall(texts)


def test_each_country_guide_has_its_own_flag(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("ru")
    kiosk.navigator.go("countries")
    settle()
    screen = kiosk.navigator.screen("countries")
    until_read(kiosk, screen)  # what it shows is read on the worker
    flags = [f for f in screen.findChildren(FlagLabel) if f.isVisible()]
    assert len(flags) == len(screen.grid.tiles())
    assert len({f.country for f in flags}) == len(flags)
    assert all(not f.pixmap().isNull() for f in flags)
    images = {f.pixmap().toImage().bits().tobytes() for f in flags}
    assert len(images) == len(flags)  # not one symbol for every country
