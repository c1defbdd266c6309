"""Country names and dates in the traveller's language, from CLDR (Babel).

A traveller needs "Buyuk Britaniya" or "Великобритания", not "GB", and "24-dekabr, 2021", not
"2021-12-24". CLDR has both for every UI language (uz-Latn, uz-Cyrl, ru, en, kk, ky, tg); the kiosk's
screens and the phone edition of kiosk-server both take them from here.
Karakalpak: CLDR's `kaa` is written in Cyrillic (its `kaa_Latn` has neither country names nor month names
yet), while the kiosk's Karakalpak is Latin. A Karakalpak screen gets CLDR's Karakalpak forms converted to
the Karakalpak Latin alphabet by kaalin ("Уллы Британия" → "Ullı Britaniya", "24-декабрь, 2026" →
"24-dekabr, 2026"): Karakalpak words in the script the traveller reads, not Uzbek ones.

Babel is imported on first use, not at start-up (its locale data loads lazily too).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

# Kiosk language tag -> CLDR locale.
_CLDR = {"uz-Latn": "uz_Latn", "uz-Cyrl": "uz_Cyrl", "ru": "ru", "en": "en", "kk": "kk", "ky": "ky",
         "tg": "tg", "kaa": "kaa_Cyrl"}
_TO_LATIN = frozenset({"kaa"})  # CLDR writes these in Cyrillic; the kiosk in Latin

_MISSING_NAMES = {("kaa", "uz_Latn"): "qoraqalpoqcha", ("kaa", "uz_Cyrl"): "қорақалпоқча",
                  ("kaa", "ky"): "каракалпакча", ("kaa", "tg"): "қароқалпоқӣ"}


_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")  # two full stops, not three


def _script(text: str, lang: str) -> str:
    """CLDR's text in the kiosk's script for `lang` (Karakalpak: Cyrillic to the Latin alphabet)."""
    if lang not in _TO_LATIN:
        return text
    from kaalin.converter import cyrillic2latin

    return str(cyrillic2latin(text.translate(_KAA_LETTERS)))


# CLDR's Karakalpak writes ң (en with descender) as ӊ (en with hook) in some names ("Жаӊа Зеландия"); kaalin
# converts only ң (to ń), so ӊ passed through into Latin text.
_KAA_LETTERS = str.maketrans({"ӊ": "ң", "Ӊ": "Ң"})


@lru_cache(maxsize=16)
def _locale(lang: str) -> Any:
    from babel import Locale

    return Locale.parse(_CLDR.get(lang, "en"))


@lru_cache(maxsize=2048)
def country_name(code: str, lang: str) -> str:
    """`gb` → "Buyuk Britaniya" (uz-Latn); an unknown code is shown upper-cased as it is. Remembered: a list
    of 10,000 vacancies names a dozen countries 20,000 times (Karakalpak through kaalin each time)."""
    upper = code.strip().upper()
    name = _locale(lang).territories.get(upper)
    return _script(str(name), lang) if name else upper


def place_name(code: str, lang: str, content_name: str, fallback: str | None) -> str:
    """The name a screen shows for a country that has content (a guide): the editors' own name when the
    item is in the traveller's language, CLDR's name in that language when the item is shown in another
    (a Kazakh screen says "Ұлыбритания" even while the guide itself is still in Russian)."""
    if not fallback:
        return content_name
    name = country_name(code, lang)
    return name if name != code.strip().upper() else content_name


def language_name(tag: str, lang: str) -> str:
    """The name of language `tag` ("uz-Cyrl") in language `lang`: "узбекский (кириллица)" in Russian."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(tag.replace("-", "_")).get_display_name(_locale(lang))
    except (ValueError, UnknownLocaleError):
        return tag
    if not name or name == tag:  # CLDR's Uzbek has no name for Karakalpak yet
        return _MISSING_NAMES.get((tag, _CLDR.get(lang, "en")), tag)
    return _script(str(name), lang)


def long_date(value: str | date | None, lang: str) -> str:
    """An ISO date (or a date) as CLDR's long form in `lang`; what cannot be read is returned as given."""
    if value is None or value == "":
        return ""
    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    from babel.dates import format_date

    return _script(str(format_date(day, "long", locale=_locale(lang))), lang)


def one_stop(text: str) -> str:
    """`text` with one full stop where a date that ends with its own ("4 декабря 2026 г.", Russian) is
    followed by the sentence's ("…on {date}."): "г.." read as a slip. An ellipsis ("...") stays."""
    return _DOUBLE_STOP.sub(".", text)


@lru_cache(maxsize=16384)
def number(value: int, lang: str) -> str:
    """A whole number with the language's digit grouping (CLDR): 2 400 in Russian, 2,400 in English.
    Remembered: wages repeat (a few thousand amounts over 10,000 vacancies), and CLDR takes some tens of
    microseconds for each, forty times on a list page."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=_locale(lang)))


def wage_range(low: int, high: int, currency: str, lang: str) -> str:
    """"2 400–2 900 EUR": a vacancy's monthly wage with the language's digit grouping (CLDR); the kiosk's
    vacancy screens and the phone edition's vacancy pages both write it so."""
    if low == high:
        return f"{number(low, lang)} {currency}"
    return f"{number(low, lang)}–{number(high, lang)} {currency}"
