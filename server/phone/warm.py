"""Warming the phone edition's page cache right after new content is loaded (at start and after a publish),
so that the first phone to ask for a page gets it from memory rather than waiting for it to be rendered.

Pages are rendered in order of how likely and how shared they are, up to `MAX_PAGES` (about two seconds of
one core, a few MB of the cache): in every language Home, the lists, every article, alert, guide and the
offices and services pages; then the first page of each vacancy list; then agency pages, in every
language, while the registry is small enough for all of them to fit (`MAX_AGENCIES`; at 100,000 agencies
a first visit renders on demand, in about a sixth of a millisecond). Searches are never rendered
ahead: their text is the traveller's. Warming stops as soon as a newer content version is being served
or the server stops.

In the running server the pages are rendered by the event loop itself, one page per turn of the loop
(`warm_in_loop`), not by a thread beside it: a thread rendering pages holds the interpreter lock, and each
time the loop lets it go (every socket write) it waited up to the interpreter's switch interval (5 ms) to
get it back — a warming thread cut the loop's throughput by more than half while it ran. One page per turn
lets every request that is ready go first; under load, pages are rendered ahead more slowly still, so that
they take at most a tenth of the loop's time (`LOAD_SHARE`).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from urllib.parse import quote

from content.languages import UI_LANGUAGES as LANGUAGES
from server.phone import vacancies
from server.phone.export import static_paths
from server.phone.pages import segment
from server.phone.site import Site
from server.phone.source import Snapshot
from server.phone.words import Words

log = logging.getLogger(__name__)
MAX_PAGES = 4000
MAX_AGENCIES = 400  # × 8 languages: every agency page of a registry this small is rendered ahead
BUSY_S = 0.002  # a step due this much earlier found requests being answered: the server is under load
LOAD_SHARE = 0.1  # under load, rendering ahead takes at most about this share of the event loop's time


def paths(snap: Snapshot, today: date) -> Iterator[str]:
    """The pages to render ahead, most useful first (see the module docstring), percent-encoded as they
    come over the wire."""
    later = []
    for path in map(lambda p: quote(p, safe="/"), static_paths(snap, today)):
        if "/vacancy/" in path or path.count("/") > 3:  # one job order, or a list's second page on
            later.append(path)
        else:
            yield path
    agencies = snap.registry.licence_numbers(MAX_AGENCIES + 1)
    if len(agencies) <= MAX_AGENCIES:
        for lang in LANGUAGES:
            yield from (f"{lang}/agency/{segment(licence)}" for licence in agencies)
    yield from later


def warm(site: Site, snap: Snapshot, stop: threading.Event | None = None) -> None:
    """Render and cache the pages of `paths` for `snap` (at most `MAX_PAGES`)."""
    started, count = time.monotonic(), 0
    for path in paths(snap, site.clock()):
        if count >= MAX_PAGES or (stop is not None and stop.is_set()) or site.content.peek() is not snap:
            break
        site.get(path, {}, raw_path=path)
        count += 1
        time.sleep(0)  # let the server's own threads have the interpreter between pages
    log.info("phone edition: %d pages rendered ahead in %.1f s", count, time.monotonic() - started)


def prepare(site: Site, snap: Snapshot) -> None:
    """What the first pages of `snap` would otherwise build in the event loop in one go, built here (in
    the loader thread): every template compiled, and each language's ordered vacancy lists (10,000
    vacancies sorted by the Unicode Collation Algorithm take a few hundred milliseconds a language)."""
    for name in site.env.list_templates(extensions=["html"]):
        site.env.get_template(name)
    today = site.clock()
    for lang in LANGUAGES:
        vacancies.ordered(snap, Words(lang), today)


def warm_in_loop(loop: asyncio.AbstractEventLoop, site: Site, snap: Snapshot,
                 stop: threading.Event | None = None, then: Callable[[], None] | None = None) -> None:
    """`warm`, run by `loop` one page per turn (callable from any thread): the requests that are ready in
    a turn are answered before the next page is rendered ahead. When requests are waiting (a step found
    the loop busy for more than `BUSY_S` since it was due), the next page waits long enough that
    rendering ahead takes at most `LOAD_SHARE` of the loop's time. A page in every turn went on for
    minutes under load (4,000 pages, one per turn of tens of milliseconds) and cost the requests waiting
    meanwhile a fifth of their throughput and, turn after turn, a second turn of waiting for some of them
    (first-time agency pages under 200 connections: p99 about 2.5 times the median, against 1.3 times
    once it had finished). `then` is called in the loop when done."""
    started = time.monotonic()
    pending = paths(snap, site.clock())  # a generator: nothing is read before the loop's first step
    count = 0
    due = time.perf_counter()

    def step() -> None:
        nonlocal count, due
        began = time.perf_counter()
        busy = began - due > BUSY_S
        path = None
        if count < MAX_PAGES and not (stop is not None and stop.is_set()) and site.content.peek() is snap:
            path = next(pending, None)
        if path is None:
            log.info("phone edition: %d pages rendered ahead in %.1f s", count, time.monotonic() - started)
            if then is not None:
                then()
            return
        site.get(path, {}, raw_path=path)
        count += 1
        now = time.perf_counter()
        if busy:
            wait = (now - began) * (1 - LOAD_SHARE) / LOAD_SHARE
            due = now + wait
            loop.call_later(wait, step)
        else:
            due = now
            loop.call_soon(step)

    loop.call_soon_threadsafe(step)
