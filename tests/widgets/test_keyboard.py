"""The on-screen keyboard, driven the way a traveller drives it: by tapping its keys.

qtbot.keyClicks aborts the process on non-ASCII text, so every key press here is a mouse click on the key.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from screens.widgets.keyboard import OKINA, TUTUQ, OnScreenKeyboard, backspace_length

LAYOUTS = ("latin", "cyrillic", "digits")
# The offscreen platform warns on every show(); the project fails tests on Qt warnings.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


class Kiosk:
    """A line edit above an attached keyboard in one shown window, like the search screens."""

    def __init__(self, qtbot, width: int = 1600) -> None:
        self.qtbot = qtbot
        self.window = QWidget()
        layout = QVBoxLayout(self.window)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line_edit = QLineEdit()
        self.keyboard = OnScreenKeyboard()
        layout.addWidget(self.line_edit)
        layout.addWidget(self.keyboard)
        self.keyboard.attach(self.line_edit)
        qtbot.addWidget(self.window)
        self.window.resize(width, self.window.sizeHint().height())
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        self.line_edit.setFocus()

    def key(self, key_id: str) -> QPushButton:
        """The key with `key_id` on the layout shown now (each layout has its own backspace, space, ...)."""
        found = [k for k in keys(self.keyboard) if k.property("keyId") == key_id]
        assert len(found) == 1, f"{key_id!r} is not on the {self.keyboard.layout_name()} layout"
        return found[0]

    def tap(self, *key_ids: str) -> None:
        for key_id in key_ids:
            self.qtbot.mouseClick(self.key(key_id), Qt.MouseButton.LeftButton)

    def type(self, text: str) -> None:
        """Tap the keys for `text`; "oʻ" and "gʻ" are single keys."""
        i = 0
        while i < len(text):
            if text[i + 1 : i + 2] == OKINA:
                self.tap(text[i : i + 2])
                i += 2
            else:
                self.tap("space" if text[i] == " " else text[i])
                i += 1


def keys(keyboard: OnScreenKeyboard) -> list[QPushButton]:
    """The keys of the layout shown now."""
    return [k for k in keyboard.findChildren(QPushButton) if k.isVisibleTo(keyboard)]


def key_ids(keyboard: OnScreenKeyboard) -> set[str]:
    return {k.property("keyId") for k in keys(keyboard)}


@pytest.fixture
def kiosk(qtbot) -> Kiosk:
    return Kiosk(qtbot)


# -- typing -------------------------------------------------------------------------------------------


def test_types_uzbek_latin_with_turned_comma(kiosk: Kiosk) -> None:
    assert kiosk.keyboard.layout_name() == "latin"
    kiosk.type("oʻzbek")
    assert kiosk.line_edit.text() == "o\u02bbzbek"


def test_g_okina_and_tutuq_keys(kiosk: Kiosk) -> None:
    kiosk.type("gʻalla")
    kiosk.tap("space", "m", "a", TUTUQ, "l")
    assert kiosk.line_edit.text() == "g\u02bballa ma\u02bcl"


def test_one_tap_switches_to_cyrillic(kiosk: Kiosk, qtbot) -> None:
    with qtbot.waitSignal(kiosk.keyboard.layout_changed) as changed:
        kiosk.tap("layout:cyrillic")
    assert changed.args == ["cyrillic"]
    assert kiosk.keyboard.layout_name() == "cyrillic"
    kiosk.type("ўзбек")
    assert kiosk.line_edit.text() == "ўзбек"


def test_digits_layout_types_phone_number(kiosk: Kiosk) -> None:
    kiosk.tap("layout:digits")
    kiosk.type("+998")
    assert kiosk.line_edit.text() == "+998"


def test_every_layout_can_reach_the_others_in_one_tap(kiosk: Kiosk) -> None:
    for start in LAYOUTS:
        for target in LAYOUTS:
            if target == start:
                continue
            kiosk.keyboard.set_layout(start)
            kiosk.tap(f"layout:{target}")
            assert kiosk.keyboard.layout_name() == target


def test_layout_key_is_labelled_with_its_target(kiosk: Kiosk) -> None:
    assert kiosk.key("layout:cyrillic").text() == "АБВ"
    assert kiosk.key("layout:digits").text() == "123"
    kiosk.keyboard.set_layout("cyrillic")
    assert kiosk.key("layout:latin").text() == "ABC"


def test_layouts_hold_the_required_characters(kiosk: Kiosk) -> None:
    latin = key_ids(kiosk.keyboard)
    assert set("abcdefghijklmnopqrstuvwxyz") | {"o" + OKINA, "g" + OKINA, TUTUQ} <= latin
    kiosk.keyboard.set_layout("cyrillic")
    assert set(RUSSIAN) | set("ўқғҳ") <= key_ids(kiosk.keyboard)
    kiosk.keyboard.set_layout("digits")
    assert set("0123456789+-@./_") <= key_ids(kiosk.keyboard)


def test_space_and_insertion_at_the_cursor(kiosk: Kiosk) -> None:
    kiosk.line_edit.setText("ab")
    kiosk.line_edit.setCursorPosition(1)
    kiosk.tap("space", "x")
    assert kiosk.line_edit.text() == "a xb"
    assert kiosk.line_edit.cursorPosition() == 3


def test_text_entered_signal_without_attach(qtbot) -> None:
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    keyboard.show()
    button = next(k for k in keys(keyboard) if k.property("keyId") == "o" + OKINA)
    with qtbot.waitSignal(keyboard.text_entered) as entered:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert entered.args == ["o\u02bb"]


# -- backspace and clear ------------------------------------------------------------------------------


def test_backspace_removes_one_character(kiosk: Kiosk) -> None:
    kiosk.type("abc")
    kiosk.tap("backspace")
    assert kiosk.line_edit.text() == "ab"


def test_backspace_removes_the_whole_o_okina_pair(kiosk: Kiosk) -> None:
    kiosk.type("toʻ")
    kiosk.tap("backspace")
    assert kiosk.line_edit.text() == "t"
    kiosk.type("gʻ")
    kiosk.tap("backspace", "backspace")
    assert kiosk.line_edit.text() == ""


def test_backspace_removes_the_pair_before_the_cursor(kiosk: Kiosk) -> None:
    kiosk.line_edit.setText("boʻz")
    kiosk.line_edit.setCursorPosition(3)
    kiosk.tap("backspace")
    assert kiosk.line_edit.text() == "bz"
    assert kiosk.line_edit.cursorPosition() == 1


def test_backspace_deletes_the_selection(kiosk: Kiosk) -> None:
    kiosk.line_edit.setText("oʻzbek")
    kiosk.line_edit.setSelection(2, 3)
    kiosk.tap("backspace")
    assert kiosk.line_edit.text() == "oʻk"


@pytest.mark.parametrize(
    ("text", "cursor", "expected"),
    [
        ("", 0, 0),
        ("abc", 0, 0),
        ("abc", 3, 1),
        ("oʻ", 2, 2),
        ("Gʻ", 2, 2),
        ("oʻ", 1, 1),
        ("aʻ", 2, 1),  # a lone ʻ typed some other way is one character
        ("maʼ", 3, 1),
        ("oʻzbek", 2, 2),
        ("😀oʻ", 4, 2),  # QLineEdit cursors count UTF-16 units: the emoji is two
        ("😀", 2, 1),
    ],
)
def test_backspace_length(text: str, cursor: int, expected: int) -> None:
    assert backspace_length(text, cursor) == expected


def test_only_backspace_repeats(kiosk: Kiosk) -> None:
    for layout in LAYOUTS:
        kiosk.keyboard.set_layout(layout)
        for key in keys(kiosk.keyboard):
            assert key.autoRepeat() == (key.property("keyId") == "backspace"), key.property("keyId")


def test_clear_empties_like_an_edit(kiosk: Kiosk, qtbot) -> None:
    kiosk.type("oʻzbek")
    with qtbot.waitSignal(kiosk.line_edit.textEdited) as edited:
        kiosk.tap("clear")
    assert kiosk.line_edit.text() == ""
    assert edited.args == [""]


def test_backspace_and_clear_signals(kiosk: Kiosk, qtbot) -> None:
    with qtbot.waitSignal(kiosk.keyboard.backspace):
        kiosk.tap("backspace")
    with qtbot.waitSignal(kiosk.keyboard.clear):
        kiosk.tap("clear")


# -- attach -------------------------------------------------------------------------------------------


def test_attach_moves_typing_to_another_field_and_none_detaches(kiosk: Kiosk) -> None:
    other = QLineEdit(kiosk.window)
    kiosk.tap("a")
    kiosk.keyboard.attach(other)
    kiosk.tap("b")
    kiosk.keyboard.attach(None)
    kiosk.tap("c", "backspace", "clear")
    assert (kiosk.line_edit.text(), other.text()) == ("a", "b")


def test_deleted_line_edit_is_forgotten(qtbot) -> None:
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    keyboard.show()
    line_edit = QLineEdit()
    keyboard.attach(line_edit)
    line_edit.deleteLater()
    del line_edit
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for key_id in ("a", "backspace", "clear"):
        button = next(k for k in keys(keyboard) if k.property("keyId") == key_id)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # must not raise


# -- focus, names, sizes ------------------------------------------------------------------------------


def test_keys_do_not_steal_focus(kiosk: Kiosk) -> None:
    assert kiosk.line_edit.hasFocus()
    kiosk.type("oʻ")
    kiosk.tap("layout:digits", "1", "backspace", "space", "clear", "layout:cyrillic")
    assert kiosk.line_edit.hasFocus()
    for key in kiosk.keyboard.findChildren(QPushButton):
        assert key.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert not key.autoDefault()


def test_every_key_has_an_accessible_name_and_style_name(kiosk: Kiosk) -> None:
    wide = {"backspace", "space", "clear", "enter", "layout:latin", "layout:cyrillic", "layout:digits"}
    for layout in LAYOUTS:
        kiosk.keyboard.set_layout(layout)
        for key in keys(kiosk.keyboard):
            key_id = key.property("keyId")
            assert key.accessibleName(), key_id
            assert key.objectName() == ("KeyboardWideKey" if key_id in wide else "KeyboardKey")
            if key_id not in wide:
                assert key.accessibleName() == key_id
    assert kiosk.key("backspace").accessibleName() == "Backspace"
    assert kiosk.key("space").accessibleName() == "Space"


def key_rects(keyboard: OnScreenKeyboard) -> dict[str, QRect]:
    return {
        key.property("keyId"): QRect(key.mapTo(keyboard, key.rect().topLeft()), key.size())
        for key in keys(keyboard)
    }


def assert_keys_usable(keyboard: OnScreenKeyboard, min_width: int) -> list[QRect]:
    rects = key_rects(keyboard)
    for key_id, rect in rects.items():
        assert rect.height() >= 64, (key_id, rect)
        assert rect.width() >= min_width, (key_id, rect)
        assert keyboard.rect().contains(rect), (key_id, rect)  # not clipped
    boxes = list(rects.values())
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.intersects(b), (a, b)
    return boxes


@pytest.mark.parametrize("layout", LAYOUTS)
def test_key_sizes_on_a_1920_landscape_screen(qtbot, layout: str) -> None:
    kiosk = Kiosk(qtbot, width=1920)
    kiosk.keyboard.set_layout(layout)
    boxes = assert_keys_usable(kiosk.keyboard, min_width=64)
    left = min(r.left() for r in boxes)
    right = max(r.right() for r in boxes)
    assert 1500 <= right - left + 1 <= 1800
    assert abs(left - (kiosk.keyboard.width() - 1 - right)) <= 2  # centred
    # Character keys are all the same width, whatever their row.
    widths = {r.width() for key_id, r in key_rects(kiosk.keyboard).items() if len(key_id) <= 2}
    assert max(widths) - min(widths) <= 1


@pytest.mark.parametrize("layout", LAYOUTS)
def test_key_sizes_on_a_1080_portrait_screen(qtbot, layout: str) -> None:
    kiosk = Kiosk(qtbot, width=1080)
    assert kiosk.keyboard.width() == 1080
    kiosk.keyboard.set_layout(layout)
    assert_keys_usable(kiosk.keyboard, min_width=56)


def test_keys_stay_tall_when_the_keyboard_is_squeezed(qtbot) -> None:
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    keyboard.resize(1080, 10)
    keyboard.show()
    qtbot.waitExposed(keyboard)
    assert_keys_usable(keyboard, min_width=56)


def test_keys_do_not_balloon_on_a_tall_screen(qtbot) -> None:
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    keyboard.resize(1920, 1080)
    keyboard.show()
    qtbot.waitExposed(keyboard)
    assert max(r.height() for r in assert_keys_usable(keyboard, min_width=64)) <= 120


# -- language -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "layout"),
    [
        ("uz-Latn", "latin"),
        ("en", "latin"),
        ("uz", "latin"),
        ("uz-Cyrl", "cyrillic"),
        ("uz_Cyrl", "cyrillic"),
        ("ru", "cyrillic"),
        ("ru-RU", "cyrillic"),
        ("kk", "cyrillic"),
        ("tg", "cyrillic"),
        ("xx-unknown", "latin"),
        ("", "latin"),
    ],
)
def test_set_layout_for_language(qtbot, tag: str, layout: str) -> None:
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    keyboard.set_layout("digits")
    keyboard.set_layout_for_language(tag)
    assert keyboard.layout_name() == layout


def test_set_layout_rejects_unknown_names_and_is_quiet_when_unchanged(qtbot) -> None:
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    with pytest.raises(ValueError, match="greek"):
        keyboard.set_layout("greek")
    with qtbot.assertNotEmitted(keyboard.layout_changed):
        keyboard.set_layout("latin")


class PrefixTranslator(QTranslator):
    """Translates the keyboard's strings to "X" + source: pytest-qt brings no translations."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return "X" + source_text if context == "OnScreenKeyboard" else ""

    def isEmpty(self) -> bool:
        return False


