"""Report fraud: a short guided form ending with a reference code.

Steps: whom (agency, phone or channel) → what happened → may we contact you (only after explicit consent)
→ review and send. The report is stored durably in `state.db` off the UI thread; the confirmation with the
reference code is shown only after the commit. Everything typed is wiped on leaving.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.shell.i18n import QT_TRANSLATE_NOOP
from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.keyboard import OnScreenKeyboard
from screens.widgets.labels import text_label
from screens.widgets.qr_panel import QrPanel

REASONS = (
    ("fee", QT_TRANSLATE_NOOP("ReportScreen", "They asked me to pay for the job")),
    ("passport", QT_TRANSLATE_NOOP("ReportScreen", "They took my passport")),
    ("tourist_visa", QT_TRANSLATE_NOOP("ReportScreen", "They gave me a tourist visa for work")),
    ("no_contract", QT_TRANSLATE_NOOP("ReportScreen", "There is no written contract")),
    ("other", QT_TRANSLATE_NOOP("ReportScreen", "Something else")),
)
WHO, WHAT, CONSENT, PHONE, REVIEW, DONE = range(6)


def _line_edit(max_length: int) -> QLineEdit:
    field = QLineEdit()
    field.setMaxLength(max_length)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    field.setDragEnabled(False)
    return field


class ReportScreen(PageScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.pages: list[QWidget] = []
        self.step = WHO
        self.who_field = _line_edit(200)
        self.phone_field = _line_edit(20)
        self.choices: dict[str, QPushButton] = {}
        self.reference = ""
        self._build_steps()
        self.body.addStretch(1)
        self.keyboard = OnScreenKeyboard()
        self.outer.insertWidget(self.outer.count() - 1, self.keyboard)

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(18)
        self.body.addWidget(page)
        self.pages.append(page)
        return page, column

    def _button(self, column: QVBoxLayout, slot: object, secondary: bool = False) -> QPushButton:
        button = QPushButton()
        if secondary:
            button.setObjectName("SecondaryButton")
        button.clicked.connect(slot)
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return button

    def _build_steps(self) -> None:
        _, c = self._page()
        self.who_title = text_label("", "SectionTitle")
        c.addWidget(self.who_title)
        c.addWidget(self.who_field)
        self.who_next = self._button(c, lambda: self._go(WHAT))
        _, c = self._page()
        self.what_title = text_label("", "SectionTitle")
        c.addWidget(self.what_title)
        for key, _text in REASONS:
            choice = QPushButton()
            choice.setObjectName("Choice")
            choice.setCheckable(True)
            choice.setAccessibleName(key)
            choice.toggled.connect(self._update_buttons)
            c.addWidget(choice)
            self.choices[key] = choice
        self.what_next = self._button(c, lambda: self._go(CONSENT))
        _, c = self._page()
        self.consent_title = text_label("", "SectionTitle")
        self.consent_text = text_label("", "Lead")
        c.addWidget(self.consent_title)
        c.addWidget(self.consent_text)
        self.consent_no = self._button(c, self._decline_contact)
        self.consent_yes = self._button(c, lambda: self._go(PHONE), secondary=True)
        _, c = self._page()
        self.phone_title = text_label("", "SectionTitle")
        c.addWidget(self.phone_title)
        c.addWidget(self.phone_field)
        self.phone_next = self._button(c, lambda: self._go(REVIEW))
        _, c = self._page()
        self.review_title = text_label("", "SectionTitle")
        self.review_text = text_label("", "Lead")
        self.review_error = text_label("", "Lead")
        c.addWidget(self.review_title)
        c.addWidget(self.review_text)
        c.addWidget(self.review_error)
        self.send_button = self._button(c, self._send)
        _, c = self._page()
        self.done_title = text_label("", "SectionTitle")
        self.done_reference = text_label("", "Reference")
        self.done_text = text_label("", "Lead")
        self.done_qr = QrPanel(size=220)
        for w in (self.done_title, self.done_reference, self.done_text, self.done_qr):
            c.addWidget(w)
        self.finish_button = self._button(c, self._finish)
        self.who_field.textChanged.connect(self._update_buttons)
        self.phone_field.textChanged.connect(self._update_buttons)

    def enter(self, **params: object) -> None:
        super().enter(**params)
        target = str(params.get("target") or "")
        if target and not self.who_field.text():
            self.who_field.setText(target[:200])
        self._go(WHO)

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Report fraud"))
        self.who_title.setText(
            self.tr("Whom do you want to report? An agency, a phone number, a Telegram channel or a website.")
        )
        self.who_field.setPlaceholderText(self.tr("Name, phone or channel"))
        self.what_title.setText(self.tr("What happened? Tap all that apply."))
        for key, text in REASONS:
            self.choices[key].setText(QCoreApplication.translate("ReportScreen", text))
        self.consent_title.setText(self.tr("May the Migration Agency contact you about this report?"))
        self.consent_text.setText(
            self.tr(
                "You do not have to give your phone number. The report is sent without your name either way."
            )
        )
        self.consent_no.setText(self.tr("No, send it without my contact"))
        self.consent_yes.setText(self.tr("Yes, I agree to be contacted"))
        self.phone_title.setText(self.tr("Your phone number"))
        self.phone_field.setPlaceholderText("+998 ...")
        self.review_title.setText(self.tr("Check your report"))
        self.send_button.setText(self.tr("Send report"))
        self.done_title.setText(self.tr("Thank you. Your report was received."))
        self.done_text.setText(
            self.tr(
                "Write down this reference code, or scan it with your phone. Give it if you call the hotline."
            )
        )
        self.finish_button.setText(self.tr("Finish"))
        for button in (self.who_next, self.what_next, self.phone_next):
            button.setText(self.tr("Next ›"))
        self._update_review()
        self._update_buttons()

    def _go(self, step: int) -> None:
        if step == REVIEW:
            self._update_review()
        # Hidden steps take no room in the layout, so each step's buttons sit right under its fields.
        for i, page in enumerate(self.pages):
            page.setVisible(i == step)
        self.step = step
        self._step_changed(step)

    def _step_changed(self, step: int) -> None:
        field = {WHO: self.who_field, PHONE: self.phone_field}.get(step)
        self.keyboard.attach(field)
        self.keyboard.setVisible(field is not None)
        if field is not None:
            self.keyboard.set_layout("digits" if field is self.phone_field else "latin")
            if field is self.who_field:
                self.keyboard.set_layout_for_language(self.lang)
            field.setFocus()
        self.scroll_to_top()

    def _decline_contact(self) -> None:
        self.phone_field.setText("")
        self._go(REVIEW)

    def _reasons(self) -> list[str]:
        return [key for key, button in self.choices.items() if button.isChecked()]

    def _update_buttons(self) -> None:
        self.who_next.setEnabled(len(self.who_field.text().strip()) >= 2)
        self.what_next.setEnabled(bool(self._reasons()))
        digits = sum(ch.isdigit() for ch in self.phone_field.text())
        self.phone_next.setEnabled(7 <= digits <= 15)

    def _update_review(self) -> None:
        lines = [self.tr("Whom: {who}").format(who=self.who_field.text().strip())]
        lines += [f"✔ {self.choices[k].text()}" for k in self._reasons()]
        phone = self.phone_field.text().strip()
        lines.append(self.tr("Contact: {phone}").format(phone=phone) if phone else self.tr("Contact: none"))
        self.review_text.setText("\n".join(lines))
        self.review_error.setText("")

    def _payload(self) -> dict[str, object]:
        phone = self.phone_field.text().strip()
        return {
            "target": self.who_field.text().strip(),
            "reasons": self._reasons(),
            "language": self.lang,
            "contact_consent": bool(phone),
            "contact_phone": phone or None,
            "kiosk_id": self.ctx.config.kiosk_id,
            "content_version": self.ctx.store.info().version,
        }

    def _send(self) -> None:
        self.send_button.setEnabled(False)
        self.send_button.setText(self.tr("Sending…"))
        payload = self._payload()
        self.ctx.background.submit(lambda: self.ctx.state.add_report(payload), self._saved, self._failed)

    def _saved(self, reference: str) -> None:
        self.reference = reference
        self.done_reference.setText(reference)
        self.done_qr.set_target(reference, self.tr("Reference code"))
        self.send_button.setEnabled(True)
        self.send_button.setText(self.tr("Send report"))
        self._go(DONE)

    def _failed(self, _exc: Exception) -> None:
        self.send_button.setEnabled(True)
        self.send_button.setText(self.tr("Send report"))
        self.review_error.setText(
            self.tr("Your report could not be saved. Please try again, or call the hotline.")
        )

    def _finish(self) -> None:
        self.reset()
        self.ctx.navigator.home()

    def reset(self) -> None:
        super().reset()
        self.who_field.setText("")
        self.phone_field.setText("")
        for button in self.choices.values():
            button.setChecked(False)
        self.reference = ""
        self.done_reference.setText("")
        self.done_qr.set_target("", "")
        self.review_text.setText("")
        self._go(WHO)

    def speech_text(self) -> str:
        page = self.pages[self.step]
        return ". ".join(lbl.text() for lbl in page.findChildren(QLabel) if lbl.isVisible() and lbl.text())
