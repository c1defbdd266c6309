"""Small label helpers so every screen sets up wrapping text the same way."""

from __future__ import annotations

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
    return max((metrics.horizontalAdvance(word) for word in label.text().split()), default=0)


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