def test_language_change_event_retranslates(kiosk: Kiosk) -> None:
    translator = PrefixTranslator()
    assert QCoreApplication.installTranslator(translator)
    try:
        QCoreApplication.sendEvent(kiosk.keyboard, QEvent(QEvent.Type.LanguageChange))
        assert kiosk.key("space").text() == "XSpace"
        assert kiosk.key("clear").text() == "XClear"
        assert kiosk.key("backspace").accessibleName() == "XBackspace"
        assert kiosk.key("layout:cyrillic").toolTip() == "XCyrillic letters"
        assert kiosk.key("layout:cyrillic").text() == "АБВ"  # script labels are never translated
        assert kiosk.key("a").text() == "a"
    finally:
        QCoreApplication.removeTranslator(translator)
    QCoreApplication.sendEvent(kiosk.keyboard, QEvent(QEvent.Type.LanguageChange))
    assert kiosk.key("space").text() == "Space"


# -- rendering ----------------------------------------------------------------------------------------


def test_fonts_have_every_key_glyph(kiosk: Kiosk) -> None:
    families = [f for f in ("Noto Sans", "DejaVu Sans") if QFontDatabase.hasFamily(f)]
    if not families:
        pytest.skip("neither Noto Sans nor DejaVu Sans is installed")
    raw_fonts = []
    for family in families:
        font = QFont()
        font.setFamily(family)
        raw_fonts.append(QRawFont.fromFont(font))
    for layout in LAYOUTS:
        kiosk.keyboard.set_layout(layout)
        for key in keys(kiosk.keyboard):
            for char in key.text().replace("&&", "&"):
                assert any(raw.supportsCharacter(ord(char)) for raw in raw_fonts), (layout, char)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_screenshot_at_1600(qtbot, tmp_path: Path, layout: str) -> None:
    """Renders each layout; set KEYBOARD_SCREENSHOT_DIR=/tmp to keep the PNGs for a look."""
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    keyboard.resize(1600, keyboard.sizeHint().height())
    keyboard.set_layout(layout)
    keyboard.show()
    qtbot.waitExposed(keyboard)
    image = keyboard.grab().toImage()
    assert image.width() == 1600 * image.devicePixelRatio()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 2  # keys and labels were drawn
    out_dir = Path(os.environ.get("KEYBOARD_SCREENSHOT_DIR", tmp_path))
    assert image.save(str(out_dir / f"keyboard_{layout}.png"))


