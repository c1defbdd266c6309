"""The reports inbox: fraud reports from kiosks with their handling (new / in progress / handled).

A report itself (the `events` row) is never changed: what an operator does is kept beside it in
`report_handling`, and every change goes into the audit log in the same transaction.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, select

from server.accounts import Accounts
from server.db import ServerDB
from server.handling import write_handling
from server.schema import events, report_handling
from sync.sealing import is_sealed

STATUSES = ("new", "in_progress", "handled")
MAX_NOTES = 4000
CSV_COLUMNS = ("reference", "status", "assignee", "kiosk_id", "created_at", "received_at", "target",
               "reasons", "language", "contact_phone", "notes", "updated_at", "updated_by", "event_id")


@dataclass(frozen=True)
class ReportFilter:
    status: str | None = None
    kiosk: str | None = None
    agency: str | None = None   # a piece of the reported agency / phone / channel, any case
    since: str | None = None    # YYYY-MM-DD, inclusive (created on the kiosk)
    until: str | None = None    # YYYY-MM-DD, inclusive


def agency_of(payload: dict[str, Any]) -> str:
    """Whom the traveller reported (the kiosk sends `target`; early kiosks sent `agency`). A report sealed
    to the agency's key says so: only `kiosk-admin events --key` at the desk can open it."""
    if is_sealed(payload):
        return "(sealed: open with kiosk-admin events --key)"
    return str(payload.get("target") or payload.get("agency") or "")


def list_reports(db: ServerDB, flt: ReportFilter = ReportFilter()) -> list[dict[str, Any]]:
    """Newest first, filtered; each row has the report's fields and its handling."""
    query = (select(events, report_handling.c.status, report_handling.c.assignee, report_handling.c.notes,
                    report_handling.c.updated_at, report_handling.c.updated_by)
             .select_from(events.outerjoin(report_handling, and_(
                 report_handling.c.kiosk_id == events.c.kiosk_id,
                 report_handling.c.event_id == events.c.event_id)))
             .where(events.c.kind == "report")
             .order_by(events.c.created_at.desc(), events.c.event_id))
    if flt.kiosk:
        query = query.where(events.c.kiosk_id == flt.kiosk)
    if flt.since:
        query = query.where(events.c.created_at >= flt.since)
    if flt.until:
        query = query.where(events.c.created_at < flt.until + "T99")  # the whole last day
    with db.begin() as conn:
        rows = conn.execute(query).mappings().all()
    out = []
    needle = (flt.agency or "").casefold()
    for r in rows:
        row = {**dict(r), "payload": json.loads(r["payload"])}
        row["status"] = row["status"] or "new"
        row["notes"] = row["notes"] or ""
        row["target"] = agency_of(row["payload"])
        if flt.status and row["status"] != flt.status:
            continue
        if needle and needle not in row["target"].casefold():
            continue
        out.append(row)
    return out


def update_report(db: ServerDB, accounts: Accounts, actor: str, kiosk_id: str, event_id: str, *,
                  status: str | None = None, assignee: str | None = None, notes: str | None = None) -> None:
    """Change a report's status, assignee or notes; ValueError (a sentence) if the request is wrong."""
    if status is not None and status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}")
    if notes is not None and len(notes) > MAX_NOTES:
        raise ValueError(f"notes are limited to {MAX_NOTES} characters")
    if assignee is not None and len(assignee) > 64:
        raise ValueError("an assignee is a user name of at most 64 characters")
    with db.begin() as conn:
        exists = conn.execute(select(events.c.event_id).where(
            events.c.kiosk_id == kiosk_id, events.c.event_id == event_id, events.c.kind == "report")).first()
        if exists is None:
            raise LookupError("no such report")
        this = and_(report_handling.c.kiosk_id == kiosk_id, report_handling.c.event_id == event_id)
        current = conn.execute(select(report_handling).where(this)).mappings().first()
        values: dict[str, Any] = {"updated_at": db.now(), "updated_by": actor}
        changed: dict[str, Any] = {}
        defaults = {"status": "new", "assignee": None, "notes": ""}
        for name, value in (("status", status), ("assignee", assignee or None), ("notes", notes)):
            old = current[name] if current else defaults[name]
            if (value is not None or (name == "assignee" and assignee == "")) and value != old:
                values[name] = value
                changed[name] = {"from": old, "to": value}
        write_handling(conn, accounts, report_handling, this, kiosk_id=kiosk_id, event_id=event_id,
                       exists=current is not None, values=values, changed=changed, actor=actor,
                       action="report.update")


def _cell(value: Any) -> str:
    """A CSV cell that a spreadsheet will not run as a formula (=, +, -, @ at the start)."""
    text = "" if value is None else (", ".join(map(str, value)) if isinstance(value, list) else str(value))
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        payload = row["payload"]
        merged = {**row, "reasons": payload.get("reasons"), "language": payload.get("language"),
                  "contact_phone": payload.get("contact_phone")}
        writer.writerow([_cell(merged.get(c)) for c in CSV_COLUMNS])
    return out.getvalue()
