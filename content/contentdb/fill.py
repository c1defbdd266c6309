"""Filling content.db from a verified bundle: whole (`build`), or only the targets that changed (`update`).

Both run inside the caller's transaction and leave the same rows for the same bundle; `update` redoes only
the rows of targets whose sha256 differs from the one recorded in ``targets``, and for a registry shard only
the agencies that differ, with their search documents.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from content.bundle_format import target_kind
from content.bundle_read import LoadedBundle
from content.contentdb import schema
from content.contentdb.rows import ROWS, Row, agency_row, warning_row
from content.search.index import build_index, update_index
from content.shard_diff import ShardPatch

# When more than this share of the registry changed, the search index is rebuilt whole rather than document
# by document: measured at 100,000 agencies, ~55 us a document in bulk against ~0.85 ms one by one.
REINDEX_SHARE = 1 / 20
KINDS = ("topics", "articles", "alerts", "guides", "contacts", "agencies", "warnings", "checker", "qa",
         "offices", "services", "vacancies")


class ContentDbError(Exception):
    """The rows a bundle gives are not a usable content.db (no topics, an article of an unknown topic...)."""


@dataclass
class Changes:
    """What `update` did: targets whose rows were redone, and how many rows of each table changed."""

    targets: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    search_docs: int = 0


def build(conn: sqlite3.Connection, bundle: LoadedBundle, applied_at: str) -> dict[str, int]:
    """Create the schema in an empty database and fill every table from `bundle`; rows per table."""
    schema.create(conn)
    _write_meta(conn, bundle.manifest, applied_at)
    _write_targets(conn, bundle.manifest, bundle.manifest["targets"], ())
    counts: dict[str, int] = {}
    for kind in KINDS:
        items: list[dict] = getattr(bundle, kind)
        conn.executemany(_insert_sql(kind), ROWS[kind](items))
        counts[kind] = len(items)
    build_index(conn)
    check(conn)
    return counts


def changed_targets(conn: sqlite3.Connection, manifest: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(targets of `manifest` whose bytes differ from the ones this database was filled from, targets this
    database holds rows of that `manifest` no longer lists)."""
    held = dict(conn.execute("SELECT name, sha256 FROM targets"))
    listed: dict[str, dict] = manifest["targets"]
    changed = {name for name, info in listed.items() if held.get(name) != info["sha256"]}
    return changed, set(held) - set(listed)


def update(conn: sqlite3.Connection, bundle: LoadedBundle, changed: Iterable[str], removed: Iterable[str],
           applied_at: str, patches: Mapping[str, ShardPatch] | None = None) -> Changes:
    """Bring a database filled from an earlier bundle to `bundle`, touching only `changed` and `removed`
    targets (see `changed_targets`). `bundle` needs to hold the items of the changed targets only, except
    registry shards named in `patches`: their changed agencies only (`content.shard_diff`)."""
    patches = patches or {}
    changed, removed = sorted(changed), sorted(removed)
    done = Changes(targets=[*changed, *removed])
    by_kind: dict[str, list[tuple[str, str | None, bool]]] = {}
    for name in (*removed, *changed):
        kind, key = target_kind(name) or ("", None)
        by_kind.setdefault(kind, []).append((name, key, name in removed))
    agencies: list[int] = []
    warnings: list[int] = []
    for kind in KINDS:
        targets = by_kind.get(kind, [])
        if not targets:
            continue
        if kind == "agencies":
            by_shard: dict[str, list[Row]] = {}
            shard_column = schema.columns("agencies").index("shard")
            for agency in bundle.agencies:
                row = agency_row(agency)
                by_shard.setdefault(row[shard_column], []).append(row)
            for name, shard, gone in targets:
                if not gone and name in patches:
                    agencies += _patch_rows(conn, "agencies", [agency_row(a) for a in patches[name].agencies],
                                            patches[name].gone, done)
                    continue
                mine = [] if gone else by_shard.get(str(shard), [])
                agencies += _sync_rows(conn, "agencies", mine, "shard = ?", (shard,), done)
        elif kind == "warnings":
            listed = [] if targets[0][2] else [warning_row(w) for w in bundle.warnings]
            warnings += _sync_rows(conn, "warnings", listed, "1", (), done)
        else:
            _replace_rows(conn, kind, targets, getattr(bundle, kind), done)
    done.search_docs = len(set(agencies)) + len(set(warnings))
    if done.search_docs > 100 and done.search_docs > REINDEX_SHARE * _registry_size(conn):
        build_index(conn)  # a new registry rather than a change: one bulk build is several times faster
    else:
        update_index(conn, agencies, warnings)
    _write_meta(conn, bundle.manifest, applied_at)
    _write_targets(conn, bundle.manifest, changed, removed)
    check(conn)
    return done


