"""New searches run in a process beside the server, so that the event loop never waits behind one.

A search costs the engine about a millisecond of Python (content.search: index reads, then ranking). In a
thread of the server process it held the interpreter lock against the event loop: each time the loop let
the lock go (every socket write) it waited up to the switch interval (5 ms) to get it back, and cached pages
queued behind searches — a check page's p99 was over a second while most of its answers came from memory.
So a search the registry has not answered before (`Registry.found`) runs in one search process
(server/registry_reader.py `main`, its own read-only connection to the same database, importing nothing
else) while the loop goes on answering; its matches and their agencies' licences come back to
`Registry.remember`, and the page is then rendered like any other. The same search asked by several phones
at once runs once.

The event loop itself writes the requests to the process's standard input and reads the answers from its
standard output (`loop.add_reader`), and keeps as many requests in the pipe as `PIPE_BYTES` allows, so the
process goes from one search to the next without waiting, and a burst of new searches (the first phones
after a start or a publish) is all in the pipe in the turn it was asked for. No thread of the server takes
part: a process pool's feeder and result threads, which this replaced, needed the interpreter lock of a
busy server for every request and every answer, and under load left the search process idle a quarter of
the time, waiting for its next search.

The same process makes first visits to agency pages (`render_then`; server/phone/worker.py says why), with
the same pipes and the same bookkeeping: a page is one more kind of request, answered with the page made.

The process is started when content is loaded, and opens the new registry database then (`prepare`), so
the first phone to search does not wait for it; it is stopped with the server, and leaves by itself when
the server is gone (end of its input). Should it fail, the searches waiting for it run in threads, and the
next search starts a new process.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable, Iterable
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool

from content.search.engine import Match
from server.phone.cache import Stored
from server.phone.registry import Registry, search_key
from server.phone.site import PageJob, Site
from server.phone.source import Snapshot
from server.phone.worker import Context, context_of
from server.registry_reader import LicenceRow

log = logging.getLogger(__name__)
_Answer = tuple[list[Match], list[LicenceRow]]  # the matches, their agencies' licence rows
_Key = tuple[str, Hashable]  # a registry database and the engine's key of a search
# Requests in the pipe at most, in bytes: what a pipe holds on every system (Linux 64 KiB, 16 KiB at least
# elsewhere), so a write never blocks the loop however busy the process is; some 130 requests of a typical
# search (120 bytes), a dozen of the longest. It was 16 requests: the loop sends more as it reads answers,
# once a turn (some 13 ms under load), so a burst of 500 new searches waited a third of a second for the pipe.
PIPE_BYTES = 16 * 1024
RETRY_S = 5.0  # after the process failed to start twice, searches run in threads this long before a new try
_ROOT = Path(__file__).resolve().parents[2]
_MAIN = "from server.phone.worker import main; main()"


class SearchProcessError(Exception):
    """The search process is gone, or could not read its database."""


_Page = tuple[int, dict[str, str], bytes]  # a page the process made: status, headers, gzipped body
# A task's future, or a callback (given a search's answer, or a page)
_Waiter = asyncio.Future[_Answer] | Callable[[Any], None]


def _tell(waiter: _Waiter, answer: Any, error: str) -> None:
    """Give a waiting phone the answer (None: the search failed, for the reason `error`)."""
    if isinstance(waiter, asyncio.Future):
        if answer is None:
            waiter.set_exception(SearchProcessError(error))
        else:
            waiter.set_result(answer)
        return
    try:
        waiter(answer)
    except Exception:  # one phone's page must not cost the others their answers
        log.exception("phone edition: answering a search failed")


class _Process:
    """One search process, the two ends of its pipes, and the requests it has been sent."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (str(_ROOT), os.environ.get("PYTHONPATH", "")) if p)}
        self.popen = subprocess.Popen([sys.executable, "-c", _MAIN], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, env=env)
        assert self.popen.stdin is not None and self.popen.stdout is not None  # noqa: S101 - PIPE given
        self.requests = Connection(os.dup(self.popen.stdin.fileno()), readable=False)
        self.answers = Connection(os.dup(self.popen.stdout.fileno()), writable=False)
        self.popen.stdin.close()
        self.popen.stdout.close()
        self.loop: asyncio.AbstractEventLoop | None = None  # the loop reading the answers
        self.sent: dict[int, int] = {}  # requests in its pipe or being answered: id -> bytes
        self.in_pipe = 0  # their bytes
        self.context: str | None = None  # the content version it was given the pages' context of

    def stop(self, wait: bool) -> None:
        if self.loop is not None and not self.loop.is_closed():
            self.loop.remove_reader(self.answers.fileno())
        self.requests.close()  # end of input: the process leaves
        self.answers.close()
        if self.popen.poll() is None and not wait:
            self.popen.kill()
        try:
            self.popen.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait()


