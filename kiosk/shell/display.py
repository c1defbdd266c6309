"""Per-traveller display preferences: text size and high contrast.

Kept through the session and reset with it (`reset()` is called when the session ends). Applying them
regenerates the application style sheet; Qt re-polishes every widget and layouts grow to fit.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from kiosk.app.theme import HIGH_CONTRAST, PALETTE, TEXT_SCALES, stylesheet


class DisplaySettings(QObject):
    """Emits `changed()` after the new style sheet is applied."""

    changed = Signal()

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.size_step = 0
        self.high_contrast = False

    @property
    def scale(self) -> float:
        return TEXT_SCALES[self.size_step]

    def next_text_size(self) -> None:
        """Cycle through the text-size steps (a single button, so it is reachable from every screen)."""
        self.size_step = (self.size_step + 1) % len(TEXT_SCALES)
        self.apply()

    def toggle_contrast(self) -> None:
        self.high_contrast = not self.high_contrast
        self.apply()

    def reset(self) -> None:
        if self.size_step or self.high_contrast:
            self.size_step, self.high_contrast = 0, False
            self.apply()

    def apply(self) -> None:
        self._app.setStyleSheet(stylesheet(HIGH_CONTRAST if self.high_contrast else PALETTE, self.scale))
        self.changed.emit()
