"""What a QR code holds when a traveller should be able to call or keep a number without internet.

A web address in a QR code needs a connection to open and saves nothing; a `tel:` URI dials, and a MECARD
(the contact format phone cameras read natively on Android and iOS) saves name, number and address into the
phone's contacts offline. Pure functions, shared by the kiosk and anything that prints the same codes.
"""

from __future__ import annotations

import re

_SPECIAL = re.compile(r'([\\;,:"])')


def dial_digits(phone: str) -> str:
    """`+998 (00) 000-00-00` → `+998000000000`: what a phone dials, without spaces or punctuation."""
    plus = "+" if phone.strip().startswith("+") else ""
    return plus + "".join(ch for ch in phone if ch.isdigit())


def tel_uri(phone: str) -> str:
    return f"tel:{dial_digits(phone)}"


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
