"""The desk's append-only audit log: one JSON line per change or publish, chained by hashes.

Each line carries the sha256 of the line before it, so an edited or deleted line breaks the chain and
`verify()` says where. Lines are appended with O_APPEND and fsynced: a publish is recorded before it is
reported done.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

GENESIS = "0" * 64


class DeskAudit:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def _last_hash(self) -> str:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return GENESIS
        with self.path.open("rb") as handle:
            handle.seek(max(0, self.path.stat().st_size - 65536))
            last = handle.read().splitlines()[-1]
        return hashlib.sha256(last).hexdigest()

    def append(self, actor: str, action: str, target: str, details: dict[str, Any]) -> dict[str, Any]:
        entry = {"at": datetime.now(UTC).isoformat(timespec="seconds"), "actor": actor, "action": action,
                 "target": target, "details": details, "prev": self._last_hash()}
        line = json.dumps(entry, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
        return entry

    def _lines(self) -> list[bytes]:
        return self.path.read_bytes().splitlines() if self.path.exists() else []

    def entries(self, limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
        """Up to `limit` lines, newest first, after the `offset` newest (a page of the log): only those are
        decoded, however long the log has grown."""
        lines = self._lines()
        end = max(0, len(lines) - offset)
        return [json.loads(line) for line in reversed(lines[max(0, end - limit):end])]

    def count(self) -> int:
        """How many lines the log has (for its pages)."""
        return len(self._lines())

    def verify(self) -> str | None:
        """None if the chain is whole, else where it breaks."""
        if not self.path.exists():
            return None
        prev = GENESIS
        for number, line in enumerate(self.path.read_bytes().splitlines(), 1):
            if json.loads(line).get("prev") != prev:
                return f"line {number} does not follow line {number - 1}: the log was edited"
            prev = hashlib.sha256(line).hexdigest()
        return None
