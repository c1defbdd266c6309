"""The reference server's own store (SQLite): enrolled kiosks and the events they sent.

An event is stored once per (kiosk, idempotency key): a retried delivery finds the row and is answered as
a duplicate, so at-least-once delivery from the kiosk becomes exactly-once storage here. A heartbeat also
updates its kiosk's row, which is what `kiosk-admin fleet` shows. Tokens are stored as sha256 hashes.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

SERVER_DB = "server.db"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS kiosks (
    kiosk_id TEXT PRIMARY KEY,
    token_sha256 TEXT NOT NULL UNIQUE,
    enrolled_at TEXT NOT NULL,
    last_seen TEXT,
    content_version TEXT,
    last_verified_at TEXT,
    outbox_depth INTEGER,
    last_error TEXT
);
CREATE TABLE IF NOT EXISTS events (
    kiosk_id TEXT NOT NULL,
    event_id TEXT NOT NULL,             -- the Idempotency-Key
    kind TEXT NOT NULL,
    reference TEXT,
    created_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (kiosk_id, event_id)
);
"""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class ServerDB:
    """Opens a short connection per call: safe from FastAPI's worker threads and from the admin CLI."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._conn() as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(_SCHEMA)

    @contextmanager
    def _conn(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            conn.execute("PRAGMA synchronous=FULL")  # a 2xx promises the event is on disk
            yield conn
        finally:
            conn.close()

    def enrol(self, kiosk_id: str) -> str:
        """Issue a new token for `kiosk_id` (replacing any earlier one) and return it; it is shown once."""
        token = secrets.token_urlsafe(32)
        with self._conn() as conn:
            conn.execute(
                "INSERT INTO kiosks (kiosk_id, token_sha256, enrolled_at) VALUES (?, ?, ?)"
                " ON CONFLICT(kiosk_id) DO UPDATE SET token_sha256 = excluded.token_sha256",
                (kiosk_id, _hash(token), _now()))
        return token

    def kiosk_for(self, token: str) -> str | None:
        with self._conn() as conn:
            row = conn.execute("SELECT kiosk_id FROM kiosks WHERE token_sha256 = ?",
                               (_hash(token),)).fetchone()
        return row[0] if row else None

    def store_event(self, kiosk_id: str, event_id: str, event: dict[str, Any]) -> bool:
        """Store an event; False if this kiosk already sent one with this key (nothing is changed then)."""
        payload = json.dumps(event.get("payload") or {}, ensure_ascii=False, sort_keys=True)
        with self._conn() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                cur = conn.execute(
                    "INSERT OR IGNORE INTO events (kiosk_id, event_id, kind, reference, created_at,"
                    " received_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (kiosk_id, event_id, event["kind"], event.get("reference"), event["created_at"], _now(),
                     payload))
                stored = cur.rowcount == 1
                if stored and event["kind"] == "heartbeat":
                    self._heartbeat(conn, kiosk_id, event)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return stored

    @staticmethod
    def _heartbeat(conn: sqlite3.Connection, kiosk_id: str, event: dict[str, Any]) -> None:
        beat = event.get("payload") or {}
        conn.execute(
            "UPDATE kiosks SET last_seen = ?, content_version = ?, last_verified_at = ?, outbox_depth = ?,"
            " last_error = ? WHERE kiosk_id = ? AND (last_seen IS NULL OR last_seen <= ?)",
            (event["created_at"], beat.get("content_version"), beat.get("last_verified_at"),
             beat.get("outbox_depth"), beat.get("last_error"), kiosk_id, event["created_at"]))

    def fleet(self) -> list[dict[str, Any]]:
        with self._conn() as conn:
            conn.row_factory = sqlite3.Row
            rows = conn.execute(
                "SELECT kiosk_id, enrolled_at, last_seen, content_version, last_verified_at, outbox_depth,"
                " last_error FROM kiosks ORDER BY kiosk_id").fetchall()
        return [dict(r) for r in rows]

    def events(self, kind: str | None = None) -> list[dict[str, Any]]:
        with self._conn() as conn:
            conn.row_factory = sqlite3.Row
            where = " WHERE kind = ?" if kind else ""
            sql = f"SELECT * FROM events{where} ORDER BY received_at, rowid"
            rows = conn.execute(sql, (kind,) if kind else ()).fetchall()
        return [{**dict(r), "payload": json.loads(r["payload"])} for r in rows]
