"""The server's store of kiosks, their tokens and the events they sent (SQLite or PostgreSQL, see storage).

An event is stored once per (kiosk, idempotency key): a retried delivery finds the row and is answered as
a duplicate, so at-least-once delivery from the kiosk becomes exactly-once storage here. A heartbeat also
updates its kiosk's row, which is what the fleet view shows. Tokens are stored as sha256 hashes; a kiosk may
hold two during a rotation's overlap window, and a revoked or expired token presented again is remembered on
the kiosk's row ("token rejected"), so the fleet view can say why a kiosk went quiet.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, and_, delete, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from server.schema import events, kiosk_tokens, kiosks
from server.storage import SERVER_DB, open_engine, sqlite_url

__all__ = ["SERVER_DB", "ServerDB", "EnrolError", "now_iso"]

DEFAULT_OVERLAP = timedelta(hours=24)


class EnrolError(Exception):
    """An enrolment request that would do harm (e.g. silently replacing a working token)."""


def now_iso(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class ServerDB:
    """The server's rows behind one engine (pooled connections: safe from FastAPI's worker threads).

    `ServerDB(path)` opens an SQLite file, `ServerDB("postgresql://...")` a PostgreSQL database.
    """

    def __init__(self, where: Path | str, *, clock: Any = None) -> None:
        url = where if isinstance(where, str) and "://" in where else sqlite_url(Path(where))
        self.engine: Engine = open_engine(url)
        self.clock = clock or (lambda: datetime.now(UTC))

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """One transaction: committed on success, rolled back on any exception."""
        with self.engine.begin() as conn:
            yield conn

    def now(self) -> str:
        return now_iso(self.clock())

    def insert_ignore(self, table: Any) -> Any:
        """`INSERT ... ON CONFLICT DO NOTHING` in this engine's dialect."""
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        return dialect.insert(table).on_conflict_do_nothing()

    # --- enrolment -------------------------------------------------------------------------------------

    def enrol(self, kiosk_id: str, *, rotate: bool = False, overlap: timedelta = DEFAULT_OVERLAP) -> str:
        """Issue a token for `kiosk_id` and return it (it is shown once; only its hash is kept).

        A kiosk that already has a working token is refused unless `rotate`: then the old tokens keep
        working for `overlap` (the time it takes to put the new one on the kiosk) and then stop.
        """
        token = secrets.token_urlsafe(32)
        now = self.clock()
        with self.begin() as conn:
            row = conn.execute(select(kiosks.c.revoked_at).where(kiosks.c.kiosk_id == kiosk_id)).first()
            live = self._live_tokens(conn, kiosk_id, now_iso(now))
            if live and not rotate:
                raise EnrolError(f"kiosk {kiosk_id!r} is already enrolled; use --rotate to issue a new token "
                                 "(the old one keeps working for the overlap window)")
            if live:
                until = now_iso(now + overlap)
                conn.execute(update(kiosk_tokens).where(
                    kiosk_tokens.c.kiosk_id == kiosk_id, kiosk_tokens.c.revoked_at.is_(None),
                    or_(kiosk_tokens.c.expires_at.is_(None), kiosk_tokens.c.expires_at > until)
                ).values(expires_at=until))
            if row is None:
                conn.execute(insert(kiosks).values(kiosk_id=kiosk_id, enrolled_at=now_iso(now)))
            else:
                conn.execute(update(kiosks).where(kiosks.c.kiosk_id == kiosk_id).values(
                    revoked_at=None, token_rejected_at=None))
            conn.execute(insert(kiosk_tokens).values(token_sha256=token_hash(token), kiosk_id=kiosk_id,
                                                     issued_at=now_iso(now)))
        return token

    def revoke(self, kiosk_id: str) -> int:
        """Stop every token of `kiosk_id` now; returns how many were working."""
        now = self.now()
        with self.begin() as conn:
            live = self._live_tokens(conn, kiosk_id, now)
            conn.execute(update(kiosk_tokens).where(kiosk_tokens.c.kiosk_id == kiosk_id,
                                                    kiosk_tokens.c.revoked_at.is_(None))
                         .values(revoked_at=now))
            conn.execute(update(kiosks).where(kiosks.c.kiosk_id == kiosk_id).values(revoked_at=now))
        return live

    @staticmethod
    def _live_tokens(conn: Connection, kiosk_id: str, now: str) -> int:
        return int(conn.execute(select(func.count()).select_from(kiosk_tokens).where(
            kiosk_tokens.c.kiosk_id == kiosk_id, kiosk_tokens.c.revoked_at.is_(None),
            or_(kiosk_tokens.c.expires_at.is_(None), kiosk_tokens.c.expires_at > now))).scalar_one())

    def kiosk_for(self, token: str) -> str | None:
        """The kiosk this token belongs to, if it works now; a dead token is noted on its kiosk's row."""
        now = self.now()
        with self.begin() as conn:
            row = conn.execute(select(kiosk_tokens).where(kiosk_tokens.c.token_sha256 == token_hash(token))
                               ).mappings().first()
            if row is None:
                return None
            if row["revoked_at"] is None and (row["expires_at"] is None or row["expires_at"] > now):
                return str(row["kiosk_id"])
            conn.execute(update(kiosks).where(kiosks.c.kiosk_id == row["kiosk_id"])
                         .values(token_rejected_at=now))
        return None

    def tokens(self, kiosk_id: str) -> list[dict[str, Any]]:
        with self.begin() as conn:
            rows = conn.execute(select(kiosk_tokens.c.issued_at, kiosk_tokens.c.expires_at,
                                       kiosk_tokens.c.revoked_at)
                                .where(kiosk_tokens.c.kiosk_id == kiosk_id)
                                .order_by(kiosk_tokens.c.issued_at)).mappings().all()
        return [dict(r) for r in rows]

    # --- events ----------------------------------------------------------------------------------------

    def store_event(self, kiosk_id: str, event_id: str, event: dict[str, Any]) -> bool:
        """Store an event; False if this kiosk already sent one with this key (nothing is changed then)."""
        payload = json.dumps(event.get("payload") or {}, ensure_ascii=False, sort_keys=True)
        with self.begin() as conn:
            stored = conn.execute(self.insert_ignore(events).values(
                kiosk_id=kiosk_id, event_id=event_id, kind=event["kind"], reference=event.get("reference"),
                created_at=event["created_at"], received_at=self.now(), payload=payload
            ).returning(events.c.event_id)).first() is not None
            if stored and event["kind"] == "heartbeat":
                self._heartbeat(conn, kiosk_id, event)
        return stored

    def same_event(self, kiosk_id: str, event_id: str, event: dict[str, Any]) -> bool:
        """Whether the event stored under this kiosk's Idempotency-Key is `event` (a true retry), or the
        key was reused for other data, which must be refused rather than silently dropped."""
        with self.begin() as conn:
            row = conn.execute(select(events).where(and_(events.c.kiosk_id == kiosk_id,
                                                         events.c.event_id == event_id))).mappings().first()
        if row is None:
            return True  # forgotten since (heartbeats are pruned): nothing to contradict
        payload = json.dumps(event.get("payload") or {}, ensure_ascii=False, sort_keys=True)
        # created_at is left out: a retry stamped a second later is still the same event.
        return (row["kind"], row["reference"], row["payload"]) == (
            event["kind"], event.get("reference"), payload)

    def _heartbeat(self, conn: Connection, kiosk_id: str, event: dict[str, Any]) -> None:
        beat = event.get("payload") or {}
        versions = beat.get("content_versions")
        conn.execute(update(kiosks).where(
            kiosks.c.kiosk_id == kiosk_id,
            or_(kiosks.c.last_seen.is_(None), kiosks.c.last_seen <= event["created_at"]),
        ).values(
            last_seen=event["created_at"], last_seen_server=self.now(),
            content_version=_text(beat.get("content_version")),
            content_versions=json.dumps(versions, sort_keys=True) if isinstance(versions, dict) else None,
            app_version=_text(beat.get("app_version")), last_verified_at=_text(beat.get("last_verified_at")),
            outbox_depth_before=kiosks.c.outbox_depth, outbox_depth=_int(beat.get("outbox_depth")),
            disk_free_bytes=_int(beat.get("disk_free_bytes")), last_error=_text(beat.get("last_error")),
            trust_expires_at=_text(beat.get("trust_expires_at")),
            trust_expires_role=_text(beat.get("trust_expires_role")), token_rejected_at=None))

    def fleet(self) -> list[dict[str, Any]]:
        with self.begin() as conn:
            rows = conn.execute(select(kiosks).order_by(kiosks.c.kiosk_id)).mappings().all()
        out = []
        for r in rows:
            row = dict(r)
            row["content_versions"] = json.loads(row["content_versions"]) if row["content_versions"] else {}
            out.append(row)
        return out

    def events(self, kind: str | None = None) -> list[dict[str, Any]]:
        query = select(events).order_by(events.c.received_at, events.c.kiosk_id, events.c.event_id)
        if kind:
            query = query.where(events.c.kind == kind)
        with self.begin() as conn:
            rows = conn.execute(query).mappings().all()
        return [{**dict(r), "payload": json.loads(r["payload"])} for r in rows]

    def forget_kiosk_events(self, kiosk_id: str, kind: str) -> int:
        """Delete one kind of event of one kiosk (heartbeats are only kept for the fleet view)."""
        with self.begin() as conn:
            gone = conn.execute(delete(events).where(and_(events.c.kiosk_id == kiosk_id,
                                                          events.c.kind == kind))
                                .returning(events.c.event_id)).all()
        return len(gone)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)[:500]


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
