"""Any ASGI app served by uvicorn on a free port of 127.0.0.1 in a background thread (the desk console)."""

from __future__ import annotations

import threading
import time
from typing import Any, Self

import uvicorn


class AppThread:
    """uvicorn serving `app` on a free port until `stop()`; `start()` returns once it accepts connections."""

    name = "the app"

    def __init__(self, app: Any, *, log_level: str = "warning", http: Any = "auto") -> None:
        self.server = uvicorn.Server(
            uvicorn.Config(
                app, host="127.0.0.1", port=0, log_level=log_level, server_header=False, lifespan="on",
                http=http,
            )
        )
        self._thread = threading.Thread(target=self.server.run, daemon=True)
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 20.0) -> Self:
        self._thread.start()
        deadline = time.monotonic() + timeout_s
        while not self.server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError(f"{self.name} did not start")
            time.sleep(0.01)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=10)
