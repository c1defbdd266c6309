"""A telephone keypad for typing a phone number: big digits, +, backspace and a Next key.

A letter keyboard for a phone number invites mistakes and hides the digits among 40 keys; this is the
keypad every phone has. It types into one attached QLineEdit and emits `submitted()` on Next. Its keys grow
with the room the page gives them, up to a limit, so the pad fills a phone step on any display.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from screens.widgets.digit_keys import BACK, digit_key

KEY_W, KEY_H = 170, 72  # the smallest a key gets (well above the 64 px touch minimum)
KEY_MAX_W, KEY_MAX_H = 300, 180  # the largest: a portrait page's lower half, filled
SPACING = 14
_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "+", "0", BACK)
_ROWS = len(_KEYS) // 3 + 1  # the digits, then Next
_SIZES = f"QPushButton {{ min-width: {KEY_W}px; min-height: {KEY_H}px; padding: 0; }}"


class PhonePad(QWidget):
    """Digits in the telephone order; `attach(field)`; `submitted()` when Next is tapped."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhonePad")
        self.setStyleSheet(_SIZES)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMaximumSize(3 * KEY_MAX_W + 2 * SPACING, _ROWS * KEY_MAX_H + (_ROWS - 1) * SPACING)
        self._target: QLineEdit | None = None
        grid = QGridLayout(self)
        grid.setSpacing(SPACING)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, QPushButton] = {}
        for i, key in enumerate(_KEYS):
            button = digit_key(key)  # takes no focus: the field keeps the focus and its cursor
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            self._grow(button)
            grid.addWidget(button, i // 3, i % 3)
            self.keys[key] = button
        self.next_key = QPushButton()
        self.next_key.setObjectName("PadNext")
        self.next_key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_key.clicked.connect(self.submitted)
        self._grow(self.next_key)
        grid.addWidget(self.next_key, _ROWS - 1, 0, 1, 3)
        for row in range(_ROWS):
            grid.setRowStretch(row, 1)
        for column in range(3):
            grid.setColumnStretch(column, 1)

    @staticmethod
    def _grow(button: QPushButton) -> None:
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

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
