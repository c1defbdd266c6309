"""One country guide: the legal route, documents, common scams and contacts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from content.markdown import spoken_text
from kiosk.services.locale_text import long_date
from screens.reader import ReaderScreen, markdown_label
from screens.widgets.labels import text_label


class GuideScreen(ReaderScreen):
    def refresh(self) -> None:
        super().refresh()
        self.begin()
        guide = self.ctx.store.guide(self.params.get("country", ""), self.lang)
        self._speech = ""
        if guide is None:
            self.set_title(self.tr("Country guide"))
            self.text_column.addWidget(text_label(self.tr("This guide is no longer available."), "Lead"))
            self.set_side("", [])
            return
        # The content's own (short) name: CLDR's full names ("Бириккен Араб Эмираттары") overflow the header.
        self.set_title(self.tr("Country guide: {country}").format(country=guide.name))
        titled = self.add_title(guide.name, guide.sample, guide.fallback)
        self.text_column.addWidget(text_label(guide.summary, "Lead"))
        sections = [
            (self.tr("Legal route"), guide.route),
            (self.tr("Documents"), guide.documents),
            (self.tr("Common scams"), guide.scams),
            (self.tr("Contacts"), guide.contacts),
            (self.tr("Emergency numbers"), guide.emergency),
            (self.tr("Before you board"), guide.checklist),
        ]
        for heading, text in sections:
            self.text_column.addWidget(text_label(heading, "SectionTitle"))
            self.text_column.addWidget(markdown_label(text))
        self.offices_button = None
        if self.ctx.store.offices(self.lang, self.ctx.clock().date(), country=guide.country):
            # The agency's office or attaché there, with its address, hours and QR codes.
            button = QPushButton(self.tr("Offices in this country ›"))
            country = guide.country
            button.clicked.connect(lambda _c=False: self.ctx.navigator.go("offices", country=country))
            self.text_column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.offices_button = button
        self.set_side(
            self.phone_qr(f"guide/{guide.country}", guide.qr, guide.sample),
            [
                self.tr("Source: {source}").format(source=guide.source),
                self.tr("Checked on: {date}").format(date=long_date(guide.reviewed_on, self.lang)),
            ],
        )
        spoken = [f"{heading}. {spoken_text(text)}" for heading, text in sections]
        # In the order it stands: the name (and the note on its language), the text, the side's lines.
        self._speech = "\n".join([". ".join(titled), guide.summary, *spoken, ". ".join(self.side_text())])

    def speech_text(self) -> str:
        return self._speech
