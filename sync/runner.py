"""One sync cycle of a kiosk: poll the signed repository, deliver the outbox, send a heartbeat.

This is what the kiosk's Qt `SyncService` runs off the UI thread, and what `kiosk sync` runs headless (the
kill tests start it as a process and kill it at random points). It never raises for a failed poll or
delivery: the failure is classified and recorded in the status store, and the next cycle tries again.
Everything kiosk-specific is handed in (see `sync/interfaces.py`); the kiosk builds runners in
`kiosk.services.sync_wiring`.
"""

from __future__ import annotations

import gc
import logging
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sync import status
from sync.client import Clock, SyncClient
from sync.errors import Cancelled, ErrorInfo, classify
from sync.http import HttpClient, Limits
from sync.interfaces import ContentSink, CycleResult, OutboxStore, StepHook, SyncSettings
from sync.outbox import OutboxSender
from sync.trust_expiry import earliest, role_expiries

__all__ = ["CycleResult", "SyncRunner", "TrustRootLoader", "gc_paused"]
log = logging.getLogger(__name__)

TrustRootLoader = Callable[[], bytes]  # raises sync.errors.NoTrustRootError when there is none


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


class SyncRunner:
    """Owns the HTTP client (so an ETag and kept-alive connection survive between polls).

    `trust_root` is called on the first poll (a missing root is then recorded as a "local" error, like any
    other failure); `content` is where verified bundles go; `state` keeps the status and the outbox.
    """

    def __init__(self, settings: SyncSettings, state: OutboxStore, content: ContentSink,
                 trust_root: TrustRootLoader, *, limits: Limits | None = None,
                 on_step: StepHook | None = None, clock: Clock | None = None) -> None:
        self.settings, self.state, self.content = settings, state, content
        self._trust_root = trust_root
        self.clock = clock  # None: the real time (tests pass their own to travel in time)
        self.http = HttpClient(limits)
        self._client: SyncClient | None = None
        self._on_step = on_step
        self._sender = OutboxSender(state, settings.server_url, settings.kiosk_token, self.http)

    def abort(self) -> None:
        """Stop a cycle in progress (from any thread); it ends with Cancelled, changing nothing."""
        if self._client is not None:
            self._client.abort()
        self.http.abort()

    @property
    def part_lookups(self) -> int:
        """Registry part names the last poll looked up through python-tuf (see `sync.bins`); 0 before."""
        return self._client.parts.last_lookups if self._client is not None else 0

    def run_once(self, deliver: bool = True) -> CycleResult:
        """Poll (and deliver): never raises except Cancelled."""
        changed = False
        status.record_attempt(self.state, self._now())
        try:
            changed = self._poll()
        except Cancelled:
            raise
        except Exception as exc:  # every failure is classified, recorded and retried on the next cycle
            info = classify(exc)
            log.warning("sync failed (%s): %s: %s", info.kind, info.cls, info.message)
            status.record_error(self.state, info, self._now())
        if deliver and self.settings.kiosk_token:
            self._deliver()
        return CycleResult(changed, self.status())

    def status(self) -> dict[str, Any]:
        return status.collect_status(self.settings.data_dir, self.state, self.content.version(), self._now())

    def _now(self) -> datetime | None:
        return self.clock() if self.clock else None

    def _poll(self) -> bool:
        if self._client is None:
            self._client = SyncClient(self.settings.data_dir, self.settings.server_url, self._trust_root(),
                                      self.content, http_client=self.http, on_step=self._on_step,
                                      clock=self.clock, floor=lambda: status.applied_floor(self.state))
        with gc_paused():
            result = self._client.poll()
        status.record_verified(self.state, result.version, result.snapshot_version, result.changed,
                               self._now(), registry_as_of=result.registry_as_of,
                               timestamp_version=result.timestamp_version)
        return result.changed

    def _deliver(self) -> None:
        try:
            delivery = self._sender.deliver()
            current = self.status()
            error = current.get("last_error")
            trust = earliest(role_expiries(self.settings.data_dir / "sync" / "tuf"))
            answer = self._sender.heartbeat({
                "content_version": current["content_version"],
                "content_versions": status.role_versions(self.settings.data_dir),
                "app_version": status.app_version(),
                "disk_free_bytes": _disk_free(self.settings.data_dir),
                "last_verified_at": current["last_verified_at"],
                "outbox_depth": current["outbox_depth"],
                "last_error": f"{error['kind']} {error['class']}" if isinstance(error, dict) else None,
                "trust_expires_role": trust[0] if trust else None,
                "trust_expires_at": trust[1].isoformat() if trust else None,
            })
            refused = answer in (401, 403) or delivery.error in ("HTTP 401", "HTTP 403")
            if refused or 200 <= answer < 300:
                status.record_token(self.state, refused)
        except Cancelled:
            raise
        except Exception as exc:  # a broken delivery must never stop content updates
            info: ErrorInfo = classify(exc)
            log.warning("outbox delivery failed: %s: %s", info.cls, info.message)
            return
        if delivery.error:
            log.info("outbox: %d delivered, stopped on %s", delivery.delivered, delivery.error)


def _disk_free(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None