@pytest.mark.parametrize(
    ("tag", "letters", "script"),
    [("kk", "әғқңөұүһі", "cyrillic"), ("ky", "ңөү", "cyrillic"), ("tg", "ғӣқӯҳҷ", "cyrillic"),
     ("kaa", "áǵıńóú", "latin")],
)
def test_each_language_gets_the_letters_it_needs(qtbot: object, tag: str, letters: str, script: str) -> None:
    """Kazakh, Kyrgyz, Tajik and Karakalpak letters are keys of their own; switching script and back keeps
    them; a language without extra letters gets the plain layout again."""
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)  # type: ignore[attr-defined]
    keyboard.set_layout_for_language(tag)
    assert keyboard.layout_name() == script
    assert "".join(keyboard.extra_letters()) == letters
    shown = {b.text() for b in keyboard.findChildren(QPushButton) if b.isVisibleTo(keyboard)}
    assert set(letters) <= shown
    keyboard.set_layout("digits")
    keyboard._switch_to(script)  # the script key on the digits page
    assert "".join(keyboard.extra_letters()) == letters
    keyboard.set_layout_for_language("ru")
    assert keyboard.extra_letters() == ()


@pytest.mark.parametrize("tag", ["uz-Latn", "uz-Cyrl", "ru", "en", "kaa", "kk", "ky", "tg"])
def test_no_key_repeats_in_any_language(qtbot: object, tag: str) -> None:
    """Issue 15: the Kazakh keyboard showed қ and ғ twice (its extra row repeated letters of the Uzbek
    Cyrillic rows); Tajik repeated ғ қ ҳ. Every script page of every language: each key once."""
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)  # type: ignore[attr-defined]
    keyboard.set_layout_for_language(tag)
    for script in LAYOUTS:
        keyboard._switch_to(script)
        labels = [b.property("keyId") for b in keyboard.findChildren(QPushButton) if b.isVisibleTo(keyboard)]
        repeated = sorted({x for x in labels if labels.count(x) > 1})
        assert not repeated, f"{tag} {script}: {repeated}"


