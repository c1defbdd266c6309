"""The cheapest layer in front of the app: cached phone pages written straight from uvicorn's HTTP parser.

Under load a phone page that is already rendered (a page-cache hit, a 304, a redirect, the style sheet)
costs a dictionary look-up; what costs more is the ASGI machinery around it — a scope, a task, a
request-response cycle and two `send` messages per request. `PhoneHttpProtocol` is uvicorn's own httptools
protocol with one shortcut: when the parser has the request's headers and the request is a `GET`/`HEAD`
under `/m/` that `Site.quick` answers without work, the reply is written to the socket right there, with the
same headers, access-log line and keep-alive handling uvicorn gives any response. Everything else — other
paths, other methods, pages not rendered yet, a first search, pipelined requests behind a slower one — goes
the usual way through the app and `PhoneFront` (server/phone/front.py), which makes the same answers.

The shortcut uses uvicorn's documented `http=` protocol-class option and the parser callbacks of its
httptools protocol (uvicorn and httptools are pinned in constraints.txt; tests/phone/test_fastpath.py checks
both ways give byte-identical replies). `protocol_for(app)` returns "auto" when httptools is not installed.
"""

from __future__ import annotations

import asyncio
import http
import urllib.parse
from typing import Any

from server.phone.front import PREFIX, ask, head_lines
from server.phone.site import Site

try:
    import httptools
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # pragma: no cover - httptools is a declared dependency of the server
    httptools = None  # type: ignore[assignment]
    HttpToolsProtocol = None  # type: ignore[assignment,misc]

_REASONS = {status.value: status.phrase.encode() for status in http.HTTPStatus}


class _Answered:
    """Stands in for uvicorn's request-response cycle of a request answered here: already complete, so
    the parser's later callbacks (body, message complete), a lost connection and a shutdown treat it as
    done."""

    response_complete = True
    keep_alive = True
    disconnected = False
    more_body = False
    body = b""

    def __init__(self) -> None:
        self.message_event = asyncio.Event()


def protocol_for(app: Any) -> type[asyncio.Protocol] | str:
    """uvicorn's `http=` setting for `app`: the protocol with the phone shortcut when `app` serves the
    phone edition (server/phone/routes.py keeps its `Site` on `app.state`) and httptools is there."""
    site = getattr(getattr(app, "state", None), "phone_site", None)
    if site is None or HttpToolsProtocol is None:
        return "auto"
    return type("BoundPhoneHttpProtocol", (PhoneHttpProtocol,), {"site": site})


if HttpToolsProtocol is not None:

    class PhoneHttpProtocol(HttpToolsProtocol):
        """uvicorn's httptools protocol; phone pages that need no work are answered from the parser."""

        site: Site

        def on_headers_complete(self) -> None:
            if not self._answered_here():
                super().on_headers_complete()

        def _answered_here(self) -> bool:
            method = self.parser.get_method()
            if method not in (b"GET", b"HEAD") or self.pipeline or not (
                    self.cycle is None or self.cycle.response_complete):
                return False
            parsed = httptools.parse_url(self.url)
            raw_path: bytes = parsed.path
            if not raw_path.startswith(PREFIX.encode()):
                return False
            path = raw_path.decode("latin-1")
            if "%" in path:
                path = urllib.parse.unquote(path)
            headers = dict(self.headers)
            query = parsed.query or b""
            reply = ask(self.site, path, raw_path, query, headers, quick=True)
            if reply is None:
                return False
            version = self.parser.get_http_version()
            keep_alive = version != "1.0" and self.parser.should_keep_alive()
            head = method == b"HEAD"
            lines = [b"HTTP/1.1 %d %s\r\n" % (reply.status, _REASONS.get(reply.status, b""))]
            for name, value in self.server_state.default_headers:
                lines += [name, b": ", value, b"\r\n"]
            lines += head_lines(reply)
            if not keep_alive:
                lines.append(b"connection: close\r\n")
            lines.append(b"\r\n")
            if not head and reply.status != 304:
                lines.append(reply.body)
            if self.access_log:  # before the reply is written, as uvicorn logs any response
                client = f"{self.client[0]}:{self.client[1]}" if self.client else ""
                shown = urllib.parse.quote(path) + ("?" + query.decode("ascii", "replace") if query else "")
                self.access_logger.info('%s - "%s %s HTTP/%s" %d', client, method.decode(), shown, version,
                                        reply.status)
            self.transport.write(b"".join(lines))
            self.cycle = _Answered()  # type: ignore[assignment]
            if keep_alive:
                self.on_response_complete()
            else:
                self.transport.close()
            return True
