"""`state.db`: the kiosk's own durable state — the outbox of events for the agency (fraud reports first).

Unlike `content.db` this file is precious: WAL with `synchronous=FULL`, so a report is on disk before the
traveller is told it was received. Each event gets an idempotency key (its id) so that delivery can be
retried until the server confirms, without ever storing it twice there.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sync.interfaces import OutboxEvent

if TYPE_CHECKING:
    from nacl.public import PublicKey

__all__ = ["STATE_DB", "OutboxEvent", "StateStore", "new_reference"]

STATE_DB = "state.db"
SCHEMA_VERSION = 2  # 2: delivered payloads are scrubbed to their hash
# Reference codes are read aloud and copied by hand: no 0/O, 1/I/L look-alikes.
_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id TEXT PRIMARY KEY,            -- idempotency key sent with the event
    kind TEXT NOT NULL,             -- 'report', 'callback', 'heartbeat', 'usage'
    reference TEXT UNIQUE,          -- shown to the traveller for reports and call-back requests
    created_at TEXT NOT NULL,
    payload TEXT NOT NULL,          -- JSON
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    delivered_at TEXT,
    last_error TEXT
);
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (delivered_at, next_attempt_at);
CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, count INTEGER NOT NULL);
"""


# What a traveller typed (a phone number) must leave the kiosk once the server has it: these kinds are
# deleted, not kept, when the server confirms them.
REMOVE_ON_DELIVERY: frozenset[str] = frozenset({"callback"})


def new_reference(prefix: str = "R") -> str:
    """A short code like `R-7K3Q-9M2X` that a traveller can read out on the phone."""
    chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))
    return f"{prefix}-{chars[:4]}-{chars[4:]}"


def scrubbed_payload(payload: str) -> str:
    """What stays of a delivered event's payload: its hash (idempotent: a scrubbed payload stays as is)."""
    try:
        doc = json.loads(payload)
    except ValueError:
        doc = None
    if isinstance(doc, dict) and set(doc) == {"sha256"}:
        return payload
    return json.dumps({"sha256": hashlib.sha256(payload.encode("utf-8")).hexdigest()})


