"""On-screen keyboard for the kiosk: a touch screen at an airport has no physical keyboard.

Travellers type an agency's name, a licence number, a tax id or a phone number, in Uzbek Latin, in Cyrillic
(Uzbek or Russian) or in digits and symbols. The Qt virtual keyboard has no Uzbek layout and is not in
PySide6-Essentials, so this is a plain widget made of QPushButtons that a global stylesheet can style.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)
from shiboken6 import isValid

from screens.widgets.icon import IconButton

OKINA = "\u02bb"  # ʻ MODIFIER LETTER TURNED COMMA: the mark of oʻ and gʻ in Uzbek Latin.
TUTUQ = "\u02bc"  # ʼ MODIFIER LETTER APOSTROPHE: the Uzbek tutuq belgisi (glottal stop), as in maʼlumot.

LAYOUTS: tuple[str, ...] = ("latin", "cyrillic", "digits")

# Character rows of each layout. Every key is one unit wide; the first row also carries the two-unit
# backspace key, so it spans the full width; the other rows are centred, which gives the familiar stagger.
_ROWS: dict[str, tuple[tuple[str, ...], ...]] = {
    "latin": (
        ("q", "w", "e", "r", "t", "y", "u", "i", "o", "p", "o" + OKINA, "g" + OKINA),
        ("a", "s", "d", "f", "g", "h", "j", "k", "l", TUTUQ, "-", "."),
        ("z", "x", "c", "v", "b", "n", "m", ",", "&", '"'),
    ),
    "cyrillic": (
        ("й", "ц", "у", "к", "е", "н", "г", "ш", "щ", "з", "х", "ъ"),
        ("ф", "ы", "в", "а", "п", "р", "о", "л", "д", "ж", "э", "қ", "ҳ"),
        ("я", "ч", "с", "м", "и", "т", "ь", "б", "ю", "ё", "ў", "ғ"),
    ),
    "digits": (
        ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "+", "-"),
        ("@", "_", ".", "/", ":", "#", "(", ")", ",", '"', "'", "&"),
        ("!", "?", "%", "=", "*", ";", "№", "«", "»", "$"),
    ),
}

# Letters some languages need, shown when the interface is in that language (set_layout_for_language) as
# one more row of the same script holding those the base rows lack (Uzbek Cyrillic already has қ ғ ҳ, so
# Kazakh and Tajik must not get them twice); the other keys do not move.
EXTRA_LETTERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "kk": ("cyrillic", ("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і")),
    "ky": ("cyrillic", ("ң", "ө", "ү")),
    "tg": ("cyrillic", ("ғ", "ӣ", "қ", "ӯ", "ҳ", "ҷ")),
    "kaa": ("latin", ("á", "ǵ", "ı", "ń", "ó", "ú")),
}

# The layout keys show the script they switch *to*, in that script, so a traveller recognises it without
# reading any interface language.
_LAYOUT_LABELS = {"latin": "ABC", "cyrillic": "АБВ", "digits": "123"}

# Widths in units of one character key. The bottom row is: two layout keys, space, clear, enter.
_BACKSPACE_UNITS = 2
_LAYOUT_KEY_UNITS = 2
_CLEAR_UNITS = 3
_ENTER_UNITS = 3
_WIDTH_UNITS = max(len(rows[0]) + _BACKSPACE_UNITS for rows in _ROWS.values())
_SPACE_UNITS = _WIDTH_UNITS - 2 * _LAYOUT_KEY_UNITS - _CLEAR_UNITS - _ENTER_UNITS
# Enter and backspace are pictures, not the ↵ ⌫ font symbols (those came out half a letter's height):
# vendored icons (kiosk/services/icons.py) at this size, a little taller than a capital letter.
ICON_KEY_PX = 48

# Sizes in pixels. Minimums keep every key a comfortable touch target even on a 1080 px wide portrait
# screen (14 keys × 56 px plus spacing fit easily); the preferred size is what a 1920 px screen gets.
KEY_MIN_WIDTH = 56
KEY_MIN_HEIGHT = 64
_KEY_HINT = QSize(112, 84)
_KEY_MAX_HEIGHT = 120
_MAX_CONTENT_WIDTH = 1720
_SPACING = 8

_FONT_FAMILIES = ["Noto Sans", "DejaVu Sans"]
_CHAR_FONT_PX = 30
_WORD_FONT_PX = 26

# Only geometry: colours, borders and fonts belong to the application's global stylesheet. A widget's own
# stylesheet wins over the global one, so no global rule can shrink a key below a usable touch target.
_STYLE = f"""
QPushButton#KeyboardKey, QPushButton#KeyboardWideKey {{
    min-width: {KEY_MIN_WIDTH}px;
    min-height: {KEY_MIN_HEIGHT}px;
}}
"""


def press_if_enabled(button: QPushButton) -> None:
    """What Enter does on a form: press the step's Next button, unless the step is not complete."""
    if button.isEnabled() and button.isVisible():
        button.click()


