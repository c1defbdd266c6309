"""The registry as the phone edition asks it: one agency by licence number, and the kiosk's search.

Search runs the kiosk's own engine (`content.search`: the same normaliser, trigram index and ranking) over
a content.db built on the server from the verified bundle by `content.contentdb` (the kiosk's schema and
fill), so a phone and a kiosk given the same text list the same agencies in the same order. Lookups by
licence number and warning id come from the bundle in memory.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from content.bundle_read import LoadedBundle
from content.contentdb import fill
from content.model import Agency
from content.model import Warning as WarningEntry
from content.search.engine import Match, RegistrySearch


@dataclass
class Registry:
    path: Path
    agencies: Mapping[str, Agency]
    warnings: Mapping[str, WarningEntry]
    _search: RegistrySearch
    _lock: threading.Lock

    @classmethod
    def build(cls, path: Path, bundle: LoadedBundle) -> Registry:
        """Build a content.db (tables and search index) at `path` from `bundle`, then open it read-only."""
        path.unlink(missing_ok=True)
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            fill.build(conn, bundle, applied_at=datetime.now(UTC).isoformat(timespec="seconds"))
            conn.commit()
        finally:
            conn.close()
        reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        agencies = {a["licence_no"]: agency(a) for a in bundle.agencies}
        warnings = {w["id"]: warning(w) for w in bundle.warnings}
        return cls(path, agencies, warnings, RegistrySearch(reader), threading.Lock())

    def search(self, query: str, limit: int = 20) -> list[Match]:
        """The kiosk's ranked search; one connection, so one query at a time (each takes a few ms)."""
        with self._lock:
            return self._search.search(query, limit)


def agency(row: Mapping[str, Any]) -> Agency:
    return Agency(
        licence_no=row["licence_no"], name=row["name"], other_names=tuple(row["other_names"]), tin=row["tin"],
        status=row["status"], issued_on=row["issued_on"], expires_on=row["expires_on"],
        status_changed_on=row["status_changed_on"] or "", status_reason=row["status_reason"],
        region=row["region"], address=row["address"], phone=row["phone"], countries=tuple(row["countries"]))


def warning(row: Mapping[str, Any]) -> WarningEntry:
    return WarningEntry(id=row["id"], names=tuple(row["names"]), phones=tuple(row["phones"]),
                        telegram=tuple(row["telegram"]), websites=tuple(row["websites"]),
                        reason=row["reason"], listed_on=row["listed_on"])

