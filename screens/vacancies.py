"""Verified vacancies: job orders of licensed agencies, by destination and occupation.

Big chips filter by country and by occupation; the search field (with the on-screen keyboard) narrows the
list as the traveller types, forgiving a typo and either alphabet (content/search/vacancy_find.py, the
licence search's fold). Which vacancies exist at all is the store's decision: only those whose agency is
licensed today in a fresh registry and whose closing date has not passed (content/vacancies.py).

Every entry reads the list on the kiosk's worker (`load_list`: the query, the search index, the chips'
bitsets; 10,000 job orders took 1.4 s on the UI thread at load 16) while the screen says it is loading;
only the answer for the latest entry is shown. A keystroke then only combines bitsets on the UI thread.

The cards are what a keystroke costs on the UI thread (setting their text, the word-wrapped labels'
height-for-width layout, repainting the list), not the search. So: a pool of cards made once per list and
given new words only when their vacancy changes; only the first `FIRST_PAGE` of the matches are realised,
more a page at a time when the traveller asks ("Show more"); and keystrokes are coalesced to one update
per event-loop turn, the latest text winning, so a burst of typing never paints a result already typed
over. With 20 cards realised, the slowest keystrokes took 35 ms of UI-thread CPU at 10,000 vacancies.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from content.collation import collated
from content.search.vacancy_find import VacancyFinder, indices
from kiosk.services.locale_text import country_name, long_date
from kiosk.services.store import Contact, ContentStore, Vacancy
from kiosk.services.verdicts import VerdictService
from screens.base import PageScreen
from screens.context import ScreenContext
from screens.reader import PORTRAIT_BELOW
from screens.widgets.chip_bar import ALL, ChipBar
from screens.widgets.keyboard import OnScreenKeyboard
from screens.widgets.labels import text_label, typed_text
from screens.widgets.tile import Tile
from screens.widgets.vacancy_help import FAILED, LATER, LOADING, NONE_OPEN, VacancyHelp
from screens.widgets.vacancy_text import occupation_name, wage_range

log = logging.getLogger(__name__)
FILTERS_WIDTH = 860  # the chips' column in landscape: two chips a row, long country names included
FIRST_PAGE = 8  # cards realised at once: more than fill the list's part of the screen in either orientation
MORE = 8  # cards added by "Show more"
MAX_CARDS = 96  # past this many, the chips and the search narrow the list instead of "Show more"


@dataclass(frozen=True)
class VacancyList:
    """What one entry to the screen shows, read and indexed off the UI thread by `load_list`."""

    lang: str
    stale: bool
    sample: bool
    vacancies: list[Vacancy] = field(default_factory=list)
    finder: VacancyFinder = field(default_factory=lambda: VacancyFinder([]))
    chip_masks: dict[tuple[str, str], int] = field(default_factory=dict)  # ("country"|"job", key) -> bits
    countries: list[tuple[str, str]] = field(default_factory=list)  # (code, name), in the list's order
    jobs: list[tuple[str, str]] = field(default_factory=list)
    verified_on: date | None = None  # the day the registry was last known current (said when it is stale)
    hotline: Contact | None = None  # offered when no vacancy can be shown


def load_list(store: ContentStore, verdicts: VerdictService, today: date, lang: str) -> VacancyList:
    """The vacancies a traveller may see today, in the list's order, with their search index and each chip's
    vacancies as a bitset. Runs on the worker: it reads the database and touches no widget (the
    occupation names come from Qt's translators, which may be read from any thread)."""
    freshness = verdicts.freshness()
    stale = freshness.stale
    sample = store.info().sample
    shown = store.vacancies(today, stale=stale, lang=lang, occupation_name=occupation_name)
    finder = VacancyFinder([
        " ".join((v.employer, occupation_name(v.occupation), country_name(v.country, lang),
                  country_name(v.country, "en"), v.occupation, v.country)) for v in shown])
    masks: dict[tuple[str, str], int] = {}
    for index, v in enumerate(shown):
        for chip in (("country", v.country), ("job", v.occupation)):
            masks[chip] = masks.get(chip, 0) | 1 << index
    countries = list(dict.fromkeys(v.country for v in shown))  # the list is ordered by country name
    jobs = {occupation_name(o): o for o in {v.occupation for v in shown}}
    return VacancyList(lang, stale, sample, shown, finder, masks,
                       [(c, country_name(c, lang)) for c in countries],
                       [(jobs[name], name) for name in collated(jobs, lang)],
                       freshness.verified_at.astimezone().date() if freshness.verified_at else None,
                       store.hotline(lang))


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
        # Typing is coalesced: the list follows the field once per event-loop turn, with its latest text.
        self._typed = QTimer(self)
        self._typed.setSingleShot(True)
        self._typed.setInterval(0)
        self._typed.timeout.connect(self._show)
        self.field.textChanged.connect(lambda _text: self._query_changed())
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
        self.countries = ChipBar(min_width=240, max_columns=4)
        filters.addWidget(self.countries)
        self.jobs = ChipBar(min_width=240, max_columns=4)
        filters.addWidget(self.jobs)
        filters.addStretch(1)
        results = QWidget()
        column = QVBoxLayout(results)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        # With no list (loading, out of date), what is said instead sits in the middle of the page, not at
        # the top of an empty one: this spacer and the stretch at the end share the rest.
        self._above = QWidget()
        self._above.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._above.hide()
        column.addWidget(self._above, 1)
        self.notice = text_label("", "Lead")
        column.addWidget(self.notice)
        # Where the list will be, while there is none: why, since when, and what to do instead.
        self.help = VacancyHelp()
        self.help.check_clicked.connect(lambda: self.ctx.navigator.go("check"))
        self.help.callback_clicked.connect(lambda: self.ctx.navigator.go(
            "callback" if self.ctx.navigator.has("callback") else "contacts"))
        self.help.hide()
        column.addWidget(self.help)
        self._help_shown: tuple[object, ...] = ()
        self.list = QVBoxLayout()
        self.list.setSpacing(14)
        column.addLayout(self.list)
        self.more = QPushButton()
        self.more.setObjectName("SecondaryButton")
        self.more.clicked.connect(self._show_more)
        self.more.hide()
        column.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
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
        self.countries.chosen_changed.connect(lambda _key: self._chip_tapped())
        self.jobs.chosen_changed.connect(lambda _key: self._chip_tapped())
        self._list = VacancyList("", stale=False, sample=False)
        self._loads = 0  # entries so far: an answer for an earlier one is dropped
        self._limit = FIRST_PAGE  # cards the traveller has asked to see for the current filters
        self.loading = False
        self._tiles: list[Tile] = []  # the cards on screen, in order
        self._pool: list[Tile] = []  # every card made for the list being shown (the first `_tiles` of them)
        self._card_words: dict[str, tuple[str, str]] = {}
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
        self._limit = FIRST_PAGE
        self._show()

    def _query_changed(self) -> None:
        self._limit = FIRST_PAGE
        self._typed.start()

    def _show_more(self) -> None:
        self._limit = min(MAX_CARDS, self._limit + MORE)
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
        self.load()

    def begin_loading(self) -> int:
        """Say the list is being read (no chips, no list) and drop any answer still on its way; returns
        the ticket of the read that may answer now."""
        self._loads += 1
        self.loading = True
        self._list = VacancyList(self.lang, stale=False, sample=False)
        self._limit = FIRST_PAGE
        self._drop_cards()  # made for the list read before (another language, day or content)
        self._show()
        return self._loads

    def load(self) -> None:
        """Read the list again on the worker; until it is here the screen says so."""
        ticket, lang = self.begin_loading(), self.lang
        today = self.ctx.clock().astimezone().date()
        store, verdicts = self.ctx.store, self.ctx.verdicts
        self.ctx.background.submit(lambda: load_list(store, verdicts, today, lang),
                                   lambda found: self._loaded(ticket, found),
                                   lambda exc: self._failed(ticket, exc))

    def _loaded(self, ticket: int, found: VacancyList) -> None:
        if ticket != self._loads:
            return  # a later entry (another language or day) is being read
        self.loading = False
        self._list = found
        self.countries.set_options(self.tr("All countries"), found.countries,
                                   str(self.params.get("country") or ALL))
        self.jobs.set_options(self.tr("All jobs"), found.jobs)
        self._show()
        self.loaded.emit()  # audio-first reads the list now, not only "Loading vacancies…"

    def _failed(self, ticket: int, exc: Exception) -> None:
        if ticket != self._loads:
            return
        log.error("vacancies could not be read: %s", exc)
        self.loading = False
        self._list = VacancyList(self.lang, stale=False, sample=False)
        self._show(failed=True)
        self.loaded.emit()

    def _within(self) -> int:
        """The vacancies the chips leave, as a bitset."""
        within = self._list.finder.everything
        for name, bar in (("country", self.countries), ("job", self.jobs)):
            chosen = bar.chosen()
            if chosen != ALL:
                within &= self._list.chip_masks.get((name, chosen), 0)
        return within

    def shown(self) -> list[Vacancy]:
        """The vacancies the filters and the search leave, in list order."""
        everything = self._list.vacancies
        return [everything[i] for i in indices(self._list.finder.mask(self.field.text()) & self._within())]

    def _show(self, failed: bool = False) -> None:
        # Per keystroke: a few bitset operations and the first page, not a pass over every vacancy; the
        # page's cards are the ones already made where they exist (`_cards_for`), and an unchanged page
        # (most keystrokes once a word is typed) touches no widget.
        self._typed.stop()  # shown now: a keystroke still waiting for its turn has nothing left to do
        page = self._list.finder.page(self.field.text(), self._within(), self._limit)
        shown = [self._list.vacancies[i] for i in page.first]
        if [t.property("vacancy") for t in self._tiles] != [v.id for v in shown]:
            self._tiles = self._cards_for(shown)
        # With no vacancy open at all (every one closed, or none published yet) the chips and the search
        # would offer choices that lead nowhere.
        self.filters.setVisible(bool(self._list.vacancies))
        self.field.setVisible(bool(self._list.vacancies))
        if self.loading:
            note = self.tr("Loading vacancies…")
        elif failed:
            note = self.tr("Vacancies cannot be shown right now. Please try again in a minute.")
        elif self._list.stale:
            note = self.tr("Vacancies are hidden until this kiosk's registry data is up to date: the "
                           "agencies' licences cannot be confirmed.")
        elif not self._list.vacancies:
            note = self.tr("No vacancies are open at the moment.")
        elif not page.count:
            note = self._no_match()
        elif page.count > len(shown):
            note = self.tr("{shown} of {total} vacancies. Choose a country or a job to see the rest.").format(
                shown=len(shown), total=page.count)
        else:
            note = ""
        if note != self.notice.text():
            self.notice.setText(note)
        self.notice.setVisible(bool(note))
        self._show_help(LOADING if self.loading else FAILED if failed else LATER if self._list.stale
                        else NONE_OPEN if not self._list.vacancies else "")
        more = min(MORE, page.count - len(shown)) if len(shown) < MAX_CARDS else 0
        if more > 0:
            self.more.setText(self.tr("Show more vacancies"))
        self.more.setVisible(more > 0)
        help_texts = self.help.texts() if self.help.isVisibleTo(self) else []
        titles = [t.title.text() for t in self._tiles]
        self._speech = ". ".join([self.lead.text(), note, *help_texts, *titles])

    def _show_help(self, state: str) -> None:
        """The panel in place of the list (`state` "" hides it); made again only when what it says changes."""
        shown = (state, self.lang, self._list.verified_on, self._list.hotline)
        if state and shown != self._help_shown:
            self.help.show_state(state, self.lang, self._list.verified_on, self._list.hotline)
        self._help_shown = shown
        self.help.setVisible(bool(state))
        self._above.setVisible(bool(state))

    def _no_match(self) -> str:
        """Why nothing is shown, in words that say what to change: the typed text matches no vacancy at all,
        the chosen country and job have none together, or each finds some but not the same ones."""
        text = self.field.text().strip()
        if text and not self._list.finder.mask(text):
            return self.tr("No vacancy matches “{text}”. Check the spelling, or search for a job, an "
                           "employer or a country.").format(text=typed_text(text))
        if not text or not self._within():
            return self.tr("No vacancy for this job in this country. Choose another country or job.")
        return self.tr("“{text}” is found only in other countries or jobs. Choose “{countries}” or "
                       "“{jobs}” to see those vacancies.").format(
            text=typed_text(text), countries=self.tr("All countries"), jobs=self.tr("All jobs"))

    def _cards_for(self, shown: list[Vacancy]) -> list[Tile]:
        """The page's cards: the screen's own cards with new words (a card is made once per list read, not
        per keystroke; making 20 was most of a keystroke's time on the UI thread)."""
        while len(self._pool) < len(shown):
            tile = Tile("", "", "vacancies", sample_text=self.tr("SAMPLE") if self._list.sample else "",
                        icon_px=44)
            tile.clicked.connect(lambda t=tile: self.ctx.navigator.go("vacancy", id=t.property("vacancy")))
            self.list.addWidget(tile)
            self._pool.append(tile)
        for tile, v in zip(self._pool, shown, strict=False):
            if tile.property("vacancy") != v.id:
                title, text = self._words(v)
                tile.title.setText(title)
                tile.text.setText(text)
                tile.text.setVisible(True)
                tile.setAccessibleName(title)
                tile.setProperty("vacancy", v.id)
            tile.show()
        for tile in self._pool[len(shown):]:
            tile.hide()
        return self._pool[:len(shown)]

    def _words(self, v: Vacancy) -> tuple[str, str]:
        """A card's title and line, in the list's language (remembered while the list is shown)."""
        words = self._card_words.get(v.id)
        if words is None:
            lang = self._list.lang
            text = " · ".join((v.employer, self.tr("{wage} a month").format(
                wage=wage_range(v.wage_min, v.wage_max, v.currency, lang)),
                self.tr("closes {date}").format(date=long_date(v.closes_on, lang))))
            title = f"{occupation_name(v.occupation)} — {country_name(v.country, lang)}"
            words = self._card_words[v.id] = (title, text)
        return words

    def _drop_cards(self) -> None:
        for tile in self._pool:
            self.list.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self._pool, self._tiles = [], []
        self._card_words.clear()

    def reset(self) -> None:
        """Forget the search typed (setText also clears the field's undo history) and what it found: the
        next traveller's list starts from every vacancy."""
        super().reset()
        self.keyboard.hide()
        self.field.setText("")
        self._show()

    def tiles(self) -> list[Tile]:
        return list(self._tiles)

    def speech_text(self) -> str:
        return self._speech
