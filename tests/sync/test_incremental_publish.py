"""An incremental publish writes the repository a full publish writes: every file, byte for byte."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from content.bundle import Built, build_source
from content.registry_csv import AGENCIES_CSV
from sync import keys, layout
from sync.publisher import Publisher
from sync.store import DirStore
from tests.content.test_registry_rows import agency, edited, write
from tests.sync.helpers import FIXTURE

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def repository(root: Path, ring: keys.Keyring) -> Publisher:
    return Publisher.create(DirStore(root), ring, clock=lambda: NOW)


def publish(publisher: Publisher, built: Built) -> None:
    publisher.publish_bundle(built.files, built.manifest, built.rows)


def files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_incremental_publish_writes_the_full_publish_byte_for_byte(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(FIXTURE, source)
    rows = [agency(n) for n in range(400)]
    (source / AGENCIES_CSV).write_bytes(write(rows))
    ring = keys.generate({r: 1 for r in (*keys.OFFLINE_ROLES, *keys.ONLINE_ROLES)})
    full, incremental = repository(tmp_path / "full", ring), repository(tmp_path / "incremental", ring)
    first = build_source(source, tmp_path / "b1")
    publish(full, first)
    publish(incremental, first)

    (source / AGENCIES_CSV).write_bytes(write(edited(rows)))
    rebuilt = build_source(source, tmp_path / "b2-full")
    publish(full, rebuilt)
    changed = build_source(source, tmp_path / "b2-incremental", first.previous())
    assert changed.rendered_rows == 4
    publish(incremental, changed)
    assert files(tmp_path / "incremental") == files(tmp_path / "full")


def test_parts_cut_from_rows_are_the_parts_cut_from_shards(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(FIXTURE, source)
    (source / AGENCIES_CSV).write_bytes(write([agency(n) for n in range(400)]))
    built = build_source(source, tmp_path / "bundle")
    ring = keys.generate({r: 1 for r in (*keys.OFFLINE_ROLES, *keys.ONLINE_ROLES)})
    publisher = repository(tmp_path / "repo", ring)
    digits = publisher.settings.part_digits
    assert layout.travelling_from_rows(built.files, built.rows, digits) == layout.travelling_files(
        built.files, digits)


def test_an_incremental_build_still_checks_vacancies_against_the_whole_registry(tmp_path: Path) -> None:
    """An incremental build reads only the registry rows that changed, yet every vacancy names an agency
    whose status the vacancy rules need: the sample's vacancies must not be refused as 'unknown licence'."""
    from content.bundle_read import load_bundle

    sample = Path(__file__).resolve().parents[2] / "content" / "sample"
    source = tmp_path / "source"
    shutil.copytree(sample, source)
    first = build_source(source, tmp_path / "b1")
    text = (source / AGENCIES_CSV).read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    (source / AGENCIES_CSV).write_text("".join([*lines[:-1], lines[-1].replace("koʻchasi", "koʻchasi 2")]),
                                       encoding="utf-8")
    changed = build_source(source, tmp_path / "b2", first.previous())
    full = build_source(source, tmp_path / "b2-full")
    assert changed.files == full.files
    assert load_bundle(tmp_path / "b2").vacancies, "the sample's vacancies were built"
