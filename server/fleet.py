"""The fleet view's judgement of each kiosk: how long since it was heard from, and what is wrong.

Ages count from when this server received the heartbeat (its own clock), never from the kiosk's clock, so a
kiosk with a wrong clock cannot look healthy. One rule each, here, for the API, the pages and the console.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sync.trust_expiry import WARN_BEFORE

OFFLINE_AFTER = timedelta(minutes=30)   # a kiosk syncs every few minutes; half an hour of silence is news
STALE_AFTER = timedelta(days=2)          # content not verified for this long: licence answers turn "stale"
DISK_LOW_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Flag:
    # offline, stale, outbox_growing, token_rejected, disk_full, revoked, trust_expiring, trust_expired,
    # error
    name: str
    message: str


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else None


def age_words(seconds: float | None) -> str:
    """"4 min", "3 h 10 min", "2 d 5 h", or "never"."""
    if seconds is None:
        return "never"
    seconds = max(0, int(seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min" if minutes else f"{seconds} s"


def judge(kiosk: dict[str, Any], now: datetime) -> dict[str, Any]:
    """The kiosk's row plus `age_s`, `age` (words) and `flags` ([{name, message}])."""
    seen = _parse(kiosk.get("last_seen_server"))
    age = (now - seen).total_seconds() if seen else None
    flags: list[Flag] = []
    if kiosk.get("revoked_at"):
        flags.append(Flag("revoked", f"token revoked at {kiosk['revoked_at']}"))
    if seen is None:
        flags.append(Flag("offline", "never sent a heartbeat"))
    elif now - seen > OFFLINE_AFTER:
        flags.append(Flag("offline", f"no heartbeat for {age_words(age)}"))
    verified = _parse(kiosk.get("last_verified_at"))
    if seen is not None and (verified is None or now - verified > STALE_AFTER):
        flags.append(Flag("stale", f"content not verified for {age_words((now - verified).total_seconds())}"
                          if verified else "content never verified"))
    before, depth = kiosk.get("outbox_depth_before"), kiosk.get("outbox_depth")
    if isinstance(before, int) and isinstance(depth, int) and depth > before:
        flags.append(Flag("outbox_growing", f"outbox grew from {before} to {depth} events"))
    if kiosk.get("token_rejected_at"):
        flags.append(Flag("token_rejected",
                          f"presented a revoked or expired token at {kiosk['token_rejected_at']}"))
    free = kiosk.get("disk_free_bytes")
    if isinstance(free, int) and free < DISK_LOW_BYTES:
        flags.append(Flag("disk_full", f"only {free // (1024 * 1024)} MB free on the data disk"))
    if (trust := _trust_flag(kiosk, now)) is not None:
        flags.append(trust)
    if kiosk.get("last_error"):
        flags.append(Flag("error", str(kiosk["last_error"])))
    return {**kiosk, "age_s": None if age is None else int(age), "age": age_words(age),
            "flags": [{"name": f.name, "message": f.message} for f in flags]}


def _trust_flag(kiosk: dict[str, Any], now: datetime) -> Flag | None:
    """A kiosk whose own verified trust (the earliest expiring signed role it holds, from its heartbeat)
    runs out within `WARN_BEFORE`: the same 30 days as `kiosk status`. Past it, the kiosk takes no update."""
    expires = _parse(kiosk.get("trust_expires_at"))
    if expires is None or expires - now > WARN_BEFORE:
        return None
    role = kiosk.get("trust_expires_role") or "a"
    when = expires.date().isoformat()
    if expires <= now:
        return Flag("trust_expired", f"signed {role} role expired on {when}: this kiosk takes no update")
    left = age_words((expires - now).total_seconds())
    return Flag("trust_expiring", f"signed {role} role expires in {left} ({when})")
