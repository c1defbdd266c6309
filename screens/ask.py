"""Ask a question: type in any language or script, typos allowed; the answers are paragraphs taken word
for word from verified content (or an editor's answer), each with its title and a button to open the item.
When nothing answers well the screen says so and offers the situation centre. Nothing is generated.

The editors' questions offered to tap are read on the kiosk's worker as the screen opens, once per language
and content (PageScreen.load_content, as Home's banner): the field is there at once, the questions follow;
a keystroke reads nothing. If that read fails, no questions are offered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QPushButton, QVBoxLayout, QWidget

from content.ask.engine import Answer
from content.markdown import spoken_text
from screens.base import PageScreen
from screens.context import ScreenContext
from screens.reader import markdown_label
from screens.widgets.keyboard import OnScreenKeyboard
from screens.widgets.labels import fallback_note, text_label
from screens.widgets.suggestions import SuggestedQuestions

MAX_ANSWERS = 3
# Questions offered to tap: as many as fill the room above the keyboard (two columns of two in landscape,
# one column of eight in portrait); in larger text the page scrolls.
SUGGESTIONS = {"landscape": 4, "portrait": 8}
OPEN = {"articles": "article", "alerts": "alert", "guides": "guide"}
PARAM = {"articles": "article_id", "alerts": "alert_id", "guides": "country"}


class AnswerCard(QFrame):
    """One answer: the item's title, the paragraph verbatim, a note if shown in another language, "Open"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 20, 28, 20)
        column.setSpacing(10)
        self.title = text_label("", "TileTitle")
        self.text = markdown_label("")
        self.note = text_label("", "Muted")
        self.open_button = QPushButton()
        self.open_button.setObjectName("SecondaryButton")
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addWidget(self.note)
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.answer: Answer | None = None


