"""What happens after a form is sent, as a short list of pictures and one-line sentences.

A traveller who has just reported an agency wonders what comes of it; the report's review and confirmation
say it in three plain steps instead of leaving the lower half of a portrait screen blank.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from screens.widgets.icon import IconLabel
from screens.widgets.labels import text_label

ICON_PX = 44


class NextSteps(QFrame):
    """`set_items(title, [(icon purpose, sentence), ...])`; rows are made as needed, unused ones hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(28, 20, 28, 24)
        self._column.setSpacing(14)
        self.title = text_label("", "TileTitle")
        self._column.addWidget(self.title)
        self._rows: list[tuple[QWidget, IconLabel, QLabel]] = []

    def set_compact(self, compact: bool) -> None:
        """Without its title and with less air: above a keyboard on a landscape screen."""
        self.title.setVisible(not compact)
        self._column.setContentsMargins(28, 12 if compact else 20, 28, 12 if compact else 24)
        self._column.setSpacing(8 if compact else 14)

    def minimumSizeHint(self) -> QSize:
        """The height its lines need at the width it has, not at its narrowest: a page in a scroll area is
        made as tall as its parts' minimum heights, and wrapped at the narrowest width these lines asked for
        a third more than they use, which made a page that fits scroll."""
        hint = super().minimumSizeHint()
        column = self.layout()
        if column is not None and self.width() > hint.width():
            return QSize(hint.width(), column.totalHeightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()

    def set_items(self, title: str, items: list[tuple[str, str]]) -> None:
        self.title.setText(title)
        while len(self._rows) < len(items):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(18)
            icon = IconLabel("", ICON_PX)
            text = text_label("", "Lead")
            line.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            self._column.addWidget(row)
            self._rows.append((row, icon, text))
        for i, (row, icon, text) in enumerate(self._rows):
            row.setVisible(i < len(items))
            if i < len(items):
                icon.set_icon(items[i][0])
                text.setText(items[i][1])
        self.setAccessibleName(". ".join([title, *(sentence for _icon, sentence in items)]))
