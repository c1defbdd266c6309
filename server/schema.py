"""Every table of kiosk-server, declared once for SQLite and PostgreSQL alike (SQLAlchemy Core).

Times are ISO 8601 text in UTC (`2026-12-01T19:40:00+00:00`): they sort as text on both engines and read the
same in a CSV export. JSON documents are text too. To add a table or a nullable column, declare it here:
`server.storage.create_schema` adds it to existing databases on the next start.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, MetaData, Table, Text, UniqueConstraint

metadata = MetaData()

kiosks = Table(
    "kiosks", metadata,
    Column("kiosk_id", Text, primary_key=True),
    Column("enrolled_at", Text, nullable=False),
    Column("last_seen", Text),            # the newest heartbeat's created_at (kiosk clock)
    Column("last_seen_server", Text),     # when this server received it (server clock)
    Column("content_version", Text),
    Column("content_versions", Text),     # JSON {role: version} from the heartbeat
    Column("app_version", Text),
    Column("last_verified_at", Text),
    Column("outbox_depth", Integer),
    Column("outbox_depth_before", Integer),  # the heartbeat before: is the outbox growing?
    Column("disk_free_bytes", Integer),
    Column("last_error", Text),
    Column("token_rejected_at", Text),    # a revoked or expired token of this kiosk was presented
    Column("revoked_at", Text),
    Column("trust_expires_at", Text),     # the earliest expiry of the signed roles the kiosk verified
    Column("trust_expires_role", Text),   # ... and which role that is
)

kiosk_tokens = Table(
    "kiosk_tokens", metadata,
    Column("token_sha256", Text, primary_key=True),
    Column("kiosk_id", Text, nullable=False),
    Column("issued_at", Text, nullable=False),
    Column("expires_at", Text),           # set when rotated: the old token works until then
    Column("revoked_at", Text),
    Index("kiosk_tokens_by_kiosk", "kiosk_id"),
)

events = Table(
    "events", metadata,
    Column("kiosk_id", Text, primary_key=True),
    Column("event_id", Text, primary_key=True),  # the Idempotency-Key
    Column("kind", Text, nullable=False),
    Column("reference", Text),
    Column("created_at", Text, nullable=False),
    Column("received_at", Text, nullable=False),
    Column("payload", Text, nullable=False),
    Index("events_by_kind", "kind", "received_at"),
)

operators = Table(
    "operators", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", Text, nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),   # argon2id, with its parameters in the string
    Column("role", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("disabled_at", Text),
    Column("failed_logins", Integer, nullable=False, default=0),
    Column("locked_until", Text),
)

sessions = Table(
    "sessions", metadata,
    Column("token_sha256", Text, primary_key=True),
    Column("operator_id", Integer, nullable=False),
    Column("csrf_token", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("expires_at", Text, nullable=False),
)

audit_log = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Text, nullable=False),
    Column("actor", Text, nullable=False),     # an operator's name, or "cli:<user>" for the command line
    Column("action", Text, nullable=False),    # e.g. report.status, kiosk.enrol, operator.create
    Column("target", Text, nullable=False),
    Column("details", Text, nullable=False),   # JSON
)

report_handling = Table(
    "report_handling", metadata,
    Column("kiosk_id", Text, primary_key=True),
    Column("event_id", Text, primary_key=True),
    Column("status", Text, nullable=False),    # new, in_progress, handled
    Column("assignee", Text),
    Column("notes", Text, nullable=False, default=""),
    Column("updated_at", Text, nullable=False),
    Column("updated_by", Text, nullable=False),
    UniqueConstraint("kiosk_id", "event_id"),
)

callback_handling = Table(
    "callback_handling", metadata,
    Column("kiosk_id", Text, primary_key=True),
    Column("event_id", Text, primary_key=True),
    Column("status", Text, nullable=False),    # new, called, resolved (server.callbacks.STATUSES)
    Column("called_at", Text),                 # the first call: ends the time waited
    Column("resolved_at", Text),
    Column("notes", Text, nullable=False, default=""),
    Column("updated_at", Text, nullable=False),
    Column("updated_by", Text, nullable=False),
)
