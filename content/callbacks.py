"""A call-back request from the situation centre: its fields and the rules both ends apply.

The kiosk checks a request with `callback_problems` before it commits it to `state.db`; the server checks
the same request again when it arrives, and orders its queue by `is_urgent`. One definition here, so the
two ends cannot disagree about what a valid phone number or an urgent topic is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from content.model import COUNTRIES

# Topics a traveller picks from, in the order they are shown. The first three put a person in danger now:
# they jump the operators' queue.
TOPICS: tuple[str, ...] = (
    "passport_taken", "forced_labour", "armed_forces", "unpaid_wages", "job_offer", "documents", "other",
)
URGENT_TOPICS: frozenset[str] = frozenset({"passport_taken", "forced_labour", "armed_forces"})
# Languages the situation centre calls in (not the kiosk's script variants: an operator speaks Uzbek).
CALL_LANGUAGES: tuple[str, ...] = ("uz", "ru", "en", "kaa")
HOME_PREFIX = "+998"
UNDECIDED = "none"  # destination country not decided yet
_DIGITS_MIN, _DIGITS_MAX = 8, 15  # E.164: at most 15 digits with the country code
_UZ_DIGITS = 12  # +998 and a 9-digit national number
_PHONE_CHARS = re.compile(r"\+?[0-9 ()\-]*")
FIELDS = ("phone", "call_language", "topic", "country", "consent")


def normalise_phone(text: str) -> str:
    """`+998 90 123-45-67` → `+998901234567` (spaces, dashes and brackets dropped)."""
    digits = "".join(c for c in text if c.isdigit())
    return f"+{digits}" if digits else ""


def phone_problem(text: str) -> str | None:
    """Why `text` is not a phone number the centre can call, or None. Any country is allowed, but the
    number must be international (+ and the country code), and an Uzbek one must have all its digits."""
    stripped = text.strip()
    if not stripped:
        return "no phone number"
    if not _PHONE_CHARS.fullmatch(stripped):
        return "a phone number may contain only digits, spaces, +, -, ( and )"
    if not stripped.startswith("+"):
        return "start with + and the country code (+998 for Uzbekistan)"
    digits = normalise_phone(stripped)[1:]
    if digits.startswith("998") and len(digits) != _UZ_DIGITS:
        return "an Uzbek number has 9 digits after +998"
    if not _DIGITS_MIN <= len(digits) <= _DIGITS_MAX:
        return f"a phone number has {_DIGITS_MIN} to {_DIGITS_MAX} digits with the country code"
    return None


def phone_may_grow(text: str) -> bool:
    """Whether typing more could still make `text` a number `phone_problem` accepts: only the characters a
    number may contain, + only first, and no more digits than the rule allows (12 with +998, else 15). The
    kiosk's keypad takes no keystroke that breaks this, so a number is only ever "not complete yet"."""
    stripped = text.strip()
    if not _PHONE_CHARS.fullmatch(stripped):
        return False
    digits = normalise_phone(stripped)[1:]
    return len(digits) <= (_UZ_DIGITS if digits.startswith("998") else _DIGITS_MAX)


def is_urgent(topic: str) -> bool:
    return topic in URGENT_TOPICS


def callback_problems(payload: Mapping[str, Any]) -> list[str]:
    """Every reason `payload` is not a complete call-back request; empty when it may be committed."""
    problems = []
    phone = payload.get("phone")
    if not isinstance(phone, str) or (why := phone_problem(phone)):
        problems.append(f"phone: {why if isinstance(phone, str) else 'missing'}")
    if payload.get("call_language") not in CALL_LANGUAGES:
        problems.append(f"call_language: must be one of {', '.join(CALL_LANGUAGES)}")
    if payload.get("topic") not in TOPICS:
        problems.append(f"topic: must be one of {', '.join(TOPICS)}")
    country = payload.get("country")
    if country != UNDECIDED and country not in COUNTRIES:
        problems.append(f"country: {str(country)[:8]!r} is not a known country code")
    if payload.get("consent") is not True:
        problems.append("consent: the traveller has not agreed to be called")
    return problems
