"""Your rights and legal ways to work abroad: the list of topics.

Six topics fill the page as big tiles, like Home's: two across in landscape, one under another in
portrait, each with its icon, so that a traveller who reads little finds the passport or the contract by its
picture and has a large target to touch.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.services.store import Topic
from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.tile import Tile, TileGrid

ICON_PX = 80


class TopicsScreen(PageScreen):
    READS_ON_WORKER = True

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.grid = TileGrid(min_width=560, max_columns=2, fill=True)
        self.grid.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.body.addWidget(self.grid, 1)

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Your rights and legal work"))
        self.grid.set_tiles([])
        store, lang = self.ctx.store, self.lang
        self.load_content(lambda: store.topics(lang), self._show)

    def _show(self, topics: list[Topic]) -> None:
        tiles: list[QWidget] = []
        for topic in topics:
            tile = Tile(topic.title, topic.summary, topic.icon, icon_px=ICON_PX, centred=True)
            tile.setProperty("target", topic.id)
            tile.setAccessibleDescription(topic.summary)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            tile.clicked.connect(lambda t=topic.id: self.ctx.navigator.go("articles", topic=t))
            tiles.append(tile)
        self.grid.set_tiles(tiles)

    def speech_text(self) -> str:
        parts = [self.header.title.text(), self.status_text(),
                 *(t.accessibleName() for t in self.grid.tiles())]
        return ". ".join(part for part in parts if part)
