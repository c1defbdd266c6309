"""The red-flag checker's result: the risk level, the reasons that fired, what to do now (the hotline and
the situation centre), and a QR code holding the result as plain text, readable on a phone offline.

The checker and the hotline are read on the kiosk's worker as the screen opens (PageScreen.load_content),
in one read: the result is worked out from the answers on the UI thread once they are here. The question
screen does not hand its checker over in the navigator's parameters: this read is needed for the hotline
anyway, and again after a language change or new content, when the checker handed over would be the old
one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QPushButton, QVBoxLayout, QWidget

from content.checker import Checker, Result, evaluate, result_text
from kiosk.services.store import Contact
from screens.base import PageScreen, clear_layout
from screens.context import ScreenContext
from screens.reader import PORTRAIT_BELOW
from screens.widgets.hotline import number_as_text
from screens.widgets.labels import fallback_note, text_label
from screens.widgets.qr_panel import QrPanel

FRAME_LEVEL = {"high": "danger", "medium": "caution", "low": "info"}
ICON = {"high": "⚠", "medium": "!", "low": "✓"}


class RedFlagsResultScreen(PageScreen):
    """Params: `answers` ((question id, answer), ...) from the question screens; nothing is stored."""

    READS_ON_WORKER = True

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self._split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._split.setSpacing(40)
        self.column_widget = QWidget()
        self.column = QVBoxLayout(self.column_widget)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(18)
        self.panel = QFrame()
        self.panel.setObjectName("Verdict")
        panel_column = QVBoxLayout(self.panel)
        panel_column.setContentsMargins(32, 24, 32, 24)
        self.headline = text_label("", "VerdictHeadline")
        panel_column.addWidget(self.headline)
        self.column.addWidget(self.panel)
        self.language_note = text_label("", "Muted")
        self.column.addWidget(self.language_note)
        self.reasons_title = text_label("", "SectionTitle")
        self.column.addWidget(self.reasons_title)
        self.reasons = QVBoxLayout()
        self.reasons.setSpacing(10)
        self.column.addLayout(self.reasons)
        self.todo_title = text_label("", "SectionTitle")
        self.column.addWidget(self.todo_title)
        self.advice = text_label("", "Lead")
        self.column.addWidget(self.advice)
        self.hotline = text_label("", "Reference")
        self.column.addWidget(self.hotline)
        self.callback = QPushButton()
        self.callback.clicked.connect(self._situation_centre)
        self.check = QPushButton()
        self.check.setObjectName("SecondaryButton")
        self.check.clicked.connect(lambda: self.ctx.navigator.go("check"))
        self.again = QPushButton()
        self.again.setObjectName("SecondaryButton")
        self.again.clicked.connect(lambda: self.ctx.navigator.go("red_flags", step=0, answers=()))
        for button in (self.callback, self.check, self.again):
            self.column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.note = text_label("", "Muted")
        self.column.addWidget(self.note)
        self.qr = QrPanel(size=300)
        self._split.addWidget(self.column_widget, 1)
        self._split.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.body.addLayout(self._split)
        self.body.addStretch(1)
        self.result: Result | None = None

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Your result"))
        self.result = None
        clear_layout(self.reasons)
        # Nothing of an earlier result (or language) stays while this one is read.
        for part in (self.column_widget, self.qr):
            part.hide()
        store, lang = self.ctx.store, self.lang
        self.load_content(lambda: (store.checker(lang), store.hotline(lang)),
                          lambda found: self._show(*found))

    def _show(self, checker: Checker | None, hotline: Contact | None) -> None:
        for part in (self.column_widget, self.qr):
            part.show()
        if checker is None:
            self.result = None
            self.headline.setText(self.tr("The checker is not available on this kiosk yet."))
            self.qr.set_target("", "")
            return
        self.result = result = evaluate(checker, dict(self.params.get("answers", ())))
        self.panel.setProperty("level", FRAME_LEVEL[result.level])
        for widget in (self.panel, self.headline):  # the label's colour depends on the panel's level
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.headline.setText(f"{ICON[result.level]}  {result.title}")
        self.language_note.setText(fallback_note(checker.fallback))
        self.language_note.setVisible(bool(checker.fallback))
        self.reasons_title.setText(self.tr("Why"))
        self.reasons_title.setVisible(bool(result.reasons))
        for reason in result.reasons:
            self.reasons.addWidget(text_label(f"•  {reason}", "Lead"))
        self.todo_title.setText(self.tr("What to do now"))
        self.advice.setText(result.advice)
        phone = hotline.phone if hotline else None
        self.hotline.setText(self.tr("Hotline: {phone}").format(phone=phone) if phone else "")
        self.hotline.setVisible(bool(phone))
        self.callback.setText(self.tr("Ask for a call back"))
        self.check.setText(self.tr("Check an agency"))
        self.again.setText(self.tr("Start again"))
        self.note.setText(
            self.tr(
                "Your answers are not saved. Only an anonymous count of which warning signs "
                "were found is kept."
            )
        )
        heading = self.tr("Job offer check at the airport kiosk")
        hotline_line = None
        if hotline is not None and phone:
            hotline_line = self.tr("Hotline: {phone}").format(phone=number_as_text(hotline))
        self.qr.set_target(
            result_text(result, heading, hotline_line),
            self.tr("Scan to keep this result on your phone (no internet needed)"),
        )

    def _situation_centre(self) -> None:
        """The call-back request if this kiosk has it, else the list of hotlines."""
        self.ctx.navigator.go("callback" if self.ctx.navigator.has("callback") else "contacts")

    def resizeEvent(self, event: QResizeEvent) -> None:
        portrait = self.width() < PORTRAIT_BELOW
        self._split.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        super().resizeEvent(event)

    def speech_text(self) -> str:
        if self.status_text():  # loading, or cannot be shown
            return ". ".join([self.header.title.text(), self.status_text()])
        if self.result is None:
            return self.headline.text()
        parts = [
            self.result.title,
            *self.result.reasons,
            self.todo_title.text(),
            self.result.advice,
            self.hotline.text(),
        ]
        return ". ".join(p for p in parts if p)
