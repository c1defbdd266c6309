"""New searches run in a process beside the server, so that the event loop never waits behind one.

A search costs the engine a few milliseconds of Python (content.search: index reads, then ranking). In a
thread of the server process it held the interpreter lock against the event loop: each time the loop let
the lock go (every socket write) it waited up to the switch interval (5 ms) to get it back, and cached pages
queued behind searches — a check page's p99 was over a second while most of its answers came from memory.
So a search the registry has not answered before (`Registry.found`) runs in one worker process
(server/registry_reader.py, its own read-only connection to the same database, importing nothing else) while
the loop goes on answering; its matches and their agencies come back to `Registry.remember`, and the page is
then rendered like any other. The same search asked by several phones at once runs once.

The process is started when content is loaded, and opens the new registry database then (`prepare`), so
the first phone to search does not wait for it; it is spawned (a fresh interpreter, no copy of the server's
threads or sockets) and stopped with the server. Should it fail, the search runs in a thread as before.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import sqlite3
from collections.abc import Hashable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from starlette.concurrency import run_in_threadpool

from content.model import Agency
from content.search.engine import Match
from server.phone.registry import Registry, search_key
from server.registry_reader import leave_with, open_in_worker, search_in_worker

log = logging.getLogger(__name__)
_Answer = tuple[list[Match], list[Agency]]


class Searcher:
    """Runs `Registry` searches in a worker process; one per server."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._running: dict[tuple[str, Hashable], asyncio.Future[_Answer]] = {}

    async def search(self, registry: Registry, query: str, limit: int) -> None:
        """Make sure `registry` has the answer to `query` (then `Registry.found` gives it)."""
        if registry.found(query, limit) is not None:
            return
        key = (str(registry.path), search_key(query, limit))
        running = self._running.get(key)
        if running is None:
            running = self._start(registry, query, limit)
            self._running[key] = running
            running.add_done_callback(lambda _done: self._running.pop(key, None))
        try:
            matches, agencies = await asyncio.shield(running)
        except (BrokenProcessPool, OSError, RuntimeError, sqlite3.Error) as exc:
            log.warning("phone edition: the search process failed (%s); searching in a thread",
                        type(exc).__name__)  # never the text searched for
            self.close()
            await run_in_threadpool(registry.search, query, limit)
            return
        registry.remember(query, limit, matches, agencies)

    def prepare(self, registry: Registry) -> None:
        """Start the process if need be and open `registry`'s database in it (from any thread; the server
        calls it after each load)."""
        try:
            self._executor().submit(open_in_worker, str(registry.path))
        except (BrokenProcessPool, OSError, RuntimeError) as exc:
            log.warning("phone edition: the search process did not start (%s)", type(exc).__name__)

    def _start(self, registry: Registry, query: str, limit: int) -> asyncio.Future[_Answer]:
        submitted: Future[_Answer] = self._executor().submit(search_in_worker, str(registry.path), query,
                                                             limit)
        return asyncio.wrap_future(submitted)

    def _executor(self) -> ProcessPoolExecutor:
        pool = self._pool
        if pool is None:
            pool = self._pool = ProcessPoolExecutor(max_workers=1,
                                                    mp_context=multiprocessing.get_context("spawn"),
                                                    initializer=leave_with, initargs=(os.getpid(),))
        return pool

    def close(self) -> None:
        """Stop the worker process (at shutdown; a later search starts a new one)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
