"""The licence-check verdict: colour, icon and a few words a person who barely reads understands at a
glance, what it means and what to do next, the registry details, and QR codes to take it along.

The verdict (its registry or warning-list row and the registry's freshness, from content.db and state.db),
the registry's "as of" date and the hotline are read on the kiosk's worker (`load_verdict`), as the job
order's are (screens/vacancy.py): the UI thread only lays out what came back, and an answer for an earlier
entry (another agency, language or content) is dropped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from content.verdict import Kind, Status, Verdict
from kiosk.services.locale_text import country_name, long_date, one_stop
from kiosk.services.qr import verdict_qr
from kiosk.services.store import Contact, ContentInfo, ContentStore
from kiosk.services.verdicts import VerdictService
from screens.context import ScreenContext
from screens.reader import PORTRAIT_BELOW, ReaderScreen
from screens.widgets.cards import bullet_card
from screens.widgets.hotline import HotlinePanel, number_as_text
from screens.widgets.icon import IconLabel
from screens.widgets.labels import add_sample_badge, text_label, typed_text
from screens.widgets.qr_panel import QrPanel
from screens.widgets.reasons import reason_text
from screens.widgets.status import status_icon, status_word

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VerdictPage:
    """What the verdict page shows from the databases, read off the UI thread by `load_verdict`."""

    verdict: Verdict
    info: ContentInfo  # the registry's "as of" date and whether it is the sample registry
    hotline: Contact | None


def load_verdict(store: ContentStore, verdicts: VerdictService, kind: str | None, ref: str, query: str,
                 lang: str) -> VerdictPage:
    """The verdict for one entry (the verdict service owns the rules, freshness included:
    kiosk/services/verdicts.py), with the registry's date and the hotline in `lang`. Runs on the worker."""
    return VerdictPage(verdicts.decide(kind, ref, query), store.info(), store.hotline(lang))


