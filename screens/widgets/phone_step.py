"""The phone-number step that the report and the call-back request share: a title, the number field with
+998 filled in, a hint, what is wrong with the number, and a large telephone keypad centred below.

One layout for both: the report's keypad once sat small at the left of the page while the call-back screen
used a letter keyboard's digit page, and each looked wrong in its own way. The number is checked with the
rule the server applies (`content.callbacks.phone_problem`); Next is enabled only for a number it accepts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent, QValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from content.callbacks import HOME_PREFIX, normalise_phone, phone_may_grow, phone_problem
from screens.widgets.keyboard import press_if_enabled
from screens.widgets.labels import text_label
from screens.widgets.phone_pad import PhonePad

MAX_LENGTH = 24


def _side() -> QSpacerItem:
    return QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class PhoneValidator(QValidator):
    """Takes a keystroke (the keypad's or a hardware keyboard's) only while the number can still become one
    the centre can call (`phone_may_grow`): no letters, no digits past the most a number has. 00 at the start,
    the international prefix as many dial it, becomes +."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if text.startswith("00"):
            text, pos = "+" + text[2:], max(pos - 1, 0)
        if phone_problem(text) is None:
            return QValidator.State.Acceptable, text, pos
        state = QValidator.State.Intermediate if phone_may_grow(text) else QValidator.State.Invalid
        return state, text, pos


class PhoneStep(QWidget):
    """`submitted()` when Next is tapped (or Enter pressed) with an acceptable number. `start()` fills in
    +998 and puts the cursor after it; `clear()` forgets the number."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._column = column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(18)
        self.title = text_label("", "SectionTitle")
        self.field = QLineEdit()
        self.field.setMaxLength(MAX_LENGTH)
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.setDragEnabled(False)
        self.field.setValidator(PhoneValidator(self.field))
        self.hint = text_label("")
        self.error = text_label("", "Lead")
        # Room for one line of the error is kept while there is none: the keypad must not move under a
        # finger when the first digit makes the number "not complete yet".
        for widget in (self.title, self.field, self.hint, self.error):
            column.addWidget(widget)
        self.pad = PhonePad()
        self.pad.attach(self.field)
        # Centred by two spacers that never grow taller than nothing, so the row is no taller than the pad
        # at its largest; the stretch below takes what is left, and the pad stays right under the field.
        # A flow's own Back (`add_back`) stands left of the pad, with as much room kept empty at its right so
        # the pad stays centred, or under the pad.
        self._row = row = QHBoxLayout()
        self._beside = QVBoxLayout()
        self._beside.addStretch(1)
        row.addLayout(self._beside)
        row.addItem(_side())
        row.addWidget(self.pad, 100)
        row.addItem(_side())
        self._mirror = QSpacerItem(0, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row.addItem(self._mirror)
        column.addLayout(row, 100)
        self._below = QHBoxLayout()
        column.addLayout(self._below)
        column.addStretch(1)
        self._back: QPushButton | None = None
        self.next_key = self.pad.next_key
        self.pad.submitted.connect(self._submit)
        self.field.returnPressed.connect(lambda: press_if_enabled(self.next_key))
        self.field.textChanged.connect(self._update)
        self.retranslate()

    def add_back(self, button: QPushButton) -> None:
        """Show a flow's own Back on this step: beside the keypad, level with its Next key, where the page
        leaves room at the pad's side (a landscape screen, whose keys would shrink below their size under
        another row); under the pad where it does not (a portrait screen, which has the height)."""
        self._back = button
        self._place_back()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_back()
        super().resizeEvent(event)

    def _place_back(self) -> None:
        back = self._back
        if back is None:
            return
        back.ensurePolished()
        need = back.sizeHint().width()
        spacing = max(self._column.spacing(), 0)
        beside = (self.width() - self.pad.maximumWidth()) // 2 >= need + 2 * spacing
        holder, other = (self._beside, self._below) if beside else (self._below, self._beside)
        if holder.indexOf(back) < 0:
            other.removeWidget(back)
            holder.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        # A spacer gets no spacing before it (the Back does): the mirror is that much wider.
        mirror = need + max(self._row.spacing(), 0) if beside else 0
        self._mirror.changeSize(mirror, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._column.invalidate()

    def text(self) -> str:
        return self.field.text()

    def number(self) -> str:
        """The number as the server stores it ("" while it is not acceptable)."""
        return normalise_phone(self.field.text()) if phone_problem(self.field.text()) is None else ""

    def start(self) -> None:
        if not self.field.text():
            self.field.setText(HOME_PREFIX + " ")
        self.field.setFocus()
        self.field.end(False)

    def clear(self) -> None:
        self.field.setText("")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your phone number"))
        self.hint.setText(
            self.tr("An Uzbek number: +998 and 9 digits. A foreign number: + and its country code.")
        )
        self.pad.set_next_text(self.tr("Next ›"))
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        self.error.ensurePolished()  # the style sheet's font and text size, not the default one
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing())
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        text = self.field.text()
        problem = phone_problem(text)
        self.next_key.setEnabled(problem is None)
        # Only say what is wrong once the traveller has typed more than the prefilled prefix.
        typed = normalise_phone(text) not in ("", HOME_PREFIX)
        if not (problem and typed):
            self.error.setText("")
        elif not text.strip().startswith("+"):  # every digit may be there: what is missing is the +
            self.error.setText(self.tr("Start with + and the country code (+998 for Uzbekistan)."))
        else:
            self.error.setText(self.tr("Check the number: it is not complete yet."))

    def _submit(self) -> None:
        if phone_problem(self.field.text()) is None:
            self.submitted.emit()
