"""`kiosk search "QUERY" [--json]`: the registry search from a terminal, for administrators and support staff.

The lead wires `run` into the kiosk command line; it opens content.db read-only, like the UI does.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import sys
from datetime import date
from pathlib import Path
from typing import Any

from content.search.engine import Match, RegistrySearch
from content.verdict import Kind, licence_kind


def run(db_path: Path, query: str, as_json: bool, limit: int, stale: bool = True,
        today: date | None = None) -> int:
    """Print the ranked matches for `query` (a table, or a JSON list with `as_json`).

    Each JSON match also carries what the verdict screen would say: `verdict` (licensed, revoked, ...,
    warning_list), `stale` (decided by the caller with `content.verdict.is_stale`) and the licence's
    `expires_on`. Returns the exit status: 0, or 1 when there is no database at `db_path`.
    """
    if not db_path.is_file():
        print(f"no content database at {db_path}", file=sys.stderr)
        return 1
    conn = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        matches = RegistrySearch(conn).search(query, limit=limit)
        rows = [_with_verdict(conn, m, stale, today or date.today()) for m in matches]
    finally:
        conn.close()
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for m in matches:
        number = m.licence_no or f"({m.kind} {m.ref})"
        print(f"{number:<18} {m.score:5.1f}  {m.status:<9}  {m.name}  [{m.matched_field}]")
    if not matches:
        print("no matches", file=sys.stderr)
    return 0


def _with_verdict(conn: sqlite3.Connection, match: Match, stale: bool, today: date) -> dict[str, Any]:
    row = dataclasses.asdict(match)
    if match.kind != "agency":
        return {**row, "verdict": Kind.WARNING_LIST.value, "stale": stale, "expires_on": None}
    sql = "SELECT status, expires_on FROM agencies WHERE licence_no = ?"
    found = conn.execute(sql, (match.ref,)).fetchone()
    status, expires_on = found if found else (match.status, None)
    return {**row, "verdict": licence_kind(status, expires_on, today).value, "stale": stale,
            "expires_on": expires_on}
