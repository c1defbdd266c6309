"""Durable file replacement, the one routine for everything that replaces a file or a folder atomically.

The pattern: write a temporary file beside the target, fsync it, `os.replace` it over the old one, and
fsync the folder so the rename itself survives a power cut (`atomic_write`); for a folder, two renames
through an "old" name (`replace_dir`). It sits in `content/`, the lowest shared layer, so that the bundle
builder, the sync client and repository store, the kiosk's apply and its settings all use this one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
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


def atomic_write(path: Path, data: bytes, *, new_mode: int = 0o600) -> None:
    """Replace `path` with `data` so that a crash or power cut leaves the old file or the new one, whole.

    The file keeps the old one's permission bits; a file that did not exist gets `new_mode` (private by
    default: settings hold secrets). The temporary file is a hidden sibling, removed if anything fails.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.chmod(tmp, path.stat().st_mode & 0o777)
        except FileNotFoundError:
            os.chmod(tmp, new_mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def atomic_write_many(files: Mapping[Path, bytes], *, new_mode: int = 0o600, workers: int = 8) -> None:
    """`atomic_write` of many files, made durable together: every file is written to its temporary
    sibling, the temporary files are fsynced concurrently, renamed into place, and each folder is fsynced
    once. A hundred fsyncs one after the other wait for a hundred disk flushes; issued together, the file
    system commits them in a few (on ext4 about ten times faster). The threads wait on the disk, not on
    the CPU, so this holds on a two-core machine too. When this returns, every file is durable; if it
    raises, each file is old or new, whole."""
    written: list[tuple[Path, Path]] = []
    try:
        for path, data in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            written.append((Path(name), path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fsync") as pool:
            list(pool.map(fsync_file, (tmp for tmp, _ in written)))
        while written:
            tmp, path = written[0]
            try:
                os.chmod(tmp, path.stat().st_mode & 0o777)
            except FileNotFoundError:
                os.chmod(tmp, new_mode)
            os.replace(tmp, path)
            written.pop(0)
    finally:
        for tmp, _ in written:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
    for folder in sorted({path.parent for path in files}):
        fsync_dir(folder)


def replace_dir(new: Path, target: Path, old: Path) -> None:
    """Put the folder `new` in place of `target`: `target` → `old`, `new` → `target`, fsync the parent.

    If the second rename fails, the first is undone. A crash between the two leaves `old` and no `target`;
    the caller's recovery renames `old` back (see `sync.assemble.recover`). `old` is removed at the end.
    """
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
        try:
            os.replace(new, target)
        except BaseException:
            os.replace(old, target)
            raise
    else:
        os.replace(new, target)
    fsync_dir(target.parent)
    shutil.rmtree(old, ignore_errors=True)
