"""The kiosk's HTTP client behind an airport's proxy, and with a name lookup that never answers.

A small forward proxy on 127.0.0.1 stands in for the airport's: it resolves `kiosk-server.test` itself (the
kiosk cannot), forwards absolute-form requests to the real server and refuses CONNECT tunnels it is not
allowed to open. The deadline test makes getaddrinfo hang until the test ends."""

from __future__ import annotations

import http.client
import http.server
import socket
import socketserver
import threading
from collections.abc import Iterator

import pytest

from sync.http import HttpClient, HttpTimeout, Limits
from tests.testkit.serve import ServerThread

NAME = "kiosk-server.test"  # resolvable only by the proxy


class _ForwardProxy(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, origin_port: int) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.origin_port = origin_port
        self.seen: list[str] = []
        self.auth: list[str | None] = []  # each request's Proxy-Authorization


class _Handler(socketserver.StreamRequestHandler):
    server: _ForwardProxy

    def handle(self) -> None:
        while line := self.rfile.readline():
            request = line.decode("latin-1").strip()
            headers = {}
            while (header := self.rfile.readline().decode("latin-1").strip()):
                name, _, value = header.partition(":")
                headers[name.lower()] = value.strip()
            self.server.seen.append(request)
            self.server.auth.append(headers.get("proxy-authorization"))
            method, target, _ = request.split(" ", 2)
            if method == "CONNECT":
                self.wfile.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                return
            assert target.startswith(f"http://{NAME}:"), target
            path = "/" + target.split("/", 3)[3]
            origin = http.client.HTTPConnection("127.0.0.1", self.server.origin_port, timeout=10)
            origin.request(method, path, headers={k: v for k, v in headers.items() if k != "host"})
            answer = origin.getresponse()
            body = answer.read()
            self.wfile.write(f"HTTP/1.1 {answer.status} {answer.reason}\r\nContent-Length: {len(body)}\r\n"
                             "\r\n".encode("latin-1") + body)
            origin.close()


@pytest.fixture
def proxy(server: ServerThread) -> Iterator[_ForwardProxy]:
    forward = _ForwardProxy(server.port)
    thread = threading.Thread(target=forward.serve_forever, daemon=True)
    thread.start()
    yield forward
    forward.shutdown()
    forward.server_close()


def test_requests_go_through_the_proxy_named_in_the_environment(
    proxy: _ForwardProxy, server: ServerThread, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{proxy.server_address[1]}")
    monkeypatch.delenv("no_proxy", raising=False)
    client = HttpClient(Limits(connect_s=5, headers_s=5, total_s=10))
    response = client.request("GET", f"http://{NAME}:8470/metadata/timestamp.json")
    assert response.status == 200 and b'"timestamp"' in response.body
    assert proxy.seen == [f"GET http://{NAME}:8470/metadata/timestamp.json HTTP/1.1"]
    direct = client.request("GET", f"{server.url}/health")  # this machine: never through the proxy
    assert direct.status == 200 and len(proxy.seen) == 1


def test_https_is_tunnelled_with_connect_and_no_proxy_is_honoured(
    proxy: _ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("https_proxy", f"http://user:secret@127.0.0.1:{proxy.server_address[1]}")
    client = HttpClient(Limits(connect_s=5, headers_s=5, total_s=10))
    with pytest.raises(OSError, match="Tunnel connection failed: 403"):
        client.request("GET", f"https://{NAME}/metadata/timestamp.json")
    assert proxy.seen == [f"CONNECT {NAME}:443 HTTP/1.0"]
    assert proxy.auth == ["Basic dXNlcjpzZWNyZXQ="]  # user:secret from the proxy URL
    monkeypatch.setenv("no_proxy", NAME)
    with pytest.raises(OSError):  # no proxy for this name, and no DNS for it either
        client.request("GET", f"https://{NAME}/metadata/timestamp.json")
    assert len(proxy.seen) == 1


def test_the_connect_deadline_covers_the_name_lookup(monkeypatch: pytest.MonkeyPatch) -> None:
    """Old code started its deadline after DNS: a lookup that hangs held the poll for as long as it hung."""
    release = threading.Event()
    real = socket.getaddrinfo

    def hanging(host: str, *args: object, **kwargs: object) -> object:
        if host == NAME:
            release.wait(60)
            raise socket.gaierror("gave up")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", hanging)
    monkeypatch.delenv("http_proxy", raising=False)
    try:
        with pytest.raises(HttpTimeout, match="looking up"):
            HttpClient(Limits(connect_s=0.5, headers_s=5, total_s=10)).request("GET", f"http://{NAME}/x")
    finally:
        release.set()


class _Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the standard library's handler name
        self.send_response(200)
        self.send_header("Content-Length", "5")
        self.end_headers()
        self.wfile.write(b"hello")

    def log_message(self, *args: object) -> None:
        pass


def test_no_proxy_ranges_are_honoured(proxy: _ForwardProxy, monkeypatch: pytest.MonkeyPatch) -> None:
    """An airport's `no_proxy` names its own network as a range (10.0.0.0/8): a server inside it is reached
    directly. The standard library matches only names and suffixes, so it sent such requests to the proxy."""
    inside = http.server.ThreadingHTTPServer(("127.0.0.2", 0), _Hello)
    thread = threading.Thread(target=inside.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{proxy.server_address[1]}")
    monkeypatch.setenv("no_proxy", "127.0.0.0/8")
    try:
        client = HttpClient(Limits(connect_s=5, headers_s=5, total_s=10))
        response = client.request("GET", f"http://127.0.0.2:{inside.server_address[1]}/hello")
    finally:
        inside.shutdown()
        inside.server_close()
    assert (response.status, response.body, proxy.seen) == (200, b"hello", [])


class _LateHead(socketserver.ThreadingTCPServer):
    """Answers every request after `delay_s` of silence, then sends its whole small body at once: a server
    slow to start, not a trickle."""

    daemon_threads = True
    allow_reuse_address = True
    delay_s = 1.5
    body = b"{" + b"x" * 339 + b"}"

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _LateHeadHandler)


class _LateHeadHandler(socketserver.StreamRequestHandler):
    server: _LateHead

    def handle(self) -> None:
        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
            pass
        threading.Event().wait(self.server.delay_s)
        body = self.server.body
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                         b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)


def test_a_small_body_after_a_late_head_is_not_called_slow() -> None:
    """The rate a body must keep is the body's own: the head has its deadline (headers_s). A head that came
    late but in time, followed at once by the whole body, is a complete answer; it was refused as 'server
    too slow: 341 bytes in 1 s' because the rate was averaged from the request's start."""
    server = _LateHead()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        limits = Limits(connect_s=2.0, headers_s=3.0, read_gap_s=2.0, grace_s=1.0, min_rate=2000, total_s=8.0)
        response = HttpClient(limits).request("GET", f"http://127.0.0.1:{server.server_address[1]}/x.json")
        assert response.body == _LateHead.body
    finally:
        server.shutdown()
        server.server_close()
