"""Keep a public kiosk from turning into a desktop.

`install_lockdown()` makes the main window frameless, always on top and exactly the size of its screen,
and installs one application event filter that swallows what could lead out of the app: escape keys and
window-manager shortcuts, context menus, non-left mouse buttons (middle-click paste), text-selection drags,
pinch/zoom and native gestures, drag and drop, closing the main window, and any dialog or stray top-level
window (closed on the next event-loop turn). URL handlers for http, https, file, mailto and friends refuse
instead of launching a browser or file manager. `Lockdown.lift()` undoes it for an authorised admin exit.

Keys the compositor handles itself (Ctrl+Alt+Fn, the power key) cannot be seen here: see deploy/README.md.
"""

from __future__ import annotations

import logging
import os
from collections import Counter, deque
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QGestureEvent,
    QLabel,
    QLineEdit,
    QWidget,
)

EXIT_RESTART = 75  # "restart app": any exit makes systemd (Restart=always) start the kiosk again
EXIT_TO_DESKTOP = 10  # "exit to desktop": listed in RestartPreventExitStatus= of the unit
EXIT_MARKER = "exit-to-desktop"  # written to $RUNTIME_DIRECTORY for the session script (cage hides codes)

# Every scheme a link on a content page could plausibly use; "" covers relative links like "x.pdf".
REFUSED_SCHEMES = (
    "http", "https", "file", "mailto", "ftp", "sftp", "smb", "nfs", "tel", "sms", "callto", "data",
    "javascript", "about", "ssh", "telnet", "irc", "news", "magnet", "", "help", "man", "info",
)  # fmt: skip

_ALWAYS_BLOCKED_KEYS = {
    Qt.Key.Key_Escape, Qt.Key.Key_Meta, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Hyper_L,
    Qt.Key.Key_Hyper_R, Qt.Key.Key_Menu, Qt.Key.Key_Close, Qt.Key.Key_Print, Qt.Key.Key_SysReq,
    Qt.Key.Key_Back, Qt.Key.Key_Forward, Qt.Key.Key_HomePage, Qt.Key.Key_Search, Qt.Key.Key_Explorer,
    Qt.Key.Key_LaunchMail, Qt.Key.Key_WWW, Qt.Key.Key_Favorites, Qt.Key.Key_OpenUrl, Qt.Key.Key_Calculator,
    Qt.Key.Key_Terminal, Qt.Key.Key_LogOff, Qt.Key.Key_ZoomIn, Qt.Key.Key_ZoomOut, Qt.Key.Key_Zoom,
    Qt.Key.Key_Copy, Qt.Key.Key_Paste, Qt.Key.Key_Cut, Qt.Key.Key_Undo, Qt.Key.Key_Redo, Qt.Key.Key_Open,
    Qt.Key.Key_Save, Qt.Key.Key_Launch0, Qt.Key.Key_Launch1, Qt.Key.Key_LaunchMedia, Qt.Key.Key_Tools,
}  # fmt: skip
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)
_KEY_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}
_BUTTON_EVENTS = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
}  # fmt: skip
_ALWAYS_SWALLOWED = {
    QEvent.Type.ContextMenu, QEvent.Type.NativeGesture, QEvent.Type.DragEnter, QEvent.Type.DragMove,
    QEvent.Type.Drop, QEvent.Type.WhatsThis, QEvent.Type.QueryWhatsThis,
}  # fmt: skip
_BLOCKED_GESTURES = {Qt.GestureType.PinchGesture, Qt.GestureType.SwipeGesture}
_WATCHED = _KEY_EVENTS | _BUTTON_EVENTS | _ALWAYS_SWALLOWED | {
    QEvent.Type.Shortcut, QEvent.Type.MouseMove, QEvent.Type.Gesture, QEvent.Type.GestureOverride,
    QEvent.Type.Wheel, QEvent.Type.Close, QEvent.Type.Show,
}  # fmt: skip


