"""The situation centre's call-back queue: requests left at kiosks, new → called → resolved.

A request itself (its `events` row, kind `callback`) is never changed; what an operator does is kept in
`callback_handling`, and every change goes into the audit log in the same transaction. The queue puts the
requests still waiting for a call first, urgent topics (passport taken, forced labour, armed-forces
recruitment: `content.callbacks.URGENT_TOPICS`) before the rest, and the longest-waiting first within
each; "waited" counts from the server's receipt to the first call (or to now while none was made).

The operators' API (`/operator/api/callbacks`) and page (`/operator/callbacks`) show the queue to every
operator, but the traveller's phone number only to a reports handler or administrator (the people who
call); moving a request along needs that role too, and resolving it needs a note of what was done.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import and_, select

from content.callbacks import is_urgent
from server.accounts import Accounts, Role, Session, allows
from server.db import ServerDB
from server.handling import write_handling
from server.operators.guard import guard
from server.schema import callback_handling, events

STATUSES = ("new", "called", "resolved")
# Only forward: a request that was called cannot become new again (the audit log keeps the history).
NEXT = {"new": ("called", "resolved"), "called": ("resolved",), "resolved": ()}
MAX_NOTES = 4000
FILTERS = ("status", "urgent", "language", "topic", "country", "kiosk")
# The request's payload fields by filter name (status and urgent come from the handling and the topic).
_PAYLOAD_FILTERS = {"language": "call_language", "topic": "topic", "country": "country", "kiosk": "kiosk_id"}


def queue(db: ServerDB, status: str | None = None, **filters: str | None) -> list[dict[str, Any]]:
    """Every call-back request with its handling, in the order an operator should call; `filters` by
    `urgent` ("1"), `language`, `topic`, `country` and `kiosk` keep only the matching requests."""
    query = (select(events, callback_handling.c.status, callback_handling.c.called_at,
                    callback_handling.c.resolved_at, callback_handling.c.notes,
                    callback_handling.c.updated_by)
             .select_from(events.outerjoin(callback_handling, and_(
                 callback_handling.c.kiosk_id == events.c.kiosk_id,
                 callback_handling.c.event_id == events.c.event_id)))
             .where(events.c.kind == "callback"))
    with db.begin() as conn:
        rows = conn.execute(query).mappings().all()
    now = db.clock()
    out = [_entry(dict(r), now) for r in rows]
    if status:
        out = [r for r in out if r["status"] == status]
    if filters.get("urgent"):
        out = [r for r in out if r["urgent"]]
    for name, key in _PAYLOAD_FILTERS.items():
        if value := filters.get(name):
            out = [r for r in out if str(r.get(key) or "") == value]
    return sorted(out, key=lambda r: (r["status"] == "resolved", r["status"] == "called", not r["urgent"],
                                      r["received_at"], r["event_id"]))


def waited_words(seconds: int) -> str:
    """How long a request has waited, as an operator reads it: `45 min`, `3 h 05 min`, `2 d 4 h`."""
    minutes = max(0, seconds) // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes:02d} min"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h"


def _entry(row: dict[str, Any], now: datetime) -> dict[str, Any]:
    payload = json.loads(row.pop("payload"))
    status = row["status"] or "new"
    until = datetime.fromisoformat(row["called_at"]) if row["called_at"] else now
    waited = max(0, int((until - datetime.fromisoformat(row["received_at"])).total_seconds()))
    return {**row, "status": status, "notes": row["notes"] or "",
            "urgent": is_urgent(str(payload.get("topic"))), "waited_s": waited,
            "waited": waited_words(waited),
            **{key: payload.get(key) for key in ("phone", "call_language", "topic", "country")}}


def for_role(entries: list[dict[str, Any]], role: str) -> list[dict[str, Any]]:
    """The queue as `role` may see it: without phone numbers below a reports handler."""
    if allows(role, Role.REPORTS_HANDLER):
        return entries
    return [{**e, "phone": None, "phone_hidden": True} for e in entries]


def change(db: ServerDB, accounts: Accounts, actor: str, kiosk_id: str, event_id: str, *,
           status: str | None = None, notes: str | None = None) -> None:
    """Move a request along the queue or note on it; ValueError (a sentence) if that is not allowed."""
    if status is not None and status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}")
    if notes is not None and len(notes) > MAX_NOTES:
        raise ValueError(f"notes are limited to {MAX_NOTES} characters")
    now = db.now()
    with db.begin() as conn:
        if conn.execute(select(events.c.event_id).where(
                events.c.kiosk_id == kiosk_id, events.c.event_id == event_id,
                events.c.kind == "callback")).first() is None:
            raise LookupError("no such call-back request")
        this = and_(callback_handling.c.kiosk_id == kiosk_id, callback_handling.c.event_id == event_id)
        current = conn.execute(select(callback_handling).where(this)).mappings().first()
        old = current["status"] if current else "new"
        values: dict[str, Any] = {"updated_at": now, "updated_by": actor}
        changed: dict[str, Any] = {}
        if status is not None and status != old:
            if status not in NEXT[old]:
                raise ValueError(f"a {old} request cannot become {status}")
            if status == "resolved" and not (notes if notes is not None else
                                             (current["notes"] if current else "")).strip():
                raise ValueError("resolving a request needs a note of what was done")
            values["status"] = status
            values[f"{status}_at"] = now
            if status == "resolved" and not (current and current["called_at"]):
                values["called_at"] = now  # resolved without a logged call: the wait ends here too
            changed["status"] = {"from": old, "to": status}
        if notes is not None and notes != (current["notes"] if current else ""):
            values["notes"] = notes
            changed["notes"] = {"from": current["notes"] if current else "", "to": notes}
        write_handling(conn, accounts, callback_handling, this, kiosk_id=kiosk_id, event_id=event_id,
                       exists=current is not None, values=values, changed=changed, actor=actor,
                       action="callback.update")


class CallbackChange(BaseModel):
    status: str | None = Field(default=None, max_length=20)
    notes: str | None = Field(default=None, max_length=MAX_NOTES)


def callbacks_router(db: ServerDB, accounts: Accounts) -> APIRouter:
    router = APIRouter(prefix="/operator/api", tags=["operators"])
    viewer = Depends(guard(accounts, Role.FLEET_VIEWER))
    handler = Depends(guard(accounts, Role.REPORTS_HANDLER))

    @router.get("/callbacks")
    def list_callbacks(status: str | None = None, urgent: str | None = None, language: str | None = None,
                       topic: str | None = None, country: str | None = None, kiosk: str | None = None,
                       session: Session = viewer) -> dict[str, Any]:
        """The queue in calling order: waiting before called before resolved, urgent first, oldest first.
        Phone numbers only for a reports handler or administrator."""
        entries = queue(db, status or None, urgent=urgent, language=language, topic=topic, country=country,
                        kiosk=kiosk)
        return {"server_time": db.now(), "callbacks": for_role(entries, session.operator.role),
                "can_call": allows(session.operator.role, Role.REPORTS_HANDLER)}

    @router.post("/callbacks/{kiosk_id}/{event_id}")
    def change_callback(kiosk_id: str, event_id: str, body: CallbackChange,
                        session: Session = handler) -> dict[str, str]:
        try:
            change(db, accounts, session.operator.username, kiosk_id, event_id, status=body.status,
                   notes=body.notes)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
        except LookupError:
            raise HTTPException(404, "no such call-back request") from None
        return {"status": "saved"}

    return router
