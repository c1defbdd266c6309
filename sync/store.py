"""Where a signed repository's files live: a folder the server (or nginx, or a CDN) serves, or memory.

Names are repository paths such as `metadata/3.snapshot.json` or `targets/registry/<hash>.warnings.json`.
Files are only ever added or replaced whole (temporary file, fsync, rename), so a client never reads half a
file; the publisher writes targets first and `timestamp.json` last, so a client never sees a timestamp that
points to files that are not there yet.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Protocol

from content.fsutil import atomic_write, atomic_write_many


class RepoStore(Protocol):
    def read(self, name: str) -> bytes | None: ...

    def write(self, name: str, data: bytes) -> None: ...

    def write_many(self, files: Mapping[str, bytes]) -> None:
        """`write` of every file, durable together when this returns (order among them not kept)."""
        ...

    def names(self, folder: str) -> list[str]: ...

    def lock(self) -> contextlib.AbstractContextManager[None]: ...


class MemoryStore:
    """An in-memory repository: for tests that forge metadata (python-tuf's RepositorySimulator idea)."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def read(self, name: str) -> bytes | None:
        return self.files.get(name)

    def write(self, name: str, data: bytes) -> None:
        self.files[name] = bytes(data)

    def write_many(self, files: Mapping[str, bytes]) -> None:
        for name, data in files.items():
            self.write(name, data)

    def names(self, folder: str) -> list[str]:
        prefix = folder.rstrip("/") + "/"
        rest = (n[len(prefix):] for n in self.files if n.startswith(prefix))
        return sorted(r for r in rest if "/" not in r)

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        yield


class DirStore:
    """A repository folder; `lock()` keeps the admin's publish and the server's re-signing apart."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, name: str) -> Path:
        parts = name.split("/")
        if any(p in ("", ".", "..") for p in parts):
            raise ValueError(f"bad repository path {name!r}")
        return self.root.joinpath(*parts)

    def read(self, name: str) -> bytes | None:
        try:
            return self.path(name).read_bytes()
        except FileNotFoundError:
            return None

    def write(self, name: str, data: bytes) -> None:
        atomic_write(self.path(name), data, new_mode=0o644)  # public files, served by any web server

    def write_many(self, files: Mapping[str, bytes]) -> None:
        """Many new files at once (a publish's targets and metadata): fsynced together, not one by one."""
        atomic_write_many({self.path(name): data for name, data in files.items()}, new_mode=0o644)

    def names(self, folder: str) -> list[str]:
        base = self.path(folder)
        return sorted(p.name for p in base.iterdir() if p.is_file()) if base.is_dir() else []

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a+b") as handle:
            try:
                import fcntl
            except ImportError:  # Windows: the reference server runs on Linux; an admin publishes alone
                yield
                return
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
