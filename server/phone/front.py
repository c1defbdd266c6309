"""The phone edition's door: a small ASGI layer that answers `GET`/`HEAD /m/...` itself.

Phone pages need none of what FastAPI adds (validation, dependency injection, OpenAPI), and under load its
routing and a thread hop per request cost more than the page. So this layer, in front of the app, parses
the few headers a page depends on and asks the `Site` for an answer that needs no work (a cached page, a
304, a redirect, the style sheet) right in the event loop; anything else (a page not rendered yet, a first
search for some text, the first load of the content) goes to a worker thread. Other methods and paths pass
through to the app untouched; the access log and its scrubber (server/phone/privacy.py) see every request
as before, since uvicorn writes that line itself.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from server.phone.site import Reply, Site

PREFIX = "/m/"
_WANTED = {b"accept-language", b"if-none-match", b"accept-encoding"}


class PhoneFront:
    """ASGI middleware serving the phone edition (`site`) under `/m/`; everything else goes to `app`."""

    def __init__(self, app: ASGIApp, site: Site) -> None:
        self.app, self.site = app, site

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (scope["type"] != "http" or scope["method"] not in ("GET", "HEAD")
                or not (path == "/m" or path.startswith(PREFIX))):
            await self.app(scope, receive, send)
            return
        if path == "/m":
            await _send(send, Reply(302, {"location": PREFIX}), head=scope["method"] == "HEAD")
            return
        headers = {name: value.decode("latin-1") for name, value in scope["headers"] if name in _WANTED}
        raw = scope.get("raw_path") or path.encode("utf-8")
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
        asked = {"raw_path": raw.decode("latin-1").partition("?")[0].removeprefix(PREFIX),
                 "accept_language": headers.get(b"accept-language"),
                 "if_none_match": headers.get(b"if-none-match"),
                 "gzip_ok": "gzip" in headers.get(b"accept-encoding", "")}
        target = path.removeprefix(PREFIX)
        reply = self.site.quick(target, query, **asked)
        if reply is None:
            reply = await run_in_threadpool(lambda: self.site.get(target, query, **asked))
        await _send(send, reply, head=scope["method"] == "HEAD")


async def _send(send: Send, reply: Reply, *, head: bool) -> None:
    """The reply as HTTP: its headers plus the body's length (none on a 304), no body for HEAD."""
    headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in reply.headers.items()]
    if reply.status != 304:
        headers.append((b"content-length", str(len(reply.body)).encode()))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head else reply.body})
