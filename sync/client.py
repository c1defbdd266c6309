"""One poll of the signed repository: verify, download what changed, assemble, apply. No Qt here.

The sequence is python-tuf's client workflow (`Updater.refresh()` against the root shipped with the app)
followed by the kiosk's own steps: compare the signed catalogue with the applied bundle, download only the
changed files into a staging folder, put together a complete bundle folder, hand it to the `ContentSink`
the kiosk passed in (its atomic `content.db` apply), and rename the folder into place. Whatever fails, the
content in use is not touched unless the sink's own final swap happened; the caller records the error class.
The client knows nothing of the kiosk: what it needs is handed in (see `sync/interfaces.py`).
"""

from __future__ import annotations

import os
import shutil
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tuf.api.metadata import Metadata, Timestamp
from tuf.ngclient import Updater
from tuf.ngclient.fetcher import FetcherInterface

from content.fsutil import fsync_dir, fsync_file
from sync import assemble, layout
from sync.bins import PartLookup
from sync.catalogue import Catalogue, read_catalogue, registry_as_of
from sync.errors import Cancelled, RollbackError
from sync.fetcher import KioskFetcher
from sync.http import HttpClient
from sync.interfaces import ApplyError, ContentSink, StepHook

__all__ = ["Clock", "PollResult", "StepHook", "SyncClient"]
Clock = Callable[[], datetime]
Floor = Callable[[], tuple[int, int]]  # the (timestamp, snapshot) versions the kiosk last verified


@dataclass(frozen=True)
class PollResult:
    changed: bool  # a new content.db was swapped in: screens must reload
    version: str | None  # the bundle version in content.db after the poll
    downloaded: tuple[str, ...]  # travelling files fetched in this poll
    snapshot_version: int
    registry_as_of: datetime | None = None  # the licensing office's signed "as of" (registry role)
    timestamp_version: int = 0


