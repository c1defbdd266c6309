"""The phone edition's door: a small ASGI layer that answers `GET`/`HEAD /m/...` itself.

Phone pages need none of what FastAPI adds (validation, dependency injection, OpenAPI), and under load its
routing and a thread hop per request cost more than the page. So this layer, in front of the app, parses
the few headers a page depends on and asks the `Site` for an answer that needs no work (a cached page, a
304, a redirect, the style sheet, a page rendered on the spot) right in the event loop; a search not made
before runs in the search process (server/phone/searcher.py) and its page is then rendered here, a first
visit to an agency page is rendered in that process (server/phone/worker.py); anything
else (the first load of the content) goes to a worker thread. Other methods and paths pass
through to the app untouched; the access log and its scrubber (server/phone/privacy.py) see every request
as before, since uvicorn writes that line itself.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from server.phone.pages import MAX_RESULTS
from server.phone.searcher import Searcher
from server.phone.site import SECURITY_HEADERS, Reply, Site

PREFIX = "/m/"


class PhoneFront:
    """ASGI middleware serving the phone edition (`site`) under `/m/`; everything else goes to `app`."""

    def __init__(self, app: ASGIApp, site: Site, searcher: Searcher | None = None) -> None:
        self.app, self.site, self.searcher = app, site, searcher

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not (path == "/m" or path.startswith(PREFIX)):
            await self.app(scope, receive, send)
            return
        if scope["method"] not in ("GET", "HEAD"):  # the phone edition only reads; a body is never read
            await _send(send, Reply(405, {"allow": "GET, HEAD", "content-type": "text/plain; charset=utf-8",
                                          **SECURITY_HEADERS},
                                    b"Method not allowed: the phone edition only answers GET and HEAD.\n"),
                        head=False)
            return
        if path == "/m":
            await _send(send, Reply(302, {"location": PREFIX}), head=scope["method"] == "HEAD")
            return
        headers = dict(scope["headers"])
        raw = scope.get("raw_path") or path.encode("utf-8")
        query = scope.get("query_string", b"")
        reply = ask(self.site, path, raw, query, headers, quick=True)
        if reply is None and self.searcher is not None:
            wanted = self.site.search_to_run(path.removeprefix(PREFIX), query_of(query))
            job = None if wanted is not None else self.site.page_to_render(
                raw.decode("latin-1").partition("?")[0].removeprefix(PREFIX))
            if wanted is not None:  # searched in the search process, then rendered here
                await self.searcher.search(*wanted, MAX_RESULTS)
                reply = ask(self.site, path, raw, query, headers, quick=True)
            elif job is not None:  # made in that process (server/phone/worker.py)
                await self.searcher.render(self.site, job)
                reply = ask(self.site, path, raw, query, headers, quick=True)
        if reply is None:
            reply = await run_in_threadpool(ask, self.site, path, raw, query, headers, quick=False)
        assert reply is not None  # noqa: S101 - without quick every request ends in a reply
        await _send(send, reply, head=scope["method"] == "HEAD")


def ask(site: Site, path: str, raw_path: bytes, query_string: bytes, headers: dict[bytes, bytes], *,
        quick: bool) -> Reply | None:
    """The site's reply to a request for `path` (decoded, starting with `/m/`): with `quick`, only if it
    needs no work (else None). The one reading of a request shared by `PhoneFront` and the parser-level
    shortcut (server/phone/fastpath.py), so both answer alike."""
    query = query_of(query_string)
    language, etag = headers.get(b"accept-language"), headers.get(b"if-none-match")
    asked: dict[str, Any] = {
        "raw_path": raw_path.decode("latin-1").partition("?")[0].removeprefix(PREFIX),
        "accept_language": language.decode("latin-1") if language is not None else None,
        "if_none_match": etag.decode("latin-1") if etag is not None else None,
        "gzip_ok": b"gzip" in headers.get(b"accept-encoding", b"")}
    target = path.removeprefix(PREFIX)
    if quick:
        return site.quick(target, query, **asked)
    return site.get(target, query, **asked)


def query_of(query_string: bytes) -> dict[str, str]:
    """A request's query string as a dict (the last of repeated names wins)."""
    return dict(parse_qsl(query_string.decode("latin-1"), keep_blank_values=True))


def head_lines(reply: Reply) -> list[bytes]:
    """The reply's header lines, with the body's length (none on a 304)."""
    lines = [b"%s: %s\r\n" % (name.encode("latin-1"), value.encode("latin-1"))
             for name, value in reply.headers.items()]
    if reply.status != 304:
        lines.append(b"content-length: %d\r\n" % len(reply.body))
    return lines


async def _send(send: Send, reply: Reply, *, head: bool) -> None:
    """The reply as HTTP: its headers plus the body's length (none on a 304), no body for HEAD."""
    headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in reply.headers.items()]
    if reply.status != 304:
        headers.append((b"content-length", str(len(reply.body)).encode()))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head else reply.body})
