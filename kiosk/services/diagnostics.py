"""Facts about this kiosk that the technician's admin screen shows and that need disk or database access.

The admin screen must not touch the file system or SQL itself; it asks for these off the UI thread
(through `ScreenContext.background`), since a slow disk must never freeze the screen.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from kiosk.services.state import StateStore


@dataclass(frozen=True)
class DiskFacts:
    outbox_depth: int  # events not yet confirmed by the server
    free_bytes: int  # free space in the data folder's file system
    total_bytes: int


def disk_facts(data_dir: Path, state: StateStore) -> DiskFacts:
    """Blocking (disk and state.db): call it from a worker thread."""
    usage = shutil.disk_usage(data_dir)
    return DiskFacts(state.outbox_depth(), usage.free, usage.total)