class Searcher:
    """Runs `Registry` searches, and makes first visits to agency pages, in a search process; one per
    server."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # the process and its pipes: `prepare` runs in another thread
        self._process: _Process | None = None
        self._ids = itertools.count()
        self._waiting: dict[int, _Key] = {}  # sent or to send: request id -> what it searches
        self._backlog: deque[tuple[Any, ...]] = deque()  # requests not sent yet
        self._running: dict[_Key, list[_Waiter]] = {}  # a search -> the phones waiting
        self._retry_at = 0.0  # when none would start: no new try before this (time.monotonic)
        self._context: tuple[str, Context] | None = None  # the newest content's context for pages

    async def search(self, registry: Registry, query: str, limit: int) -> None:
        """Make sure `registry` has the answer to `query` (then `Registry.found` gives it)."""
        if registry.found(query, limit) is not None:
            return
        # A future of its own for each phone, resolved by `_read` itself: one waiting phone that leaves
        # cancels nothing for the others, and the answer wakes each in the loop's next turn (a shared
        # future behind asyncio.shield took one turn more, some 10 ms under load).
        waiter: asyncio.Future[_Answer] = asyncio.get_running_loop().create_future()
        self._join(_search(registry, query, limit), waiter)
        try:
            matches, rows = await waiter
        except SearchProcessError as exc:
            log.warning("phone edition: the search process failed (%s); searching in a thread", exc)
            await run_in_threadpool(registry.search, query, limit)  # never the text searched for, above
            return
        registry.remember(query, limit, matches, rows)

    def search_then(self, registry: Registry, query: str, limit: int, then: Callable[[bool], None]) -> None:
        """Like `search`, for a caller without a task of its own (server/phone/fastpath.py): `then(True)`
        is called by the loop as soon as `registry` has the answer, right where the answer is read, so
        the page goes out in that same turn of the loop; `then(False)` if the search process failed (the
        caller searches elsewhere). Called from the event loop."""
        if registry.found(query, limit) is not None:
            then(True)
            return

        def answered(answer: _Answer | None) -> None:
            if answer is not None:
                registry.remember(query, limit, *answer)
            then(answer is not None)

        self._join(_search(registry, query, limit), answered)

    def render_then(self, site: Site, job: PageJob, then: Callable[[bool], None]) -> None:
        """Have the process make the page of `job` (a first visit to an agency page: server/phone/worker.py)
        and keep it in `site`'s page cache; then `then(True)` is called by the loop where the page is read,
        or `then(False)` if the process could not make it (the caller renders it elsewhere). Called from
        the event loop."""

        def made(page: _Page | None) -> None:
            if page is not None:
                site.keep(job, Stored(*page))
            then(page is not None)

        version = job.snap.version
        if self._context is None or self._context[0] != version:  # given to a process before its first page
            self._context = (version, context_of(job.snap))
        self._join(((f"page {version}", job.key), job.request), made)

    async def render(self, site: Site, job: PageJob) -> None:
        """Like `render_then`, for a caller with a task of its own (server/phone/front.py): returns when the
        page is in `site`'s cache, or could not be made there."""
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self.render_then(site, job, lambda made: None if done.done() else done.set_result(made))
        await done

    def prepare(self, registry: Registry, snap: Snapshot | None = None) -> None:
        """Start the process if need be and open `registry`'s database in it (from any thread; the server
        calls it after each load), and give it the context of `snap`'s pages ahead of the first."""
        context = None if snap is None else (snap.version, context_of(snap))
        try:
            with self._lock:
                if context is not None:
                    self._context = context
                process = self._started()
                process.requests.send(("open", str(registry.path)))
                if context is not None:
                    process.requests.send(("context", -1, context[1]))  # its answer is not waited for
                    process.context = context[0]
        except OSError as exc:
            log.warning("phone edition: the search process did not start (%s)", type(exc).__name__)
            self._lost()

    def process_id(self) -> int:
        """The search process's pid (started if need be)."""
        with self._lock:
            return self._started().popen.pid

    def _join(self, asked: tuple[_Key, Callable[[int], tuple[Any, ...]]], waiter: _Waiter) -> None:
        """Add `waiter` to the phones waiting for this search or page (`asked`: its key, and its request
        given an id); the first of them asks the process."""
        key, request = asked
        waiters = self._running.get(key)
        if waiters is not None:
            waiters.append(waiter)
            return
        self._running[key] = [waiter]
        ident = next(self._ids)
        self._waiting[ident] = key
        self._backlog.append(request(ident))
        self._send(asyncio.get_running_loop())

    def _started(self) -> _Process:
        """The running process, started if need be (with the lock held)."""
        if self._process is None:
            self._process = _Process()
        return self._process

    def _send(self, loop: asyncio.AbstractEventLoop) -> None:
        """Move requests from the backlog into the pipe while they fit in `PIPE_BYTES`; the answers are
        read by `loop`. A process that will not start (or has just died) is tried once more; then
        searches go to threads for `RETRY_S`."""
        if time.monotonic() < self._retry_at:
            self._fail(self._backlog, "no search process for now")
            return
        failed = 0
        while self._backlog:
            try:
                with self._lock:
                    process = self._started()
                    if process.loop is not loop:  # a new loop (in tests) takes over from the last
                        if process.loop is not None and not process.loop.is_closed():
                            process.loop.remove_reader(process.answers.fileno())
                        process.loop = loop
                        loop.add_reader(process.answers.fileno(), self._read, process)
                    request = self._backlog[0]
                    frames = [request]
                    context = self._context
                    if request[0] == "page" and context is not None and process.context != context[0]:
                        frames.insert(0, ("context", next(self._ids), context[1]))  # before its first page
                    pickled = [ForkingPickler.dumps(frame) for frame in frames]  # what `send` would write
                    size = sum(len(data) + 4 for data in pickled)  # and each frame's length
                    if process.sent and process.in_pipe + size > PIPE_BYTES:
                        return  # the pipe is full: the rest go as answers come back
                    for frame, data in zip(frames, pickled, strict=True):
                        process.requests.send_bytes(data)
                        process.sent[frame[1]] = len(data) + 4
                        process.in_pipe += len(data) + 4
                    if len(frames) > 1 and context is not None:
                        process.context = context[0]
                    self._backlog.popleft()
            except OSError as exc:
                log.warning("phone edition: the search process did not start or stopped (%s)",
                            type(exc).__name__)
                self._lost()
                failed += 1
                if failed > 1:
                    self._retry_at = time.monotonic() + RETRY_S
                    self._fail(self._backlog, "no search process")
                    return

    def _read(self, process: _Process) -> None:
        """Every answer `process` has written so far (called by the loop when its pipe is readable)."""
        try:
            while process.answers.poll():
                ident, answer, error = process.answers.recv()
                process.in_pipe -= process.sent.pop(ident, 0)
                for waiter in self._waiters(ident):
                    _tell(waiter, answer, error)
        except (EOFError, OSError) as exc:
            log.warning("phone edition: the search process stopped (%s)", type(exc).__name__)
            if process is self._process:
                self._lost()
            return
        if process.loop is not None:
            self._send(process.loop)

    def _lost(self, wait: bool = False) -> None:
        """Stop the process (a later search starts a new one, which is given the pages' context again);
        the searches and pages sent to it are made elsewhere."""
        with self._lock:
            process, self._process = self._process, None
        if process is None:
            return
        process.stop(wait)
        self._fail([("search", ident) for ident in process.sent], "the search process stopped")

    def _fail(self, requests: Iterable[tuple[Any, ...]], why: str) -> None:
        """Let the searches `requests` asked for be made elsewhere (`search` runs them in threads)."""
        for request in list(requests):
            for waiter in self._waiters(request[1]):
                _tell(waiter, None, why)
        if requests is self._backlog:
            self._backlog.clear()

    def _waiters(self, ident: int) -> list[_Waiter]:
        """The phones still waiting for request `ident`'s answer, which is no longer awaited."""
        key = self._waiting.pop(ident, None)
        waiters = self._running.pop(key, []) if key is not None else []
        return [w for w in waiters if not (isinstance(w, asyncio.Future) and w.done())]

    def close(self) -> None:
        """Stop the search process (at shutdown; a later search starts a new one); searches still waiting
        are made elsewhere."""
        self._lost(wait=True)
        self._fail(self._backlog, "the search process was stopped")


def _search(registry: Registry, query: str, limit: int) -> tuple[_Key, Callable[[int], tuple[Any, ...]]]:
    """A search's key (the database, the engine's key of the query) and its request given an id."""
    path = str(registry.path)
    return (path, search_key(query, limit)), lambda ident: ("search", ident, path, query, limit)