def backspace_length(text: str, cursor: int) -> int:
    """How many UTF-16 code units a backspace at `cursor` should remove (0, 1 or 2).

    The oʻ and gʻ keys insert two code points; removing only the ʻ would leave a traveller with a plain
    "o" they never typed, so the pair goes at once. `cursor` is a QLineEdit cursor position, which counts
    UTF-16 code units, not Python characters.
    """
    if cursor <= 0:
        return 0
    before = text.encode("utf-16-le", "surrogatepass")[: 2 * cursor].decode("utf-16-le", "surrogatepass")
    if len(before) >= 2 and before[-1] == OKINA and before[-2] in "oOgG":
        return 2
    return 1


class _KeyButton(IconButton):
    """A keyboard key: never takes focus, so the attached line edit keeps its cursor. `icon` (a purpose in
    kiosk/services/icons.py) draws a picture instead of the label."""

    def __init__(self, label: str, key_id: str, units: int, icon: str = "") -> None:
        # "&" would otherwise be taken as a mnemonic marker and vanish from the label.
        super().__init__(label.replace("&", "&&"), icon, ICON_KEY_PX)
        self.setObjectName("KeyboardKey" if units == 1 else "KeyboardWideKey")
        self.setProperty("keyId", key_id)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # In a QDialog push buttons default to autoDefault: Enter in the line edit would press "q".
        self.setAutoDefault(False)


class _KeyPage(QWidget):
    """One layout: keys placed on a grid of key-width units, each key in whole units at half-unit offsets.

    Geometry is computed here rather than by QGridLayout because QGridLayout shares space among spanning
    cells by their size hints, which made keys of one row a few pixels wider than the others whenever
    the keyboard was narrower than its size hint (that is, on every portrait screen).
    """

    def __init__(self, width_units: int, rows: int) -> None:
        super().__init__()
        self._width_units = width_units
        self._rows = rows
        self._keys: list[tuple[_KeyButton, int, float, int]] = []
        self.key_hint = _KEY_HINT  # the key size the page asks for (OnScreenKeyboard.set_key_height)

    def add_key(self, key: _KeyButton, row: int, unit: float, span: int) -> None:
        key.setParent(self)
        self._keys.append((key, row, unit, span))

    def _extent(self, key: QSize) -> QSize:
        return QSize(
            self._width_units * key.width() + (self._width_units - 1) * _SPACING,
            self._rows * key.height() + (self._rows - 1) * _SPACING,
        )

    def sizeHint(self) -> QSize:
        return self._extent(self.key_hint)

    def minimumSizeHint(self) -> QSize:
        return self._extent(QSize(KEY_MIN_WIDTH, KEY_MIN_HEIGHT))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_keys()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place_keys()

    def _place_keys(self) -> None:
        pitch_x = (self.width() + _SPACING) / self._width_units
        key_height = min(_KEY_MAX_HEIGHT, (self.height() + _SPACING) / self._rows - _SPACING)
        pitch_y = key_height + _SPACING
        top = (self.height() - (self._rows * pitch_y - _SPACING)) / 2  # centred if rows hit their maximum
        for key, row, unit, span in self._keys:
            left = round(unit * pitch_x)
            right = round((unit + span) * pitch_x - _SPACING)
            y = round(top + row * pitch_y)
            key.setGeometry(left, y, right - left, round(top + row * pitch_y + key_height) - y)


