"""What the sync client is handed by the program that uses it, python-tuf style.

python-tuf's `Updater` takes a `FetcherInterface` instead of reaching for a network library; in the same way
the client here takes what it needs from the kiosk through these small interfaces, so that `sync/` never
imports `kiosk/`:

- a `ContentSink`: the version of the content in use, and how to apply a verified bundle folder (the kiosk
  passes its atomic `content.db` apply, in a child process or in-process);
- a `StatusStore` and an `OutboxStore`: the small durable key/value store and the outbox of events
  (the kiosk passes its `state.db`);
- the settings of one kiosk as plain values (`SyncSettings`), and a callable that reads the trust root.

`OutboxEvent` is the row the outbox hands out; it is defined here, on the side that consumes it, and the
kiosk's `state.db` builds it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

StepHook = Callable[[str], None]  # called with a step name as it starts; may raise to abort
CancelCheck = Callable[[], None]  # called every so often during long work; raises Cancelled to abort


class ApplyError(Exception):
    """The bundle could not be applied; the old content is still in use. The message says why.

    Raised by a `ContentSink` (the kiosk's `kiosk.data.apply.apply_bundle` raises it) and classified by
    `sync.errors.classify` as "rejected". Defined here, free of tuf, so the kiosk's apply can raise it
    without importing the update client.
    """


@dataclass(frozen=True)
class ErrorInfo:
    """What `kiosk status` and the heartbeat report about the last failure (built by
    `sync.errors.classify`; here, free of tuf, so a program that only reads or records a status need not
    import the update client)."""

    kind: str
    cls: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "class": self.cls, "message": self.message}


@dataclass(frozen=True)
class CycleResult:
    """What one sync cycle (`sync.runner.SyncRunner.run_once`) hands back to the program that ran it."""

    changed: bool  # content.db was replaced: the UI must reload
    status: dict[str, Any]  # `sync.status.collect_status`, for the UI and the heartbeat


@dataclass(frozen=True)
class OutboxEvent:
    id: str
    kind: str
    reference: str | None
    created_at: str
    payload: dict[str, Any]
    attempts: int
    delivered_at: str | None


class StatusStore(Protocol):
    """A durable key/value store for small values (sync status, the outbox pause)."""

    def get(self, key: str) -> str | None: ...

    def put(self, key: str, value: str) -> None: ...


class OutboxStore(StatusStore, Protocol):
    """The durable outbox the sender delivers from (written by the kiosk, read and marked here)."""

    def due(self, now: datetime, limit: int = 100) -> list[OutboxEvent]: ...

    def mark_delivered(self, event_id: str) -> None: ...

    def mark_failed(self, event_id: str, error: str, next_attempt_at: datetime) -> None: ...

    def outbox_depth(self) -> int: ...


class ContentSink(Protocol):
    """Where verified bundles go: the kiosk's `content.db`."""

    def version(self) -> str | None:
        """The bundle version in use, or None when there is none or it cannot be read."""
        ...

    def apply(self, bundle_dir: Path, step: StepHook, check: CancelCheck) -> None:
        """Make `bundle_dir` the content in use, atomically, or raise `sync.errors.ApplyError` (the bundle
        is refused; the old content stays), `Cancelled` (from `check`/`step`) or OSError."""
        ...


@dataclass(frozen=True)
class SyncSettings:
    """The values of one kiosk's configuration that the sync cycle uses."""

    data_dir: Path
    server_url: str
    kiosk_token: str = ""
