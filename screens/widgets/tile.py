"""Large tappable tiles and the grid that reflows them for landscape and portrait screens.

`Tile` emits `clicked()`; it is focusable so a keypad can reach it (Enter or Space activates).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from screens.widgets.labels import sample_badge, text_label

# Symbols present in the bundled fonts (Noto Sans / DejaVu Sans); no colour emoji font is assumed.
ICONS = {
    "rights": "⚖",
    "recruitment": "✋",
    "routes": "✈",
    "contract": "✍",
    "passport": "▤",
    "trouble": "☂",
    "alert": "⚠",
    "country": "⚑",
    "help": "☎",
    "check": "✔",
    "report": "✉",
    "topics": "☰",
}


class Tile(QFrame):
    clicked = Signal()

    def __init__(
        self,
        title: str,
        text: str = "",
        icon: str = "",
        sample_text: str = "",
        urgent: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Tile")
        self.setProperty("urgent", "true" if urgent else "false")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 18, 24, 18)
        row.setSpacing(20)
        self.icon = QLabel(ICONS.get(icon, ""))
        self.icon.setObjectName("TileIcon")
        self.icon.setMinimumWidth(64)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.icon.setVisible(bool(icon))  # only after it has a parent: a parentless show() opens a window
        column = QVBoxLayout()
        column.setSpacing(6)
        row.addLayout(column, 1)  # attached first, so the labels below get a parent when added
        self.title = text_label(title, "TileTitle")
        column.addWidget(self.title)
        self.text = text_label(text, "TileText")
        column.addWidget(self.text)
        self.text.setVisible(bool(text))
        if sample_text:
            column.addWidget(sample_badge(sample_text))
        self.setAccessibleName(title)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class TileGrid(QWidget):
    """Lays tiles out in as many columns as fit (`min_width` each), re-flowing on resize."""

    def __init__(self, min_width: int = 520, max_columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(20)
        self._tiles: list[QWidget] = []
        self._min_width = min_width
        self._max_columns = max_columns
        self._columns = 0
        # The grid takes the width it is given and chooses its columns from it; it must not widen the page
        # past the screen because two columns of long words do not fit (largest text, portrait).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_tiles(self, tiles: Sequence[QWidget]) -> None:
        for tile in self._tiles:
            self._grid.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self._tiles = list(tiles)
        self._columns = 0
        self._reflow()

    def tiles(self) -> list[QWidget]:
        return list(self._tiles)

    def _columns_for(self, width: int) -> int:
        """As many columns as fit at `min_width` each and at the widest tile's own minimum width."""
        widest = max((tile.minimumSizeHint().width() for tile in self._tiles), default=0)
        spacing = self._grid.horizontalSpacing()
        fit = (width + spacing) // (max(self._min_width, widest) + spacing)
        return max(1, min(self._max_columns, fit))

    def _reflow(self) -> None:
        columns = self._columns_for(self.width() or self._min_width * self._max_columns)
        if columns == self._columns and all(self._grid.indexOf(t) >= 0 for t in self._tiles):
            return
        self._columns = columns
        for tile in self._tiles:
            self._grid.removeWidget(tile)
        for i, tile in enumerate(self._tiles):
            self._grid.addWidget(tile, i // columns, i % columns)
            tile.show()
        for c in range(self._max_columns):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._reflow()
        return super().event(event)
