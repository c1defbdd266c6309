"""Is this job offer safe? One question of the red-flag checker per screen: yes, no or "I don't know".

The answers so far travel in the navigator's parameters (`answers`), so Back shows the previous question
and nothing is kept anywhere else; the questions, icons and rules come from the signed content. The checker
is read once as the screen opens, on the kiosk's worker (PageScreen.load_content), and serves every step
after it: a tap on an answer shows the next question with no read.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QSizePolicy

from content.checker import Checker, evaluate
from screens.base import PageScreen
from screens.context import ScreenContext
from screens.widgets.icon import IconButton, IconLabel
from screens.widgets.labels import fallback_note, text_label
from screens.widgets.step_bar import StepBar

# Each question's picture is one of the vendored icons, named by the checker's icon names
# (content/checker_source.py CHECKER_ICONS; kiosk/services/icons.py ICON_NAMES draws each): the same picture
# on every kiosk, in the theme's colours, where the font symbols it replaced were a bare rectangle for a card.
QUESTION_ICON_PX = 144
# The answers as big buttons, each with a picture a traveller who barely reads can tell apart.
ANSWER_ICONS = {"yes": "licensed", "no": "revoked", "unsure": "not_found"}
ANSWER_MIN_PX = 140
# The tallest an answer grows: in portrait the three stand one above the other; in landscape, side by side,
# they may be taller and still leave the question on top.
ANSWER_MAX_PX = {"portrait": 250, "landscape": 330}
log = logging.getLogger(__name__)
Answers = tuple[tuple[str, str], ...]


class RedFlagsScreen(PageScreen):
    """Params: `step` (0-based question index) and `answers` ((question id, answer), ...) given so far."""

    READS_ON_WORKER = True

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.progress = text_label("", "Muted")
        self.steps = StepBar()
        self.intro = text_label("", "Lead")
        self.body.addWidget(self.progress)
        self.body.addWidget(self.steps)
        self.body.addWidget(self.intro)
        row = QHBoxLayout()
        row.setSpacing(28)
        self.icon = IconLabel("", QUESTION_ICON_PX)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.question = text_label("", "ScreenTitle")
        row.addWidget(self.question, 1)
        self.body.addLayout(row)
        # Side by side on a wide screen; one above the other, full width and taller, on a portrait one, where
        # three short buttons in a row left the lower two thirds of the screen blank.
        self.answer_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.answer_row.setSpacing(24)
        self.answer_buttons: dict[str, QPushButton] = {}
        for answer in ("yes", "no", "unsure"):
            button = IconButton("", ANSWER_ICONS[answer], 64)
            button.setObjectName("AnswerButton")
            button.setMinimumHeight(ANSWER_MIN_PX)
            button.setMaximumHeight(ANSWER_MAX_PX["landscape"])
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.clicked.connect(lambda _=False, a=answer: self.answer(a))
            self.answer_row.addWidget(button, 1)
            self.answer_buttons[answer] = button
        self.body.addLayout(self.answer_row, 10)  # the answers take the room the question leaves
        self.lookup = QPushButton()
        self.lookup.setObjectName("SecondaryButton")
        self.lookup.clicked.connect(lambda: self.ctx.navigator.go("check"))
        self.body.addWidget(self.lookup, 0, Qt.AlignmentFlag.AlignLeft)
        self.note = text_label("", "Muted")
        self.body.addWidget(self.note)
        self.body.addStretch(1)
        self.checker: Checker | None = None
        self._checker_for: tuple[str, int] | None = None  # (language, content generation) it was read for

    @property
    def step(self) -> int:
        return int(self.params.get("step", 0))

    @property
    def answers(self) -> Answers:
        return tuple(self.params.get("answers", ()))

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Is this job offer safe?"))
        self.answer_buttons["yes"].setText(self.tr("Yes"))
        self.answer_buttons["no"].setText(self.tr("No"))
        self.answer_buttons["unsure"].setText(self.tr("I don't know"))
        self.lookup.setText(self.tr("Check the recruiter's name now"))
        self.intro.setText(
            self.tr(
                "Answer a few short questions about your job offer. Your answers are not "
                "saved: they are forgotten when you finish."
            )
        )
        self.intro.setVisible(self.step == 0)
        read_for = (self.lang, self.ctx.store.generation)
        if self._checker_for == read_for:
            self._show_step()  # the checker read as the screen opened serves every step
            return
        # Opened (or the language or content changed): nothing is asked until the checker is read.
        self.checker, self._checker_for = None, None
        self._clear_question()
        store, lang = self.ctx.store, self.lang
        self.load_content(lambda: store.checker(lang), lambda checker: self._read(read_for, checker))

    def _read(self, read_for: tuple[str, int], checker: Checker | None) -> None:
        self.checker, self._checker_for = checker, read_for
        self._show_step()

    def _clear_question(self) -> None:
        """No question and no answers: while the checker is read, if it cannot be read, or if it has none.
        No progress either: an empty line and bar left a gap under "Loading…"."""
        self.progress.setText("")
        self.progress.hide()
        self.steps.set_steps(0, 0)
        self.steps.hide()
        self.question.setText("")
        self.icon.set_icon("")
        self.icon.hide()
        for button in self.answer_buttons.values():
            button.hide()
        self.lookup.hide()
        self.note.setText("")

    def _show_step(self) -> None:
        """The question of this step, from the checker read as the screen opened."""
        questions = self.checker.questions if self.checker else ()
        if not questions:
            self._clear_question()
            self.question.setText(self.tr("The checker is not available on this kiosk yet."))
            return
        step = min(self.step, len(questions) - 1)
        question = questions[step]
        self.progress.setText(
            self.tr("Question {number} of {total}").format(number=step + 1, total=len(questions))
        )
        self.steps.set_steps(len(questions), step)
        self.progress.show()
        self.steps.show()
        self.steps.setAccessibleName(self.progress.text())
        self.icon.set_icon(question.icon)
        self.icon.setVisible(bool(question.icon))
        self.question.setText(question.text)
        for button in self.answer_buttons.values():
            button.show()
        self.lookup.setVisible(question.lookup == "registry")
        self.note.setText(self._fallback_note())

    def resizeEvent(self, event: QResizeEvent) -> None:
        portrait = event.size().height() > event.size().width()
        self.answer_row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        for button in self.answer_buttons.values():
            button.setMaximumHeight(ANSWER_MAX_PX["portrait" if portrait else "landscape"])
        super().resizeEvent(event)

    def _fallback_note(self) -> str:
        return fallback_note(self.checker.fallback if self.checker else None)

    def answer(self, value: str) -> None:
        """Record `value` and go on; after the last question, count the flags fired and show the result."""
        if self.checker is None or not self.checker.questions:
            return
        questions = self.checker.questions
        step = min(self.step, len(questions) - 1)
        answers = (*[(q, a) for q, a in self.answers if q != questions[step].id], (questions[step].id, value))
        if step + 1 < len(questions):
            self.ctx.navigator.go("red_flags", step=step + 1, answers=answers)
        else:
            fired = evaluate(self.checker, dict(answers)).fired
            names = ["checker:completed", *(f"checker:flag:{rule}" for rule in fired)]
            self.ctx.background.submit(
                lambda: self.ctx.state.count(names),
                lambda _r: None,
                lambda exc: log.warning("could not count checker flags: %s", exc),
            )
            self.ctx.navigator.go("red_flags_result", answers=answers)

    def speech_text(self) -> str:
        parts: list[Any] = [self.header.title.text(), self.status_text(), self.progress.text(),
                            self.question.text()]
        parts += [b.text() for b in self.answer_buttons.values() if b.isVisible()]
        return ". ".join(str(p) for p in parts if p)
