"""kiosk-server: the reference central server (FastAPI on uvicorn, SQLite by default).

- `/metadata/...` and `/targets/...`: the signed repository as static files, with ETag and conditional GET
  (a kiosk's no-change poll is a 304). Versioned files never change and may be cached for ever.
- `POST /v1/events`: fraud reports, call-back requests (checked with `content.callbacks`; the queue is
  `server.callbacks`), heartbeats and usage counts, authenticated by the kiosk's token
  (`Authorization: Bearer ...`) and de-duplicated by `Idempotency-Key`; 429 with Retry-After when a kiosk
  sends too fast.
- `GET /health`, and the OpenAPI description at `/openapi.json` (`/docs` for people).
- With the online keys at hand it re-signs snapshot and timestamp before they expire.

    kiosk-server --deploy DIR [--database-url URL] [--host 127.0.0.1] [--port 8470]
    kiosk-server --deploy DIR add-operator NAME [--role ROLE] [--password-stdin]
    kiosk-server export-phone OUT_DIR [--deploy DIR]
    kiosk-server phone [--deploy DIR] [--host 127.0.0.1] [--port 8472] [--processes N]

- `/operator/...` (pages) and `/operator/api/...` (JSON): the operators' fleet view, reports inbox,
  enrolment, accounts and audit log, behind accounts with roles (`server.accounts`, `server.operators`).
- `/m/...`: the phone edition, where every kiosk QR code leads (`server.phone`, docs/phone.md).
  `kiosk-server phone` serves it alone, from one process per core, for the public traffic
  (`server.phone.pool`).

The deployment folder must be one `kiosk-admin init` made; anything else is refused with one line, before
any file is created. The database is `server.db` in that folder unless a PostgreSQL URL is given (see
`server.storage`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI, Header, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from starlette.staticfiles import StaticFiles
from tuf.api.metadata import Metadata

from content.callbacks import callback_problems
from server import operators, phone
from server.callbacks import callbacks_router
from server.db import ServerDB
from server.limits import RequestLimits
from server.operators import cli as operator_cli
from server.storage import DeployError, check_deploy, database_url
from sync import keys
from sync.publisher import Publisher
from sync.sealing import is_sealed
from sync.store import DirStore

DEFAULT_PORT = 8470
MAX_EVENT_BYTES = 64 * 1024
_KEY = re.compile(r"[A-Za-z0-9-]{8,64}")


class EventIn(BaseModel):
    """One event from a kiosk's outbox; `payload` is free-form JSON (a report's fields, usage counts, ...)
    except for a heartbeat, whose fields are typed and bounded (`Heartbeat`)."""

    kind: str = Field(pattern=r"^[a-z][a-z_]{0,31}$", description="report, heartbeat, usage, ...")
    created_at: str = Field(max_length=40, description="when the kiosk recorded it, ISO 8601 with offset; "
                            "at most a day ahead of the server and a year behind")
    reference: str | None = Field(default=None, max_length=40)
    payload: dict[str, Any] = Field(default_factory=dict)

    @field_validator("created_at")
    @classmethod
    def _sane_time(cls, value: str) -> str:
        sane_time(value, past=timedelta(days=400))
        return value

    @model_validator(mode="after")
    def _typed_heartbeat(self) -> EventIn:
        _clean_text(self.payload, depth=0)
        if self.kind == "heartbeat":
            Heartbeat.model_validate(self.payload)
        return self


class Heartbeat(BaseModel):
    """What a kiosk reports about itself; a heartbeat dated 9999-12-31 once froze a fleet row."""

    model_config = ConfigDict(extra="allow")

    content_version: str | None = Field(default=None, max_length=64)
    content_versions: dict[str, str | int] | None = Field(default=None, max_length=32)
    app_version: str | None = Field(default=None, max_length=40)
    last_verified_at: str | None = Field(default=None, max_length=40)
    outbox_depth: int | None = Field(default=None, ge=0, le=10_000_000)
    disk_free_bytes: int | None = Field(default=None, ge=0, le=10**15)
    last_error: str | None = Field(default=None, max_length=300)
    # The earliest expiry of the signed roles this kiosk verified, and which role: the fleet view warns
    # per kiosk before its trust runs out (a role lives at most a year; three years ahead is nonsense).
    trust_expires_at: str | None = Field(default=None, max_length=40)
    trust_expires_role: str | None = Field(default=None, pattern=r"^[a-z][a-z0-9-]{0,39}$")

    @field_validator("last_verified_at")
    @classmethod
    def _sane_time(cls, value: str | None) -> str | None:
        if value is not None:
            sane_time(value, past=timedelta(days=3650))
        return value

    @field_validator("trust_expires_at")
    @classmethod
    def _sane_expiry(cls, value: str | None) -> str | None:
        if value is not None:
            sane_time(value, past=timedelta(days=3650), ahead=timedelta(days=3 * 366))
        return value


def _clean_text(value: Any, depth: int) -> None:
    """No NUL or other control character (but tab and newline) in any text, nor nesting deeper than 8:
    what the server stores is shown on operators' screens and terminals."""
    if depth > 8:
        raise ValueError("the payload is nested too deeply")
    if isinstance(value, str):
        if any(ord(ch) < 32 and ch not in "\t\n\r" for ch in value):
            raise ValueError("text may not contain control characters")
    elif isinstance(value, dict):
        for key, item in value.items():
            _clean_text(key, depth + 1)
            _clean_text(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _clean_text(item, depth + 1)


def sane_time(value: str, past: timedelta, ahead: timedelta = timedelta(days=1)) -> datetime:
    """An ISO 8601 time with an offset, no more than `ahead` of this server's clock (a day, for times a
    kiosk recorded) nor `past` behind."""
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError("not an ISO 8601 date and time") from None
    if at.tzinfo is None:
        raise ValueError("a time needs its UTC offset")
    now = datetime.now(UTC)
    if not now - past <= at <= now + ahead:
        raise ValueError("the time is outside the accepted window (a kiosk clock far off?)")
    return at


class EventOut(BaseModel):
    status: Literal["stored", "duplicate"]


_RETRY_AFTER = {"Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}}
_CLOSE = {"Connection": {"description": "close: refused before the body was read",
                          "schema": {"type": "string"}}}
EVENT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"model": EventOut, "description": "already stored (a retried delivery with the same body)"},
    400: {"description": "Idempotency-Key is not 8-64 letters, digits or '-'"},
    401: {"description": "no `Authorization: Bearer <token>` of an enrolled kiosk (checked before the "
                         "body is read)",
          "headers": {"WWW-Authenticate": {"schema": {"type": "string"}}, **_CLOSE}},
    411: {"description": "no Content-Length, or a chunked body", "headers": _CLOSE},
    413: {"description": f"body larger than {MAX_EVENT_BYTES} bytes (by Content-Length or as received)",
          "headers": _CLOSE},
    422: {"description": "a malformed event (a heartbeat's fields are typed and bounded; times within a "
                         "sane window), or an Idempotency-Key reused with a different body"},
    429: {"description": "slow down", "headers": _RETRY_AFTER},
}


