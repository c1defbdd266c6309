"""The technician PIN pad, reached by the hidden corner gesture (kiosk.admin_entry).

Digits live only in this widget (a string attribute and a row of dots, never a QLineEdit with its undo
history and clipboard) and are wiped as soon as they are checked, and on leave and reset. The check
(a deliberately slow scrypt hash plus the lockout in state.db) runs off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QWidget

from kiosk.services.admin_auth import PIN_MAX_DIGITS, PIN_MIN_DIGITS, Outcome, PinGate
from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.digit_keys import digit_key
from screens.widgets.labels import text_label

MAX_DIGITS = PIN_MAX_DIGITS
MIN_DIGITS = PIN_MIN_DIGITS
KEY_W, KEY_H = 150, 104  # well above the 64 px minimum touch target
# Sizes only (the application sheet's QPushButton min-height would otherwise shrink the keys to 48 px).
_PAD_SIZES = f"QPushButton {{ min-width: {KEY_W}px; max-width: {KEY_W}px; min-height: {KEY_H}px; "
_PAD_SIZES += f"max-height: {KEY_H}px; padding: 0; }}"
LOCK_RECHECK_MS = 20_000
MESSAGE_MAX_W = 820


class PinPadScreen(PageScreen):
    """Digits 0-9, backspace and OK; navigates to "admin" on the right PIN."""

    def __init__(self, ctx: ScreenContext, gate: PinGate) -> None:
        super().__init__(ctx, scroll=False)
        self._gate = gate
        self._digits = ""
        self._busy = False
        self._generation = 0  # answers for an earlier visit are ignored
        self.prompt = text_label("", "Lead", wrap=False)
        self.dots = text_label("", "Reference", wrap=False)
        self.dots.setMinimumHeight(90)
        self.message = text_label("", "Severity")
        self.message.setMaximumWidth(MESSAGE_MAX_W)  # wraps (large text, long languages) instead of clipping
        self.keys: dict[str, QPushButton] = {}
        self.pad = pad = QWidget()
        pad.setStyleSheet(_PAD_SIZES)
        grid = QGridLayout(pad)
        grid.setSpacing(18)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok"]):
            if key == "ok":
                button = QPushButton()
                button.setObjectName("PinOk")
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            else:  # the phone keypad's keys: backspace is the vendored icon, not the ⌫ font glyph
                button = digit_key(key, Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            grid.addWidget(button, i // 3, i % 3)
            self.keys[key] = button
        for widget in (self.prompt, self.dots, self.message):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addStretch(1)
        # One line: a word-wrapped label centred by an alignment flag got a one-line height at a guessed
        # width, which cut the prompt off in Russian and Uzbek. It is short; it fits on one line.
        self.body.addWidget(self.prompt, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addWidget(self.dots, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()  # centred by stretches: an aligned item would not get its height for its width
        row.addStretch(1)
        row.addWidget(self.message)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(pad, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(2)
        self._lock_timer = QTimer(self, interval=LOCK_RECHECK_MS)
        self._lock_timer.timeout.connect(self._check_lock)

    @property
    def digit_count(self) -> int:
        return len(self._digits)

    # --- screen protocol ---------------------------------------------------------------------------------
    def enter(self, **params: object) -> None:
        self._wipe()
        super().enter(**params)
        self._check_lock()

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Technician access"))
        self.prompt.setText(self.tr("Enter the admin PIN"))
        self.keys["back"].setAccessibleName(self.tr("Delete last digit"))
        self.keys["ok"].setText(self.tr("OK"))
        self._show_dots()

    def leave(self) -> None:
        super().leave()
        self._wipe()
        self._lock_timer.stop()

    def reset(self) -> None:
        super().reset()
        self._wipe()
        self._lock_timer.stop()

    def speech_text(self) -> str:
        return ". ".join([self.header.title.text(), self.prompt.text()])

    # --- input -------------------------------------------------------------------------------------------
    def _press(self, key: str) -> None:
        if self._busy:
            return
        if key == "back":
            self._digits = self._digits[:-1]
        elif key == "ok":
            self._submit()
            return
        elif len(self._digits) < MAX_DIGITS:
            self._digits += key
        self._show_dots()

    def _submit(self) -> None:
        if len(self._digits) < MIN_DIGITS:
            self._say(self.tr("The PIN has {low} to {high} digits").format(low=MIN_DIGITS, high=MAX_DIGITS))
            return
        pin, self._digits = self._digits, ""
        self._show_dots()
        self._set_busy(True)
        gate, generation = self._gate, self._generation

        def check() -> tuple[Outcome, int, int]:
            return gate.attempt(pin), gate.attempts_left(), gate.locked_minutes()

        self.ctx.background.submit(
            check,
            lambda result: self._checked(generation, *result),
            lambda exc: self._failed(generation, exc),
        )

    def _checked(self, generation: int, outcome: Outcome, left: int, minutes: int) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        if outcome is Outcome.OK:
            self.ctx.navigator.go("admin")
        elif outcome is Outcome.WRONG:
            self._say(self.tr("Wrong PIN. Attempts left before the pad locks: {n}").format(n=left), "warning")
        elif outcome is Outcome.LOCKED:
            self._show_locked(minutes)
        else:
            self._say(self.tr("Admin access is not set up on this kiosk."), "urgent")

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._set_busy(False)
            self._say(self.tr("The PIN could not be checked: {error}").format(error=type(exc).__name__))

    def _check_lock(self) -> None:
        gate, generation = self._gate, self._generation
        self.ctx.background.submit(
            gate.locked_minutes, lambda m: self._lock_state(generation, m), lambda exc: None
        )

    def _lock_state(self, generation: int, minutes: int) -> None:
        if generation != self._generation:
            return
        if minutes > 0:
            self._show_locked(minutes)
        elif self._lock_timer.isActive():
            self._lock_timer.stop()
            self._set_keys_enabled(True)
            self._say("")

    def _show_locked(self, minutes: int) -> None:
        self._set_keys_enabled(False)
        self._say(self.tr("Too many wrong PINs. Locked for {n} min.").format(n=minutes), "urgent")
        self._lock_timer.start()

    # --- display -----------------------------------------------------------------------------------------
    def _show_dots(self) -> None:
        self.dots.setText(" ".join("●" * len(self._digits)) if self._digits else "○ ○ ○ ○")

    def _say(self, text: str, level: str = "info") -> None:
        self.message.setText(text)
        self.message.setProperty("level", level)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.keys["ok"].setEnabled(not busy)

    def _set_keys_enabled(self, enabled: bool) -> None:
        """A locked pad is hidden rather than greyed out: nothing on screen invites another try."""
        self.pad.setVisible(enabled)

    def _wipe(self) -> None:
        """Forget the digits and every answer still on its way."""
        self._digits = ""
        self._generation += 1
        self._busy = False
        self._set_keys_enabled(True)
        self._show_dots()
        self._say("")
