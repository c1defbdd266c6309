"""The registry search the check screen types into, over the content store's current connection.

The engine (`content.search`: rapidfuzz and the normaliser's tables) is imported and made when it is first
needed: `prepare()` in the kiosk's warm-up once the attract screen is up, else the first keystroke. Start-up
does not pay for it (tests/ui/test_start_up.py). A content.db applied since (the store's generation moved
on) gets a new engine over the new connection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.services.store import ContentStore

if TYPE_CHECKING:
    from content.search.engine import Match, RegistrySearch


class SearchService:
    """`content.search.engine.RegistrySearch` over whatever content the store holds now."""

    def __init__(self, store: ContentStore) -> None:
        self._store = store
        self._engine: RegistrySearch | None = None
        self._generation = -1

    @property
    def prepared(self) -> bool:
        """Whether the engine for the store's current content is made (a keystroke then only queries)."""
        return self._engine is not None and self._generation == self._store.generation

    def prepare(self) -> None:
        """Import and make the engine now (cheap to call again)."""
        self._current()

    def search(self, query: str, limit: int = 20) -> list[Match]:
        """The best `limit` matches for what the traveller has typed so far, best first; [] for nothing."""
        return self._current().search(query, limit=limit)

    def _current(self) -> RegistrySearch:
        if self._engine is None or self._generation != self._store.generation:
            from content.search.engine import RegistrySearch

            self._engine = RegistrySearch(self._store.connection())
            self._generation = self._store.generation
        return self._engine
