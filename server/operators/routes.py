"""Wiring of the operator API and pages into the server app: routers, the 401/403 answers, page headers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.staticfiles import StaticFiles

from content import web
from server.accounts import Accounts
from server.db import ServerDB
from server.operators.api import api_router
from server.operators.guard import OperatorAuthError
from server.operators.pages import TEMPLATES, page_router

PAGE_HEADERS = {
    "content-security-policy": "default-src 'self'; frame-ancestors 'none'; form-action 'self'; "
                               "base-uri 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}


def install(app: FastAPI, db: ServerDB, accounts: Accounts | None = None) -> Accounts:
    """Add `/operator/api/...` and `/operator/...` to `app`; returns the `Accounts` they use."""
    accounts = accounts or Accounts(db)
    app.include_router(api_router(db, accounts))
    app.include_router(page_router(db, accounts))
    app.mount("/operator/static", StaticFiles(directory=web.STATIC), name="operator-static")  # the staff look

    @app.exception_handler(OperatorAuthError)
    async def _auth_error(request: Request, exc: OperatorAuthError) -> Response:
        if not exc.page:
            return JSONResponse({"detail": exc.message}, status_code=exc.status,
                                headers={"WWW-Authenticate": "Session"} if exc.status == 401 else None)
        if exc.status == 401 and request.method == "GET":
            return RedirectResponse(f"/operator/login?next={quote(request.url.path)}", status_code=303)
        html = TEMPLATES.get_template("message.html").render(
            title="Not allowed" if exc.status == 403 else "Log in first", error=exc.message, me=None,
            server_time=db.now())
        return HTMLResponse(html, status_code=exc.status)

    @app.middleware("http")
    async def _page_headers(request: Request,
                            call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        if request.url.path.startswith("/operator"):
            for name, value in PAGE_HEADERS.items():
                response.headers.setdefault(name, value)
        return response

    return accounts
