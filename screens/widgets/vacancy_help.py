"""What the vacancies screen shows where its list would be when there is no list to show: while it is read
(a second or two at 10,000 job orders), when the registry is too old to vouch for any agency, when the
list cannot be read, and when no job order is open.

A line on an empty page left a traveller with nothing to do. This panel says why (and since when, for an
out-of-date registry), how to tell a real job offer meanwhile, and where to go instead: the licence
check, a call back from the situation centre and the hotline. It emits `check_clicked` and
`callback_clicked`; the screen decides where they lead.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from kiosk.services.locale_text import long_date, one_stop
from kiosk.services.store import Contact
from screens.widgets.hotline import HotlinePanel
from screens.widgets.labels import text_label

LOADING, LATER, FAILED, NONE_OPEN = "loading", "later", "failed", "none"


class VacancyHelp(QWidget):
    """`show_state(state, lang, verified_on, hotline)`: one of LOADING, LATER, FAILED, NONE_OPEN."""

    check_clicked = Signal()
    callback_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(20)
        self.detail = text_label("", "Lead")
        self._column.addWidget(self.detail)
        # The tips card (the look of `cards.bullet_card`), made once: only its words change.
        self.card = QFrame()
        self.card.setObjectName("Card")
        card = QVBoxLayout(self.card)
        card.setContentsMargins(24, 20, 24, 20)
        card.setSpacing(12)
        self._tip_labels = [text_label("", "SectionTitle"), text_label(""), text_label(""), text_label("")]
        for label in self._tip_labels:
            card.addWidget(label)
        self._column.addWidget(self.card)
        self._tips: tuple[str, ...] = ()
        # One above the other: side by side, two long labels at the largest text widen a portrait page.
        row = QVBoxLayout()
        row.setSpacing(16)
        self.check = QPushButton()
        self.check.setObjectName("SecondaryButton")
        self.check.clicked.connect(self.check_clicked)
        self.callback = QPushButton()
        self.callback.setObjectName("SecondaryButton")
        self.callback.clicked.connect(self.callback_clicked)
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(self.callback, 0, Qt.AlignmentFlag.AlignLeft)
        self._column.addLayout(row)
        self.hotline = HotlinePanel()
        self._column.addWidget(self.hotline)

    def show_state(self, state: str, lang: str, verified_on: date | None = None,
                   hotline: Contact | None = None) -> None:
        self.detail.setText(self._detail(state, lang, verified_on))
        self.detail.setVisible(bool(self.detail.text()))
        self._tips = (
            self.tr("Before you apply for a job abroad"),
            self.tr("A real job order names a licensed agency and a contract registration number."),
            self.tr("Check the agency's licence here before you sign or pay anything."),
            QCoreApplication.translate("VacancyScreen", "Never pay for a job offer. Apply only on the "
                                                        "platform or at the licensed agency."),
        )
        for label, text in zip(self._tip_labels, (self._tips[0], *(f"•  {t}" for t in self._tips[1:])),
                               strict=True):
            label.setText(text)
        self.check.setText(QCoreApplication.translate("RedFlagsResultScreen", "Check an agency"))
        self.callback.setText(QCoreApplication.translate("RedFlagsResultScreen", "Ask for a call back"))
        self.hotline.set_contact(hotline)

    def _detail(self, state: str, lang: str, verified_on: date | None) -> str:
        if state == LOADING:
            return self.tr("This takes a few seconds. Meanwhile, here is how to tell a real job offer.")
        if state == LATER and verified_on is not None:
            text = self.tr("This kiosk last confirmed the licence registry on {date}. A job order is shown "
                           "only while its agency's licence can be confirmed.")
            return one_stop(text.format(date=long_date(verified_on, lang)))
        if state == LATER:
            return self.tr("This kiosk has not confirmed the licence registry yet.")
        return ""

    def texts(self) -> list[str]:
        """What the panel says, for "read aloud"."""
        return [t for t in (self.detail.text(), *self._tips) if t]
