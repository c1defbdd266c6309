"""Read aloud speaks a Markdown body's words, not its syntax: no "star star", no "hash", no web address
read letter by letter, and a phone number exactly as written."""

from __future__ import annotations

from content.markdown import spoken_text

BODY = """# Before you sign

Pay **nothing** up front, and *never* hand over your passport.

## What to bring

- your passport
- the contract, signed by `both` sides
- a copy of [the agency's licence](https://example.org/licence?id=1)

1. Call the hotline
2. Ask for a receipt

Hotline: +998 71 000 00 00, or (90) 123-45-67.
"""


def test_markdown_syntax_is_not_spoken() -> None:
    spoken = spoken_text(BODY)
    for syntax in ("*", "#", "`", "](", "https://", "- "):
        assert syntax not in spoken, (syntax, spoken)


def test_words_are_kept_one_block_a_line() -> None:
    assert spoken_text(BODY).split("\n") == [
        "Before you sign",
        "Pay nothing up front, and never hand over your passport.",
        "What to bring",
        "your passport",
        "the contract, signed by both sides",
        "a copy of the agency's licence",
        "1. Call the hotline",
        "2. Ask for a receipt",
        "Hotline: +998 71 000 00 00, or (90) 123-45-67.",
    ]


def test_a_paragraph_over_several_lines_is_one_sentence_and_a_phone_survives() -> None:
    assert spoken_text("Call\n+998 71 000 00 00\nany day.") == "Call +998 71 000 00 00 any day."


def test_plain_text_and_nothing_stay_as_they_are() -> None:
    assert spoken_text("Just words.") == "Just words."
    assert spoken_text("") == ""
    assert spoken_text("3 < 5 &amp; 6 > 4") == "3 < 5 & 6 > 4"