def is_blocked_key(event: QKeyEvent) -> bool:
    """Escape, function/system keys, and anything with Ctrl, Alt or the Windows key (shortcuts, Alt+F4,
    Alt+Tab, Ctrl+W/Q, copy/paste/undo). AltGr typing (Ctrl+Alt producing a printable character on Windows
    keyboards) still types."""
    key = event.key()
    if key in _ALWAYS_BLOCKED_KEYS or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35:
        return True
    mods = event.modifiers()
    if key in (Qt.Key.Key_Insert, Qt.Key.Key_Delete) and mods & Qt.KeyboardModifier.ShiftModifier:
        return True  # Shift+Insert pastes, Shift+Delete cuts: the clipboard outlives a traveller
    if not mods & _COMMAND_MODIFIERS:
        return False
    altgr = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    text = event.text()
    return not ((mods & altgr) == altgr and text.isprintable() and bool(text.strip()))


def _selects_text(widget: QObject) -> bool:
    """Widgets in which a drag or double-click would select text (and put it in the X11 selection)."""
    if isinstance(widget, QLineEdit):
        return True
    if isinstance(widget, QLabel):
        return bool(widget.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse)
    parent = widget.parent() if isinstance(widget, QWidget) else None
    return isinstance(parent, QAbstractScrollArea) and parent.metaObject().className() in (
        "QTextEdit", "QTextBrowser", "QPlainTextEdit",
    )  # fmt: skip


class Lockdown(QObject):
    """The installed lockdown. `blocked` counts what was swallowed by kind; `refused_urls` keeps the scheme
    and host of the last refused links (never the path or query: they may hold what a traveller typed)."""

    def __init__(self, app: QApplication, window: QWidget, log: logging.Logger) -> None:
        super().__init__(app)
        self._app = app
        self._window = window
        self._log = log
        self._exit_allowed = False
        self._restore = (False, True)
        self._allowed_windows: set[int] = set()
        self.blocked: Counter[str] = Counter()
        self.refused_urls: deque[str] = deque(maxlen=20)

    # --- installing and lifting -------------------------------------------------------------------------
    def install(self) -> None:
        # Native (portal, GTK) dialogs would escape the guard below; a closed stray window must not quit.
        self._restore = (
            self._app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs),
            self._app.quitOnLastWindowClosed(),
        )
        self._app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
        self._app.setQuitOnLastWindowClosed(False)
        for scheme in REFUSED_SCHEMES:
            # PySide6's stub says bytes for the slot name, but at run time only a str is accepted.
            QDesktopServices.setUrlHandler(scheme, self, "refuse_url")  # type: ignore[arg-type]
        self._app.installEventFilter(self)

    def lift(self) -> None:
        """Authorised admin exit: allow closing, remove the filter and the URL handlers."""
        self._log.warning("lockdown lifted for an authorised admin exit")
        self._exit_allowed = True
        self._app.removeEventFilter(self)
        for scheme in REFUSED_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)
        self._app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, self._restore[0])
        self._app.setQuitOnLastWindowClosed(self._restore[1])

    @property
    def lifted(self) -> bool:
        return self._exit_allowed

    def allow_window(self, widget: QWidget) -> None:
        """A top-level window the app really means to show (none does today)."""
        self._allowed_windows.add(id(widget))

    # --- refusing --------------------------------------------------------------------------------------
    @Slot(QUrl)
    def refuse_url(self, url: QUrl) -> None:
        """URL handler: record and log, open nothing."""
        where = f"{url.scheme() or '(relative)'}:{url.host()}"
        self.refused_urls.append(where)
        self.blocked["url"] += 1
        self._log.warning("refused to open a link (%s)", where)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _WATCHED:  # the common case (paint, timers, layout): one set lookup
            return False
        kind = self._classify(watched, event)
        if kind is None:
            return False
        self.blocked[kind] += 1
        if kind in ("close", "dialog", "window"):
            self._log.warning("blocked %s: %s", kind, type(watched).__name__)
        else:
            self._log.debug("blocked %s on %s", kind, type(watched).__name__)
        if kind in ("dialog", "window"):
            self._suppress_window(cast(QWidget, watched))  # only widgets are classified "dialog"/"window"
            return False  # let Qt finish the show; the queued close then also ends any exec()
        # Accepted so that it does not travel on to the parents; a refused close is "ignored" (not closed).
        event.ignore() if kind == "close" else event.accept()
        return True

    def _classify(self, watched: QObject, event: QEvent) -> str | None:
        """What `event` would do if it were let through, or None for harmless events.

        Qt delivers each event type as its own class; the casts below only tell the type checker so."""
        t = event.type()
        if t in _KEY_EVENTS:
            return "key" if is_blocked_key(cast(QKeyEvent, event)) else None
        if t == QEvent.Type.Shortcut:
            return "shortcut"  # no screen uses QShortcut; one added later must not become an exit
        if t in _ALWAYS_SWALLOWED:
            return t.name
        if t in _BUTTON_EVENTS:
            return self._classify_button(watched, cast(QMouseEvent, event))
        if t == QEvent.Type.MouseMove:
            held = cast(QMouseEvent, event).buttons() & Qt.MouseButton.LeftButton
            return "selection" if held and _selects_text(watched) else None
        if t in (QEvent.Type.Gesture, QEvent.Type.GestureOverride):
            gestures = cast(QGestureEvent, event).gestures()
            return "gesture" if any(g.gestureType() in _BLOCKED_GESTURES for g in gestures) else None
        if t == QEvent.Type.Wheel:
            return "zoom" if cast(QWheelEvent, event).modifiers() & _COMMAND_MODIFIERS else None
        if t == QEvent.Type.Close and watched is self._window:
            return None if self._exit_allowed else "close"
        if t == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            return self._classify_window(watched)
        return None

    @staticmethod
    def _classify_button(watched: QObject, event: QMouseEvent) -> str | None:
        if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton):
            return "button"  # right click, middle-click paste, back/forward buttons
        if not _selects_text(watched):
            return None
        if event.type() == QEvent.Type.MouseButtonDblClick:
            return "selection"  # double-click selects a word
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        return "selection" if shift and event.type() == QEvent.Type.MouseButtonPress else None

    def _classify_window(self, widget: QWidget) -> str | None:
        if widget is self._window or id(widget) in self._allowed_windows:
            return None
        if isinstance(widget, QDialog):
            return "dialog"
        if widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog):
            return "window"
        return None  # tooltips, combo-box lists and other popups belong to the page

    def _suppress_window(self, widget: QWidget) -> None:
        """Close it on the next event-loop turn, before the compositor has configured and painted it.

        Not from inside its own show event: a modal exec() would then wait forever. And not by setting
        WA_DontShowOnScreen here: Qt 6.11 then leaves the dialog in its modal-window list after it is
        deleted, and the next QApplication.activeModalWidget() crashes."""
        close = widget.reject if isinstance(widget, QDialog) else widget.close
        QTimer.singleShot(0, widget, close)


