"""The kiosk's copy of the applied bundle, and putting a new complete bundle folder together.

`data_dir/bundle/` holds the bundle that built the current `content.db`: its targets and manifest.json,
plus (in dot-names that `load_bundle` ignores) `.kept.json`, the signed length and sha256 of every
travelling file (all verified before they were kept), and `.sync.json`, the snapshot and timestamp versions
it came from. The registry's parts are not in that folder but in `data_dir/sync/parts/`, one file per part
name, replaced (by rename) when a verified new version arrives: a new bundle folder then needs no link to
each of the 4,096 parts, only its ~70 targets. The next poll compares the signed catalogue with
`.kept.json` and downloads only what differs. A kept file whose signed length and hash are unchanged is not
hashed again, except the parts of a registry shard that has to be put together again: a part's bytes are
read only to join its shard, and every byte that goes into a new shard is checked at that poll (so a part
file replaced after a kill, or damaged, is fetched again, never used). A new folder is assembled beside
the applied one, applied, and then renamed into place; after a crash `recover()` puts a folder back.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from tuf.api.metadata import TargetFile

from content.bundle_format import (
    MANIFEST,
    SHARDS,
    Manifest,
    TargetInfo,
    bundle_version,
    canonical_json,
    sha256_hex,
)
from content.fsutil import replace_dir
from sync import layout
from sync.catalogue import Catalogue

BUNDLE = layout.KEPT_BUNDLE
PARTS = ".parts"  # where a bundle folder kept the parts before they moved to `parts_dir` (see recover)
RECORD = ".sync.json"
KEPT = ".kept.json"
Signature = tuple[int, str]  # a travelling file's signed length and sha256
_NEW, _OLD = ".bundle-new", ".bundle-old"


@dataclass(frozen=True)
class Record:
    snapshot_version: int
    timestamp_version: int
    bundle_version: str


def bundle_dir(data_dir: Path) -> Path:
    return data_dir / BUNDLE


def parts_dir(data_dir: Path) -> Path:
    """Where the kiosk keeps the registry parts, each as last verified (outside the bundle folder)."""
    return data_dir / "sync" / "parts"


def kept_copy(data_dir: Path, path: str) -> str:
    """Where the kiosk keeps its verified copy of the travelling file `path` (a str: called 4,096 times
    at a poll): a registry part in `parts_dir`, any other file as the applied bundle's own target."""
    folder = parts_dir(data_dir) if layout.is_part(path) else bundle_dir(data_dir)
    return os.path.join(folder, *path.split("/"))


