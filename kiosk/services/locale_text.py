"""Country names and dates in the traveller's language: the one definition is `content.locale_text`
(the phone edition of kiosk-server uses it too); the kiosk's screens import it from here."""

from __future__ import annotations

from content.locale_text import (
    country_name,
    language_name,
    long_date,
    number,
    one_stop,
    place_name,
    wage_range,
)

__all__ = ["country_name", "language_name", "long_date", "number", "one_stop", "place_name", "wage_range"]
