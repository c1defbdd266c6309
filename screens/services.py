"""The "Xorijda ish" platform's services: what each does, for whom, what to bring, and a QR that opens it.

The screen says plainly which services need the platform (scan the code, continue on the phone) and which
the kiosk itself answers (a button opens that screen here).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from kiosk.services.qr import service_qr
from kiosk.services.store import PlatformService
from screens.base import PageScreen, clear_layout
from screens.context import ScreenContext
from screens.widgets.labels import add_sample_badge, text_label
from screens.widgets.qr_panel import QrPanel


class ServicesScreen(PageScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.lead = text_label("", "Lead")
        self.body.addWidget(self.lead)
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
        spoken = [self.header.title.text(), self.lead.text()]
        for service in self.ctx.store.services(self.lang):
            self.list.addWidget(self._card(service))
            spoken.append(f"{service.name}. {service.what}")
        self._speech = ". ".join(spoken)

    def _card(self, service: PlatformService) -> QFrame:
        card = QFrame()
        card.setObjectName("Card")
        card.setProperty("service", service.id)
        row = QHBoxLayout(card)
        row.setContentsMargins(24, 20, 24, 20)
        row.setSpacing(24)
        column = QVBoxLayout()
        here = service.answered_by == "kiosk"
        answers = self.tr("This kiosk answers it") if here else self.tr("Needs the platform")
        column.addWidget(text_label(answers, "Muted"))
        column.addWidget(text_label(service.name, "TileTitle"))
        column.addWidget(text_label(service.what))
        column.addWidget(text_label(self.tr("For: {who}").format(who=service.who)))
        column.addWidget(text_label(self.tr("Bring: {what}").format(what=service.bring)))
        if service.sample:
            add_sample_badge(column, self.tr("SAMPLE"))
        if here and service.kiosk_screen:
            button = QPushButton(self.tr("Open here ›"))
            button.setProperty("target", service.kiosk_screen)
            button.clicked.connect(lambda _c=False, s=service.kiosk_screen: self.ctx.navigator.go(s))
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addLayout(column, 1)
        qr = QrPanel(size=200, parent=card)
        qr.set_target(service_qr(self.ctx.config.phone_base_url, self.lang, service.id, service.qr,
                                 service.sample), "")  # the lead says what the codes are for
        row.addWidget(qr, 0, Qt.AlignmentFlag.AlignTop)
        return card

    def speech_text(self) -> str:
        return self._speech

