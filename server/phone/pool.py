"""`kiosk-server phone`: the phone edition alone, served by several processes on one address and port.

One process answers phone pages from one core: its event loop parses, renders and writes every page, and
under load (benchmarks/phone_bench.py, 200 connections) the server process kept one core busy while the
machine's other core sat mostly idle. The phone edition keeps no state of its own — each process verifies
and loads the published content itself and keeps its own page cache and search process — so it can be
served by as many processes as there are cores. This command starts `processes` of them, each listening on
its own socket on the same address and port (`SO_REUSEPORT`: the kernel spreads new connections over
them), restarts one that dies, and stops them all on SIGTERM or Ctrl+C.

It serves `/m/...` (and `GET /health`) only. The kiosks' API, the signed repository and the operators'
console stay with `kiosk-server`, which goes on serving `/m/` too; in production a reverse proxy sends
`/m/` here (docs/phone.md). Each process keeps its verified copy of the content in
`DEPLOY/phone-pool/N/`, N being the slot it holds by a lock file, so that a restart takes up the registry
database that slot built before instead of building it again.
"""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import logging
import multiprocessing
import os
import signal
import socket
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import FrameType

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from server.phone import routes
from server.phone.fastpath import protocol_for

POOL_DIR = "phone-pool"
DEFAULT_PORT = 8472  # 8470: kiosk-server; 8471: the desk console (kiosk-admin console)
RESTART_DELAY_S = 1.0
log = logging.getLogger("kiosk-server.phone")


def phone_app(deploy_dir: Path, work_dir: Path, *, clock: Callable[[], date] = date.today,
              slot: int = 0) -> FastAPI:
    """An app that serves only the phone edition of `deploy_dir` (and `/health`, which tells whether the
    content is loaded and which slot of the pool answered), keeping its verified copy of the content in
    `work_dir`."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        routes.start(app)
        yield
        routes.stop(app)

    app = FastAPI(title="kiosk-server phone", lifespan=lifespan, openapi_url=None, docs_url=None,
                  redoc_url=None)

    @app.get("/health")
    def health() -> JSONResponse:
        ready = app.state.phone_site.content.peek() is not None
        return JSONResponse({"status": "ok" if ready else "loading", "slot": slot},
                            headers={"cache-control": "no-store"})

    routes.install(app, deploy_dir, clock=clock, work_dir=work_dir)
    return app


def claim_slot(pool: Path) -> tuple[int, int]:
    """The lowest slot number no other running process holds, and the open lock file that holds it for
    this process's life."""
    pool.mkdir(parents=True, exist_ok=True)
    for slot in itertools.count():
        fd = os.open(pool / f"{slot}.lock", os.O_CREAT | os.O_RDWR, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue
        return slot, fd
    raise AssertionError("unreachable")  # pragma: no cover


def listening_socket(host: str, port: int, *, shared: bool = True) -> socket.socket:
    """A socket bound to `host`:`port`; with `shared`, one that other processes may bind too
    (`SO_REUSEPORT`)."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if shared:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def check_free(host: str, port: int) -> None:
    """Raise OSError when something already listens on `host`:`port` (a bind without `SO_REUSEPORT`
    fails then), so the command can say so in one line before starting anything."""
    listening_socket(host, port, shared=False).close()


def run_process(deploy_dir: Path, host: str, port: int, log_level: str) -> None:
    """One process of the pool (the target of each spawned child)."""
    import uvicorn

    slot, _held = claim_slot(deploy_dir / POOL_DIR)
    app = phone_app(deploy_dir, deploy_dir / POOL_DIR / str(slot), slot=slot)
    sock = listening_socket(host, port)
    config = uvicorn.Config(app, log_level=log_level, server_header=False, http=protocol_for(app),
                            backlog=2048, lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])


def serve(deploy_dir: Path, host: str, port: int, processes: int, *, log_level: str = "info") -> int:
    """Run `processes` phone processes until SIGTERM/SIGINT; a process that dies is started again after
    `RESTART_DELAY_S`."""
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no copy of this one's state
    stopping = False

    def stop(_signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}

    def start() -> BaseProcess:
        child = context.Process(target=run_process, args=(deploy_dir, host, port, log_level),
                                name="kiosk-server-phone")
        child.start()
        return child

    children = [start() for _ in range(processes)]
    try:
        while not stopping:
            time.sleep(0.2)
            for index, child in enumerate(children):
                if not child.is_alive() and not stopping:
                    log.warning("phone process %s ended (exit code %s); starting another", child.pid,
                                child.exitcode)
                    time.sleep(RESTART_DELAY_S)
                    children[index] = start()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for child in children:
            if child.is_alive() and child.pid is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(child.pid, signal.SIGTERM)  # uvicorn's own graceful shutdown
        for child in children:
            child.join(15)
            if child.is_alive():
                child.kill()
                child.join(5)
    return 0
