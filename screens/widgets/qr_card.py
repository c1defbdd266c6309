"""A card of words beside QR codes, the shape the contacts, offices and services screens share.

The words take every pixel the codes leave (an expanding box with stretch 1), and the codes keep their own
size at the top right. Keeping this in one place keeps the list screens from drifting apart again: when one
of them let a fixed-size child cap the text column, its words were squeezed into a narrow strip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from screens.widgets.labels import fallback_note, text_label
from screens.widgets.qr_panel import QrPanel


class QrCard(QFrame):
    """`QrCard(key, value)`: a card tagged with the property `key` = `value` (tests and the layout check find
    cards by it). Fill it with `add_text` / `add_widget`, then `add_qr` for each code."""

    def __init__(self, key: str, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setProperty(key, value)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 20, 24, 20)
        row.setSpacing(24)
        text_box = QWidget()
        text_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.column = QVBoxLayout(text_box)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(6)
        row.addWidget(text_box, 1)
        self._codes = QWidget()
        self._codes.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self._pair = QHBoxLayout(self._codes)
        self._pair.setContentsMargins(0, 0, 0, 0)
        self._pair.setSpacing(16)
        self._codes.hide()  # until a code is added: an empty box would still take its spacing
        row.addWidget(self._codes, 0, Qt.AlignmentFlag.AlignTop)

    def set_text_language(self, fallback: str | None) -> None:
        """Record that the card's words are in `fallback` (the traveller's language has none yet): the
        `lang` property, and the note as the card's accessible description. The visible note is the list's,
        said once above the cards (`labels.list_fallback_note`)."""
        self.setProperty("lang", fallback or "")
        self.setAccessibleDescription(fallback_note(fallback))

    def add_text(self, text: str, role: str = "", wrap: bool = True) -> QLabel:
        label = text_label(text, role, wrap=wrap)
        self.column.addWidget(label)
        return label

    def add_widget(self, widget: QWidget, alignment: Qt.AlignmentFlag | None = None) -> None:
        if alignment is None:
            self.column.addWidget(widget)
        else:
            self.column.addWidget(widget, 0, alignment)

    def add_qr(self, uri: str, caption: str, size: int, kind: str = "") -> QrPanel | None:
        """A QR code of `uri` with `caption` under it; nothing when `uri` is empty."""
        if not uri:
            return None
        panel = QrPanel(size=size, parent=self._codes)
        if kind:
            panel.setProperty("uri", kind)
        panel.set_target(uri, caption)
        self._pair.addWidget(panel, 0, Qt.AlignmentFlag.AlignTop)
        self._codes.show()
        return panel