class AskScreen(PageScreen):
    READS_ON_WORKER = True

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.lead = text_label("", "Lead")
        self.body.addWidget(self.lead)
        self.field = QLineEdit()
        self.field.setObjectName("SearchField")
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.setDragEnabled(False)
        self.field.setMaxLength(300)
        self.field.textChanged.connect(self._answer)
        self.body.addWidget(self.field)
        self.status = text_label("", "Muted")
        self.body.addWidget(self.status)
        self.cards: list[AnswerCard] = []
        for _ in range(MAX_ANSWERS):
            card = AnswerCard()
            card.open_button.clicked.connect(lambda _=False, c=card: self._open(c))
            card.hide()
            self.body.addWidget(card)
            self.cards.append(card)
        self.none_label = text_label("", "Lead")
        self.body.addWidget(self.none_label)
        self.situation_centre = QPushButton()
        self.situation_centre.clicked.connect(self._situation_centre)
        self.body.addWidget(self.situation_centre, 0, Qt.AlignmentFlag.AlignLeft)
        self._suggested: tuple[tuple[str, int] | None, list[tuple[str, str]]] = (None, [])
        self.suggestions = SuggestedQuestions()
        self.suggestions.chosen.connect(self._ask_this)
        self.body.addWidget(self.suggestions)
        self.body.addStretch(1)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.field)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)  # PageScreen's: header, language bar, body, SAMPLE strip
        outer.insertWidget(outer.count() - 1, self.keyboard)
        ctx.ask.ready.connect(lambda: self._answer(self.field.text()))  # type: ignore[union-attr]

    def enter(self, **params: object) -> None:
        """`question` (optional) fills the field, as if typed (the screenshot tool shows answers so)."""
        super().enter(**params)
        if isinstance(params.get("question"), str):
            self.field.setText(str(params["question"]))
        self.keyboard.set_layout_for_language(self.lang)
        self.ctx.ask.prepare()  # type: ignore[union-attr]
        self.field.setFocus()

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Ask a question"))
        self.lead.setText(
            self.tr(
                "Type your question in any language. The answers are taken word for word "
                "from checked information; nothing is made up."
            )
        )
        self.field.setPlaceholderText(self.tr("For example: can my employer keep my passport?"))
        self.situation_centre.setText(self.tr("Ask for a call back"))
        self._answer(self.field.text())
        read_for = (self.lang, self.ctx.store.generation)
        if self._suggested[0] != read_for:
            store, lang = self.ctx.store, self.lang
            self.load_content(lambda: store.suggested_questions(lang),
                              lambda pairs: self._read(read_for, pairs), waiting=False)

    def _read(self, read_for: tuple[str, int], pairs: list[tuple[str, str]]) -> None:
        self._suggested = (read_for, pairs)
        self._suggest()

    def _answer(self, text: str) -> None:
        """Runs per keystroke: the engine answers in well under a millisecond once its index is built."""
        asked = len(text.strip()) >= 3
        answers = self.ctx.ask.ask(text, self.lang, limit=MAX_ANSWERS) if asked else []  # type: ignore[union-attr]
        waiting = answers is None
        self.status.setText(self.tr("Preparing the answers…") if waiting else "")
        self.status.setVisible(waiting)
        shown = answers or []
        for card, answer in zip(self.cards, shown, strict=False):
            self._fill(card, answer)
        for card in self.cards[len(shown) :]:
            card.hide()
            card.answer = None
        none = asked and not waiting and not shown
        self.none_label.setText(
            self.tr(
                "There is no checked answer to this question here. The situation "
                "centre can call you back and help."
            )
        )
        self.none_label.setVisible(none)
        self.situation_centre.setVisible(none)
        # The editors' questions fill the room the answers leave (all of it before anything is typed),
        # less those whose answer is shown.
        if none:
            heading = self.tr("Or tap one of these questions:")
        elif shown:
            heading = self.tr("Other questions travellers ask")
        else:
            heading = self.tr("Questions travellers often ask")
        self.suggestions.heading.setText(heading)
        self._suggest({a.ref for a in shown if a.kind == "qa"})

    def _suggest(self, answered: set[str] | None = None) -> None:
        """The editors' questions in the traveller's language, as many as the orientation has room for."""
        if answered is None:
            answered = {c.answer.ref for c in self.cards if c.answer is not None and c.answer.kind == "qa"}
        orientation = "portrait" if self.height() > self.width() else "landscape"
        # Read on the worker once per language and content (`refresh`); none until then.
        read = self._suggested[1] if self._suggested[0] == (self.lang, self.ctx.store.generation) else []
        pairs = [q for ref, q in read if ref not in answered]
        self.suggestions.set_questions(pairs[: SUGGESTIONS[orientation]])
        self.suggestions.setVisible(bool(pairs))  # no heading over no questions

    def _ask_this(self, question: str) -> None:
        self.field.setText(question)  # answers as if typed (textChanged)
        self.field.setFocus()
        self.scroll_to_top()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._suggest()  # the orientation may have changed: as many questions as it has room for

    def _fill(self, card: AnswerCard, answer: Answer) -> None:
        card.answer = answer
        card.title.setText(answer.title)
        card.text.setText(answer.text)
        note = fallback_note(answer.lang) if answer.lang != self.lang else ""
        card.note.setText(note)
        card.note.setVisible(bool(note))
        card.open_button.setText(self.tr("Open"))
        card.open_button.setVisible(bool(answer.open))
        card.show()

    def _open(self, card: AnswerCard) -> None:
        if card.answer is None or not card.answer.open:
            return
        folder, _, ref = card.answer.open.partition("/")
        if folder in OPEN:
            self.ctx.navigator.go(OPEN[folder], **{PARAM[folder]: ref})

    def _situation_centre(self) -> None:
        self.ctx.navigator.go("callback" if self.ctx.navigator.has("callback") else "contacts")

    def reset(self) -> None:
        super().reset()
        self.field.setText("")  # also clears the undo history: nothing typed can be brought back
        self._answer("")

    def speech_text(self) -> str:
        parts = [self.header.title.text()]
        parts += [f"{c.title.text()}. {spoken_text(c.text.text())}" for c in self.cards if c.isVisible()]
        if self.none_label.isVisible():
            parts.append(self.none_label.text())
        return ". ".join(parts)
