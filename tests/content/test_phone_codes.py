"""content.phone_codes' one rule for a number of someone in Uzbekistan: E.164 where the written form says
which number it is, the digits as written otherwise, and no `tel:` at all for what is not one number."""

from __future__ import annotations

import pytest

from content.phone_codes import dial_digits, home_dial_digits, home_tel_uri, tel_uri


@pytest.mark.parametrize("written", ["+998 90 123-45-67", "998901234567", "(90) 123 45 67", "+998901234567",
                                     "+998 (90) 123-45-67", "90 123-45-67", "00998 90 123 45 67",
                                     " 998 90 123 45 67 "])
def test_the_registry_ways_of_writing_one_number_dial_it(written: str) -> None:
    assert home_dial_digits(written) == "+998901234567"
    assert home_tel_uri(written) == "tel:+998901234567"


@pytest.mark.parametrize(("written", "dialled"), [
    ("+7 495 123-45-67", "+74951234567"),  # a leading + is kept, whatever the country
    ("8 90 123 45 67", "8901234567"),  # a trunk prefix or another country's number: not guessed
    ("71 123 45 6", "71123456"),  # 8 digits: not a whole Uzbek number
    ("99890123456", "99890123456"),  # 998 and 8 digits: one short
])
def test_other_forms_dial_their_digits(written: str, dialled: str) -> None:
    assert home_dial_digits(written) == dialled
    assert home_tel_uri(written) == f"tel:{dialled}"


@pytest.mark.parametrize("written", ["—", "", "   ", "101", "1050", "+99", "n/a", "tel:998901234567",
                                     "90 123 45 67 / 91 234 56 78", "+998 90 123 45 67 998 91 234 56 78"])
def test_what_is_not_one_number_has_no_tel_uri(written: str) -> None:
    assert home_tel_uri(written) is None


def test_dial_digits_and_tel_uri_are_as_before() -> None:
    """Contacts and offices (which may be abroad) keep the plain rule: + and digits, nothing added."""
    assert dial_digits("(90) 123 45 67") == "901234567"
    assert tel_uri("+998 (71) 000-00-00") == "tel:+998710000000"
