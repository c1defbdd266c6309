"""Choose a language: one big button per language, each named in its own script."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout

from kiosk.shell.i18n import LANGUAGES
from screens.base import Screen
from screens.context import ScreenContext
from screens.widgets.labels import text_label

# Shown in all languages at once: the traveller has not chosen one yet.
HEADING = ("Tilni tanlang · Тилни танланг · Выберите язык · Choose your language · Tildi tańlań · "
           "Тілді таңдаңыз · Тилди тандаңыз · Забонро интихоб кунед")


class LanguageScreen(Screen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 80, 80, 80)
        layout.setSpacing(40)
        heading = text_label(HEADING, "ScreenTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(heading)
        self._grid = QGridLayout()
        self._grid.setSpacing(32)
        self.buttons: dict[str, QPushButton] = {}
        for i, lang in enumerate(LANGUAGES):
            button = QPushButton(lang.native_name)
            button.setObjectName("LanguageButton")
            button.setAccessibleName(lang.tag)
            button.clicked.connect(lambda _=False, tag=lang.tag: self._choose(tag))
            self._grid.addWidget(button, i // 2, i % 2)
            self.buttons[lang.tag] = button
        layout.addLayout(self._grid)
        layout.addStretch(2)

    def _choose(self, tag: str) -> None:
        self.ctx.i18n.set_language(tag)
        self.ctx.navigator.home()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """One column of buttons on a portrait screen, two side by side in landscape."""
        columns = 1 if self.width() < 1300 else 2
        for i, button in enumerate(self.buttons.values()):
            self._grid.addWidget(button, i // columns, i % columns)
        super().resizeEvent(event)
