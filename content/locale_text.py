"""Country names and dates in the traveller's language, from CLDR (Babel).

A traveller needs "Buyuk Britaniya" or "Великобритания", not "GB", and "24-dekabr, 2021", not
"2021-12-24". CLDR has both for every UI language (uz-Latn, uz-Cyrl, ru, en, kk, ky, tg); the kiosk's
screens and the phone edition of kiosk-server both take them from here.
Karakalpak: CLDR's `kaa` is written in Cyrillic while the kiosk's Karakalpak is Latin, so a Karakalpak
screen gets the Uzbek Latin forms, the closest Latin-script names a Karakalpak reader knows.

Babel is imported on first use, not at start-up (its locale data loads lazily too).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

# Kiosk language tag -> CLDR locale.
_CLDR = {"uz-Latn": "uz_Latn", "uz-Cyrl": "uz_Cyrl", "ru": "ru", "en": "en", "kk": "kk", "ky": "ky",
         "tg": "tg", "kaa": "uz_Latn"}


_MISSING_NAMES = {("kaa", "uz_Latn"): "qoraqalpoqcha", ("kaa", "uz_Cyrl"): "қорақалпоқча"}


@lru_cache(maxsize=16)
def _locale(lang: str) -> Any:
    from babel import Locale

    return Locale.parse(_CLDR.get(lang, "en"))


def country_name(code: str, lang: str) -> str:
    """`gb` → "Buyuk Britaniya" (uz-Latn); an unknown code is shown upper-cased as it is."""
    upper = code.strip().upper()
    return str(_locale(lang).territories.get(upper, upper))


def language_name(tag: str, lang: str) -> str:
    """The name of language `tag` ("uz-Cyrl") in language `lang`: "узбекский (кириллица)" in Russian."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(tag.replace("-", "_")).get_display_name(_locale(lang))
    except (ValueError, UnknownLocaleError):
        return tag
    if not name or name == tag:  # CLDR's Uzbek has no name for Karakalpak yet
        return _MISSING_NAMES.get((tag, _CLDR.get(lang, "en")), tag)
    return str(name)


def long_date(value: str | date | None, lang: str) -> str:
    """An ISO date (or a date) as CLDR's long form in `lang`; what cannot be read is returned as given."""
    if value is None or value == "":
        return ""
    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    from babel.dates import format_date

    return str(format_date(day, "long", locale=_locale(lang)))


def number(value: int, lang: str) -> str:
    """A whole number with the language's digit grouping (CLDR): 2 400 in Russian, 2,400 in English."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=_locale(lang)))
