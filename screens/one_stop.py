"""One-stop services: the agency's services a traveller can reach from the kiosk, one tap from Home.

Verified vacancies, a call back from the situation centre, centres and offices, and the platform's
services. Home holds one tile for all four, so its task list stays two full rows; each also stays
reachable from "Help and hotlines".

The four fill the page as big tiles (two by two in landscape, one under another in portrait), and the
hotline's number, with a code that dials it, stands below them: the quickest help of all, beside "Call me
back".
"""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy

from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.hotline import HotlinePanel
from screens.widgets.labels import text_label
from screens.widgets.tile import Tile, TileGrid

ENTRIES = ("vacancies", "callback", "offices", "services")
ICONS = {"vacancies": "vacancies", "callback": "call", "offices": "centre", "services": "qr"}


class OneStopScreen(PageScreen):
    READS_ON_WORKER = True

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.lead = text_label("", "Lead")
        self.body.addWidget(self.lead)
        self.grid = TileGrid(min_width=600, max_columns=2, fill=True)
        self.grid.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.entries: dict[str, Tile] = {}
        for screen in ENTRIES:
            tile = Tile("", "", ICONS[screen], icon_px=88, centred=True)
            tile.setProperty("target", screen)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            tile.clicked.connect(lambda s=screen: self.ctx.navigator.go(s))
            self.entries[screen] = tile
        self.grid.set_tiles(list(self.entries.values()))
        self.body.addWidget(self.grid, 1)
        self.hotline = HotlinePanel()
        self.body.addWidget(self.hotline)

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Jobs, centres and services"))
        self.lead.setText(self.tr("The Migration Agency's services for people going to work abroad."))
        words = {
            "vacancies": (self.tr("Verified vacancies"),
                          self.tr("Jobs abroad from licensed agencies, with a code to apply")),
            "callback": (self.tr("Call me back"),
                         self.tr("The situation centre calls you, in your language")),
            "offices": (self.tr("Centres and offices"),
                        self.tr("Where to get help in person, at home and abroad")),
            "services": (self.tr("Platform services"),
                         self.tr("What the “Xorijda ish” platform does, and what this kiosk answers")),
        }
        for screen, tile in self.entries.items():
            title, text = words[screen]
            tile.title.setText(title)
            tile.text.setText(text)
            tile.text.show()
            tile.setAccessibleName(f"{title}. {text}")
        # The four tiles need no read; the hotline's number is read on the worker and left out if that fails.
        store, lang = self.ctx.store, self.lang
        self.load_content(lambda: store.hotline(lang), self.hotline.set_contact, waiting=False,
                          left_out=self.hotline.hide)

    def tiles(self) -> list[Tile]:
        return list(self.entries.values())

    def speech_text(self) -> str:
        parts = [self.lead.text(), *(t.accessibleName() for t in self.entries.values())]
        if self.hotline.isVisibleTo(self):
            parts.append(self.hotline.accessibleName())
        return ". ".join(parts)
