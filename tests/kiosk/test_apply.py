"""Bundle apply: a new content.db appears whole or not at all, whatever step fails."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from content.bundle import build_bundle
from content.loader import load_source
from kiosk.data.apply import REBUILD_STEPS, STEPS, ApplyError, apply_bundle
from kiosk.services.store import ContentStore

FIXTURE = Path(__file__).resolve().parent.parent / "content" / "fixtures" / "minimal"
SAMPLE = Path(__file__).resolve().parents[2] / "content" / "sample"


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two different valid bundles: the small fixture ("old") and the sample content ("new")."""
    root = tmp_path_factory.mktemp("bundles")
    build_bundle(load_source(FIXTURE), root / "old")
    build_bundle(load_source(SAMPLE), root / "new")
    return root / "old", root / "new"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def version_of(db: Path) -> str:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT value FROM meta WHERE key = 'bundle_version'").fetchone()[0]
    finally:
        conn.close()


def test_apply_builds_a_readable_store(tmp_path: Path, bundles: tuple[Path, Path]) -> None:
    _, new = bundles
    result = apply_bundle(new, tmp_path)
    assert result.counts["agencies"] == 240
    assert result.counts["topics"] == 48  # 6 topics x 8 UI languages
    store = ContentStore(tmp_path)
    assert store.info().version == result.version
    assert store.info().sample
    assert [t.id for t in store.topics("en")][:2] == ["rights", "recruitment"]
    assert not list(tmp_path.glob("content.db.new*"))


class Interrupted(Exception):
    pass


@pytest.mark.parametrize("failing_step", STEPS[:-1])
def test_interrupted_apply_keeps_the_old_content(
    tmp_path: Path, bundles: tuple[Path, Path], failing_step: str
) -> None:
    old, new = bundles
    apply_bundle(old, tmp_path)
    before = digest(tmp_path / "content.db")
    old_version = version_of(tmp_path / "content.db")

    def fail_at(step: str) -> None:
        if step == failing_step:
            raise Interrupted(step)

    with pytest.raises(Interrupted):
        apply_bundle(new, tmp_path, on_step=fail_at)
    assert digest(tmp_path / "content.db") == before
    assert version_of(tmp_path / "content.db") == old_version
    assert not (tmp_path / "content.db.new").exists()


def test_after_the_swap_the_new_content_is_complete(tmp_path: Path, bundles: tuple[Path, Path]) -> None:
    old, new = bundles
    apply_bundle(old, tmp_path)

    def fail_after_swap(step: str) -> None:
        if step == "done":
            raise Interrupted(step)

    with pytest.raises(Interrupted):
        apply_bundle(new, tmp_path, on_step=fail_after_swap)
    assert ContentStore(tmp_path).info().version == apply_bundle(new, tmp_path / "again").version


def test_a_reader_sees_old_or_new_and_reload_brings_the_new(
    tmp_path: Path, bundles: tuple[Path, Path]
) -> None:
    old, new = bundles
    apply_bundle(old, tmp_path)
    store = ContentStore(tmp_path)
    old_topics = store.topics("en")
    apply_bundle(new, tmp_path)  # in place, while the store's connection is open
    store.reload()
    new_topics = store.topics("en")
    assert new_topics != old_topics
    assert new_topics == ContentStore(tmp_path).topics("en")


def test_a_reader_keeps_the_old_file_during_a_rebuild_until_it_reloads(
    tmp_path: Path, bundles: tuple[Path, Path]
) -> None:
    old, new = bundles
    apply_bundle(old, tmp_path)
    store = ContentStore(tmp_path)
    old_topics = store.topics("en")
    conn = sqlite3.connect(tmp_path / "content.db")
    conn.execute("PRAGMA user_version = 1")  # an older format: the next apply builds a new file
    conn.close()
    assert apply_bundle(new, tmp_path).rebuilt
    assert store.topics("en") == old_topics  # the open connection still reads the old, complete file
    store.reload()
    assert store.topics("en") != old_topics


def test_the_wal_is_emptied_by_the_apply_not_left_to_the_reader(
    tmp_path: Path, bundles: tuple[Path, Path]
) -> None:
    old, new = bundles
    apply_bundle(old, tmp_path)
    store = ContentStore(tmp_path)
    store.info()  # a reader is open, as the UI's is
    apply_bundle(new, tmp_path)
    wal = tmp_path / "content.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    assert store.info().version == version_of(tmp_path / "content.db")


def test_a_corrupt_bundle_is_rejected_and_nothing_changes(tmp_path: Path, bundles: tuple[Path, Path]) -> None:
    old, new = bundles
    apply_bundle(old, tmp_path / "data")
    before = digest(tmp_path / "data" / "content.db")
    broken = tmp_path / "broken"
    shutil.copytree(new, broken)
    target = broken / "alerts.json"
    target.write_bytes(target.read_bytes().replace(b"urgent", b"urgenT", 1))
    with pytest.raises(ApplyError, match="alerts.json"):
        apply_bundle(broken, tmp_path / "data")
    assert digest(tmp_path / "data" / "content.db") == before


