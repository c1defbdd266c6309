"""Many files written at once (a publish's targets and metadata): all durable together, each whole, no
temporary file left behind when one of them cannot be written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from content.bundle import build_source
from content.fsutil import atomic_write_many
from sync import keys
from sync.keys import Keyring
from sync.publisher import MissingKeyError, Publisher
from sync.store import DirStore, MemoryStore
from tests.sync.helpers import FIXTURE


def test_every_file_is_written_with_its_mode_and_no_temporary_file(tmp_path: Path) -> None:
    store = DirStore(tmp_path / "repo")
    store.write("metadata/timestamp.json", b"old")
    os.chmod(store.path("metadata/timestamp.json"), 0o640)
    files = {f"targets/registry/{n}.json": bytes([n]) * 100 for n in range(40)}
    store.write_many({**files, "metadata/timestamp.json": b"new"})
    for name, data in files.items():
        assert store.read(name) == data
        assert store.path(name).stat().st_mode & 0o777 == 0o644
    assert store.read("metadata/timestamp.json") == b"new"
    assert store.path("metadata/timestamp.json").stat().st_mode & 0o777 == 0o640  # kept, as atomic_write
    assert not [p for p in (tmp_path / "repo").rglob(".*.tmp")]


def test_a_file_that_cannot_be_written_leaves_no_temporary_file(tmp_path: Path) -> None:
    (tmp_path / "blocked").write_bytes(b"a file where a folder should be")
    with pytest.raises(OSError):
        atomic_write_many({tmp_path / "a.json": b"a", tmp_path / "blocked" / "b.json": b"b"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked"]


def test_a_publish_refused_for_a_missing_key_writes_nothing(tmp_path: Path) -> None:
    """The publisher gathers a publish's new files and writes them together before the snapshot: a role it
    cannot sign stops the publish before any file is written."""
    ring = keys.generate({r: 1 for r in (*keys.OFFLINE_ROLES, *keys.ONLINE_ROLES)})
    store = MemoryStore()
    Publisher.create(store, ring)
    before = dict(store.files)
    built = build_source(FIXTURE, tmp_path / "bundle")
    no_content = Keyring({role: signers for role, signers in ring.signers.items() if role != "content"})
    with pytest.raises(MissingKeyError, match="content"):
        Publisher(store, no_content).publish_bundle(built.files, built.manifest, built.rows)
    assert store.files == before
    report = Publisher(store, ring).publish_bundle(built.files, built.manifest, built.rows)
    assert report.paths and all(store.read(name) is not None for name in store.files)
