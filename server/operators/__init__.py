"""The operators' side of kiosk-server: a JSON API (`/operator/api/...`) and server-rendered pages
(`/operator/...`) for the fleet, the reports inbox, kiosk enrolment, accounts and the audit log.

`install(app, db)` adds both to a FastAPI app; `server.accounts` holds the rules they enforce."""

from server.operators.routes import install

__all__ = ["install"]
