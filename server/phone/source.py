"""The phone edition's content: the latest bundle the server itself published, verified like a kiosk does.

The server does not trust its own folder any more than a kiosk trusts the network: it runs python-tuf's
client workflow (`Updater.refresh()` from the repository's first root, the signed catalogue, every target's
length and hash) against `repository/` through a fetcher that reads files instead of URLs, assembles the
bundle folder with the kiosk's own `sync.assemble`, and reads it with `content.bundle_read.load_bundle`.
So the phone shows exactly what a kiosk would apply, and a half-written or tampered publish is never shown.

`PublishedContent.current()` checks (at most every `check_interval_s`) whether `timestamp.json` changed and
then loads the new bundle; until that succeeds the previous snapshot keeps being served. With
`background=True` (the server) a new publish is loaded in a thread of its own: requests keep getting the old
snapshot at once instead of waiting the half minute a 100,000-agency registry takes. The server starts the
first load when it starts (`start()`), not on the first request; a request that comes while it runs waits
for it up to `first_wait_s`, then gets a short "being updated" page (`Loading`).
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from tuf.api import exceptions
from tuf.ngclient import Updater
from tuf.ngclient.fetcher import FetcherInterface

from content.bundle_format import target_kind
from content.bundle_read import LoadedBundle, load_bundle, read_manifest
from content.contentdb.fill import ContentDbError
from content.errors import BundleError
from server.phone import registry as registry_files
from server.phone.registry import Registry, changed_targets
from sync import assemble
from sync.catalogue import Catalogue, read_catalogue
from sync.errors import SyncError

log = logging.getLogger(__name__)
_BASE = "http://repository.invalid/"  # never fetched: FolderFetcher maps it to the repository folder
CHUNK = 1 << 20
FIRST_WAIT_S = 10.0  # a phone's first request while the server starts waits this long, then is told to retry


class FolderFetcher(FetcherInterface):
    """python-tuf's fetcher over a repository folder: `_BASE/metadata/x` → `repo/metadata/x`."""

    def __init__(self, repo: Path) -> None:
        self.repo = Path(repo).resolve()

    def _fetch(self, url: str) -> Iterator[bytes]:
        path = unquote(urlsplit(url).path).lstrip("/")
        target = (self.repo / path).resolve()
        if self.repo not in target.parents:
            raise exceptions.DownloadHTTPError(f"{path}: outside the repository", 404)
        try:
            handle = open(target, "rb")  # noqa: SIM115 - closed by the generator
        except FileNotFoundError:
            raise exceptions.DownloadHTTPError(f"{path}: not found", 404) from None
        except OSError as exc:
            raise exceptions.DownloadError(f"{path}: {exc}") from exc
        return _read(handle)


def _read(handle: BinaryIO) -> Iterator[bytes]:
    with handle:
        while chunk := handle.read(CHUNK):
            yield chunk


@dataclass(frozen=True)
class Snapshot:
    """One published bundle as the phone edition serves it. Immutable: requests share it freely."""

    version: str
    bundle: LoadedBundle
    registry: Registry
    verified_at: datetime  # when the server verified this bundle (python-tuf refresh and every hash)

    @property
    def sample(self) -> bool:
        return bool(self.bundle.manifest["sample"])

    @property
    def registry_as_of(self) -> str | None:
        return self.bundle.manifest["registry_as_of"]


class NotPublished(Exception):
    """Nothing verified to serve yet (no publish, or the first publish failed verification)."""


class Loading(NotPublished):
    """The first load since the server started is still running (a 100,000-agency registry takes a while):
    the caller answers a short "being updated" page that asks the phone to come back in a few seconds."""


