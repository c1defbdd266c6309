"""`kiosk search "QUERY" [--json]`: the registry search from a terminal, for administrators and support staff.

The lead wires `run` into the kiosk command line; it opens content.db read-only, like the UI does.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import sys
from pathlib import Path

from content.search.engine import RegistrySearch


def run(db_path: Path, query: str, as_json: bool, limit: int) -> int:
    """Print the ranked matches for `query` (a table, or a JSON list with `as_json`).

    Returns the exit status: 0, or 1 when there is no database at `db_path`.
    """
    if not db_path.is_file():
        print(f"no content database at {db_path}", file=sys.stderr)
        return 1
    conn = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        matches = RegistrySearch(conn).search(query, limit=limit)
    finally:
        conn.close()
    if as_json:
        print(json.dumps([dataclasses.asdict(m) for m in matches], ensure_ascii=False))
        return 0
    for m in matches:
        number = m.licence_no or f"({m.kind} {m.ref})"
        print(f"{number:<18} {m.score:5.1f}  {m.status:<9}  {m.name}  [{m.matched_field}]")
    if not matches:
        print("no matches", file=sys.stderr)
    return 0
