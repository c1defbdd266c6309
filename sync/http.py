"""The kiosk's HTTP client: a `requests.Session` that cannot be held up.

requests does the protocol work: keep-alive pools per host, TLS, chunked bodies, and proxies from the
environment as curl does (`http_proxy`, `https_proxy`, `all_proxy`, `no_proxy` with names, suffixes and
address ranges; https tunnelled with CONNECT). This module adds what a kiosk on a slow airport uplink needs
on top, which requests' `timeout` does not give:

- one `connect_s` deadline for the name lookup and the TCP connect together (requests' connect timeout
  starts after getaddrinfo, which cannot be interrupted; the lookup runs in a helper thread instead);
- a hard deadline and a minimum rate: read timeouts alone do not protect a kiosk from a server that sends
  one byte a second (each read returns in time, the response never ends), so a watchdog shuts the socket
  when a request overstays, and a body must keep arriving at `min_rate` after a short grace period;
- `abort()` stops a request from another thread (the app is closing).

This machine (127.0.0.1, ::1, localhost) is never reached through a proxy.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, ReadTimeoutError

_LOOPBACK = ("127.0.0.1", "::1", "localhost")
# requests drops None entries, so the environment's proxies are not used (its stubs say str only)
_NO_PROXY: dict[str, str] = {"http": None, "https": None, "all": None}  # type: ignore[dict-item]


@dataclass(frozen=True)
class Limits:
    """How long the kiosk waits. Tests pass small values; the defaults suit a slow airport uplink."""

    connect_s: float = 10.0  # name lookup and TCP connect together
    headers_s: float = 20.0  # until the status line and headers have arrived
    read_gap_s: float = 15.0  # longest silence while a body is arriving
    grace_s: float = 10.0  # after this, the body must arrive at min_rate or better
    min_rate: int = 2048  # bytes per second, averaged since the head arrived (the head has headers_s)
    total_s: float = 900.0  # hard cap for one request, whatever happens


class HttpTimeout(OSError):
    """The server was too slow (deadline, read gap or rate), or the name lookup was."""


class HttpAborted(OSError):
    """`HttpClient.abort()` stopped the request."""


class BodyTooLarge(OSError):
    """The response body exceeded the caller's limit; reading stopped there."""


class TransferError(OSError):
    """The connection broke or the server sent a malformed or cut-off response."""


@dataclass(frozen=True)
class Response:
    status: int
    headers: Mapping[str, str]  # lower-case names
    body: bytes


class _Request:
    """One request in flight: the connection it runs on (set by the connection itself, from this thread),
    so the watchdog and `abort()` can shut its socket."""

    def __init__(self) -> None:
        self.conn: HTTPConnection | None = None
        self.fresh = False  # a new connection was opened for it (not one kept alive)
        self.deadline = 0.0
        self.fired = False

    def shut(self) -> None:
        sock = self.conn.sock if self.conn is not None else None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


_current = threading.local()  # the _Request this thread is sending, for the connection classes below


class _Watchdog:
    """One thread per client: shuts a request's socket when its deadline passes, so the blocked read
    returns at once. (A threading.Timer per request started thousands of threads on a first sync.)"""

    def __init__(self) -> None:
        self._armed: set[_Request] = set()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    def arm(self, request: _Request, seconds: float) -> None:
        with self._cond:
            request.deadline = time.monotonic() + seconds
            self._armed.add(request)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="http-watchdog", daemon=True)
                self._thread.start()
            self._cond.notify()

    def cancel(self, request: _Request) -> None:
        with self._cond:
            self._armed.discard(request)

    def _run(self) -> None:
        while True:
            with self._cond:
                now = time.monotonic()
                due = [r for r in self._armed if r.deadline <= now]
                self._armed.difference_update(due)
                if not due:
                    nearest = min((r.deadline for r in self._armed), default=now + 60)
                    self._cond.wait(timeout=nearest - now)
                    continue
            for request in due:
                request.fired = True
                request.shut()


class _DeadlineConnection(HTTPConnection):
    """urllib3's connection with the name lookup inside the connect deadline, and known to its request."""

    def _new_conn(self) -> socket.socket:
        budget = float(self.timeout) if isinstance(self.timeout, int | float) else 10.0
        deadline = time.monotonic() + budget
        host = self._dns_host
        try:
            address = _resolve(host, deadline)
        except socket.gaierror as exc:
            raise NameResolutionError(host, self, exc) from exc
        left = deadline - time.monotonic()
        if address is None:
            raise ConnectTimeoutError(self, f"looking up {host} took longer than {budget} s")
        if left <= 0:
            raise ConnectTimeoutError(self, f"connecting to {host} took longer than {budget} s")
        request = getattr(_current, "request", None)
        if request is not None:
            request.fresh = True
        self._dns_host, self.timeout = address, left  # connect to the address found, in the time left
        try:
            return super()._new_conn()
        finally:
            self._dns_host, self.timeout = host, budget  # the name stays for Host, SNI and certificates

    def request(self, *args: Any, **kwargs: Any) -> None:
        request = getattr(_current, "request", None)
        if request is not None:
            request.conn = self
        super().request(*args, **kwargs)


class _DeadlineHTTPSConnection(_DeadlineConnection, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _DeadlineConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _DeadlineHTTPSConnection


class _DeadlineAdapter(HTTPAdapter):
    """requests' adapter, with pools (direct and through proxies) that make the connections above."""

    _POOLS = {"http": _HTTPPool, "https": _HTTPSPool}

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = self._POOLS  # urllib3's own hook

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)
        manager.pool_classes_by_scheme = self._POOLS
        return manager


