"""The articles of one topic."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.labels import text_label
from screens.widgets.tile import Tile, TileGrid


class ArticlesScreen(PageScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.lead = text_label("", "Lead")
        self.body.addWidget(self.lead)
        self.grid = TileGrid(min_width=700, max_columns=2)
        self.body.addWidget(self.grid)
        self.body.addStretch(1)

    def refresh(self) -> None:
        super().refresh()
        topic = self.ctx.store.topic(self.params.get("topic", ""), self.lang)
        self.set_title(topic.title if topic else self.tr("Articles"))
        self.lead.setText(topic.summary if topic else "")
        sample = self.tr("SAMPLE")
        tiles: list[QWidget] = []
        for article in self.ctx.store.articles(topic.id, self.lang) if topic else []:
            tile = Tile(article.title, article.summary, "", sample if article.sample else "")
            tile.setProperty("target", article.id)
            tile.clicked.connect(lambda a=article.id: self.ctx.navigator.go("article", article_id=a))
            tiles.append(tile)
        self.grid.set_tiles(tiles)

    def speech_text(self) -> str:
        return ". ".join([self.header.title.text(), *(t.accessibleName() for t in self.grid.tiles())])
