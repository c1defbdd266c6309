"""Kazakh, Kyrgyz, Tajik and Karakalpak screens name countries and dates in the traveller's language from
CLDR, also where the content itself is still shown in the language it falls back to."""

from __future__ import annotations

import pytest

from kiosk.app.compose import Kiosk
from kiosk.services.locale_text import country_name, long_date
from tests.ui.helpers import settle, until_read, visible_texts

LANGS = ["kaa", "kk", "ky", "tg"]


def _texts(kiosk: Kiosk, lang: str, screen: str, **params: str) -> str:
    kiosk.context.i18n.set_language(lang)
    kiosk.navigator.go(screen, **params)
    settle()
    until_read(kiosk, kiosk.navigator.screen(screen))  # what it shows is read on the worker
    return "\n".join(visible_texts(kiosk.navigator.screen(screen)))


@pytest.mark.parametrize("lang", LANGS)
def test_country_list_names_the_country_in_the_travellers_language(
    kiosk: Kiosk, lang: str
) -> None:
    own = country_name("gb", lang)
    assert own not in (country_name("gb", "ru"), country_name("gb", "uz-Latn"))
    assert own in _texts(kiosk, lang, "countries")


@pytest.mark.parametrize("lang", LANGS)
def test_dates_are_in_the_travellers_language(kiosk: Kiosk, lang: str) -> None:
    article = _texts(kiosk, lang, "article", article_id="employer-pays")
    assert long_date("2026-11-01", lang) in article
    guide = _texts(kiosk, lang, "guide", country="gb")
    assert long_date("2026-11-15", lang) in guide
    assert "2026-11" not in article + guide
