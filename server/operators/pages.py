"""Server-rendered operator pages (`/operator/...`): forms post back with the session's CSRF token.

Every text is escaped by Jinja2's autoescape; the pages load nothing from elsewhere (see the CSP set in
`routes`). After a successful change a page redirects (303) so that a reload does not repeat it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from content import web
from content.callbacks import CALL_LANGUAGES, TOPICS
from server import callbacks as centre
from server.accounts import AccountError, Accounts, Role, Session, allows
from server.db import EnrolError, ServerDB
from server.operators import reports as inbox
from server.operators.api import csv_response, enrol, fleet_view, revoke, set_session_cookie
from server.operators.guard import SESSION_COOKIE, guard

# This app's own templates, then the parts both staff apps draw alike (content.web: the audit table).
TEMPLATES = Environment(loader=FileSystemLoader([Path(__file__).parent / "templates", web.TEMPLATE_DIR]),
                        autoescape=select_autoescape(default=True, default_for_string=True))


TEMPLATES.filters["when"] = web.when  # UTC, said once in the footer
TEMPLATES.filters["unbroken_dates"] = web.unbroken_dates
MESSAGES = {"saved": "Saved.", "revoked": "Tokens revoked.", "created": "Account created.",
            "out": "You are logged out."}


def _safe_next(value: str) -> str:
    """Only our own pages: never an open redirect to another site."""
    return value if value.startswith("/operator/") and not value.startswith("//") else "/operator/"


def is_page(path: str) -> bool:
    """Whether `path` is one of the operator pages (answered in HTML, errors too), not the JSON API under
    `/operator/api/` nor anything else of the server (kiosks' and scripts' JSON)."""
    operator = path == "/operator" or path.startswith("/operator/")
    return operator and not (path + "/").startswith("/operator/api/")


def render_page(db: ServerDB, name: str, request: Request, session: Session | None, title: str,
                status: int = 200, **values: Any) -> HTMLResponse:
    """Template `name` as an operator page: the sections `session`'s role may open, the server's time."""
    role = session.operator.role if session else ""
    html = TEMPLATES.get_template(name).render(
        title=title, me=session.operator if session else None, csrf=session.csrf_token if session else "",
        can_reports=allows(role, Role.REPORTS_HANDLER), can_admin=allows(role, Role.ADMINISTRATOR),
        server_time=db.now(), message=MESSAGES.get(request.query_params.get("msg", "")), **values)
    return HTMLResponse(html, status_code=status)


def page_router(db: ServerDB, accounts: Accounts) -> APIRouter:
    router = APIRouter(prefix="/operator", include_in_schema=False)
    viewer = Depends(guard(accounts, Role.FLEET_VIEWER, page=True))
    handler = Depends(guard(accounts, Role.REPORTS_HANDLER, page=True))
    admin = Depends(guard(accounts, Role.ADMINISTRATOR, page=True))

    def render(name: str, request: Request, session: Session | None, title: str, status: int = 200,
               **values: Any) -> HTMLResponse:
        return render_page(db, name, request, session, title, status, **values)

    @router.get("/login")
    def login_form(request: Request, next: str = "/operator/") -> HTMLResponse:  # noqa: A002
        return render("login.html", request, None, "Log in", next=_safe_next(next), username="")

    @router.post("/login")
    def login(request: Request, username: str = Form(max_length=64), password: str = Form(max_length=1024),
              next: str = Form("/operator/")) -> Response:  # noqa: A002
        result = accounts.login(username, password, source=request.client.host if request.client else "")
        if result.session is None:
            return render("login.html", request, None, "Log in", status=401, error=result.error,
                          next=_safe_next(next), username=username)
        response = RedirectResponse(_safe_next(next), status_code=303)
        set_session_cookie(response, request, result.session.token)
        return response

    @router.post("/logout")
    def logout(request: Request, session: Session = viewer) -> Response:
        accounts.logout(request.cookies.get(SESSION_COOKIE, ""), actor=session.operator.username)
        response = RedirectResponse("/operator/login?msg=out", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/operator")
        return response

    @router.get("/")
    def fleet(request: Request, session: Session = viewer) -> HTMLResponse:
        view = fleet_view(db)
        flagged = sum(1 for k in view["kiosks"] if k["flags"])
        return render("fleet.html", request, session, "Fleet", section="fleet", kiosks=view["kiosks"],
                      flagged=flagged)

    def _filter(request: Request) -> inbox.ReportFilter:
        q = request.query_params
        keys = ("status", "kiosk", "agency", "since", "until")
        return inbox.ReportFilter(*(q.get(k) or None for k in keys))

    def _query(flt: inbox.ReportFilter) -> str:
        return urlencode({k: v for k, v in vars(flt).items() if v})

    @router.get("/reports")
    def reports(request: Request, session: Session = handler) -> HTMLResponse:
        flt = _filter(request)
        return render("reports.html", request, session, "Reports inbox", section="reports", flt=flt,
                      query=_query(flt), statuses=inbox.STATUSES, reports=inbox.list_reports(db, flt))

    @router.get("/reports/export.csv")
    def reports_csv(request: Request, _: Session = handler) -> Response:
        return csv_response(inbox.to_csv(inbox.list_reports(db, _filter(request))))

    @router.post("/reports/{kiosk_id}/{event_id}")
    def change_report(request: Request, kiosk_id: str, event_id: str, status: str = Form(max_length=20),
                      assignee: str = Form("", max_length=64), notes: str = Form("", max_length=4000),
                      back: str = Form("", max_length=2000), session: Session = handler) -> Response:
        try:
            inbox.update_report(db, accounts, session.operator.username, kiosk_id, event_id,
                                status=status, assignee=assignee.strip(), notes=notes)
        except (ValueError, LookupError) as exc:
            return render("message.html", request, session, "Not saved", status=422,
                          error=str(exc).strip("'"))
        return RedirectResponse(f"/operator/reports?{back}&msg=saved".replace("?&", "?"), status_code=303)

    @router.get("/callbacks")
    def callbacks(request: Request, session: Session = viewer) -> HTMLResponse:
        """The situation centre's queue; phone numbers and actions only for those who call."""
        flt = {k: (request.query_params.get(k) or "")[:64] for k in centre.FILTERS}
        status = flt.pop("status")
        entries = centre.queue(db, status or None, **flt)
        waiting = sum(1 for e in entries if e["status"] == "new")
        return render("callbacks.html", request, session, "Call-back queue", section="callbacks",
                      callbacks=centre.for_role(entries, session.operator.role), waiting=waiting,
                      flt={"status": status, **flt}, query=urlencode({"status": status, **flt}),
                      statuses=centre.STATUSES, next=centre.NEXT, topics=TOPICS, languages=CALL_LANGUAGES)

    @router.post("/callbacks/{kiosk_id}/{event_id}")
    def change_callback(request: Request, kiosk_id: str, event_id: str, status: str = Form("", max_length=20),
                        notes: str = Form("", max_length=centre.MAX_NOTES),
                        back: str = Form("", max_length=2000), session: Session = handler) -> Response:
        try:
            centre.change(db, accounts, session.operator.username, kiosk_id, event_id, status=status or None,
                          notes=notes)
        except (ValueError, LookupError) as exc:
            return render("message.html", request, session, "Not saved", status=422,
                          error=str(exc).strip("'"))
        return RedirectResponse(f"/operator/callbacks?{back}&msg=saved".replace("?&", "?"), status_code=303)

    def _kiosks_page(request: Request, session: Session, status: int = 200, **values: Any) -> HTMLResponse:
        rows = [{**k, "tokens": db.tokens(k["kiosk_id"])} for k in db.fleet()]
        return render("kiosks.html", request, session, "Kiosks and tokens", status=status, section="kiosks",
                      kiosks=rows, **values)

    @router.get("/kiosks")
    def kiosks(request: Request, session: Session = admin) -> HTMLResponse:
        return _kiosks_page(request, session)

    @router.post("/kiosks")
    def enrol_kiosk(request: Request, kiosk_id: str = Form(max_length=64), rotate: str = Form(""),
                    overlap_hours: float = Form(24.0, ge=0, le=720),
                    session: Session = admin) -> HTMLResponse:
        try:
            token = enrol(db, accounts, session.operator.username, kiosk_id.strip(), bool(rotate),
                          overlap_hours)
        except (ValueError, EnrolError) as exc:
            return _kiosks_page(request, session, status=409, error=str(exc))
        issued = {"kiosk_id": kiosk_id.strip(), "token": token, "rotate": bool(rotate),
                  "overlap_hours": f"{overlap_hours:g}"}
        response = _kiosks_page(request, session, status=201, issued=issued)
        response.headers["cache-control"] = "no-store"
        return response

    @router.post("/kiosks/{kiosk_id}/revoke")
    def revoke_kiosk(kiosk_id: str, session: Session = admin) -> Response:
        revoke(db, accounts, session.operator.username, kiosk_id)
        return RedirectResponse("/operator/kiosks?msg=revoked", status_code=303)

    def _accounts_page(request: Request, session: Session, status: int = 200, **values: Any) -> HTMLResponse:
        return render("accounts.html", request, session, "Accounts", status=status, section="accounts",
                      operators=accounts.all(), roles=[r.value for r in Role], **values)

    @router.get("/accounts")
    def accounts_page(request: Request, session: Session = admin) -> HTMLResponse:
        return _accounts_page(request, session)

    @router.post("/accounts")
    def create_account(request: Request, username: str = Form(max_length=64),
                       password: str = Form(max_length=1024), role: str = Form(max_length=32),
                       session: Session = admin) -> Response:
        try:
            accounts.create(username, password, role, actor=session.operator.username)
        except AccountError as exc:
            return _accounts_page(request, session, status=422, error=str(exc))
        return RedirectResponse("/operator/accounts?msg=created", status_code=303)

    @router.post("/accounts/{username}")
    def change_account(request: Request, username: str, role: str = Form(max_length=32),
                       state: str = Form("active", max_length=10), session: Session = admin) -> Response:
        try:
            accounts.change(username, actor=session.operator.username, role=role,
                            disabled=state == "disabled")
        except AccountError as exc:
            return _accounts_page(request, session, status=422, error=str(exc))
        return RedirectResponse("/operator/accounts?msg=saved", status_code=303)

    @router.get("/audit")
    def audit(request: Request, session: Session = admin) -> HTMLResponse:
        log_page = web.page_of(request.query_params.get("page"), accounts.audit_count())
        return render("audit.html", request, session, "Audit log", section="audit", log_page=log_page,
                      entries=accounts.audit_entries(log_page.size, offset=log_page.offset))

    return router
