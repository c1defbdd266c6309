"""A label that shows a vendored SVG icon in its own text colour, so the style sheet (and high contrast)
colours icons the way it colours words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon, QPalette, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget

from kiosk.app.theme import PALETTE
from kiosk.services.icons import flag_pixmap, icon_pixmap

CHECK_PX = 40  # the box on a choice that can be ticked


def show_ticked(button: QAbstractButton, ticked: bool) -> None:
    """A ticked box on a checked choice, an empty one otherwise: its state seen without telling colours
    apart (the report's reasons, the call-back's consent)."""
    color = PALETTE.on_primary if ticked else PALETTE.primary
    button.setIconSize(QSize(CHECK_PX, CHECK_PX))
    button.setIcon(QIcon(icon_pixmap("square-check-big" if ticked else "square", CHECK_PX, color)))


class IconLabel(QLabel):
    """`IconLabel("check", 56)`; `set_icon(name)` changes it. Re-drawn when the palette or style changes."""

    def __init__(self, name: str = "", size: int = 48, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Icon")
        self._name = name
        self._size = size
        self._drawn: tuple[str, str, float] | None = None  # what the pixmap shows now
        self.setFixedSize(size, size)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(name)

    @property
    def name(self) -> str:
        return self._name

    def set_icon(self, name: str) -> None:
        if name != self._name:
            self._name = name
            self.setAccessibleName(name)
            self._draw()

    def _draw(self) -> None:
        """Set the pixmap, unless it already shows this icon in this colour: a screen is shown again and
        again (Back, Home), and setting an equal pixmap still re-lays out and repaints the label."""
        if not self._name:
            self._drawn = None
            self.clear()
            return
        color = self.palette().color(QPalette.ColorRole.WindowText).name()
        drawn = (self._name, color, self.devicePixelRatioF())
        if drawn == self._drawn:
            return
        self._drawn = drawn
        self.setPixmap(icon_pixmap(self._name, self._size, color, drawn[2]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._draw()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensurePolished()
        self._draw()
        super().showEvent(event)


class FlagLabel(QLabel):
    """A country's flag (4:3), `height` px tall; a globe for a country without a vendored flag."""

    def __init__(self, country: str, height: int = 48, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Flag")
        self.country = country
        self.setFixedSize(height * 4 // 3, height)
        self.setPixmap(flag_pixmap(country, height, self.devicePixelRatioF()))


class IconButton(QPushButton):
    """A push button that shows a vendored SVG icon, `size` px, in the button's own text colour (so the style
    sheet and high contrast colour it like a word). Without a name it is a plain QPushButton. Used where a
    font symbol (↵ ⌫) came out half the height of a letter."""

    def __init__(self, text: str = "", icon: str = "", size: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._icon_name = icon
        self._icon_size = size
        self._drawn: tuple[str, str, float] | None = None
        self.setIconSize(QSize(size, size))

    @property
    def icon_name(self) -> str:
        return self._icon_name

    def set_icon_name(self, name: str) -> None:
        if name != self._icon_name:
            self._icon_name = name
            self._draw()

    def _draw(self) -> None:
        if not self._icon_name:
            self._drawn = None
            self.setIcon(QIcon())
            return
        color = self.palette().color(QPalette.ColorRole.ButtonText).name()
        drawn = (self._icon_name, color, self.devicePixelRatioF())
        if drawn != self._drawn:  # unchanged: nothing to re-lay out (see IconLabel._draw)
            self._drawn = drawn
            self.setIcon(QIcon(icon_pixmap(self._icon_name, self._icon_size, color, drawn[2])))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._draw()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensurePolished()
        self._draw()
        super().showEvent(event)