def read_record(data_dir: Path) -> Record | None:
    """The versions the applied bundle came from; None if there is none or it cannot be read."""
    try:
        raw = json.loads((bundle_dir(data_dir) / RECORD).read_text(encoding="utf-8"))
        return Record(int(raw["snapshot_version"]), int(raw["timestamp_version"]), str(raw["bundle_version"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def applied_manifest(data_dir: Path) -> dict | None:
    try:
        data = json.loads((bundle_dir(data_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def signature(info: TargetFile) -> Signature | None:
    """The signed length and sha256 of a travelling file; None when it was signed without a sha256."""
    digest = info.hashes.get("sha256")
    return (info.length, digest) if isinstance(digest, str) else None


def kept_files(data_dir: Path) -> dict[str, Signature]:
    """What the applied `.parts/` holds, as signed: {path: (length, sha256)}; empty when unknown."""
    try:
        raw = json.loads((bundle_dir(data_dir) / KEPT).read_bytes())
        return {str(path): (int(entry[0]), str(entry[1])) for path, entry in raw.items()}
    except (OSError, ValueError, TypeError, AttributeError, IndexError, KeyError):
        return {}


def shards_to_check(catalogue: Catalogue, kept: dict[str, Signature]) -> set[str]:
    """Registry shards whose parts are not exactly the kept ones: they are put together again, so each of
    their parts is checked against its signed hash at this poll."""
    shards = {layout.shard_of_part(path) for path, info in catalogue.files.items()
              if layout.is_part(path) and kept.get(path) != signature(info)}
    shards |= {layout.shard_of_part(path) for path in kept
               if layout.is_part(path) and path not in catalogue.files}
    return shards


def recover(data_dir: Path) -> None:
    """Undo a swap cut short: with no `bundle/` but a `.bundle-old/`, the old one comes back. A bundle
    folder of the earlier layout hands its registry parts over to `parts_dir` (one rename)."""
    current, old = bundle_dir(data_dir), data_dir / _OLD
    if not current.exists() and old.exists():
        os.replace(old, current)
    shutil.rmtree(data_dir / _NEW, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)
    legacy = current / PARTS
    if legacy.is_dir():
        store = parts_dir(data_dir)
        if (legacy / "registry").is_dir() and not (store / "registry").exists():
            store.mkdir(parents=True, exist_ok=True)
            os.replace(legacy / "registry", store / "registry")
        shutil.rmtree(legacy, ignore_errors=True)


def assemble(data_dir: Path, catalogue: Catalogue, sources: dict[str, Path], record: Record,
             downloaded: Collection[str] = ()) -> tuple[Path, str]:
    """Build the complete bundle folder for `catalogue` beside the applied one: (its path, its version).

    `sources` maps every travelling path to a verified local copy (`kept_copy`, or one in staging);
    `downloaded` names those fetched at this poll. Parts that are not kept copies yet are moved into
    `parts_dir` now, replacing the earlier version of the same part.
    """
    out = data_dir / _NEW
    shutil.rmtree(out, ignore_errors=True)
    parts = parts_dir(data_dir)
    arriving = {path: str(source) for path, source in sources.items()
                if layout.is_part(path) and str(source) != kept_copy(data_dir, path)}
    _make_dirs(parts, arriving)
    for path, source in sorted(arriving.items()):
        target = kept_copy(data_dir, path)
        _link(source, target + ".new")
        os.replace(target + ".new", target)
    entries: dict[str, TargetInfo] = {}
    non_parts = [path for path in catalogue.files if not layout.is_part(path)]
    _make_dirs(out, non_parts)
    for path in non_parts:
        info = catalogue.files[path]
        _link(sources[path], out / path)
        entries[path] = TargetInfo(info.length, info.hashes["sha256"])
    old = bundle_dir(data_dir)
    old_manifest = applied_manifest(data_dir) or {}
    kept = kept_files(data_dir)
    rejoin = shards_to_check(catalogue, kept)
    fetched = set(downloaded)
    (out / "registry").mkdir(parents=True, exist_ok=True)
    by_shard: dict[str, list[str]] = {shard: [] for shard in SHARDS}
    for path in catalogue.files:
        if layout.is_part(path):
            by_shard.setdefault(layout.shard_of_part(path), []).append(path)
    kept_by_shard: dict[str, list[str]] | None = None
    if kept:
        kept_by_shard = {}
        for path in sorted(kept):
            if layout.is_part(path):
                kept_by_shard.setdefault(layout.shard_of_part(path), []).append(path)
    for shard in SHARDS:
        name = layout.shard_path(shard)
        mine = sorted(by_shard[shard])
        # A shard is reused only when each of its parts is signed as it was kept: a part in `parts_dir`
        # may already be newer than `.kept.json` (moved there by a poll that was cut short), and then it
        # is not downloaded again, so `fetched` alone would not show the change.
        reused = None if shard in rejoin else _unchanged_shard(old, old_manifest, kept_by_shard, shard, mine,
                                                               fetched)
        if reused is not None:
            _link(old / name, out / name)
            entries[name] = reused
            continue
        data = layout.join_shard(shard, ((parts / p).read_bytes() for p in mine))
        _write(out / name, data)
        entries[name] = TargetInfo(len(data), sha256_hex(data))
    manifest = Manifest(
        version=bundle_version({name: e.sha256 for name, e in entries.items()}), sample=catalogue.sample,
        languages=tuple(catalogue.languages), registry_as_of=catalogue.registry_as_of, targets=entries,
    )
    _write(out / MANIFEST, canonical_json(manifest.to_json()))
    signed = {path: signature(info) for path, info in catalogue.files.items()}
    _write(out / KEPT, json.dumps({path: sig for path, sig in sorted(signed.items()) if sig}).encode())
    record_json = {"snapshot_version": record.snapshot_version, "timestamp_version": record.timestamp_version,
                   "bundle_version": manifest.version}
    _write(out / RECORD, json.dumps(record_json).encode())
    return out, manifest.version


def swap_in(data_dir: Path, new: Path) -> None:
    """Make `new` the applied bundle folder (two renames; `recover()` handles a crash between them)."""
    replace_dir(new, bundle_dir(data_dir), data_dir / _OLD)


def discard(data_dir: Path) -> None:
    """Forget the applied folder and the kept parts (they failed verification locally): the next poll
    downloads everything."""
    shutil.rmtree(bundle_dir(data_dir), ignore_errors=True)
    shutil.rmtree(parts_dir(data_dir), ignore_errors=True)


def _unchanged_shard(old: Path, old_manifest: dict, kept_by_shard: dict[str, list[str]] | None, shard: str,
                     mine: list[str], fetched: set[str]) -> TargetInfo | None:
    """The old shard's entry if none of its parts changed (its bytes are then verified by load_bundle)."""
    name = layout.shard_path(shard)
    targets = old_manifest.get("targets")
    entry = targets.get(name) if isinstance(targets, dict) else None
    if kept_by_shard is not None:
        old_parts = kept_by_shard.get(shard, [])
    else:  # no `.kept.json`: the parts at hand
        old_parts_dir = parts_dir(old.parent) / "registry" / name.removesuffix(".json").split("/")[1]
        old_parts = sorted(f"registry/{old_parts_dir.name}/{p.name}" for p in old_parts_dir.glob("*.json")) \
            if old_parts_dir.is_dir() else []
    if not isinstance(entry, dict) or old_parts != mine or not (old / name).is_file():
        return None
    if any(p in fetched for p in mine):
        return None
    try:
        return TargetInfo(int(entry["length"]), str(entry["sha256"]))
    except (KeyError, TypeError, ValueError):
        return None


def _make_dirs(root: Path, paths: Iterable[str]) -> None:
    """Create the folders of `paths` under `root` once each, not once a file."""
    for folder in sorted({path.rpartition("/")[0] for path in paths}):
        (root / folder).mkdir(parents=True, exist_ok=True)


def _link(source: str | Path, target: str | Path) -> None:
    """A hard link (kept files are never written to; a new version replaces them by rename), or a copy
    where links are refused. The target's folder exists (`_make_dirs`); a leftover target is replaced."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(target)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
