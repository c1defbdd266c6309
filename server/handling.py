"""How staff's handling of a kiosk event (a report, a call-back request) is written: one row per event,
created on the first change, and every change in the audit log in the same transaction.

Reports and call-backs have their own rules for *what* may change; this is the one place that says how a
change is stored, so the two queues cannot drift apart (an insert that forgets the audit line, say).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, insert, update

from server.accounts import Accounts


def write_handling(conn: Connection, accounts: Accounts, table: Table, this: ColumnElement[bool], *,
                   kiosk_id: str, event_id: str, exists: bool, values: dict[str, Any],
                   changed: dict[str, Any], actor: str, action: str) -> None:
    """Store `values` for the event (`this` selects its row) and audit `changed`; nothing when unchanged."""
    if not changed:
        return
    if not exists:
        conn.execute(insert(table).values(kiosk_id=kiosk_id, event_id=event_id,
                                          **{"status": "new", "notes": ""} | values))
    else:
        conn.execute(update(table).where(this).values(**values))
    accounts.audit(conn, actor, action, f"{kiosk_id}/{event_id}", changed)
