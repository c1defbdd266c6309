"""Check an agency: type a name, licence number, tax id, phone or channel; results update per keystroke.

Each keystroke's search, each result's verdict (its registry row and the registry's freshness, from content.db
and state.db) and the hotline are read on the kiosk's worker (`load_results`), as the verdict screen's are
(screens/verdict.py): the UI thread only re-labels its pool of rows with what came back, and an answer for
an earlier keystroke (or language, or content) is dropped. Until the answer is here (well under a frame) the
rows stay as they were, not blanked at every keystroke; Enter pressed meanwhile acts on the answer for the
text typed. Nothing typed needs no search: the empty page is shown at once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from content.search.engine import Match
from content.verdict import Status
from kiosk.services.search import SearchService
from kiosk.services.store import Contact, ContentStore
from kiosk.services.verdicts import VerdictService
from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.hotline import HotlinePanel
from screens.widgets.keyboard import OnScreenKeyboard
from screens.widgets.labels import text_label, typed_text
from screens.widgets.next_steps import NextSteps
from screens.widgets.status import status_icon, status_word
from screens.widgets.tile import Tile

log = logging.getLogger(__name__)

MAX_RESULTS = 6
BIG_RESULT_PX = 200
PORTRAIT_KEY_PX = 112  # the keyboard's keys on a portrait screen, which has the height for them


@dataclass(frozen=True)
class CheckResults:
    """What the check screen shows for one text, read off the UI thread by `load_results` (`failed`: the
    read failed, made on the UI thread). The hotline shown is the last one read in the screen's language."""

    text: str
    rows: tuple[tuple[Match, Status], ...] = ()  # each match with the status its verdict screen shows
    hotline: Contact | None = None
    failed: bool = False


def load_results(search: SearchService, verdicts: VerdictService, store: ContentStore, text: str,
                 lang: str) -> CheckResults:
    """The best matches for `text`, each with the status the verdict screen shows for it (both ask the
    verdict service, kiosk/services/verdicts.py, which applies content/verdict.py, freshness included), and
    the hotline in `lang`. Runs on the worker."""
    matches = search.search(text, limit=MAX_RESULTS) if text.strip() else []
    rows = tuple((m, verdicts.decide(m.kind, m.ref, m.name).status) for m in matches)
    return CheckResults(text, rows, store.hotline(lang))


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
        self._shown = CheckResults("")  # what the rows, the "not found" line and the hotline show now
        self._hotline: tuple[str, Contact | None] = ("", None)  # (language, the last hotline read in it)
        self._hotline_for: tuple[Contact | None, str] | None = None  # the hotline panel's contact, language
        self._loads = 0  # texts searched so far: an answer for an earlier one is dropped
        self.loading = False
        self._announce = False  # the answer to entering (or a language change): read aloud again if new
        self._enter_for = 0  # the search Enter was pressed during: it opens that text's best match

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
        self._show(self._shown)  # the rows' words in this language at once; their answer follows
        self._announce = True
        self._search(self.field.text())

    def _search(self, text: str) -> None:
        """Search for `text` on the worker (`_loaded` shows the answer); any answer still on its way is for
        an earlier text and is dropped. With nothing typed the empty page is shown at once: a wipe leaves
        nothing of the last search on screen (the read still brings the hotline in this language)."""
        self._loads += 1
        ticket, lang = self._loads, self.lang
        self.loading = True
        if not text.strip():
            self._show(CheckResults(text))
        search, verdicts, store = self.ctx.search, self.ctx.verdicts, self.ctx.store
        self.ctx.background.submit(lambda: load_results(search, verdicts, store, text, lang),
                                   lambda found: self._loaded(ticket, lang, found),
                                   lambda exc: self._failed(ticket, exc))

    def _loaded(self, ticket: int, lang: str, found: CheckResults) -> None:
        if lang == self.lang and self._hotline != (lang, found.hotline):
            # Taken from any answer in this language, even one dropped below: a failed read still offers it.
            self._hotline = (lang, found.hotline)
            if ticket != self._loads:
                self._show(self._shown)
        if ticket != self._loads:
            return  # a later keystroke (or language, or content) is being searched
        self._answered(found)

    def _failed(self, ticket: int, exc: Exception) -> None:
        if ticket != self._loads:
            return
        log.error("the licence search could not be read: %s", exc)
        self._answered(CheckResults(self.field.text(), failed=True))

    def _answered(self, found: CheckResults) -> None:
        """Show the answer for the text typed last. Audio-first reads the screen again when the answer to
        entering changed what it says (kiosk.shell.audio_first); an Enter pressed meanwhile acts now."""
        self.loading = False
        before = self.speech_text()
        self._show(found)
        if self._announce:
            self._announce = False
            if self.speech_text() != before:
                self.loaded.emit()
        if self._enter_for == self._loads:
            self._enter_for = 0
            if not found.failed:
                self._open_best()

    def _show(self, found: CheckResults) -> None:
        """Re-label the row pool with `found` (no I/O: called per answer, resize and language change)."""
        self._shown = found
        self._matches = [match for match, _status in found.rows]
        for tile, (match, status) in zip(self.rows, found.rows, strict=False):
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
        lang, hotline = self._hotline
        if lang != self.lang:
            hotline = None  # read in another language: none until this language's is read
        if self._hotline_for != (hotline, self.lang):  # its fallback note is in the screen's language
            self._hotline_for = (hotline, self.lang)
            self.hotline.set_contact(hotline)
        self._has_hotline = hotline is not None and bool(hotline.phone)
        text = found.text.strip()
        self._arrange(typed=bool(text))
        searched = len(text) >= 2
        self.none_label.setVisible(found.failed or (searched and not self._matches))
        if found.failed:  # the verdict screen's words for the same failure
            self.none_label.setText(QCoreApplication.translate(
                "VerdictScreen", "The licence cannot be checked right now. Please try again in a minute."))
        else:
            self.none_label.setText(
                self.tr("No licensed agency and no warning matches “{text}”.").format(text=typed_text(text))
            )
        self.none_button.setVisible(searched and not found.failed)

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
        self._show(self._shown)  # laid out again for this orientation: nothing is read again
        super().resizeEvent(event)

    def _open(self, tile: Tile) -> None:
        self.ctx.navigator.go("verdict", kind=tile.property("kind"), ref=tile.property("ref"))

    def _open_best(self) -> None:
        if self.loading:
            self._enter_for = self._loads  # the answer for the text typed is on its way: act on that
            return
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
        self._enter_for = 0
        self.field.setText("")  # setText also clears the undo history: nothing typed can be brought back
        self._search("")

    def speech_text(self) -> str:
        spoken = [self.header.title.text(), self.lead.text()]
        spoken += [t.accessibleName() for t in self.rows if t.isVisible()]
        if self.none_label.isVisible():
            spoken.append(self.none_label.text())
        return ". ".join(spoken)
