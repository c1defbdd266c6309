"""Cached phone pages answered from uvicorn's HTTP parser (server/phone/fastpath.py) are the very replies the
app would have sent: same status, headers and bytes, the same scrubbed access-log line, keep-alive and
HTTP/1.0 handled, pipelined requests answered in order, and every other request still reaches the app."""

from __future__ import annotations

import logging
import re
import socket
from collections.abc import Iterator

import pytest

from server.phone import front
from tests.phone.conftest import TODAY, Phone, sample_agencies, until
from tests.testkit.serve import Deployment, ServerThread

PATHS = ["/m/ru/article/employer-pays", "/m/kk/", f"/m/kaa/agency/{sample_agencies()['revoked']}",
         "/m/en/check?q=istiqbol", "/m/kk-KZ/contacts", "/m/tg/no-such-page", "/m/"]


@pytest.fixture(scope="module")
def plain(published: Deployment, phone: Phone) -> Iterator[Phone]:
    """The same server without the shortcut: every phone request goes through the app. Started once the
    `phone` server has loaded the content: both keep their verified copy in the deployment's one `phone/`
    folder (one server per deployment folder, docs/phone.md), so two first loads at once would collide."""
    until(lambda: phone.get("/m/en/").status == 200, what="the shortcut server loaded")
    server = ServerThread(published.root, refresh_interval_s=None, today=lambda: TODAY,
                          phone_shortcut=False).start()
    yield Phone(server.port)
    server.stop()


def _raw(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def _parts(raw: bytes) -> tuple[bytes, set[bytes], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    status, *lines = head.split(b"\r\n")
    return status, {line.lower() for line in lines if not line.lower().startswith(b"date:")}, body


def _get(path: str, *headers: str, version: str = "1.1") -> bytes:
    more = "".join(f"{h}\r\n" for h in headers)
    close = "Connection: close\r\n" if version == "1.1" else ""
    return f"GET {path} HTTP/{version}\r\nHost: x\r\nAccept-Encoding: gzip\r\n{more}{close}\r\n".encode()


@pytest.fixture
def through_app(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths of the requests that reach the app (`PhoneFront`) from now on, on either server."""
    seen: list[str] = []
    real = front.PhoneFront.__call__

    async def spy(self, scope, receive, send):  # noqa: ANN001, ANN202
        seen.append(scope["path"])
        await real(self, scope, receive, send)

    monkeypatch.setattr(front.PhoneFront, "__call__", spy)
    return seen


def test_the_shortcut_sends_what_the_app_sends(phone: Phone, plain: Phone, request) -> None:  # noqa: ANN001
    for path in PATHS:  # rendered (and cached) once on each server
        phone.get(path)
        plain.get(path)
    through_app = request.getfixturevalue("through_app")  # from here on
    for path in PATHS:
        for request in (_get(path), _get(path, "Accept-Language: ky"), _get(path, version="1.0"),
                        _get(path).replace(b"GET", b"HEAD", 1)):
            fast, slow = _raw(phone.port, request), _raw(plain.port, request)
            assert _parts(fast) == _parts(slow), (path, request)
    etag = phone.get("/m/ru/article/employer-pays").headers["etag"]
    request = _get("/m/ru/article/employer-pays", f"If-None-Match: {etag}")
    fast = _raw(phone.port, request)
    assert fast.startswith(b"HTTP/1.1 304 ")
    assert _parts(fast) == _parts(_raw(plain.port, request))
    # Only the server without the shortcut ran the app for these: the other answered from its parser.
    assert len(through_app) == 4 * len(PATHS) + 1


def test_keep_alive_and_pipelined_requests_are_answered_in_order(phone: Phone) -> None:
    phone.get("/m/en/")
    phone.get("/m/ru/")
    keep = b"GET /m/en/ HTTP/1.1\r\nHost: x\r\n\r\n"
    pipelined = (keep + b"GET /m/ru/alerts?x=1 HTTP/1.1\r\nHost: x\r\n\r\n" + keep.replace(b"/en/", b"/ru/")
                 + b"POST /nothing HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    raw = _raw(phone.port, pipelined)
    assert raw.count(b"HTTP/1.1 ") == 4
    statuses = re.findall(rb"HTTP/1\.1 (\d{3}) ", raw)
    assert statuses[:3] == [b"200", b"200", b"200"]
    assert statuses[3] in (b"404", b"405")  # the app's own answer, after the three from the parser
    assert raw.index(b'<html lang="en">') < raw.index(b"<h1>", raw.index(b'<html lang="ru">'))


def test_the_access_log_line_is_scrubbed_as_for_any_request(published: Deployment) -> None:
    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())

    server = ServerThread(published.root, refresh_interval_s=None, today=lambda: TODAY,
                          log_level="info").start()
    access = logging.getLogger("uvicorn.access")
    try:
        licence = sample_agencies()["active"]
        Phone(server.port).get(f"/m/ru/agency/{licence}")
        access.addHandler(handler := Keep())
        Phone(server.port).get(f"/m/ru/agency/{licence}?q=secret")  # from the cache: the shortcut
    finally:
        access.removeHandler(handler)
        server.stop()
    assert lines == ['- - "GET /m/ru/agency/… HTTP/1.1" 200']


def test_a_new_search_is_answered_from_the_parser_as_the_app_answers_it(phone: Phone, plain: Phone,
                                                                        through_app: list[str]) -> None:
    """A check page whose search is new: the search process makes it, and the page goes out from where
    its answer is read, never through the app; the bytes are the app's."""
    for n, query in enumerate(("tez", "Global", "%D0%A2%D0%B5%D0%B7", "LX-2021", "no%20such%20agency")):
        for request in (_get(f"/m/ru/check?q={query}&n={n}"),
                        _get(f"/m/en/check?q={query}", version="1.0").replace(b"GET", b"HEAD", 1)):
            fast, slow = _raw(phone.port, request), _raw(plain.port, request)
            assert _parts(fast) == _parts(slow), request
    assert len(through_app) == 10  # the server without the shortcut, each time


def test_requests_pipelined_behind_a_new_search_wait_for_it(phone: Phone) -> None:
    phone.get("/m/en/")
    new = b"GET /m/en/check?q=servis%20plus%20pipelined HTTP/1.1\r\nHost: x\r\n\r\n"
    last = b"GET /m/ru/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    home = b"GET /m/en/ HTTP/1.1\r\nHost: x\r\n\r\n"
    raw = _raw(phone.port, new + home + new.replace(b"pipelined", b"behind") + last)
    replies = raw.split(b"HTTP/1.1 ")[1:]
    assert [reply[:3] for reply in replies] == [b"200"] * 4
    assert b'value="servis plus pipelined"' in replies[0] and b'<html lang="en">' in replies[1]
    assert b'value="servis plus behind"' in replies[2] and b'<html lang="ru">' in replies[3]


def test_a_phone_gone_before_its_search_is_answered_costs_nothing(phone: Phone) -> None:
    for n in range(5):
        with socket.create_connection(("127.0.0.1", phone.port), timeout=30) as sock:
            sock.sendall(f"GET /m/en/check?q=gone{n}xyz HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    assert phone.get("/m/en/check?q=gone0xyz").status == 200
    assert phone.get("/m/en/").status == 200
