"""The attract screen: what the kiosk does, in every language in turn, and how to start.

Nobody is using the kiosk, and the people walking past may barely read. So the screen shows, each step in
one language: a key message; the main tasks as big icons with their names (the words of Home's tiles); the
languages the kiosk speaks, the one shown now marked; and "touch the screen to start". A touch anywhere opens
the language screen; a touch on a language starts in that language at once.

The icons are drawn once the screen has been up a moment, not for the kiosk's first paint: that paint needs
neither QtSvg nor the icon files (tests/ui/test_start_up.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.shell.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from screens.base import Screen
from screens.context import ScreenContext
from screens.widgets.labels import text_label

MESSAGES = (
    QT_TRANSLATE_NOOP(
        "AttractScreen", "Going abroad to work? Check your agency's licence before you pay anyone."
    ),
    QT_TRANSLATE_NOOP("AttractScreen", "The employer pays for your job placement, not you."),
    QT_TRANSLATE_NOOP("AttractScreen", "Never give your passport to a recruiter."),
    QT_TRANSLATE_NOOP("AttractScreen", "A tourist visa is not a work visa."),
)
TOUCH = QT_TRANSLATE_NOOP("AttractScreen", "Touch the screen to start")
ROTATE_MS = 3500
# The tasks shown, as Home names them (the same words, in Home's translation context) and with Home's icons;
# tests/ui/test_attract.py checks that each is one of Home's tasks.
TASKS = (
    ("check", "check", QT_TRANSLATE_NOOP("HomeScreen", "Check an agency")),
    ("alerts", "alert", QT_TRANSLATE_NOOP("HomeScreen", "Fraud warnings")),
    ("topics", "rights", QT_TRANSLATE_NOOP("HomeScreen", "Your rights and legal work")),
    ("countries", "country", QT_TRANSLATE_NOOP("HomeScreen", "Country guides")),
    ("red_flags", "red_flags", QT_TRANSLATE_NOOP("HomeScreen", "Is this job offer safe?")),
    ("contacts", "help", QT_TRANSLATE_NOOP("HomeScreen", "Help and hotlines")),
)
ICON_PX = 112
ICONS_AFTER_MS = 1000  # after the kiosk's first paint, with its warm-up (kiosk.app.main.WARM_UP_AFTER_MS)
WIDE_PX = 1500  # narrower than this (a portrait screen), the tasks take two rows of three


class AttractTask(QFrame):
    """One task: its icon (drawn later, see `draw_icon`) above its name."""

    def __init__(self, screen: str, icon: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AttractTask")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("target", screen)  # the Home task it stands for
        self.icon_name = icon
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(12, 20, 12, 20)
        self._column.setSpacing(12)
        # Keeps the icon's room until it is drawn, so nothing moves when it appears.
        self._icon: QWidget = QWidget()
        self._icon.setFixedSize(ICON_PX, ICON_PX)
        self._column.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignHCenter)
        self.title = text_label("", "AttractTaskTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._column.addWidget(self.title, 1)

    @property
    def icon_drawn(self) -> bool:
        return self._icon.objectName() == "Icon"

    def draw_icon(self) -> None:
        from screens.widgets.icon import IconLabel  # here: the first paint does without the SVG icons

        if self.icon_drawn:
            return
        icon = IconLabel(self.icon_name, ICON_PX)
        self._column.replaceWidget(self._icon, icon)
        self._icon.deleteLater()
        self._icon = icon


class AttractScreen(Screen):
    """Shown when nobody is using the kiosk. Any touch opens the language screen; a language chooses it."""

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self.setObjectName("Attract")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 60, 80, 60)
        layout.setSpacing(0)
        layout.addStretch(1)
        self.message = text_label("", "AttractMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.tasks = [AttractTask(screen, icon) for screen, icon, _title in TASKS]
        self._task_grid = QGridLayout()
        self._task_grid.setSpacing(24)
        layout.addLayout(self._task_grid)
        layout.addStretch(1)
        self.hint = text_label("", "AttractHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint)
        layout.addSpacing(28)
        self._language_grid = QGridLayout()
        self._language_grid.setSpacing(20)
        self.languages: dict[str, QPushButton] = {}
        for lang in LANGUAGES:
            button = QPushButton(lang.native_name)
            button.setObjectName("AttractLanguage")
            button.setAccessibleName(lang.native_name)
            button.setProperty("tag", lang.tag)
            button.clicked.connect(lambda _=False, tag=lang.tag: self._choose(tag))
            self.languages[lang.tag] = button
        layout.addLayout(self._language_grid)
        self._columns = (0, 0)
        self._place(wide=True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._entered = False
        self._step = 0
        self._timer = QTimer(self, interval=ROTATE_MS)
        self._timer.timeout.connect(self._advance)
        self._show_step()

    def _place(self, wide: bool) -> None:
        """Six tasks in a row and the eight languages in two rows of four on a wide screen; on a narrow one
        two rows of three tasks, and the languages in two columns when four do not fit across."""
        task_columns = len(self.tasks) if wide else 3
        widest = max(b.sizeHint().width() for b in self.languages.values())
        room = self.width() - 160
        language_columns = 4 if wide or 4 * widest + 3 * 20 <= room else 2
        if (task_columns, language_columns) == self._columns:
            return
        self._columns = (task_columns, language_columns)
        for i, task in enumerate(self.tasks):
            self._task_grid.addWidget(task, i // task_columns, i % task_columns)
        for c in range(len(self.tasks)):
            self._task_grid.setColumnStretch(c, 1 if c < task_columns else 0)
        for i, button in enumerate(self.languages.values()):
            self._language_grid.addWidget(button, i // language_columns, i % language_columns)
        for c in range(4):
            self._language_grid.setColumnStretch(c, 1 if c < language_columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place(self.width() >= WIDE_PX)
        super().resizeEvent(event)

    def _show_step(self) -> None:
        """Each step shows one message in one language; the tasks, the hint and the marked language are in
        that language too."""
        lang = LANGUAGES[self._step % len(LANGUAGES)].tag
        message = MESSAGES[(self._step // len(LANGUAGES)) % len(MESSAGES)]
        translate = self.ctx.i18n.translate_in
        self.message.setText(translate(lang, "AttractScreen", message))
        self.hint.setText(translate(lang, "AttractScreen", TOUCH))
        for task, (_screen, _icon, title) in zip(self.tasks, TASKS, strict=True):
            task.title.setText(translate(lang, "HomeScreen", title))
            task.setAccessibleName(task.title.text())
        for tag, button in self.languages.items():
            current = "true" if tag == lang else "false"
            if button.property("current") != current:
                button.setProperty("current", current)
                button.style().unpolish(button)
                button.style().polish(button)

    def _advance(self) -> None:
        self._step += 1
        self._show_step()
        self.draw_icons()

    def draw_icons(self) -> None:
        for task in self.tasks:
            task.draw_icon()

    def all_texts(self) -> list[str]:
        """Every message, task and hint in every language (for layout checks of the longest text)."""
        texts = []
        for lang in LANGUAGES:
            for source in (*MESSAGES, TOUCH):
                texts.append(self.ctx.i18n.translate_in(lang.tag, "AttractScreen", source))
            texts += [self.ctx.i18n.translate_in(lang.tag, "HomeScreen", title) for _s, _i, title in TASKS]
        return texts

    def enter(self, **params: object) -> None:
        """At start-up the icons wait until after the first paint; later they are there already."""
        if self._entered:
            self.draw_icons()
        else:
            QTimer.singleShot(ICONS_AFTER_MS, self, self.draw_icons)
        self._entered = True
        self._timer.start()
        self.setFocus()

    def leave(self) -> None:
        self._timer.stop()

    def reset(self) -> None:
        self._step = 0
        self._show_step()

    def _choose(self, tag: str) -> None:
        """A language tapped here: start in it, as the language screen would."""
        self.ctx.i18n.set_language(tag)
        self.ctx.navigator.home()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.ctx.navigator.go("language")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Any key on a hardware keypad starts, like a touch."""
        self.ctx.navigator.go("language")