class _RepoFiles(StaticFiles):
    """Static files plus caching advice: only `timestamp.json` changes under the same name."""

    def file_response(self, full_path: Any, stat_result: os.stat_result, scope: Any,
                      status_code: int = 200) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        immutable = os.path.basename(str(full_path)) != "timestamp.json"
        response.headers["cache-control"] = "public, max-age=31536000, immutable" if immutable else "no-cache"
        return response


class _RateLimit:
    """At most `per_minute` events per kiosk in a rolling minute; answers how long to wait otherwise."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._seen: dict[str, list[float]] = {}
        self._lock = threading.Lock()  # endpoints run in FastAPI's thread pool

    def retry_after(self, kiosk_id: str) -> int:
        with self._lock:
            return self._retry_after(kiosk_id)

    def _retry_after(self, kiosk_id: str) -> int:
        now = time.monotonic()
        recent = [t for t in self._seen.get(kiosk_id, []) if now - t < 60]
        if len(recent) >= self.per_minute:
            self._seen[kiosk_id] = recent
            return max(1, int(60 - (now - recent[0])) + 1)
        recent.append(now)
        self._seen[kiosk_id] = recent
        return 0


def create_app(deploy_dir: Path, *, refresh_interval_s: float | None = 600.0,
               events_per_minute: int = 600, database: str | None = None,
               today: Callable[[], date] = date.today) -> FastAPI:
    """The server for one deployment folder (`repository/`, `keys/online/`, `server.db` or `database`);
    `today` is the phone edition's calendar (licence expiry, registry staleness), injectable for tests.

    Raises `DeployError` (one line for a person) for a folder `kiosk-admin init` did not make.
    """
    deploy_dir = check_deploy(Path(deploy_dir))
    repo = deploy_dir / "repository"
    (repo / "targets").mkdir(exist_ok=True)
    db = ServerDB(database_url(deploy_dir, database))
    limit = _RateLimit(events_per_minute)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        online = keys.load(deploy_dir / "keys" / "online")
        task = None
        if refresh_interval_s and online.has("timestamp"):
            task = asyncio.create_task(_keep_fresh(repo, online, refresh_interval_s))
        phone.start(_app)  # the phone edition loads its content now, not on the first phone's request
        yield
        phone.stop(_app)
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    app = FastAPI(title="kiosk-server", version="1", lifespan=lifespan,
                  description="Signed content for migration-information kiosks, and their events.")
    app.mount("/metadata", _RepoFiles(directory=repo / "metadata"), name="metadata")
    app.mount("/targets", _RepoFiles(directory=repo / "targets"), name="targets")

    app.add_middleware(RequestLimits, max_bytes=MAX_EVENT_BYTES, kiosk_for=db.kiosk_for)

    @app.get("/health")
    def health() -> dict[str, Any]:
        """Liveness, and the repository's current timestamp version and expiry (if published)."""
        data = DirStore(repo).read("metadata/timestamp.json")
        if data is None:
            return {"status": "ok", "repository": None}
        signed = Metadata.from_bytes(data).signed
        return {"status": "ok", "repository": {"timestamp_version": signed.version,
                                               "expires": signed.expires.isoformat()}}

    @app.post("/v1/events", status_code=201, response_model=EventOut, responses=EVENT_RESPONSES)
    def post_event(
        event: EventIn, request: Request, response: Response,
        authorization: str = Header(description="`Bearer <token>` issued by `kiosk-admin enrol`; checked "
                                    "before the body is read"),
        idempotency_key: str = Header(alias="Idempotency-Key", description="the event's id: 8-64 letters, "
                                      "digits or '-'; a retry sends the same key with the same body"),
        content_length: int = Header(alias="Content-Length", description=f"required; at most "
                                     f"{MAX_EVENT_BYTES} bytes (chunked bodies are refused)"),
    ) -> EventOut:
        """Store one event once: a repeated Idempotency-Key from the same kiosk with the same body is a
        duplicate (200); with another body it is refused (422), never silently dropped."""
        kiosk_id: str = request.state.kiosk_id  # set by RequestLimits from the Authorization header
        if not _KEY.fullmatch(idempotency_key):
            raise HTTPException(400, "Idempotency-Key must be 8-64 letters, digits or '-'")
        wait = limit.retry_after(kiosk_id)
        if wait:
            raise HTTPException(429, "too many events", headers={"Retry-After": str(wait)})
        if event.kind == "callback" and not is_sealed(event.payload) and (
                problems := callback_problems(event.payload)):
            # The kiosk checks the same rule before it confirms: this is a kiosk of another version.
            raise HTTPException(422, "call-back request refused: " + "; ".join(problems))
        if db.store_event(kiosk_id, idempotency_key, event.model_dump()):
            return EventOut(status="stored")
        if not db.same_event(kiosk_id, idempotency_key, event.model_dump()):
            raise HTTPException(422, "this Idempotency-Key was already used for a different event")
        response.status_code = 200
        return EventOut(status="duplicate")

    accounts = operators.install(app, db)
    app.include_router(callbacks_router(db, accounts))
    # Installed last, so that its middleware is the outermost: phone pages skip every other layer (the
    # operators' page-header middleware alone cost more than a cached page); see server/phone/front.py.
    phone.install(app, deploy_dir, clock=today)
    return app


