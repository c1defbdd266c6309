"""The call-back request rules shared by the kiosk (before it commits) and the server (when it stores)."""

from __future__ import annotations

import pytest

from content.callbacks import callback_problems, is_urgent, normalise_phone, phone_may_grow, phone_problem

GOOD = {"phone": "+998900000000", "call_language": "uz", "topic": "unpaid_wages", "country": "ru",
        "consent": True}


@pytest.mark.parametrize("phone", ["+998 90 000 00 00", "+998(90)000-00-00", "+7 900 000 00 00",
                                   "+49 30 0000000", "+82 10 0000 0000"])
def test_home_and_foreign_numbers_are_accepted(phone: str) -> None:
    assert phone_problem(phone) is None


@pytest.mark.parametrize(("phone", "why"), [
    ("", "no phone number"),
    ("+998 90 000 00", "9 digits after +998"),
    ("+998 90 000 00 000", "9 digits after +998"),
    ("90 000 00 00", "start with +"),
    ("+7 900", "8 to 15 digits"),
    ("+1 234 567 890 123 456", "8 to 15 digits"),
    ("+998 90 OOO OO OO", "only digits"),
])
def test_wrong_shapes_say_why(phone: str, why: str) -> None:
    assert why in (phone_problem(phone) or "")


@pytest.mark.parametrize(("text", "grows"), [
    ("", True), ("+", True), ("+998 90", True), ("+998 90 000 00 00", True), ("+7 900", True),
    ("+998 90 000 00 000", False),  # an Uzbek number has 9 digits after +998
    ("+44 " + "1" * 14, False),  # 16 digits
    ("+998a", False), ("+99+8", False),
])
def test_a_number_may_grow_only_towards_an_acceptable_one(text: str, grows: bool) -> None:
    assert phone_may_grow(text) is grows


def test_normalised_phone_keeps_only_plus_and_digits() -> None:
    assert normalise_phone(" +998 (90) 000-00-00 ") == "+998900000000"


def test_a_complete_request_has_no_problems() -> None:
    assert callback_problems(GOOD) == []
    assert callback_problems({**GOOD, "country": "none"}) == []


@pytest.mark.parametrize(("change", "field"), [
    ({"consent": False}, "consent"), ({"consent": "yes"}, "consent"), ({"phone": "123"}, "phone"),
    ({"topic": "weather"}, "topic"), ({"call_language": "de"}, "call_language"),
    ({"country": "xx"}, "country"),
])
def test_each_missing_or_wrong_field_is_named(change: dict, field: str) -> None:
    problems = callback_problems({**GOOD, **change})
    assert len(problems) == 1
    assert problems[0].startswith(field + ":")


def test_danger_topics_are_urgent() -> None:
    assert {t for t in ("passport_taken", "forced_labour", "armed_forces", "unpaid_wages", "other")
            if is_urgent(t)} == {"passport_taken", "forced_labour", "armed_forces"}
