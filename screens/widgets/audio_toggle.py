"""The switch for audio-first mode: a large, labelled, icon-led tile that a traveller who cannot read the
screen can find (before, the mode hid behind a long press on "read aloud").

A speaker icon, the words "Read every screen aloud", a line saying what a tap does, and an On/Off pill; when
on, the whole tile is filled and the speaker shows its sound waves; when off, the speaker is crossed out.
In a language with no voice it stays in its place, crossed out and greyed, and says so.
Emits `toggled(bool)` with the state a tap asks for; the owner sets the shown state with `set_state`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.shell.i18n import QT_TRANSLATE_NOOP
from screens.widgets.icon import IconLabel
from screens.widgets.labels import text_label

ICON_PX = 72
TITLE = QT_TRANSLATE_NOOP("AudioToggle", "Read every screen aloud")
HINT_OFF = QT_TRANSLATE_NOOP("AudioToggle", "Tap to hear each screen")
HINT_ON = QT_TRANSLATE_NOOP("AudioToggle", "Each screen is read aloud. Tap to stop.")
HINT_NO_VOICE = QT_TRANSLATE_NOOP("AudioToggle", "There is no voice for this language yet")
ON = QT_TRANSLATE_NOOP("AudioToggle", "On")
OFF = QT_TRANSLATE_NOOP("AudioToggle", "Off")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AudioToggle", text)


class AudioToggle(QFrame):
    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AudioToggle")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 16, 24, 16)
        row.setSpacing(20)
        self.icon = IconLabel("mute", ICON_PX)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout()
        column.setSpacing(4)
        row.addLayout(column, 1)
        column.addStretch(1)
        self.title = text_label("", "TileTitle")
        self.hint = text_label("", "TileText")
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addStretch(1)
        self.pill = text_label("", "TogglePill", wrap=False)
        self.pill.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.pill, 0, Qt.AlignmentFlag.AlignVCenter)
        self._on = False
        self._available = True
        self.retranslate()

    @property
    def on(self) -> bool:
        return self._on

    @property
    def available(self) -> bool:
        return self._available

    def set_state(self, on: bool, available: bool) -> None:
        """Show the mode (`on`) and whether the language has a voice (`available`)."""
        self._on, self._available = on and available, available
        self.setProperty("on", "true" if self._on else "false")
        self.setProperty("available", "true" if available else "false")
        self.setCursor(Qt.CursorShape.PointingHandCursor if available else Qt.CursorShape.ArrowCursor)
        for widget in (self, *self.findChildren(QWidget)):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.icon.set_icon("read" if self._on else "mute")
        self.title.setText(_tr(TITLE))
        hint = HINT_ON if self._on else (HINT_OFF if self._available else HINT_NO_VOICE)
        self.hint.setText(_tr(hint))
        self.pill.setText(_tr(ON if self._on else OFF))
        self.pill.setVisible(self._available)
        self.setAccessibleName(_tr(TITLE))
        self.setAccessibleDescription(f"{self.pill.text()}. {self.hint.text()}" if self._available else "")

    def _tap(self) -> None:
        if self._available:
            self.toggled.emit(not self._on)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self._tap()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._tap()
            return
        super().keyPressEvent(event)
