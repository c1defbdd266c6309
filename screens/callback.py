"""Call me back: the situation centre calls the traveller.

Steps: phone number (+998 prefilled; any country allowed) → language to be called in → topic → destination
country → consent and send → the reference. A tap on a choice answers and moves to the next step. Each step
after the first has a Back of its own to the step before, keeping what was entered (the header's Back
leaves the request, and leaving forgets it), as the report's steps do.
The request is checked with the same rule the server applies
(`content.callbacks`), committed to `state.db` off the UI thread, and the reference is shown only after the
commit. The outbox delivers it; the kiosk deletes it once the server confirms. Everything typed is wiped
when the screen is reset (end of session, or "Finish").

The first step needs no read: the destination countries (the country guides) and the hotline under the
questions are read on the kiosk's worker as the screen opens (PageScreen.load_content, as Home's banner),
long before a traveller has typed a number and reached them. If that read fails, the hotline is left out and
the countries stay as last read ("Not decided yet" at least: the centre asks on the call).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from content.callbacks import (
    CALL_LANGUAGES,
    TOPICS,
    UNDECIDED,
    callback_problems,
    is_urgent,
    normalise_phone,
)
from kiosk.services.locale_text import place_name
from kiosk.services.store import Contact, Guide
from kiosk.shell.i18n import QT_TRANSLATE_NOOP
from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.cards import summary_card
from screens.widgets.hotline import HotlinePanel
from screens.widgets.icon import show_ticked
from screens.widgets.labels import MessageLabel, text_label
from screens.widgets.next_steps import NextSteps
from screens.widgets.phone_step import PhoneStep
from screens.widgets.qr_panel import QrPanel
from screens.widgets.send_flow import SendFlow, SendTexts, with_content_version
from screens.widgets.step_bar import StepBar
from screens.widgets.style import restyle
from screens.widgets.tile import TileGrid

# Each language in its own name and script: a traveller recognises it whatever the screen's language.
LANGUAGE_NAMES = {"uz": "Oʻzbekcha", "ru": "Русский", "en": "English", "kaa": "Qaraqalpaqsha"}
TOPIC_TEXTS = {
    "passport_taken": QT_TRANSLATE_NOOP("CallbackScreen", "My passport was taken"),
    "forced_labour": QT_TRANSLATE_NOOP("CallbackScreen", "I am forced to work"),
    "armed_forces": QT_TRANSLATE_NOOP("CallbackScreen", "Someone offers me military service"),
    "unpaid_wages": QT_TRANSLATE_NOOP("CallbackScreen", "My wages are not paid"),
    "job_offer": QT_TRANSLATE_NOOP("CallbackScreen", "Is my job offer real?"),
    "documents": QT_TRANSLATE_NOOP("CallbackScreen", "Visa, contract or documents"),
    "other": QT_TRANSLATE_NOOP("CallbackScreen", "Something else"),
}
PHONE, LANGUAGE, TOPIC, COUNTRY, CONSENT, DONE = range(6)
# What the step bar shows, one stage per question, as the report's bar does for its steps.
STAGES = (
    QT_TRANSLATE_NOOP("CallbackScreen", "Phone"),
    QT_TRANSLATE_NOOP("CallbackScreen", "Language"),
    QT_TRANSLATE_NOOP("CallbackScreen", "Topic"),
    QT_TRANSLATE_NOOP("CallbackScreen", "Country"),
    QT_TRANSLATE_NOOP("ReportScreen", "Send"),
)
STAGE_CONTEXTS = ("CallbackScreen",) * 4 + ("ReportScreen",)  # "Send": the report's word for the same stage
# The steps that show the hotline under their choices: a traveller in trouble now should not have to wait
# for a call to find the number. Not under the keypad, which needs the height, nor on the confirmation.
HELPED = (LANGUAGE, TOPIC, COUNTRY, CONSENT)
# The step a step's own Back returns to (the first step's way out is the header's Back).
PREVIOUS = {LANGUAGE: PHONE, TOPIC: LANGUAGE, COUNTRY: TOPIC, CONSENT: COUNTRY}


def _choice(text: str, key: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("Choice")
    button.setCheckable(True)
    button.setProperty("key", key)
    # The grid, not the text, decides the width: otherwise a long label widens the page past the screen
    # and the grid, measuring itself, keeps two columns in portrait. The layout check catches a clip.
    button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    return button


class CallbackScreen(PageScreen):
    READS_ON_WORKER = True

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.pages: list[QWidget] = []
        self._guides: list[Guide] = []  # the destination countries, as last read
        self.step = PHONE
        self.reference = ""
        self.languages = QButtonGroup(self)
        self.topics = QButtonGroup(self)
        self.countries = QButtonGroup(self)
        self.consent = _choice("", "consent")
        self.back_buttons: dict[int, QPushButton] = {}  # each step's own Back, by step
        self._portrait = False
        self._has_hotline = False
        self.stage_bar = StepBar()
        self.body.addWidget(self.stage_bar)
        self._build_steps()
        # The hotline moves into the step shown, right under its choices and Back (as on the report's steps).
        # Parented from the start: a panel without a parent that shows itself would open a window of its own.
        self.help = QWidget(self.pages[LANGUAGE])
        help_column = QVBoxLayout(self.help)
        help_column.setContentsMargins(0, 12, 0, 0)
        help_column.setSpacing(12)
        self.help_title = text_label("", "Lead")
        self.help_hotline = HotlinePanel()
        help_column.addWidget(self.help_title)
        help_column.addWidget(self.help_hotline)
        self.body.addStretch(1)
        self._clear_fields()

    def _page(self) -> QVBoxLayout:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(18)
        self.body.addWidget(page)
        self.pages.append(page)
        return column

    def _next(self, column: QVBoxLayout, step: int) -> QPushButton:
        button = QPushButton()
        button.clicked.connect(lambda: self._go(step))
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return button

    def _back(self, layout: QBoxLayout, step: int) -> QPushButton:
        """`step`'s own Back (a large secondary button, as the report's), added to `layout`."""
        button = QPushButton()
        button.setObjectName("SecondaryButton")
        button.clicked.connect(self._step_back)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.back_buttons[step] = button
        return button

    def _step_back(self) -> None:
        """One step back, everything entered kept. Not while the request is being saved: its confirmation is
        on its way."""
        if self.step in PREVIOUS and not self.sending.busy:
            self._go(PREVIOUS[self.step])

    def _build_steps(self) -> None:
        c = self._page()
        self.lead = text_label("", "Lead")
        c.addWidget(self.lead)
        self.phone_step = PhoneStep()  # the report's phone step: a large keypad, centred
        c.addWidget(self.phone_step, 1)
        self.body.setStretchFactor(self.pages[-1], 100)  # the keypad takes the room the page leaves
        self.phone_field = self.phone_step.field
        self.phone_pad = self.phone_step.pad
        self.phone_error = self.phone_step.error
        self.phone_next = self.phone_step.next_key
        self.phone_step.submitted.connect(lambda: self._go(LANGUAGE))
        # Choices sit in columns where the screen is wide, so a whole question fits without scrolling.
        c = self._page()
        self.language_title = text_label("", "SectionTitle")
        c.addWidget(self.language_title)
        grid = TileGrid(min_width=720, max_columns=2)
        for key in CALL_LANGUAGES:
            self.languages.addButton(_choice(LANGUAGE_NAMES[key], key))
        grid.set_tiles(self.languages.buttons())
        c.addWidget(grid)
        self._back(c, LANGUAGE)
        c = self._page()
        self.topic_title = text_label("", "SectionTitle")
        c.addWidget(self.topic_title)
        grid = TileGrid(min_width=720, max_columns=2)
        for key in TOPICS:
            self.topics.addButton(_choice("", key))
        grid.set_tiles(self.topics.buttons())
        c.addWidget(grid)
        self._back(c, TOPIC)
        c = self._page()
        self.country_title = text_label("", "SectionTitle")
        c.addWidget(self.country_title)
        self.country_grid = TileGrid(min_width=440, max_columns=3)
        c.addWidget(self.country_grid)
        self._back(c, COUNTRY)
        c = self._page()
        self.review_title = text_label("", "SectionTitle")
        summary, self.review_text = summary_card()
        self.consent_text = text_label("")
        self.review_error = MessageLabel("Lead")
        self.consent.toggled.connect(self._update_buttons)
        # Ticked or not is seen without telling colours apart, as on the report's reasons.
        self.consent.toggled.connect(lambda on: show_ticked(self.consent, on))
        show_ticked(self.consent, False)
        for item in (self.review_title, summary, self.consent_text, self.consent, self.review_error):
            c.addWidget(item)
        row = QHBoxLayout()  # Back, then the button that sends, as on the report's review
        row.setSpacing(24)
        self._back(row, CONSENT)
        self.send_button = QPushButton()
        self.send_button.setObjectName("BigAction")
        self.send_button.setMinimumWidth(480)
        self.send_button.clicked.connect(self._send)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addStretch(1)
        c.addLayout(row)
        self.review_next = NextSteps()  # portrait only, as on the report's review
        c.addWidget(self.review_next)
        c = self._page()
        self.done_title = text_label("", "SectionTitle")
        self.done_reference = text_label("", "Reference")
        self.done_text = text_label("", "Lead")
        self.done_urgent = text_label("", "Lead")
        self.done_qr = QrPanel(size=220)
        # What happens next, where a portrait screen has the room (as on the report's confirmation).
        self.done_next = NextSteps()
        for part in (self.done_title, self.done_reference, self.done_text, self.done_urgent, self.done_qr,
                     self.done_next):
            c.addWidget(part)
        self.done_hotline = HotlinePanel()  # until the call comes: the number to call meanwhile
        c.addWidget(self.done_hotline)
        self.finish_button = QPushButton()
        self.finish_button.clicked.connect(self._finish)
        c.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.sending = SendFlow(
            self.ctx, self.send_button, self.done_reference, self.done_qr, self.review_error
        )
        # One tap answers a question and moves on: no separate "Next" to find below a long list.
        self.languages.buttonClicked.connect(lambda _b: self._go(TOPIC))
        self.topics.buttonClicked.connect(lambda _b: self._go(COUNTRY))
        self.countries.buttonClicked.connect(lambda _b: self._go(CONSENT))

    def enter(self, **params: object) -> None:
        super().enter(**params)
        if self.languages.checkedButton() is None:  # the screen's language is the likely one
            spoken = {"uz-Latn": "uz", "uz-Cyrl": "uz"}.get(self.lang, self.lang)
            for button in self.languages.buttons():
                button.setChecked(button.property("key") == spoken)
        self._go(self.step if self.step != DONE else PHONE)

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Call me back"))
        self.lead.setText(self.tr("The Migration Agency's situation centre will call you back."))
        self.language_title.setText(self.tr("In which language should we call you?"))
        self.topic_title.setText(self.tr("What is it about?"))
        for button in self.topics.buttons():
            button.setText(QCoreApplication.translate("CallbackScreen", TOPIC_TEXTS[button.property("key")]))
        self.country_title.setText(self.tr("Where are you going to work?"))
        self._fill_countries()
        self.review_title.setText(self.tr("Check your request"))
        self.consent_text.setText(
            self.tr("Your number is used only for this call. It is deleted from this kiosk as soon as the "
                    "centre has received it.")
        )
        self.consent.setText(self.tr("I agree to be called on this number"))
        self.sending.set_texts(SendTexts(
            send=self.tr("Send request"), sending=self.tr("Sending…"), reference=self.tr("Reference code"),
            failed=self.tr("Your request could not be saved. Please try again, or call the hotline.")))
        self.done_title.setText(self.tr("Your request was received. The centre will call you."))
        self.done_text.setText(self.tr("Write down this reference code or scan it. The operator will say it "
                                       "when they call."))
        self.finish_button.setText(self.tr("Finish"))
        for button in self.back_buttons.values():
            # The report's own step Back: the same word, in the same place of a flow.
            button.setText(QCoreApplication.translate("ReportScreen", "‹ Back"))
        self.help_title.setText(  # the report's words: the same offer, in the same place of a flow
            QCoreApplication.translate("ReportScreen", "In trouble right now? Call the hotline."))
        store, lang = self.ctx.store, self.lang
        self.load_content(lambda: (store.guides(lang), store.hotline(lang)), lambda found: self._read(*found),
                          waiting=False, left_out=lambda: self._show_hotline(None))
        after = QCoreApplication.translate("ReportScreen", "What happens next")
        code = QCoreApplication.translate("ReportScreen", "You get a reference code on the next screen.")
        self.review_next.set_items(after, [("qr", code), ("call", self.lead.text())])
        self.done_next.set_items(after, [("call", self.lead.text()), ("lock", self.consent_text.text())])
        self._update_review()
        self._update_buttons()
        self._show_stage()

    def _read(self, guides: list[Guide], hotline: Contact | None) -> None:
        self._guides = guides
        self._fill_countries()
        self._show_hotline(hotline)

    def _show_hotline(self, hotline: Contact | None) -> None:
        """The hotline under the questions and on the confirmation; none when it could not be read."""
        self._has_hotline = hotline is not None and bool(hotline.phone)
        self.help_hotline.set_contact(hotline)
        self.done_hotline.set_contact(hotline)
        self._show_stage()

    def _fill_countries(self) -> None:
        """One choice per country guide (as last read), then "not decided"; the previous choice stays
        selected."""
        chosen = self._checked(self.countries)
        for button in self.countries.buttons():
            self.countries.removeButton(button)
        options = [(g.country, place_name(g.country, self.lang, g.name, g.fallback)) for g in self._guides]
        options.append((UNDECIDED, self.tr("Not decided yet")))
        for key, name in options:
            button = _choice(name, key)
            button.setChecked(key == chosen)
            restyle(button, "tall", self._portrait)
            self.countries.addButton(button)  # buttonClicked of the group moves on
        self.country_grid.set_tiles(self.countries.buttons())  # deletes the previous buttons

    @staticmethod
    def _checked(group: QButtonGroup) -> str | None:
        button = group.checkedButton()
        return str(button.property("key")) if button is not None else None

    def _go(self, step: int) -> None:
        if step == CONSENT:
            self._update_review()
        for i, page in enumerate(self.pages):
            page.setVisible(i == step)
        self.step = step
        self._show_stage()
        if step == PHONE:
            self.phone_step.start()
        self.scroll_to_top()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Portrait has room to spare: the choices are taller (the style sheet's #Choice[tall="true"], as the
        report's reasons), and the step bar stands above the keypad too."""
        portrait = self._portrait = event.size().height() > event.size().width()
        # Landscape: the request, Send, the reference and Finish stay in view without them.
        self.done_next.setVisible(portrait)
        self.review_next.setVisible(portrait)
        for group in (self.languages, self.topics, self.countries):
            for choice in group.buttons():
                restyle(choice, "tall", portrait)
        restyle(self.consent, "tall", portrait)
        self._show_stage()
        super().resizeEvent(event)

    def _show_stage(self) -> None:
        """The step bar (not on the confirmation, nor above a landscape keypad, which needs every pixel of
        height) and the hotline under the step's choices."""
        names = tuple(QCoreApplication.translate(context, name) for context, name in zip(
            STAGE_CONTEXTS, STAGES, strict=True))
        stage = min(self.step, len(STAGES))
        self.stage_bar.set_steps(len(STAGES), stage, names)
        self.stage_bar.setVisible(self.step != DONE and (self._portrait or self.step != PHONE))
        if stage < len(STAGES):
            # The report's words for it: "Step 2 of 5: Language".
            self.stage_bar.setAccessibleName(QCoreApplication.translate(
                "ReportScreen", "Step {number} of {total}: {name}").format(
                number=stage + 1, total=len(STAGES), name=names[stage]))
        helped = self.step in HELPED and self._has_hotline
        if helped:
            column = self.pages[self.step].layout()
            assert isinstance(column, QVBoxLayout)
            if column.indexOf(self.help) < 0:
                column.addWidget(self.help)
        self.help.setVisible(helped)

    def _update_buttons(self) -> None:
        self.send_button.setEnabled(self.consent.isChecked())

    def _payload(self) -> dict[str, object]:
        return {
            "phone": normalise_phone(self.phone_field.text()),
            "call_language": self._checked(self.languages),
            "topic": self._checked(self.topics),
            "country": self._checked(self.countries),
            "consent": self.consent.isChecked(),
            "ui_language": self.lang,
            "kiosk_id": self.ctx.config.kiosk_id,
        }

    def _update_review(self) -> None:
        topic, language = self.topics.checkedButton(), self.languages.checkedButton()
        country = self.countries.checkedButton()
        lines = [
            self.tr("Phone: {phone}").format(phone=normalise_phone(self.phone_field.text())),
            self.tr("Language: {language}").format(language=language.text() if language else "—"),
            self.tr("Topic: {topic}").format(topic=topic.text() if topic else "—"),
            self.tr("Country: {country}").format(country=country.text() if country else "—"),
        ]
        self.review_text.setText("\n".join(lines))
        self.review_error.setText("")

    def _send(self) -> None:
        payload, state, store = self._payload(), self.ctx.state, self.ctx.store
        if callback_problems(payload):
            # Cannot happen through the buttons; never commit a request the server would refuse.
            self.review_error.setText(self.tr("Please answer every question and agree to be called."))
            return
        self.sending.send(lambda: state.add_callback(with_content_version(payload, store)), self._saved)

    def _saved(self, reference: str) -> None:
        urgent = is_urgent(str(self._checked(self.topics)))
        self.reference = reference
        self.done_urgent.setText(
            self.tr("If you are in danger now, call the emergency number of the country you are in.")
            if urgent else "")
        self.done_urgent.setVisible(urgent)
        self._clear_fields()  # the request is in state.db; nothing typed stays on screen
        self._go(DONE)

    def _finish(self) -> None:
        self.reset()
        self.ctx.navigator.home()

    def _clear_fields(self) -> None:
        self.phone_step.clear()
        for group in (self.languages, self.topics, self.countries):
            button = group.checkedButton()
            if button is not None:
                group.setExclusive(False)
                button.setChecked(False)
                group.setExclusive(True)
        self.consent.setChecked(False)
        self.review_text.setText("")

    def reset(self) -> None:
        super().reset()
        self._clear_fields()
        self.reference = ""
        self.sending.clear()
        self._go(PHONE)

    def speech_text(self) -> str:
        page = self.pages[self.step]
        return ". ".join(lbl.text() for lbl in page.findChildren(QLabel) if lbl.isVisible() and lbl.text())