class PublishedContent:
    """The latest verified bundle of `deploy_dir/repository`, kept in `deploy_dir/phone/`."""

    def __init__(self, deploy_dir: Path, *, check_interval_s: float = 5.0, work_dir: Path | None = None,
                 background: bool = False, first_wait_s: float = FIRST_WAIT_S) -> None:
        self.repo = Path(deploy_dir) / "repository"
        self.work = Path(work_dir) if work_dir is not None else Path(deploy_dir) / "phone"
        self.check_interval_s = check_interval_s
        self.background = background
        self._snapshot: Snapshot | None = None
        self._seen: tuple[int, int] | None = None  # (mtime_ns, size) of timestamp.json last loaded
        self._checked = 0.0
        self._lock = threading.Lock()
        self._start_lock = threading.Lock()
        self._loader: threading.Thread | None = None
        self.first_wait_s = first_wait_s
        self._loaded: list[Callable[[Snapshot], None]] = []

    def on_loaded(self, callback: Callable[[Snapshot], None]) -> None:
        """Call `callback(snapshot)` in the loader thread after each background load of new content (the
        page cache is warmed from there: server/phone/warm.py)."""
        self._loaded.append(callback)

    def start(self) -> None:
        """Begin loading the published content now, in the background: the server calls this when it
        starts, so that the registry database is ready before the first phone asks."""
        with self._start_lock:
            if self._loader is not None and self._loader.is_alive():
                return
            self._checked = time.monotonic()
            self._loader = threading.Thread(target=self._check_in_background, name="phone-content-loader",
                                            daemon=True)
            self._loader.start()

    def current(self) -> Snapshot:
        """The snapshot to serve now; raises NotPublished when there has never been a verified one, and
        Loading when the first load is still running after `first_wait_s` of waiting for it."""
        if self._snapshot is None:
            loader = self._loader
            if loader is not None and loader.is_alive():
                loader.join(self.first_wait_s)
                if self._snapshot is None and loader.is_alive():
                    raise Loading("the published content is being loaded")
            self._check_now()
        elif self._due():
            if self.background:
                self._start_loader()
            else:
                self._check_now()
        if self._snapshot is None:
            raise NotPublished("no verified content has been published yet")
        return self._snapshot

    def peek(self) -> Snapshot | None:
        """The snapshot being served, never waiting: None before the first load. Starts a background
        check when one is due (in background mode), so the event loop may call it."""
        if self._snapshot is not None and self.background and self._due():
            self._start_loader()
        return self._snapshot

    def settle(self, timeout_s: float = 300.0) -> None:
        """Wait for a background load in progress (tests and the benchmark use it; requests never do)."""
        loader = self._loader
        if loader is not None:
            loader.join(timeout_s)

    def _due(self) -> bool:
        return time.monotonic() - self._checked >= self.check_interval_s

    def _check_now(self) -> None:
        with self._lock:
            if self._snapshot is None or self._due():
                self._refresh()
                self._checked = time.monotonic()

    def _start_loader(self) -> None:
        with self._start_lock:  # not self._lock: a load holds that one for as long as it takes
            if not self._due() or (self._loader is not None and self._loader.is_alive()):
                return
            self._checked = time.monotonic()  # one check at a time; the next one interval_s later
            self._loader = threading.Thread(target=self._check_in_background, name="phone-content-loader",
                                            daemon=True)
            self._loader.start()

    def _check_in_background(self) -> None:
        with self._lock:
            before = self._snapshot
            self._refresh()
            self._checked = time.monotonic()
            after = self._snapshot
        if after is not None and (before is None or after.version != before.version):
            for callback in self._loaded:
                try:
                    callback(after)
                except Exception:  # warming is an optimisation: serving goes on without it
                    log.exception("phone edition: warming the page cache failed")

    def _refresh(self) -> None:
        try:
            stat = os.stat(self.repo / "metadata" / "timestamp.json")
        except OSError:
            return
        seen = (stat.st_mtime_ns, stat.st_size)
        if seen == self._seen:
            return
        self._seen = seen  # a failed load is retried when the timestamp changes again, not in a loop
        try:
            self._snapshot = self._load()
        except (exceptions.RepositoryError, exceptions.DownloadError, SyncError, BundleError, ContentDbError,
                sqlite3.Error, OSError, ValueError) as exc:
            # Keep serving the last verified content; the operator sees why in the log.
            log.error("phone edition: the published content could not be verified: %s: %s",
                      type(exc).__name__, str(exc)[:300])

    def _load(self) -> Snapshot:
        """Verify the repository's current bundle and read it. Only what changed since the snapshot being
        served is read again: files whose signed hash matches the copy at hand are not copied, unchanged
        registry shards are neither parsed nor re-indexed, and a re-signed timestamp over the same bundle
        costs a verification only."""
        meta_dir, staging = self.work / "tuf", self.work / "staging"
        shutil.rmtree(meta_dir, ignore_errors=True)  # verify from the first root every time
        shutil.rmtree(staging, ignore_errors=True)
        meta_dir.mkdir(parents=True)
        root = (self.repo / "metadata" / "1.root.json").read_bytes()
        updater = Updater(str(meta_dir), _BASE + "metadata/", str(staging), _BASE + "targets/",
                          FolderFetcher(self.repo), bootstrap=root)
        updater.refresh()
        verified_at = datetime.now(UTC)
        catalogue = read_catalogue(updater, lambda: None)
        sources = self._fetch(updater, catalogue, staging)
        assemble.recover(self.work)
        # The files fetched now (not taken from the folder at hand) tell assemble which registry shards to
        # put together again: without them it keeps every old shard and a revocation never shows.
        downloaded = [path for path, local in sources.items() if staging in local.parents]
        new, version = assemble.assemble(self.work, catalogue, sources, assemble.Record(0, 0, ""),
                                         downloaded=downloaded)
        previous = self._snapshot
        if previous is not None and previous.version == version:
            shutil.rmtree(new, ignore_errors=True)
            shutil.rmtree(staging, ignore_errors=True)
            return replace(previous, verified_at=verified_at)
        assemble.swap_in(self.work, new)
        shutil.rmtree(staging, ignore_errors=True)
        folder = assemble.bundle_dir(self.work)
        path = self.work / registry_files.file_name(version)
        base = previous.registry.path if previous is not None else registry_files.kept(self.work)
        registry = None
        if base is not None:
            try:
                registry = _brought_up_to_date(base, path, folder)
            except (sqlite3.Error, ContentDbError) as exc:
                if previous is not None:
                    raise
                log.warning("phone edition: the registry kept from the last run is built again: %s", exc)
        if registry is None:
            bundle = load_bundle(folder)
            registry = Registry.build(path, bundle)
            bundle = replace(bundle, agencies=[])  # the registry's database holds them
        else:
            manifest = read_manifest(folder)
            bundle = load_bundle(folder, parse=[name for name in manifest["targets"] if not _agencies(name)])
        _remove_old_registries(self.work, keep=registry.path)
        return Snapshot(version=version, bundle=bundle, registry=registry, verified_at=verified_at)

    def _fetch(self, updater: Updater, catalogue: Catalogue, staging: Path) -> dict[str, Path]:
        """Every signed file: the copy in the bundle folder at hand when its hash still matches (as a kiosk
        does, sync/client.py), else a fresh verified copy from the repository."""
        sources: dict[str, Path] = {}
        for path, info in sorted(catalogue.files.items()):
            local = assemble.kept_copy(self.work, path)
            if updater.find_cached_target(info, local):
                sources[path] = Path(local)
                continue
            target = staging.joinpath(*path.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            updater.download_target(info, str(target))
            sources[path] = target
        return sources


def _brought_up_to_date(base: Path, path: Path, folder: Path) -> Registry:
    """The registry database at `path` for the bundle in `folder`, from the one at `base` (the snapshot
    served until now, or the one a previous run left): only the targets whose bytes changed are read."""
    changed, removed = changed_targets(base, read_manifest(folder))
    if base == path and not changed and not removed:
        return Registry.open(path)  # a start after a stop: the database is this bundle's already
    return Registry.update(path, base, load_bundle(folder, parse=changed), changed, removed)


def _agencies(target: str) -> bool:
    kind = target_kind(target)
    return kind is not None and kind[0] == "agencies"


def _remove_old_registries(folder: Path, keep: Path) -> None:
    """Older registry files; a request still holding the old snapshot keeps its open handle (POSIX)."""
    for path in [*folder.glob("registry-*.db"), *folder.glob("registry-*.db.part")]:
        if path != keep:
            path.unlink(missing_ok=True)