class VerdictScreen(ReaderScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.text_qr = QrPanel(size=220)
        self.side_column.insertWidget(1, self.text_qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.verdict: Verdict | None = None
        self.panel: QFrame | None = None
        self._button_row: QBoxLayout | None = None
        self._speech = ""
        self._loads = 0  # entries so far: an answer for an earlier one is dropped
        self.loading = False

    def _words(self, v: Verdict) -> tuple[str, str, list[str]]:
        """(headline, what it means, what to do next) for a verdict."""
        report = self.tr("Report it here at the kiosk, or call the Migration Agency's hotline.")
        no_pay = self.tr("Do not pay anyone and do not hand over your passport.")
        if v.status is Status.LICENSED_UNVERIFIED:
            return (
                status_word(v.status),
                self.tr(
                    "The registry on this kiosk has not been updated for a while. "
                    "The licence may have changed since."
                ),
                [self.tr("Check the licence again on the official registry (scan the code)."), no_pay],
            )
        table = {
            Kind.LICENSED: (
                status_word(v.status),
                self.tr("This agency holds a valid licence to place workers abroad."),
                [
                    self.tr(
                        "The employer pays the placement fee. The agency may charge you only for "
                        "information and advice."
                    ),
                    self.tr("Sign a written contract and make sure it is registered electronically."),
                ],
            ),
            Kind.SUSPENDED: (
                status_word(v.status),
                self.tr("This agency may not recruit workers while its licence is suspended."),
                [no_pay, report],
            ),
            Kind.REVOKED: (
                status_word(v.status),
                self.tr("This agency lost its licence. It may not recruit workers."),
                [no_pay, report],
            ),
            Kind.EXPIRED: (
                status_word(v.status),
                self.tr("This agency's licence has ended. It may not recruit workers."),
                [no_pay, report],
            ),
            Kind.WARNING_LIST: (
                status_word(v.status),
                self.tr("This is a known illegal operator, not a licensed agency."),
                [no_pay, report],
            ),
            Kind.NOT_FOUND: (
                status_word(v.status),
                self.tr(
                    "No licensed agency matches what you typed. An agency that is not in the "
                    "registry may not recruit you."
                ),
                [no_pay, report, self.tr("Check the spelling, or search by licence number.")],
            ),
        }
        headline, meaning, steps = table[v.kind]
        return headline, meaning, steps

    def refresh(self) -> None:
        """Say the licence is being checked and read the verdict on the worker; `_loaded` shows it."""
        super().refresh()
        self.set_title(self.tr("Licence check result"))
        ticket, lang = self.begin_loading(), self.lang
        kind, ref, query = self.params.get("kind"), self.params.get("ref", ""), self.params.get("query", "")
        store, verdicts = self.ctx.store, self.ctx.verdicts
        self.ctx.background.submit(lambda: load_verdict(store, verdicts, kind, ref, query, lang),
                                   lambda page: self._loaded(ticket, page),
                                   lambda exc: self._failed(ticket, exc))

    def begin_loading(self) -> int:
        """Say the licence is being checked (nothing of an earlier verdict stays) and drop any answer still
        on its way; returns the ticket of the read that may answer now."""
        self._loads += 1
        self.loading = True
        self.begin()
        self.verdict, self.panel, self._button_row = None, None, None
        waiting = self.tr("Checking the licence…")
        self.text_column.addWidget(text_label(waiting, "Lead"))
        self.set_side("", [])
        self.text_qr.set_target("", "")
        self._speech = waiting
        return self._loads

    def _loaded(self, ticket: int, page: VerdictPage) -> None:
        if ticket != self._loads:
            return  # a later entry (another agency, language or content) is being read
        self.loading = False
        self.begin()
        self._show(page)
        self.loaded.emit()

    def _failed(self, ticket: int, exc: Exception) -> None:
        if ticket != self._loads:
            return
        log.error("the licence verdict could not be read: %s", exc)
        self.loading = False
        self.begin()
        text = self.tr("The licence cannot be checked right now. Please try again in a minute.")
        self.text_column.addWidget(text_label(text, "Lead"))
        self._speech = text
        self.loaded.emit()

    def _show(self, page: VerdictPage) -> None:
        self.verdict = v = page.verdict
        headline, meaning, steps = self._words(v)
        self.panel = self._panel(v, headline, meaning)
        self.text_column.addWidget(self.panel)
        info = page.info
        as_of = self.tr("Registry data as of {date}").format(
            date=long_date(info.registry_as_of, self.lang) or "—"
        )
        self.text_column.addWidget(text_label(as_of, "Muted"))
        if info.sample:
            add_sample_badge(self.text_column, self.tr("SAMPLE REGISTRY — fictional agencies"))
        self.text_column.addLayout(self._buttons())
        self.text_column.addWidget(bullet_card(self.tr("What to do next"), tuple(steps), "➜"))
        if not v.safe:  # the advice says "call the hotline": show its number
            self.hotline = HotlinePanel()
            self.hotline.set_contact(page.hotline)
            self.text_column.addWidget(self.hotline)
        details = self._details(v)
        if details:
            self.text_column.addWidget(bullet_card(self.tr("Registry details"), tuple(details), "•"))
        config = self.ctx.config
        url = verdict_qr(config.phone_base_url, config.registry_url, self.lang,
                         licence_no=v.agency.licence_no if v.agency else None,
                         warning_id=v.warning.id if v.warning else None)
        self.set_side(url, [])
        # With a phone edition the code opens the agency's live status there, not the registry's own page.
        self.qr.caption.setText(self.tr("Current status on your phone") if config.phone_base_url
                                else self.tr("Official registry page"))
        self.text_qr.set_target(
            self._plain_text(v, headline, as_of, steps, page.hotline, info.sample),
            self.tr("This result as text (no internet needed)"),
        )
        self._speech = ". ".join([headline, meaning, *steps])

    def _panel(self, v: Verdict, headline: str, meaning: str) -> QFrame:
        panel = QFrame()
        panel.setObjectName("Verdict")
        panel.setProperty("level", v.status.level)
        panel.setProperty("status", v.status.value)
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(panel)
        row.setContentsMargins(32, 24, 32, 24)
        row.setSpacing(28)
        icon = IconLabel(status_icon(v.status), 112)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        typed = typed_text(v.query)  # a name not in the registry: what the traveller typed
        name = v.agency.name if v.agency else (", ".join(v.warning.names) if v.warning else typed)
        if name:
            column.addWidget(text_label(name, "VerdictName"))
        column.addWidget(text_label(headline, "VerdictHeadline"))
        column.addWidget(text_label(meaning, "VerdictText"))
        row.addLayout(column, 1)
        return panel

    def _details(self, v: Verdict) -> list[str]:
        if v.agency:
            a = v.agency
            lines = [
                self.tr("Licence number: {value}").format(value=a.licence_no),
                self.tr("Issued: {start} · Valid until: {end}").format(
                    start=long_date(a.issued_on, self.lang), end=long_date(a.expires_on, self.lang)
                ),
            ]
            if a.status_changed_on or a.status_reason:
                lines.append(
                    self.tr("Last status change: {date} — {reason}").format(
                        date=long_date(a.status_changed_on, self.lang) or "—",
                        reason=reason_text(a.status_reason_code, a.status_reason) or "—",
                    )
                )
            if a.other_names:
                lines.append(self.tr("Also known as: {names}").format(names=", ".join(a.other_names)))
            lines.append(self.tr("Tax number (STIR): {value}").format(value=a.tin))
            lines.append(self.tr("Address: {region}, {address}").format(region=a.region, address=a.address))
            if a.countries:
                lines.append(
                    self.tr("May recruit for: {countries}").format(
                        countries=", ".join(country_name(c, self.lang) for c in a.countries)
                    )
                )
            return lines
        if v.warning:
            w = v.warning
            lines = [
                self.tr("Why it is listed: {reason}").format(reason=reason_text(w.reason_code, w.reason)),
                self.tr("Listed on: {date}").format(date=long_date(w.listed_on, self.lang)),
            ]
            contacts = [*w.phones, *w.telegram, *w.websites]
            if contacts:
                lines.append(self.tr("Known contacts: {items}").format(items=", ".join(contacts)))
            return lines
        return []

    def _target_name(self) -> str:
        v = self.verdict
        if v is None:
            return ""
        if v.agency:
            return v.agency.name
        return ", ".join(v.warning.names) if v.warning else v.query

    def _buttons(self) -> QBoxLayout:
        """Side by side in landscape; stacked on a portrait screen, where two long labels do not fit a row."""
        self._button_row = row = QBoxLayout(self._button_direction())
        report = QPushButton(self.tr("Report this agency"))
        report.setObjectName("ReportButton")
        target = self._target_name()
        licence = self.verdict.agency.licence_no if self.verdict and self.verdict.agency else ""
        report.clicked.connect(lambda: self.ctx.navigator.go("report", target=target, licence=licence))
        again = QPushButton(self.tr("Check another agency"))
        again.setObjectName("SecondaryButton")
        again.clicked.connect(self.ctx.navigator.back)
        row.addWidget(report, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(again, 0, Qt.AlignmentFlag.AlignLeft)
        row.addStretch(1)
        return row

    def _button_direction(self) -> QBoxLayout.Direction:
        portrait = self.width() < PORTRAIT_BELOW
        return QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._button_row is not None:
            self._button_row.setDirection(self._button_direction())
        super().resizeEvent(event)

    def _plain_text(self, v: Verdict, headline: str, as_of: str, steps: list[str],
                    hotline: Contact | None, sample: bool) -> str:
        """What the phone shows after scanning, offline: the verdict, when it was checked, what to do, and
        the hotline to call. The kiosk's SAMPLE labels do not go with it, so a sample registry's verdict
        starts with the registry's label and a sample hotline number says so."""
        who = v.agency.name if v.agency else (", ".join(v.warning.names) if v.warning else v.query)
        number = f" ({v.agency.licence_no})" if v.agency else ""
        checked = self.tr("Checked at the airport kiosk on {date}").format(
            date=long_date(self.ctx.clock().date(), self.lang)
        )
        lines = [self.tr("SAMPLE REGISTRY — fictional agencies")] if sample else []
        lines += [f"{who}{number}: {headline}.", one_stop(f"{checked}. {as_of}."), *steps[:2]]
        if hotline and hotline.phone:
            lines.append(f"{hotline.name}: {number_as_text(hotline)}")
        return "\n".join(lines)

    def reset(self) -> None:
        """Forget the verdict shown (for a name not in the registry, it names what the traveller typed), and
        any answer still on its way: the session is over."""
        super().reset()
        self._loads += 1
        self.loading = False
        if self.panel is not None:  # its widgets are deleted only on a later turn of the event loop
            for label in self.panel.findChildren(QLabel):
                label.clear()
        self.begin()
        self.verdict, self.panel, self._button_row = None, None, None
        self.set_side("", [])
        self.text_qr.set_target("", "")
        self._speech = ""

    def speech_text(self) -> str:
        return self._speech
