"""One country guide: the legal route, documents, common scams and contacts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from content.markdown import spoken_text
from kiosk.services.locale_text import long_date
from kiosk.services.store import Guide
from screens.reader import ReaderScreen, markdown_label
from screens.widgets.labels import text_label


class GuideScreen(ReaderScreen):
    READS_ON_WORKER = True

    def refresh(self) -> None:
        super().refresh()
        self.begin()
        self.offices_button: QPushButton | None = None
        self.set_title(self.tr("Country guide"))
        self.set_side("", [])
        self._speech = ""
        store, lang, country = self.ctx.store, self.lang, self.params.get("country", "")
        today = self.ctx.clock().date()

        def read() -> tuple[Guide | None, bool]:
            guide = store.guide(country, lang)
            return guide, bool(guide and store.offices(lang, today, country=guide.country))

        self.load_content(read, lambda found: self._show(*found))

    def _show(self, guide: Guide | None, has_offices: bool) -> None:
        if guide is None:
            self.text_column.addWidget(text_label(self.tr("This guide is no longer available."), "Lead"))
            self._speech = self.tr("This guide is no longer available.")
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
        if has_offices:
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
        return self.status_text() or self._speech
