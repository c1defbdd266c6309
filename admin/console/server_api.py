"""The console's client of kiosk-server's operator API: it logs the desk user in to the server and then
reads the fleet, the reports inbox and the call-back queue, and changes a report or a call-back, with that
user's session and CSRF token (so the server's role checks and audit log apply to the desk user)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import requests

TIMEOUT_S = 15


class ServerError(Exception):
    """The server refused or could not be reached; the message is one line for the desk user."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class ServerSession:
    base: str
    http: requests.Session
    csrf: str
    username: str
    role: str

    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        try:
            response = self.http.request(method, self.base + path, timeout=TIMEOUT_S,
                                         headers={"X-CSRF-Token": self.csrf}, **kwargs)
        except requests.RequestException as exc:
            raise ServerError(f"kiosk-server at {self.base} cannot be reached "
                              f"({type(exc).__name__})") from None
        if response.status_code >= 400:
            raise ServerError(_detail(response), response.status_code)
        return response

    def fleet(self) -> dict[str, Any]:
        return dict(self._call("GET", "/operator/api/fleet").json())

    def reports(self, **filters: str) -> list[dict[str, Any]]:
        params = {k: v for k, v in filters.items() if v}
        return list(self._call("GET", "/operator/api/reports", params=params).json()["reports"])

    def change_report(self, kiosk_id: str, event_id: str, **changes: str | None) -> None:
        self._call("POST", f"/operator/api/reports/{_segment(kiosk_id)}/{_segment(event_id)}", json=changes)

    def callbacks(self, **filters: str) -> dict[str, Any]:
        """The queue as this user's role may see it (phone numbers only for reports handlers)."""
        params = {k: v for k, v in filters.items() if v}
        return dict(self._call("GET", "/operator/api/callbacks", params=params).json())

    def change_callback(self, kiosk_id: str, event_id: str, **changes: str | None) -> None:
        self._call("POST", f"/operator/api/callbacks/{_segment(kiosk_id)}/{_segment(event_id)}", json=changes)

    def logout(self) -> None:
        with contextlib.suppress(ServerError):
            self._call("POST", "/operator/api/logout")


def _segment(value: str) -> str:
    """`value` as one segment of an address on the server, whatever it holds: "?", "#", "/" and the dots of
    ".." are escaped, so that it can neither end the path nor climb out of it."""
    return quote(value, safe="").replace(".", "%2E")


def login(base: str, username: str, password: str) -> ServerSession:
    http = requests.Session()
    try:
        response = http.post(base.rstrip("/") + "/operator/api/login",
                             json={"username": username, "password": password}, timeout=TIMEOUT_S)
    except requests.RequestException as exc:
        raise ServerError(f"kiosk-server at {base} cannot be reached ({type(exc).__name__})") from None
    if response.status_code != 200:
        raise ServerError(_detail(response), response.status_code)
    body = response.json()
    return ServerSession(base.rstrip("/"), http, body["csrf_token"], body["username"], body["role"])


def _detail(response: requests.Response) -> str:
    """The server's reason, one line for the desk user: its `detail`, or for a request its API could not
    read (FastAPI's list of validation errors) each field and what is wrong with it."""
    try:
        body = response.json()
    except ValueError:
        body = None
    detail = body.get("detail") if isinstance(body, dict) else None
    if isinstance(detail, list):
        detail = "; ".join(f"{error['loc'][-1]}: {error.get('msg', 'not accepted')}" for error in detail
                           if isinstance(error, dict) and error.get("loc"))
    return str(detail) if detail else f"kiosk-server answered HTTP {response.status_code}"
