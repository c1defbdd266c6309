"""Apply a verified bundle: build a new `content.db` beside the old one and swap it in atomically.

The steps are named so that tests (and the sync worker's progress reporting) can interrupt after each one.
Whatever happens before the final `os.replace`, the old `content.db` stays in use untouched; after it, the
new one is complete and fsynced. This module knows nothing about where the bundle came from (a folder
shipped with the app, or targets the sync client downloaded and verified).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from content.bundle_read import LoadedBundle, load_bundle
from content.errors import BundleError
from content.search.index import build_index
from kiosk.services.store import CONTENT_DB
from sync.fsutil import fsync_dir, fsync_file

STEPS = ("verify", "create", "insert", "index", "check", "fsync", "swap", "done")
StepHook = Callable[[str], None]


class ApplyError(Exception):
    """The bundle could not be applied; the old content is still in use. The message says why."""


@dataclass(frozen=True)
class ApplyResult:
    version: str
    counts: dict[str, int]


def apply_bundle(bundle_dir: Path, data_dir: Path, on_step: StepHook | None = None) -> ApplyResult:
    """Verify `bundle_dir`, build `content.db` from it in `data_dir`, and swap it in.

    `on_step(name)` is called as each step starts; an exception from it aborts the apply like any failure.
    """
    step = on_step or (lambda _name: None)
    data_dir.mkdir(parents=True, exist_ok=True)
    new_path = data_dir / (CONTENT_DB + ".new")
    try:
        step("verify")
        try:
            bundle = load_bundle(bundle_dir)
        except BundleError as exc:
            raise ApplyError(f"bundle rejected: {exc}") from exc
        step("create")
        _remove(new_path)
        conn = sqlite3.connect(new_path)
        try:
            # A brand-new file that is thrown away on failure needs no journal; it is fsynced before the swap.
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            step("insert")
            counts = _insert(conn, bundle)
            step("index")
            build_index(conn)
            conn.commit()
            step("check")
            _check(conn)
        finally:
            conn.close()
        step("fsync")
        fsync_file(new_path)
        step("swap")
        os.replace(new_path, data_dir / CONTENT_DB)
        fsync_dir(data_dir)
        step("done")
    except BaseException:
        _remove(new_path)
        raise
    return ApplyResult(version=str(bundle.manifest["version"]), counts=counts)


def _insert(conn: sqlite3.Connection, bundle: LoadedBundle) -> dict[str, int]:
    db = sqlite_utils.Database(conn)
    manifest = bundle.manifest
    meta = {
        "format": "1",
        "bundle_version": str(manifest["version"]),
        "sample": "1" if manifest.get("sample") else "0",
        "languages": json.dumps(manifest.get("languages", [])),
        "registry_as_of": str(manifest.get("registry_as_of") or ""),
        "applied_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    db["meta"].insert_all(({"key": k, "value": v} for k, v in meta.items()), pk="key")
    tables: dict[str, tuple[Iterable[dict], tuple[str, ...]]] = {
        "topics": (_topic_rows(bundle.topics), ("id", "lang")),
        "articles": (_text_rows(bundle.articles, "id", _article_row), ("id", "lang")),
        "alerts": (_text_rows(bundle.alerts, "id", _alert_row), ("id", "lang")),
        "guides": (_text_rows(bundle.guides, "country", _guide_row), ("country", "lang")),
        "contacts": (_text_rows(bundle.contacts, "id", _contact_row), ("id", "lang")),
        "agencies": ((_agency_row(a) for a in bundle.agencies), ("licence_no",)),
        "warnings": ((_warning_row(w) for w in bundle.warnings), ("id",)),
    }
    counts: dict[str, int] = {}
    for name, (rows, pk) in tables.items():
        rows = list(rows)
        db[name].insert_all(rows, pk=pk if len(pk) > 1 else pk[0], batch_size=1000)
        counts[name] = len(rows)
    db["articles"].create_index(["topic", "lang", "position"], if_not_exists=True)
    db["agencies"].create_index(["status"], if_not_exists=True)
    return counts


def _topic_rows(topics: list[dict]) -> Iterable[dict]:
    for t in topics:
        for lang, title in t["title"].items():
            yield {
                "id": t["id"],
                "lang": lang,
                "position": t["order"],
                "icon": t["icon"],
                "title": title,
                "summary": t["summary"][lang],
            }


def _text_rows(items: list[dict], key: str, shape: Callable[[dict, dict], dict]) -> Iterable[dict]:
    """One row per item and language: the shared fields plus that language's texts."""
    for item in items:
        for lang, text in item["texts"].items():
            yield {key: item[key], "lang": lang, **shape(item, text), "fallback": text.get("fallback")}


def _article_row(a: dict, t: dict) -> dict:
    return {
        "topic": a["topic"],
        "position": a["order"],
        "title": t["title"],
        "summary": t["summary"],
        "body": t["body"],
        "countries": json.dumps(a["countries"]),
        "source": a["source"],
        "reviewed_on": a["reviewed_on"],
        "qr": a["qr"],
        "sample": int(bool(a["sample"])),
    }


def _alert_row(a: dict, t: dict) -> dict:
    return {
        "severity": a["severity"],
        "published_on": a["published_on"],
        "expires_on": a.get("expires_on"),
        "title": t["title"],
        "summary": t["summary"],
        "body": t.get("body") or "",
        "red_flags": json.dumps(t["red_flags"], ensure_ascii=False),
        "actions": json.dumps(t["actions"], ensure_ascii=False),
        "qr": a["qr"],
        "sample": int(bool(a["sample"])),
    }


def _guide_row(g: dict, t: dict) -> dict:
    return {
        "position": g["order"],
        "name": t["name"],
        "summary": t["summary"],
        "route": t["route"],
        "documents": t["documents"],
        "scams": t["scams"],
        "contacts": t["contacts"],
        "qr": g["qr"],
        "source": g["source"],
        "reviewed_on": g["reviewed_on"],
        "sample": int(bool(g["sample"])),
    }


def _contact_row(c: dict, t: dict) -> dict:
    return {
        "category": c["category"],
        "position": c["order"],
        "name": t["name"],
        "description": t["description"],
        "phone": c.get("phone"),
        "url": c.get("url"),
        "countries": json.dumps(c.get("countries", [])),
        "sample": int(bool(c["sample"])),
    }


def _agency_row(a: dict) -> dict:
    row = dict(a)
    for key in ("other_names", "countries"):
        row[key] = json.dumps(a.get(key) or [], ensure_ascii=False)
    return row


def _warning_row(w: dict) -> dict:
    row = dict(w)
    for key in ("names", "phones", "telegram", "websites"):
        row[key] = json.dumps(w.get(key) or [], ensure_ascii=False)
    return row


def _check(conn: sqlite3.Connection) -> None:
    result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise ApplyError(f"new content.db failed its integrity check: {result}")
    if conn.execute("SELECT COUNT(*) FROM topics").fetchone()[0] == 0:
        raise ApplyError("bundle has no topics: refusing to replace working content with an empty one")


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
