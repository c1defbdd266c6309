"""An HTTP/1.1 proxy on 127.0.0.1 that counts every byte on the wire and injects faults on demand.

Modes (set `proxy.mode`, or `proxy.rule = fn(method, path) -> mode` for per-request faults):
`pass`, `down` (close the connection at once), `slow` (answer one byte per `slow_interval_s`),
`garbage` (same status and length, random body), `truncate` (announce the full length, send half, close),
`oversize` (announce and send `oversize_bytes` of junk), `drop_request` (close before forwarding),
`drop_response` (forward, then close without answering), `retry_after` (503 with Retry-After),
`lossy` (drop the request or the response with probability `loss`, seeded).
"""

from __future__ import annotations

import random
import socket
import socketserver
import threading
from collections.abc import Callable
from typing import BinaryIO

MODES = ("pass", "down", "slow", "garbage", "truncate", "oversize", "drop_request", "drop_response",
         "retry_after", "lossy")


class FaultProxy:
    def __init__(self, upstream_port: int, *, seed: int = 0, loss: float = 0.3) -> None:
        self.upstream_port = upstream_port
        self.mode = "pass"
        self.rule: Callable[[str, str], str] | None = None
        self.loss = loss
        self.slow_interval_s = 1.0
        self.oversize_bytes = 4 << 20
        self.retry_after_s = 1
        self.bytes_in = self.bytes_out = 0
        self.log: list[tuple[str, str, str]] = []  # (method, path, mode)
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self.stopped = threading.Event()
        proxy = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                proxy._serve(self.connection, self.rfile)

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler, bind_and_activate=True)
        self._server.daemon_threads = True
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopped.set()
        self._server.shutdown()
        self._server.server_close()

    def reset_counts(self) -> None:
        with self._lock:
            self.bytes_in = self.bytes_out = 0
            self.log.clear()

    def _choose(self, method: str, path: str) -> str:
        mode = self.rule(method, path) if self.rule else self.mode
        with self._lock:
            if mode == "lossy":
                roll = self._rng.random()
                mode = ("drop_request" if roll < self.loss / 2
                        else "drop_response" if roll < self.loss else "pass")
            self.log.append((method, path, mode))
        return mode

    def _count(self, received: int, sent: int) -> None:
        with self._lock:
            self.bytes_in += received
            self.bytes_out += sent

    def _serve(self, client: socket.socket, rfile: BinaryIO) -> None:
        upstream: socket.socket | None = None
        try:
            while not self.stopped.is_set():
                request = read_message(rfile, None)
                if request is None:
                    return
                raw, method, path, _ = request
                self._count(len(raw), 0)
                mode = self._choose(method, path)
                if mode in ("down", "drop_request"):
                    return
                if mode == "retry_after":
                    self._send(client, "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                               f"Retry-After: {self.retry_after_s}\r\n\r\n".encode())
                    continue
                if upstream is None:
                    upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=30)
                    up_file = upstream.makefile("rb")
                upstream.sendall(raw)
                response = read_message(up_file, method)
                if response is None or mode == "drop_response":
                    return
                self._respond(client, mode, *response)
        except OSError:
            return
        finally:
            if upstream is not None:
                upstream.close()

    def _respond(self, client: socket.socket, mode: str, raw: bytes, _method: str, _path: str,
                 body_at: int) -> None:
        head, body = raw[:body_at], raw[body_at:]
        if mode == "garbage":
            raw = head + self._rng.randbytes(len(body))
        elif mode == "oversize":
            status = head.split(b"\r\n", 1)[0]
            raw = status + f"\r\nContent-Length: {self.oversize_bytes}\r\n\r\n".encode() + \
                b"x" * self.oversize_bytes
        elif mode == "truncate":
            self._send(client, head + body[: len(body) // 2])
            raise OSError("truncated on purpose")
        if mode == "slow":
            for index in range(len(raw)):
                if self.stopped.wait(self.slow_interval_s):
                    return
                self._send(client, raw[index:index + 1])
            return
        self._send(client, raw)

    def _send(self, client: socket.socket, data: bytes) -> None:
        client.sendall(data)
        self._count(0, len(data))


def read_message(rfile: BinaryIO, request_method: str | None) -> tuple[bytes, str, str, int] | None:
    """One HTTP message as raw bytes: (raw, method or status, path, offset of the body); None at EOF.

    `request_method` is None when reading a request, else the method the response answers.
    """
    lines = []
    while True:
        line = rfile.readline(65537)
        if not line:
            return None
        lines.append(line)
        if line in (b"\r\n", b"\n"):
            break
    head = b"".join(lines)
    first = lines[0].decode("latin-1").split()
    headers = {k.strip().lower(): v.strip() for k, _, v in
               (ln.decode("latin-1").partition(":") for ln in lines[1:-1])}
    no_body = request_method is not None and (request_method == "HEAD" or first[1] in ("204", "304")
                                              or first[1].startswith("1"))
    body = b""
    if not no_body:
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = _read_chunked(rfile)
        elif "content-length" in headers:
            body = rfile.read(int(headers["content-length"]))
        elif request_method is not None:
            body = rfile.read()
    label = first[0] if request_method is None else first[1]
    return head + body, label, first[1] if request_method is None else "", len(head)


def _read_chunked(rfile: BinaryIO) -> bytes:
    out = []
    while True:
        size_line = rfile.readline()
        out.append(size_line)
        size = int(size_line.split(b";")[0], 16)
        data = rfile.read(size + 2)
        out.append(data)
        if size == 0:
            while data not in (b"\r\n", b""):  # trailers end with an empty line
                data = rfile.readline()
                out.append(data)
            return b"".join(out)
