"""Fraud warnings: every alert in force, urgent ones first."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.services.store import Alert
from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.cards import severity_text
from screens.widgets.labels import text_label
from screens.widgets.tile import Tile, TileGrid


class AlertsScreen(PageScreen):
    READS_ON_WORKER = True

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.lead = text_label("", "Lead")
        self.body.addWidget(self.lead)
        self.grid = TileGrid(min_width=700, max_columns=2)
        self.body.addWidget(self.grid)
        self.body.addStretch(1)

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Fraud warnings"))
        self.lead.setText("")
        self.lead.hide()
        self.grid.set_tiles([])
        store, lang = self.ctx.store, self.lang
        self.load_content(lambda: store.alerts(lang), self._show)

    def _show(self, alerts: list[Alert]) -> None:
        self.lead.setText(
            self.tr("Recruiters who break these rules are cheating you. Tap a warning to read more.")
            if alerts
            else self.tr("There are no warnings right now.")
        )
        self.lead.show()
        sample = self.tr("SAMPLE")
        tiles: list[QWidget] = []
        for alert in alerts:
            tile = Tile(
                f"{severity_text(alert.severity)} · {alert.title}",
                alert.summary,
                "alert",
                sample if alert.sample else "",
                urgent=alert.severity == "urgent",
            )
            tile.setProperty("target", alert.id)
            tile.clicked.connect(lambda a=alert.id: self.ctx.navigator.go("alert", alert_id=a))
            tiles.append(tile)
        self.grid.set_tiles(tiles)

    def speech_text(self) -> str:
        parts = [self.header.title.text(), self.status_text(), self.lead.text(),
                 *(t.accessibleName() for t in self.grid.tiles())]
        return ". ".join(part for part in parts if part)
