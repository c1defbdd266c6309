"""The server's event loop: asyncio's own, with a bound on how many ready sockets one turn of it serves.

Under load (hundreds of phones at once) every turn of the loop finds most connections ready and serves them
one after another; a turn of 200 first-time agency pages takes some 45 ms. Linux's epoll reports
level-triggered sockets in the order they were queued, and a socket it has just reported is queued again
at once, ahead of any that became ready since. So a connection whose request arrived just after the loop
asked epoll — one served at the very end of the previous turn — waits behind the whole next turn and is
again served last: measured with 200 connections on a 2-core machine, 5-8% of requests waited two turns
instead of one, and the 99th percentile latency was 2.5 times the median (tests/test_event_loop.py,
docs/phone.md). Serving at most `MAX_EVENTS` sockets per turn makes the loop go round the ready sockets in
turn (epoll hands out the rest at the next call, the earliest first), which brought the 99th percentile
to within a third of the median at the same median; a turn costs one more system call, a few
microseconds, for every `MAX_EVENTS` requests.

uvicorn takes the loop by name: `uvicorn.run(app, loop=LOOP)` (its `loop` option accepts "module:factory"
since 0.36; the version is pinned in constraints.txt). Where there is no epoll (not Linux), the loop is
asyncio's default.
"""

from __future__ import annotations

import asyncio
import math
import select
import selectors

MAX_EVENTS = 64
LOOP = "server.event_loop:new_event_loop"  # for uvicorn's `loop` option


if hasattr(selectors, "EpollSelector"):

    class TurnSelector(selectors.EpollSelector):
        """`selectors.EpollSelector` reporting at most `MAX_EVENTS` ready file descriptors per call (the
        standard one asks epoll for as many as are registered)."""

        max_events = MAX_EVENTS

        def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
            # As EpollSelector.select (CPython 3.11-3.13), with maxevents bounded.
            if timeout is None:
                wait = -1.0
            elif timeout <= 0:
                wait = 0.0
            else:
                wait = math.ceil(timeout * 1e3) * 1e-3  # epoll's resolution is a millisecond: round up
            ready: list[tuple[selectors.SelectorKey, int]] = []
            try:
                fd_event_list = self._selector.poll(wait, self.max_events)  # type: ignore[attr-defined]
            except InterruptedError:
                return ready
            for fd, event in fd_event_list:
                events = 0
                if event & ~select.EPOLLIN:
                    events |= selectors.EVENT_WRITE
                if event & ~select.EPOLLOUT:
                    events |= selectors.EVENT_READ
                key = self._key_from_fd(fd)  # type: ignore[attr-defined]
                if key:
                    ready.append((key, events & key.events))
            return ready


def new_event_loop() -> asyncio.AbstractEventLoop:
    """An asyncio loop whose turns serve at most `MAX_EVENTS` ready sockets (see the module docstring)."""
    if hasattr(selectors, "EpollSelector"):
        return asyncio.SelectorEventLoop(TurnSelector())
    return asyncio.new_event_loop()
