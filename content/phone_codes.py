"""What a QR code holds when a traveller should be able to call or keep a number without internet.

A web address in a QR code needs a connection to open and saves nothing; a `tel:` URI dials, and a MECARD
(the contact format phone cameras read natively on Android and iOS) saves name, number and address into the
phone's contacts offline. Pure functions, shared by the kiosk and anything that prints the same codes.
"""

from __future__ import annotations

import re

from content.formats import is_phone
from content.search.normalize import phone_key

_SPECIAL = re.compile(r'([\\;,:"])')
HOME_CODE = "998"  # Uzbekistan, where the registry's agencies are
_NATIONAL_DIGITS = 9  # an Uzbek number after +998: (90) 123 45 67
_E164_DIGITS = range(7, 16)  # a whole number with its country code (render.PHONE's bounds for free text)


def dial_digits(phone: str) -> str:
    """`+998 (00) 000-00-00` → `+998000000000`: what a phone dials, without spaces or punctuation."""
    plus = "+" if phone.strip().startswith("+") else ""
    return plus + "".join(ch for ch in phone if ch.isdigit())


def tel_uri(phone: str) -> str:
    return f"tel:{dial_digits(phone)}"


def home_dial_digits(phone: str) -> str:
    """A number of someone in Uzbekistan (a registry agency, a warning-list contact) as dialled from
    anywhere: `998901234567` and `(90) 123 45 67` → `+998901234567`, as are `00998…` and any form with +.
    Only where the written form says which number it is; anything else as `dial_digits` gives it. The
    national number is the search's own reading of a phone (`content.search.normalize.phone_key`)."""
    dialled = dial_digits(phone)
    if dialled.startswith("+"):
        return dialled
    national = phone_key(phone)
    return f"+{HOME_CODE}{national}" if len(national) == _NATIONAL_DIGITS else dialled


def home_tel_uri(phone: str) -> str | None:
    """`tel:` and `home_dial_digits` for a phone field's value, or None when it is not one whole number to
    dial (not a phone by `content.formats.is_phone` — "—" —, or too short or long for one: "101")."""
    if not is_phone(phone.strip()):
        return None
    dialled = home_dial_digits(phone)
    return f"tel:{dialled}" if len(dialled.lstrip("+")) in _E164_DIGITS else None


def _escape(value: str) -> str:
    return _SPECIAL.sub(r"\\\1", value.replace("\n", " ").strip())


def mecard(name: str, phone: str | None = None, url: str | None = None, note: str = "") -> str:
    """A MECARD contact: `MECARD:N:name;TEL:+998…;URL:…;NOTE:…;;` with the reserved characters escaped."""
    fields = [f"N:{_escape(name)}"]
    if phone:
        fields.append(f"TEL:{dial_digits(phone)}")
    if url:
        fields.append(f"URL:{_escape(url)}")
    if note:
        fields.append(f"NOTE:{_escape(note)}")
    return "MECARD:" + ";".join(fields) + ";;"
