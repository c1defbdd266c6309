"""Small pure parsers for the value formats of the sources: ids, dates, URLs, `;`-lists, handles, hosts.

Shared by the validator (is the value acceptable?) and the bundle builder (normalise it), so both agree.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from content.errors import shorten_quoted
from content.model import ID_MAX, ID_PATTERN, URL_MAX

_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DOTTED_DATE = re.compile(r"([0-9]{2})\.([0-9]{2})\.([0-9]{4})")
_TELEGRAM = re.compile(r"@[A-Za-z0-9_]{5,32}")
_HOST = re.compile(r"(?:(?!-)[\w-]{1,63}\.)+(?!-)[\w-]{2,63}")
_PHONE = re.compile(r"\+?[0-9 ()\-]+")
_TIN = re.compile(r"[0-9]{9}")
# Quote-like characters that stand in for ʻ (U+02BB) or ʼ (U+02BC) inside an Uzbek Latin word.
_WRONG_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['‘’`´](?=[^\W\d_])")

DATE_FORMAT = "a date YYYY-MM-DD"
CSV_DATE_FORMAT = "a date YYYY-MM-DD or DD.MM.YYYY"


def id_problem(value: str) -> str | None:
    """Why `value` is not an id (lower-case ASCII words joined by `-`, at most ID_MAX characters)."""
    if not ID_PATTERN.fullmatch(value):
        return shorten_quoted(
            f"'{value}' is not a valid id: use lower-case ASCII letters and digits joined by '-'")
    if len(value) > ID_MAX:
        return shorten_quoted(f"id '{value}' is {len(value)} characters long; the limit is {ID_MAX}")
    return None


def parse_date(text: str, *, dotted: bool = False) -> date | None:
    """The date written as YYYY-MM-DD (or DD.MM.YYYY when `dotted`), None if it is not a real date."""
    try:
        if m := _ISO_DATE.fullmatch(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if dotted and (m := _DOTTED_DATE.fullmatch(text)):
            return date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def iso_date(text: str, *, dotted: bool = False) -> str | None:
    """`text` as YYYY-MM-DD; None for an empty or invalid value (the validator reports invalid ones)."""
    day = parse_date(text, dotted=dotted) if text else None
    return day.isoformat() if day else None


def url_problem(url: str) -> str | None:
    """Why `url` is not an acceptable link (http or https, with a host, no spaces, at most URL_MAX chars)."""
    if len(url) > URL_MAX:
        return f"is {len(url)} characters long; the limit is {URL_MAX}"
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return "is not a valid URL"
    if parts.scheme not in ("http", "https"):
        return "must be an http or https URL"
    if not host or any(c.isspace() for c in url):
        return "must be an http or https URL with a host name and no spaces"
    return None


def split_list(text: str) -> tuple[str, ...]:
    """A `;`-separated CSV cell as a tuple, without blanks around or between the items."""
    return tuple(part.strip() for part in text.split(";") if part.strip())


def is_telegram_handle(value: str) -> bool:
    return bool(_TELEGRAM.fullmatch(value))


def is_host_name(value: str) -> bool:
    return bool(_HOST.fullmatch(value)) and "_" not in value


def is_phone(value: str) -> bool:
    return bool(_PHONE.fullmatch(value)) and sum(c.isdigit() for c in value) >= 3


def is_tin(value: str) -> bool:
    return bool(_TIN.fullmatch(value))


def placeholder_phone_problem(phone: str) -> str | None:
    """Sample content must not show a real number: every digit after the country code must be 0."""
    m = re.match(r"\s*\+(\d{1,3})", phone)
    rest = phone[m.end():] if m else phone
    if any(c.isdigit() and c != "0" for c in rest):
        return (f"sample content must use a placeholder phone number with only 0 digits after the "
                f"country code, not '{phone}'")
    return None


def wrong_apostrophe(text: str) -> str | None:
    """The first quote character used inside an Uzbek Latin word instead of ʻ (U+02BB) or ʼ (U+02BC)."""
    m = _WRONG_APOSTROPHE.search(text)
    return m.group(0) if m else None
