"""Operator accounts of kiosk-server: roles, passwords, sessions with CSRF tokens, lockout, audit log.

- Roles are cumulative: a fleet viewer sees the fleet; a reports handler also works the reports inbox; an
  administrator also enrols kiosks, manages accounts and reads the audit log.
- Passwords are hashed with argon2id (argon2-cffi's defaults: 64 MiB, 3 passes), a memory-hard KDF, so a
  stolen database does not give the passwords away to a GPU farm. Unknown names cost the same hash.
- A session is a random cookie value (only its sha256 is stored) with its own CSRF token; every request that
  changes something must echo that token (`X-CSRF-Token` header or `csrf_token` form field).
- After `MAX_FAILURES` wrong passwords in a row an account is locked for `LOCK_FOR`, even to the right
  password; the lock and every login are in the audit log.
- Every change (and every login) appends a row to `audit_log`, which the database refuses to update or
  delete (see `server.storage`).
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, desc, func, insert, select, update

from server.db import ServerDB, now_iso, token_hash
from server.schema import audit_log, operators, sessions

MAX_FAILURES = 5
LOCK_FOR = timedelta(minutes=15)
SESSION_FOR = timedelta(hours=8)
MIN_PASSWORD = 12
_NAME = re.compile(r"[a-z][a-z0-9._-]{1,31}")


class Role(StrEnum):
    FLEET_VIEWER = "fleet_viewer"
    REPORTS_HANDLER = "reports_handler"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


_RANK = {Role.FLEET_VIEWER: 1, Role.REPORTS_HANDLER: 2, Role.ADMINISTRATOR: 3}


def allows(role: str, needed: Role) -> bool:
    """True if an operator of `role` may do what needs `needed` (roles include the ones below them)."""
    try:
        return _RANK[Role(role)] >= _RANK[needed]
    except ValueError:
        return False


class AccountError(Exception):
    """A request about accounts that cannot be done; the message is for the person who asked."""


@dataclass(frozen=True)
class Operator:
    id: int
    username: str
    role: str


@dataclass(frozen=True)
class Session:
    token: str          # the cookie value (only returned at login)
    csrf_token: str
    operator: Operator
    expires_at: str


@dataclass(frozen=True)
class LoginResult:
    session: Session | None
    error: str | None = None   # "wrong name or password" / "locked until ..."


class Accounts:
    """Accounts and sessions over the server's database (`ServerDB`)."""

    def __init__(self, db: ServerDB, *, hasher: PasswordHasher | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self.hasher = hasher or PasswordHasher()
        self.clock = clock or db.clock or (lambda: datetime.now(UTC))
        self._dummy: str | None = None  # made on the first unknown name, not at every server start

    # --- accounts ----------------------------------------------------------------------------------------

    def create(self, username: str, password: str, role: str, *, actor: str) -> Operator:
        username = username.strip().lower()
        if not _NAME.fullmatch(username):
            raise AccountError("a user name is 2-32 lower-case letters, digits, '.', '_' or '-', "
                               "starting with a letter")
        _check_password(password, username)
        role = _role(role)
        with self.db.begin() as conn:
            if conn.execute(select(operators.c.id).where(operators.c.username == username)).first():
                raise AccountError(f"an account named {username!r} exists already")
            new_id = conn.execute(insert(operators).values(
                username=username, password_hash=self.hasher.hash(password), role=role,
                created_at=self._now(), failed_logins=0).returning(operators.c.id)).scalar_one()
            self.audit(conn, actor, "operator.create", username, {"role": role})
        return Operator(int(new_id), username, role)

    def count(self) -> int:
        with self.db.begin() as conn:
            return len(conn.execute(select(operators.c.id)).all())

    def all(self) -> list[dict[str, Any]]:
        with self.db.begin() as conn:
            rows = conn.execute(select(operators.c.username, operators.c.role, operators.c.created_at,
                                       operators.c.disabled_at, operators.c.locked_until)
                                .order_by(operators.c.username)).mappings().all()
        return [dict(r) for r in rows]

    def change(self, username: str, *, actor: str, role: str | None = None, disabled: bool | None = None,
               password: str | None = None) -> None:
        """Change an account's role, disable/enable it or set a new password (which also unlocks it)."""
        changes: dict[str, Any] = {}
        details: dict[str, Any] = {}
        if role is not None:
            changes["role"] = details["role"] = _role(role)
        if disabled is not None:
            changes["disabled_at"] = self._now() if disabled else None
            details["disabled"] = disabled
        if password is not None:
            _check_password(password, username)
            changes.update(password_hash=self.hasher.hash(password), failed_logins=0, locked_until=None)
            details["password"] = "changed"
        if not changes:
            raise AccountError("nothing to change")
        with self.db.begin() as conn:
            row = conn.execute(select(operators).where(operators.c.username == username)).mappings().first()
            if row is None:
                raise AccountError(f"no account named {username!r}")
            demoted = changes.get("role", Role.ADMINISTRATOR) != Role.ADMINISTRATOR or disabled
            if row["role"] == Role.ADMINISTRATOR and demoted and self._admins(conn) <= 1:
                raise AccountError("this is the last administrator: make another one first")
            conn.execute(update(operators).where(operators.c.id == row["id"]).values(**changes))
            if disabled or password is not None:
                conn.execute(delete(sessions).where(sessions.c.operator_id == row["id"]))
            self.audit(conn, actor, "operator.change", username, details)

    @staticmethod
    def _admins(conn: Connection) -> int:
        return len(conn.execute(select(operators.c.id).where(
            operators.c.role == Role.ADMINISTRATOR, operators.c.disabled_at.is_(None))).all())

    # --- sessions ----------------------------------------------------------------------------------------

    def login(self, username: str, password: str, *, source: str = "") -> LoginResult:
        """Check a password and open a session; wrong passwords count toward the lockout."""
        username = username.strip().lower()
        now = self.clock()
        with self.db.begin() as conn:
            row = conn.execute(select(operators).where(operators.c.username == username)).mappings().first()
            if row is None or row["disabled_at"] is not None:
                if self._dummy is None:
                    self._dummy = self.hasher.hash(secrets.token_urlsafe(16))
                _verify(self.hasher, self._dummy, password)  # the same time as a real account
                self.audit(conn, username or "-", "login.failed", username or "-", {"source": source})
                return LoginResult(None, "wrong name or password")
            if row["locked_until"] and row["locked_until"] > now_iso(now):
                self.audit(conn, username, "login.refused_locked", username, {"source": source})
                return LoginResult(None, f"too many wrong passwords: locked until {row['locked_until']} UTC")
            if not _verify(self.hasher, row["password_hash"], password):
                failures = int(row["failed_logins"] or 0) + 1
                locked = now_iso(now + LOCK_FOR) if failures >= MAX_FAILURES else None
                conn.execute(update(operators).where(operators.c.id == row["id"]).values(
                    failed_logins=0 if locked else failures, locked_until=locked))
                self.audit(conn, username, "login.locked" if locked else "login.failed", username,
                           {"source": source, "failures": failures})
                if locked:
                    return LoginResult(None, f"too many wrong passwords: locked until {locked} UTC")
                return LoginResult(None, "wrong name or password")
            conn.execute(update(operators).where(operators.c.id == row["id"]).values(
                failed_logins=0, locked_until=None))
            token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
            expires = now_iso(now + SESSION_FOR)
            conn.execute(insert(sessions).values(
                token_sha256=token_hash(token), operator_id=row["id"], csrf_token=csrf,
                created_at=now_iso(now), expires_at=expires))
            conn.execute(delete(sessions).where(sessions.c.expires_at < now_iso(now)))
            self.audit(conn, username, "login.ok", username, {"source": source})
        return LoginResult(Session(token, csrf, Operator(int(row["id"]), username, row["role"]), expires))

    def session(self, token: str | None) -> Session | None:
        """The live session of this cookie value, or None (expired, logged out, account disabled)."""
        if not token:
            return None
        with self.db.begin() as conn:
            row = conn.execute(
                select(sessions.c.csrf_token, sessions.c.expires_at, operators.c.id, operators.c.username,
                       operators.c.role, operators.c.disabled_at)
                .join(operators, operators.c.id == sessions.c.operator_id)
                .where(sessions.c.token_sha256 == token_hash(token))).mappings().first()
        if row is None or row["disabled_at"] is not None or row["expires_at"] <= self._now():
            return None
        return Session("", row["csrf_token"], Operator(int(row["id"]), row["username"], row["role"]),
                       row["expires_at"])

    def logout(self, token: str, *, actor: str) -> None:
        with self.db.begin() as conn:
            conn.execute(delete(sessions).where(sessions.c.token_sha256 == token_hash(token)))
            self.audit(conn, actor, "logout", actor, {})

    # --- audit -------------------------------------------------------------------------------------------

    def audit(self, conn: Connection, actor: str, action: str, target: str, details: dict[str, Any]) -> None:
        """Append one audit row in the caller's transaction (the change and its record commit together)."""
        text = json.dumps(details, ensure_ascii=False, sort_keys=True)
        conn.execute(insert(audit_log).values(at=self._now(), actor=actor, action=action, target=target,
                                              details=text))

    def record(self, actor: str, action: str, target: str, details: dict[str, Any]) -> None:
        with self.db.begin() as conn:
            self.audit(conn, actor, action, target, details)

    def audit_entries(self, limit: int = 500, action_prefix: str = "", *,
                      offset: int = 0) -> list[dict[str, Any]]:
        """Up to `limit` audit lines, newest first, after the `offset` newest (a page of the log)."""
        query = select(audit_log).order_by(desc(audit_log.c.id)).limit(limit).offset(offset)
        if action_prefix:
            query = query.where(audit_log.c.action.startswith(action_prefix))
        with self.db.begin() as conn:
            rows = conn.execute(query).mappings().all()
        return [{**dict(r), "details": json.loads(r["details"])} for r in rows]

    def audit_count(self, action_prefix: str = "") -> int:
        """How many lines the audit log has (for its pages); with `action_prefix`, how many of those
        `audit_entries` lists for it."""
        query = select(func.count()).select_from(audit_log)
        if action_prefix:
            query = query.where(audit_log.c.action.startswith(action_prefix))
        with self.db.begin() as conn:
            return int(conn.execute(query).scalar_one())

    def _now(self) -> str:
        return now_iso(self.clock())


def _verify(hasher: PasswordHasher, stored: str, password: str) -> bool:
    try:
        return bool(hasher.verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


def _role(role: str) -> str:
    try:
        return Role(role).value
    except ValueError:
        raise AccountError(f"unknown role {role!r}: one of {', '.join(r.value for r in Role)}") from None


def _check_password(password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password needs at least {MIN_PASSWORD} characters")
    if username and username.lower() in password.lower():
        raise AccountError("a password must not contain the user name")