def test_enter_key_presses_return_in_the_attached_field(kiosk: Kiosk) -> None:
    """Issue 11 #12: an Enter key on every layout; the field gets Return, so the screen decides what it
    means (next field, or send)."""
    pressed: list[str] = []
    kiosk.line_edit.returnPressed.connect(lambda: pressed.append(kiosk.line_edit.text()))
    kiosk.type("abc")
    for layout in LAYOUTS:
        kiosk.keyboard.set_layout(layout)
        kiosk.tap("enter")
    assert pressed == ["abc"] * 3


def _ink_height(key: QPushButton) -> int:
    """Height in px of what is drawn on the key inside its border (the glyph or icon), from a grab."""
    image = key.grab().toImage()
    inset = 8  # the rounded border and its anti-aliasing
    background = image.pixelColor(inset, image.height() // 2)
    rows = [
        y
        for y in range(inset, image.height() - inset)
        if any(
            abs(image.pixelColor(x, y).lightness() - background.lightness()) > 60
            for x in range(inset, image.width() - inset)
        )
    ]
    return rows[-1] - rows[0] + 1 if rows else 0


@pytest.mark.parametrize("key_id", ["enter", "backspace"])
def test_enter_and_backspace_are_drawn_as_icons_at_a_readable_size(qtbot, key_id: str) -> None:
    """The ↵ and ⌫ font glyphs came out about half the height of a letter; they are vendored icons now,
    drawn at least as tall as a capital letter on the keys (and in the key's text colour)."""
    from kiosk.app.compose import configure_application

    configure_application(QCoreApplication.instance())  # the kiosk's style sheet, as on the real screens
    try:
        kiosk = Kiosk(qtbot)
        for layout in LAYOUTS:
            kiosk.keyboard.set_layout(layout)
            key = kiosk.key(key_id)
            assert not key.text(), (layout, key.text())
            assert not key.icon().isNull(), layout
            letter = kiosk.key("1" if layout == "digits" else ("ж" if layout == "cyrillic" else "q"))
            assert _ink_height(key) >= max(32, _ink_height(letter)), (layout, _ink_height(key))
    finally:
        QCoreApplication.instance().setStyleSheet("")


def test_phone_pad_backspace_is_an_icon_as_tall_as_a_digit(qtbot) -> None:
    from kiosk.app.compose import configure_application
    from screens.widgets.phone_pad import PhonePad

    configure_application(QCoreApplication.instance())
    try:
        pad = PhonePad()
        qtbot.addWidget(pad)
        pad.show()
        qtbot.waitExposed(pad)
        back = pad.keys["back"]
        assert not back.text() and not back.icon().isNull()
        assert _ink_height(back) >= _ink_height(pad.keys["7"])
    finally:
        QCoreApplication.instance().setStyleSheet("")


def _shown_on_a_screen(qtbot: object, keyboard: OnScreenKeyboard) -> QWidget:
    """A 1920x1080 window with the keyboard at the bottom at its own height, as search screens show it."""
    window = QWidget()
    column = QVBoxLayout(window)
    column.addStretch(1)
    column.addWidget(keyboard)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.setFixedSize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    return window


def _key_rows(keyboard: OnScreenKeyboard) -> tuple[int, int, list[int], int]:
    """The keyboard's height and the least it squeezes to, the height of each row of keys shown, and how
    many rows there are."""
    by_row: dict[int, int] = {}
    for key in keys(keyboard):
        by_row[key.y()] = key.height()
    rows = [by_row[y] for y in sorted(by_row)]
    return keyboard.height(), keyboard.minimumSizeHint().height(), rows, len(rows)


@pytest.mark.parametrize(
    ("before", "after"),
    [("kk", "en"), ("kk", "uz-Latn"), ("kk", "ru"), ("tg", "ru"), ("kaa", "uz-Latn"), ("en", "kk"),
     ("kk", "tg")],
)
def test_a_language_without_extra_letters_gets_its_own_rows_back(
    qtbot: object, before: str, after: str
) -> None:
    """The keyboard stayed as tall as its Kazakh page (five rows) after the language went back to one
    without an extra row: a QStackedWidget asks for its tallest page, so the four rows grew taller keys.
    After any language, it is as a keyboard built for the new language, on each of its scripts (which keep
    one height within a language: the keyboard does not jump under a finger that taps "123")."""
    switched = OnScreenKeyboard()
    windows = [_shown_on_a_screen(qtbot, switched)]
    switched.set_layout_for_language(before)
    QCoreApplication.processEvents()
    switched.set_layout_for_language(after)
    fresh = OnScreenKeyboard()
    fresh.set_layout_for_language(after)
    windows.append(_shown_on_a_screen(qtbot, fresh))
    for script in ("", *LAYOUTS):
        for keyboard in (switched, fresh) if script else ():
            keyboard._switch_to(script)  # as the layout key on the page does
        for _ in range(3):
            QCoreApplication.processEvents()
        assert _key_rows(switched) == _key_rows(fresh), script
