"""Hardware keypad and keyboard use: every screen works without touch.

Tab / arrow keys move the focus (the theme draws it in its focus colour), Enter or Space activates the
focused tile or button, and Backspace outside a text field goes back one screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit

_NEXT = {Qt.Key.Key_Down, Qt.Key.Key_Right}
_PREVIOUS = {Qt.Key.Key_Up, Qt.Key.Key_Left}
_ACTIVATE = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class KeypadNavigation(QObject):
    """Application event filter; `back` is called for Backspace outside text fields."""

    def __init__(self, back: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._back = back

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # isinstance first: every event of the app passes here, and `event.type()` (a Python enum) costs ten
        # times as much.
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        focus = QApplication.focusWidget()
        if watched is not focus:  # act once, on the first delivery, not again as the event propagates
            return False
        key = event.key()
        typing = isinstance(focus, QLineEdit)
        if key in _ACTIVATE and isinstance(focus, QAbstractButton):
            focus.click()
            return True
        if key == Qt.Key.Key_Backspace and not typing:
            self._back()
            return True
        if (key in _NEXT or key in _PREVIOUS) and not typing:
            tab = Qt.Key.Key_Tab if key in _NEXT else Qt.Key.Key_Backtab
            QApplication.postEvent(
                focus, QKeyEvent(QEvent.Type.KeyPress, tab, Qt.KeyboardModifier.NoModifier)
            )
            return True
        return False
