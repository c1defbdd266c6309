"""The bar at the top of every page: back, home, the screen's title, language and read aloud.

Emits `back_clicked`, `home_clicked`, `finish_clicked` ("Finish and clear my data"), `language_clicked`,
`read_clicked`, `read_long_pressed` (audio-first mode), `text_size_clicked` and `contrast_clicked`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget
from shiboken6 import delete

from kiosk.services.speech import Speech

WIDE_PX = 1500  # narrower than this (a portrait screen), the header takes two rows
LONG_PRESS_MS = 800  # holding "read aloud" this long turns on audio-first mode


class Header(QWidget):
    back_clicked = Signal()
    home_clicked = Signal()
    finish_clicked = Signal()
    language_clicked = Signal()
    read_clicked = Signal()
    read_long_pressed = Signal()
    text_size_clicked = Signal()
    contrast_clicked = Signal()

    def __init__(self, speech: Speech, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._speech = speech
        self.lang = "en"  # set by the page before retranslate(): the read-aloud button depends on it
        rows = QVBoxLayout(self)
        rows.setContentsMargins(24, 12, 24, 12)
        rows.setSpacing(12)
        self._top = QHBoxLayout()
        self._bottom = QHBoxLayout()
        for row in (self._top, self._bottom):
            row.setSpacing(16)
            rows.addLayout(row)
        self._wide: bool | None = None
        self.back_button = self._button("BackButton", self.back_clicked)
        self.home_button = self._button("HomeButton", self.home_clicked)
        # Ends the session as the idle timeout does: nothing typed or opened stays for the next person.
        self.finish_button = self._button("FinishButton", self.finish_clicked)
        self.title = QLabel()
        self.title.setObjectName("HeaderTitle")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.language_button = self._button("LanguageToggle", self.language_clicked)
        self.read_button = self._button("ReadAloudButton", self.read_clicked)
        self._long_press = QTimer(self, singleShot=True, interval=LONG_PRESS_MS)
        self._long_press.timeout.connect(self._on_long_press)
        self._long_pressed = False
        self.read_button.installEventFilter(self)
        self.read_button.clicked.disconnect()
        self.read_button.clicked.connect(self._on_read_clicked)
        self.size_button = self._button("TextSizeButton", self.text_size_clicked)
        self.contrast_button = self._button("ContrastButton", self.contrast_clicked)
        self._arrange(wide=True)
        speech.started.connect(self.retranslate)
        speech.finished.connect(self.retranslate)
        speech.voices_changed.connect(self.retranslate)

    def _arrange(self, wide: bool) -> None:
        """One row on a landscape screen; on a narrow (portrait) screen the navigation and display buttons
        go on a first row and the title shares the second with language and read aloud."""
        if wide == self._wide:
            return
        self._wide = wide
        for row in (self._top, self._bottom):
            while (item := row.takeAt(0)) is not None:
                # Deleted, not only taken out: while its first layout item lives, a widget stays tied to it,
                # and the item it gets in the other row never learns that the widget's size changed (a longer
                # title left the portrait header one line tall, cutting both lines of the wrapped title).
                delete(item)
        if wide:
            order = [self.back_button, self.home_button, self.title, self.finish_button, self.language_button,
                     self.size_button, self.contrast_button, self.read_button]
            for widget in order:
                self._top.addWidget(widget, 1 if widget is self.title else 0)
            return
        for widget in (self.back_button, self.home_button):
            self._top.addWidget(widget)
        self._top.addStretch(1)
        self._top.addWidget(self.finish_button)
        self._top.addWidget(self.size_button)
        self._top.addWidget(self.contrast_button)
        for widget in (self.title, self.language_button, self.read_button):
            self._bottom.addWidget(widget, 1 if widget is self.title else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(wide=self.width() >= WIDE_PX)
        super().resizeEvent(event)

    def _button(self, name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton()
        button.setObjectName("HeaderButton")
        button.setAccessibleName(name)
        button.setProperty("role", name)
        button.setMinimumHeight(64)
        button.clicked.connect(signal.emit)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Time how long "read aloud" is held from the raw press and release events."""
        if watched is self.read_button:
            if event.type() == QEvent.Type.MouseButtonPress:
                self._long_pressed = False
                self._long_press.start()
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self._long_press.stop()
        return False

    def _on_long_press(self) -> None:
        self._long_pressed = True
        self.read_long_pressed.emit()

    def _on_read_clicked(self) -> None:
        """A click that ended a long press already did its job (audio-first mode); ignore it."""
        if self._long_pressed:
            self._long_pressed = False
            return
        self.read_clicked.emit()

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Back"))
        self.home_button.setText(self.tr("⌂ Home"))
        self.language_button.setText(self.tr("Language"))
        self.finish_button.setText(self.tr("✕ Finish"))
        self.finish_button.setAccessibleName(self.tr("Finish and clear my data"))
        self.finish_button.setToolTip(self.tr("Finish and clear my data"))
        self.read_button.setText(self.tr("■ Stop") if self._speech.speaking else self.tr("▶ Read aloud"))
        # Hidden for a language without a voice (the admin screen says why).
        self.read_button.setVisible(self._speech.available(self.lang))
        self.size_button.setText("A+")
        self.size_button.setToolTip(self.tr("Larger text"))
        self.size_button.setAccessibleName(self.tr("Larger text"))
        self.contrast_button.setText("◐")
        self.contrast_button.setToolTip(self.tr("High contrast"))
        self.contrast_button.setAccessibleName(self.tr("High contrast"))
