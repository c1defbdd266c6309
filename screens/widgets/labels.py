"""Small label helpers so every screen sets up wrapping text the same way."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy


def text_label(text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    """A word-wrapped label with an object name for the style sheet; never elides."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


ZERO_WIDTH_SPACE = "\u200b"
BREAK_EVERY = 12  # characters of a traveller's word between two places where it may wrap
_LONG_RUN = re.compile(rf"[^\s\u200b]{{{BREAK_EVERY + 1},}}")
# Marks, modifiers (the ʻ of oʻ) and joiners belong to the character before them: never a place to wrap.
_ATTACHED = {"Mn", "Mc", "Me", "Lm", "Sk", "Cf"}


# What changes the direction of what follows it: a right-to-left letter, an override, an embedding.
_TURNING = {"R", "AL", "RLE", "LRE", "RLO", "LRO", "RLI", "LRI", "FSI", "PDF", "PDI"}
FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"


def typed_text(text: str) -> str:
    """`text` a traveller typed, ready to be shown inside one of the kiosk's sentences.

    A word longer than `BREAK_EVERY` characters (a Telegram handle, a website) gets a zero-width place to
    wrap about every `BREAK_EVERY` characters: word wrap breaks only between words, so a 50-character handle
    made the label, and with it the whole page, wider than a portrait screen. Text with anything that turns
    the direction of writing (U+202E, a right-to-left letter) is isolated (U+2068 … U+2069): an override left
    open turned the kiosk's own words after it backwards, down to the end of the label."""
    shown = _LONG_RUN.sub(lambda m: _breakable(m.group()), text)
    if any(unicodedata.bidirectional(ch) in _TURNING for ch in text):
        shown = f"{FIRST_STRONG_ISOLATE}{shown}{POP_DIRECTIONAL_ISOLATE}"
    return shown


def _breakable(word: str) -> str:
    out, run = [], 0
    for before, char in zip(" " + word[:-1], word, strict=True):
        if run >= BREAK_EVERY and _may_wrap_between(before, char):
            out.append(ZERO_WIDTH_SPACE)
            run = 0
        out.append(char)
        run += 1
    return "".join(out)


def _may_wrap_between(before: str, char: str) -> bool:
    """Not inside what is drawn as one character: a letter and its mark, an emoji and its modifier, a
    flag's two regional indicators."""
    flag = "\U0001f1e6" <= before <= "\U0001f1ff" and "\U0001f1e6" <= char <= "\U0001f1ff"
    return not flag and unicodedata.category(char) not in _ATTACHED and before != "\u200d"


class MessageLabel(QLabel):
    """A line that says something only now and then (a save that failed): hidden while it says nothing, so it
    leaves no blank line's height between a form and its buttons."""

    def __init__(self, name: str = "") -> None:
        super().__init__()
        if name:
            self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setVisible(False)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text))


def widest_word(label: QLabel) -> int:
    """Width in px of the widest word of a plain-text label, in its own font. Word wrap breaks only between
    words, so a label narrower than this cuts that word (at both ends when centred: the hotline card's QR
    caption lost the ends of "Отсканируйте," at text size 1.4) while its height looks right. 0 for rich
    text and Markdown, whose source's words are not the words drawn."""
    if label.textFormat() != Qt.TextFormat.PlainText:
        return 0
    metrics = label.fontMetrics()
    words = label.text().replace(ZERO_WIDTH_SPACE, " ").split()  # a zero-width space is a place to wrap too
    return max((metrics.horizontalAdvance(word) for word in words), default=0)


def fallback_note(fallback: str | None) -> str:
    """"Shown in: Русский" for a text the traveller's language does not have yet ("" if it has it)."""
    return list_fallback_note([fallback])


def list_fallback_note(fallbacks: Iterable[str | None]) -> str:
    """The one note for a list (contacts, offices, services) whose entries are shown in other languages:
    each such language named once, as the phone edition's list pages say it ("" when there is none).
    Said on every card, the same sentence filled a Kazakh screen."""
    langs = sorted({lang for lang in fallbacks if lang})
    if not langs:
        return ""
    from kiosk.shell.i18n import LANGUAGE_BY_TAG

    names = [LANGUAGE_BY_TAG[x].native_name if x in LANGUAGE_BY_TAG else x for x in langs]
    return QCoreApplication.translate(
        "ReaderScreen", "Not yet translated into your language. Shown in: {language}"
    ).format(language=", ".join(names))


def sample_badge(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("SampleBadge")
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
    return label


def add_sample_badge(layout: QBoxLayout, text: str) -> QLabel:
    """Add a SAMPLE badge to a column, aligned left.

    The alignment matters: a widget with a Maximum size policy added without one caps the whole column at
    its own width, which once squeezed every list tile's text into a badge-wide strip.
    """
    badge = sample_badge(text)
    layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
    return badge
