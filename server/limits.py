"""Refuse a kiosk's `POST /v1/events` before doing any work for it: size first, then the token, then a cap
on the bytes actually received. FastAPI reads and parses a request body before its dependencies run, so
these checks cannot be dependencies: one unauthenticated 200 MB POST took the server from 68 to 654 MB.
Every other request with a body (the operators' sign-in, forms and API, open to anyone who can reach the
server) gets the same size check and cap at `FORM_BYTES`, without the token: their own sign-in decides.

A pure ASGI middleware sees the headers before a single body byte is read:
- no `Content-Length` (or `Transfer-Encoding: chunked`) → 411; more than `max_bytes` → 413;
- no `Authorization: Bearer <token>` of an enrolled kiosk → 401 (the kiosk's id goes to the endpoint in
  `request.state.kiosk_id`, so the token is looked up once);
- the body is then read ahead, and refused at `max_bytes` → 413, whatever the headers said.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PREFIX = "/v1/events"  # what kiosks send; operators' pages have their own sign-in
# Any other body: the operators' forms and API. The longest field they take is a note of 4,000 characters,
# at most 36 KB percent-encoded (4 bytes of UTF-8 each, 3 characters per byte); browsers keep to maxlength.
FORM_BYTES = 64 * 1024
_BODY_METHODS = ("POST", "PUT", "PATCH", "DELETE")


class RequestLimits:
    """ASGI middleware guarding kiosks' POSTs (see the module docstring)."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, kiosk_for: Callable[[str], str | None]) -> None:
        self.app, self.max_bytes, self.kiosk_for = app, max_bytes, kiosk_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if scope["method"] != "POST" or not scope["path"].startswith(PREFIX):
            await self._any_other(headers, scope, receive, send)
            return
        refusal = self._check_size(headers)
        if refusal is None:
            token = bearer_token(headers.get("authorization", ""))
            kiosk_id = await run_in_threadpool(self.kiosk_for, token) if token else None
            if kiosk_id is None:
                refusal = _error(401, "unknown kiosk token: send Authorization: Bearer <token>",
                                 {"WWW-Authenticate": "Bearer"})
            else:
                scope.setdefault("state", {})["kiosk_id"] = kiosk_id
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        await self._read_ahead(scope, receive, send, self.max_bytes)

    async def _any_other(self, headers: Headers, scope: Scope, receive: Receive, send: Send) -> None:
        """A body for anything but kiosks' events: refused when it says it is over `FORM_BYTES`; else read
        ahead up to that (a request without a length, or chunked, is read as sent)."""
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > FORM_BYTES):
            await _error(413, f"request body larger than {FORM_BYTES} bytes")(scope, receive, send)
            return
        await self._read_ahead(scope, receive, send, FORM_BYTES)

    def _check_size(self, headers: Headers) -> JSONResponse | None:
        length = headers.get("content-length")
        chunked = "chunked" in headers.get("transfer-encoding", "").lower()
        if chunked or length is None or not length.isdigit():
            return _error(411, "Content-Length required")
        if int(length) > self.max_bytes:
            return _error(413, f"request body larger than {self.max_bytes} bytes")
        return None

    async def _read_ahead(self, scope: Scope, receive: Receive, send: Send, cap: int) -> None:
        """Read the whole body here, refusing it with 413 as soon as it passes `cap` bytes whatever the
        headers said, and only then hand it to the app.

        Read ahead rather than counted as the app reads: the app's body parsing catches what a counter
        raises and answers 400 on a connection kept open, while the client goes on sending. Every body
        allowed is small (`FORM_BYTES`, the events' `max_bytes`), so holding it costs nothing."""
        messages: list[Message] = []
        received = 0
        while not messages or messages[-1]["type"] == "http.request" and messages[-1].get("more_body"):
            message = await receive()
            received += len(message.get("body", b""))
            if received > cap:
                await _error(413, f"request body larger than {cap} bytes")(scope, receive, send)
                return
            messages.append(message)

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


def bearer_token(value: str) -> str | None:
    """The token of an `Authorization: Bearer <token>` header; anything else is no token at all."""
    scheme, _, token = value.partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


def _error(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status,
                        headers={"Connection": "close", **(headers or {})})