def lock_window(window: QWidget) -> None:
    """Frameless, always on top, full screen on the window's screen (geometry first: without a window
    manager Qt would keep a small window), and following the screen if its resolution changes."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    flags = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
    window.setWindowFlags(window.windowFlags() | flags)
    window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    if screen is not None:
        window.setGeometry(screen.geometry())
        screen.geometryChanged.connect(window.setGeometry)
    window.showFullScreen()


def install_lockdown(app: QApplication, window: QWidget, log: logging.Logger) -> Lockdown:
    """Lock `window` and the whole application down; returns the handle used to lift it for admin exit."""
    lockdown = Lockdown(app, window, log)
    lockdown.install()
    lock_window(window)
    log.info("lockdown installed")
    return lockdown


def clear_clipboards() -> None:
    """Forget anything copied or selected (end of a traveller's session)."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(clipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(clipboard.Mode.Selection)


def mark_exit_to_desktop(log: logging.Logger) -> int:
    """Tell the session script that this exit is deliberate, so systemd does not restart the kiosk.
    Returns the exit code to pass to `QApplication.exit()`."""
    runtime = os.environ.get("RUNTIME_DIRECTORY", "").split(":")[0]
    if runtime:
        try:
            (Path(runtime) / EXIT_MARKER).write_text("admin\n", encoding="utf-8")
        except OSError as exc:
            log.error("could not write the exit marker in %s: %s", runtime, exc)
    log.warning("exit to desktop requested by an admin")
    return EXIT_TO_DESKTOP
