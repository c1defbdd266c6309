"""A telephone keypad for typing a phone number: big digits, +, backspace and a Next key.

A letter keyboard for a phone number invites mistakes and hides the digits among 40 keys; this is the
keypad every phone has. It types into one attached QLineEdit and emits `submitted()` on Next.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from screens.widgets.digit_keys import BACK, digit_key

KEY_W, KEY_H = 170, 84
_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "+", "0", BACK)
_SIZES = f"QPushButton {{ min-width: {KEY_W}px; min-height: {KEY_H}px; max-height: {KEY_H}px; padding: 0; }}"


class PhonePad(QWidget):
    """Digits in the telephone order; `attach(field)`; `submitted()` when Next is tapped."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhonePad")
        self.setStyleSheet(_SIZES)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self._target: QLineEdit | None = None
        grid = QGridLayout(self)
        grid.setSpacing(12)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, QPushButton] = {}
        for i, key in enumerate(_KEYS):
            button = digit_key(key)  # takes no focus: the field keeps the focus and its cursor
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            grid.addWidget(button, i // 3, i % 3)
            self.keys[key] = button
        self.next_key = QPushButton()
        self.next_key.setObjectName("PadNext")
        self.next_key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_key.clicked.connect(self.submitted)
        grid.addWidget(self.next_key, len(_KEYS) // 3, 0, 1, 3)

    def attach(self, field: QLineEdit | None) -> None:
        self._target = field

    def set_next_text(self, text: str) -> None:
        self.next_key.setText(text)

    def _press(self, key: str) -> None:
        field = self._target
        if field is None:
            return
        if key == BACK:
            field.backspace()
        elif key == "+" and field.text():
            return  # + only starts a number
        else:
            field.insert(key)
