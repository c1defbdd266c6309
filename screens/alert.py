"""One fraud warning: its red flags and what to do, with a QR code to take it along."""

from __future__ import annotations

from content.markdown import spoken_text
from kiosk.services.locale_text import long_date
from kiosk.services.store import Alert, Contact
from screens.reader import ReaderScreen, markdown_label
from screens.widgets.cards import bullet_card, severity_text
from screens.widgets.hotline import HotlinePanel
from screens.widgets.labels import text_label


class AlertScreen(ReaderScreen):
    READS_ON_WORKER = True

    def refresh(self) -> None:
        super().refresh()
        self.begin()
        self.set_title(self.tr("Fraud warning"))
        self.set_side("", [])
        self._speech = ""
        store, lang, alert_id = self.ctx.store, self.lang, self.params.get("alert_id", "")
        self.load_content(lambda: (store.alert(alert_id, lang), store.hotline(lang)),
                          lambda found: self._show(*found))

    def _show(self, alert: Alert | None, hotline_contact: Contact | None) -> None:
        if alert is None:
            self.text_column.addWidget(text_label(self.tr("This warning is no longer available."), "Lead"))
            self._speech = self.tr("This warning is no longer available.")
            return
        chip = text_label(severity_text(alert.severity), "Severity", wrap=False)
        chip.setProperty("level", alert.severity)
        self.text_column.addWidget(chip)
        titled = self.add_title(alert.title, alert.sample, alert.fallback)
        self.text_column.addWidget(text_label(alert.summary, "Lead"))
        flags_heading, actions_heading = self.tr("Warning signs"), self.tr("What to do")
        self.text_column.addWidget(bullet_card(flags_heading, alert.red_flags, "✖"))
        self.text_column.addWidget(bullet_card(actions_heading, alert.actions, "➜"))
        hotline = HotlinePanel()
        # In the page before it is shown: added to a page on screen (the answer comes to a shown page), a
        # widget is shown a turn later and would not be read aloud now.
        self.text_column.addWidget(hotline)
        hotline.set_contact(hotline_contact, said={alert.fallback})  # the title's note
        if alert.body:
            self.text_column.addWidget(markdown_label(alert.body))
        published = self.tr("Published: {date}").format(date=long_date(alert.published_on, self.lang))
        self.set_side(self.phone_qr(f"alert/{alert.id}", alert.qr, alert.sample), [published])
        # Everything shown as text, in the order it stands: a traveller who barely reads hears it all.
        spoken = [chip.text(), *titled, alert.summary, flags_heading, *alert.red_flags, actions_heading,
                  *alert.actions]
        if not hotline.isHidden():
            spoken.append(hotline.accessibleName())
        parts = [". ".join(spoken), spoken_text(alert.body), ". ".join(self.side_text())]
        self._speech = "\n".join(part for part in parts if part.strip()).strip()

    def speech_text(self) -> str:
        return self.status_text() or self._speech
