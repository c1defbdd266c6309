"""Durability helpers shared by everything that replaces a file atomically (apply, config, sync).

The pattern is: write a temporary file, `fsync_file` it, `os.replace` it over the old one, `fsync_dir` the
folder so the rename itself survives a power cut.
"""

from __future__ import annotations

import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make renames in `path` durable (POSIX); Windows cannot open a folder and orders renames itself."""
    if os.name != "posix":
        return
    fsync_file(path)
