"""The cheapest layer in front of the app: cached phone pages written straight from uvicorn's HTTP parser.

Under load a phone page that is already rendered (a page-cache hit, a 304, a redirect, the style sheet)
costs a dictionary look-up; what costs more is the ASGI machinery around it — a scope, a task, a
request-response cycle and two `send` messages per request. `PhoneHttpProtocol` is uvicorn's own httptools
protocol with one shortcut: when the parser has the request's headers and the request is a `GET`/`HEAD`
under `/m/` that `Site.quick` answers without work, the reply is written to the socket right there, with the
same headers, access-log line and keep-alive handling uvicorn gives any response. A check page whose
search is new is answered from here too: the search goes to the search process (server/phone/searcher.py
`search_then`), and the loop, where it reads the answer, renders the page and writes it in that same turn;
meanwhile the connection waits as for any unanswered request (uvicorn queues what is pipelined behind it).
Through the app the phone's task would wake a turn of the loop later, some 10 ms under load. Everything
else — other paths, other methods, a page the content's first load must wait for, pipelined requests
behind a slower one — goes the usual way through the app and `PhoneFront` (server/phone/front.py), which
makes the same answers.

The shortcut uses uvicorn's documented `http=` protocol-class option and the parser callbacks of its
httptools protocol (uvicorn and httptools are pinned in constraints.txt; tests/phone/test_fastpath.py checks
both ways give byte-identical replies). `protocol_for(app)` returns "auto" when httptools is not installed.
"""

from __future__ import annotations

import asyncio
import http
import urllib.parse
from typing import Any, NamedTuple

from starlette.concurrency import run_in_threadpool

from server.phone.front import PREFIX, ask, head_lines, query_of
from server.phone.pages import MAX_RESULTS
from server.phone.searcher import Searcher
from server.phone.site import Reply, Site

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


class _Waiting(_Answered):
    """Stands in for the cycle of a request whose page waits for a search: not complete, so uvicorn queues
    a request pipelined behind it, and notes a lost connection (`disconnected`) or a shutdown
    (`keep_alive` False) for when the page is ready."""

    response_complete = False

    def __init__(self, keep_alive: bool) -> None:
        super().__init__()
        self.keep_alive = keep_alive
        self.disconnected = False


class _Request(NamedTuple):
    """What a reply made later needs of its request (a tuple: built for every request the parser answers,
    at under half the cost of a frozen dataclass)."""

    method: bytes
    path: str
    raw_path: bytes
    query: bytes
    headers: dict[bytes, bytes]
    version: str


def protocol_for(app: Any) -> type[asyncio.Protocol] | str:
    """uvicorn's `http=` setting for `app`: the protocol with the phone shortcut when `app` serves the
    phone edition (server/phone/routes.py keeps its `Site` and `Searcher` on `app.state`) and httptools is
    there."""
    state = getattr(app, "state", None)
    site = getattr(state, "phone_site", None)
    if site is None or HttpToolsProtocol is None:
        return "auto"
    searcher = getattr(state, "phone_searcher", None)
    return type("BoundPhoneHttpProtocol", (PhoneHttpProtocol,), {"site": site, "searcher": searcher})


if HttpToolsProtocol is not None:

    class PhoneHttpProtocol(HttpToolsProtocol):
        """uvicorn's httptools protocol; phone pages that need no work are answered from the parser."""

        site: Site
        searcher: Searcher | None = None

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
            version = self.parser.get_http_version()
            keep_alive = version != "1.0" and self.parser.should_keep_alive()
            request = _Request(method, path, raw_path, query, headers, version)
            reply = ask(self.site, path, raw_path, query, headers, quick=True)
            if reply is not None:
                self._reply(request, reply, keep_alive)
                return True
            return self._search_first(request, keep_alive)

        def _search_first(self, request: _Request, keep_alive: bool) -> bool:
            """A check page whose search is new: the search process makes it and the loop, reading the
            answer, renders and sends the page in that same turn (through the app, the phone's task would
            wake a turn later: some 10 ms under load). A first visit to an agency page: the same process
            makes the page (server/phone/worker.py), and the loop sends it where it reads it. Meanwhile
            the connection waits, as for any request not answered yet: a request pipelined behind this
            one is queued by uvicorn."""
            searcher = self.searcher
            if searcher is None:
                return False
            wanted = self.site.search_to_run(request.path.removeprefix(PREFIX), query_of(request.query))
            job = None if wanted is not None else self.site.page_to_render(
                request.raw_path.decode("latin-1").removeprefix(PREFIX))
            if wanted is None and job is None:
                return False
            cycle = _Waiting(keep_alive)
            self.cycle = cycle  # type: ignore[assignment]

            def then(found: bool) -> None:
                if cycle.disconnected or self.transport.is_closing():
                    cycle.response_complete = True
                    return
                reply = ask(self.site, request.path, request.raw_path, request.query, request.headers,
                            quick=True) if found else None
                if reply is not None:
                    self._reply(request, reply, cycle.keep_alive, cycle)
                else:  # the process failed, or new content came in meanwhile: the slow way, in a thread
                    self.loop.create_task(self._slowly(request, cycle))

            if wanted is not None:
                searcher.search_then(*wanted, MAX_RESULTS, then)
            elif job is not None:
                searcher.render_then(self.site, job, then)
            return True

        async def _slowly(self, request: _Request, cycle: _Waiting) -> None:
            reply = await run_in_threadpool(ask, self.site, request.path, request.raw_path, request.query,
                                            request.headers, quick=False)
            if cycle.disconnected or reply is None or self.transport.is_closing():
                cycle.response_complete = True
                return
            self._reply(request, reply, cycle.keep_alive, cycle)

        def _reply(self, request: _Request, reply: Reply, keep_alive: bool,
                   waiting: _Waiting | None = None) -> None:
            """Write `reply` with uvicorn's default headers and access-log line, then go on as uvicorn does
            after a response (keep-alive, or close); `waiting`: the stand-in cycle of a page that waited
            for its search."""
            head = request.method == b"HEAD"
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
                query = request.query
                shown = urllib.parse.quote(request.path) + (
                    "?" + query.decode("ascii", "replace") if query else "")
                self.access_logger.info('%s - "%s %s HTTP/%s" %d', client, request.method.decode(), shown,
                                        request.version, reply.status)
            self.transport.write(b"".join(lines))
            if waiting is None or self.cycle is waiting:  # not the cycle of a request pipelined behind
                self.cycle = _Answered()  # type: ignore[assignment]
            if waiting is not None:
                waiting.response_complete = True
            if keep_alive:
                self.on_response_complete()
            else:
                self.transport.close()
