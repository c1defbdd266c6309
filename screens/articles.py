"""The articles of one topic, and beside them what to do next.

A topic has two or three articles. They fill their column as big tiles with the topic's icon, and beside
them (below them in portrait) stand the two steps every topic leads to: checking the agency (the kiosk's
main task, drawn as on Home) and the hotline's number with a code that dials it. A traveller who came for
"fees" and does not read on still leaves knowing where to check and whom to call.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.services.store import Article, Contact, Topic
from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.hotline import HotlinePanel
from screens.widgets.labels import text_label
from screens.widgets.tile import Tile, TileGrid

WIDE_PX = 1500  # narrower than this (a portrait screen), the next steps go below the articles
ICON_PX = 72


class ArticlesScreen(PageScreen):
    READS_ON_WORKER = True

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.lead = text_label("", "Lead")
        self.body.addWidget(self.lead)
        self.split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.split.setSpacing(28)
        self.grid = TileGrid(min_width=700, max_columns=1, fill=True)
        self.grid.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.split.addWidget(self.grid, 3)
        self.next_steps = QWidget()
        column = QVBoxLayout(self.next_steps)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(20)
        self.next_title = text_label("", "SectionTitle")
        column.addWidget(self.next_title)
        self.check = Tile("", "", "check", icon_px=80, centred=True)
        self.check.setObjectName("HeroTile")
        self.check.setProperty("target", "check")
        self.check.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.check.clicked.connect(lambda: self.ctx.navigator.go("check"))
        column.addWidget(self.check, 1)
        self.hotline = HotlinePanel()
        column.addWidget(self.hotline)
        self.split.addWidget(self.next_steps, 2)
        self.body.addLayout(self.split, 1)

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Articles"))
        self.lead.setText("")
        self.grid.set_tiles([])
        self.next_title.setText(self.tr("What to do next"))
        self.check.title.setText(self.tr("Check an agency"))
        self.check.text.setText(self.tr("Is the agency that recruited you licensed?"))
        self.check.text.show()
        self.check.setAccessibleName(self.check.title.text())
        self.check.setAccessibleDescription(self.check.text.text())
        store, lang, topic_id = self.ctx.store, self.lang, self.params.get("topic", "")

        def read() -> tuple[Topic | None, list[Article], Contact | None]:
            topic = store.topic(topic_id, lang)
            return topic, store.articles(topic.id, lang) if topic else [], store.hotline(lang)

        self.load_content(read, lambda found: self._show(*found))

    def _show(self, topic: Topic | None, articles: list[Article], hotline: Contact | None) -> None:
        self.set_title(topic.title if topic else self.tr("Articles"))
        self.lead.setText(topic.summary if topic else "")
        sample = self.tr("SAMPLE")
        tiles: list[QWidget] = []
        for article in articles:
            tile = Tile(article.title, article.summary, topic.icon if topic else "",
                        sample if article.sample else "", icon_px=ICON_PX, centred=True)
            tile.setProperty("target", article.id)
            tile.setAccessibleDescription(article.summary)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            tile.clicked.connect(lambda a=article.id: self.ctx.navigator.go("article", article_id=a))
            tiles.append(tile)
        self.grid.set_tiles(tiles)
        self.hotline.set_contact(hotline)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The next steps beside the articles on a wide screen, below them on a narrow one."""
        wide = self.width() >= WIDE_PX
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.split.direction() != direction:
            self.split.setDirection(direction)
        super().resizeEvent(event)

    def tiles(self) -> list[QWidget]:
        """The article tiles in reading order, then the check tile."""
        return [*self.grid.tiles(), self.check]

    def speech_text(self) -> str:
        parts = [self.header.title.text(), *filter(None, [self.status_text()]),
                 *(t.accessibleName() for t in self.grid.tiles())]
        parts += [self.next_title.text(), self.check.accessibleName()]
        if self.hotline.isVisibleTo(self):
            parts.append(self.hotline.accessibleName())
        return ". ".join(parts)
