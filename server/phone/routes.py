"""The phone edition's one route, `/m/{path}`, on a FastAPI app; server/phone/site.py does the work.

Also installs the access-log scrubber: a phone's IP address and what it searched for never reach the log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.responses import RedirectResponse

from server.phone.privacy import AccessLogScrubber
from server.phone.site import Site
from server.phone.source import PublishedContent


def install(app: FastAPI, deploy_dir: Path, *, clock: Callable[[], date] = date.today) -> Site:
    """Serve the phone edition of `deploy_dir`'s published content under `/m/` on `app`."""
    site = Site(PublishedContent(Path(deploy_dir)), clock=clock)
    AccessLogScrubber.install(logging.getLogger("uvicorn.access"))

    @app.get("/m", include_in_schema=False)
    def phone_root() -> Response:
        return RedirectResponse("/m/", status_code=302)

    @app.api_route("/m/{path:path}", methods=["GET", "HEAD"], include_in_schema=False)
    def phone_page(path: str, request: Request) -> Response:
        """Any phone page; unknown paths are a 404 page in the reader's language, never an error."""
        raw = request.scope.get("raw_path", b"").decode("latin-1").partition("?")[0]
        reply = site.get(path, dict(request.query_params), raw_path=raw.removeprefix("/m/"),
                         accept_language=request.headers.get("accept-language"),
                         if_none_match=request.headers.get("if-none-match"),
                         gzip_ok="gzip" in request.headers.get("accept-encoding", ""))
        body = b"" if request.method == "HEAD" else reply.body
        response = Response(body, status_code=reply.status, headers=reply.headers)
        if request.method == "HEAD":
            response.headers["content-length"] = str(len(reply.body))
        return response

    return site
