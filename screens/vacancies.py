"""Verified vacancies: job orders of licensed agencies, by destination and occupation.

Big chips filter by country and by occupation; the search field (with the on-screen keyboard) narrows the
list as the traveller types, forgiving a typo and either alphabet (content/search/vacancy_find.py, the
licence search's fold). Which vacancies exist at all is the store's decision: only those whose agency is
licensed today in a fresh registry and whose closing date has not passed (content/vacancies.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from content.search.vacancy_find import PAGE, VacancyFinder, indices
from kiosk.services.locale_text import country_name, long_date
from kiosk.services.store import Vacancy
from screens.base import PageScreen
from screens.context import ScreenContext
from screens.reader import PORTRAIT_BELOW
from screens.widgets.keyboard import OnScreenKeyboard
from screens.widgets.labels import text_label
from screens.widgets.tile import Tile, TileGrid
from screens.widgets.vacancy_text import occupation_name, wage_range

ALL = "all"
FILTERS_WIDTH = 860  # the chips' column in landscape: two chips a row, long country names included
MAX_SHOWN = PAGE  # cards made per keystroke; the count says how many more the filters would reveal


def _chip(text: str, key: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("Chip")
    button.setCheckable(True)
    button.setProperty("key", key)
    button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    return button


class VacanciesScreen(PageScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        bar = QWidget()
        column = QVBoxLayout(bar)
        column.setContentsMargins(40, 16, 40, 0)
        column.setSpacing(12)
        self.lead = text_label("", "Lead")
        column.addWidget(self.lead)
        self.field = QLineEdit()
        self.field.setObjectName("SearchField")
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.setMaxLength(100)
        self.field.textChanged.connect(lambda _text: self._show())
        column.addWidget(self.field)
        outer = self.layout()
        outer.insertWidget(outer.indexOf(self.language_bar) + 1, bar)  # type: ignore[union-attr]
        # The chips scroll with the list, beside it in landscape and above it in portrait, so that the first
        # vacancies are in view at 1920x1080 and at 1080x1920 (a fixed bar of two chip grids left none).
        self.split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.split.setSpacing(32)
        self.filters = QWidget()
        filters = QVBoxLayout(self.filters)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(12)
        self.country_grid = TileGrid(min_width=240, max_columns=4)
        self.countries = QButtonGroup(self)
        filters.addWidget(self.country_grid)
        self.job_grid = TileGrid(min_width=240, max_columns=4)
        self.jobs = QButtonGroup(self)
        filters.addWidget(self.job_grid)
        filters.addStretch(1)
        results = QWidget()
        column = QVBoxLayout(results)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        self.notice = text_label("", "Lead")
        column.addWidget(self.notice)
        self.list = QVBoxLayout()
        self.list.setSpacing(14)
        column.addLayout(self.list)
        column.addStretch(1)
        self.split.addWidget(self.filters, 0)
        self.split.addWidget(results, 1)
        self.body.addLayout(self.split)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.field)
        self.outer.insertWidget(self.outer.count() - 1, self.keyboard)
        # The keyboard comes up when the traveller taps the search field and goes when a chip is tapped:
        # always on screen it would cover the job chips and every vacancy at 1920x1080.
        self.keyboard.hide()
        self.field.installEventFilter(self)
        self.countries.buttonClicked.connect(lambda _b: self._chip_tapped())
        self.jobs.buttonClicked.connect(lambda _b: self._chip_tapped())
        self._all: list[Vacancy] = []
        self._finder = VacancyFinder([])
        self._chip_masks: dict[tuple[str, str], int] = {}
        self._tiles: list[Tile] = []
        self._stale = False
        self._is_sample = False
        self._speech = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            self.keyboard.show()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        portrait = self.width() < PORTRAIT_BELOW
        self.split.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                else QBoxLayout.Direction.LeftToRight)
        if portrait:
            self.filters.setMinimumWidth(0)
            self.filters.setMaximumWidth(16777215)
        else:
            self.filters.setFixedWidth(FILTERS_WIDTH)
        super().resizeEvent(event)

    def _chip_tapped(self) -> None:
        self.keyboard.hide()
        self._show()

    def enter(self, **params: object) -> None:
        self.keyboard.hide()
        self.field.clear()
        super().enter(**params)
        self.keyboard.set_layout_for_language(self.lang)

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Verified vacancies"))
        self.lead.setText(self.tr("Jobs abroad from licensed agencies only. Tap one for the details and a "
                                  "code to apply on the platform."))
        self.field.setPlaceholderText(self.tr("Search: job, employer or country"))
        today = self.ctx.clock().astimezone().date()
        self._stale = self.ctx.verdicts.freshness().stale
        self._all = self.ctx.store.vacancies(today, stale=self._stale)
        self._is_sample = self.ctx.store.info().sample
        lang = self.lang
        self._finder = VacancyFinder([
            " ".join((v.employer, occupation_name(v.occupation), country_name(v.country, lang),
                      country_name(v.country, "en"), v.occupation, v.country)) for v in self._all])
        # Each chip's vacancies as a bitset (content/search/vacancy_find.py): a keystroke combines them.
        self._chip_masks = {}
        for index, v in enumerate(self._all):
            for chip in (("country", v.country), ("job", v.occupation)):
                self._chip_masks[chip] = self._chip_masks.get(chip, 0) | 1 << index
        wanted_country = str(self.params.get("country") or ALL)
        self._fill(self.countries, self.country_grid, wanted_country,
                   [(c, country_name(c, lang)) for c in sorted({v.country for v in self._all},
                                                              key=lambda c: country_name(c, lang))])
        self._fill(self.jobs, self.job_grid, ALL,
                   [(o, occupation_name(o)) for o in sorted({v.occupation for v in self._all},
                                                            key=occupation_name)])
        self._show()

    def _fill(self, group: QButtonGroup, grid: TileGrid, chosen: str, options: list[tuple[str, str]]) -> None:
        for button in group.buttons():
            group.removeButton(button)
        keys = {key for key, _ in options}
        for key, text in [(ALL, self.tr("All")), *options]:
            button = _chip(text, key)
            button.setChecked(key == (chosen if chosen in keys else ALL))
            group.addButton(button)
        grid.set_tiles(group.buttons())

    @staticmethod
    def _chosen(group: QButtonGroup) -> str:
        button = group.checkedButton()
        return str(button.property("key")) if button is not None else ALL

    def _within(self) -> int:
        """The vacancies the chips leave, as a bitset."""
        within = self._finder.everything
        for name, group in (("country", self.countries), ("job", self.jobs)):
            chosen = self._chosen(group)
            if chosen != ALL:
                within &= self._chip_masks.get((name, chosen), 0)
        return within

    def shown(self) -> list[Vacancy]:
        """The vacancies the filters and the search leave, in list order."""
        return [self._all[i] for i in indices(self._finder.mask(self.field.text()) & self._within())]

    def _show(self) -> None:
        # Per keystroke: a few bitset operations and the first page, not a pass over every vacancy.
        page = self._finder.page(self.field.text(), self._within(), MAX_SHOWN)
        shown = [self._all[i] for i in page.first]
        for tile in self._tiles:
            tile.hide()
            tile.deleteLater()
        self._tiles = []
        lang = self.lang
        for v in shown:
            title = f"{occupation_name(v.occupation)} — {country_name(v.country, lang)}"
            text = " · ".join((v.employer, self.tr("{wage} a month").format(
                wage=wage_range(v.wage_min, v.wage_max, v.currency, lang)),
                self.tr("closes {date}").format(date=long_date(v.closes_on, lang))))
            tile = Tile(title, text, "vacancies", sample_text=self.tr("SAMPLE") if self._is_sample else "",
                        icon_px=44)
            tile.setProperty("vacancy", v.id)
            tile.clicked.connect(lambda vid=v.id: self.ctx.navigator.go("vacancy", id=vid))
            self.list.addWidget(tile)
            self._tiles.append(tile)
        # With no vacancy open at all (every one closed, or none published yet) the chips and the search
        # would offer choices that lead nowhere.
        self.filters.setVisible(bool(self._all))
        self.field.setVisible(bool(self._all))
        if self._stale:
            note = self.tr("Vacancies are hidden until this kiosk's registry data is up to date: the "
                           "agencies' licences cannot be confirmed.")
        elif not self._all:
            note = self.tr("No vacancies are open at the moment.")
        elif not page.count:
            note = self.tr("No vacancy matches. Try another country or job.")
        elif page.count > MAX_SHOWN:
            note = self.tr("{shown} of {total} vacancies. Choose a country or a job to see the rest.").format(
                shown=MAX_SHOWN, total=page.count)
        else:
            note = ""
        self.notice.setText(note)
        self.notice.setVisible(bool(note))
        self._speech = ". ".join([self.lead.text(), note, *(t.title.text() for t in self._tiles)])

    def tiles(self) -> list[Tile]:
        return list(self._tiles)

    def speech_text(self) -> str:
        return self._speech
