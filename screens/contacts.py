"""Help and hotlines: whom to call, grouped by kind. A number is shown in big digits that never wrap, and
its QR code saves the contact on a phone (MECARD) without internet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from content.phone_codes import mecard
from kiosk.services.store import Contact
from screens.base import PageScreen, clear_layout
from screens.context import ScreenContext
from screens.widgets.flow import FlowLayout
from screens.widgets.labels import add_sample_badge, list_fallback_note, text_label
from screens.widgets.qr_card import QrCard
from screens.widgets.tile import TileGrid

QR_PX = 128  # 150 px made each card taller than its text and pushed the second row below the fold


def contact_qr(contact: Contact, sample_word: str) -> str:
    """A contact card a phone saves offline when there is a number; else the web address. A sample
    contact's name carries `sample_word` ("SAMPLE" in the traveller's language): in the phone's address
    book it is far from the kiosk's SAMPLE strip."""
    if contact.phone:
        name = f"{contact.name} ({sample_word})" if contact.sample else contact.name
        return mecard(name, contact.phone, contact.url)
    return contact.url or ""


class ContactsScreen(PageScreen):
    READS_ON_WORKER = True

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.lead = text_label("", "Lead")
        self.body.addWidget(self.lead)
        self.language_note = text_label("", "Muted")  # once for the list, not on every card
        self.body.addWidget(self.language_note)
        # Someone who cannot call (no credit, no local SIM yet) can ask the situation centre to call them.
        self.callback_button = QPushButton()
        self.callback_button.clicked.connect(lambda: ctx.navigator.go("callback"))
        self.body.addWidget(self.callback_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Help in person, and the platform's services, sit beside whom to call.
        self.offices_button = QPushButton()
        self.offices_button.setObjectName("SecondaryButton")
        self.offices_button.clicked.connect(lambda: ctx.navigator.go("offices"))
        self.services_button = QPushButton()
        self.services_button.setObjectName("SecondaryButton")
        self.services_button.clicked.connect(lambda: ctx.navigator.go("services"))
        # Side by side: stacked, the three buttons left only two contact cards in view at 1920x1080.
        # They wrap when the largest text makes them wider than a portrait display.
        in_person = QWidget()
        flow = FlowLayout(in_person)
        for button in (self.offices_button, self.services_button):
            flow.addWidget(button)
        self.body.addWidget(in_person)
        self.list = QVBoxLayout()
        self.list.setSpacing(16)
        self.body.addLayout(self.list)
        self.body.addStretch(1)
        self._speech = ""

    def _category(self, key: str) -> str:
        return {
            "agency": self.tr("Migration Agency"),
            "consulate": self.tr("Embassies and consulates"),
            "international": self.tr("International organisations"),
            "emergency": self.tr("Emergencies"),
        }.get(key, key)

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Help and hotlines"))
        self.lead.setText(self.tr("Save a contact before you fly: scan its code with your phone."))
        self.callback_button.setText(self.tr("☎ Call me back: leave your number"))
        self.offices_button.setText(self.tr("Centres and offices"))
        self.services_button.setText(self.tr("Platform services"))
        clear_layout(self.list)
        self.language_note.hide()
        self._speech = ""
        store, lang = self.ctx.store, self.lang
        self.load_content(lambda: store.contacts(lang), self._show)

    def _show(self, everyone: list[Contact]) -> None:
        spoken = [self.header.title.text()]
        groups: dict[str, list[Contact]] = {}
        for contact in everyone:
            groups.setdefault(contact.category, []).append(contact)
        self.language_note.setText(list_fallback_note(c.fallback for c in everyone))
        self.language_note.setVisible(bool(self.language_note.text()))
        for category, contacts in groups.items():
            self.list.addWidget(text_label(self._category(category), "SectionTitle"))
            spoken.append(self._category(category))
            grid = TileGrid(min_width=760, max_columns=2)
            grid.set_tiles([self._card(c) for c in contacts])
            self.list.addWidget(grid)
            spoken += [f"{c.name}. {c.description}. {c.phone or ''}" for c in contacts]
        self._speech = ". ".join(spoken)

    def _card(self, contact: Contact) -> QWidget:
        card = QrCard("target", contact.id)
        card.add_text(contact.name, "TileTitle")
        if contact.phone:
            card.add_text(contact.phone, "PhoneNumber", wrap=False)
        card.add_text(contact.description, "TileText")
        card.set_text_language(contact.fallback)  # the list's note says it once for all the cards
        if contact.sample:
            add_sample_badge(card.column, self.tr("SAMPLE"))
        card.column.addStretch(1)
        caption = self.tr("Scan to save") if contact.phone else self.tr("Scan to open")
        card.add_qr(contact_qr(contact, self.tr("SAMPLE")), caption, QR_PX)
        return card

    def speech_text(self) -> str:
        # Until the contacts are shown: the title, and that they are loading (or cannot be shown).
        return self._speech or ". ".join(filter(None, [self.header.title.text(), self.status_text()]))
