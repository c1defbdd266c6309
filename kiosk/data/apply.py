"""Apply a verified bundle to the kiosk's `content.db`: the kiosk-only part (transactions, fsync, swap).

What the tables hold and how they are filled lives in `content.contentdb` (shared with the server's phone
edition); this module decides how the change reaches the disk so that a kill at any instant leaves the old
content or the new, never a mix:

- **In place** (the usual case): `content.db` is in WAL mode; the rows of the targets that changed since the
  last bundle (and, in a registry shard, only the agencies that differ) are rewritten in one transaction
  with `synchronous=FULL`. SQLite's commit is the atomic step; readers are never blocked and each of their
  queries sees the old or the new content. The WAL is checkpointed here, not by the UI's next reload.
- **Rebuild** (first apply, a content.db of another schema version, or one that cannot be opened): a new file
  is built beside the old one, checked, fsynced and renamed over it.

The steps are named so that tests (and the sync worker's progress reporting) can interrupt after each one;
an exception from `on_step` aborts the apply like any failure, leaving the old content untouched.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from content.bundle_format import sha256_hex, target_kind
from content.bundle_read import LoadedBundle, load_bundle, read_manifest, read_target
from content.contentdb import fill, schema
from content.errors import BundleError
from content.fsutil import fsync_dir, fsync_file
from content.shard_diff import ShardPatch, shard_patch
from kiosk.services.store import CONTENT_DB
from sync import layout
from sync.interfaces import ApplyError

STEPS = ("verify", "update", "commit", "done")  # in place
REBUILD_STEPS = ("verify", "create", "insert", "check", "fsync", "swap", "done")
StepHook = Callable[[str], None]
_SIDE_FILES = ("-wal", "-shm", "-journal")
WAL_LIMIT = 8 << 20  # bytes of WAL kept after a checkpoint; a big apply's WAL shrinks back to this
BUSY_MS = 30_000  # another apply holding the write lock (a `kiosk apply` beside the app's sync)


@dataclass(frozen=True)
class ApplyResult:
    version: str
    counts: dict[str, int]  # rows per table after the apply
    changed_targets: tuple[str, ...] = ()  # targets whose rows were redone (all of them on a rebuild)
    rebuilt: bool = False


def apply_bundle(bundle_dir: Path, data_dir: Path, on_step: StepHook | None = None,
                 previous: Path | None = None) -> ApplyResult:
    """Verify `bundle_dir` and make it the content of `data_dir`'s content.db, in place or by a rebuild.

    `on_step(name)` is called as each step starts (`STEPS` in place, `REBUILD_STEPS` for a rebuild).
    `previous` (default: the folder the sync client keeps, `data_dir/bundle`) may hold the bundle that
    content.db was filled from: a changed registry shard whose old bytes are there, with the sha256 that
    content.db recorded, is compared with the new one and only its changed agencies are read and checked.
    """
    previous = previous if previous is not None else data_dir / layout.KEPT_BUNDLE
    step = on_step or (lambda _name: None)
    data_dir.mkdir(parents=True, exist_ok=True)
    new_path = data_dir / (CONTENT_DB + ".new")
    for leftover in (new_path, *(Path(f"{new_path}{side}") for side in _SIDE_FILES)):
        _remove(leftover)  # from an apply killed half-way
    conn = _open_current(data_dir / CONTENT_DB)
    if conn is None:
        return _rebuild(bundle_dir, data_dir, new_path, step)
    try:
        return _update(conn, bundle_dir, step, previous)
    finally:
        conn.close()


def _open_current(path: Path) -> sqlite3.Connection | None:
    """A writable connection to content.db when it can be updated in place, else None (rebuild it)."""
    if not path.exists():
        return None
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_MS / 1000)
    try:
        wal = conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        if wal and schema.version(conn) == schema.VERSION and schema.has_every_table(conn):
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute(f"PRAGMA journal_size_limit={WAL_LIMIT}")
            return conn
    except sqlite3.DatabaseError:  # not a database, or damaged beyond opening: build a new one
        pass
    conn.close()
    return None


def _update(conn: sqlite3.Connection, bundle_dir: Path, step: StepHook, previous: Path) -> ApplyResult:
    step("verify")
    try:
        manifest = read_manifest(bundle_dir)
        changed, removed = fill.changed_targets(conn, manifest)
        patches = _shard_patches(conn, bundle_dir, manifest, changed, previous)
        bundle = load_bundle(bundle_dir, parse=changed - patches.keys())
    except BundleError as exc:
        raise ApplyError(f"bundle rejected: {exc}") from exc
    if bundle.manifest["version"] != manifest["version"]:
        raise ApplyError("bundle rejected: the folder changed while it was being read")
    step("update")
    conn.execute("BEGIN IMMEDIATE")
    try:
        fill.update(conn, bundle, changed, removed, _now(), patches)
        counts = fill.counts(conn)
        step("commit")
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        _raise_apply_error(exc)
        raise
    step("done")
    with contextlib.suppress(sqlite3.Error):
        # Move the change into the main file here, in the apply's process, and empty the WAL: left to the
        # last reader to close, it would run on the UI thread.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return ApplyResult(str(manifest["version"]), counts, tuple(sorted(changed | removed)))


def _shard_patches(conn: sqlite3.Connection, bundle_dir: Path, manifest: dict, changed: set[str],
                   previous: Path) -> dict[str, ShardPatch]:
    """The changed registry shards that can be applied as a patch (`content.shard_diff`): those whose old
    bytes, exactly as content.db recorded them, are in `previous`. Raises BundleError for a new shard
    that is damaged or whose changed agencies break a rule."""
    held = dict(conn.execute("SELECT name, sha256 FROM targets"))
    patches: dict[str, ShardPatch] = {}
    for name in sorted(changed):
        kind = target_kind(name)
        if kind is None or kind[0] != "agencies" or name not in held:
            continue
        old = _kept_bytes(previous, name, held[name])
        if old is None:
            continue
        new = read_target(bundle_dir, name, manifest["targets"][name])
        patch = shard_patch(name, str(kind[1]), old, new)
        if patch is None:
            continue
        for licence_no in patch.added():
            if conn.execute("SELECT 1 FROM agencies WHERE licence_no = ?", (licence_no,)).fetchone():
                raise BundleError(f"{name}: licence_no {licence_no[:60]!r} appears twice in this file")
        patches[name] = patch
    return patches


def _kept_bytes(previous: Path, name: str, sha256: str) -> bytes | None:
    """The bytes of `name` in `previous` if they are the ones with `sha256`; else None."""
    try:
        data = previous.joinpath(*name.split("/")).read_bytes()
    except OSError:
        return None
    return data if sha256_hex(data) == sha256 else None


def _rebuild(bundle_dir: Path, data_dir: Path, new_path: Path, step: StepHook) -> ApplyResult:
    try:
        step("verify")
        bundle = _load(bundle_dir)
        step("create")
        conn = sqlite3.connect(new_path, isolation_level=None)
        try:
            # A brand-new file that is thrown away on failure needs no journal; it is fsynced before the swap.
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            step("insert")
            conn.execute("BEGIN")
            try:
                fill.build(conn, bundle, _now())
            except BaseException as exc:
                _raise_apply_error(exc)
                raise
            conn.execute("COMMIT")
            step("check")
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise ApplyError(f"new content.db failed its integrity check: {result}")
            counts = fill.counts(conn)
            conn.execute("PRAGMA journal_mode=WAL")  # from now on updated in place
        finally:
            conn.close()
        step("fsync")
        fsync_file(new_path)
        step("swap")
        current = data_dir / CONTENT_DB
        # The old file's WAL and journal must not outlive it: SQLite would apply them to the new file.
        for side in _SIDE_FILES:
            _remove(Path(f"{current}{side}"))
        os.replace(new_path, current)
        fsync_dir(data_dir)
        step("done")
    except BaseException:
        _remove(new_path)
        raise
    targets = tuple(sorted(bundle.manifest["targets"]))
    return ApplyResult(str(bundle.manifest["version"]), counts, targets, rebuilt=True)


def _load(bundle_dir: Path) -> LoadedBundle:
    try:
        return load_bundle(bundle_dir)
    except BundleError as exc:
        raise ApplyError(f"bundle rejected: {exc}") from exc


def _raise_apply_error(exc: BaseException) -> None:
    """Turn what the bundle's rows did to content.db into ApplyError; let anything else pass."""
    if isinstance(exc, fill.ContentDbError):
        raise ApplyError(str(exc)) from exc
    if isinstance(exc, sqlite3.IntegrityError):  # e.g. an article id that another topic's file also has
        raise ApplyError(f"bundle rejected: {exc}") from exc


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
