"""One job order: what the work is, what it pays, who recruits for it and how to apply.

The recruiting agency's licence verdict is shown inline with the same word, colour and icon as the licence
check (screens/widgets/status.py over content/verdict.py). The QR leads to the job order on the phone
edition (its status when scanned, and the way on to the platform), or with no phone edition to the
platform's apply page. A vacancy that is no longer visible (closed, or its agency no longer licensed) is
not shown at all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from kiosk.services.locale_text import country_name, long_date
from kiosk.services.qr import vacancy_qr
from screens.context import ScreenContext
from screens.reader import ReaderScreen
from screens.widgets.cards import bullet_card
from screens.widgets.icon import IconLabel
from screens.widgets.labels import add_sample_badge, text_label
from screens.widgets.status import status_icon, status_word
from screens.widgets.vacancy_text import language_asked, occupation_name, wage_range


class VacancyScreen(ReaderScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self._speech = ""

    def refresh(self) -> None:
        super().refresh()
        self.begin()
        self.set_title(self.tr("Vacancy"))
        today = self.ctx.clock().astimezone().date()
        stale = self.ctx.verdicts.freshness().stale
        v = self.ctx.store.vacancy(str(self.params.get("id") or ""), today, stale=stale)
        if v is None:
            gone = self.tr("This vacancy is no longer shown: it has closed, or its agency is no longer "
                           "licensed.")
            self.text_column.addWidget(text_label(gone, "Lead"))
            self.set_side("", [])
            self._speech = gone
            return
        lang = self.lang
        title = f"{occupation_name(v.occupation)} — {country_name(v.country, lang)}"
        self.text_column.addWidget(text_label(title, "ScreenTitle"))
        if self.ctx.store.info().sample:
            add_sample_badge(self.text_column, self.tr("SAMPLE"))
        self.text_column.addWidget(text_label(v.employer, "TileTitle"))
        verdict = self.ctx.verdicts.decide("agency", v.licence_no)
        panel = QFrame()
        panel.setObjectName("Verdict")
        panel.setProperty("level", verdict.status.level)
        panel.setProperty("status", verdict.status.value)
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(panel)
        row.setContentsMargins(24, 16, 24, 16)
        row.setSpacing(20)
        row.addWidget(IconLabel(status_icon(verdict.status), 56), 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.addWidget(text_label(status_word(verdict.status), "VerdictHeadline"))
        column.addWidget(text_label(self.tr("Agency: {name}, licence {number}").format(
            name=v.agency_name, number=v.licence_no), "VerdictText"))
        row.addLayout(column, 1)
        self.text_column.addWidget(panel)
        facts = (
            self.tr("Wage: {wage} a month").format(wage=wage_range(v.wage_min, v.wage_max, v.currency, lang)),
            self.tr("Hours: {hours} a week").format(hours=v.hours_per_week),
            self.tr("Language: {language}").format(
                language=language_asked(v.language, v.language_level, lang)),
            self.tr("Places: {places}").format(places=v.places),
            self.tr("Apply by: {date}").format(date=long_date(v.closes_on, lang)),
            self.tr("Contract registration number: {number}").format(number=v.contract_no),
        )
        self.text_column.addWidget(bullet_card(self.tr("The job order"), facts, "•"))
        self.text_column.addWidget(text_label(self.tr("Never pay for a job offer. Apply only on the "
                                                      "platform or at the licensed agency."), "Lead"))
        base = self.ctx.config.phone_base_url
        self.set_side(vacancy_qr(base, lang, v.id, v.apply_url), [])
        self.qr.caption.setText(self.tr("This job on your phone, and how to apply") if base
                                else self.tr("Scan to apply on the platform"))
        self._speech = ". ".join([title, v.employer, status_word(verdict.status), *facts])

    def speech_text(self) -> str:
        return self._speech
