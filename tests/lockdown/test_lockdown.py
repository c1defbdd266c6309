"""Escape attempts, as scripted Qt events against the real kiosk window with the lockdown installed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QClipboard,
    QContextMenuEvent,
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QFontDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from kiosk.app.compose import Kiosk
from kiosk.shell.lockdown import EXIT_MARKER, EXIT_TO_DESKTOP, Lockdown, is_blocked_key, mark_exit_to_desktop
from tests.ui.helpers import settle, until_read

A = Qt.KeyboardModifier
K = Qt.Key


def on_topics(kiosk: Kiosk) -> QWidget:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("topics")
    until_read(kiosk, kiosk.navigator.screen("topics"))
    return kiosk.navigator.screen("topics")


def test_window_is_frameless_on_top_and_covers_the_screen(kiosk: Kiosk, locked: Lockdown) -> None:
    flags = kiosk.window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert kiosk.window.isVisible()
    assert kiosk.window.isFullScreen()
    assert kiosk.window.geometry() == kiosk.window.screen().geometry()


ESCAPES = [
    (K.Key_F4, A.AltModifier),
    (K.Key_Escape, A.NoModifier),
    (K.Key_Tab, A.AltModifier),
    (K.Key_Tab, A.AltModifier | A.ShiftModifier),
    (K.Key_W, A.ControlModifier),
    (K.Key_Q, A.ControlModifier),
    (K.Key_F4, A.ControlModifier),
    (K.Key_Escape, A.ControlModifier | A.ShiftModifier),
    (K.Key_Super_L, A.NoModifier),
    (K.Key_D, A.MetaModifier),
    (K.Key_Space, A.AltModifier),  # the window menu
    (K.Key_F11, A.NoModifier),
    (K.Key_C, A.ControlModifier),
    (K.Key_V, A.ControlModifier),
    (K.Key_Z, A.ControlModifier),
    (K.Key_Menu, A.NoModifier),
    (K.Key_Insert, A.ShiftModifier),  # paste
]


@pytest.mark.parametrize(("key", "modifiers"), ESCAPES)
def test_escape_keys_and_shortcuts_do_nothing(
    kiosk: Kiosk, locked: Lockdown, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    on_topics(kiosk)
    fired: list[str] = []
    # Shortcuts someone might add later must not become a way out either.
    for sequence in ("Ctrl+Q", "Ctrl+W", "Alt+F4", "Esc", "Ctrl+Shift+Esc", "Alt+Tab", "F11", "Ctrl+V"):
        shortcut = QShortcut(QKeySequence(sequence), kiosk.window)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(lambda s=sequence: fired.append(s))
    target = QApplication.focusWidget() or kiosk.window
    QTest.keyClick(target, key, modifiers)
    settle()
    assert fired == []
    assert kiosk.window.isVisible()
    assert kiosk.navigator.current_name == "topics"
    assert locked.blocked["key"] >= 1


def test_typing_and_keypad_keys_still_work(kiosk: Kiosk, locked: Lockdown) -> None:
    def key(k: Qt.Key, mods: Qt.KeyboardModifier = A.NoModifier, text: str = "") -> QKeyEvent:
        return QKeyEvent(QEvent.Type.KeyPress, k, mods, text)

    for allowed in (
        key(K.Key_A, text="a"),
        key(K.Key_A, A.ShiftModifier, "A"),
        key(K.Key_Backspace),
        key(K.Key_Tab),
        key(K.Key_Return),
        key(K.Key_Down),
        key(K.Key_5, A.KeypadModifier, "5"),
        key(K.Key_L, A.ControlModifier | A.AltModifier, "ł"),
    ):  # AltGr on Windows keyboards
        assert not is_blocked_key(allowed), allowed.key()
    assert is_blocked_key(key(K.Key_Backspace, A.ControlModifier | A.AltModifier))
    check = kiosk.navigator.screen("check")
    kiosk.navigator.go("check")
    settle()
    check.field.setFocus()
    QTest.keyClicks(check.field, "abc")
    assert check.field.text() == "abc"


def test_context_menu_opens_nothing(kiosk: Kiosk, locked: Lockdown) -> None:
    kiosk.navigator.go("check")
    settle()
    field: QLineEdit = kiosk.navigator.screen("check").field
    safety = QTimer(singleShot=True, interval=2000)  # if a menu did open, do not hang the test run
    safety.timeout.connect(
        lambda: QApplication.activePopupWidget() and QApplication.activePopupWidget().close()
    )
    safety.start()
    center = field.rect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, center, field.mapToGlobal(center))
    QApplication.sendEvent(field, event)
    QTest.mouseClick(field, Qt.MouseButton.RightButton, A.NoModifier, center)
    settle()
    safety.stop()
    assert QApplication.activePopupWidget() is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert locked.blocked["ContextMenu"] >= 1
    assert locked.blocked["button"] >= 2


DIALOGS: list[tuple[str, Callable[[QWidget], QDialog]]] = [
    ("message box", lambda w: QMessageBox(QMessageBox.Icon.Warning, "Oops", "Something", parent=w)),
    ("file dialog", lambda w: QFileDialog(w, "Open", "/")),
    ("colour dialog", lambda w: QColorDialog(w)),
    ("font dialog", lambda w: QFontDialog(w)),
    ("input dialog", lambda w: QInputDialog(w)),
    ("print dialog", lambda w: QPrintDialog(w)),
    ("plain dialog", lambda w: QDialog(None)),
]


@pytest.mark.parametrize(("name", "make"), DIALOGS, ids=[d[0] for d in DIALOGS])
def test_dialogs_are_closed_at_once(
    kiosk: Kiosk, locked: Lockdown, qtbot: object, name: str, make: Callable[[QWidget], QDialog]
) -> None:
    dialog = make(kiosk.window)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    QApplication.processEvents()  # one turn of the event loop: gone before anything is painted
    assert not dialog.isVisible()
    assert locked.blocked["dialog"] == 1
    assert kiosk.window.isVisible()


def test_modal_dialogs_return_at_once(
    kiosk: Kiosk, locked: Lockdown, caplog: pytest.LogCaptureFixture
) -> None:
    leftovers = QTimer(singleShot=True, interval=3000)  # a guard that failed would leave exec() waiting
    leftovers.timeout.connect(
        lambda: [w.close() for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
    )
    leftovers.start()
    with caplog.at_level(logging.WARNING, "kiosk.shell.lockdown"):
        answer = QMessageBox.question(kiosk.window, "Quit?", "Really?")
        colour = QColorDialog.getColor(parent=kiosk.window)
        path, _ = QFileDialog.getOpenFileName(kiosk.window, "Open", "/")
    assert leftovers.isActive(), "a modal dialog stayed open until the safety timer closed it"
    leftovers.stop()
    assert answer != QMessageBox.StandardButton.Yes
    assert not colour.isValid()
    assert path == ""
    assert locked.blocked["dialog"] == 3
    assert sum("blocked dialog" in r.getMessage() for r in caplog.records) == 3


def test_a_stray_top_level_window_is_closed(kiosk: Kiosk, locked: Lockdown, qtbot: object) -> None:
    stray = QWidget()
    qtbot.addWidget(stray)  # type: ignore[attr-defined]
    stray.show()
    qtbot.waitUntil(lambda: not stray.isVisible(), timeout=2000)  # type: ignore[attr-defined]
    assert locked.blocked["window"] == 1


@pytest.mark.parametrize(
    "url", ["https://example.org/agency?name=secret", "http://example.org", "file:///", "file:///etc/passwd",
            "mailto:help@example.org?body=my+passport", "relative/file.pdf", "ftp://example.org", "tel:+998"]
)  # fmt: skip
def test_links_are_refused(kiosk: Kiosk, locked: Lockdown, url: str) -> None:
    assert QDesktopServices.openUrl(QUrl(url))  # handled (by refusing): nothing was launched
    assert locked.blocked["url"] == 1
    recorded = locked.refused_urls[-1]
    assert "secret" not in recorded
    assert "passport" not in recorded
    assert "passwd" not in recorded


def test_the_window_cannot_be_closed_until_an_admin_exit(kiosk: Kiosk, locked: Lockdown) -> None:
    on_topics(kiosk)
    assert kiosk.window.close() is False
    QApplication.sendEvent(kiosk.window, QEvent(QEvent.Type.Quit))
    settle()
    assert kiosk.window.isVisible()
    assert kiosk.navigator.current_name == "topics"
    assert locked.blocked["close"] == 1
    locked.lift()
    assert kiosk.window.close() is True


def test_selection_drags_and_middle_click_paste_are_swallowed(kiosk: Kiosk, locked: Lockdown) -> None:
    kiosk.navigator.go("check")
    settle()
    field: QLineEdit = kiosk.navigator.screen("check").field
    field.setText("agency name")
    left, right = QPoint(8, field.height() // 2), QPoint(field.width() - 8, field.height() // 2)
    QTest.mousePress(field, Qt.MouseButton.LeftButton, A.NoModifier, left)
    drag = QMouseEvent(QEvent.Type.MouseMove, QPointF(right), QPointF(field.mapToGlobal(right)),
                       Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, A.NoModifier)  # fmt: skip
    QApplication.sendEvent(field, drag)
    QTest.mouseRelease(field, Qt.MouseButton.LeftButton, A.NoModifier, right)
    assert field.selectedText() == ""
    QTest.mouseDClick(field, Qt.MouseButton.LeftButton, A.NoModifier, right)  # would select a word
    assert field.selectedText() == ""
    QGuiApplication.clipboard().setText("pasted", QClipboard.Mode.Selection)
    QTest.mouseClick(field, Qt.MouseButton.MiddleButton, A.NoModifier, left)  # X11 middle-click paste
    assert field.text() == "agency name"
    assert locked.blocked["selection"] >= 1
    assert locked.blocked["button"] >= 2


def test_ctrl_wheel_zoom_and_native_gestures_are_swallowed(kiosk: Kiosk, locked: Lockdown) -> None:
    screen = on_topics(kiosk)
    pos = QPointF(screen.rect().center())
    wheel = QWheelEvent(pos, screen.mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
                        A.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    assert QApplication.sendEvent(screen, wheel) is True
    assert locked.blocked["zoom"] == 1
    assert locked.eventFilter(screen, QEvent(QEvent.Type.NativeGesture)) is True


def test_exit_to_desktop_leaves_a_marker_for_the_session_script(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUNTIME_DIRECTORY", str(tmp_path))
    assert mark_exit_to_desktop(logging.getLogger("test")) == EXIT_TO_DESKTOP
    assert (tmp_path / EXIT_MARKER).exists()


def test_clipboard_is_cleared_for_the_next_traveller(qapp: QApplication) -> None:
    from kiosk.shell.lockdown import clear_clipboards

    QGuiApplication.clipboard().setText("+998 90 111 22 33")
    clear_clipboards()
    assert QGuiApplication.clipboard().text() == ""
