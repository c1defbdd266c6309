"""THE rule for the characters a content text may hold, asked by every validator of the sources.

A kiosk shows a licensed agency's name, an alert, an article as they are written, so a text must show what it
says. Refused, wherever a text comes from (front matter, YAML lists, Markdown bodies, CSV cells, the desk's
forms):

- control characters (Unicode category Cc: C0, DEL and C1): NUL or an ESC sequence (`\\x1b[31m`) are garbage
  on a screen. TAB and newline are allowed only in a multi-line text (a Markdown body, a Q&A answer, the
  checker's advice); a single-line text (titles, names, summaries, phone numbers, addresses, reasons, every
  CSV cell) takes neither: a line break in an agency's name is a broken export, a TAB in it makes two names
  that look alike compare different;
- invisible or direction-changing format characters: U+200B-U+200F (zero width space, ZWNJ, ZWJ, the
  left-to-right and right-to-left marks), U+202A-U+202E (embeddings and overrides: U+202E makes a name show
  reversed, a spoofed look-alike of a licensed agency), U+2060-U+2064 (word joiner, invisible operators),
  U+2066-U+2069 (isolates), U+FEFF (a byte order mark: at the very start of a *file* it is removed when
  the file is decoded, `content.yamlfile.decode_text`; anywhere else it is an invisible character), and
  U+061C ARABIC LETTER MARK, the third bidirectional mark beside LRM and RLM;
- U+2028 and U+2029 (line and paragraph separators): invisible line breaks that no editor types;
- U+FFFD REPLACEMENT CHARACTER: the mark of a text decoded in the wrong encoding somewhere before it reached
  us; the letter it replaced is lost, so the message says to take the text again from its original.

Chosen on purpose:

- ZWNJ and ZWJ (U+200C, U+200D) are refused. They join or part letters in Persian and Indic scripts; none of
  the project's eight languages (Uzbek in Latin and Cyrillic, Russian, English, Karakalpak, Kazakh, Kyrgyz,
  Tajik in Cyrillic) needs them, and between Latin or Cyrillic letters they only make two equal-looking names
  differ. The one use they would have here, joining emoji into one picture (👨‍👩‍👧), is not worth a spoofing
  hole in agency names: single emoji, skin tones (U+1F3FB-U+1F3FF), flags and the variation selector U+FE0F
  stay allowed.
- U+00AD SOFT HYPHEN is refused. It is invisible unless a line breaks there, so two names that look equal
  compare different, and a search for a word does not find it; Word pastes it where an editor hyphenated by
  hand. The kiosk wraps text by its own layout, so nothing is lost.
- Letters written with combining marks, U+02BB (the ʻ of oʻ, gʻ) and U+02BC (ʼ), typographic quotes and
  dashes, no-break spaces: all allowed; they are text.
"""

from __future__ import annotations

import re
import unicodedata

_FORMAT = ("\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2028\u2029\ufffd")
# Cc is U+0000-U+001F and U+007F-U+009F; a multi-line text keeps TAB (U+0009) and newline (U+000A).
_SINGLE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_FORMAT}]")
_MULTI_LINE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_FORMAT}]")
# unicodedata.name knows no control character: the names of those an export or a terminal brings.
_CONTROL_NAMES = {"\x00": "NULL", "\t": "CHARACTER TABULATION", "\n": "LINE FEED", "\r": "CARRIAGE RETURN",
                  "\x1b": "ESCAPE", "\x7f": "DELETE", "\x85": "NEXT LINE"}


def forbidden_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character of `text` that content may not hold, named with its place and what to do, as
    "U+202E RIGHT-TO-LEFT OVERRIDE at column 7: ..." (columns count characters from 1 in their line; a
    text of several lines also names the line, from 1); None when every character is allowed.

    `multiline`: the text may hold newlines and TABs (a Markdown body, a Q&A answer); otherwise it is one
    line (a title, a name, a CSV cell)."""
    found = (_MULTI_LINE if multiline else _SINGLE_LINE).search(text)
    if found is None:
        return None
    char, index = found.group(), found.start()
    line_start = text.rfind("\n", 0, index) + 1
    column = index - line_start + 1
    place = f"column {column}"
    if multiline and "\n" in text:
        place = f"line {text.count(chr(10), 0, index) + 1}, {place}"
    return f"{_name(char)} at {place}: {_advice(char)}"


def _name(char: str) -> str:
    code = f"U+{ord(char):04X}"
    name = _CONTROL_NAMES.get(char) or unicodedata.name(char, "")
    return f"{code} {name}" if name else f"{code} (a control character)"


def _advice(char: str) -> str:
    if char == "\ufffd":
        return ("the text was read in the wrong encoding somewhere and a letter was lost; copy it again "
                "from the original")
    if char == "\n" or char in "\u2028\u2029":
        return "this text must be one line; join the lines"
    if char == "\t":
        return "this text must be one line; use a space"
    if unicodedata.category(char) == "Cc":
        return "control characters are not text; delete it"
    return "invisible or direction-changing characters can make a text look like another; delete it"