class _PageStack(QStackedWidget):
    """The layouts, one shown at a time, as tall as the tallest page the language shown now can reach with
    the layout keys (`in_use`), so the keyboard keeps its height when a traveller switches script. A plain
    QStackedWidget asks for its tallest page ever built: once a language's extra row was (Kazakh, Tajik),
    the four-row pages of every later language were stretched to five rows' height, their keys taller
    than on a keyboard built for that language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._in_use: list[QWidget] = []

    def set_in_use(self, pages: list[QWidget]) -> None:
        self._in_use = pages
        self.updateGeometry()

    def _pages(self) -> list[QWidget]:
        current = self.currentWidget()
        return [*self._in_use, current] if current is not None else self._in_use

    def sizeHint(self) -> QSize:
        size = QSize(0, 0)
        for page in self._pages():
            size = size.expandedTo(page.sizeHint())
        return size

    def minimumSizeHint(self) -> QSize:
        size = QSize(0, 0)
        for page in self._pages():
            size = size.expandedTo(page.minimumSizeHint())
        return size


class OnScreenKeyboard(QWidget):
    """Touch keyboard with Uzbek Latin, Cyrillic (Russian and Uzbek) and digits/symbols layouts.

    Signals:
        text_entered(str): a character key or space was tapped; the argument is the text to insert
            ("oʻ" and "gʻ" are two code points each).
        backspace(): the backspace key was tapped (repeats while held).
        clear(): the clear key was tapped.
        enter(): the enter key was tapped; an attached line edit gets a Return key press, so it emits
            returnPressed, which each screen connects to what Enter means there (the next field, or send).
        layout_changed(str): the layout switched; the argument is "latin", "cyrillic" or "digits".

    The keyboard only emits signals; `attach()` wires them to a QLineEdit. It does no I/O.
    """

    text_entered = Signal(str)
    backspace = Signal()
    clear = Signal()
    enter = Signal()
    layout_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: QLineEdit | None = None
        self._wired = False
        self._space_keys: list[_KeyButton] = []
        self._clear_keys: list[_KeyButton] = []
        self._backspace_keys: list[_KeyButton] = []
        self._enter_keys: list[_KeyButton] = []
        self._layout_keys: list[tuple[_KeyButton, str]] = []
        self._key_height = _KEY_HINT.height()

        self.setStyleSheet(_STYLE)
        font = QFont()
        font.setFamilies(_FONT_FAMILIES)
        font.setPixelSize(_CHAR_FONT_PX)
        self.setFont(font)
        # Prefer the natural height, squeeze down to the minimum keys on a crowded screen, never balloon.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self._stack = _PageStack(self)
        self._stack.setMaximumWidth(_MAX_CONTENT_WIDTH)
        self._stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self._pages: dict[str, _KeyPage] = {}
        for name in LAYOUTS:
            page = self._build_page(name)
            self._pages[name] = page
            self._stack.addWidget(page)
        # Pages with one language's extra letters ("cyrillic-kk"), built when that language first needs them.
        self._variant: dict[str, str] = {}  # script -> the page shown for it now
        self._layout = "latin"
        self._stack.setCurrentWidget(self._pages[self._layout])
        self._stack.set_in_use(list(self._pages.values()))

        # Centre the keys on very wide screens: a 1920 px wide keyboard makes arms travel too far.
        outer = QHBoxLayout(self)
        outer.setContentsMargins(_SPACING, _SPACING, _SPACING, _SPACING)
        outer.addStretch(1)
        outer.addWidget(self._stack, 1000)
        outer.addStretch(1)

        self.retranslate()

    # -- public API -------------------------------------------------------------------------------------

    def set_layout(self, name: str) -> None:
        """Show the layout `name` ("latin", "cyrillic" or "digits", or a script with one language's extra
        letters, like "cyrillic-kk"); emits layout_changed if it changed."""
        if name not in self._pages and name.partition("-")[2] in EXTRA_LETTERS:
            self._add_variant(name.partition("-")[2])
        if name not in self._pages:
            raise ValueError(f"unknown keyboard layout {name!r}; expected one of {', '.join(LAYOUTS)}")
        if name == self._layout:
            return
        self._layout = name
        self._stack.setCurrentWidget(self._pages[name])
        self._stack.updateGeometry()
        self.layout_changed.emit(name.partition("-")[0])

    def set_key_height(self, px: int | None) -> None:
        """Ask for keys `px` tall (at most the largest key), or the usual height with None: a portrait
        screen has room for keys a finger hits more easily. The keys still shrink on a crowded screen."""
        self._key_height = min(px or _KEY_HINT.height(), _KEY_MAX_HEIGHT)
        for page in self._pages.values():
            page.key_hint = QSize(_KEY_HINT.width(), self._key_height)
            page.updateGeometry()
        self.updateGeometry()

    def layout_name(self) -> str:
        """The script shown now: "latin", "cyrillic" or "digits" (with or without a language's extra row)."""
        return self._layout.partition("-")[0]

    def extra_letters(self) -> tuple[str, ...]:
        """The letters the language shown now needs beyond Uzbek and Russian (Kazakh ә ғ қ ..., Karakalpak
        á ǵ ı ...), all on the page shown now (the extra row or the base rows); () if none."""
        lang = self._layout.partition("-")[2]
        return EXTRA_LETTERS[lang][1] if lang else ()

    def set_layout_for_language(self, lang_tag: str) -> None:
        """Show the letters a traveller reading `lang_tag` most likely types.

        The script comes from the tag ("uz-Cyrl") or from the language's usual script per CLDR ("ru", "kk",
        "tg" are Cyrillic; "uz", "en" Latin), so new interface languages need no change here. Unknown tags
        get Latin, the official script of Uzbekistan.
        """
        base = lang_tag.split("-")[0].split("_")[0]
        if base in EXTRA_LETTERS:
            script = EXTRA_LETTERS[base][0]
            self._variant = {script: f"{script}-{base}"}
            self.set_layout(f"{script}-{base}")
        else:
            self._variant = {}
            usual = QLocale(lang_tag.replace("_", "-")).script()
            self.set_layout("cyrillic" if usual == QLocale.Script.CyrillicScript else "latin")
        self._stack.set_in_use([self._pages[self._variant.get(name, name)] for name in LAYOUTS])

    def attach(self, line_edit: QLineEdit | None) -> None:
        """Type into `line_edit`: insert at its cursor, backspace, clear. None detaches.

        Only one line edit is attached at a time, so one keyboard can serve several fields on a screen.
        """
        self._target = line_edit
        if not self._wired:
            # Wired once; the slots look up the current target, so re-attaching needs no reconnection.
            self.text_entered.connect(self._insert_into_target)
            self.backspace.connect(self._backspace_target)
            self.clear.connect(self._clear_target)
            self.enter.connect(self._enter_target)
            self._wired = True

    def retranslate(self) -> None:
        """Re-set the texts of the word keys; called on QEvent.LanguageChange."""
        for key in self._space_keys:
            key.setText(self.tr("Space"))
            key.setAccessibleName(self.tr("Space"))
        for key in self._clear_keys:
            key.setText(self.tr("Clear"))
            key.setAccessibleName(self.tr("Clear"))
            key.setToolTip(self.tr("Delete all text"))
        for key in self._enter_keys:
            key.setAccessibleName(self.tr("Enter"))
            key.setToolTip(self.tr("Next field, or done"))
        for key in self._backspace_keys:
            key.setAccessibleName(self.tr("Backspace"))
            key.setToolTip(self.tr("Delete the last letter"))
        descriptions = {
            "latin": self.tr("Latin letters"),
            "cyrillic": self.tr("Cyrillic letters"),
            "digits": self.tr("Digits and symbols"),
        }
        for key, target in self._layout_keys:
            key.setToolTip(descriptions[target])
            key.setAccessibleName(descriptions[target])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- construction -----------------------------------------------------------------------------------

    def _add_variant(self, lang: str) -> None:
        script, letters = EXTRA_LETTERS[lang]
        name = f"{script}-{lang}"
        page = self._build_page(script, extra=letters)
        self._pages[name] = page
        self._stack.addWidget(page)
        self.retranslate()

    def _build_page(self, name: str, extra: tuple[str, ...] = ()) -> _KeyPage:
        """One layout: centred character rows (backspace ends the first) above layout keys, space, clear;
        `extra` letters make one more row at the top."""
        base = {char for row in _ROWS[name] for char in row}
        extra = tuple(char for char in extra if char not in base)
        rows = ((extra,) if extra else ()) + _ROWS[name]
        page = _KeyPage(_WIDTH_UNITS, len(rows) + 1)
        page.key_hint = QSize(_KEY_HINT.width(), self._key_height)
        for row, chars in enumerate(rows):
            first = row == (1 if extra else 0)  # backspace ends the first row of the base layout
            used = len(chars) + (_BACKSPACE_UNITS if first else 0)
            unit = (_WIDTH_UNITS - used) / 2
            for char in chars:
                page.add_key(self._char_key(char), row, unit, 1)
                unit += 1
            if first:
                page.add_key(self._backspace_key(), row, unit, _BACKSPACE_UNITS)

        bottom = len(rows)
        unit = 0
        for target in (layout for layout in LAYOUTS if layout != name):
            page.add_key(self._layout_key(target), bottom, unit, _LAYOUT_KEY_UNITS)
            unit += _LAYOUT_KEY_UNITS
        space = self._wide_key("", "space", _SPACE_UNITS)
        space.clicked.connect(partial(self._emit_text, " "))
        self._space_keys.append(space)
        page.add_key(space, bottom, unit, _SPACE_UNITS)
        unit += _SPACE_UNITS
        clear = self._wide_key("", "clear", _CLEAR_UNITS)
        clear.clicked.connect(self.clear)
        self._clear_keys.append(clear)
        page.add_key(clear, bottom, unit, _CLEAR_UNITS)
        unit += _CLEAR_UNITS
        enter = self._wide_key("", "enter", _ENTER_UNITS, icon="enter")
        enter.clicked.connect(self.enter)
        self._enter_keys.append(enter)
        page.add_key(enter, bottom, unit, _ENTER_UNITS)
        return page

    def _char_key(self, char: str) -> _KeyButton:
        key = _KeyButton(char, char, 1)
        # Set on the key itself: a widget with a stylesheet does not pass its font on to its children.
        key.setFont(self.font())
        key.setAccessibleName(char)
        key.clicked.connect(partial(self._emit_text, char))
        return key

    def _wide_key(self, label: str, key_id: str, units: int, icon: str = "") -> _KeyButton:
        key = _KeyButton(label, key_id, units, icon)
        font = QFont(self.font())
        font.setPixelSize(_WORD_FONT_PX)
        key.setFont(font)
        return key

    def _backspace_key(self) -> _KeyButton:
        key = self._wide_key("", "backspace", _BACKSPACE_UNITS, icon="backspace")
        # Held down, backspace repeats, as on any keyboard; every other key types once per tap.
        key.setAutoRepeat(True)
        key.setAutoRepeatDelay(450)
        key.setAutoRepeatInterval(90)
        key.clicked.connect(self.backspace)
        self._backspace_keys.append(key)
        return key

    def _layout_key(self, target: str) -> _KeyButton:
        key = self._wide_key(_LAYOUT_LABELS[target], f"layout:{target}", _LAYOUT_KEY_UNITS)
        key.clicked.connect(partial(self._switch_to, target))
        self._layout_keys.append((key, target))
        return key

    # -- slots --------------------------------------------------------------------------------------------

    def _emit_text(self, text: str, _checked: bool = False) -> None:
        self.text_entered.emit(text)

    def _switch_to(self, name: str, _checked: bool = False) -> None:
        self.set_layout(self._variant.get(name, name))

    def _live_target(self) -> QLineEdit | None:
        # The line edit may belong to a screen that has been deleted since attach().
        if self._target is not None and not isValid(self._target):
            self._target = None
        return self._target

    def _insert_into_target(self, text: str) -> None:
        target = self._live_target()
        if target is not None:
            target.insert(text)

    def _backspace_target(self) -> None:
        target = self._live_target()
        if target is None:
            return
        if not target.hasSelectedText() and backspace_length(target.text(), target.cursorPosition()) == 2:
            target.cursorBackward(True, 2)
        target.backspace()

    def _enter_target(self) -> None:
        target = self._live_target()
        if target is not None:
            # As a hardware Return key would: QLineEdit emits returnPressed (and editingFinished).
            for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
                QApplication.sendEvent(target, event)

    def _clear_target(self) -> None:
        target = self._live_target()
        if target is not None:
            # Select-and-delete instead of QLineEdit.clear(): it emits textEdited like typing does (search
            # screens listen to that) and stays undoable.
            target.selectAll()
            target.backspace()
