"""Country guides: choose a destination."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.services.locale_text import place_name
from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.labels import text_label
from screens.widgets.tile import Tile, TileGrid


class CountriesScreen(PageScreen):
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
        guides = self.ctx.store.guides(self.lang)
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
        return ". ".join(
            [self.header.title.text(), self.lead.text(), *(t.accessibleName() for t in self.grid.tiles())]
        )