def test_killed_mid_apply_leftovers_are_cleaned_on_the_next_apply(
    tmp_path: Path, bundles: tuple[Path, Path]
) -> None:
    old, new = bundles
    apply_bundle(old, tmp_path)
    (tmp_path / "content.db.new").write_bytes(b"half-written garbage from a power cut")
    apply_bundle(new, tmp_path)
    assert not (tmp_path / "content.db.new").exists()
    assert ContentStore(tmp_path).info().sample


def test_process_killed_during_apply_leaves_old_or_new(tmp_path: Path, bundles: tuple[Path, Path]) -> None:
    """A real SIGKILL at several moments of `kiosk apply`: content.db is always whole, old or new."""
    old, new = bundles
    versions = {apply_bundle(old, tmp_path / "v-old").version, apply_bundle(new, tmp_path / "v-new").version}
    data = tmp_path / "data"
    apply_bundle(old, data)
    root = Path(__file__).resolve().parents[2]
    for i, delay in enumerate((0.05, 0.15, 0.25, 0.35, 0.5, 0.7)):
        bundle = new if i % 2 == 0 else old
        cmd = [sys.executable, "-m", "kiosk", "apply", str(bundle), "--data-dir", str(data)]
        process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=root)
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        assert version_of(data / "content.db") in versions


def test_an_update_rewrites_only_the_targets_that_changed(tmp_path: Path, bundles: tuple[Path, Path]) -> None:
    old, new = bundles
    first = apply_bundle(old, tmp_path)
    assert first.rebuilt
    changed = tmp_path / "changed"
    shutil.copytree(old, changed)
    source = tmp_path / "source"
    shutil.copytree(FIXTURE, source)
    csv = source / "registry" / "agencies.csv"
    csv.write_text(csv.read_text(encoding="utf-8").replace(",active,", ",revoked,", 1), encoding="utf-8")
    build_bundle(load_source(source), changed)
    result = apply_bundle(changed, tmp_path)
    assert not result.rebuilt
    assert len(result.changed_targets) == 1
    assert result.changed_targets[0].startswith("registry/agencies-")
    assert version_of(tmp_path / "content.db") == result.version
    assert not list(tmp_path.glob("content.db.new*"))


def test_a_content_db_of_another_format_is_rebuilt(tmp_path: Path, bundles: tuple[Path, Path]) -> None:
    old, new = bundles
    apply_bundle(old, tmp_path)
    conn = sqlite3.connect(tmp_path / "content.db")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    result = apply_bundle(new, tmp_path)
    assert result.rebuilt
    assert version_of(tmp_path / "content.db") == result.version


@pytest.mark.parametrize("failing_step", REBUILD_STEPS[:-1])
def test_an_interrupted_rebuild_keeps_the_old_content(
    tmp_path: Path, bundles: tuple[Path, Path], failing_step: str
) -> None:
    old, new = bundles
    apply_bundle(old, tmp_path)
    conn = sqlite3.connect(tmp_path / "content.db")
    conn.execute("PRAGMA user_version = 1")  # an older format: the next apply must rebuild
    conn.close()
    before = digest(tmp_path / "content.db")

    def fail_at(step: str) -> None:
        if step == failing_step:
            raise Interrupted(step)

    with pytest.raises(Interrupted):
        apply_bundle(new, tmp_path, on_step=fail_at)
    assert digest(tmp_path / "content.db") == before
    assert not (tmp_path / "content.db.new").exists()


KILL_AT_STEP = """
import os, signal, sys
from pathlib import Path
from kiosk.data.apply import apply_bundle

def hook(step):
    if step == sys.argv[3]:
        os.kill(os.getpid(), signal.SIGKILL)

apply_bundle(Path(sys.argv[1]), Path(sys.argv[2]), on_step=hook)
"""


@pytest.mark.parametrize(("step", "expected"), [("commit", "old"), ("done", "new")])
def test_sigkill_inside_the_transaction_or_after_its_commit(
    tmp_path: Path, bundles: tuple[Path, Path], step: str, expected: str
) -> None:
    """Killed with every change written to the WAL but not committed, the old content stays; killed right
    after the commit, the new content is there; either way content.db passes its integrity check."""
    old, new = bundles
    versions = {"old": apply_bundle(old, tmp_path / "v-old").version,
                "new": apply_bundle(new, tmp_path / "v-new").version}
    data = tmp_path / "data"
    apply_bundle(old, data)
    root = Path(__file__).resolve().parents[2]
    child = subprocess.run([sys.executable, "-c", KILL_AT_STEP, str(new), str(data), step], cwd=root,
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == -9, child.stderr
    assert version_of(data / "content.db") == versions[expected]
    apply_bundle(new, data)  # and the next apply picks up from whatever the kill left
    assert version_of(data / "content.db") == versions["new"]


def test_a_content_db_missing_a_declared_table_is_rebuilt(tmp_path: Path, bundles: tuple[Path, Path]) -> None:
    old, new = bundles
    apply_bundle(old, tmp_path)
    conn = sqlite3.connect(tmp_path / "content.db")
    conn.execute("DROP TABLE alerts")  # as if a table had been added without raising the schema version
    conn.close()
    result = apply_bundle(new, tmp_path)
    assert result.rebuilt
    assert version_of(tmp_path / "content.db") == result.version
