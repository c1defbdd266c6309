"""A bar of big filter chips, one of them chosen: the vacancies' countries and jobs, the offices' regions
and countries.

The first chip is always "all" (its label says all of what: "All countries", "All jobs", "All regions", so
that two bars side by side never both read "All"). The chips flow into as many columns as fit
(`TileGrid`); a tap chooses one and emits `chosen_changed` with its key. Filling the bar again keeps the
choice when that key is still offered, else falls back to "all".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from screens.widgets.tile import TileGrid

ALL = "all"


class ChipBar(QWidget):
    """Emits `chosen_changed(key)` when a traveller taps a chip (not when the bar is filled)."""

    chosen_changed = Signal(str)

    def __init__(self, *, min_width: int, max_columns: int, style: str = "Chip",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._style = style  # the stylesheet's object name: "Chip" (round) or "Choice" (a wide button)
        self._grid = TileGrid(min_width=min_width, max_columns=max_columns)
        self._group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._grid)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._group.buttonClicked.connect(lambda b: self.chosen_changed.emit(str(b.property("key"))))

    def set_options(self, all_label: str, options: Sequence[tuple[str, str]], chosen: str = ALL) -> None:
        """Chips for "all" (`all_label`) and each (key, label) of `options`, in that order; `chosen` is
        checked (or "all" when it is not among them)."""
        for button in self._group.buttons():
            self._group.removeButton(button)
        keys = {key for key, _ in options}
        wanted = chosen if chosen in keys else ALL
        for key, text in [(ALL, all_label), *options]:
            button = QPushButton(text)
            button.setObjectName(self._style)
            button.setCheckable(True)
            button.setProperty("key", key)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # the grid sets it
            button.setChecked(key == wanted)
            self._group.addButton(button)
        self._grid.set_tiles(self._group.buttons())

    def chosen(self) -> str:
        button = self._group.checkedButton()
        return str(button.property("key")) if button is not None else ALL

    def buttons(self) -> list[QAbstractButton]:
        """The chips in reading order ("all" first)."""
        return self._group.buttons()
