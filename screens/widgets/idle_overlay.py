"""The "Still there?" warning laid over the whole window before a session is wiped.

A view only: the countdown itself lives in `kiosk.shell.idle.IdleWatcher`, whose signals `attach()` connects.
A touch anywhere on it is activity for the watcher (which cancels the countdown and hides the overlay);
the overlay takes that touch for itself, so that it does not also press a button underneath.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.shell.idle import IdleWatcher
from screens.widgets.labels import text_label

SCRIM = QColor(0, 0, 0, 170)  # dims the page in both the normal and the high-contrast palette
# Sizes only: colours come from the application style sheet (#Card, QLabel), so high contrast applies.
_SIZES = """
#IdleCount { font-size: 168px; font-weight: 800; }
#IdleTitle { font-size: 56px; font-weight: 700; }
#IdleHint { font-size: 34px; }
"""


class IdleOverlay(QWidget):
    """Covers its parent (the main window) while the idle countdown runs."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("IdleOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setStyleSheet(_SIZES)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        self.card = QFrame()
        self.card.setObjectName("Card")
        self.card.setMinimumWidth(760)  # the hint on one line in every language, even in portrait
        self.card.setMaximumWidth(960)
        column = QVBoxLayout(self.card)
        column.setContentsMargins(56, 48, 56, 56)
        column.setSpacing(12)
        self.title = text_label("", "IdleTitle")
        self.count = text_label("", "IdleCount", wrap=False)
        self.hint = text_label("", "IdleHint")
        for label in (self.title, self.count, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignCenter)
        parent.installEventFilter(self)
        self.retranslate()
        self.hide()

    def attach(self, idle: IdleWatcher) -> None:
        idle.countdown_started.connect(self.start)
        idle.countdown_tick.connect(self.set_seconds)
        idle.countdown_cancelled.connect(self.hide)
        idle.timed_out.connect(self.hide)

    def start(self, seconds: int) -> None:
        self.set_seconds(seconds)
        parent = self.parentWidget()
        if parent is not None:  # always: attach() is given the window this overlay covers
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    def set_seconds(self, seconds: int) -> None:
        self.count.setText(str(seconds))
        self.count.setAccessibleName(self.tr("%n second(s) left", "", seconds))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Still there?"))
        self.hint.setText(self.tr("Touch the screen to continue"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), SCRIM)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # the watcher has already seen this touch; nothing underneath gets it

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
