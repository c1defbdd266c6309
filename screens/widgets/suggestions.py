"""Questions to tap: the editors' own questions, as big tiles under a heading.

"Ask a question" shows them while nothing has been typed, and again when a question found no good answer.
A traveller who cannot type well, or does not know what to ask, gets an answer with one tap; and the screen's
lower half, above the keyboard, is not left empty. Emits `chosen(question)`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from screens.widgets.labels import text_label
from screens.widgets.tile import Tile, TileGrid

ICON_PX = 40


class SuggestedQuestions(QWidget):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(14)
        self.heading = text_label("", "SectionTitle")
        column.addWidget(self.heading)
        self.grid = TileGrid(min_width=640, max_columns=2)
        column.addWidget(self.grid)
        self._questions: tuple[str, ...] = ()

    def set_questions(self, questions: Sequence[str]) -> None:
        """Show these questions (unchanged ones keep their tiles: this runs on every language change)."""
        if tuple(questions) == self._questions:
            return
        self._questions = tuple(questions)
        tiles = []
        for question in self._questions:
            tile = Tile(question, icon="question", icon_px=ICON_PX)
            tile.setMinimumHeight(88)
            tile.clicked.connect(lambda q=question: self.chosen.emit(q))
            tiles.append(tile)
        self.grid.set_tiles(tiles)

    def questions(self) -> tuple[str, ...]:
        return self._questions
