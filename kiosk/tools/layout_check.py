"""Find text that does not fit: labels and buttons whose text needs more room than they got.

Used by the tests (every screen, every language, landscape and portrait) and by `kiosk screenshot`, which
prints what it finds. "Fits" means: a wrapping label's height-for-width is no more than its height and its
widest word is no wider than its text area (a word never breaks: a wider one is cut), a single-line
label's or button's size hint is no more than its size, and nothing sticks out to the right of the window
or of the scroll area it is in.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

from screens.widgets.labels import widest_word

SLACK = 1  # px of rounding tolerance


@dataclass(frozen=True)
class Clip:
    widget: str
    text: str
    need: tuple[int, int]
    got: tuple[int, int]

    def __str__(self) -> str:
        need, got = f"{self.need[0]}x{self.need[1]}", f"{self.got[0]}x{self.got[1]}"
        return f"{self.widget} {self.text[:60]!r}: needs {need}, got {got}"


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '-'}"


def _clip_box(widget: QWidget, root: QWidget) -> tuple[int, int]:
    """Right and bottom limits the widget must stay within: its scroll viewport's width, or the window."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            return viewport.mapTo(root, viewport.rect().bottomRight()).x(), 1 << 30
        parent = parent.parentWidget()
    return root.width(), root.height()


def _text_width(label: QLabel) -> int:
    """The width a label lays its text out in: its contents less its margin and indent. A word wider than
    that cannot wrap and is cut (`widest_word`), whatever the label's height."""
    indent = max(label.indent(), 0)
    return label.contentsRect().width() - 2 * label.margin() - indent


def find_clipped(root: QWidget) -> list[Clip]:
    """Every visible label or button under `root` whose text does not fit."""
    found: list[Clip] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisibleTo(root):
            continue
        text = widget.text()
        if not text or (
            isinstance(widget, QLabel) and widget.pixmap() is not None and not widget.pixmap().isNull()
        ):
            continue
        size = widget.size()
        if isinstance(widget, QLabel) and widget.wordWrap():
            room = _text_width(widget)
            width = size.width() + max(0, widest_word(widget) - room)
            need = (width, widget.heightForWidth(size.width()))
        else:
            hint = widget.sizeHint()
            need = (hint.width(), hint.height())
        if need[0] > size.width() + SLACK or need[1] > size.height() + SLACK:
            found.append(Clip(_name(widget), text, need, (size.width(), size.height())))
            continue
        right, bottom = _clip_box(widget, root)
        corner = widget.mapTo(root, widget.rect().bottomRight())
        if corner.x() > right + SLACK or corner.y() > bottom + SLACK:
            found.append(
                Clip(
                    _name(widget) + " (outside the visible area)",
                    text,
                    (corner.x(), corner.y()),
                    (right, bottom),
                )
            )
    return found


def stray_windows(main: QWidget) -> list[QWidget]:
    """Visible top-level widgets other than the main window: a widget shown before it got a parent opens
    a window of its own, which on a kiosk would steal focus and cover the screen."""
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not main and w.isWindow()]


CRAMPED_CHARS = 18  # a wrapped text block narrower than this many average characters is hard to read


@dataclass(frozen=True)
class Cramped:
    widget: str
    text: str
    width: int
    room: int

    def __str__(self) -> str:
        return f"{self.widget} {self.text[:60]!r}: wraps in {self.width} px while {self.room} px are free"


def find_cramped(root: QWidget, chars: int = CRAMPED_CHARS) -> list[Cramped]:
    """Wrapping labels squeezed into a narrow column while the box around them is much wider.

    Nothing is clipped in such a layout, so `find_clipped` passes; but a title that wraps every two words
    inside a wide, empty tile is what a traveller sees. A label is cramped when its text needs more than
    one line, it is narrower than `chars` average characters, and its enclosing frame (tile, card) or page
    gives it at least twice that room. Labels of a fixed width (captions under a QR code) are chosen so.
    """
    from PySide6.QtWidgets import QFrame

    found: list[Cramped] = []
    for widget in root.findChildren(QLabel):
        if not widget.wordWrap() or not widget.isVisibleTo(root) or not widget.text().strip():
            continue
        if widget.minimumWidth() == widget.maximumWidth():
            continue  # a width set on purpose (a caption under a QR code), not one a layout squeezed
        metrics = widget.fontMetrics()
        width = widget.contentsRect().width()
        one_line = max((metrics.horizontalAdvance(line) for line in widget.text().splitlines()), default=0)
        if one_line <= width or width >= chars * metrics.averageCharWidth():
            continue
        box = widget.parentWidget()
        while box is not None and box is not root and not isinstance(box, QFrame | QAbstractScrollArea):
            box = box.parentWidget()
        room = (box or root).width()
        if room >= 2 * chars * metrics.averageCharWidth():
            found.append(Cramped(_name(widget), widget.text(), width, room))
    return found


EMPTY_SHARE = 0.3  # a band of nothing this tall (share of the window's height) is an empty screen half


@dataclass(frozen=True)
class EmptyBand:
    top: int
    bottom: int
    height: int

    def __str__(self) -> str:
        gap = self.bottom - self.top
        return f"nothing shown from y={self.top} to y={self.bottom} ({gap} of {self.height} px)"


def _visible_rows(widget: QWidget, root: QWidget) -> tuple[int, int]:
    """The rows of the window in which `widget` can be seen: its scroll area's viewport, or the window."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            top = viewport.mapTo(root, viewport.rect().topLeft()).y()
            return top, top + viewport.height()
        parent = parent.parentWidget()
    return 0, root.height()


def find_empty_band(root: QWidget, share: float = EMPTY_SHARE) -> EmptyBand | None:
    """The tallest horizontal band of the window in which no text, button or field is shown, if it is taller
    than `share` of the window: a screen whose lower half is empty above its keyboard (the Ask screen before
    anything was typed) passes every clipping check while a traveller sees a blank half screen."""
    from PySide6.QtWidgets import QLineEdit, QScrollBar

    spans = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton | QLineEdit) or isinstance(widget, QScrollBar):
            continue
        if not widget.isVisibleTo(root) or widget.height() <= 0:
            continue
        top = widget.mapTo(root, widget.rect().topLeft()).y()
        low, high = _visible_rows(widget, root)
        span = (max(top, low), min(top + widget.height(), high))
        if span[1] > span[0]:
            spans.append(span)
    spans.sort()
    reached, widest = 0, (0, 0)
    for top, bottom in [*spans, (root.height(), root.height())]:
        if top - reached > widest[1] - widest[0]:
            widest = (reached, top)
        reached = max(reached, bottom)
    if widest[1] - widest[0] > share * root.height():
        return EmptyBand(widest[0], widest[1], root.height())
    return None