async def _keep_fresh(repo: Path, online: keys.Keyring, interval_s: float) -> None:
    """Re-sign snapshot/timestamp when due, now and then every `interval_s` (errors are retried)."""
    while True:
        with contextlib.suppress(FileNotFoundError):  # nothing published yet
            await run_in_threadpool(lambda: Publisher(DirStore(repo), online).refresh_online())
        await asyncio.sleep(interval_s)


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["export-phone"]:
        return _export_phone(args_list[1:])
    if args_list[:1] == ["phone"]:
        return _serve_phone(args_list[1:])
    parser = argparse.ArgumentParser(prog="kiosk-server", description=__doc__.split("\n\n")[0],
                                     epilog="kiosk-server export-phone DIR [--deploy D]: write the phone "
                                            "edition's static pages to DIR (docs/phone.md). "
                                            "kiosk-server phone [--deploy D] [--port 8472] [--processes N]: "
                                            "serve the phone edition alone, one process per core.")
    parser.add_argument("--deploy", type=Path, default=Path("kiosk-deploy"),
                        help="deployment folder from `kiosk-admin init` (default: ./kiosk-deploy)")
    parser.add_argument("--database-url", help="sqlite:///PATH or postgresql://... (default: "
                        "$KIOSK_DATABASE_URL, then database_url in DEPLOY/server.toml, then server.db)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})")
    parser.add_argument("--refresh-interval", type=float, default=600.0,
                        help="seconds between checks that snapshot/timestamp need re-signing")
    sub = parser.add_subparsers(dest="command", metavar="[add-operator]",
                                help="without a command: serve")
    operator_cli.add_arguments(sub)
    args = parser.parse_args(args_list)
    import uvicorn

    try:
        if args.command == "add-operator":
            return operator_cli.add_operator(
                ServerDB(database_url(check_deploy(args.deploy), args.database_url)), args)
        app = create_app(args.deploy, refresh_interval_s=args.refresh_interval, database=args.database_url)
    except DeployError as exc:
        print(f"kiosk-server: {exc}", file=sys.stderr)
        return 2
    # The access log never holds a client address or a query string (server/phone/privacy.py); cached
    # phone pages are answered from the HTTP parser, before the app (server/phone/fastpath.py).
    uvicorn.run(app, host=args.host, port=args.port, server_header=False, log_level="info",
                http=phone.protocol_for(app))
    return 0


