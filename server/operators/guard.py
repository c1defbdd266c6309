"""Who is asking: the session cookie, the role an operator route needs, and the CSRF check on changes.

No session → 401 (pages redirect to the login form); a role too low → 403; a request that changes
something (any method but GET/HEAD) without the session's CSRF token, in the `X-CSRF-Token` header or the
`csrf_token` form field → 403. The token comparison is constant-time.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable

from fastapi import Request

from server.accounts import Accounts, Role, Session, allows

SESSION_COOKIE = "kiosk_operator"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class OperatorAuthError(Exception):
    """401/403 for an operator route; `page` routes answer with a redirect or an HTML page instead."""

    def __init__(self, status: int, message: str, *, page: bool) -> None:
        super().__init__(message)
        self.status, self.message, self.page = status, message, page


def guard(accounts: Accounts, needed: Role, *, page: bool = False
          ) -> Callable[[Request], Awaitable[Session]]:
    """A FastAPI dependency that returns the caller's session or raises `OperatorAuthError`."""

    async def dependency(request: Request) -> Session:
        session = accounts.session(request.cookies.get(SESSION_COOKIE))
        if session is None:
            raise OperatorAuthError(401, "log in first", page=page)
        if not allows(session.operator.role, needed):
            raise OperatorAuthError(403, f"this needs the {needed.label} role; you are a "
                                         f"{Role(session.operator.role).label}", page=page)
        if request.method not in SAFE_METHODS:
            sent = request.headers.get("x-csrf-token")
            if sent is None and "form" in request.headers.get("content-type", ""):
                value = (await request.form()).get("csrf_token")
                sent = value if isinstance(value, str) else None
            if not sent or not hmac.compare_digest(sent, session.csrf_token):
                raise OperatorAuthError(403, "missing or wrong CSRF token: reload the page and try again",
                                        page=page)
        return session

    return dependency
