"""Small helpers for driving the kiosk like a person: tap what is on screen, read what is shown."""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget


def tap(widget: QWidget) -> None:
    """A finger tap: press and release in the middle of the widget (it must be visible).

    A finger only meets what has been drawn, so pending layouts are settled first: a page that has just been
    shown may still hold its previous layout's geometry until its queued layout requests are handled."""
    settle()
    assert widget.isVisible(), f"{widget} is not on screen"
    window = widget.window()
    hit = window.childAt(widget.mapTo(window, widget.rect().center()))
    assert hit is widget or widget.isAncestorOf(hit), f"{widget} is covered by {hit} or scrolled out of view"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    settle()
    read_shown(window)


def read_shown(window: QWidget) -> None:
    """Wait, as a person looks once a page has loaded, for the read of the screen now shown (most screens
    read what they show on the kiosk's worker, screens.base.Screen.read_then_show)."""
    from screens.base import Screen

    for screen in window.findChildren(Screen):
        if screen.isVisible() and screen.loading:
            until_answered(screen.ctx.background, screen)


def settle() -> None:
    """Let queued work finish (posted LanguageChange events, queued shows of newly added widgets)."""
    for _ in range(3):
        QApplication.processEvents()


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person can see under `root`."""
    texts = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLabel | QAbstractButton) and w.isVisibleTo(root) and w.text():
            texts.append(w.text())
    return texts


def tile_with(screen: QWidget, target: str) -> QWidget:
    """The tile on `screen` whose `target` property is `target` (once the screen's read is shown)."""
    if getattr(screen, "loading", False):
        until_answered(screen.ctx.background, screen)  # type: ignore[attr-defined]
    tiles = screen.tiles() if hasattr(screen, "tiles") else screen.grid.tiles()  # type: ignore[attr-defined]
    for tile in tiles:
        if tile.property("target") == target:
            return tile
    raise AssertionError(f"no tile for {target!r}")


def until_read(kiosk: object, screen: QWidget, rounds: int = 100) -> None:
    """Wait for a screen that reads its content on the kiosk's worker (`loading` until the answer is shown):
    again after a language change still on its way."""
    until_answered(kiosk.context.background, screen, rounds)  # type: ignore[attr-defined]


def until_answered(background: object, screen: QWidget, rounds: int = 100) -> None:
    """`until_read` for a caller that holds the screen but not the kiosk (`background`: the screen's
    `ctx.background`)."""
    for _ in range(rounds):
        background.wait()  # type: ignore[attr-defined]
        settle()
        if not getattr(screen, "loading", False):
            return
    raise AssertionError(f"{type(screen).__name__} is still loading")


def shut_down(kiosk: object) -> None:
    """End a test's kiosk for good: stop what it started, wait for its worker, then delete its window (and
    with it the worker's pool) at once.

    Left to pytest-qt, the window was deleted during the next test's set-up, and until then its screens
    still took the LanguageChange the next kiosk's translator posts: a screen that reads on the worker
    (the licence check) started a read, and deleting its pool while that read ran hung the run (the pool's
    destructor waits for the read holding the GIL, which the read needs to finish).
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    context = kiosk.context  # type: ignore[attr-defined]
    context.speech.stop()
    kiosk.window.close()  # type: ignore[attr-defined]
    context.background.wait()
    context.state.close()
    context.store.reload()
    kiosk.window.deleteLater()  # type: ignore[attr-defined]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deletes only: no read is started


def record_sql_threads(kiosk: Any, monkeypatch: pytest.MonkeyPatch) -> list[tuple[bool, str]]:
    """(ran on the UI thread, statement) for every statement on content.db and state.db from now on: sqlite3
    trace callbacks on the kiosk's real files, the UI thread's connection opened again, traced."""
    ui = threading.get_ident()
    calls: list[tuple[bool, str]] = []

    def trace(sql: str) -> None:
        calls.append((threading.get_ident() == ui, sql))

    store = kiosk.context.store
    real_open = store._open

    def traced_open() -> sqlite3.Connection:
        conn = real_open()
        conn.set_trace_callback(trace)
        return conn

    monkeypatch.setattr(store, "_open", traced_open)
    store.reload()
    kiosk.context.state._conn.set_trace_callback(trace)
    return calls


def held_until_set(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> threading.Event:
    """`owner.name` waits, when called, until the returned event is set: a read on the worker held back as a
    slow disk would, so a test sees the screen while it says it is loading."""
    opened = threading.Event()
    real = getattr(owner, name)

    def held(*args: Any, **kwargs: Any) -> Any:
        assert opened.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, held)
    return opened
