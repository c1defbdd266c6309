"""Where kiosk-server keeps its rows: an embedded SQLite file by default, PostgreSQL when a fleet grows.

The choice is SQLAlchemy Core (not the ORM, not raw psycopg): one declaration of every table (`server.schema`)
creates the schema on both engines, one query builder writes the SQL both understand (placeholders, quoting,
`INSERT ... ON CONFLICT`), and the connection pool is the library's. Raw psycopg would have meant two copies
of every statement (SQLite's `?` against psycopg's `%s`, different upsert spelling) and our own pool.

    sqlite:////srv/kiosk-deploy/server.db            the default: `server.db` in the deployment folder
    postgresql+psycopg://kiosk:secret@db.local/kiosk  PostgreSQL through psycopg 3

The URL comes from `--database-url`, then `$KIOSK_DATABASE_URL`, then `database_url = "..."` in the
deployment's `server.toml`; without any of them the server uses `server.db` beside its repository.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from server.schema import metadata

SERVER_DB = "server.db"
SERVER_TOML = "server.toml"
URL_ENV = "KIOSK_DATABASE_URL"


class DeployError(Exception):
    """The deployment folder or the database settings are unusable; the message is one line for a person."""


class UnstorableText(ValueError):
    """Text that one of the server's databases cannot store: PostgreSQL refuses the NUL character in any
    text, SQLite would keep it. Refused on every engine alike, before the statement runs, so that a NUL in
    a filter, a name or a note is one answer for a person (`server.operators.routes`) on both, and nothing
    of its transaction is kept."""


def check_deploy(deploy_dir: Path) -> Path:
    """Refuse a folder that `kiosk-admin init` did not make, before anything is created inside it."""
    deploy_dir = Path(deploy_dir)
    if not deploy_dir.is_dir():
        raise DeployError(f"deployment folder {deploy_dir} does not exist (make one with `kiosk-admin init`)")
    if not (deploy_dir / "repository" / "metadata" / "1.root.json").is_file():
        raise DeployError(f"{deploy_dir} is not a deployment folder: no repository/metadata/1.root.json "
                          "(make one with `kiosk-admin init`, or pass the right --deploy)")
    return deploy_dir


def database_url(deploy_dir: Path, override: str | None = None) -> str:
    """The database for this deployment: explicit URL, environment, `server.toml`, else `server.db`."""
    if override:
        return override
    if os.environ.get(URL_ENV):
        return os.environ[URL_ENV]
    toml = Path(deploy_dir) / SERVER_TOML
    if toml.is_file():
        try:
            settings = tomllib.loads(toml.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise DeployError(f"{toml}: not valid TOML ({exc})") from exc
        url = settings.get("database_url")
        if url is not None and not isinstance(url, str):
            raise DeployError(f"{toml}: database_url must be a string")
        if url:
            return url
    return sqlite_url(Path(deploy_dir) / SERVER_DB)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def open_engine(url: str) -> Engine:
    """An engine with the schema in place; SQLite gets WAL and `synchronous=FULL` on every connection."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy.exc.ArgumentError and ValueError alike
        raise DeployError(f"database_url {url!r} is not a database URL") from exc
    if parsed.get_backend_name() == "sqlite":
        engine = _sqlite_engine(url)
    elif parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":  # plain postgresql:// means psycopg 3 here, not psycopg2
            parsed = parsed.set(drivername="postgresql+psycopg")
        engine = create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=10)
    else:
        raise DeployError(f"database_url {url!r}: only sqlite:/// and postgresql:// are supported")
    event.listen(engine, "before_cursor_execute", _refuse_nul)
    try:
        create_schema(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise DeployError(f"cannot open the database {parsed.render_as_string(hide_password=True)}: "
                          f"{reason}") from exc
    return engine


def _refuse_nul(_conn: Any, _cursor: Any, _statement: str, parameters: Any, _context: Any,
                executemany: bool) -> None:
    """Raise `UnstorableText` when any text parameter of the statement holds a NUL character."""
    for row in (parameters if executemany else (parameters,)) or ():
        values = row.values() if isinstance(row, Mapping) else row or ()
        if any(isinstance(value, str) and "\x00" in value for value in values):
            raise UnstorableText("text may not contain a NUL character")


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below): real transactions
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")  # a 2xx promises the row is on disk
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # writers queue here instead of failing on upgrade

    return engine


def create_schema(engine: Engine) -> None:
    """Create missing tables, add missing nullable columns, and the append-only guard on `audit_log`.

    Adding a table or a nullable column to `server.schema` is therefore enough for existing deployments.
    """
    with engine.begin() as conn:
        metadata.create_all(conn)
        inspector = inspect(conn)
        for table in metadata.sorted_tables:
            present = {c["name"] for c in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name not in present and column.nullable:
                    kind = column.type.compile(dialect=engine.dialect)
                    conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}'))
        for statement in _append_only(engine.dialect.name):
            conn.execute(text(statement))


def _append_only(dialect: str) -> list[str]:
    """Triggers that make the audit log refuse UPDATE and DELETE, whoever connects."""
    if dialect == "sqlite":
        return [f"CREATE TRIGGER IF NOT EXISTS audit_log_no_{op.lower()} BEFORE {op} ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
                for op in ("UPDATE", "DELETE")]
    return [
        "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
        "DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log",
        "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    ]
