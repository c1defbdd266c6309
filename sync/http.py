"""A small HTTP/1.1 client that cannot be held up: every request has a hard deadline and a minimum rate.

Read timeouts alone do not protect a kiosk from a server that sends one byte a second (each read returns in
time, the response never ends), so a watchdog shuts the socket when a request overstays, and a body must
keep arriving at `min_rate` after a short grace period. `abort()` stops a request from another thread (the
app is closing). Connections are kept alive per host, so a poll that sends two requests opens one.

`connect_s` bounds the name lookup and the TCP connect together (the lookup runs in a helper thread, since
getaddrinfo cannot be interrupted). Proxies come from the environment as for curl and requests
(`http_proxy`, `https_proxy`, `no_proxy`, read with the standard library's `urllib.request`): plain http
is sent to the proxy in absolute form, https is tunnelled with CONNECT; this machine (127.0.0.1, ::1,
localhost) is never reached through a proxy.
Built on the standard library's http.client: no TLS logic of its own.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit
from urllib.request import (  # type: ignore[attr-defined]  # public since Python 3.0, missing from typeshed
    getproxies_environment,
    proxy_bypass_environment,
)

_LOOPBACK = ("127.0.0.1", "::1", "localhost")


@dataclass(frozen=True)
class Limits:
    """How long the kiosk waits. Tests pass small values; the defaults suit a slow airport uplink."""

    connect_s: float = 10.0
    headers_s: float = 20.0  # until the status line and headers have arrived
    read_gap_s: float = 15.0  # longest silence while a body is arriving
    grace_s: float = 10.0  # after this, the body must arrive at min_rate or better
    min_rate: int = 2048  # bytes per second, averaged since the request started
    total_s: float = 900.0  # hard cap for one request, whatever happens


class HttpTimeout(OSError):
    """The server was too slow (deadline, read gap or rate)."""


class HttpAborted(OSError):
    """`HttpClient.abort()` stopped the request."""


class BodyTooLarge(OSError):
    """The response body exceeded the caller's limit; reading stopped there."""


@dataclass(frozen=True)
class Response:
    status: int
    headers: Mapping[str, str]  # lower-case names
    body: bytes


class _Alarm:
    """One armed deadline; `fired` tells afterwards whether it went off."""

    def __init__(self, clock: _Alarms, sock: socket.socket | None, deadline: float) -> None:
        self.fired = False
        self.sock, self.deadline, self._clock = sock, deadline, clock

    def cancel(self) -> None:
        self._clock.cancel(self)


class _Alarms:
    """One watchdog thread per client: shuts a socket down when its deadline passes, so the blocked read
    returns at once. (A threading.Timer per request started thousands of threads on a first sync and left
    their cyclic garbage for the collector.)"""

    def __init__(self) -> None:
        self._armed: set[_Alarm] = set()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    def arm(self, sock: socket.socket | None, seconds: float) -> _Alarm:
        alarm = _Alarm(self, sock, time.monotonic() + seconds)
        with self._cond:
            self._armed.add(alarm)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="http-watchdog", daemon=True)
                self._thread.start()
            self._cond.notify()
        return alarm

    def cancel(self, alarm: _Alarm) -> None:
        with self._cond:
            self._armed.discard(alarm)

    def _run(self) -> None:
        while True:
            with self._cond:
                now = time.monotonic()
                due = [a for a in self._armed if a.deadline <= now]
                self._armed.difference_update(due)
                if not due:
                    nearest = min((a.deadline for a in self._armed), default=now + 60)
                    self._cond.wait(timeout=nearest - now)
                    continue
            for alarm in due:
                alarm.fired = True
                if alarm.sock is not None:
                    with contextlib.suppress(OSError):
                        alarm.sock.shutdown(socket.SHUT_RDWR)


