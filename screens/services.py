"""The "Xorijda ish" platform's services: what each does, for whom, what to bring, and a QR that opens it.

The screen says plainly which services need the platform (scan the code, continue on the phone) and which
the kiosk itself answers (a button opens that screen here).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout

from kiosk.services.qr import service_qr
from kiosk.services.store import PlatformService
from screens.base import PageScreen, clear_layout
from screens.context import ScreenContext
from screens.widgets.labels import add_sample_badge, list_fallback_note, text_label
from screens.widgets.qr_card import QrCard


class ServicesScreen(PageScreen):
    READS_ON_WORKER = True

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.lead = text_label("", "Lead")
        self.body.addWidget(self.lead)
        self.language_note = text_label("", "Muted")  # once for the list, not on every card
        self.body.addWidget(self.language_note)
        self.list = QVBoxLayout()
        self.list.setSpacing(20)
        self.body.addLayout(self.list)
        self.body.addStretch(1)
        self._speech = ""

    def enter(self, **params: object) -> None:
        """Always rebuilt: the QR captions measure their height when made, so a text size chosen since
        the last visit needs new cards."""
        self._rendered = None
        super().enter(**params)

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Platform services"))
        self.lead.setText(self.tr("The “Xorijda ish” platform's services. Some the kiosk answers here; the "
                                  "others need the platform: scan the code and continue on your phone."))
        clear_layout(self.list)
        self.language_note.hide()
        self._speech = ""
        store, lang = self.ctx.store, self.lang
        self.load_content(lambda: store.services(lang), self._show)

    def _show(self, services: list[PlatformService]) -> None:
        spoken = [self.header.title.text(), self.lead.text()]
        self.language_note.setText(list_fallback_note(s.fallback for s in services))
        self.language_note.setVisible(bool(self.language_note.text()))
        for service in services:
            self.list.addWidget(self._card(service))
            spoken.append(f"{service.name}. {service.what}")
        self._speech = ". ".join(spoken)

    def _card(self, service: PlatformService) -> QFrame:
        card = QrCard("service", service.id)
        here = service.answered_by == "kiosk"
        card.add_text(self.tr("This kiosk answers it") if here else self.tr("Needs the platform"), "Muted")
        card.add_text(service.name, "TileTitle")
        card.add_text(service.what)
        card.add_text(self.tr("For: {who}").format(who=service.who))
        card.add_text(self.tr("Bring: {what}").format(what=service.bring))
        card.set_text_language(service.fallback)  # the list's note says it once for all the cards
        if service.sample:
            add_sample_badge(card.column, self.tr("SAMPLE"))
        if here and service.kiosk_screen:
            button = QPushButton(self.tr("Open here ›"))
            button.setProperty("target", service.kiosk_screen)
            button.clicked.connect(lambda _c=False, s=service.kiosk_screen: self.ctx.navigator.go(s))
            card.add_widget(button, Qt.AlignmentFlag.AlignLeft)
        # The lead says what the codes are for, so they carry no caption.
        card.add_qr(service_qr(self.ctx.config.phone_base_url, self.lang, service.id, service.qr,
                               service.sample), "", 200)
        return card

    def speech_text(self) -> str:
        # Until the services are shown: the title, the lead, and that they are loading (or cannot be shown).
        return self._speech or ". ".join(filter(None, [self.header.title.text(), self.lead.text(),
                                                       self.status_text()]))