class StateStore:
    """Thread-safe access to `state.db` (one connection guarded by a lock; writes are tiny)."""

    def __init__(self, data_dir: Path, seal_key: str = "") -> None:
        """`seal_key`: the agency's public key (setting `report_seal_key`); when set, reports and
        call-back requests are sealed to it before they are written (`sync.sealing`, imported only then:
        its cryptography library is not needed for the attract screen's first paint)."""
        self._seal_to: PublicKey | None = None
        if seal_key:
            from sync import sealing

            self._seal_to = sealing.public_key(seal_key)
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / STATE_DB
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._conn.create_function("scrubbed", 1, scrubbed_payload, deterministic=True)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        # A deleted row's or scrubbed payload's bytes (a traveller's phone number) are overwritten, not
        # left in free pages.
        self._conn.execute("PRAGMA secure_delete=ON")
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise RuntimeError(f"{self.path} is from a newer kiosk (schema {version} > {SCHEMA_VERSION})")
        self._conn.executescript(_SCHEMA)
        if version < 2:
            self._scrub_delivered()
        self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def add_report(self, payload: dict[str, Any]) -> str:
        """Store a fraud report durably and return its reference code (only after the commit)."""
        return self._add_referenced("report", payload, "R")

    def add_callback(self, payload: dict[str, Any]) -> str:
        """Store a call-back request durably and return its reference code (only after the commit).

        The caller checks the request first (`content.callbacks.callback_problems`)."""
        return self._add_referenced("callback", payload, "C")

    def _add_referenced(self, kind: str, payload: dict[str, Any], prefix: str) -> str:
        if self._seal_to is not None:
            from sync import sealing

            payload = sealing.seal(payload, self._seal_to)
        with self._lock:
            for _ in range(5):
                reference = new_reference(prefix)
                try:
                    self._insert(kind, payload, reference)
                    return reference
                except sqlite3.IntegrityError:
                    continue  # a reference collision: astronomically rare, try another code
        raise RuntimeError(f"could not allocate a unique {kind} reference")

    def add_event(self, kind: str, payload: dict[str, Any]) -> str:
        """Store any other event (heartbeat, usage counts); returns its id."""
        with self._lock:
            return self._insert(kind, payload, None)

    def _insert(self, kind: str, payload: dict[str, Any], reference: str | None) -> str:
        event_id = str(uuid.uuid4())
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            self._conn.execute(
                "INSERT INTO outbox (id, kind, reference, created_at, payload) VALUES (?, ?, ?, ?, ?)",
                (event_id, kind, reference, now, json.dumps(payload, ensure_ascii=False, sort_keys=True)),
            )
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        return event_id

    def pending(self, limit: int = 100) -> list[OutboxEvent]:
        """Events not yet confirmed by the server, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, kind, reference, created_at, payload, attempts, delivered_at FROM outbox "
                "WHERE delivered_at IS NULL ORDER BY rowid LIMIT ?",
                (limit,),
            ).fetchall()
        return [OutboxEvent(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6]) for r in rows]

    def due(self, now: datetime, limit: int = 100) -> list[OutboxEvent]:
        """Undelivered events whose retry time has come (or that were never tried), oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, kind, reference, created_at, payload, attempts, delivered_at FROM outbox "
                "WHERE delivered_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
                "ORDER BY rowid LIMIT ?",
                (now.astimezone(UTC).isoformat(timespec="seconds"), limit),
            ).fetchall()
        return [OutboxEvent(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6]) for r in rows]

    def mark_delivered(self, event_id: str) -> None:
        """The server confirmed the event: it is never sent again, and what the traveller typed (a phone
        number, a recruiter's name) leaves the kiosk. Kinds in REMOVE_ON_DELIVERY are deleted; other rows
        keep their id, reference, times and the payload's sha256, enough to recognise a duplicate. The old
        bytes are zeroed (secure_delete) and the write-ahead log truncated: they survive in neither file."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        removable = tuple(sorted(REMOVE_ON_DELIVERY))
        marks = ", ".join("?" for _ in removable)
        with self._lock:
            self._conn.execute(f"DELETE FROM outbox WHERE id = ? AND kind IN ({marks})",
                               (event_id, *removable))
            self._conn.execute(
                "UPDATE outbox SET delivered_at = ?, last_error = NULL, payload = scrubbed(payload) "
                "WHERE id = ? AND delivered_at IS NULL",
                (now, event_id),
            )
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _scrub_delivered(self) -> None:
        """A state.db from before scrubbing: forget what delivered events carried."""
        self._conn.execute("UPDATE outbox SET payload = scrubbed(payload) WHERE delivered_at IS NOT NULL")
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def mark_failed(self, event_id: str, error: str, next_attempt_at: datetime) -> None:
        """A delivery attempt failed: count it and do not retry before `next_attempt_at`."""
        with self._lock:
            self._conn.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
                "WHERE id = ? AND delivered_at IS NULL",
                (error[:500], next_attempt_at.astimezone(UTC).isoformat(timespec="seconds"), event_id),
            )

    def outbox_depth(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL").fetchone()[0]

    def get(self, key: str) -> str | None:
        """A small durable setting or status value (sync status, admin lockout, ...)."""
        with self._lock:
            row = self._conn.execute("SELECT value FROM kv WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, key: str, value: str) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT INTO kv (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def count(self, names: list[str]) -> None:
        """Add one to each anonymous usage counter in `names` (e.g. which red flags fired), in one commit.

        Only the counter names are kept: never what a traveller answered or typed, nor when."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(
                    "INSERT INTO counters (name, count) VALUES (?, 1)"
                    " ON CONFLICT(name) DO UPDATE SET count = count + 1",
                    [(name,) for name in names],
                )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def counters(self, prefix: str = "") -> dict[str, int]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT name, count FROM counters WHERE substr(name, 1, ?) = ? ORDER BY name",
                (len(prefix), prefix),
            ).fetchall()
        return dict(rows)

    def report(self, reference: str) -> OutboxEvent | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT id, kind, reference, created_at, payload, attempts, delivered_at FROM outbox "
                "WHERE reference = ?",
                (reference,),
            ).fetchone()
        return (
            OutboxEvent(row[0], row[1], row[2], row[3], json.loads(row[4]), row[5], row[6]) if row else None
        )
