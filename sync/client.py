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
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tuf.api.metadata import Metadata, Timestamp
from tuf.ngclient import Updater
from tuf.ngclient.fetcher import FetcherInterface

from content.fsutil import fsync_dir, fsync_file
from sync import assemble
from sync.catalogue import Catalogue, read_catalogue, registry_as_of
from sync.errors import Cancelled, RollbackError
from sync.fetcher import KioskFetcher
from sync.http import HttpClient
from sync.interfaces import ApplyError, ContentSink, StepHook

__all__ = ["Clock", "PollResult", "StepHook", "SyncClient"]
Clock = Callable[[], datetime]


@dataclass(frozen=True)
class PollResult:
    changed: bool  # a new content.db was swapped in: screens must reload
    version: str | None  # the bundle version in content.db after the poll
    downloaded: tuple[str, ...]  # travelling files fetched in this poll
    snapshot_version: int
    registry_as_of: datetime | None = None  # the licensing office's signed "as of" (registry role)


class SyncClient:
    """Polls one server for one kiosk data folder. Not thread-safe: one poll at a time."""

    def __init__(self, data_dir: Path, server_url: str, trust_root: bytes, content: ContentSink, *,
                 http_client: HttpClient | None = None, fetcher: FetcherInterface | None = None,
                 on_step: StepHook | None = None, clock: Clock | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.content = content  # the kiosk's content.db: its version, and the atomic apply
        self.base = server_url.rstrip("/") + "/"
        self.trust_root = trust_root
        self.http = http_client or HttpClient()
        self.fetcher = fetcher or KioskFetcher(self.http)
        self._on_step = on_step
        self._cancel = threading.Event()
        self.clock = clock  # None: the real time; tests travel through years with their own clock
        self.sync_dir = self.data_dir / "sync"

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
        if record is not None and timestamp.version < record.timestamp_version:
            raise RollbackError(f"timestamp version {timestamp.version} is older than the applied "
                                f"{record.timestamp_version}")
        if record and record.snapshot_version == snapshot_version and record.bundle_version == current:
            return PollResult(False, current, (), snapshot_version, registry_as_of(meta_dir))
        self.step("catalogue")
        catalogue = read_catalogue(updater, self.check)
        as_of = registry_as_of(meta_dir)  # after the catalogue: registry.json is now verified and cached
        sources, downloaded = self._fetch_changed(updater, catalogue, staging)
        self.step("assemble")
        new, new_version = assemble.assemble(self.data_dir, catalogue, sources,
                                             assemble.Record(snapshot_version, timestamp.version, ""))
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
        return PollResult(changed, new_version, tuple(downloaded), snapshot_version, as_of)

    def _fetch_changed(self, updater: Updater, catalogue: Catalogue,
                       staging: Path) -> tuple[dict[str, Path], list[str]]:
        """Reuse every applied file whose bytes still match the signed hash; download the rest."""
        applied = assemble.bundle_dir(self.data_dir) / assemble.PARTS
        sources: dict[str, Path] = {}
        downloaded: list[str] = []
        for path, info in sorted(catalogue.files.items()):
            local = applied.joinpath(*path.split("/"))
            if updater.find_cached_target(info, str(local)):
                sources[path] = local
                continue
            self.step("download")
            target = staging.joinpath(*path.split("/"))
            updater.download_target(info, str(target))
            sources[path] = target
            downloaded.append(path)
        return sources, downloaded


def _fsync_tree(folder: Path) -> None:
    for root, _dirs, files in os.walk(folder):
        for name in files:
            fsync_file(Path(root, name))
        fsync_dir(Path(root))
