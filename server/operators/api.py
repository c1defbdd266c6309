"""The operators' JSON API (`/operator/api/...`), used by scripts and by the desk console.

Log in with `POST /operator/api/login` {username, password}: the answer sets the session cookie and carries
the `csrf_token` to send as `X-CSRF-Token` with every POST. Roles: see `server.accounts`.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field

from server.accounts import AccountError, Accounts, Role, Session
from server.db import EnrolError, ServerDB
from server.fleet import judge
from server.operators import reports as inbox
from server.operators.guard import SESSION_COOKIE, guard

KIOSK_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
MAX_OFFSET = 10**9  # an audit page's offset at most: more lines than any log has, in any database's integer


class LoginIn(BaseModel):
    username: str = Field(max_length=64)
    password: str = Field(max_length=1024)


class ReportChange(BaseModel):
    status: str | None = Field(default=None, max_length=20)
    assignee: str | None = Field(default=None, max_length=64)
    notes: str | None = Field(default=None, max_length=inbox.MAX_NOTES)


class EnrolIn(BaseModel):
    kiosk_id: str = Field(max_length=64)
    rotate: bool = False
    overlap_hours: float = Field(default=24.0, ge=0, le=24 * 30)


class OperatorIn(BaseModel):
    username: str = Field(max_length=64)
    password: str = Field(max_length=1024)
    role: str = Field(max_length=32)


class OperatorChange(BaseModel):
    role: str | None = Field(default=None, max_length=32)
    disabled: bool | None = None
    password: str | None = Field(default=None, max_length=1024)


def set_session_cookie(response: Response, request: Request, token: str) -> None:
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict", path="/operator",
                        secure=request.url.scheme == "https", max_age=8 * 3600)


def fleet_view(db: ServerDB) -> dict[str, Any]:
    now = db.clock()
    return {"server_time": db.now(), "kiosks": [judge(k, now) for k in db.fleet()]}


def enrol(db: ServerDB, accounts: Accounts, actor: str, kiosk_id: str, rotate: bool,
          overlap_hours: float) -> str:
    if not KIOSK_ID.fullmatch(kiosk_id):
        raise ValueError("a kiosk id is 1-64 letters, digits, '.', '_' or '-'")
    token = db.enrol(kiosk_id, rotate=rotate, overlap=timedelta(hours=overlap_hours))
    accounts.record(actor, "kiosk.rotate" if rotate else "kiosk.enrol", kiosk_id,
                    {"overlap_hours": overlap_hours} if rotate else {})
    return token


def revoke(db: ServerDB, accounts: Accounts, actor: str, kiosk_id: str) -> int:
    stopped = db.revoke(kiosk_id)
    accounts.record(actor, "kiosk.revoke", kiosk_id, {"tokens_stopped": stopped})
    return stopped


def api_router(db: ServerDB, accounts: Accounts) -> APIRouter:
    router = APIRouter(prefix="/operator/api", tags=["operators"])
    viewer = Depends(guard(accounts, Role.FLEET_VIEWER))
    handler = Depends(guard(accounts, Role.REPORTS_HANDLER))
    admin = Depends(guard(accounts, Role.ADMINISTRATOR))

    @router.post("/login", responses={401: {"description": "wrong name or password"},
                                      429: {"description": "account locked"}})
    def login(body: LoginIn, request: Request, response: Response) -> dict[str, Any]:
        """Open a session: sets the cookie; send the returned csrf_token as X-CSRF-Token on changes."""
        result = accounts.login(body.username, body.password, source=_source(request))
        if result.session is None:
            raise HTTPException(429 if "locked" in (result.error or "") else 401, result.error)
        set_session_cookie(response, request, result.session.token)
        op = result.session.operator
        return {"username": op.username, "role": op.role, "csrf_token": result.session.csrf_token,
                "expires_at": result.session.expires_at}

    @router.post("/logout")
    def logout(request: Request, response: Response, session: Session = viewer) -> dict[str, str]:
        accounts.logout(request.cookies.get(SESSION_COOKIE, ""), actor=session.operator.username)
        response.delete_cookie(SESSION_COOKIE, path="/operator")
        return {"status": "logged out"}

    @router.get("/me")
    def me(session: Session = viewer) -> dict[str, Any]:
        return {"username": session.operator.username, "role": session.operator.role,
                "csrf_token": session.csrf_token, "expires_at": session.expires_at}

    @router.get("/fleet")
    def fleet(_: Session = viewer) -> dict[str, Any]:
        """Every kiosk with its age (server clock), flags with messages, versions; and the server time."""
        return fleet_view(db)

    @router.get("/reports")
    def reports(status: str | None = None, kiosk: str | None = None, agency: str | None = None,
                since: str | None = None, until: str | None = None, _: Session = handler) -> dict[str, Any]:
        flt = inbox.ReportFilter(status or None, kiosk or None, agency or None, since or None, until or None)
        return {"reports": inbox.list_reports(db, flt)}

    @router.get("/reports.csv")
    def reports_csv(status: str | None = None, kiosk: str | None = None, agency: str | None = None,
                    since: str | None = None, until: str | None = None, _: Session = handler) -> Response:
        flt = inbox.ReportFilter(status or None, kiosk or None, agency or None, since or None, until or None)
        return csv_response(inbox.to_csv(inbox.list_reports(db, flt)))

    @router.post("/reports/{kiosk_id}/{event_id}")
    def change_report(kiosk_id: str, event_id: str, body: ReportChange,
                      session: Session = handler) -> dict[str, str]:
        try:
            inbox.update_report(db, accounts, session.operator.username, kiosk_id, event_id,
                                status=body.status, assignee=body.assignee, notes=body.notes)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
        except LookupError:
            raise HTTPException(404, "no such report") from None
        return {"status": "saved"}

    @router.get("/kiosks")
    def kiosks(_: Session = admin) -> dict[str, Any]:
        return {"kiosks": [{**k, "tokens": db.tokens(k["kiosk_id"])} for k in db.fleet()]}

    @router.post("/kiosks", status_code=201)
    def enrol_kiosk(body: EnrolIn, session: Session = admin) -> dict[str, str]:
        """Issue (with rotate: replace, keeping the old for the overlap) a token; shown only here."""
        try:
            token = enrol(db, accounts, session.operator.username, body.kiosk_id, body.rotate,
                          body.overlap_hours)
        except (ValueError, EnrolError) as exc:
            raise HTTPException(409 if isinstance(exc, EnrolError) else 422, str(exc)) from None
        return {"kiosk_id": body.kiosk_id, "kiosk_token": token}

    @router.post("/kiosks/{kiosk_id}/revoke")
    def revoke_kiosk(kiosk_id: str, session: Session = admin) -> dict[str, int]:
        return {"tokens_stopped": revoke(db, accounts, session.operator.username, kiosk_id)}

    @router.get("/operators")
    def list_operators(_: Session = admin) -> dict[str, Any]:
        return {"operators": accounts.all()}

    @router.post("/operators", status_code=201)
    def create_operator(body: OperatorIn, session: Session = admin) -> dict[str, str]:
        try:
            op = accounts.create(body.username, body.password, body.role, actor=session.operator.username)
        except AccountError as exc:
            raise HTTPException(422, str(exc)) from None
        return {"username": op.username, "role": op.role}

    @router.post("/operators/{username}")
    def change_operator(username: str, body: OperatorChange, session: Session = admin) -> dict[str, str]:
        try:
            accounts.change(username, actor=session.operator.username, role=body.role,
                            disabled=body.disabled, password=body.password)
        except AccountError as exc:
            raise HTTPException(422, str(exc)) from None
        return {"status": "saved"}

    @router.get("/audit")
    def audit(limit: int = 500, offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0, action: str = "",
              _: Session = admin) -> dict[str, Any]:
        """A page of the audit log, newest first: `limit` lines (1 to 5,000) after the `offset` newest, of
        `total` (with `action`, of the lines whose action starts with it). A script reads it all by offset."""
        limit = min(max(limit, 1), 5000)
        return {"entries": accounts.audit_entries(limit, action, offset=offset),
                "total": accounts.audit_count(action), "offset": offset, "limit": limit}

    return router


def csv_response(text: str) -> Response:
    return Response(text.encode("utf-8-sig"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="reports.csv"'})


def _source(request: Request) -> str:
    return request.client.host if request.client else ""
