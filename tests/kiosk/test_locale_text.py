"""Country names and dates in every kiosk language come from CLDR (Babel); Karakalpak's come from CLDR's
Karakalpak, converted to the Latin alphabet the kiosk writes Karakalpak in."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kiosk.services.locale_text import country_name, language_name, long_date, place_name
from kiosk.shell.i18n import LANGUAGES

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# (United Kingdom, 24 December 2026) as CLDR has them in the pinned Babel.
EXPECTED = {
    "uz-Latn": ("Buyuk Britaniya", "24-dekabr, 2026"),
    "uz-Cyrl": ("Буюк Британия", "24 декабр, 2026"),
    "ru": ("Великобритания", "24 декабря 2026\u202fг."),  # CLDR keeps "г." on the line
    "en": ("United Kingdom", "December 24, 2026"),
    "kaa": ("Ullı Britaniya", "24-dekabr, 2026"),
    "kk": ("Ұлыбритания", "2026\u202fж. 24 желтоқсан"),
    "ky": ("Улуу Британия", "2026-ж., 24-декабрь"),
    "tg": ("Шоҳигарии Муттаҳида", "24 Декабр 2026"),
}


def test_every_kiosk_language_is_covered() -> None:
    assert set(EXPECTED) == {lang.tag for lang in LANGUAGES}


@pytest.mark.parametrize("lang", list(EXPECTED))
def test_country_name_and_date_in_each_language(lang: str) -> None:
    country, day = EXPECTED[lang]
    assert country_name("gb", lang) == country
    assert long_date("2026-12-24", lang) == day
    assert long_date(date(2026, 12, 24), lang) == day


@pytest.mark.parametrize("lang", ["kk", "ky", "tg"])
def test_kazakh_kyrgyz_tajik_are_their_own_not_russian(lang: str) -> None:
    """Not Russian's names under another tag: each language's own letters and month names."""
    assert country_name("kr", lang) != country_name("kr", "ru")
    assert long_date("2026-01-24", lang) != long_date("2026-01-24", "ru")


def test_karakalpak_is_latin_and_karakalpak_not_uzbek() -> None:
    for code in ("gb", "kr", "de", "ae", "tr", "kz", "us"):
        name = country_name(code, "kaa")
        assert not CYRILLIC.search(name), name
    assert country_name("kr", "kaa") == "Qubla Koreya"  # Uzbek would be "Janubiy Koreya"
    assert country_name("tr", "kaa") == "Túrkiya"
    assert [long_date(f"2026-{m:02}-01", "kaa").split(",")[0] for m in (1, 6, 9)] == [
        "1-yanvar", "1-iyun", "1-sentyabr",
    ]
    assert language_name("kaa", "kaa") == "qaraqalpaqsha"


def test_unknown_codes_and_bad_dates_are_shown_as_given() -> None:
    assert country_name("xx", "kk") == "XX"
    assert long_date("not a date", "kaa") == "not a date"
    assert long_date(None, "tg") == ""


def test_a_guide_shown_in_another_language_is_named_in_the_travellers() -> None:
    assert place_name("gb", "kk", "Великобритания", "ru") == "Ұлыбритания"
    assert place_name("gb", "kaa", "Buyuk Britaniya", "uz-Latn") == "Ullı Britaniya"
    assert place_name("gb", "ru", "Великобритания (образец)", None) == "Великобритания (образец)"
    assert place_name("xx", "kk", "Страна", "ru") == "Страна"  # a code CLDR does not know


def test_every_karakalpak_country_and_month_name_is_latin() -> None:
    """All of CLDR's Karakalpak names, not a sample: CLDR writes "Жаӊа Зеландия" with ӊ (en with hook), a
    letter the Latin converter does not know beside ң, and "Jaӊa Zelandiya" reached the screen."""
    from babel import Locale

    codes = [code.lower() for code in Locale.parse("kaa_Cyrl").territories if code.isalpha()]
    mixed = {code: country_name(code, "kaa") for code in codes if CYRILLIC.search(country_name(code, "kaa"))}
    assert mixed == {}
    assert country_name("nz", "kaa") == "Jańa Zelandiya"
    months = [long_date(f"2026-{m:02}-11", "kaa") for m in range(1, 13)]
    assert not [m for m in months if CYRILLIC.search(m)], months
