"""When the signed roles a kiosk depends on expire, read from the metadata python-tuf verified and cached.

Only the offline-signed roles are watched: snapshot and timestamp live for days and the server re-signs
them on its own, while root, targets, content, registry (with its bins) and alerts need a person with a
key. Warning 30 days ahead leaves time to find that person; past the expiry every update is refused.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

WATCHED = ("root", "targets", "content", "registry", "alerts", "vacancies")
BINS = "registry-bin"
VACANCY_BINS = "vacancies-bin"
BIN_PREFIXES = (BINS, VACANCY_BINS)  # sync.layout.BIN_PREFIXES, named here so that the kiosk side stays light
WARN_BEFORE = timedelta(days=30)


def role_expiries(meta_dir: Path) -> dict[str, datetime]:
    """Each watched role's expiry (the bins as one entry, their earliest); roles never fetched are absent."""
    found: dict[str, datetime] = {}
    if not meta_dir.is_dir():
        return found
    for path in sorted(meta_dir.glob("*.json")):
        role = path.stem
        key = next((b for b in BIN_PREFIXES if role.startswith(b + "-")), role)
        if key not in (*WATCHED, *BIN_PREFIXES):
            continue
        expires = _expires(path)
        if expires is not None and (key not in found or expires < found[key]):
            found[key] = expires
    return found


def expiring(expiries: dict[str, datetime], now: datetime, within: timedelta = WARN_BEFORE) -> list[str]:
    """The roles that expire within `within` of `now` (or already have), earliest first."""
    return sorted((role for role, at in expiries.items() if at - now <= within), key=expiries.__getitem__)


def earliest(expiries: dict[str, datetime]) -> tuple[str, datetime] | None:
    """The role that expires first and when (what the heartbeat reports), or None."""
    return min(expiries.items(), key=lambda item: item[1]) if expiries else None


def _expires(path: Path) -> datetime | None:
    try:
        value = json.loads(path.read_bytes())["signed"]["expires"]
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