def _registry_size(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT (SELECT COUNT(*) FROM agencies) + (SELECT COUNT(*) FROM warnings)")
               .fetchone()[0])


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per content table (a multilingual item has one per language)."""
    return {kind: conn.execute(f"SELECT COUNT(*) FROM {kind}").fetchone()[0]  # noqa: S608 - fixed names
            for kind in KINDS}


def check(conn: sqlite3.Connection) -> None:
    """Rules a working content.db keeps across targets; raises ContentDbError naming the first broken one."""
    if conn.execute("SELECT COUNT(*) FROM topics").fetchone()[0] == 0:
        raise ContentDbError("bundle has no topics: refusing to replace working content with an empty one")
    row = conn.execute(
        "SELECT topic FROM articles WHERE topic NOT IN (SELECT id FROM topics) LIMIT 1").fetchone()
    if row is not None:
        raise ContentDbError(f"articles/{row[0]}.json: topic '{row[0]}' is not in topics.json")


def _replace_rows(conn: sqlite3.Connection, kind: str, targets: list[tuple[str, str | None, bool]],
                  items: list[dict], done: Changes) -> None:
    """Small tables: delete the rows of each changed target and insert the bundle's rows for it."""
    column = {"articles": "topic", "guides": "country", "vacancies": "part"}.get(kind)
    deleted = 0
    keys: set[str | None] = set()
    for _name, key, _gone in targets:
        if column is None:
            deleted += conn.execute(f"DELETE FROM {kind}").rowcount  # noqa: S608 - fixed names
        else:
            deleted += conn.execute(f"DELETE FROM {kind} WHERE {column} = ?", (key,)).rowcount  # noqa: S608
        keys.add(key)
    wanted = [item for item in items if column is None or item[column] in keys]
    rows = list(ROWS[kind](wanted))
    conn.executemany(_insert_sql(kind), rows)
    done.rows[kind] = done.rows.get(kind, 0) + deleted + len(rows)


def _sync_rows(conn: sqlite3.Connection, table: str, new_rows: list[Row], where: str, args: tuple,
               done: Changes) -> list[int]:
    """Make the rows of `table` matching `where` equal `new_rows`, writing only those that differ; returns
    the rowids touched (deleted, changed or added), for the search index."""
    columns = schema.columns(table)
    old = {row[1]: (row[0], tuple(row[1:])) for row in conn.execute(
        f"SELECT rowid, {', '.join(columns)} FROM {table} WHERE {where}", args)}  # noqa: S608
    gone = old.keys() - {row[0] for row in new_rows}
    return _write_rows(conn, table, old, new_rows, gone, done)


def _patch_rows(conn: sqlite3.Connection, table: str, new_rows: list[Row], gone: Iterable[str],
                done: Changes) -> list[int]:
    """`_sync_rows` for a known change: write `new_rows` (added or changed) and delete the rows keyed
    `gone`, reading only those rows; returns the rowids touched."""
    columns = schema.columns(table)
    select = f"SELECT rowid, {', '.join(columns)} FROM {table} WHERE {columns[0]} = ?"  # noqa: S608
    old: dict[Any, tuple[int, tuple]] = {}
    for key in [*(row[0] for row in new_rows), *gone]:
        found = conn.execute(select, (key,)).fetchone()
        if found is not None:
            old[found[1]] = (found[0], tuple(found[1:]))
    return _write_rows(conn, table, old, new_rows, set(gone), done)


def _write_rows(conn: sqlite3.Connection, table: str, old: dict[Any, tuple[int, tuple]], new_rows: list[Row],
                gone: set[Any], done: Changes) -> list[int]:
    """Delete the `old` rows keyed in `gone`, insert or update `new_rows` where they differ from `old`."""
    columns = schema.columns(table)
    new = {row[0]: row for row in new_rows}
    if len(new) != len(new_rows):
        raise ContentDbError(f"{table}: a key appears twice in one target")
    touched: list[int] = []
    for key in gone:
        if key in old and key not in new:
            rowid = old[key][0]
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))  # noqa: S608
            touched.append(rowid)
    assignments = ", ".join(f"{c} = ?" for c in columns[1:])
    for ref, row in new.items():
        before = old.get(ref)
        if before is None:
            cursor = conn.execute(_insert_sql(table), row)
            touched.append(int(cursor.lastrowid or 0))
        elif before[1] != row:
            conn.execute(f"UPDATE {table} SET {assignments} WHERE rowid = ?", (*row[1:], before[0]))  # noqa: S608
            touched.append(before[0])
    done.rows[table] = done.rows.get(table, 0) + len(touched)
    return touched


@cache
def _insert_sql(table: str) -> str:
    return f"INSERT INTO {table} VALUES ({', '.join('?' * len(schema.columns(table)))})"


def _write_meta(conn: sqlite3.Connection, manifest: dict[str, Any], applied_at: str) -> None:
    meta = {
        "format": str(schema.VERSION),
        "bundle_version": str(manifest["version"]),
        "sample": "1" if manifest.get("sample") else "0",
        "languages": json.dumps(manifest.get("languages", [])),
        "registry_as_of": str(manifest.get("registry_as_of") or ""),
        "applied_at": applied_at,
    }
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())


def _write_targets(conn: sqlite3.Connection, manifest: dict[str, Any], names: Iterable[str],
                   removed: Iterable[str]) -> None:
    listed = manifest["targets"]
    conn.executemany("DELETE FROM targets WHERE name = ?", ((name,) for name in removed))
    conn.executemany("INSERT OR REPLACE INTO targets VALUES (?, ?, ?)",
                     ((name, listed[name]["sha256"], listed[name]["length"]) for name in names))
