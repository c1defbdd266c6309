"""Ask a question: the answer engine for the screens, its index built off the UI thread on first use and
again after new content is applied. Queries then take well under a millisecond on the UI thread.

The engine (`content.ask`) is imported by the worker that builds the index, not when the service is made:
the service exists from start-up, and the attract screen's first paint needs none of it."""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.services.store import ContentStore
from kiosk.services.worker import Background

if TYPE_CHECKING:
    from content.ask.engine import Answer, AskEngine

log = logging.getLogger(__name__)


class AskService(QObject):
    """`ready` is emitted on the UI thread when the index for the current content has been built."""

    ready = Signal()

    def __init__(self, store: ContentStore, background: Background, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._background = background
        self._engine: AskEngine | None = None
        self._built_for = -1
        self._building_for: int | None = None
        self.failed = False

    @property
    def is_ready(self) -> bool:
        return self._engine is not None and self._built_for == self._store.generation

    def prepare(self) -> None:
        """Start building the index for the current content unless it is built or being built."""
        generation = self._store.generation
        if self.is_ready or self._building_for == generation:
            return
        self._building_for = generation
        path = self._store.path
        self._background.submit(
            lambda: _build(path), lambda engine: self._done(generation, engine), self._failed
        )

    def build_now(self) -> None:
        """Build the index on the calling thread (the screenshot tool and the self-test, never the UI)."""
        if not self.is_ready:
            self._done(self._store.generation, _build(self._store.path))

    def ask(self, question: str, lang: str, limit: int = 3) -> list[Answer] | None:
        """The answers, or None while the index is still being built (`ready` follows)."""
        if not self.is_ready:
            self.prepare()
            return None
        assert self._engine is not None
        return self._engine.ask(question, lang, limit=limit)

    def _done(self, generation: int, engine: AskEngine) -> None:
        self._building_for = None
        if generation != self._store.generation:  # content changed while building: build again
            self.prepare()
            return
        self._engine, self._built_for, self.failed = engine, generation, False
        self.ready.emit()

    def _failed(self, exc: Exception) -> None:
        self._building_for = None
        self.failed = True
        log.warning("could not build the answer index: %s", exc)
        self.ready.emit()


def _build(path: object) -> AskEngine:
    """Runs in a worker thread, on its own read-only connection (never the UI's)."""
    from content.ask.engine import AskEngine
    from content.ask.index import AskIndex

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return AskEngine(AskIndex.from_connection(conn))
    finally:
        conn.close()