class SyncClient:
    """Polls one server for one kiosk data folder. Not thread-safe: one poll at a time."""

    def __init__(self, data_dir: Path, server_url: str, trust_root: bytes, content: ContentSink, *,
                 http_client: HttpClient | None = None, fetcher: FetcherInterface | None = None,
                 on_step: StepHook | None = None, clock: Clock | None = None,
                 floor: Floor | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.content = content  # the kiosk's content.db: its version, and the atomic apply
        self.base = server_url.rstrip("/") + "/"
        self.trust_root = trust_root
        self.http = http_client or HttpClient()
        self.fetcher = fetcher or KioskFetcher(self.http)
        self._on_step = on_step
        self._cancel = threading.Event()
        self.clock = clock  # None: the real time; tests travel through years with their own clock
        self._floor = floor or (lambda: (0, 0))  # kept apart from the TUF cache (see _check_rollback)
        self.sync_dir = self.data_dir / "sync"
        self.parts = PartLookup(self.sync_dir / "tuf")  # what each registry bin held: lives with the client

    def abort(self) -> None:
        """Stop a poll in progress from another thread; it raises Cancelled and changes nothing."""
        self._cancel.set()
        self.http.abort()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("sync stopped")

    def step(self, name: str) -> None:
        self.check()
        if self._on_step is not None:
            self._on_step(name)

    def poll(self) -> PollResult:
        """One complete poll. Raises DownloadError (try later), RepositoryError/SyncError/ApplyError
        (rejected), Cancelled, or OSError (local)."""
        try:
            return self._poll()
        except Exception:
            if isinstance(self.fetcher, KioskFetcher):
                self.fetcher.forget()
            self.parts.forget()
            if self._cancel.is_set():
                raise Cancelled("sync stopped") from None
            raise
        finally:
            shutil.rmtree(self.sync_dir / "staging", ignore_errors=True)

    def _poll(self) -> PollResult:
        meta_dir, staging = self.sync_dir / "tuf", self.sync_dir / "staging"
        meta_dir.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
        assemble.recover(self.data_dir)
        self.parts.last_lookups = 0
        self.step("refresh")
        updater = Updater(str(meta_dir), self.base + "metadata/", str(staging), self.base + "targets/",
                          self.fetcher, bootstrap=self.trust_root)
        if self.clock is not None:  # ngclient reads the time once, into its trusted set; no public hook
            updater._trusted_set.reference_time = self.clock()  # noqa: SLF001
        updater.refresh()
        _fsync_tree(meta_dir)  # ngclient renames without fsync; its cache is the rollback memory
        timestamp = Metadata[Timestamp].from_bytes((meta_dir / "timestamp.json").read_bytes()).signed
        snapshot_version = timestamp.snapshot_meta.version
        record = assemble.read_record(self.data_dir)
        current = self.content.version()
        self._check_rollback(record, timestamp.version, snapshot_version)
        if record and record.snapshot_version == snapshot_version and record.bundle_version == current:
            return PollResult(False, current, (), snapshot_version, registry_as_of(meta_dir),
                              timestamp.version)
        self.step("catalogue")
        catalogue = read_catalogue(updater, self.check, self.parts, self._now())
        as_of = registry_as_of(meta_dir)  # after the catalogue: registry.json is now verified and cached
        sources, downloaded = self._fetch_changed(updater, catalogue, staging)
        self.step("assemble")
        new, new_version = assemble.assemble(self.data_dir, catalogue, sources,
                                             assemble.Record(snapshot_version, timestamp.version, ""),
                                             downloaded)
        changed = new_version != current
        if changed:
            try:
                self.content.apply(new, self.step, self.check)
            except ApplyError as exc:
                if "bundle rejected" in str(exc) and not downloaded:
                    assemble.discard(self.data_dir)  # local copies went bad: fetch everything next time
                raise
        self.step("keep-bundle")
        assemble.swap_in(self.data_dir, new)
        return PollResult(changed, new_version, tuple(downloaded), snapshot_version, as_of,
                          timestamp.version)

    def _now(self) -> datetime:
        """The poll's time (the same clock python-tuf's expiry checks use here)."""
        return self.clock() if self.clock is not None else datetime.now(UTC)

    def _check_rollback(self, record: assemble.Record | None, timestamp_version: int,
                        snapshot_version: int) -> None:
        """Refuse signed metadata older than what the kiosk applied. python-tuf compares with its cache;
        a kiosk that lost the cache (and `.sync.json`) would otherwise accept a replayed older
        repository that is still within its expiry, so the floor kept in state.db counts too."""
        floor_timestamp, floor_snapshot = self._floor()
        if record is not None:
            floor_timestamp = max(floor_timestamp, record.timestamp_version)
            floor_snapshot = max(floor_snapshot, record.snapshot_version)
        if timestamp_version < floor_timestamp:
            raise RollbackError(f"timestamp version {timestamp_version} is older than the applied "
                                f"{floor_timestamp}")
        if snapshot_version < floor_snapshot:
            raise RollbackError(f"snapshot version {snapshot_version} is older than the applied "
                                f"{floor_snapshot}")

    def _fetch_changed(self, updater: Updater, catalogue: Catalogue,
                       staging: Path) -> tuple[dict[str, Path], list[str]]:
        """Reuse every kept file whose bytes still match the signed hash; download the rest.

        A kept file whose signed length and sha256 are what they were when it was verified and kept is
        trusted without reading it (see `sync.assemble`), unless it is a part of a registry shard that will
        be put together again; everything else is hashed (python-tuf's `find_cached_target`) or fetched. A
        trusted part is not even looked at: it is not read at this poll, and it is hashed before the poll
        that reads it.
        """
        kept = assemble.kept_files(self.data_dir)
        rejoin = assemble.shards_to_check(catalogue, kept)
        sources: dict[str, Path] = {}
        downloaded: list[str] = []
        for number, (path, info) in enumerate(sorted(catalogue.files.items())):
            if number % 256 == 0:
                self.check()
            local = assemble.kept_copy(self.data_dir, path)
            signed = assemble.signature(info)
            if signed is not None and kept.get(path) == signed:
                if layout.is_part(path):
                    if layout.shard_of_part(path) not in rejoin:
                        sources[path] = Path(local)
                        continue
                elif _has_length(local, info.length):
                    sources[path] = Path(local)
                    continue
            if updater.find_cached_target(info, local):
                sources[path] = Path(local)
                continue
            self.step("download")
            target = staging.joinpath(*path.split("/"))
            updater.download_target(info, str(target))
            sources[path] = target
            downloaded.append(path)
        return sources, downloaded


def _has_length(path: str, length: int) -> bool:
    """The kept file is still there, a regular file of its signed length (cheap: no read)."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_size == length


def _fsync_tree(folder: Path) -> None:
    for root, _dirs, files in os.walk(folder):
        for name in files:
            fsync_file(Path(root, name))
        fsync_dir(Path(root))
