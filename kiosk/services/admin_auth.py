"""The technician PIN: a salted slow hash in the configuration, and a lockout kept in state.db.

Only the scrypt hash of the PIN is ever stored (`scrypt$N$r$p$<salt>$<hash>`, self-describing so that the
cost can be raised later without breaking stored hashes). Five wrong PINs lock the pad for 15 minutes, the
next five for an hour, then 4 h, 16 h, 24 h, until a correct PIN; the counts and the lock live in
`state.db`, so pulling the power cord does not reset them. Every admin entry,
failure and lockout is logged to the "kiosk.admin" logger; the PIN itself never is.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import logging
import math
import re
import secrets
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from kiosk.app.config import CONFIG_FILE

log = logging.getLogger("kiosk.admin")

SCRYPT_N, SCRYPT_R, SCRYPT_P = 16384, 8, 1  # ~16 MiB and ~50 ms per check on kiosk hardware
SALT_BYTES, HASH_BYTES = 16, 32
MAX_FAILURES = 5
LOCK_SECONDS = 15 * 60  # the first lockout; each further one in a row is four times longer (1 h, 4 h, ...)
LOCK_GROWTH = 4
MAX_LOCK_SECONDS = 24 * 3600
# Six digits at least: with five tries per lockout, growing lockouts make 10**6 PINs take centuries, where
# a fixed 15-minute lock let a 4-digit PIN fall in about ten days.
PIN_MIN_DIGITS, PIN_MAX_DIGITS = 6, 12
PIN_PATTERN = re.compile(rf"[0-9]{{{PIN_MIN_DIGITS},{PIN_MAX_DIGITS}}}")
FAILURES_KEY = "admin.failures"
LOCKED_UNTIL_KEY = "admin.locked_until"
LOCKOUTS_KEY = "admin.lockouts"  # lockouts since the last correct PIN


class KeyValueStore(Protocol):
    """What PinGate needs from `kiosk.services.state.StateStore`."""

    def get(self, key: str) -> str | None: ...
    def put(self, key: str, value: str) -> None: ...


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str) -> str:
    """A new salted scrypt hash of `pin`, as `scrypt$16384$8$1$<salt b64>$<hash b64>`."""
    if not PIN_PATTERN.fullmatch(pin):
        raise ValueError(f"the PIN must be {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits")
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    maxmem = 128 * r * (n + p + 2) + 1024 * 1024
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=length)


def parse_hash(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    """(n, r, p, salt, digest) of a stored hash, or None if it is not one we can check safely."""
    parts = stored.strip().split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return None
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt, digest = base64.b64decode(parts[4], validate=True), base64.b64decode(parts[5], validate=True)
    except ValueError:
        return None
    # Bounds keep a tampered configuration from making one check take minutes or gigabytes.
    if n < 2 or n & (n - 1) or n > 2**20 or not 1 <= r <= 32 or not 1 <= p <= 16:
        return None
    if len(salt) < 8 or not 16 <= len(digest) <= 64:
        return None
    return n, r, p, salt, digest


def verify_pin(pin: str, stored: str) -> bool:
    """Whether `pin` matches `stored` (compared in constant time). A malformed hash matches nothing."""
    parsed = parse_hash(stored)
    if parsed is None:
        return False
    n, r, p, salt, digest = parsed
    return hmac.compare_digest(_scrypt(pin, salt, n, r, p, len(digest)), digest)


class Outcome(enum.Enum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"
    DISABLED = "disabled"


class PinGate:
    """Checks PINs against the configured hash and enforces the lockout.

    `attempt()` is slow on purpose (scrypt) and touches state.db: call it off the UI thread. `clock` returns
    seconds since the epoch and is injectable for tests.
    """

    def __init__(
        self, stored_hash: str, state: KeyValueStore, clock: Callable[[], float] = time.time
    ) -> None:
        self._hash = stored_hash.strip()
        self._state = state
        self._clock = clock
        if not self._hash:
            log.warning("admin entry disabled: no admin PIN set (run `kiosk set-pin`)")
        elif parse_hash(self._hash) is None:
            log.error("admin entry disabled: admin_pin_hash in the configuration is not a valid scrypt hash")

    @property
    def enabled(self) -> bool:
        return parse_hash(self._hash) is not None

    def locked_seconds(self) -> int:
        """Seconds left of the lockout, 0 when the pad may be used."""
        raw = self._state.get(LOCKED_UNTIL_KEY)
        if not raw:
            return 0
        now = self._clock()
        longest = lock_seconds(max(0, self._count(LOCKOUTS_KEY) - 1))
        try:
            until = float(raw)
        except ValueError:
            until = now + longest
        if until - now > longest:  # the clock was set back: never lock for longer than intended
            until = now + longest
            self._state.put(LOCKED_UNTIL_KEY, repr(until))
        return max(0, math.ceil(until - now))

    def locked_minutes(self) -> int:
        return math.ceil(self.locked_seconds() / 60)

    def attempts_left(self) -> int:
        """Wrong PINs still allowed before the pad locks."""
        return max(0, MAX_FAILURES - self._failures())

    def attempt(self, pin: str) -> Outcome:
        """Check one PIN entry, updating and logging the failure count and the lock."""
        if not self.enabled:
            log.warning("admin PIN entered but admin entry is disabled (no valid PIN hash configured)")
            return Outcome.DISABLED
        if self.locked_seconds() > 0:
            log.warning("admin PIN entered while locked (%d s left)", self.locked_seconds())
            return Outcome.LOCKED
        if verify_pin(pin, self._hash):
            self._state.put(FAILURES_KEY, "0")
            self._state.put(LOCKOUTS_KEY, "0")
            log.warning("admin entry: correct PIN, admin screen opened")
            return Outcome.OK
        failures = self._failures() + 1
        if failures >= MAX_FAILURES:
            lockouts = self._count(LOCKOUTS_KEY)
            seconds = lock_seconds(lockouts)
            self._state.put(LOCKOUTS_KEY, str(lockouts + 1))
            self._state.put(LOCKED_UNTIL_KEY, repr(self._clock() + seconds))
            self._state.put(FAILURES_KEY, "0")
            log.warning("admin PIN wrong %d times: pad locked for %d minutes (lockout %d in a row)",
                        failures, seconds // 60, lockouts + 1)
            return Outcome.LOCKED
        self._state.put(FAILURES_KEY, str(failures))
        log.warning("admin PIN wrong (failure %d of %d)", failures, MAX_FAILURES)
        return Outcome.WRONG

    def _failures(self) -> int:
        return self._count(FAILURES_KEY)

    def _count(self, key: str) -> int:
        try:
            return max(0, int(self._state.get(key) or 0))
        except ValueError:
            return 0


def lock_seconds(earlier_lockouts: int) -> int:
    """How long the pad locks after `earlier_lockouts` lockouts in a row: 15 min, 1 h, 4 h, 16 h, 24 h."""
    return min(MAX_LOCK_SECONDS, LOCK_SECONDS * LOCK_GROWTH ** min(earlier_lockouts, 8))


def set_pin(data_dir: Path, pin: str) -> Path:
    """Write `admin_pin_hash` for `pin` into `data_dir/kiosk.toml`, keeping every other line as it was.

    The file is replaced atomically (temporary file, fsync, rename) so a power cut leaves the old or the new
    configuration, never half of one.
    """
    path = data_dir / CONFIG_FILE
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    line = f'admin_pin_hash = "{hash_pin(pin)}"'
    lines = old.splitlines()
    key = re.compile(r"\s*admin_pin_hash\s*=")
    if any(key.match(x) for x in lines):
        lines = [line if key.match(x) else x for x in lines]
    else:  # top-level keys must come before the first [table], if a file ever has one
        at = next((i for i, x in enumerate(lines) if x.lstrip().startswith("[")), len(lines))
        lines.insert(at, line)
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)  # never write a file the kiosk could not read back
    from content.fsutil import atomic_write  # `kiosk set-pin` writes; the kiosk's start-up only reads

    atomic_write(path, text.encode("utf-8"))
    log.warning("admin PIN changed in %s", path)
    return path
