"""The desk's append-only audit log: one JSON line per change or publish, chained by hashes.

Each line carries the sha256 of the line before it, so an edited or deleted line breaks the chain and
`verify()` says where. Lines are appended with O_APPEND and fsynced: a publish is recorded before it is
reported done. One writer at a time (an exclusive `flock` on the file, across the console's request threads
and any other process): two changes saved at once both chained to the same last line, and the page then
said the log had been edited when nobody had.

A line that is not a log entry (cut short when the machine lost power while writing it, or replaced) is
reported by `verify()` with its number and listed as an "unreadable line" among the others: the audit page
shows the damage instead of failing. The next line written starts on a line of its own.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

GENESIS = "0" * 64
UNREADABLE = "unreadable line"  # the action an undecodable line is listed with
_TAIL = 65536  # bytes read from the end at a time to find the last line


class AuditRead:
    """The log as read at one moment (the audit page reads the file once for its page, its length and the
    state of its chain)."""

    def __init__(self, lines: list[bytes]) -> None:
        self.lines = lines

    @property
    def count(self) -> int:
        return len(self.lines)

    def entries(self, limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
        """Up to `limit` lines, newest first, after the `offset` newest (a page of the log): only those are
        decoded, however long the log has grown. A line holding no entry is listed as `UNREADABLE`."""
        end = max(0, len(self.lines) - offset)
        shown = []
        for number in range(end, max(0, end - limit), -1):
            line = self.lines[number - 1]
            entry = _decode(line)
            shown.append(entry if entry is not None else {
                "at": "unknown", "actor": "unknown", "action": UNREADABLE, "target": "unknown",
                "details": {"line": number, "text": line[:200].decode("utf-8", "replace")}})
        return shown

    def broken(self) -> str | None:
        """None if the chain is whole, else where it breaks."""
        prev = GENESIS
        for number, line in enumerate(self.lines, 1):
            entry = _decode(line)
            if entry is None:
                return f"line {number} is not a log line: the log was edited or cut short"
            if entry.get("prev") != prev:
                return f"line {number} does not follow line {number - 1}: the log was edited"
            prev = hashlib.sha256(line).hexdigest()
        return None


class DeskAudit:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def append(self, actor: str, action: str, target: str, details: dict[str, Any]) -> dict[str, Any]:
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)  # released when the file is closed
            last, ends_line = _last_line(fd)
            entry = {"at": datetime.now(UTC).isoformat(timespec="seconds"), "actor": actor, "action": action,
                     "target": target, "details": details,
                     "prev": GENESIS if last is None else hashlib.sha256(last).hexdigest()}
            line = json.dumps(entry, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"
            os.write(fd, line if ends_line else b"\n" + line)
            os.fsync(fd)
        finally:
            os.close(fd)
        return entry

    def read(self) -> AuditRead:
        """The whole log as it is now, read once."""
        return AuditRead(self.path.read_bytes().splitlines() if self.path.exists() else [])

    def entries(self, limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
        return self.read().entries(limit, offset)

    def count(self) -> int:
        """How many lines the log has (for its pages)."""
        return self.read().count

    def verify(self) -> str | None:
        """None if the chain is whole, else where it breaks."""
        return self.read().broken()


def _last_line(fd: int) -> tuple[bytes | None, bool]:
    """The file's last line (None when it is empty) and whether the file ends with a line break."""
    size = os.fstat(fd).st_size
    if size == 0:
        return None, True
    start, tail = size, b""
    while start > 0:
        start = max(0, start - _TAIL)
        tail = os.pread(fd, size - start, start)
        if b"\n" in tail.rstrip(b"\n"):
            break
    lines = tail.splitlines()
    return (lines[-1] if lines else None), tail.endswith(b"\n")


def _decode(line: bytes) -> dict[str, Any] | None:
    """The entry a line holds, or None when it holds none."""
    try:
        entry = json.loads(line)
    except ValueError:  # not JSON, or not UTF-8
        return None
    return entry if isinstance(entry, dict) else None
