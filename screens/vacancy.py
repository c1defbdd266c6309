"""One job order: what the work is, what it pays, who recruits for it and how to apply.

The recruiting agency's licence verdict is shown inline with the same word, colour and icon as the licence
check (screens/widgets/status.py over content/verdict.py). The QR leads to the job order on the phone
edition (its status when scanned, and the way on to the platform), or with no phone edition to the
platform's apply page. A vacancy that is no longer visible (closed, or its agency no longer licensed) is
not shown at all.

The job order, its agency's verdict and the registry's freshness are read on the kiosk's worker
(`load_order`), as the list's are: the UI thread only lays out what came back, and an answer for an
earlier entry (another job order, language or day) is dropped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from content.verdict import Verdict
from kiosk.services.locale_text import country_name, long_date
from kiosk.services.qr import vacancy_qr
from kiosk.services.store import ContentStore, Vacancy
from kiosk.services.verdicts import VerdictService
from screens.context import ScreenContext
from screens.reader import ReaderScreen
from screens.widgets.cards import bullet_card
from screens.widgets.icon import IconLabel
from screens.widgets.labels import add_sample_badge, text_label
from screens.widgets.status import status_icon, status_word
from screens.widgets.vacancy_text import language_asked, occupation_name, wage_range

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobOrder:
    """What one job order's page shows, read off the UI thread by `load_order`; `vacancy` is None when it
    may no longer be shown."""

    vacancy: Vacancy | None
    verdict: Verdict | None = None
    sample: bool = False


def load_order(store: ContentStore, verdicts: VerdictService, vacancy_id: str, today: date) -> JobOrder:
    """The job order if a traveller may see it today, with its agency's verdict. Runs on the worker."""
    v = store.vacancy(vacancy_id, today, stale=verdicts.freshness().stale)
    if v is None:
        return JobOrder(None)
    return JobOrder(v, verdicts.decide("agency", v.licence_no), store.info().sample)


class VacancyScreen(ReaderScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self._speech = ""
        self._loads = 0  # entries so far: an answer for an earlier one is dropped
        self.loading = False

    def refresh(self) -> None:
        super().refresh()
        self.begin()
        self.set_title(self.tr("Vacancy"))
        self._loads += 1
        ticket, lang, vacancy_id = self._loads, self.lang, str(self.params.get("id") or "")
        self.loading = True
        waiting = QCoreApplication.translate("VacanciesScreen", "Loading vacancies…")
        self.text_column.addWidget(text_label(waiting, "Lead"))
        self.set_side("", [])
        self._speech = waiting
        today = self.ctx.clock().astimezone().date()
        store, verdicts = self.ctx.store, self.ctx.verdicts
        self.ctx.background.submit(lambda: load_order(store, verdicts, vacancy_id, today),
                                   lambda order: self._loaded(ticket, lang, order),
                                   lambda exc: self._failed(ticket, exc))

    def _loaded(self, ticket: int, lang: str, order: JobOrder) -> None:
        if ticket != self._loads:
            return  # a later entry (another job order, language or day) is being read
        self.loading = False
        self.begin()
        if order.vacancy is None or order.verdict is None:
            gone = self.tr("This vacancy is no longer shown: it has closed, or its agency is no longer "
                           "licensed.")
            self.text_column.addWidget(text_label(gone, "Lead"))
            self._speech = gone
        else:
            self._show(order.vacancy, order.verdict, order.sample, lang)
        self.loaded.emit()  # audio-first reads the job order now, not only "Loading vacancies…"

    def _failed(self, ticket: int, exc: Exception) -> None:
        if ticket != self._loads:
            return
        log.error("the job order could not be read: %s", exc)
        self.loading = False
        self.begin()
        text = QCoreApplication.translate("VacanciesScreen", "Vacancies cannot be shown right now. Please "
                                                             "try again in a minute.")
        self.text_column.addWidget(text_label(text, "Lead"))
        self._speech = text
        self.loaded.emit()

    def _show(self, v: Vacancy, verdict: Verdict, sample: bool, lang: str) -> None:
        title = f"{occupation_name(v.occupation)} — {country_name(v.country, lang)}"
        self.text_column.addWidget(text_label(title, "ScreenTitle"))
        if sample:
            add_sample_badge(self.text_column, self.tr("SAMPLE"))
        self.text_column.addWidget(text_label(v.employer, "TileTitle"))
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
