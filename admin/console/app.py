"""`kiosk-admin console`: the desk's web console on 127.0.0.1 (content, registry, alerts, publish, fleet,
reports, audit).

The console signs with the offline keys of the machine it runs on, so it listens on the loopback address
only and refuses requests whose Host is not that address (a web page elsewhere cannot reach it by DNS
rebinding). Its users log in with their kiosk-server account: the console keeps that server session to show
the fleet and the reports inbox, and records the user's name with every change. Forms carry a per-session
CSRF token; all text is escaped by Jinja2's autoescape.
"""

from __future__ import annotations

import hmac
import re
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.staticfiles import StaticFiles

from admin.console import server_api
from admin.console.content_pages import Ui, content_router
from admin.console.desk import DESK_WORK, Desk
from admin.console.progress import Runs
from admin.console.vacancy_pages import vacancy_router
from admin.console.workspace import ACTIONS, MAX_TEXT, EditError, too_long_message, typed_count
from content import web
from content.callbacks import CALL_LANGUAGES, TOPICS
from content.errors import shorten_quoted
from content.model import LANGUAGES
from content.registry_diff import MAX_BYTES
from content.validate_registry import STATUS_REASON_MAX
from sync.layout import ROLE_VACANCIES
from sync.publisher import MissingRoleError

COOKIE = "kiosk_desk"
HEADERS = {"content-security-policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
                                      "form-action 'self'; base-uri 'none'",
           "x-content-type-options": "nosniff", "referrer-policy": "no-referrer", "x-frame-options": "DENY",
           "cache-control": "no-store"}
# The signing key a page's changes need: without it on this machine the page says so and changes nothing.
KEY_FOR = {"articles": "content", "guides": "content", "contacts": "content", "topics": "content",
           "preview": "content", "phone-preview": "content", "registry": "registry", "alerts": "alerts",
           "vacancies": "vacancies"}
# This app's own templates, then the parts both staff apps draw alike (content.web: the audit table).
TEMPLATES = Environment(loader=FileSystemLoader([Path(__file__).parent / "templates", web.TEMPLATE_DIR]),
                        autoescape=select_autoescape(default=True, default_for_string=True))


def breakable(value: object) -> Markup:
    """`value` as escaped text that may wrap after each slash (after the last of "//"): a URL in a diff cell
    wraps at its path on a phone instead of being cut anywhere or making its column as wide as the URL."""
    return Markup("<wbr>").join(escape(part) for part in re.split(r"(?<=/)(?!/)", str(value)) if part)


TEMPLATES.filters["breakable"] = breakable
TEMPLATES.filters["unbroken_dates"] = web.unbroken_dates
TEMPLATES.filters["when"] = web.when  # as on the operator pages: UTC, said in the footer
TEMPLATES.globals["status_reason_max"] = STATUS_REASON_MAX  # the registry's rule, as the reason box's bound
CALLBACK_FILTERS = ("status", "urgent", "language", "topic", "country", "kiosk")


@dataclass
class DeskSession:
    server: server_api.ServerSession
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    uploads: dict[str, bytes] = field(default_factory=dict)   # registry uploads waiting for "apply"


class Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        message = shorten_quoted(message)  # what was typed or asked for is quoted short (content.errors)
        super().__init__(message)
        self.status, self.message = status, message


