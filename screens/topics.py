"""Your rights and legal ways to work abroad: the list of topics."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.tile import Tile, TileGrid


class TopicsScreen(PageScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.grid = TileGrid(min_width=560, max_columns=2)
        self.body.addWidget(self.grid)
        self.body.addStretch(1)

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Your rights and legal work"))
        tiles: list[QWidget] = []
        for topic in self.ctx.store.topics(self.lang):
            tile = Tile(topic.title, topic.summary, topic.icon)
            tile.setProperty("target", topic.id)
            tile.clicked.connect(lambda t=topic.id: self.ctx.navigator.go("articles", topic=t))
            tiles.append(tile)
        self.grid.set_tiles(tiles)

    def speech_text(self) -> str:
        return ". ".join([self.header.title.text(), *(t.accessibleName() for t in self.grid.tiles())])
