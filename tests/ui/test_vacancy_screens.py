"""Verified vacancies as a traveller uses them: chips by country and job, a search that forgives a typo and
either alphabet, and a job order with its agency's licence verdict inline and a code to apply."""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.app.compose import Kiosk
from screens.widgets.qr_panel import QrPanel
from tests.ui.helpers import settle, tap, visible_texts


def _open(kiosk: Kiosk, lang: str = "en", **params: object):  # noqa: ANN202
    kiosk.context.clock = lambda: datetime(2026, 12, 1, 12, tzinfo=UTC)
    kiosk.context.i18n.set_language(lang)
    kiosk.navigator.go("vacancies", **params)
    settle()
    return kiosk.navigator.screen("vacancies")


def _chip(screen, group, key: str) -> None:  # noqa: ANN001
    """Scroll the chip into view as a traveller would (the chips scroll with the list), then tap it."""
    button = next(b for b in group.buttons() if b.property("key") == key)
    screen.scroll_area.ensureWidgetVisible(button)
    settle()
    # The page's scroll gesture holds a synthetic press back below the fold, so click as a tap would.
    assert button.isVisible()
    button.click()
    settle()


def test_chips_filter_by_country_and_job(kiosk: Kiosk) -> None:
    screen = _open(kiosk)
    everything = screen.shown()
    assert len(everything) >= 30
    _chip(screen, screen.countries, "de")
    assert {v.country for v in screen.shown()} == {"de"}
    _chip(screen, screen.jobs, "care")
    assert [v.id for v in screen.shown()] == ["de-care-001"]
    assert [t.property("vacancy") for t in screen.tiles()] == ["de-care-001"]


def test_search_forgives_a_typo_and_reads_either_alphabet(kiosk: Kiosk) -> None:
    screen = _open(kiosk, "ru")
    assert not screen.keyboard.isVisible()  # it would cover the chips and the list
    tap(screen.field)
    settle()
    assert screen.keyboard.isVisible()
    screen.field.setText("Полша")  # Польша with a letter missing
    settle()
    assert screen.shown() and {v.country for v in screen.shown()} == {"pl"}
    screen.field.setText("polsha")
    settle()
    assert {v.country for v in screen.shown()} == {"pl"}
    screen.field.setText("сварщик")
    settle()
    assert {v.occupation for v in screen.shown()} == {"welding"}


def test_a_job_order_shows_its_agency_verdict_and_an_apply_code(kiosk: Kiosk) -> None:
    screen = _open(kiosk)
    _chip(screen, screen.countries, "de")
    tap(screen.tiles()[0])
    settle()
    order = kiosk.navigator.screen("vacancy")
    texts = visible_texts(order.text_widget)
    assert "Licensed" in texts
    assert any(t.startswith("•  Apply by: ") and "2027" in t for t in texts), texts  # de-care-001's date
    assert any("SAMPLE-MR-" in t for t in texts)
    assert order.findChildren(QrPanel)[0].target.startswith("https://example.org/kiosk-sample/platform/")
