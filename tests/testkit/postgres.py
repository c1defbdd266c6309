"""A throw-away PostgreSQL cluster for tests, started from Debian's `postgresql` package binaries.

No running service is assumed. `initdb` and `postgres` refuse to run as root, so as root (CI) they run as the
`postgres` system user through `runuser`; as anyone else they run as that user. The cluster lives in a
temporary folder, listens on a free port of 127.0.0.1 only, trusts local connections, and is stopped and
deleted by `stop()`. Each test gets its own database from `new_database()`.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

PG_USER = "kiosk_test"


def find_bin_dir() -> Path | None:
    """The newest `/usr/lib/postgresql/N/bin` with both initdb and postgres, if the package is installed."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True
    )
    for folder in candidates:
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "postgres").is_file():
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("postgres") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresCluster:
    """`start()` → initdb + postgres on a free port; `url(db)`; `new_database()`; `stop()`."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.port = _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
        self.data = self.root / "data"
        self._proc: subprocess.Popen[bytes] | None = None
        self._count = 0
        self._as_root = os.geteuid() == 0

    def _cmd(self, *args: str) -> list[str]:
        return ["runuser", "-u", "postgres", "--", *args] if self._as_root else list(args)

    def start(self, timeout_s: float = 60.0) -> PostgresCluster:
        if self._as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self.root.chmod(0o700)
        subprocess.run(
            self._cmd(
                str(self.bin_dir / "initdb"),
                "-D",
                str(self.data),
                "-U",
                PG_USER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ),
            check=True,
            capture_output=True,
            cwd=self.root,
        )
        log = self.root / "postgres.log"
        self._proc = subprocess.Popen(
            self._cmd(
                str(self.bin_dir / "postgres"),
                "-D",
                str(self.data),
                "-p",
                str(self.port),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                f"unix_socket_directories={self.root}",
                "-c",
                "fsync=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "max_connections=200",
                "-c",
                "logging_collector=off",
                "-c",
                "shared_buffers=32MB",
            ),
            stdout=subprocess.DEVNULL,
            stderr=log.open("wb"),
            cwd=self.root,
            start_new_session=True,
        )
        atexit.register(self.stop)  # even if the test session ends without its teardown
        self._wait_ready(timeout_s, log)
        return self

    def _wait_ready(self, timeout_s: float, log: Path) -> None:
        import psycopg

        deadline = time.monotonic() + timeout_s
        while True:
            try:
                with psycopg.connect(self.url("postgres", driver=False), connect_timeout=2):
                    return
            except psycopg.OperationalError:
                if self._proc is not None and self._proc.poll() is not None:
                    tail = log.read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"postgres exited: {tail}") from None
                if time.monotonic() > deadline:
                    raise RuntimeError("postgres did not accept connections in time") from None
                time.sleep(0.1)

    def url(self, database: str, *, driver: bool = True) -> str:
        scheme = "postgresql+psycopg" if driver else "postgresql"
        return f"{scheme}://{PG_USER}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh empty database; returns its SQLAlchemy URL."""
        import psycopg

        self._count += 1
        name = f"t{os.getpid()}_{self._count}"
        with psycopg.connect(self.url("postgres", driver=False), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            # SIGINT is postgres' "fast" shutdown (it does not wait for pooled clients); the group is the
            # one `start()` made, so this reaches postgres under runuser and nothing else.
            os.killpg(self._proc.pid, signal.SIGINT)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._proc.wait(timeout=30)
        if self._proc is not None:
            # runuser may exit before postgres does: wait for the whole group, then make sure of it.
            deadline = time.monotonic() + 30
            while _group_alive(self._proc.pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            if _group_alive(self._proc.pid):
                os.killpg(self._proc.pid, signal.SIGKILL)
            if self._proc.poll() is None:
                self._proc.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
