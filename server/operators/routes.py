"""Wiring of the operator API and pages into the server app: routers, the 401/403 answers, the pages' HTTP
errors (an unknown address, a form's address opened as a page) and text the database cannot store as pages,
page headers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException
from starlette.staticfiles import StaticFiles

from content import web
from server.accounts import Accounts
from server.db import ServerDB
from server.operators.api import api_router
from server.operators.guard import SESSION_COOKIE, OperatorAuthError
from server.operators.pages import is_page, page_router, render_page
from server.storage import UnstorableText

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
        title = "Not allowed" if exc.status == 403 else "Log in first"
        return render_page(db, "message.html", request, None, title, exc.status, error=exc.message)

    async def _error_page(request: Request, status: int, detail: str,
                          headers: Mapping[str, str] | None = None) -> Response:
        """An HTTP error on an operator page as a page, with the sections when logged in."""
        session = await run_in_threadpool(accounts.session, request.cookies.get(SESSION_COOKIE))
        title, sentence = web.error_page(status, request.method, detail)
        response = render_page(db, "message.html", request, session, title, status, error=sentence)
        response.headers.update(headers or {})  # a 405's Allow
        return response

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> Response:
        if not is_page(request.url.path):  # the API, the repository, kiosks' events: JSON as documented
            return await http_exception_handler(request, exc)
        return await _error_page(request, exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        if not is_page(request.url.path):
            return await request_validation_exception_handler(request, exc)
        fields = "; ".join(f"{error['loc'][-1]}: {error['msg']}" for error in exc.errors())
        return await _error_page(request, 422, f"the form could not be read ({fields}); nothing was changed")

    @app.exception_handler(UnstorableText)
    async def _unstorable(request: Request, exc: UnstorableText) -> Response:
        """Text the database cannot store (a NUL), from any route: refused before it was stored."""
        message = f"{exc}; nothing was changed"
        if not is_page(request.url.path):
            return JSONResponse({"detail": message}, status_code=422)
        return await _error_page(request, 422, message)

    @app.middleware("http")
    async def _page_headers(request: Request,
                            call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        if request.url.path.startswith("/operator"):
            for name, value in PAGE_HEADERS.items():
                response.headers.setdefault(name, value)
        return response

    return accounts
