"""One sync cycle of a kiosk: poll the signed repository, deliver the outbox, send a heartbeat.

This is what the Qt `SyncService` runs off the UI thread, and what `python -m sync` runs headless (the
kill tests start it as a process and kill it at random points). It never raises for a failed poll or
delivery: the failure is classified and recorded in `state.db`, and the next cycle tries again.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.app.config import Config
from kiosk.app.paths import resource_root
from kiosk.services.state import StateStore
from sync import status
from sync.client import StepHook, SyncClient
from sync.errors import Cancelled, ErrorInfo, NoTrustRootError, classify
from sync.http import HttpClient, Limits
from sync.outbox import OutboxSender

log = logging.getLogger(__name__)


def shipped_trust_root() -> Path:
    """The bootstrap root.json shipped inside the app (written by `kiosk-admin init --trust-out`)."""
    return resource_root() / "deploy" / "trust" / "root.json"


def load_trust_root(config: Config) -> bytes:
    path = Path(config.trust_root) if config.trust_root else shipped_trust_root()
    try:
        return path.read_bytes()
    except OSError as exc:
        raise NoTrustRootError(f"no trust root at {path}: the kiosk cannot verify updates") from exc


@contextmanager
def gc_paused() -> Iterator[None]:
    """No automatic garbage collection while a poll runs, in any thread.

    A full (generation 2) collection walks every live object while holding the GIL; with a 100,000-agency
    bundle in memory that took 200-450 ms, on whichever thread allocated at the time, the UI thread
    included. Reference counting still frees everything the poll drops; the few cycles it leaves are
    collected by the next automatic collection, once the bundle is gone.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(frozen=True)
class CycleResult:
    changed: bool  # content.db was replaced: the UI must reload
    status: dict[str, Any]  # `sync.status.collect_status`, for the UI and the heartbeat


class SyncRunner:
    """Owns the HTTP client (so an ETag and kept-alive connection survive between polls)."""

    def __init__(self, config: Config, state: StateStore, *, limits: Limits | None = None,
                 on_step: StepHook | None = None) -> None:
        self.config, self.state = config, state
        self.http = HttpClient(limits)
        self._client: SyncClient | None = None
        self._on_step = on_step
        self._sender = OutboxSender(state, config.server_url, config.kiosk_token, self.http)

    def abort(self) -> None:
        """Stop a cycle in progress (from any thread); it ends with Cancelled, changing nothing."""
        if self._client is not None:
            self._client.abort()
        self.http.abort()

    def run_once(self, deliver: bool = True) -> CycleResult:
        """Poll (and deliver): never raises except Cancelled."""
        changed = False
        status.record_attempt(self.state)
        try:
            changed = self._poll()
        except Cancelled:
            raise
        except Exception as exc:  # every failure is classified, recorded and retried on the next cycle
            info = classify(exc)
            log.warning("sync failed (%s): %s: %s", info.kind, info.cls, info.message)
            status.record_error(self.state, info)
        if deliver and self.config.kiosk_token:
            self._deliver()
        return CycleResult(changed, self.status())

    def status(self) -> dict[str, Any]:
        return status.collect_status(self.config.data_dir, self.state, self.config.stale_after_days)

    def _poll(self) -> bool:
        if self._client is None:
            self._client = SyncClient(self.config.data_dir, self.config.server_url,
                                      load_trust_root(self.config), http_client=self.http,
                                      on_step=self._on_step)
        with gc_paused():
            result = self._client.poll()
        status.record_verified(self.state, result.version, result.snapshot_version, result.changed)
        return result.changed

    def _deliver(self) -> None:
        try:
            delivery = self._sender.deliver()
            current = self.status()
            error = current.get("last_error")
            self._sender.heartbeat({
                "content_version": current["content_version"],
                "last_verified_at": current["last_verified_at"],
                "outbox_depth": current["outbox_depth"],
                "last_error": f"{error['kind']} {error['class']}" if isinstance(error, dict) else None,
            })
        except Cancelled:
            raise
        except Exception as exc:  # a broken delivery must never stop content updates
            info: ErrorInfo = classify(exc)
            log.warning("outbox delivery failed: %s: %s", info.cls, info.message)
            return
        if delivery.error:
            log.info("outbox: %d delivered, stopped on %s", delivery.delivered, delivery.error)
