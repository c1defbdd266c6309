"""Country guides: choose a destination."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.services.locale_text import place_name
from kiosk.services.store import Guide
from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.labels import text_label
from screens.widgets.tile import Tile, TileGrid


class CountriesScreen(PageScreen):
    READS_ON_WORKER = True

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.lead = text_label("", "Lead")
        self.body.addWidget(self.lead)
        self.grid = TileGrid(min_width=480, max_columns=3)
        self.body.addWidget(self.grid)
        self.body.addStretch(1)

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Country guides"))
        self.lead.setText("")
        self.lead.hide()
        self.grid.set_tiles([])
        store, lang = self.ctx.store, self.lang
        self.load_content(lambda: store.guides(lang), self._show)

    def _show(self, guides: list[Guide]) -> None:
        self.lead.show()
        self.lead.setText(
            self.tr("Where are you going to work?") if guides else self.tr("There are no country guides yet.")
        )
        sample = self.tr("SAMPLE")
        tiles: list[QWidget] = []
        for guide in guides:
            badge = sample if guide.sample else ""
            name = place_name(guide.country, self.lang, guide.name, guide.fallback)
            tile = Tile(name, guide.summary, "country", badge, flag=guide.country)
            tile.setProperty("target", guide.country)
            tile.clicked.connect(lambda c=guide.country: self.ctx.navigator.go("guide", country=c))
            tiles.append(tile)
        self.grid.set_tiles(tiles)

    def speech_text(self) -> str:
        parts = [self.header.title.text(), self.status_text(), self.lead.text(),
                 *(t.accessibleName() for t in self.grid.tiles())]
        return ". ".join(part for part in parts if part)
