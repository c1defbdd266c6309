"""Home: checking an agency first and largest, beside it the switch that reads every screen aloud, the
urgent-alert banner, then a tile per other task.

The tasks are a declared list (`TASKS`): a new entry joins Home with one line there (plus its strings in
the translations). Home fills the screen in landscape and portrait: the hero takes a fixed share and the
other tiles' rows share the rest. The read-aloud switch sits beside the hero on a wide screen and below it
on a narrow one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QWidget

from kiosk.services.store import Alert
from kiosk.shell.i18n import QT_TRANSLATE_NOOP
from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.audio_toggle import AudioToggle
from screens.widgets.banner import Banner
from screens.widgets.labels import fallback_note
from screens.widgets.tile import Tile, TileGrid


@dataclass(frozen=True)
class Task:
    """One thing a traveller can do from Home: the screen it opens, its icon (kiosk/services/icons.py) and
    its words (marked for translation in the "HomeScreen" context)."""

    screen: str
    icon: str
    title: str
    text: str


# The main task, shown first and largest.
PRIMARY = Task(
    "check",
    "check",
    str(QT_TRANSLATE_NOOP("HomeScreen", "Check an agency")),
    str(QT_TRANSLATE_NOOP("HomeScreen", "Is the agency that recruited you licensed?")),
)
# The other tasks, in the order a traveller needs them.
TASKS: list[Task] = [
    Task("alerts", "alert", str(QT_TRANSLATE_NOOP("HomeScreen", "Fraud warnings")),
         str(QT_TRANSLATE_NOOP("HomeScreen", "How people are cheated, and how to stay safe"))),
    Task("topics", "rights", str(QT_TRANSLATE_NOOP("HomeScreen", "Your rights and legal work")),
         str(QT_TRANSLATE_NOOP("HomeScreen", "Fees, contracts, passports, legal ways to work abroad"))),
    Task("countries", "country", str(QT_TRANSLATE_NOOP("HomeScreen", "Country guides")),
         str(QT_TRANSLATE_NOOP("HomeScreen", "Entry rules, documents and scams, country by country"))),
    Task("red_flags", "red_flags", str(QT_TRANSLATE_NOOP("HomeScreen", "Is this job offer safe?")),
         str(QT_TRANSLATE_NOOP("HomeScreen", "Answer a few questions: see the warning signs"))),
    Task("ask", "question", str(QT_TRANSLATE_NOOP("HomeScreen", "Ask a question")),
         str(QT_TRANSLATE_NOOP("HomeScreen", "Answers from checked information, in any language"))),
    Task("one_stop", "vacancies", str(QT_TRANSLATE_NOOP("HomeScreen", "Jobs, centres and services")),
         str(QT_TRANSLATE_NOOP("HomeScreen", "Verified vacancies, a call back, offices, the platform"))),
    Task("report", "report", str(QT_TRANSLATE_NOOP("HomeScreen", "Report fraud")),
         str(QT_TRANSLATE_NOOP("HomeScreen", "Tell the agency about a fake recruiter"))),
    Task("contacts", "help", str(QT_TRANSLATE_NOOP("HomeScreen", "Help and hotlines")),
         str(QT_TRANSLATE_NOOP("HomeScreen", "Whom to call at home and abroad"))),
]


WIDE_PX = 1500  # narrower than this (a portrait screen), the read-aloud switch goes below the hero


def _tr(text: str) -> str:
    return QCoreApplication.translate("HomeScreen", text)


class HomeScreen(PageScreen):
    READS_ON_WORKER = True

    def __init__(self, ctx: ScreenContext, tasks: list[Task] | None = None) -> None:
        super().__init__(ctx)
        self.tasks = list(TASKS if tasks is None else tasks)
        self.hero = Tile("", "", PRIMARY.icon, icon_px=96, centred=True)
        self.hero.setObjectName("HeroTile")
        self.hero.setProperty("target", PRIMARY.screen)
        self.hero.setMinimumHeight(160)
        self.hero.clicked.connect(lambda: self.ctx.navigator.go(PRIMARY.screen))
        self.audio_toggle = AudioToggle()
        self.audio_toggle.toggled.connect(ctx.speech.set_audio_first)
        ctx.speech.audio_first_changed.connect(self._show_audio_state)
        ctx.speech.voices_changed.connect(self._show_audio_state)
        self.top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.top.setSpacing(20)
        self.top.addWidget(self.hero, 3)
        self.top.addWidget(self.audio_toggle, 2)
        self.body.addLayout(self.top, 2)
        self.banner = Banner()
        self.banner.clicked.connect(self._open_banner_alert)
        self.body.addWidget(self.banner)
        self.grid = TileGrid(min_width=400, max_columns=4, fill=True)
        self.grid.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.body.addWidget(self.grid, 5)
        self._banner_alert: str | None = None
        self.header.back_button.hide()
        self.header.home_button.hide()

    def enter(self, **params: Any) -> None:
        """Focus starts on the main task: a keypad's Enter checks an agency. Left to Qt, the focus went to
        the first focusable widget, the header's Finish button, and its ring drew the eye there."""
        super().enter(**params)
        self.hero.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("How can we help you?"))
        self.hero.title.setText(_tr(PRIMARY.title))
        self.hero.text.setText(_tr(PRIMARY.text))
        self.hero.text.show()
        self.hero.setAccessibleName(_tr(PRIMARY.title))
        self.hero.setAccessibleDescription(_tr(PRIMARY.text))
        self._show_audio_state()
        tiles: list[QWidget] = []
        for task in self.tasks:
            tile = Tile(_tr(task.title), _tr(task.text), task.icon, icon_px=64, centred=True)
            tile.setProperty("target", task.screen)
            tile.setAccessibleDescription(_tr(task.text))  # read with the title when the keypad reaches it
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            tile.clicked.connect(lambda s=task.screen: self.ctx.navigator.go(s))
            tiles.append(tile)
        self.grid.set_tiles(tiles)
        # The banner is read on the worker; until the answer is here the one shown before stays (no jump
        # of the tiles on every language change), and a read that fails leaves it out.
        store, lang = self.ctx.store, self.lang
        self.load_content(lambda: next((a for a in store.alerts(lang) if a.severity == "urgent"), None),
                          self._show_banner, waiting=False, left_out=lambda: self._show_banner(None))

    def _show_banner(self, urgent: Alert | None) -> None:
        self._banner_alert = urgent.id if urgent else None
        self.banner.setVisible(urgent is not None)
        if urgent is not None:
            self.banner.set_texts(self.tr("URGENT WARNING"), urgent.title, self.tr("Read ›"),
                                  fallback_note(urgent.fallback))

    def _show_audio_state(self) -> None:
        self.audio_toggle.set_state(self.ctx.speech.audio_first, self.ctx.speech.available(self.lang))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Beside the hero on a wide screen; below it, full width, on a narrow (portrait) one."""
        wide = self.width() >= WIDE_PX
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.top.direction() != direction:
            self.top.setDirection(direction)
            self.top.setStretchFactor(self.audio_toggle, 2 if wide else 0)
        super().resizeEvent(event)

    def tiles(self) -> list[QWidget]:
        """Every task tile in reading order, the main task first."""
        return [self.hero, *self.grid.tiles()]

    def _open_banner_alert(self) -> None:
        if self._banner_alert:
            self.ctx.navigator.go("alert", alert_id=self._banner_alert)

    def speech_text(self) -> str:
        parts = [self.header.title.text()]
        if self.banner.isVisible():
            parts.append(f"{self.banner.kicker.text()}. {self.banner.title.text()}")
            if self.banner.note.isVisibleTo(self.banner):
                parts.append(self.banner.note.text())
        parts += [t.accessibleName() for t in self.tiles()]
        if self.audio_toggle.available:
            parts.append(f"{self.audio_toggle.accessibleName()}: {self.audio_toggle.pill.text()}")
        return ". ".join(parts)
