"""The hotline where advice says "call the hotline": its name, the number in big digits that never wrap,
and a `tel:` QR code that dials it from a phone. Hidden when the content has no hotline. A name in another
language than the traveller's (`Contact.fallback`: Russian for a Kazakh reader) says so, as articles do."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from content.phone_codes import tel_uri
from kiosk.services.store import Contact
from screens.widgets.icon import IconLabel
from screens.widgets.labels import add_sample_badge, fallback_note, text_label
from screens.widgets.qr_panel import QrPanel

QR_PX = 130


def sample_number() -> str:
    """"SAMPLE NUMBER" in the traveller's language: the badge a sample hotline carries on screen."""
    return QCoreApplication.translate("HotlinePanel", "SAMPLE NUMBER")


def number_as_text(contact: Contact) -> str:
    """The contact's number as a text QR code carries it to a phone, where the kiosk's SAMPLE strip does
    not follow: a sample number says so ("+998 00 000 00 00 (SAMPLE NUMBER)")."""
    number = contact.phone or ""
    return f"{number} ({sample_number()})" if number and contact.sample else number


class HotlinePanel(QFrame):
    """`set_contact(contact)`; `number` holds the digits shown, `language_note` the "Shown in: …" note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Hotline")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 16, 20, 16)
        row.setSpacing(16)
        row.addWidget(IconLabel("call", 48), 0, Qt.AlignmentFlag.AlignTop)
        self._column = column = QVBoxLayout()
        column.setSpacing(4)
        row.addLayout(column, 1)
        self.name = text_label("", "TileTitle")
        self.number = text_label("", "PhoneNumber", wrap=False)
        column.addWidget(self.name)
        column.addWidget(self.number)
        self.language_note = text_label("", "Muted")
        column.addWidget(self.language_note)
        self._badge = add_sample_badge(column, "")
        column.addStretch(1)
        self.qr = QrPanel(size=QR_PX, parent=self)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def set_contact(self, contact: Contact | None, said: Collection[str | None] = ()) -> None:
        """Show `contact` (hidden without a phone number). Its name in a language it falls back to is marked
        as a contacts card is (the `lang` property, the note as accessible description) and the note shows
        under the number, unless the screen's own note already names that language (`said`): once a
        screen."""
        if contact is None or not contact.phone:
            self.hide()
            return
        self.name.setText(contact.name)
        self.number.setText(contact.phone)
        note = fallback_note(contact.fallback)
        self.setProperty("lang", contact.fallback or "")
        self.setAccessibleDescription(note)
        self.language_note.setText(note)
        self.language_note.setVisible(bool(note) and contact.fallback not in said)
        self._badge.setText(sample_number())
        self._badge.setVisible(contact.sample)
        self.qr.set_target(tel_uri(contact.phone), QCoreApplication.translate("HotlinePanel", "Scan to call"))
        self.setAccessibleName(f"{contact.name}: {contact.phone}")
        self.show()
