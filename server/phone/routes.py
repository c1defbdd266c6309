"""The phone edition on a FastAPI app: `/m` and `/m/...` answered by `PhoneFront` (server/phone/front.py),
the app's outermost middleware, from a `Site` (server/phone/site.py), which does the work.

Also installs the access-log scrubber: a phone's IP address and what it searched for never reach the log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from fastapi import FastAPI

from server.phone.front import PhoneFront
from server.phone.privacy import AccessLogScrubber
from server.phone.site import Site
from server.phone.source import PublishedContent


def install(app: FastAPI, deploy_dir: Path, *, clock: Callable[[], date] = date.today) -> Site:
    """Serve the phone edition of `deploy_dir`'s published content under `/m/` on `app`, through a
    `PhoneFront` middleware: call it last, so that no middleware added later runs before it. A new
    publish is loaded in the background while the previous content goes on being served."""
    site = Site(PublishedContent(Path(deploy_dir), background=True), clock=clock)
    AccessLogScrubber.install(logging.getLogger("uvicorn.access"))
    app.add_middleware(PhoneFront, site=site)
    app.state.phone_site = site  # for the parser-level shortcut (server/phone/fastpath.py)
    return site
