"""Screen changes and history over a QStackedWidget.

Screens are built on first use (a fast first paint of the attract screen), or ahead of it with `prebuild`
once the first screen is up (so that a traveller's first tap does not wait for one), entered with
parameters, and
left through `leave()` so that a screen can stop speech or timers. `restart()` is the end of a traveller's
session: every screen built so far is reset and the history is cleared.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, cast

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QStackedWidget, QWidget


class ScreenLike(Protocol):
    """What every screen (`screens.base.Screen`) offers the navigator and the composition root."""

    loaded: SignalInstance  # what it read on the worker is shown now (screens.base.Screen)

    def enter(self, **params: Any) -> None: ...
    def leave(self) -> None: ...
    def reset(self) -> None: ...
    def refresh(self) -> None: ...
    def speech_text(self) -> str: ...


Factory = Callable[[], QWidget]  # builds a QWidget that is also a ScreenLike (a screens.base.Screen)


class Navigator(QObject):
    """Owns which screen is shown. Emits `changed(name)` after a screen has been entered."""

    changed = Signal(str)

    def __init__(self, stack: QStackedWidget, start: str = "attract", home: str = "home") -> None:
        super().__init__(stack)
        self._stack = stack
        self._factories: dict[str, Factory] = {}
        self._screens: dict[str, QWidget] = {}
        self._history: list[tuple[str, dict[str, Any]]] = []
        self._current: tuple[str, dict[str, Any]] | None = None
        self._start = start
        self._home = home

    def register(self, name: str, factory: Factory) -> None:
        self._factories[name] = factory

    def has(self, name: str) -> bool:
        """Whether a screen called `name` is registered (optional screens link to it only if so)."""
        return name in self._factories

    @property
    def current_name(self) -> str | None:
        return self._current[0] if self._current else None

    @property
    def history(self) -> list[str]:
        return [name for name, _ in self._history]

    def screen(self, name: str) -> QWidget:
        """The screen called `name`, built now if it was not built yet."""
        widget = self._screens.get(name)
        if widget is None:
            if name not in self._factories:
                raise KeyError(f"no screen called {name!r}")
            widget = self._factories[name]()
            if not widget.objectName():
                widget.setObjectName("Screen")
            self._screens[name] = widget
            self._stack.addWidget(widget)
        return widget

    def prebuild(self, names: list[str], delay_ms: int = 0) -> None:
        """Build the screens `names` not built yet, one per turn of the event loop, from `delay_ms` on: the
        work of building (and importing) them moves from a traveller's first taps to the time the kiosk
        waits on its attract screen, and a tap that comes meanwhile waits for one screen at most."""
        pending = [n for n in names if n in self._factories and n not in self._screens]

        def build_next() -> None:
            while pending:
                name = pending.pop(0)
                if name not in self._screens:
                    self.screen(name)
                    break
            if pending:
                QTimer.singleShot(0, self, build_next)

        if pending:
            QTimer.singleShot(delay_ms, self, build_next)

    def built(self, name: str) -> bool:
        return name in self._screens

    def page(self, name: str) -> ScreenLike:
        """`screen(name)` seen through the screen protocol (the shell cannot import screens/)."""
        return cast(ScreenLike, self.screen(name))

    def go(self, name: str, **params: Any) -> None:
        """Show `name`, remembering the current screen for `back()`."""
        if self._current is not None:
            self._history.append(self._current)
        self._show(name, params)

    def back(self) -> None:
        """Return to the previous screen; from the first screen, go home."""
        if self._history:
            name, params = self._history.pop()
            self._show(name, params)
        elif self.current_name != self._home:
            self.home()

    def home(self) -> None:
        self._history.clear()
        self._show(self._home, {})

    def restart(self) -> None:
        """End the session: reset every built screen, forget the history, show the start screen."""
        self._history.clear()
        if self._current is not None:
            self._leave(self._current[0])
        self._current = None
        for widget in self._screens.values():
            cast(ScreenLike, widget).reset()
        self._show(self._start, {})

    def _show(self, name: str, params: dict[str, Any]) -> None:
        widget = self.screen(name)
        if self._current is not None and self._current[0] != name:
            self._leave(self._current[0])
        self._current = (name, params)
        cast(ScreenLike, widget).enter(**params)
        self._stack.setCurrentWidget(widget)
        self.changed.emit(name)

    def _leave(self, name: str) -> None:
        widget = self._screens.get(name)
        if widget is not None:
            cast(ScreenLike, widget).leave()