class Exchange:
    """One request in flight: status and headers are in; `chunks()` streams the body."""

    def __init__(self, client: HttpClient, key: tuple[str, str, int], conn: http.client.HTTPConnection,
                 resp: http.client.HTTPResponse, watchdog: _Alarm, started: float) -> None:
        self.status = resp.status
        self.headers = {k.lower(): v for k, v in resp.getheaders()}
        self._client, self._key, self._conn, self._resp = client, key, conn, resp
        self._watchdog, self._started = watchdog, started

    def chunks(self, max_bytes: int) -> Iterator[bytes]:
        """The body in pieces; raises BodyTooLarge, HttpTimeout, HttpAborted or an OSError/HTTPException."""
        got = 0
        limits = self._client.limits
        reusable = False
        try:
            while data := self._resp.read1(65536):
                got += len(data)
                if got > max_bytes:
                    raise BodyTooLarge(f"body larger than {max_bytes} bytes")
                elapsed = time.monotonic() - self._started
                if elapsed > limits.grace_s and got / elapsed < limits.min_rate:
                    raise HttpTimeout(f"server too slow: {got} bytes in {elapsed:.0f} s")
                yield data
            self._client.check(self._watchdog)
            if self._resp.length:  # http.client reports a cut-off body as a normal end
                raise http.client.IncompleteRead(b"", self._resp.length)
            self._resp.read()  # read1 never marks the response finished; read() does, and frees the socket
            reusable = not self._resp.will_close
        except (OSError, http.client.HTTPException, ValueError):
            self._client.check(self._watchdog)
            raise
        finally:
            self.close(reusable)

    def read(self, max_bytes: int) -> bytes:
        return b"".join(self.chunks(max_bytes))

    def close(self, reusable: bool = False) -> None:
        self._watchdog.cancel()
        self._client.release(self._key, self._conn, reusable)


