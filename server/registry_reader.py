"""The registry database as the phone edition's search process reads it: one agency by licence number, and
the kiosk's search with the agencies it lists; and that process's main loop (`main`).

Kept apart from server/phone (which imports the web framework, the templates and the bundle reader): the
searching itself needs the search engine and nothing more. The process the server starts
(server/phone/searcher.py) runs `main` from server/phone/worker.py, which adds first visits to agency
pages to the searches.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from content.model import Agency
from content.search.engine import Match, RegistrySearch

log = logging.getLogger(__name__)

_AGENCY_ROWS = ("SELECT licence_no, name, other_names, tin, status, issued_on, expires_on, "
                "status_changed_on, status_reason, region, address, phone, countries, status_reason_code "
                "FROM agencies")
AGENCY_BY_LICENCE = _AGENCY_ROWS + " WHERE licence_no = ?"
# What a results row needs of an agency (its verdict: `content.verdict.licence_kind`), and nothing more.
LICENCE_ROWS = "SELECT licence_no, status, expires_on FROM agencies"
LICENCE_BY_NUMBER = LICENCE_ROWS + " WHERE licence_no = ?"
LicenceRow = tuple[str, str, str | None]  # a row of LICENCE_ROWS
MMAP_BYTES = 1 << 30  # more than the registry database at a million agencies
PRIORITY_STEP = 10  # nice levels the search process runs ahead of the server, where it may (`run_ahead`)


def agency_from_row(row: sqlite3.Row | tuple[Any, ...]) -> Agency:
    """An `Agency` from a row of `AGENCY_BY_LICENCE`."""
    (licence_no, name, other_names, tin, status, issued_on, expires_on, status_changed_on, status_reason,
     region, address, phone, countries, status_reason_code) = tuple(row)
    return Agency(
        licence_no=licence_no, name=name, other_names=_strings(other_names), tin=tin, status=status,
        issued_on=issued_on, expires_on=expires_on, status_changed_on=status_changed_on or "",
        status_reason=status_reason, region=region, address=address, phone=phone,
        countries=_strings(countries), status_reason_code=status_reason_code or "")


@functools.lru_cache(maxsize=1024)
def _strings(text: str) -> tuple[str, ...]:
    """A JSON list of strings as a tuple; remembered, as most rows hold one of a few ("[]", '["kr"]')."""
    return tuple(json.loads(text))


_WORKER: dict[str, tuple[RegistrySearch, sqlite3.Connection]] = {}


def search_in_worker(path: str, query: str, limit: int) -> tuple[list[Match], list[LicenceRow]]:
    """`Registry.search` and the licence rows (`LICENCE_ROWS`: number, status, end date) of the agencies it
    lists, run in another process (server/phone/searcher.py) on its own read-only connection to the registry
    database at `path` (kept open while it is the newest: a replaced database stays readable through it
    until then).

    A licence is all a results row shows of an agency besides its name (its verdict), so all the server
    needs. Whole agency rows (`AGENCY_BY_LICENCE`), made into `Agency` objects by the server, cost the
    process 0.06 ms more per new search (0.64 against 0.58 ms, the benchmark's 554 searches at 100,000
    agencies) and the event loop 0.07 ms more per results page (0.30 against 0.23 ms), in the burst of new
    searches after a start or a publish that keeps both cores busy."""
    opened = _WORKER.get(path)
    if opened is None:
        for old in _WORKER.values():
            old[1].close()
        _WORKER.clear()
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        # Pages read through a memory map instead of read() into SQLite's own cache: a search costs ~10% less
        # CPU. Safe here because a published database is never written again (a new one is another file,
        # server/phone/registry.py); the pages are the kernel's file cache, shared, not this process's.
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}").fetchall()
        opened = _WORKER[path] = (RegistrySearch(conn), conn)
    search, conn = opened
    matches = search.search(query, limit)
    # One statement for all the agencies listed (a statement per match cost twice as much), kept in the
    # order of the matches; a licence number without its row lists nothing.
    licences = [match.licence_no for match in matches if match.licence_no is not None]
    if not licences:
        return matches, []
    rows = conn.execute(f"{LICENCE_ROWS} WHERE licence_no IN ({','.join('?' * len(licences))})", licences)
    by_licence = {row[0]: row for row in rows}
    return matches, [by_licence[licence] for licence in licences if licence in by_licence]


def open_in_worker(path: str) -> None:
    """Open the database at `path` ahead of the first search (the server calls it after each load)."""
    search_in_worker(path, "", 1)


def leave_with(parent: int, every_s: float = 0.5) -> None:
    """Make the search process leave when the server that started it is gone (`main` calls it first).

    A server stopped normally shuts the process down; one killed with SIGKILL cannot, and the process would
    wait for work forever, holding an old registry database open. A thread watches the parent pid instead of
    PR_SET_PDEATHSIG, which fires when the *thread* that started the process ends (here the server's loader
    thread, after each load), not the server.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every_s)
        os._exit(0)

    threading.Thread(target=watch, name="leave-with-server", daemon=True).start()


