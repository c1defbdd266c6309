"""Centres and offices: where to get help in person, at home by region and abroad by destination country.

Each office shows its address, hours, phone and what it does, with two QR codes: one that dials its number
(`tel:`) and one that opens its place on the phone's map (`geo:`). A mobile visa centre shows the dates of
its visit and disappears once the visit is over. A country guide opens this screen for its country.

Below the offices of one country abroad stand what a traveller needs there when the office is far or closed:
that country's guide (one tap), its emergency numbers, and the agency's hotline with a code that dials it.
Every list ends with the hotline.

The offices, the country guides (the countries' names, one country's guide) and the hotline are read on the
kiosk's worker as the screen opens (`load_offices`, through PageScreen.load_content): a tap on a filter then
only lays out what was read, with no read of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from content.collation import collated
from content.markdown import spoken_text
from content.phone_codes import tel_uri
from content.regions import REGIONS, region_name
from kiosk.services.locale_text import country_name, long_date, place_name
from kiosk.services.store import Contact, ContentStore, Guide, Office
from screens.base import PageScreen, clear_layout
from screens.context import ScreenContext
from screens.reader import markdown_label
from screens.widgets.chip_bar import ALL, ChipBar
from screens.widgets.hotline import HotlinePanel
from screens.widgets.labels import add_sample_badge, list_fallback_note, text_label
from screens.widgets.qr_card import QrCard
from screens.widgets.tile import Tile

HOME = "uz"
QR_SIZE = 160


def _choice(text: str, key: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("Choice")
    button.setCheckable(True)
    button.setProperty("key", key)
    button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # the grid sets the width
    return button


def geo_uri(geo: str) -> str:
    return "geo:" + geo.replace(" ", "")


@dataclass(frozen=True)
class OfficeList:
    """Everything the page shows for any filter, read off the UI thread by `load_offices`."""

    offices: list[Office]
    guides: dict[str, Guide]  # by country: the countries' names, and the guide of the country chosen
    hotline: Contact | None


def load_offices(store: ContentStore, lang: str, today: date) -> OfficeList:
    """The offices open on `today` (a mobile visa centre's ended visit left out), the guides and the hotline
    in `lang`. Runs on the worker: it reads the database and touches no widget."""
    guides = {g.country: g for g in store.guides(lang)}
    return OfficeList(store.offices(lang, today), guides, store.hotline(lang))


class OfficesScreen(PageScreen):
    READS_ON_WORKER = True

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        # The filters stay above the scrolling list: always in reach, and a tap on them is never taken for
        # the start of a scroll.
        bar = QWidget()
        bar_column = QVBoxLayout(bar)
        bar_column.setContentsMargins(40, 20, 40, 0)
        bar_column.setSpacing(16)
        self.lead = text_label("", "Lead")
        bar_column.addWidget(self.lead)
        self.where = QButtonGroup(self)
        row = QHBoxLayout()
        for key in (HOME, "abroad"):
            button = _choice("", key)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.where.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        bar_column.addLayout(row)
        # Room for a region's name in large text.
        self.filters = ChipBar(min_width=420, max_columns=5, style="Choice")
        bar_column.addWidget(self.filters)
        outer = self.layout()
        outer.insertWidget(outer.indexOf(self.language_bar) + 1, bar)  # type: ignore[union-attr]
        self.empty = text_label("", "Lead")
        self.body.addWidget(self.empty)
        self.list = QVBoxLayout()
        self.list.setSpacing(20)
        self.body.addLayout(self.list)
        self.body.addStretch(1)
        self.where.buttonClicked.connect(lambda b: self._show(str(b.property("key")), ALL))
        self.filters.chosen_changed.connect(lambda key: self._show(self._abroad_key(), key))
        self._speech = ""
        self._found: OfficeList | None = None  # what was read for this entry; None until it is here
        self._choice = (HOME, ALL)  # (where, filter) to show: chosen on entry or tapped while it is read

    def _abroad_key(self) -> str:
        button = self.where.checkedButton()
        return str(button.property("key")) if button is not None else HOME

    def enter(self, **params: object) -> None:
        """Always rebuilt: the QR captions measure their height when made, so a text size chosen since
        the last visit needs new cards."""
        self._rendered = None
        super().enter(**params)

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Centres and offices"))
        self.lead.setText(self.tr("Where to get help in person. Scan a code to call, or to find the place on "
                                  "your phone's map."))
        for button in self.where.buttons():
            home = button.property("key") == HOME
            button.setText(self.tr("In Uzbekistan") if home else self.tr("Abroad"))
        country = str(self.params.get("country") or "")
        region = str(self.params.get("region") or ALL)
        # Nothing of the last visit (or language) stays while this one is read: no chips, no cards.
        self._found = None
        self.filters.hide()
        clear_layout(self.list)
        self.empty.hide()
        self._speech = ""
        self._show(*(("abroad", country) if country and country != HOME else (HOME, region)))
        today, store, lang = self.ctx.clock().date(), self.ctx.store, self.lang
        self.load_content(lambda: load_offices(store, lang, today), self._read)

    def _read(self, found: OfficeList) -> None:
        self._found = found
        self._show(*self._choice)

    def _country_names(self, guides: dict[str, Guide]) -> dict[str, str]:
        return {g.country: place_name(g.country, self.lang, g.name, g.fallback) for g in guides.values()}

    def _show(self, where: str, key: str) -> None:
        """Fill the filter choices for `where` (home: regions, abroad: countries) and the list for `key`,
        from what was read for this entry; before it is here, only remember the choice."""
        self._choice = (where, key)
        for button in self.where.buttons():
            button.setChecked(button.property("key") == where)
        if self._found is None:
            return  # `_read` shows this choice once the offices are here
        self.filters.show()
        everything = self._found.offices
        if where == HOME:
            present = {o.region for o in everything if o.country == HOME}
            options = [(r, region_name(r, self.lang)) for r in REGIONS if r in present]
        else:
            names = self._country_names(self._found.guides)
            by_name = {names.get(c) or country_name(c, self.lang): c for c in
                       {o.country for o in everything if o.country != HOME}}
            options = [(by_name[name], name) for name in collated(by_name, self.lang)]  # as the reader reads
        everywhere = self.tr("All regions") if where == HOME else self.tr("All countries")
        self.filters.set_options(everywhere, options, key)
        shown = [o for o in everything if (o.country == HOME) == (where == HOME)
                 and (key == ALL or key in (o.region, o.country))]
        clear_layout(self.list)
        guide = self._found.guides.get(key) if where != HOME and key != ALL else None
        contact = self._found.hotline
        said = {*(o.fallback for o in shown), guide.fallback if guide else None,
                contact.fallback if contact else None}
        note = list_fallback_note(said)
        if note:  # once for the list, not on every card
            self.list.addWidget(text_label(note, "Muted"))
        for office in shown:
            self.list.addWidget(self._card(office))
        self.empty.setText(self.tr("No office is listed here yet.") if not shown else "")
        self.empty.setVisible(not shown)
        more = self._more_help(guide) if guide is not None else []
        hotline = HotlinePanel()
        hotline.set_contact(contact, said)  # said once above the list
        for widget in (*more, hotline):
            self.list.addWidget(widget)
        self._speech = ". ".join([self.header.title.text(), self.lead.text(),
                                  *(f"{o.name}. {o.address}. {o.hours}. {o.does}" for o in shown),
                                  *(w.accessibleName() for w in (*more, hotline) if w.accessibleName())])

    def _more_help(self, guide: Guide) -> list[QWidget]:
        """For one country abroad: its guide, one tap away, and its emergency numbers (from the guide)."""
        name = place_name(guide.country, self.lang, guide.name, guide.fallback)
        title = self.tr("Country guide: {country}").format(country=name)
        tile = Tile(title, guide.summary, "country", flag=guide.country)
        tile.setProperty("target", "guide")
        tile.setAccessibleDescription(guide.summary)
        tile.clicked.connect(lambda c=guide.country: self.ctx.navigator.go("guide", country=c))
        if not guide.emergency.strip():
            return [tile]
        card = QFrame()
        card.setObjectName("Card")
        column = QVBoxLayout(card)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(8)
        heading = self.tr("Emergency numbers")
        column.addWidget(text_label(heading, "SectionTitle"))
        column.addWidget(markdown_label(guide.emergency))
        card.setAccessibleName(f"{heading}. {spoken_text(guide.emergency)}")
        return [tile, card]

    def _kind(self, kind: str) -> str:
        return {
            "regional_office": self.tr("Migration Agency office"),
            "centre": self.tr("Centre"),
            "language_school": self.tr("Language school"),
            "mobile_visa": self.tr("Mobile visa centre"),
            "abroad": self.tr("Office abroad"),
        }.get(kind, kind)

    def _card(self, office: Office) -> QFrame:
        card = QrCard("office", office.id)
        card.add_text(self._kind(office.kind), "Muted")
        card.add_text(office.name, "TileTitle")
        if office.open_from and office.open_until:
            card.add_text(self.tr("Open from {start} to {end}").format(
                start=long_date(office.open_from, self.lang), end=long_date(office.open_until, self.lang)),
                "Lead")
        card.add_text(office.does)
        card.add_text(self.tr("Address: {address}").format(address=office.address))
        card.add_text(self.tr("Hours: {hours}").format(hours=office.hours))
        card.set_text_language(office.fallback)  # the list's note says it once for all the cards
        if office.phone:
            card.add_text(self.tr("Phone: {phone}").format(phone=office.phone), "Lead")
        if office.sample:
            add_sample_badge(card.column, self.tr("SAMPLE"))
        card.add_qr(tel_uri(office.phone) if office.phone else "", self.tr("Scan to call"), QR_SIZE, "tel")
        card.add_qr(geo_uri(office.geo) if office.geo else "", self.tr("Scan for the map"), QR_SIZE, "geo")
        return card

    def cards(self) -> list[QFrame]:
        """The offices' cards shown, in order."""
        return [w for w in self.body_widget.findChildren(QrCard) if w.isVisibleTo(self)]

    def speech_text(self) -> str:
        # Until the offices are shown: the title, the lead, and that they are loading (or cannot be shown).
        return self._speech or ". ".join(filter(None, [self.header.title.text(), self.lead.text(),
                                                       self.status_text()]))
