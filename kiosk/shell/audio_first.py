"""Audio-first mode: for a traveller who cannot read the screen, each screen is read aloud as it opens
(its heading first, then what it offers) and so is the item the keypad moves the focus to.

The mode is the speech service's (`Speech.audio_first`); this reader does the reading. It watches focus only
while the mode is on, so the kiosk pays nothing for it otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from kiosk.services.speech import Speech
from kiosk.shell.navigator import Navigator

# Focus moved by the keypad or keyboard (Tab, arrows): a traveller exploring the screen by ear. A tap moves
# the focus too, but a tap acts at once; reading the tapped item would only delay the next screen's reading.
_KEYPAD_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
_QUIET_SCREENS = ("attract",)  # nobody is there yet


def spoken_name(widget: QWidget) -> str:
    """What to say for a focused widget: its accessible name and description, else its visible text."""
    name = widget.accessibleName()
    if not name and isinstance(widget, QAbstractButton | QLabel):
        name = widget.text()
    if not name and isinstance(widget, QLineEdit):
        name = widget.placeholderText()
    parts = [name, widget.accessibleDescription()]
    return ". ".join(p.strip() for p in parts if p and p.strip())


class AudioFirstReader(QObject):
    """Reads the screen `navigator` opens while `speech` is in audio-first mode, in the language `lang()`
    gives; and, as the mode is turned on, the screen shown then."""

    def __init__(
        self, speech: Speech, navigator: Navigator, lang: Callable[[], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._speech = speech
        self._navigator = navigator
        self._lang = lang
        navigator.changed.connect(self._screen_opened)
        speech.audio_first_changed.connect(self._mode_changed)

    def read_screen(self) -> None:
        """Read the screen shown now (its heading and what it offers), and again when what it reads on the
        worker is shown (its `loaded`): until then it may only say that it is loading."""
        name = self._navigator.current_name
        if name is None or name in _QUIET_SCREENS or not self._speech.available(self._lang()):
            return  # (Home's switch says when a language has no voice)
        page = self._navigator.page(name)
        page.loaded.connect(self._page_loaded, Qt.ConnectionType.UniqueConnection)
        self._speech.speak(page.speech_text(), self._lang())

    def _page_loaded(self) -> None:
        """A screen's answer from the worker is shown: read it if it is still the one on screen (the words
        said while it loaded are cut short)."""
        name = self._navigator.current_name
        if self._speech.audio_first and name is not None and self.sender() is self._navigator.page(name):
            self.read_screen()

    def _screen_opened(self, name: str) -> None:
        if self._speech.audio_first and name not in _QUIET_SCREENS:
            # After the screen has handled its own enter (it may set its focus) and been shown.
            QTimer.singleShot(0, self.read_screen)

    def _mode_changed(self, on: bool) -> None:
        app = QApplication.instance()
        if on:
            if app is not None:
                app.installEventFilter(self)
            self.read_screen()
        elif app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() in _KEYPAD_REASONS
            and isinstance(watched, QWidget)
            and watched.isWindow() is False
        ):
            text = spoken_name(watched)
            if text and self._speech.available(self._lang()):
                self._speech.speak(text, self._lang())
        return False
