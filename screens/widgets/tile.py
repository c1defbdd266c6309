"""Large tappable tiles and the grid that reflows them for landscape and portrait screens.

`Tile` emits `clicked()`; it is focusable so a keypad can reach it (Enter or Space activates). Its icon is
a vendored SVG (see kiosk/services/icons.py) or a country's flag, never a font symbol.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLayout, QSizePolicy, QVBoxLayout, QWidget

from screens.widgets.icon import FlagLabel, IconLabel
from screens.widgets.labels import add_sample_badge, text_label

ICON_PX = 56

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
        flag: str = "",
        icon_px: int = ICON_PX,
        centred: bool = False,
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
        # Centred (a tile taller than its text, on Home): the icon and the text sit in the middle.
        at = Qt.AlignmentFlag.AlignVCenter if centred else Qt.AlignmentFlag.AlignTop
        self.icon = IconLabel(icon, icon_px)
        row.addWidget(self.icon, 0, at)
        # Shown only after it has a parent: a parentless show() opens a window.
        self.icon.setVisible(bool(icon) and not flag)
        if flag:
            row.addWidget(FlagLabel(flag, icon_px * 3 // 4 + 6), 0, at)
        column = QVBoxLayout()
        column.setSpacing(6)
        row.addLayout(column, 1)  # attached first, so the labels below get a parent when added
        if centred:
            column.addStretch(1)
        self.title = text_label(title, "TileTitle")
        column.addWidget(self.title)
        self.text = text_label(text, "TileText")
        column.addWidget(self.text)
        self.text.setVisible(bool(text))
        if sample_text:
            add_sample_badge(column, sample_text)
        if centred:
            column.addStretch(1)
        self.setAccessibleName(title)

    def set_level(self, level: str) -> None:
        """Colour the tile's frame and icon by a status level (safe, caution, danger)."""
        if self.property("level") == level:
            return
        self.setProperty("level", level)
        for widget in (self, *self.findChildren(QWidget)):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def set_icon(self, name: str) -> None:
        self.icon.set_icon(name)
        self.icon.setVisible(bool(name))

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
    """Lays tiles out in as many columns as fit (`min_width` each), re-flowing on resize. With `fill`, the
    rows share the height the grid is given (Home fills the screen instead of leaving its lower part empty).
    """

    def __init__(
        self, min_width: int = 520, max_columns: int = 3, parent: QWidget | None = None, fill: bool = False
    ) -> None:
        super().__init__(parent)
        self._fill = fill
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(20)
        # The grid's own minimum width is one column (minimumSizeHint below), not the current columns: else
        # two columns of long words at the largest text would widen the page past the screen.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
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
        """The tiles in reading order."""
        return list(self._tiles)

    def _widest_tile(self) -> int:
        return max((tile.minimumSizeHint().width() for tile in self._tiles), default=0)

    def _columns_for(self, width: int) -> int:
        """As many columns as `min_width` allows, fewer when the tiles' own minimum widths do not fit."""
        columns = max(1, min(self._max_columns, width // self._min_width))
        widest, spacing = self._widest_tile(), self._grid.horizontalSpacing()
        while columns > 1 and columns * widest + (columns - 1) * spacing > width:
            columns -= 1
        return columns

    def minimumSizeHint(self) -> QSize:
        return QSize(self._widest_tile(), self._grid.minimumSize().height())

    def sizeHint(self) -> QSize:
        return QSize(self._widest_tile(), self._grid.sizeHint().height())

    def _reflow(self) -> None:
        columns = self._columns_for(self.width() or self._min_width * self._max_columns)
        if columns == self._columns and all(self._grid.indexOf(t) >= 0 for t in self._tiles):
            return
        self._columns = columns
        for tile in self._tiles:
            self._grid.removeWidget(tile)
        for i, tile in enumerate(self._tiles):
            # Filling: the last tile takes the rest of its row, so no hole is left at the end.
            span = columns - i % columns if self._fill and i == len(self._tiles) - 1 else 1
            self._grid.addWidget(tile, i // columns, i % columns, 1, span)
            tile.show()
        for c in range(self._max_columns):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)
        rows = -(-len(self._tiles) // columns)
        for r in range(max(rows, self._grid.rowCount())):
            self._grid.setRowStretch(r, 1 if self._fill and r < rows else 0)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.StyleChange, QEvent.Type.LayoutRequest):
            self._reflow()
        return super().event(event)
