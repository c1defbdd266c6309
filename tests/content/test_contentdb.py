"""content.db's declared schema: documented as declared, and filled the same whole or target by target."""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from pathlib import Path

import pytest

from content.bundle import build_bundle
from content.bundle_format import canonical_json, sha256_hex, shard_of
from content.bundle_read import LoadedBundle, load_bundle
from content.contentdb import fill, schema
from content.loader import load_source
from content.search.engine import RegistrySearch

ROOT = Path(__file__).resolve().parents[2]


def test_schema_md_lists_exactly_the_declared_tables_and_columns() -> None:
    documented = {}
    for line in (ROOT / "kiosk" / "data" / "SCHEMA.md").read_text(encoding="utf-8").splitlines():
        if m := re.match(r"\| `(\w+)` \| `([^`]*)`", line):
            documented[m[1]] = [c.strip() for c in m[2].split(",")]
    assert documented == {table: schema.columns(table) for table in schema.TABLES}


def test_create_stamps_the_version_and_declares_every_table() -> None:
    conn = sqlite3.connect(":memory:")
    schema.create(conn)
    assert schema.version(conn) == schema.VERSION
    names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(schema.TABLES) | {"search_fts"} <= names


FIXTURE = ROOT / "tests" / "content" / "fixtures" / "minimal"
SAMPLE = ROOT / "content" / "sample"


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, LoadedBundle]:
    root = tmp_path_factory.mktemp("contentdb")
    out = {}
    for name, source in (("minimal", FIXTURE), ("sample", SAMPLE)):
        build_bundle(load_source(source), root / name)
        out[name] = load_bundle(root / name)
    return out


def built(bundle: LoadedBundle) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    fill.build(conn, bundle, "2026-12-01T00:00:00+00:00")
    return conn


def updated(conn: sqlite3.Connection, bundle: LoadedBundle) -> fill.Changes:
    changed, removed = fill.changed_targets(conn, bundle.manifest)
    return fill.update(conn, bundle, changed, removed, "2026-12-01T00:00:00+00:00")


def snapshot(conn: sqlite3.Connection) -> dict[str, object]:
    """Every row that matters, with search documents named by what they index rather than by number."""
    out: dict[str, object] = {}
    for table in schema.TABLES:
        if not table.startswith("search_"):
            out[table] = sorted(conn.execute(f"SELECT * FROM {table}"))  # noqa: S608
    out["search_docs"] = sorted(conn.execute("SELECT kind, ref, name, status FROM search_docs"))
    out["search_entries"] = sorted(conn.execute(
        "SELECT d.kind, d.ref, e.field, e.key FROM search_entries e JOIN search_docs d USING (doc)"))
    out["search_trigrams"] = sorted(conn.execute("SELECT * FROM search_trigrams"))
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")  # raises if out of step
    return out


def test_updating_gives_exactly_what_building_gives(bundles: dict[str, LoadedBundle]) -> None:
    conn = built(bundles["minimal"])
    updated(conn, bundles["sample"])
    assert snapshot(conn) == snapshot(built(bundles["sample"]))
    updated(conn, bundles["minimal"])  # and back: targets that vanished lose their rows
    assert snapshot(conn) == snapshot(built(bundles["minimal"]))


def test_one_changed_agency_touches_one_row_and_its_search_document(bundles: dict[str, LoadedBundle]) -> None:
    base = bundles["sample"]
    conn = built(base)
    agencies = [dict(a) for a in base.agencies]
    target = next(a for a in agencies if a["status"] == "active")
    target["status"] = "revoked"
    target["name"] = "Yangi Nom Servis"
    changed = rebundled(base, agencies)
    changes = updated(conn, changed)
    assert changes.targets == [f"registry/agencies-{shard_of(target['licence_no'])}.json"]
    assert changes.rows == {"agencies": 1}
    assert changes.search_docs == 1
    assert snapshot(conn) == snapshot(built(changed))
    engine = RegistrySearch(conn)
    assert engine.search("Yangi Nom Servis")[0].ref == target["licence_no"]
    assert engine.search("Yangi Nom Servis")[0].status == "revoked"


def rebundled(base: LoadedBundle, agencies: list[dict]) -> LoadedBundle:
    """`base` with another registry: the manifest's shard hashes follow the agencies' new bytes."""
    targets = dict(base.manifest["targets"])
    for shard in {shard_of(a["licence_no"]) for a in agencies}:
        mine = sorted((a for a in agencies if shard_of(a["licence_no"]) == shard),
                      key=lambda a: a["licence_no"])
        data = canonical_json({"shard": shard, "agencies": mine})
        targets[f"registry/agencies-{shard}.json"] = {"length": len(data), "sha256": sha256_hex(data)}
    manifest = {**base.manifest, "targets": targets, "version": "0" * 16}
    return dataclasses.replace(base, manifest=manifest, agencies=agencies)
