"""The attract screen: key messages rotating through every language, and "touch to start"."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QVBoxLayout

from kiosk.shell.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from screens.base import Screen
from screens.context import ScreenContext
from screens.widgets.labels import text_label

MESSAGES = (
    QT_TRANSLATE_NOOP(
        "AttractScreen", "Going abroad to work? Check your agency's licence before you pay anyone."
    ),
    QT_TRANSLATE_NOOP("AttractScreen", "The employer pays for your job placement, not you."),
    QT_TRANSLATE_NOOP("AttractScreen", "Never give your passport to a recruiter."),
    QT_TRANSLATE_NOOP("AttractScreen", "A tourist visa is not a work visa."),
)
TOUCH = QT_TRANSLATE_NOOP("AttractScreen", "Touch the screen to start")
ROTATE_MS = 3500


class AttractScreen(Screen):
    """Shown when nobody is using the kiosk. Any touch opens the language screen."""

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.setObjectName("Attract")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 80, 120, 80)
        layout.addStretch(2)
        self.message = text_label("", "AttractMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.hint = text_label("", "AttractHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._step = 0
        self._timer = QTimer(self, interval=ROTATE_MS)
        self._timer.timeout.connect(self._advance)
        self._show_step()

    def _show_step(self) -> None:
        """Each step shows one message in one language; the hint cycles through every language too."""
        lang = LANGUAGES[self._step % len(LANGUAGES)].tag
        message = MESSAGES[(self._step // len(LANGUAGES)) % len(MESSAGES)]
        self.message.setText(self.ctx.i18n.translate_in(lang, "AttractScreen", message))
        self.hint.setText(self.ctx.i18n.translate_in(lang, "AttractScreen", TOUCH))

    def _advance(self) -> None:
        self._step += 1
        self._show_step()

    def all_texts(self) -> list[str]:
        """Every message and hint in every language (for layout checks of the longest text)."""
        texts = []
        for lang in LANGUAGES:
            for source in (*MESSAGES, TOUCH):
                texts.append(self.ctx.i18n.translate_in(lang.tag, "AttractScreen", source))
        return texts

    def enter(self, **params: object) -> None:
        self._timer.start()
        self.setFocus()

    def leave(self) -> None:
        self._timer.stop()

    def reset(self) -> None:
        self._step = 0
        self._show_step()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.ctx.navigator.go("language")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Any key on a hardware keypad starts, like a touch."""
        self.ctx.navigator.go("language")
