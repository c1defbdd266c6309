"""How the kiosk hands the sync client what it needs: settings, trust root, state.db and content.db.

`sync/` knows nothing of the kiosk (python-tuf style: its `SyncRunner` takes interfaces, see
`sync/interfaces.py`). This module is the kiosk's side of that contract: `make_runner` builds a runner for
one kiosk configuration, used by the Qt `SyncService`, by `kiosk sync` and by the tests. It imports the
update client (tuf), so import it only where a sync runs, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.app.config import Config
from kiosk.app.paths import resource_root
from kiosk.data.apply import apply_bundle
from kiosk.data.isolated import apply_isolated
from kiosk.services.state import StateStore
from kiosk.services.store import content_version
from kiosk.services.verdicts import freshness_from_files
from sync.errors import NoTrustRootError
from sync.http import Limits
from sync.interfaces import CancelCheck, StepHook, SyncSettings
from sync.runner import SyncRunner
from sync.status import collect_status

__all__ = ["KioskContent", "content_version", "kiosk_status", "load_trust_root", "make_runner",
           "shipped_trust_root", "sync_settings", "trust_root_path"]


def shipped_trust_root() -> Path:
    """The bootstrap root.json shipped inside the app (written by `kiosk-admin init --trust-out`)."""
    return resource_root() / "deploy" / "trust" / "root.json"


def trust_root_path(config: Config) -> Path:
    return Path(config.trust_root) if config.trust_root else shipped_trust_root()


def load_trust_root(config: Config) -> bytes:
    path = trust_root_path(config)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise NoTrustRootError(f"no trust root at {path}: the kiosk cannot verify updates") from exc


class KioskContent:
    """The kiosk's `content.db` as the sync client's `ContentSink`.

    With `isolate` (the default) a bundle is applied by a child `kiosk apply` process, so that the app's UI
    thread never waits for the GIL during a big apply (see `kiosk/data/isolated.py`); without it, in this
    process (tests that interrupt the apply at a named step).
    """

    def __init__(self, data_dir: Path, isolate: bool = True) -> None:
        self.data_dir, self.isolate = data_dir, isolate

    def version(self) -> str | None:
        return content_version(self.data_dir)

    def apply(self, bundle_dir: Path, step: StepHook, check: CancelCheck) -> None:
        if self.isolate:
            step("apply")
            apply_isolated(bundle_dir, self.data_dir, check, resource_root())
        else:
            apply_bundle(bundle_dir, self.data_dir, on_step=step)


def sync_settings(config: Config) -> SyncSettings:
    return SyncSettings(config.data_dir, config.server_url, config.kiosk_token)


def make_runner(config: Config, state: StateStore, *, limits: Limits | None = None,
                on_step: StepHook | None = None, isolate_apply: bool = True,
                clock: Callable[[], datetime] | None = None) -> SyncRunner:
    """A sync runner for this kiosk: its server, token, trust root, state.db and content.db (`clock`:
    tests that travel in time)."""
    return SyncRunner(sync_settings(config), state, KioskContent(config.data_dir, isolate_apply),
                      lambda: load_trust_root(config), limits=limits, on_step=on_step, clock=clock)


def kiosk_status(config: Config, state: StateStore, now: datetime | None = None) -> dict[str, Any]:
    """What `kiosk status` shows: the sync facts plus whether licence results are stale (the one rule in
    `kiosk.services.verdicts`)."""
    status = collect_status(config.data_dir, state, content_version(config.data_dir), now)
    today = (now or datetime.now(UTC)).date()
    status["stale"] = freshness_from_files(config.data_dir, state, today, config.stale_after_days).stale
    return status