def run_ahead(step: int = PRIORITY_STEP) -> bool:
    """Run this process `step` nice levels ahead of the server that started it; False (and one line on
    standard error) where that is not allowed.

    Every phone asking a search not made before, and every first visit to an agency page, waits on this
    one process, while what the server's own threads do meanwhile (cached pages) costs microseconds a
    page. On a machine whose cores are all busy (a burst of new searches after a start or a publish, the
    server's other processes, anything else running there), the kernel shared the CPU evenly and the
    process got about three quarters of a core: in benchmarks/phone_bench.py the first-pass p99 of check
    pages went from 45-52 ms to 29-32 ms with it ahead (docs/phone.md, Speed). Raising a priority needs
    CAP_SYS_NICE or an RLIMIT_NICE that allows it (systemd: ``LimitNICE=``); without, the process runs at
    the server's priority and searches all the same.
    """
    try:
        os.setpriority(os.PRIO_PROCESS, 0, os.getpriority(os.PRIO_PROCESS, 0) - step)
    except (AttributeError, OSError) as exc:  # AttributeError: a system without setpriority
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        log.warning("search process: runs at the server's priority (raising it by %d needs CAP_SYS_NICE or "
                    "RLIMIT_NICE; docs/phone.md): %s", step, reason)
        return False
    return True


def main(other: Callable[[tuple[Any, ...]], tuple[Any, ...]] | None = None) -> None:
    """The search process (server/phone/searcher.py starts it with its standard input and output as pipes):
    read requests from standard input, answer each on standard output, leave at end of input.

    A request is ``("open", path)`` (open the database ahead of the first search; no answer) or
    ``("search", id, path, query, limit)``, answered ``(id, (matches, licence rows), None)``, or
    ``(id, None, error name)`` when the database could not be read. A request of another kind
    ``(kind, id, ...)`` is answered by `other` (server/phone/worker.py: pages), else ``(id, None,
    "unknown request")``. Both ways are pickled frames
    (`multiprocessing.connection.Connection`). Standard output is then pointed at standard error, so that a
    stray print cannot break a frame. The server's end of the pipe closes when it exits, however it exits,
    and this loop then ends; `leave_with` also watches the parent, for a process holding that end open.
    """
    run_ahead()
    requests = Connection(os.dup(0), writable=False)
    answers = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    leave_with(os.getppid())
    while True:
        try:
            request = requests.recv()
        except (EOFError, OSError):
            return
        if request[0] == "open":
            with contextlib.suppress(sqlite3.Error):  # the first search will say so
                open_in_worker(request[1])
            continue
        answer: tuple[Any, ...]
        if request[0] != "search":
            answer = other(request) if other is not None else (request[1], None, "unknown request")
        else:
            _kind, ident, path, query, limit = request
            try:
                answer = (ident, search_in_worker(path, query, limit), None)
            except sqlite3.Error as exc:
                answer = (ident, None, type(exc).__name__)
        try:
            answers.send(answer)
        except OSError:  # the server is gone
            return
