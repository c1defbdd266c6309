"""What the kiosk knows about its sync: recorded in its status store (`state.db`), shown by `kiosk status`
and the UI.

`last_verified_at` is the moment the kiosk last confirmed, through a complete verified poll, that what it
shows is the newest signed content. This module only records and reports facts; whether licence results
are stale is decided in one place on the kiosk side, `kiosk.services.verdicts.registry_freshness`.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sync.interfaces import ErrorInfo, OutboxStore, StatusStore  # free of tuf, as this module must stay
from sync.trust_expiry import BIN_PREFIXES  # a light module: sync.layout brings in the content model

STATUS_KEY = "sync.status"


def _now() -> datetime:
    return datetime.now(UTC)


def _read(state: StatusStore) -> dict[str, Any]:
    raw = state.get(STATUS_KEY)
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _write(state: StatusStore, values: dict[str, Any]) -> None:
    state.put(STATUS_KEY, json.dumps(values, sort_keys=True))


def record_attempt(state: StatusStore, now: datetime | None = None) -> None:
    _write(state, {**_read(state), "last_attempt_at": (now or _now()).isoformat(timespec="seconds")})


def record_verified(state: StatusStore, version: str | None, snapshot_version: int, changed: bool,
                    now: datetime | None = None, registry_as_of: datetime | None = None,
                    timestamp_version: int | None = None) -> None:
    """A complete verified poll: what is shown is the newest signed content as of `now`, and the
    licensing office signed the registry as current at `registry_as_of`. The snapshot and timestamp
    versions are kept as the floor of `applied_floor`."""
    at = (now or _now()).isoformat(timespec="seconds")
    values = {**_read(state), "last_verified_at": at, "content_version": version,
              "snapshot_version": snapshot_version, "last_error": None,
              "timestamp_version": timestamp_version,
              "registry_as_of": registry_as_of.isoformat(timespec="seconds") if registry_as_of else None}
    if changed:
        values["last_applied_at"] = at
    _write(state, values)


def record_error(state: StatusStore, info: ErrorInfo, now: datetime | None = None) -> None:
    error = {**info.to_json(), "at": (now or _now()).isoformat(timespec="seconds")}
    _write(state, {**_read(state), "last_error": error})


def record_token(state: StatusStore, rejected: bool, now: datetime | None = None) -> None:
    """The server's last word on this kiosk's token: a 401/403 sets `token_rejected_at`, a 2xx clears it.

    Kept apart from `last_error` (which a good content poll clears): content can keep updating while the
    server refuses every report, and the technician must see that.
    """
    values = _read(state)
    if rejected and not values.get("token_rejected_at"):
        _write(state, {**values, "token_rejected_at": (now or _now()).isoformat(timespec="seconds")})
    elif not rejected and values.get("token_rejected_at"):
        _write(state, {**values, "token_rejected_at": None})


def role_versions(data_dir: Path) -> dict[str, int]:
    """The version of each signed role the kiosk holds (the hash bins of the registry and the vacancies left
    out: there are dozens, and the server takes at most 32 roles in a heartbeat)."""
    versions: dict[str, int] = {}
    for path in sorted((data_dir / "sync" / "tuf").glob("*.json")):
        if any(path.stem.startswith(prefix + "-") for prefix in BIN_PREFIXES):
            continue
        try:
            version = json.loads(path.read_bytes())["signed"]["version"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if isinstance(version, int):
            versions[path.stem] = version
    return versions


def app_version() -> str:
    """The installed kiosk's version (a frozen build without package metadata says "unknown")."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("migration-kiosk")
    except PackageNotFoundError:
        return "unknown"


def applied_floor(state: StatusStore) -> tuple[int, int]:
    """(timestamp version, snapshot version) of the newest signed metadata this kiosk verified, 0 where
    unknown. Kept in state.db, apart from the TUF cache and `.sync.json`: a kiosk that lost both still
    refuses a replayed older repository (`sync.client` checks it on every poll)."""
    values = _read(state)
    return _version(values.get("timestamp_version")), _version(values.get("snapshot_version"))


def _version(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def last_verified(state: StatusStore) -> datetime | None:
    """When the kiosk last completed a verified refresh, or None if it never has."""
    return _time(_read(state).get("last_verified_at"))


def registry_as_of(state: StatusStore) -> datetime | None:
    """The licensing office's signed "as of" time of the registry the kiosk last verified."""
    return _time(_read(state).get("registry_as_of"))


def _time(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def collect_status(data_dir: Path, state: OutboxStore, content_version: str | None,
                   now: datetime | None = None) -> dict[str, Any]:
    """The sync facts `kiosk status` shows, as JSON-ready values (no Qt, no network); the kiosk adds
    whether licence results are stale. `content_version` is the version of the content in use;
    `trust_expiring` names the offline-signed roles that expire within 30 days of `now`."""
    from sync.assemble import applied_manifest
    from sync.trust_expiry import expiring, role_expiries

    recorded = _read(state)
    verified, as_of = last_verified(state), registry_as_of(state)
    expiries = role_expiries(data_dir / "sync" / "tuf")
    manifest = applied_manifest(data_dir) or {}
    listed = manifest.get("targets")
    targets: dict[str, Any] = listed if isinstance(listed, dict) else {}
    return {
        "content_version": content_version,
        "synced_bundle_version": manifest.get("version"),
        "last_verified_at": verified.isoformat() if verified else None,
        "registry_as_of": as_of.isoformat() if as_of else None,
        "trust_expires": {role: at.isoformat() for role, at in expiries.items()},
        "trust_expiring": expiring(expiries, now or _now()),
        "last_attempt_at": recorded.get("last_attempt_at"),
        "last_applied_at": recorded.get("last_applied_at"),
        "snapshot_version": recorded.get("snapshot_version"),
        "last_error": recorded.get("last_error"),
        "token_rejected_at": recorded.get("token_rejected_at"),
        "outbox_depth": state.outbox_depth(),
        "targets": {name: str(info.get("sha256", ""))[:16] for name, info in sorted(targets.items())
                    if isinstance(info, dict)},
    }
