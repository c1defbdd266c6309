"""The registry search the check screen types into, read on the kiosk's worker.

The check screen asks on the worker (screens/check_agency.py), one search per keystroke, so the engine reads
through a connection of its own, never the UI thread's (`ContentStore.connection`), which `reload()` closes
under it. The worker's pool may run two searches at once: one lock lets one use the engine at a time (a
search costs well under a millisecond), and the engine keeps its trigram statistics between keystrokes.

The engine (`content.search`: rapidfuzz and the normaliser's tables) is imported and made when it is first
needed: `prepare()` in the kiosk's warm-up once the attract screen is up (on the worker), else the first
keystroke. Start-up does not pay for it (tests/ui/test_start_up.py). A content.db applied since (the store's
generation moved on) gets a new engine over a new connection.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import TYPE_CHECKING

from kiosk.services.store import ContentStore

if TYPE_CHECKING:
    from content.search.engine import Match, RegistrySearch


class SearchService:
    """`content.search.engine.RegistrySearch` over whatever content the store holds now; callable from any
    thread (the check screen calls it on the worker)."""

    def __init__(self, store: ContentStore) -> None:
        self._store = store
        self._engine: RegistrySearch | None = None
        self._conn: sqlite3.Connection | None = None
        self._generation = -1
        self._lock = threading.Lock()

    @property
    def prepared(self) -> bool:
        """Whether the engine for the store's current content is made (a keystroke then only queries)."""
        return self._engine is not None and self._generation == self._store.generation

    def prepare(self) -> None:
        """Import and make the engine now (cheap to call again)."""
        with self._lock:
            self._current()

    def search(self, query: str, limit: int = 20) -> list[Match]:
        """The best `limit` matches for what the traveller has typed so far, best first; [] for nothing."""
        with self._lock:
            return self._current().search(query, limit=limit)

    def _current(self) -> RegistrySearch:
        generation = self._store.generation
        if self._engine is None or self._generation != generation:
            from content.search.engine import RegistrySearch

            if self._conn is not None:
                self._conn.close()  # the content it read was replaced
            self._conn = self._store.new_connection()
            self._engine = RegistrySearch(self._conn)
            self._generation = generation
        return self._engine