def create_console(source: Path, deploy: Path, server_url: str) -> FastAPI:
    desk = Desk(source, deploy)
    runs = Runs()
    sessions: dict[str, DeskSession] = {}
    app = FastAPI(title="kiosk-admin console", docs_url=None, redoc_url=None, openapi_url=None)
    app.mount("/static", StaticFiles(directory=web.STATIC), name="static")  # the staff look (content.web)

    @app.middleware("http")
    async def _guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        host = request.headers.get("host", "").rsplit(":", 1)[0]
        if host not in ("127.0.0.1", "localhost"):
            return Response("the console answers only on 127.0.0.1", status_code=421)
        role = KEY_FOR.get(request.url.path.strip("/").split("/")[0])
        if role and not desk.can(role) and request.cookies.get(COOKIE, "") in sessions:
            me = sessions[request.cookies[COOKIE]]
            response: Response = page(request, me, "message.html", "Not at this desk", status=403,
                                      error=f"This machine has no {role} signing key, so "
                                            f"{DESK_WORK[role]} cannot be changed here.")
        else:
            response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(Refused)
    async def _refused(request: Request, exc: Refused) -> Response:
        if exc.status == 401:
            return RedirectResponse("/login", status_code=303)
        return page(request, None, "message.html", "Not done", status=exc.status, error=exc.message)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> Response:
        """An address with no page, or a page asked for with the wrong method: a console page saying so,
        with the sections when logged in, not Starlette's bare JSON (the console has no JSON API to keep)."""
        title, sentence = web.error_page(exc.status_code, request.method, str(exc.detail))
        response = page(request, sessions.get(request.cookies.get(COOKIE, "")), "message.html", title,
                        status=exc.status_code, error=sentence)
        response.headers.update(exc.headers or {})  # a 405's Allow
        return response

    def session_of(request: Request) -> DeskSession:
        found = sessions.get(request.cookies.get(COOKIE, ""))
        if found is None:
            raise Refused(401, "log in first")
        return found

    async def posted_fields(request: Request) -> tuple[DeskSession, FormData, dict[str, int]]:
        """The session and form of a POST, after the CSRF check, and the text fields too long to keep
        ({name: characters}): those are blanked in the form, so that the page can say so at the field and
        show everything else that was typed (`too_long_at_field`)."""
        me = session_of(request)
        try:
            form = await request.form(max_files=1, max_fields=200, max_part_size=MAX_BYTES)
        except Exception as exc:  # multipart limits and malformed bodies: a clear answer, nothing changed
            raise Refused(413, f"the form could not be read ({exc}); nothing was changed") from None
        sent = form.get("csrf_token")
        if not isinstance(sent, str) or not hmac.compare_digest(sent, me.csrf):
            raise Refused(403, "missing or wrong CSRF token: reload the page and try again")
        too_long = {name: len(value) for name, value in form.multi_items()
                    if isinstance(value, str) and len(value) > MAX_TEXT}
        if too_long:
            form = FormData([(k, "" if k in too_long else v) for k, v in form.multi_items()])
        return me, form, too_long

    async def posted(request: Request) -> tuple[DeskSession, FormData]:
        """`posted_fields` for a form whose page cannot show an error at a field: a field too long to
        keep refuses the whole form."""
        me, form, too_long = await posted_fields(request)
        for name, length in too_long.items():
            raise Refused(413, f"the field {name!r}: {too_long_message(length)}")
        return me, form

    def page(request: Request, me: DeskSession | None, name: str, title: str, status: int = 200,
             **values: Any) -> HTMLResponse:
        html = TEMPLATES.get_template(name).render(
            title=title, me=me, csrf=me.csrf if me else "", desks=desk.desks(), languages=LANGUAGES,
            can={role: desk.can(role) for role in DESK_WORK}, described=desk.described(),
            sample=_is_sample(desk.workspace.source), now=datetime.now(UTC).strftime("%Y-%m-%d %H:%M"),
            message=values.pop("message", None), **values)
        return HTMLResponse(html, status_code=status)

    def text(form: FormData, name: str) -> str:
        value = form.get(name, "")
        return value if isinstance(value, str) else ""

    # --- login ------------------------------------------------------------------------------------

    @app.get("/login")
    def login_form(request: Request) -> HTMLResponse:
        return page(request, None, "login.html", "Log in", server=server_url)

    @app.post("/login")
    async def login(request: Request) -> Response:
        form = await request.form(max_fields=5, max_part_size=4096)
        name, password = str(form.get("username", "")), str(form.get("password", ""))
        try:
            server = server_api.login(server_url, name, password)
        except server_api.ServerError as exc:
            return page(request, None, "login.html", "Log in", status=401, error=str(exc), server=server_url,
                        username=name)
        token = secrets.token_urlsafe(32)
        sessions[token] = DeskSession(server)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(COOKIE, token, httponly=True, samesite="strict")
        return response

    @app.post("/logout")
    async def logout(request: Request) -> Response:
        me, _ = await posted(request)
        me.server.logout()
        sessions.pop(request.cookies.get(COOKIE, ""), None)
        return RedirectResponse("/login", status_code=303)

    # --- overview and publish ---------------------------------------------------------------------

    @app.get("/")
    def overview(request: Request) -> HTMLResponse:
        me = session_of(request)
        return page(request, me, "overview.html", "Desk", summary=desk.summary(),
                    problems=desk.workspace.problems()[:30])

    @app.get("/publish")
    def publish_form(request: Request) -> HTMLResponse:
        me = session_of(request)
        return page(request, me, "publish.html", "Publish", summary=desk.summary(),
                    problems=desk.workspace.problems()[:30])

    @app.post("/publish")
    async def publish(request: Request) -> Response:
        """Start the publish and show its progress page (the publish runs in a thread of its own)."""
        me, _ = await posted(request)
        summary = desk.summary()
        if summary.empty:
            return page(request, me, "publish.html", "Publish", status=409, summary=summary, problems=[],
                        error="Nothing to publish: the sources are as last published.")
        if summary.vacancies and not desk.has_vacancies_role():
            return page(request, me, "publish.html", "Publish", status=409, summary=summary, problems=[],
                        error=f"Not published: {MissingRoleError(ROLE_VACANCIES)}.")
        key = runs.start(me.server.username, lambda run: desk.publish(me.server.username, run.enter))
        if key is None:
            return page(request, me, "publish.html", "Publish", status=409, summary=summary, problems=[],
                        error="Another publish is under way: wait for it to finish.")
        return RedirectResponse(f"/publish/runs/{key}", status_code=303)

    @app.get("/publish/runs/{key}.json")
    def publish_run_json(request: Request, key: str) -> dict[str, Any]:
        session_of(request)
        run = runs.get(key)
        if run is None:
            raise Refused(404, "no such publish")
        return {"step": run.step, "finished": run.finished, "failed": run.failed, "steps": run.rows(),
                "version": run.result.version if run.result else None}

    @app.get("/publish/runs/{key}")
    def publish_run(request: Request, key: str) -> HTMLResponse:
        me = session_of(request)
        run = runs.get(key)
        if run is None:
            raise Refused(404, "no such publish (the console keeps the last few)")
        title = "Published" if run.result else "Publish failed" if run.failed else "Publishing…"
        return page(request, me, "published.html", title, status=200, run=run, result=run.result)

    # --- articles, guides, contacts, topics (admin.console.content_pages) ----------------------------

    app.include_router(content_router(desk.workspace, Ui(
        session_of=session_of, posted=posted_fields, page=page, refused=Refused,
        audit=desk.audit.append)))

    # --- vacancies (admin.console.vacancy_pages) -----------------------------------------------------

    app.include_router(vacancy_router(desk.vacancies, Ui(
        session_of=session_of, posted=posted_fields, page=page, refused=Refused,
        audit=desk.audit.append), has_role=desk.has_vacancies_role))

    # --- registry ---------------------------------------------------------------------------------

    @app.get("/registry")
    def registry(request: Request) -> HTMLResponse:
        me = session_of(request)
        return page(request, me, "registry.html", "Registry", count=len(desk.workspace.registry_rows()),
                    actions=list(ACTIONS), today=datetime.now(UTC).date().isoformat())

    @app.post("/registry/upload")
    async def upload(request: Request) -> HTMLResponse:
        me, form = await posted(request)
        file = form.get("file")
        data = await file.read(MAX_BYTES + 1) if isinstance(file, UploadFile) else b""
        if not data:
            raise Refused(422, "choose the registry CSV file to upload")
        problems = desk.check_upload(data)
        if problems:
            return page(request, me, "registry.html", "Registry", status=422, upload_problems=problems,
                        count=len(desk.workspace.registry_rows()), actions=list(ACTIONS),
                        today=datetime.now(UTC).date().isoformat())
        result = desk.diff_upload(data)
        key = secrets.token_urlsafe(12)
        me.uploads = {key: data}
        return page(request, me, "registry_diff.html", "Registry: what the upload changes", diff=result,
                    upload=key)

    @app.post("/registry/apply")
    async def apply_upload(request: Request) -> HTMLResponse:
        me, form = await posted(request)
        data = me.uploads.get(text(form, "upload"))
        if data is None:
            raise Refused(409, "this upload is no longer waiting; upload the file again")
        result = desk.diff_upload(data, confirm_removals=typed_count(text(form, "confirm_removals")))
        if result.problems:
            return page(request, me, "registry_diff.html", "Registry: what the upload changes", status=422,
                        diff=result, upload=text(form, "upload"), error="Not applied: " + result.problems[0])
        desk.workspace.replace_registry(data)
        me.uploads.clear()
        desk.audit.append(me.server.username, "registry.upload", "registry/agencies.csv", result.counts)
        return page(request, me, "message.html", "Registry updated in the sources",
                    message="The registry in the sources is updated. Publish to sign it and send it "
                            "to kiosks.")

    @app.post("/registry/agency")
    async def agency_action(request: Request) -> HTMLResponse:
        me, form = await posted(request)
        licence, action = text(form, "licence_no").strip(), text(form, "action")
        try:
            row = desk.workspace.agency_action(licence, action, text(form, "date"), text(form, "reason"))
        except EditError as exc:
            return page(request, me, "registry.html", "Registry", status=422, error=str(exc),
                        count=len(desk.workspace.registry_rows()), actions=list(ACTIONS),
                        today=text(form, "date"), form=dict(form))
        desk.audit.append(me.server.username, f"agency.{action}", licence,
                          {"date": row["status_changed_on"], "reason": row["status_reason"]})
        return page(request, me, "registry.html", "Registry", count=len(desk.workspace.registry_rows()),
                    actions=list(ACTIONS), today=datetime.now(UTC).date().isoformat(),
                    message=f"{licence} ({row['name']}) is now {row['status']} in the sources. "
                            "Publish to send it to kiosks.")

    # --- alerts -----------------------------------------------------------------------------------

    @app.get("/alerts")
    def alerts(request: Request) -> HTMLResponse:
        me = session_of(request)
        return page(request, me, "alerts.html", "Alerts", alerts=desk.workspace.alerts(), form={},
                    today=datetime.now(UTC).date().isoformat())

    @app.post("/alerts")
    async def compose(request: Request) -> HTMLResponse:
        me, form, too_long = await posted_fields(request)
        fields = {k: text(form, k) for k in ("id", "lang", "severity", "published_on", "expires_on", "qr",
                                              "title", "summary", "body")}
        fields_any: dict[str, Any] = {**fields, "red_flags": text(form, "red_flags").splitlines(),
                                      "actions": text(form, "actions").splitlines()}
        try:
            if too_long:
                raise EditError("not saved: a field is far too long; everything else you typed is kept",
                                [("", name, too_long_message(n)) for name, n in too_long.items()])
            desk.workspace.compose_alert(fields_any)
        except (EditError, KeyError) as exc:
            problems = exc.problems if isinstance(exc, EditError) else []
            return page(request, me, "alerts.html", "Alerts", status=422, error=str(exc), problems=problems,
                        alerts=desk.workspace.alerts(), form=dict(form),
                        today=datetime.now(UTC).date().isoformat())
        desk.audit.append(me.server.username, "alert.compose", fields["id"], {"lang": fields["lang"]})
        return RedirectResponse("/alerts", status_code=303)  # type: ignore[return-value]  # the route also renders pages

    @app.post("/alerts/{alert_id}/{action}")
    async def alert_action(request: Request, alert_id: str, action: str) -> Response:
        me, _ = await posted(request)
        try:
            if action == "expire":
                desk.workspace.expire_alert(alert_id)
            elif action == "withdraw":
                desk.workspace.withdraw_alert(alert_id)
            else:
                raise Refused(404, "unknown action")
        except EditError as exc:
            raise Refused(422, str(exc)) from None
        desk.audit.append(me.server.username, f"alert.{action}", alert_id, {})
        return RedirectResponse("/alerts", status_code=303)

    # --- fleet and reports, from kiosk-server -----------------------------------------------------

    @app.get("/fleet")
    def fleet(request: Request) -> HTMLResponse:
        me = session_of(request)
        try:
            view = me.server.fleet()
        except server_api.ServerError as exc:
            raise Refused(exc.status if exc.status in (401, 403) else 502, str(exc)) from None
        return page(request, me, "fleet.html", "Fleet", fleet=view)

    @app.get("/reports")
    def reports(request: Request) -> HTMLResponse:
        me = session_of(request)
        flt = {k: request.query_params.get(k, "") for k in ("status", "kiosk", "agency", "since", "until")}
        try:
            rows = me.server.reports(**flt)
        except server_api.ServerError as exc:
            raise Refused(exc.status if exc.status in (401, 403) else 502, str(exc)) from None
        return page(request, me, "reports.html", "Reports", reports=rows, flt=flt)

    @app.post("/reports/{kiosk_id}/{event_id}")
    async def change_report(request: Request, kiosk_id: str, event_id: str) -> Response:
        me, form = await posted(request)
        try:
            me.server.change_report(kiosk_id, event_id, status=text(form, "status"),
                                    assignee=text(form, "assignee"), notes=text(form, "notes"))
        except server_api.ServerError as exc:
            raise Refused(exc.status if exc.status in (403, 404, 422) else 502, str(exc)) from None
        return RedirectResponse("/reports", status_code=303)

    @app.get("/callbacks")
    def callbacks(request: Request) -> HTMLResponse:
        me = session_of(request)
        flt = {k: request.query_params.get(k, "")[:64] for k in CALLBACK_FILTERS}
        try:
            view = me.server.callbacks(**flt)
        except server_api.ServerError as exc:
            raise Refused(exc.status if exc.status in (401, 403) else 502, str(exc)) from None
        return page(request, me, "callbacks.html", "Call-back queue", view=view, flt=flt,
                    topics=TOPICS, call_languages=CALL_LANGUAGES, query=urlencode(flt))

    @app.post("/callbacks/{kiosk_id}/{event_id}")
    async def change_callback(request: Request, kiosk_id: str, event_id: str) -> Response:
        me, form = await posted(request)
        status = text(form, "status") or None
        try:
            me.server.change_callback(kiosk_id, event_id, status=status, notes=text(form, "notes"))
        except server_api.ServerError as exc:
            raise Refused(exc.status if exc.status in (403, 404, 422) else 502, str(exc)) from None
        back = text(form, "back")
        return RedirectResponse(f"/callbacks?{back}" if back else "/callbacks", status_code=303)

    @app.get("/audit")
    def audit(request: Request) -> HTMLResponse:
        me = session_of(request)
        log = desk.audit.read()  # once, for the page, the log's length and its chain
        log_page = web.page_of(request.query_params.get("page"), log.count)
        return page(request, me, "audit.html", "Desk audit log", log_page=log_page,
                    entries=log.entries(log_page.size, log_page.offset), broken=log.broken())

    return app


def _is_sample(source: Path) -> bool:
    settings = source / "bundle.yaml"
    return settings.exists() and "sample: true" in settings.read_text(encoding="utf-8")