class Exchange:
    """One request in flight: status and headers are in; `chunks()` streams the body."""

    def __init__(self, client: HttpClient, response: requests.Response, request: _Request) -> None:
        self.status = response.status_code
        self.headers = {k.lower(): v for k, v in response.headers.items()}
        self._client, self._response, self._request = client, response, request
        # The body's rate is the body's own: a head that came late but within headers_s, followed at once by
        # the whole of a small body, is a complete answer, not a trickle.
        self._body_started = time.monotonic()

    def chunks(self, max_bytes: int) -> Iterator[bytes]:
        """The body in pieces; raises BodyTooLarge, HttpTimeout, HttpAborted or TransferError."""
        got = 0
        limits = self._client.limits
        raw: urllib3.HTTPResponse = self._response.raw
        complete = False
        try:
            while data := raw.read1(65536, decode_content=False):
                got += len(data)
                if got > max_bytes:
                    raise BodyTooLarge(f"body larger than {max_bytes} bytes")
                elapsed = time.monotonic() - self._body_started
                if elapsed > limits.grace_s and got / elapsed < limits.min_rate:
                    raise HttpTimeout(f"server too slow: {got} bytes in {elapsed:.0f} s")
                yield data
            self._client.check(self._request)
            complete = True
        except (OSError, urllib3.exceptions.HTTPError, ValueError) as exc:
            self._client.check(self._request)
            if isinstance(exc, OSError):
                raise
            if isinstance(exc, ReadTimeoutError):
                raise HttpTimeout(f"the server fell silent: {exc}") from exc
            raise TransferError(f"the response broke off: {exc}") from exc
        finally:
            self.close(complete)

    def read(self, max_bytes: int) -> bytes:
        return b"".join(self.chunks(max_bytes))

    def close(self, complete: bool = False) -> None:
        """Give the connection back for reuse after a complete body; otherwise close it."""
        self._client.finish(self._request)
        if not complete:
            self._response.raw.close()
        self._response.raw.release_conn()


class HttpClient:
    """Keep-alive HTTP with deadlines; safe to `abort()` from another thread."""

    def __init__(self, limits: Limits | None = None, user_agent: str = "migration-kiosk") -> None:
        self.limits = limits or Limits()
        self._session = requests.Session()
        self._session.headers.update({"User-Agent": user_agent, "Accept-Encoding": "identity"})
        adapter = _DeadlineAdapter()
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)
        self._active: set[_Request] = set()
        self._lock = threading.Lock()
        self._aborted = False
        self._watchdog = _Watchdog()

    def request(self, method: str, url: str, *, body: bytes | None = None,
                headers: Mapping[str, str] | None = None, max_bytes: int = 1 << 20) -> Response:
        exchange = self.open(method, url, body=body, headers=headers)
        return Response(exchange.status, exchange.headers, exchange.read(max_bytes))

    def open(self, method: str, url: str, *, body: bytes | None = None,
             headers: Mapping[str, str] | None = None) -> Exchange:
        """Send the request and wait for the response head (sent again once if a kept-alive connection
        turned out to be closed by the server)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url!r}")
        proxies = dict(_NO_PROXY) if parts.hostname in _LOOPBACK else None
        for attempt in (0, 1):
            request = self._start()
            started = time.monotonic()
            head_s = min(self.limits.connect_s + self.limits.headers_s, self.limits.total_s)
            self._watchdog.arm(request, head_s)
            _current.request = request
            try:
                response = self._session.request(
                    method, url, data=body, headers=dict(headers or {}), proxies=proxies, stream=True,
                    allow_redirects=False, timeout=(self.limits.connect_s, self.limits.read_gap_s))
            except requests.RequestException as exc:
                self.finish(request)
                self.check(request)
                if isinstance(exc, requests.Timeout):
                    raise HttpTimeout(str(exc)) from exc
                if attempt == 0 and not request.fresh and isinstance(exc, requests.ConnectionError):
                    continue  # the server closed an idle kept-alive connection: one fresh try
                raise
            finally:
                _current.request = None
            self._watchdog.cancel(request)
            if request.fired or self._aborted:  # a head cut short can pass for a complete one
                response.raw.close()
                self.finish(request)
                self.check(request)
            left = self.limits.total_s - (time.monotonic() - started)
            self._watchdog.arm(request, max(left, 0.01))
            return Exchange(self, response, request)
        raise AssertionError("unreachable")

    def _start(self) -> _Request:
        request = _Request()
        with self._lock:
            if self._aborted:
                raise HttpAborted("the client was stopped")
            self._active.add(request)
        return request

    def finish(self, request: _Request) -> None:
        self._watchdog.cancel(request)
        with self._lock:
            self._active.discard(request)

    def check(self, request: _Request) -> None:
        """Turn a read cut short by the watchdog or by abort() into the right exception."""
        if self._aborted:
            raise HttpAborted("the client was stopped")
        if request.fired:
            raise HttpTimeout("the server did not answer in time")

    def abort(self) -> None:
        """Stop every request in flight and refuse new ones (from any thread)."""
        with self._lock:
            self._aborted = True
            active = list(self._active)
        for request in active:
            request.shut()
        self._session.close()

    def close(self) -> None:
        self._session.close()


def _resolve(host: str, deadline: float) -> str | None:
    """The first address of `host`, or None when the lookup outlasts `deadline` (the lookup is left to
    finish in its daemon thread: getaddrinfo cannot be cancelled)."""
    try:
        ipaddress.ip_address(host.strip("[]"))
        return host  # nothing to look up
    except ValueError:
        pass
    result: list[str] = []
    failure: list[BaseException] = []

    def lookup() -> None:
        try:
            result.append(str(socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)[0][4][0]))
        except (OSError, IndexError) as exc:
            failure.append(exc)

    worker = threading.Thread(target=lookup, name="dns-lookup", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()))
    if failure:
        raise failure[0]
    return result[0] if result else None
