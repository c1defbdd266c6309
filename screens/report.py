"""Report fraud: a short guided form ending with a reference code.

Steps: whom (agency, phone or channel) → what happened → may we contact you (only after explicit consent)
→ review and send. Each step after the first has a Back of its own to the step before, keeping what was
entered (the header's Back leaves the report, and leaving forgets it). The report is stored durably in
`state.db` off the UI thread; the confirmation with the reference code is shown only after the commit.
Everything typed is wiped on leaving, by any way out (Home, Back, Finish, the idle timeout): a report
started for one agency never carries over to another.

Opened from a verdict, the report names the agency and carries its licence number. The phone number is
typed on a telephone keypad with +998 filled in and checked with the call-back rule (content/callbacks.py).

The form needs no read: the hotline under its steps is read on the kiosk's worker as the screen opens
(PageScreen.load_content, as Home's banner) and appears when it is here; if the read fails it is left out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.store import Contact
from kiosk.shell.i18n import QT_TRANSLATE_NOOP
from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.cards import summary_card
from screens.widgets.hotline import HotlinePanel
from screens.widgets.icon import IconButton, show_ticked
from screens.widgets.keyboard import OnScreenKeyboard, press_if_enabled
from screens.widgets.labels import MessageLabel, sample_badge, text_label, typed_text
from screens.widgets.next_steps import NextSteps
from screens.widgets.phone_step import PhoneStep
from screens.widgets.qr_panel import QrPanel
from screens.widgets.send_flow import SendFlow, SendTexts, with_content_version
from screens.widgets.step_bar import StepBar
from screens.widgets.style import restyle
from screens.widgets.tile import TileGrid

REASONS = (
    ("fee", QT_TRANSLATE_NOOP("ReportScreen", "They asked me to pay for the job")),
    ("passport", QT_TRANSLATE_NOOP("ReportScreen", "They took my passport")),
    ("tourist_visa", QT_TRANSLATE_NOOP("ReportScreen", "They gave me a tourist visa for work")),
    ("no_contract", QT_TRANSLATE_NOOP("ReportScreen", "There is no written contract")),
    ("other", QT_TRANSLATE_NOOP("ReportScreen", "Something else")),
)
WHO, WHAT, CONSENT, PHONE, REVIEW, DONE = range(6)
# What the step bar shows: four stages a traveller can tell apart (the phone number is part of "contact").
STAGES = (
    QT_TRANSLATE_NOOP("ReportScreen", "Whom"),
    QT_TRANSLATE_NOOP("ReportScreen", "What happened"),
    QT_TRANSLATE_NOOP("ReportScreen", "Contact"),
    QT_TRANSLATE_NOOP("ReportScreen", "Send"),
)
PORTRAIT_KEY_PX = 112  # the keyboard's keys on a portrait screen, which has the height for them
# The step a step's own Back returns to; the review's depends on whether a number was given (`_previous`).
PREVIOUS = {WHAT: WHO, CONSENT: WHAT, PHONE: CONSENT}
HELPED = (WHO, WHAT, CONSENT, REVIEW)  # the steps that show the hotline under their buttons
STAGE_OF_STEP = {WHO: 0, WHAT: 1, CONSENT: 2, PHONE: 2, REVIEW: 3, DONE: len(STAGES)}
# The consent choices grow into the room a portrait screen leaves, up to this height.
BIG_CHOICE_MIN_PX = 120
BIG_CHOICE_MAX_PX = 300


def _line_edit(max_length: int) -> QLineEdit:
    field = QLineEdit()
    field.setMaxLength(max_length)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    field.setDragEnabled(False)
    return field


class ReportScreen(PageScreen):
    READS_ON_WORKER = True

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.pages: list[QWidget] = []
        self.step = WHO
        self.who_field = _line_edit(200)
        self.other_field = _line_edit(300)
        self.licence = ""
        self.choices: dict[str, QPushButton] = {}
        self.back_buttons: dict[int, QPushButton] = {}  # each step's own Back, by step
        self.reference = ""
        self._has_hotline = False
        self._portrait = False
        self.stage_bar = StepBar()
        self.body.addWidget(self.stage_bar)
        self._build_steps()
        # The hotline under every step that is not the keypad or the confirmation (which shows it itself):
        # a traveller in trouble now should not have to finish a form to find the number.
        # It moves into the page shown, right under that step's own buttons.
        # Parented from the start: a panel without a parent that shows itself would open a window of its own.
        self.help = QWidget(self.pages[WHO])
        help_column = QVBoxLayout(self.help)
        help_column.setContentsMargins(0, 0, 0, 0)
        help_column.setSpacing(12)
        self.help_title = text_label("", "Lead")
        help_column.addWidget(self.help_title)
        # Beside a keyboard on a landscape screen only the number fits (with its SAMPLE badge); elsewhere the
        # panel with its tel: QR code.
        self.help_line = QWidget()
        line = QHBoxLayout(self.help_line)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(16)
        self.help_number = text_label("", "PhoneNumber", wrap=False)
        self.help_badge = sample_badge("")
        line.addWidget(self.help_number)
        line.addWidget(self.help_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        line.addStretch(1)
        help_column.addWidget(self.help_line)
        self.help_hotline = HotlinePanel()
        help_column.addWidget(self.help_hotline)
        first = self.pages[WHO].layout()
        assert isinstance(first, QVBoxLayout)
        first.addWidget(self.help)
        self.body.addStretch(1)
        self.keyboard = OnScreenKeyboard()
        self.outer.insertWidget(self.outer.count() - 1, self.keyboard)
        self.phone_step.submitted.connect(lambda: self._go(REVIEW))

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(18)
        self.body.addWidget(page)
        self.pages.append(page)
        return page, column

    def _button(self, column: QBoxLayout | None, slot: object, secondary: bool = False) -> QPushButton:
        button = QPushButton()
        if secondary:
            button.setObjectName("SecondaryButton")
        button.clicked.connect(slot)
        if column is not None:
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return button

    def _actions(self, column: QVBoxLayout, step: int) -> QHBoxLayout:
        """A row for `step`'s buttons, starting with its own Back (added to `back_buttons`); the caller adds
        the button that moves on, then a stretch."""
        row = QHBoxLayout()
        row.setSpacing(24)
        self.back_buttons[step] = self._button(row, self._step_back, secondary=True)
        column.addLayout(row)
        return row

    def _previous(self) -> int:
        if self.step == REVIEW:  # declining contact skips the phone step, and so does going back
            return PHONE if self.phone_step.number() else CONSENT
        return PREVIOUS[self.step]

    def _step_back(self) -> None:
        """One step back, everything entered kept. Not while a report is being saved: its confirmation is on
        its way."""
        if self.step in PREVIOUS or (self.step == REVIEW and self.send_button.isEnabled()):
            self._go(self._previous())

    def _big_choice(self, icon: str, slot: object, secondary: bool = False) -> QPushButton:
        button = IconButton("", icon, 48)
        button.setObjectName("BigChoice")
        button.setProperty("secondary", "true" if secondary else "false")
        button.setMinimumHeight(BIG_CHOICE_MIN_PX)
        button.setMaximumHeight(BIG_CHOICE_MAX_PX)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.clicked.connect(slot)
        self.consent_row.addWidget(button, 1)
        return button

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Portrait has room to spare: the reasons are taller, the two consent choices stand one above the
        other, the keys are taller. Landscape keeps them as they were, so the hotline stays in view."""
        portrait = self._portrait = event.size().height() > event.size().width()
        self._arrange_consent(event.size().width())
        for choice in self.choices.values():  # taller reasons: the style sheet's #Choice[tall="true"]
            restyle(choice, "tall", portrait)
        self.keyboard.set_key_height(PORTRAIT_KEY_PX if portrait else None)
        # "What happens next" where there is room for it: on a landscape screen it would push the hotline
        # and Finish below the fold.
        self.done_next.setVisible(portrait)
        self.review_next.setVisible(portrait)
        self._show_stage()
        super().resizeEvent(event)

    def _arrange_consent(self, width: int) -> None:
        """Side by side when both fit in a landscape page; else (portrait, or the largest text in a long
        language) one above the other."""
        margins = self.body.contentsMargins()
        room = width - margins.left() - margins.right()
        buttons = (self.consent_no, self.consent_yes)
        need = sum(b.sizeHint().width() for b in buttons) + self.consent_row.spacing()
        stacked = self._portrait or need > room
        self.consent_row.setDirection(
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )

    def _build_steps(self) -> None:
        _, c = self._page()
        self.who_title = text_label("", "SectionTitle")
        c.addWidget(self.who_title)
        c.addWidget(self.who_field)
        self.who_licence = text_label("", "Lead")
        c.addWidget(self.who_licence)
        self.who_next = self._button(c, lambda: self._go(WHAT))
        # The keyboard's Enter key (or a hardware one) is Next, once Next may be pressed.
        self.who_field.returnPressed.connect(lambda: press_if_enabled(self.who_next))
        _, c = self._page()
        self.what_title = text_label("", "SectionTitle")
        c.addWidget(self.what_title)
        for key, _text in REASONS:
            choice = QPushButton()
            choice.setObjectName("Choice")
            choice.setCheckable(True)
            choice.setAccessibleName(key)
            choice.toggled.connect(lambda on, b=choice: self._choice_toggled(b, on))
            # The grid decides the width (two columns on a wide screen, so the keyboard for "other" fits).
            choice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self.choices[key] = choice
            show_ticked(choice, False)
        grid = TileGrid(min_width=760, max_columns=2)
        grid.set_tiles(list(self.choices.values()))
        c.addWidget(grid)
        self.other_field.hide()
        c.addWidget(self.other_field)
        row = self._actions(c, WHAT)
        self.what_next = self._button(row, lambda: self._go(CONSENT))
        row.addStretch(1)
        self.other_field.returnPressed.connect(lambda: press_if_enabled(self.what_next))
        _, c = self._page()
        self.consent_title = text_label("", "SectionTitle")
        self.consent_text = text_label("", "Lead")
        c.addWidget(self.consent_title)
        c.addWidget(self.consent_text)
        # Two big choices: side by side on a wide screen, one above the other in portrait.
        self.consent_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.consent_row.setSpacing(24)
        self.consent_no = self._big_choice("lock", self._decline_contact)
        self.consent_yes = self._big_choice("phone", lambda: self._go(PHONE), secondary=True)
        c.addLayout(self.consent_row, 100)
        self._actions(c, CONSENT).addStretch(1)
        c.addStretch(1)
        self.body.setStretchFactor(self.pages[-1], 100)
        _, c = self._page()
        self.phone_step = PhoneStep()  # the call-back request's phone step: a large keypad, centred
        c.addWidget(self.phone_step, 1)
        # Its Next is the keypad's own key; its Back stands beside the keypad or under it.
        self.back_buttons[PHONE] = self._button(None, self._step_back, secondary=True)
        self.phone_step.add_back(self.back_buttons[PHONE])
        self.body.setStretchFactor(self.pages[-1], 100)  # the keypad takes the room the page leaves
        self.phone_field = self.phone_step.field
        self.phone_pad = self.phone_step.pad
        self.phone_next = self.phone_step.next_key  # the keypad's own Next key, under the digits
        _, c = self._page()
        self.review_title = text_label("", "SectionTitle")
        summary, self.review_text = summary_card()
        self.review_error = MessageLabel("Lead")
        c.addWidget(self.review_title)
        c.addWidget(summary)
        c.addWidget(self.review_error)
        row = self._actions(c, REVIEW)
        self.send_button = self._button(row, self._send)
        self.send_button.setObjectName("BigAction")
        self.send_button.setMinimumWidth(480)
        row.addStretch(1)
        self.review_next = NextSteps()
        c.addWidget(self.review_next)
        _, c = self._page()
        self.done_title = text_label("", "SectionTitle")
        self.done_reference = text_label("", "Reference")
        self.done_text = text_label("", "Lead")
        self.done_qr = QrPanel(size=220)
        self.done_hotline = HotlinePanel()
        self.done_next = NextSteps()
        for w in (self.done_title, self.done_reference, self.done_text, self.done_qr, self.done_next):
            c.addWidget(w)
        c.addWidget(self.done_hotline)
        self.finish_button = self._button(c, self._finish)
        self.sending = SendFlow(
            self.ctx, self.send_button, self.done_reference, self.done_qr, self.review_error
        )
        self.who_field.textChanged.connect(self._update_buttons)

    def enter(self, **params: object) -> None:
        super().enter(**params)
        target = str(params.get("target") or "")
        self.who_field.setText(target[:200])
        self.licence = str(params.get("licence") or "")[:40]
        self._show_licence()
        self._go(WHO)

    def _show_licence(self) -> None:
        text = self.tr("Licence number: {value}").format(value=self.licence) if self.licence else ""
        self.who_licence.setText(text)
        self.who_licence.setVisible(bool(text))

    def _show_what_next(self) -> None:
        if self.scroll_area is not None and self.step == WHAT:
            self.scroll_area.ensureWidgetVisible(self.what_next)

    def _choice_toggled(self, button: QPushButton, checked: bool) -> None:
        show_ticked(button, checked)
        if button is self.choices.get("other"):
            self.other_field.setVisible(checked)
            if checked:
                self.keyboard.attach(self.other_field)
                self.keyboard.set_layout_for_language(self.lang)
                self.other_field.setFocus()
                # After the keyboard has taken its room: keep the field and Next in view above it.
                QTimer.singleShot(0, self._show_what_next)
            else:
                self.other_field.setText("")
            self.keyboard.setVisible(checked and self.step == WHAT)
            self._show_stage()
        self._update_buttons()

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
        self.other_field.setPlaceholderText(self.tr("What happened? (optional)"))
        self._show_licence()
        self.review_title.setText(self.tr("Check your report"))
        self.sending.set_texts(SendTexts(
            send=self.tr("Send report"), sending=self.tr("Sending…"), reference=self.tr("Reference code"),
            failed=self.tr("Your report could not be saved. Please try again, or call the hotline.")))
        self.done_title.setText(self.tr("Thank you. Your report was received."))
        self.done_text.setText(
            self.tr(
                "Write down this reference code, or scan it with your phone. Give it if you call the hotline."
            )
        )
        self.finish_button.setText(self.tr("Finish"))
        after = [
            ("centre", self.tr("The Migration Agency reads every report.")),
            ("call", self.tr("If you gave your phone number, an officer may call you.")),
        ]
        self.review_next.set_items(
            self.tr("What happens next"),
            [("qr", self.tr("You get a reference code on the next screen.")), *after],
        )
        self.done_next.set_items(self.tr("What happens next"), after)
        self.help_title.setText(self.tr("In trouble right now? Call the hotline."))
        self.help_badge.setText(QCoreApplication.translate("HotlinePanel", "SAMPLE NUMBER"))
        # The form is there at once; the hotline under its steps follows from the worker.
        store, lang = self.ctx.store, self.lang
        self.load_content(lambda: store.hotline(lang), self._show_hotline, waiting=False,
                          left_out=lambda: self._show_hotline(None))
        for button in (self.who_next, self.what_next):
            button.setText(self.tr("Next ›"))
        for button in self.back_buttons.values():
            button.setText(self.tr("‹ Back"))
        self._update_review()
        self._update_buttons()
        self._show_stage()

    def _show_hotline(self, hotline: Contact | None) -> None:
        """The hotline under the steps and on the confirmation; none when it could not be read."""
        self.done_hotline.set_contact(hotline)
        self.help_hotline.set_contact(hotline)
        self._has_hotline = hotline is not None and bool(hotline.phone)
        self.help_number.setText(hotline.phone or "" if hotline is not None else "")
        self.help_badge.setVisible(hotline is not None and hotline.sample)
        self._show_stage()

    def _go(self, step: int) -> None:
        if step == REVIEW:
            self._update_review()
        # Hidden steps take no room in the layout, so each step's buttons sit right under its fields.
        for i, page in enumerate(self.pages):
            page.setVisible(i == step)
        self.step = step
        self._show_stage()
        self._step_changed(step)

    def _show_stage(self) -> None:
        names = tuple(QCoreApplication.translate("ReportScreen", name) for name in STAGES)
        stage = STAGE_OF_STEP[self.step]
        self.stage_bar.set_steps(len(STAGES), stage, names)
        # The confirmation leads with its reference code; a landscape keypad needs every pixel of height.
        self.stage_bar.setVisible(self.step != DONE and (self._portrait or self.step != PHONE))
        if stage < len(STAGES):
            self.stage_bar.setAccessibleName(
                self.tr("Step {number} of {total}: {name}").format(
                    number=stage + 1, total=len(STAGES), name=names[stage]
                )
            )
        # Above a keyboard a landscape screen has no room left for it.
        typing = self.step == WHO or (self.step == WHAT and self.choices["other"].isChecked())
        helped = self.step in HELPED and self._has_hotline and (self._portrait or not typing)
        if helped:
            column = self.pages[self.step].layout()
            assert isinstance(column, QVBoxLayout)
            if column.indexOf(self.help) < 0:  # under this step's buttons, above a growing page's stretch
                column.insertWidget(column.count() - (1 if self.step == CONSENT else 0), self.help)
        self.help.setVisible(helped)
        # A landscape screen has room for the panel only beside the two consent choices.
        compact = not self._portrait and self.step in (WHO, WHAT, REVIEW)
        self.help_line.setVisible(compact)
        self.help_hotline.setVisible(not compact)

    def _step_changed(self, step: int) -> None:
        other = self.choices["other"].isChecked()
        field = {WHO: self.who_field, WHAT: self.other_field if other else None}.get(step)
        self.keyboard.attach(field)
        self.keyboard.setVisible(field is not None)
        if field is not None:
            self.keyboard.set_layout_for_language(self.lang)
            field.setFocus()
        if step == CONSENT:
            self._arrange_consent(self.width())  # the text size may have changed since the last resize
        if step == PHONE:
            self.phone_step.start()
        self.scroll_to_top()
        if step == WHAT and other:  # back from the next step: its field and Next above the keyboard again
            QTimer.singleShot(0, self._show_what_next)

    def _decline_contact(self) -> None:
        self.phone_step.clear()
        self._go(REVIEW)

    def _reasons(self) -> list[str]:
        return [key for key, button in self.choices.items() if button.isChecked()]

    def _update_buttons(self) -> None:
        self.who_next.setEnabled(len(self.who_field.text().strip()) >= 2)
        self.what_next.setEnabled(bool(self._reasons()))

    def _update_review(self) -> None:
        lines = [self.tr("Whom: {who}").format(who=typed_text(self.who_field.text().strip()))]
        if self.licence:
            lines.append(self.tr("Licence number: {value}").format(value=self.licence))
        lines += [f"• {self.choices[k].text()}" for k in self._reasons()]
        if self.other_field.text().strip():
            lines.append(f"  “{typed_text(self.other_field.text().strip())}”")
        phone = self.phone_step.number()
        lines.append(self.tr("Contact: {phone}").format(phone=phone) if phone else self.tr("Contact: none"))
        self.review_text.setText("\n".join(lines))
        self.review_error.setText("")

    def _payload(self) -> dict[str, object]:
        phone = self.phone_step.number()
        return {
            "target": self.who_field.text().strip(),
            "licence_no": self.licence or None,
            "other_text": self.other_field.text().strip() or None,
            "reasons": self._reasons(),
            "language": self.lang,
            "contact_consent": bool(phone),
            "contact_phone": phone or None,
            "kiosk_id": self.ctx.config.kiosk_id,
        }

    def _send(self) -> None:
        payload, state, store = self._payload(), self.ctx.state, self.ctx.store
        self.sending.send(lambda: state.add_report(with_content_version(payload, store)), self._saved)

    def _saved(self, reference: str) -> None:
        self.reference = reference
        self._go(DONE)

    def _finish(self) -> None:
        self.reset()
        self.ctx.navigator.home()

    def leave(self) -> None:
        """Every way out forgets the report: the next one, maybe for another agency, starts empty."""
        super().leave()
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.who_field.setText("")
        self.other_field.setText("")
        self.phone_step.clear()
        self.licence = ""
        self._show_licence()
        for button in self.choices.values():
            button.setChecked(False)
        self.reference = ""
        self.sending.clear()
        self.review_text.setText("")
        self._go(WHO)

    def speech_text(self) -> str:
        page = self.pages[self.step]
        return ". ".join(lbl.text() for lbl in page.findChildren(QLabel) if lbl.isVisible() and lbl.text())
