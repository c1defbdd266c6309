"""The phone edition on a FastAPI app: `/m` and `/m/...` answered by `PhoneFront` (server/phone/front.py),
the app's outermost middleware, from a `Site` (server/phone/site.py), which does the work.

Also installs the access-log scrubber: a phone's IP address and what it searched for never reach the log.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from fastapi import FastAPI

from server.phone import heap, warm
from server.phone.front import PhoneFront
from server.phone.privacy import AccessLogScrubber
from server.phone.searcher import Searcher
from server.phone.site import Site
from server.phone.source import PublishedContent, Snapshot


def install(app: FastAPI, deploy_dir: Path, *, clock: Callable[[], date] = date.today,
            work_dir: Path | None = None) -> Site:
    """Serve the phone edition of `deploy_dir`'s published content under `/m/` on `app`, through a
    `PhoneFront` middleware: call it last, so that no middleware added later runs before it. A new
    publish is loaded in the background while the previous content goes on being served, and the page
    cache is warmed after each load (server/phone/warm.py); `start(app)` begins the first load. The
    verified copy of the content is kept in `work_dir` (default `deploy_dir/phone`)."""
    content = PublishedContent(Path(deploy_dir), background=True, work_dir=work_dir)
    site = Site(content, clock=clock)
    stop = threading.Event()
    searcher = Searcher()
    content.on_loaded(lambda snap: searcher.prepare(snap.registry, snap))
    site.render_elsewhere = True  # first agency pages: made in that process (server/phone/worker.py)
    content.on_loaded(lambda snap: _warm(app, site, snap, stop))
    AccessLogScrubber.install(logging.getLogger("uvicorn.access"))
    app.add_middleware(PhoneFront, site=site, searcher=searcher)
    app.state.phone_searcher = searcher
    app.state.phone_site = site  # for the parser-level shortcut (server/phone/fastpath.py)
    app.state.phone_stop = stop
    return site


def start(app: FastAPI) -> None:
    """Begin loading the published content, then warming the page cache, in the background: kiosk-server
    calls this as it starts (in its event loop, which then renders the pages ahead), so the first phone
    does not wait for the registry to be read."""
    app.state.phone_stop.clear()
    app.state.phone_loop = asyncio.get_running_loop()
    app.state.phone_site.content.start()


def stop(app: FastAPI) -> None:
    """Stop warming the page cache and the search process (at shutdown; a load in progress ends by
    itself)."""
    app.state.phone_stop.set()
    app.state.phone_searcher.close()


def _warm(app: FastAPI, site: Site, snap: Snapshot, stop: threading.Event) -> None:
    """Warm the page cache for `snap` (called in the loader thread): by the server's event loop, one page
    per turn, when the server runs one (server/phone/warm.py says why); else right here. In the server,
    what lives as long as `snap` is put out of the garbage collector's way once it is loaded and once its
    pages are rendered ahead (server/phone/heap.py)."""
    loop: asyncio.AbstractEventLoop | None = getattr(app.state, "phone_loop", None)
    if loop is not None and not loop.is_closed():
        warm.prepare(site, snap)
        heap.settle_new_snapshot()
        warm.warm_in_loop(loop, site, snap, stop, then=heap.keep)
    else:
        warm.warm(site, snap, stop)