def _serve_phone(argv: list[str]) -> int:
    from server.phone import pool

    parser = argparse.ArgumentParser(prog="kiosk-server phone",
                                     description="Serve the phone edition (/m/...) alone, from several "
                                                 "processes on one port (docs/phone.md).")
    parser.add_argument("--deploy", type=Path, default=Path("kiosk-deploy"),
                        help="deployment folder (default: ./kiosk-deploy)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=pool.DEFAULT_PORT,
                        help=f"port (default: {pool.DEFAULT_PORT})")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1,
                        help="how many processes serve pages (default: one per core)")
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info"],
                        help="uvicorn's log level; at info every request is logged, scrubbed (default: info)")
    args = parser.parse_args(argv)
    if not 1 <= args.processes <= 64:
        print("kiosk-server: --processes must be between 1 and 64", file=sys.stderr)
        return 2
    try:
        check_deploy(args.deploy)
        pool.check_free(args.host, args.port)
    except DeployError as exc:
        print(f"kiosk-server: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"kiosk-server: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}",
              file=sys.stderr)
        return 2
    return pool.serve(args.deploy.resolve(), args.host, args.port, args.processes, log_level=args.log_level)


def _export_phone(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk-server export-phone",
                                     description="Write the phone edition's static pages (all but check and "
                                                 "agency) for a static host.")
    parser.add_argument("out", type=Path, help="folder to write (served at /m/)")
    parser.add_argument("--deploy", type=Path, default=Path("kiosk-deploy"),
                        help="deployment folder (default: ./kiosk-deploy)")
    args = parser.parse_args(argv)
    from server.phone.export import export
    from server.phone.site import Site
    from server.phone.source import NotPublished, PublishedContent

    try:
        check_deploy(args.deploy)
    except DeployError as exc:
        print(f"kiosk-server: {exc}", file=sys.stderr)
        return 2
    try:
        # Its own work folder: a running server keeps using deploy/phone undisturbed.
        with tempfile.TemporaryDirectory(prefix="export-phone-") as work:
            count = export(Site(PublishedContent(args.deploy, work_dir=Path(work))), args.out)
    except NotPublished:
        print(f"kiosk-server: {args.deploy} has no verified published content to export", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"kiosk-server: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"wrote {count} files to {args.out}")
    return 0
