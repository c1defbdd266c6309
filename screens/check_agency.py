"""Check an agency: type a name, licence number, tax id, phone or channel; results update per keystroke."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from content.search.engine import Match
from content.verdict import Status
from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.hotline import HotlinePanel
from screens.widgets.keyboard import OnScreenKeyboard
from screens.widgets.labels import text_label
from screens.widgets.next_steps import NextSteps
from screens.widgets.status import status_icon, status_word
from screens.widgets.tile import Tile

MAX_RESULTS = 6
BIG_RESULT_PX = 200
PORTRAIT_KEY_PX = 112  # the keyboard's keys on a portrait screen, which has the height for them


class CheckAgencyScreen(PageScreen):
    """Search field, result rows (a fixed pool, re-labelled per keystroke), and the on-screen keyboard."""

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.lead = text_label("", "Lead")
        self.body.addWidget(self.lead)
        row = QHBoxLayout()
        self.field = QLineEdit()
        self.field.setObjectName("SearchField")
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.setDragEnabled(False)
        self.field.setMaxLength(200)
        self.field.textChanged.connect(self._search)
        row.addWidget(self.field, 1)
        self.body.addLayout(row)
        self.results = QWidget()
        column = QVBoxLayout(self.results)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.rows: list[Tile] = []
        for _ in range(MAX_RESULTS):
            tile = Tile("", "", "not_found", icon_px=44)
            tile.setMinimumHeight(84)
            tile.clicked.connect(lambda t=tile: self._open(t))
            tile.hide()
            column.addWidget(tile)
            self.rows.append(tile)
        self.none_label = text_label("", "Lead")
        self.none_button = QPushButton()
        self.none_button.clicked.connect(self._open_not_found)
        column.addWidget(self.none_label)
        column.addWidget(self.none_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.results)
        # Before anything is typed: how to check, in three pictures and lines, where the results will be.
        self.howto = NextSteps()
        self.body.addWidget(self.howto)
        # With one result or none, a portrait screen has room for the hotline for a traveller still unsure.
        self.help_title = text_label("", "Lead")
        self.hotline = HotlinePanel(self.body_widget)
        self.body.addWidget(self.help_title)
        self.body.addWidget(self.hotline)
        self.body.addStretch(1)
        self._portrait = False
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.field)
        # Enter (the keyboard's key or a hardware one) opens the best match, or "not found" when none.
        self.field.returnPressed.connect(self._open_best)
        self.outer.insertWidget(self.outer.count() - 1, self.keyboard)
        self._matches: list[Match] = []
        self._has_hotline = False

    def enter(self, **params: object) -> None:
        super().enter(**params)
        self.keyboard.set_layout_for_language(self.lang)
        self.field.setFocus()

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Check an agency"))
        self.lead.setText(
            self.tr("Type the agency's name, licence number, tax number (STIR), phone or Telegram.")
        )
        self.field.setPlaceholderText(self.tr("Agency name or number"))
        self.none_button.setText(self.tr("Not found: what should I do?"))
        self.howto.set_items(self.tr("How to check"), [
            ("contract",
             self.tr("Find the agency's name or licence number on your contract, receipt or advert.")),
            ("search", self.tr("Type it above: the results appear as you type.")),
            ("check", self.tr("Tap a result to see whether the agency may recruit you, and what to do.")),
        ])
        self.help_title.setText(self.tr("Not sure? Call the hotline."))
        hotline = self.ctx.store.hotline(self.lang)
        self.hotline.set_contact(hotline)
        self._has_hotline = hotline is not None and bool(hotline.phone)
        self._search(self.field.text())

    def _status(self, match: Match) -> Status:
        """The same decision the verdict screen shows for this entry, freshness included: both ask the
        verdict service (kiosk/services/verdicts.py), which applies content/verdict.py."""
        return self.ctx.verdicts.decide(match.kind, match.ref, match.name).status

    def _search(self, text: str) -> None:
        self._matches = self.ctx.search.search(text, limit=MAX_RESULTS) if text.strip() else []
        for tile, match in zip(self.rows, self._matches, strict=False):
            status = self._status(match)
            tile.title.setText(match.name)
            detail = status_word(status)
            if match.licence_no:
                detail += " · " + self.tr("Licence {number}").format(number=match.licence_no)
            tile.text.setText(detail)
            tile.set_icon(status_icon(status))
            tile.setProperty("status", status.value)
            tile.set_level(status.level)
            tile.text.show()
            tile.setProperty("ref", match.ref)
            tile.setProperty("kind", match.kind)
            tile.setAccessibleName(f"{match.name}. {detail}")
            tile.show()
        for tile in self.rows[len(self._matches) :]:
            tile.hide()
        # Landscape has no height to spare above the keyboard for a large card.
        self._set_big(self.rows[0], len(self._matches) == 1 and self._portrait)
        self._arrange(typed=bool(text.strip()))
        searched = len(text.strip()) >= 2
        self.none_label.setVisible(searched and not self._matches)
        self.none_label.setText(
            self.tr("No licensed agency and no warning matches “{text}”.").format(text=text.strip())
        )
        self.none_button.setVisible(searched)

    @staticmethod
    def _set_big(tile: Tile, big: bool) -> None:
        """One result is shown as a large card (the style sheet's #Tile[big="true"]): it is the answer."""
        if tile.property("big") == big:
            return
        tile.setProperty("big", big)
        tile.setMinimumHeight(BIG_RESULT_PX if big else 84)
        for widget in (tile, *tile.findChildren(QWidget)):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _arrange(self, typed: bool) -> None:
        self.howto.setVisible(not typed)
        helped = self._has_hotline and self._portrait and len(self._matches) <= 1
        self.help_title.setVisible(helped)
        self.hotline.setVisible(helped)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._portrait = event.size().height() > event.size().width()
        self.keyboard.set_key_height(PORTRAIT_KEY_PX if self._portrait else None)
        self.howto.set_compact(not self._portrait)
        self._search(self.field.text())
        super().resizeEvent(event)

    def _open(self, tile: Tile) -> None:
        self.ctx.navigator.go("verdict", kind=tile.property("kind"), ref=tile.property("ref"))

    def _open_best(self) -> None:
        if self._matches:
            self._open(self.rows[0])
        elif len(self.field.text().strip()) >= 2:
            self._open_not_found()

    def _open_not_found(self) -> None:
        self.ctx.navigator.go("verdict", kind="none", ref="", query=self.field.text().strip())

    def leave(self) -> None:
        super().leave()

    def reset(self) -> None:
        super().reset()
        self.field.setText("")  # setText also clears the undo history: nothing typed can be brought back
        self._search("")

    def speech_text(self) -> str:
        spoken = [self.header.title.text(), self.lead.text()]
        spoken += [t.accessibleName() for t in self.rows if t.isVisible()]
        if self.none_label.isVisible():
            spoken.append(self.none_label.text())
        return ". ".join(spoken)
