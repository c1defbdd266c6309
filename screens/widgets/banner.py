"""The urgent-alert banner on the home screen. Emits `clicked()`.

Beside the kicker, when the alert is not in the traveller's language, the note that says which language it is
shown in (screens.widgets.labels.fallback_note, as every other screen says it); it is also the banner's
accessible description, read after its name. Beside, not under: a third line pushed Home's last row of tiles
below the fold in Kazakh and Kyrgyz at 1920x1080."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from screens.widgets.icon import IconLabel
from screens.widgets.labels import text_label


class Banner(QFrame):
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 18, 28, 18)
        row.setSpacing(24)
        row.addWidget(IconLabel("alert", 56, self), 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        self.kicker = text_label("", "BannerKicker")
        self.title = text_label("", "BannerTitle")
        self.note = text_label("", "BannerNote")
        self.note.hide()
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.kicker, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.note, 1, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        column.addWidget(self.title)
        row.addLayout(column, 1)
        self.more = text_label("", "BannerKicker", wrap=False)
        row.addWidget(self.more, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_texts(self, kicker: str, title: str, more: str, note: str = "") -> None:
        """`note`: the fallback-language note for the title ("" when it is in the traveller's language)."""
        self.kicker.setText(kicker)
        self.title.setText(title)
        self.more.setText(more)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleName(f"{kicker}: {title}")
        self.setAccessibleDescription(note)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
