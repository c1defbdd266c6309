"""A row of language buttons that drops down under the header: switch language from any screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kiosk.shell.i18n import LANGUAGES, I18n


class LanguageBar(QWidget):
    """Each button shows a language's name in its own script; a tap switches the UI and hides the bar."""

    def __init__(self, i18n: I18n, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LanguageBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._i18n = i18n
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 12, 24, 12)
        row.setSpacing(16)
        self.buttons: dict[str, QPushButton] = {}
        for lang in LANGUAGES:
            button = QPushButton(lang.native_name)
            button.setObjectName("SecondaryButton")
            button.setMinimumHeight(72)
            button.setAccessibleName(lang.tag)
            button.clicked.connect(lambda _=False, tag=lang.tag: self._choose(tag))
            row.addWidget(button, 1)
            self.buttons[lang.tag] = button
        self.hide()

    def toggle(self) -> None:
        self.setVisible(not self.isVisible())

    def _choose(self, tag: str) -> None:
        self.hide()
        self._i18n.set_language(tag)
