"""What the kiosk knows about its sync: recorded in `state.db`, shown by `kiosk status` and the UI.

`last_verified_at` is the moment the kiosk last confirmed, through a complete verified poll, that what it
shows is the newest signed content. It is what licence verdicts must use to decide staleness, rather than
`content.db`'s `applied_at` (a kiosk that re-applies old data, or never reached the server, is not fresh).
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kiosk.services.state import StateStore

if TYPE_CHECKING:  # the verdict screen reads last_verified(): keep this module free of tuf and the apply
    from sync.errors import ErrorInfo

STATUS_KEY = "sync.status"


def _now() -> datetime:
    return datetime.now(UTC)


def _read(state: StateStore) -> dict[str, Any]:
    raw = state.get(STATUS_KEY)
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _write(state: StateStore, values: dict[str, Any]) -> None:
    state.put(STATUS_KEY, json.dumps(values, sort_keys=True))


def record_attempt(state: StateStore, now: datetime | None = None) -> None:
    _write(state, {**_read(state), "last_attempt_at": (now or _now()).isoformat(timespec="seconds")})


def record_verified(state: StateStore, version: str | None, snapshot_version: int, changed: bool,
                    now: datetime | None = None) -> None:
    """A complete verified poll: what is shown is the newest signed content as of `now`."""
    at = (now or _now()).isoformat(timespec="seconds")
    values = {**_read(state), "last_verified_at": at, "content_version": version,
              "snapshot_version": snapshot_version, "last_error": None}
    if changed:
        values["last_applied_at"] = at
    _write(state, values)


def record_error(state: StateStore, info: ErrorInfo, now: datetime | None = None) -> None:
    error = {**info.to_json(), "at": (now or _now()).isoformat(timespec="seconds")}
    _write(state, {**_read(state), "last_error": error})


def last_verified(state: StateStore) -> datetime | None:
    """When the kiosk last completed a verified refresh, or None if it never has."""
    value = _read(state).get("last_verified_at")
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def collect_status(data_dir: Path, state: StateStore, stale_after_days: int = 7,
                   now: datetime | None = None) -> dict[str, Any]:
    """Everything `kiosk status` shows, as JSON-ready values (no Qt, no network)."""
    from sync.client import content_version

    recorded = _read(state)
    verified = last_verified(state)
    now = now or _now()
    from sync.assemble import applied_manifest

    manifest = applied_manifest(data_dir) or {}
    targets = manifest.get("targets") if isinstance(manifest.get("targets"), dict) else {}
    return {
        "content_version": content_version(data_dir),
        "synced_bundle_version": manifest.get("version"),
        "last_verified_at": verified.isoformat() if verified else None,
        "stale": verified is None or (now - verified).days > stale_after_days,
        "last_attempt_at": recorded.get("last_attempt_at"),
        "last_applied_at": recorded.get("last_applied_at"),
        "snapshot_version": recorded.get("snapshot_version"),
        "last_error": recorded.get("last_error"),
        "outbox_depth": state.outbox_depth(),
        "targets": {name: str(info.get("sha256", ""))[:16] for name, info in sorted(targets.items())
                    if isinstance(info, dict)},
    }


def format_status(status: dict[str, Any]) -> str:
    """The human-readable form of `collect_status`."""
    error = status.get("last_error")
    lines = [
        f"content version:    {status['content_version'] or 'none'}",
        f"last verified:      {status['last_verified_at'] or 'never'}"
        + ("  (STALE: licence results warn)" if status["stale"] else ""),
        f"last attempt:       {status['last_attempt_at'] or 'never'}",
        f"last error:         {_error_line(error)}",
        f"outbox depth:       {status['outbox_depth']}",
        f"targets ({len(status['targets'])}):" + ("" if status["targets"] else " none synced yet"),
    ]
    lines += [f"  {name:<34} {digest}" for name, digest in status["targets"].items()]
    return "\n".join(lines)


def _error_line(error: Any) -> str:
    if not isinstance(error, dict):
        return "none"
    return f"{error.get('kind')} {error.get('class')} at {error.get('at')}: {error.get('message')}"


def run_status(data_dir: Path, as_json: bool, out: TextIO | None = None) -> int:
    """`kiosk status [--json]`: print the status of the kiosk whose data folder is `data_dir`."""
    from kiosk.app.config import ConfigError, load_config

    out = out or sys.stdout
    try:
        stale_days = load_config(data_dir).stale_after_days
    except ConfigError as exc:
        print(f"kiosk status: configuration error: {exc}", file=sys.stderr)
        return 2
    state = StateStore(data_dir)
    try:
        status = collect_status(data_dir, state, stale_days)
    finally:
        state.close()
    print(json.dumps(status, indent=2, sort_keys=True) if as_json else format_status(status), file=out)
    return 0
