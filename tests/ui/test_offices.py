"""Centres and offices, and the platform's services, as a traveller uses them: filter by region at home or
by country abroad, scan a code to call or to find the place, and see which services the kiosk answers."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QPushButton

from content.phone_codes import tel_uri
from kiosk.app.compose import Kiosk
from kiosk.services.store import Office
from screens.widgets.qr_panel import QrPanel
from tests.ui.helpers import settle, tap, until_read, visible_texts


def _open(kiosk: Kiosk, lang: str = "en", **params: object):  # noqa: ANN202
    kiosk.context.i18n.set_language(lang)
    kiosk.navigator.go("offices", **params)
    screen = kiosk.navigator.screen("offices")
    until_read(kiosk, screen)  # the offices are read on the worker
    return screen


def _filter(screen, key: str) -> None:  # noqa: ANN001
    tap(next(b for b in screen.filters.buttons() if b.property("key") == key))


def _shown(screen) -> list[str]:  # noqa: ANN001
    return [card.property("office") for card in screen.cards()]


def test_filter_by_region_at_home(kiosk: Kiosk) -> None:
    screen = _open(kiosk)
    everything = _shown(screen)
    assert {"uchtepa-centre", "termez-centre", "yashnabad-german"} <= set(everything)
    assert "attache-moscow" not in everything  # abroad is the other tab
    _filter(screen, "surkhandarya")
    assert _shown(screen) == ["termez-centre"]
    assert "Surkhandarya" in visible_texts(screen.filters)


def test_abroad_by_country_and_each_card_has_a_tel_and_a_geo_code(kiosk: Kiosk) -> None:
    screen = _open(kiosk)
    tap(next(b for b in screen.where.buttons() if b.property("key") == "abroad"))
    settle()
    assert "attache-moscow" in _shown(screen) and "uchtepa-centre" not in _shown(screen)
    _filter(screen, "kr")
    assert _shown(screen) == ["office-seoul"]
    codes = sorted(q.target for q in screen.cards()[0].findChildren(QrPanel))
    assert codes == ["geo:37.5665,126.9780", "tel:+820000000000"]


@pytest.mark.parametrize("phone", ["+998 71 000 +00 00", "8 (800) 555-00-00", " +7 (495) 000-00-00"])
def test_an_office_s_call_code_dials_as_every_other_tel_code(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, phone: str
) -> None:
    """A '+' in the middle of a written number is a slip, not a second country code: the office card's code
    dials what content.phone_codes.tel_uri dials, as the hotline's and the phone edition's codes do."""
    office = Office("odd-phone", "centre", "tashkent", "uz", phone, None, None, None, "Centre", "Street 1",
                    "9-18", "Help", sample=False)
    monkeypatch.setattr(kiosk.context.store, "offices", lambda *a, **k: [office])
    screen = _open(kiosk)
    codes = [q.target for q in screen.cards()[0].findChildren(QrPanel) if q.property("uri") == "tel"]
    assert codes == [tel_uri(phone)]


@pytest.mark.parametrize("lang", ["uz-Latn", "uz-Cyrl", "ru", "en", "kaa", "kk", "ky", "tg"])
def test_a_mobile_visa_visit_shows_its_dates_in_the_travellers_language(kiosk: Kiosk, lang: str) -> None:
    kiosk.context.clock = lambda: datetime(2026, 12, 1, tzinfo=UTC)
    screen = _open(kiosk, lang, region="fergana")
    texts = visible_texts(screen.body_widget)
    assert not any(re.search(r"\d{4}-\d{2}-\d{2}", t) for t in texts), texts
    assert any("2026" in t and "14" in t for t in texts), texts


def test_a_mobile_visa_visit_disappears_once_it_is_over(kiosk: Kiosk) -> None:
    kiosk.context.clock = lambda: datetime(2026, 12, 1, tzinfo=UTC)
    screen = _open(kiosk, "ru")
    assert "mobile-visa-fergana" in _shown(screen)
    assert any("14 декабря 2026" in t for t in visible_texts(screen.body_widget))  # the kiosk's one date form
    kiosk.context.clock = lambda: datetime(2026, 12, 19, tzinfo=UTC)
    kiosk.navigator.go("home")
    screen = _open(kiosk, "ru", region="fergana")
    assert "mobile-visa-fergana" not in _shown(screen)


def test_a_country_guide_links_to_that_country_s_offices(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("guide", country="de")
    settle()
    guide = kiosk.navigator.screen("guide")
    until_read(kiosk, guide)  # what it shows is read on the worker
    guide.scroll_area.ensureWidgetVisible(guide.offices_button)
    settle()
    # Below the fold: the page's scroll gesture holds a synthetic press back, so click as a tap would.
    assert guide.offices_button.isVisible()
    guide.offices_button.click()
    assert kiosk.navigator.current_name == "offices"
    offices = kiosk.navigator.screen("offices")
    until_read(kiosk, offices)
    assert _shown(offices) == ["office-berlin"]


def test_services_say_which_the_kiosk_answers_and_open_it(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("services")
    settle()
    screen = kiosk.navigator.screen("services")
    until_read(kiosk, screen)  # the services are read on the worker
    texts = visible_texts(screen.body_widget)
    assert "Needs the platform" in texts and "This kiosk answers it" in texts
    for card in screen.body_widget.findChildren(QPushButton):
        assert card.property("target") in {"check", "countries", "callback", "offices"}
    qrs = [q.target for q in screen.body_widget.findChildren(QrPanel)]
    # Sample content: its placeholder links never win over the phone edition's services page.
    assert qrs and all(q.startswith(f"{kiosk.context.config.phone_base_url}/en/services#") for q in qrs)
    opener = next(b for b in screen.body_widget.findChildren(QPushButton) if b.property("target") == "check")
    tap(opener)  # the first service: on screen without scrolling
    assert kiosk.navigator.current_name == "check"


def test_help_screen_leads_to_offices_and_services(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("uz-Latn")
    kiosk.navigator.go("contacts")
    settle()
    contacts = kiosk.navigator.screen("contacts")
    tap(contacts.offices_button)
    assert kiosk.navigator.current_name == "offices"
    kiosk.navigator.back()
    settle()
    tap(contacts.services_button)
    assert kiosk.navigator.current_name == "services"