class HttpClient:
    """Keep-alive HTTP with deadlines; safe to `abort()` from another thread."""

    def __init__(self, limits: Limits | None = None, user_agent: str = "migration-kiosk") -> None:
        self.limits = limits or Limits()
        self.user_agent = user_agent
        self._idle: dict[tuple[str, str, int], http.client.HTTPConnection] = {}
        self._active: set[http.client.HTTPConnection] = set()
        self._lock = threading.Lock()
        self._aborted = False
        self._alarms = _Alarms()

    def request(self, method: str, url: str, *, body: bytes | None = None,
                headers: Mapping[str, str] | None = None, max_bytes: int = 1 << 20) -> Response:
        exchange = self.open(method, url, body=body, headers=headers)
        return Response(exchange.status, exchange.headers, exchange.read(max_bytes))

    def open(self, method: str, url: str, *, body: bytes | None = None,
             headers: Mapping[str, str] | None = None) -> Exchange:
        """Send the request and wait for the response head (retried once on a stale kept-alive socket)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url!r}")
        key = (parts.scheme, parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        sent = {"User-Agent": self.user_agent, "Accept-Encoding": "identity", **(headers or {})}
        proxy = proxy_for(key[0], key[1])
        if proxy is not None and key[0] == "http":  # a plain-http proxy takes the whole URL
            target = f"http://{_netloc(key[1], key[2])}{target or '/'}"
            if proxy.auth:
                sent.setdefault("Proxy-Authorization", proxy.auth)
        for attempt in (0, 1):
            started = time.monotonic()
            conn, reused = self._connection(key)
            watchdog = self._alarms.arm(conn.sock, min(self.limits.headers_s, self.limits.total_s))
            try:
                conn.request(method, target or "/", body=body, headers=sent)
                resp = conn.getresponse()
            except (OSError, http.client.HTTPException):
                watchdog.cancel()
                self.release(key, conn, False)
                self.check(watchdog)
                if reused and attempt == 0:
                    continue  # the server closed an idle kept-alive connection: one fresh try
                raise
            watchdog.cancel()
            if watchdog.fired or self._aborted:  # http.client takes a head cut short for a complete one
                self.release(key, conn, False)
                self.check(watchdog)
            left = self.limits.total_s - (time.monotonic() - started)
            return Exchange(self, key, conn, resp, self._alarms.arm(conn.sock, max(left, 0.01)), started)
        raise AssertionError("unreachable")

    def _connection(self, key: tuple[str, str, int]) -> tuple[http.client.HTTPConnection, bool]:
        with self._lock:
            if self._aborted:
                raise HttpAborted("the client was stopped")
            conn = self._idle.pop(key, None)
            reused = conn is not None
        if conn is None:
            conn = self._connect(key)
            assert conn.sock is not None
            conn.sock.settimeout(self.limits.read_gap_s)
        with self._lock:
            self._active.add(conn)
        return conn, reused

    def _connect(self, key: tuple[str, str, int]) -> http.client.HTTPConnection:
        """A new connection, through the environment's proxy if there is one for this host; the name
        lookup and the TCP connect share one `connect_s` deadline."""
        scheme, host, port = key
        proxy = proxy_for(scheme, host)
        cls = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
        if proxy is None:
            conn = cls(host, port, timeout=self.limits.connect_s)
        else:
            conn = cls(proxy.host, proxy.port, timeout=self.limits.connect_s)
            if scheme == "https":
                conn.set_tunnel(host, port, {"Proxy-Authorization": proxy.auth} if proxy.auth else None)
        deadline = time.monotonic() + self.limits.connect_s

        def create(address: tuple[str, int], _timeout: float | None = None,
                   source: tuple[str, int] | None = None) -> socket.socket:
            resolved = _resolve(address[0], address[1], deadline)
            left = deadline - time.monotonic()
            if left <= 0:
                raise HttpTimeout(f"connecting to {address[0]} took longer than {self.limits.connect_s} s")
            return socket.create_connection(resolved, left, source)

        conn._create_connection = create  # type: ignore[attr-defined]  # http.client's own hook
        conn.connect()
        return conn

    def release(self, key: tuple[str, str, int], conn: http.client.HTTPConnection, reusable: bool) -> None:
        with self._lock:
            self._active.discard(conn)
            if reusable and not self._aborted and key not in self._idle:
                self._idle[key] = conn
                return
        conn.close()

    def check(self, watchdog: _Alarm) -> None:
        """Turn a read cut short by the watchdog or by abort() into the right exception."""
        if self._aborted:
            raise HttpAborted("the client was stopped")
        if watchdog.fired:
            raise HttpTimeout("the server did not answer in time")

    def abort(self) -> None:
        """Stop every request in flight and refuse new ones (from any thread)."""
        with self._lock:
            self._aborted = True
            conns = [*self._active, *self._idle.values()]
            self._idle.clear()
        for conn in conns:
            if conn.sock is not None:
                with contextlib.suppress(OSError):
                    conn.sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        with self._lock:
            conns = list(self._idle.values())
            self._idle.clear()
        for conn in conns:
            conn.close()


@dataclass(frozen=True)
class Proxy:
    host: str
    port: int
    auth: str | None  # a Proxy-Authorization header value, from user:password in the proxy URL


def proxy_for(scheme: str, host: str) -> Proxy | None:
    """The proxy the environment names for `scheme` (`https_proxy`, `http_proxy`, `all_proxy`), unless
    `no_proxy` excludes `host` or `host` is this machine."""
    if host in _LOOPBACK:
        return None
    proxies = getproxies_environment()
    url = proxies.get(scheme) or proxies.get("all")
    if not url or proxy_bypass_environment(host, proxies):
        return None
    parts = urlsplit(url if "://" in url else f"http://{url}")
    if not parts.hostname:
        return None
    auth = None
    if parts.username is not None:
        import base64

        pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        auth = "Basic " + base64.b64encode(pair).decode("ascii")
    return Proxy(parts.hostname, parts.port or 3128, auth)


def _netloc(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _resolve(host: str, port: int, deadline: float) -> tuple[str, int]:
    """The first address of `host`, or HttpTimeout when the lookup outlasts `deadline` (the lookup is left
    to finish in its daemon thread: getaddrinfo cannot be cancelled)."""
    try:
        ipaddress.ip_address(host)
        return host, port  # nothing to look up
    except ValueError:
        pass
    result: list[tuple[str, int]] = []
    failure: list[BaseException] = []

    def lookup() -> None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            address = infos[0][4]
            result.append((str(address[0]), int(address[1])))
        except (OSError, IndexError) as exc:
            failure.append(exc)

    worker = threading.Thread(target=lookup, name="dns-lookup", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()))
    if failure:
        raise failure[0]
    if not result:
        raise HttpTimeout(f"looking up {host} took too long")
    return result[0]
