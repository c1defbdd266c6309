"""Where a traveller is in a short guided flow: one segment per step, those done and the current one filled,
the rest outlined, and optionally each step's name under its segment (the current one in bold).

Used by the report (whom → what → contact → send) and the red-flag questions (question 3 of 8). A hurried
traveller who barely reads sees how much is left from the filled share of the bar alone; the names say it
in words. Colours come from the style sheet (`#StepSegment[state=...]`), so high contrast applies to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from screens.widgets.style import restyle

SEGMENT_PX = 14


class StepBar(QWidget):
    """`set_steps(count, current, names)`; `current` is 0-based, `count` means every step is done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StepBar")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(8)
        self.segments: list[QFrame] = []
        self.names: list[QLabel] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_steps(self, count: int, current: int, names: tuple[str, ...] = ()) -> None:
        while len(self.segments) < count:
            column = len(self.segments)
            segment = QFrame()
            segment.setObjectName("StepSegment")
            segment.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            segment.setFixedHeight(SEGMENT_PX)
            name = QLabel()
            name.setObjectName("StepName")
            name.setWordWrap(True)
            name.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            name.setTextFormat(Qt.TextFormat.PlainText)
            self._grid.addWidget(segment, 0, column)
            self._grid.addWidget(name, 1, column)
            self._grid.setColumnStretch(column, 1)
            self.segments.append(segment)
            self.names.append(name)
        for i, (segment, name) in enumerate(zip(self.segments, self.names, strict=True)):
            segment.setVisible(i < count)
            self._grid.setColumnStretch(i, 1 if i < count else 0)
            state = "done" if i < current else "current" if i == current else "todo"
            restyle(segment, "state", state)
            restyle(name, "state", state)
            name.setText(names[i] if i < len(names) else "")
            name.setVisible(i < count and bool(name.text()))
        self.updateGeometry()
