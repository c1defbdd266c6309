"""The urgent-alert banner on the home screen. Emits `clicked()`."""

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
        column.addWidget(self.kicker)
        column.addWidget(self.title)
        row.addLayout(column, 1)
        self.more = text_label("", "BannerKicker", wrap=False)
        row.addWidget(self.more, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_texts(self, kicker: str, title: str, more: str) -> None:
        self.kicker.setText(kicker)
        self.title.setText(title)
        self.more.setText(more)
        self.setAccessibleName(f"{kicker}: {title}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
