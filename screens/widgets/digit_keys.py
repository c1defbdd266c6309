"""One key of a digit pad (the phone keypad, the technician's PIN pad): a digit, "+", or backspace.

Backspace is the vendored icon at the letter keyboard's icon size, in the key's text colour: the ⌫ font
symbol came out about half a digit's height, drawn by whichever font had it. Both pads build their keys
here, so they cannot drift apart again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from screens.widgets.icon import IconButton
from screens.widgets.keyboard import ICON_KEY_PX

BACK = "back"


def digit_key(key: str, focus: Qt.FocusPolicy = Qt.FocusPolicy.NoFocus) -> QPushButton:
    """A key labelled `key`, or the backspace icon for `BACK`; styled as a keyboard key.

    `focus`: the phone keypad never takes the focus (its field keeps the cursor); the PIN pad has no field
    and lets the hardware keypad move between its keys.
    """
    button = IconButton("", "backspace", ICON_KEY_PX) if key == BACK else IconButton(key)
    button.setObjectName("KeyboardKey")
    button.setAccessibleName(key)
    button.setFocusPolicy(focus)
    button.setAutoRepeat(key == BACK)  # held down, backspace repeats, as on any keyboard
    return button
