"""Home: the urgent-alert banner and the big tiles that lead everywhere else."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.banner import Banner
from screens.widgets.tile import Tile, TileGrid


class HomeScreen(PageScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.banner = Banner()
        self.banner.clicked.connect(self._open_banner_alert)
        self.body.addWidget(self.banner)
        self.grid = TileGrid(min_width=480, max_columns=3)
        self.body.addWidget(self.grid)
        self.body.addStretch(1)
        self._banner_alert: str | None = None
        self.header.back_button.hide()
        self.header.home_button.hide()

    def _entries(self) -> list[tuple[str, str, str, str]]:
        """(screen, icon, title, text) for each tile, in the order a traveller needs them."""
        return [
            (
                "check",
                "check",
                self.tr("Check an agency"),
                self.tr("Is the agency that recruited you licensed?"),
            ),
            (
                "alerts",
                "alert",
                self.tr("Fraud warnings"),
                self.tr("How people are cheated, and how to stay safe"),
            ),
            (
                "topics",
                "rights",
                self.tr("Your rights and legal work"),
                self.tr("Fees, contracts, passports, legal ways to work abroad"),
            ),
            (
                "countries",
                "country",
                self.tr("Country guides"),
                self.tr("Entry rules, documents and scams, country by country"),
            ),
            (
                "red_flags",
                "alert",
                self.tr("Is this job offer safe?"),
                self.tr("Answer a few questions: see the warning signs"),
            ),
            (
                "ask",
                "topics",
                self.tr("Ask a question"),
                self.tr("Answers from checked information, in any language"),
            ),
            ("report", "report", self.tr("Report fraud"), self.tr("Tell the agency about a fake recruiter")),
            ("contacts", "help", self.tr("Help and hotlines"), self.tr("Whom to call at home and abroad")),
        ]

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("How can we help you?"))
        tiles: list[QWidget] = []
        for screen, icon, title, text in self._entries():
            tile = Tile(title, text, icon)
            tile.setProperty("target", screen)
            tile.clicked.connect(lambda s=screen: self.ctx.navigator.go(s))
            tiles.append(tile)
        self.grid.set_tiles(tiles)
        urgent = [a for a in self.ctx.store.alerts(self.lang) if a.severity == "urgent"]
        self._banner_alert = urgent[0].id if urgent else None
        self.banner.setVisible(bool(urgent))
        if urgent:
            self.banner.set_texts(self.tr("URGENT WARNING"), urgent[0].title, self.tr("Read ›"))

    def _open_banner_alert(self) -> None:
        if self._banner_alert:
            self.ctx.navigator.go("alert", alert_id=self._banner_alert)

    def speech_text(self) -> str:
        parts = [self.header.title.text()]
        if self.banner.isVisible():
            parts.append(f"{self.banner.kicker.text()}. {self.banner.title.text()}")
        parts += [t.accessibleName() for t in self.grid.tiles()]
        return ". ".join(parts)
