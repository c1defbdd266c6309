"""Help and hotlines: whom to call, grouped by kind, each with a QR code to keep the contact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from kiosk.services.store import Contact
from screens.base import PageScreen, clear_layout
from screens.context import ScreenContext
from screens.widgets.labels import sample_badge, text_label
from screens.widgets.qr_panel import QrPanel


class ContactsScreen(PageScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.lead = text_label("", "Lead")
        self.body.addWidget(self.lead)
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
        for button in (self.offices_button, self.services_button):
            self.body.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list = QVBoxLayout()
        self.list.setSpacing(20)
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
        spoken = [self.header.title.text()]
        current = None
        for contact in self.ctx.store.contacts(self.lang):
            if contact.category != current:
                current = contact.category
                self.list.addWidget(text_label(self._category(current), "SectionTitle"))
                spoken.append(self._category(current))
            self.list.addWidget(self._card(contact))
            spoken.append(f"{contact.name}. {contact.description}. {contact.phone or ''}")
        self._speech = ". ".join(spoken)

    def _card(self, contact: Contact) -> QFrame:
        card = QFrame()
        card.setObjectName("Card")
        row = QHBoxLayout(card)
        row.setContentsMargins(24, 20, 24, 20)
        row.setSpacing(24)
        column = QVBoxLayout()
        column.addWidget(text_label(contact.name, "TileTitle"))
        column.addWidget(text_label(contact.description))
        if contact.phone:
            phone = self.tr("Phone: {phone}").format(phone=contact.phone)
            column.addWidget(text_label(phone, "Lead"))
        if contact.sample:
            column.addWidget(sample_badge(self.tr("SAMPLE")))
        row.addLayout(column, 1)
        target = contact.url or (f"tel:{contact.phone.replace(' ', '')}" if contact.phone else "")
        if target:
            qr = QrPanel(size=180, parent=card)
            qr.set_target(target, self.tr("Scan to save"))
            row.addWidget(qr, 0, Qt.AlignmentFlag.AlignTop)
        return card

    def speech_text(self) -> str:
        return self._speech
