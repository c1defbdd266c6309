"""The phone edition's page cache: rendered pages, gzipped, bounded by bytes, for one content version.

A page is rendered once per (content version, day, language, path) — agency pages keyed by licence number,
check pages by the cleaned query — and then answered from memory, so a busy agency page or a common search
costs a dictionary look-up. Only the gzipped body is kept (almost every phone accepts gzip; the rare one
that does not gets it unpacked on the way out), which holds about forty thousand agency pages in the
default 64 MB. A new content version empties the cache: nothing of the old one can be served after it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, field

DEFAULT_BYTES = 64 * 1024 * 1024
_OVERHEAD = 400  # the key, the headers and the bookkeeping of one entry, roughly


@dataclass(frozen=True)
class Stored:
    """A rendered page as kept: status, headers and the gzipped body."""

    status: int
    headers: dict[str, str] = field(hash=False)
    packed: bytes

    @property
    def size(self) -> int:
        return len(self.packed) + _OVERHEAD


class PageCache:
    """A least-recently-used map from page keys to `Stored` pages; thread-safe."""

    def __init__(self, max_bytes: int = DEFAULT_BYTES) -> None:
        self.max_bytes = max_bytes
        self.bytes = 0
        self.version: str | None = None
        self._pages: OrderedDict[Hashable, Stored] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._pages)

    def get(self, version: str, key: Hashable) -> Stored | None:
        with self._lock:
            if version != self.version:
                return None
            found = self._pages.get(key)
            if found is not None:
                self._pages.move_to_end(key)
            return found

    def put(self, version: str, key: Hashable, page: Stored) -> None:
        """Keep `page`; a page of another content version than the cache holds empties it first."""
        with self._lock:
            if version != self.version:
                self._pages.clear()
                self.bytes = 0
                self.version = version
            old = self._pages.pop(key, None)
            if old is not None:
                self.bytes -= old.size
            self._pages[key] = page
            self.bytes += page.size
            while self.bytes > self.max_bytes and self._pages:
                _, dropped = self._pages.popitem(last=False)
                self.bytes -= dropped.size
