"""Reading and verifying a bundle folder: the kiosk's only way in for content.

`load_bundle` trusts nothing: the manifest's shape and format, every target's length and sha256, the set of
files in the folder, and the shape of every document are checked before anything is returned. Any problem
raises BundleError naming the file; no other exception escapes, whatever bytes are in the folder. No
network and no Qt here: the signed-sync layer verifies downloads with the same function.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from content import bundle_shape as shape
from content import bundle_shape_ask
from content.bundle_format import (
    FORMAT,
    MANIFEST,
    OPTIONAL_TARGETS,
    SHARDS,
    SINGLE_TARGETS,
    bundle_version,
    sha256_hex,
    target_kind,
)
from content.errors import BundleError
from content.formats import parse_date
from content.model import LANGUAGES

MAX_MANIFEST_BYTES = 1 << 20
MAX_TARGET_BYTES = 64 << 20
_HEX16 = re.compile(r"[0-9a-f]{16}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_MANIFEST_KEYS = ("format", "version", "sample", "languages", "registry_as_of", "targets")
REQUIRED_TARGETS: tuple[str, ...] = (*(t for t in SINGLE_TARGETS if t not in OPTIONAL_TARGETS),
                                     *(f"registry/agencies-{s}.json" for s in SHARDS))


@dataclass(frozen=True)
class LoadedBundle:
    """A verified bundle: the manifest and every document's items, as plain JSON values, by kind."""

    manifest: dict[str, Any]
    topics: list[dict[str, Any]]
    articles: list[dict[str, Any]]
    alerts: list[dict[str, Any]]
    guides: list[dict[str, Any]]
    contacts: list[dict[str, Any]]
    agencies: list[dict[str, Any]]
    warnings: list[dict[str, Any]]
    checker: list[dict[str, Any]] = field(default_factory=list)  # the checker document, if the bundle has one
    qa: list[dict[str, Any]] = field(default_factory=list)
    offices: list[dict[str, Any]] = field(default_factory=list)
    services: list[dict[str, Any]] = field(default_factory=list)
    vacancies: list[dict[str, Any]] = field(default_factory=list)


def load_bundle(bundle_dir: Path, parse: Collection[str] | None = None) -> LoadedBundle:
    """Verify and parse the bundle in `bundle_dir`; raise BundleError if anything is wrong with it.

    With `parse`, only the targets named in it are read, hash-checked, parsed, shape-checked and returned;
    the others must be present with their listed length. That is what an apply of the targets that changed
    since the last bundle needs: the bytes of the others are not used (content.db holds the rows of the
    very bytes their sha256 names, verified when they were applied). Checks across targets then fall to
    the caller (content.db's keys and `content.contentdb.fill.check`).
    """
    try:
        return _load(Path(bundle_dir), None if parse is None else frozenset(parse))
    except BundleError:
        raise
    except (OSError, ValueError, RecursionError) as exc:  # a race with a file being replaced, an odd path
        raise BundleError(f"{bundle_dir}: cannot read the bundle: {exc}") from exc


def read_manifest(bundle_dir: Path) -> dict[str, Any]:
    """The checked manifest of the bundle in `bundle_dir` (its targets are not read: see `load_bundle`)."""
    root = Path(bundle_dir)
    try:
        if not root.is_dir():
            raise BundleError(f"{root}: not a bundle folder")
        manifest = parse_json(MANIFEST, _read(root, MANIFEST, None, MAX_MANIFEST_BYTES))
        _check_manifest(manifest)
    except (OSError, ValueError, RecursionError) as exc:
        raise BundleError(f"{bundle_dir}: cannot read the bundle: {exc}") from exc
    return manifest


def read_target(bundle_dir: Path, name: str, info: dict[str, int | str]) -> bytes:
    """The bytes of one listed target, checked against its manifest entry `info` (length and sha256)."""
    try:
        return _read(Path(bundle_dir), name, info, MAX_TARGET_BYTES)
    except OSError as exc:
        raise BundleError(f"{name}: cannot read the file: {exc.strerror or exc}") from exc


def _load(root: Path, parse: frozenset[str] | None) -> LoadedBundle:
    if not root.is_dir():
        raise BundleError(f"{root}: not a bundle folder")
    manifest = parse_json(MANIFEST, _read(root, MANIFEST, None, MAX_MANIFEST_BYTES))
    targets = _check_manifest(manifest)
    _check_no_extra_files(root, set(targets))
    items: dict[str, list[dict[str, Any]]] = {kind: [] for kind in
                                              ("topics", "articles", "alerts", "guides", "contacts",
                                               "agencies", "warnings", "checker", "qa", "offices",
                                               "services", "vacancies")}
    article_topics: dict[str, str] = {}
    seen: dict[tuple[str, str], str] = {}
    for name in sorted(targets):
        kind, key = target_kind(name) or ("", None)  # names were checked by _check_manifest
        if parse is not None and name not in parse:
            _check_present(root, name, targets[name])
            continue
        doc = parse_json(name, _read(root, name, targets[name], MAX_TARGET_BYTES))
        found = _parse_target(shape.Shape(name, LANGUAGES), kind, str(key), doc)
        if kind == "articles":
            article_topics[name] = str(key)
        _check_unique(name, kind, found, seen)
        items[kind].extend(found)
    topic_ids = {t["id"] for t in items["topics"]}
    for name, topic in article_topics.items() if parse is None else ():
        if topic not in topic_ids:
            raise BundleError(f"{name}: topic '{topic}' is not in topics.json")
    return LoadedBundle(manifest=manifest, **items)


def _parse_target(s: shape.Shape, kind: str, key: str, doc: Any) -> list[dict[str, Any]]:
    """The items of one target document, after checking its shape."""
    if kind == "articles":
        return shape.articles(s, doc, key)
    if kind == "guides":
        return [shape.guide(s, doc, key)]
    if kind == "agencies":
        return shape.agencies(s, doc, key)
    if kind == "vacancies":
        return shape.vacancies(s, doc, key)
    readers = {"topics": shape.topics, "alerts": shape.alerts, "contacts": shape.contacts,
               "warnings": shape.warnings, "checker": bundle_shape_ask.checker, "qa": bundle_shape_ask.qa,
               "offices": shape.offices, "services": shape.services}
    return readers[kind](s, doc)


def _check_manifest(manifest: Any) -> dict[str, dict[str, int | str]]:
    """The manifest's targets, after checking every key of the manifest; the target names are safe."""
    if not isinstance(manifest, dict):
        raise BundleError(f"{MANIFEST}: must be a JSON object")
    fmt = manifest.get("format")
    if isinstance(fmt, bool) or fmt != FORMAT:
        raise BundleError(f"{MANIFEST}: unsupported bundle format {str(fmt)[:20]!r}; this kiosk reads format "
                          f"{FORMAT}")
    s = shape.Shape(MANIFEST, LANGUAGES)
    target = {"length": s.integer, "sha256": s.matching(_HEX64, "64 lower-case hex digits")}
    s.obj(manifest, "", {
        "format": s.integer, "version": s.matching(_HEX16, "16 lower-case hex digits"), "sample": s.boolean,
        "languages": s.texts, "registry_as_of": s.maybe_text,
        "targets": s.any_object,
    })
    if manifest["languages"] != list(LANGUAGES):
        raise BundleError(f"{MANIFEST}: languages must be {list(LANGUAGES)}")
    as_of = manifest["registry_as_of"]
    if as_of is not None and parse_date(as_of) is None:
        raise BundleError(f"{MANIFEST}: registry_as_of must be a date YYYY-MM-DD or null")
    targets: dict[str, dict[str, Any]] = manifest["targets"]  # each entry checked against `target` below
    for name, info in targets.items():
        check_target_name(name)
        s.obj(info, f"targets[{name!r}]", target)
        if not 0 <= info["length"] <= MAX_TARGET_BYTES:
            raise BundleError(f"{MANIFEST}: target {name!r} has an impossible length {info['length']}")
    for name in REQUIRED_TARGETS:
        if name not in targets:
            raise BundleError(f"{MANIFEST}: required target '{name}' is not listed")
    if bundle_version({name: str(info["sha256"]) for name, info in targets.items()}) != manifest["version"]:
        raise BundleError(f"{MANIFEST}: version {manifest['version']} does not match the listed targets")
    return targets


def check_target_name(name: str) -> None:
    """Reject names that could reach outside the bundle folder, and names format 1 does not have."""
    shown = repr(name[:80])
    if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name):
        raise BundleError(f"{MANIFEST}: target name {shown} is an absolute path")
    if ".." in re.split(r"[/\\]", name):
        raise BundleError(f"{MANIFEST}: target name {shown} contains '..'")
    if name == MANIFEST or target_kind(name) is None:
        raise BundleError(f"{MANIFEST}: unknown target name {shown}")


def _check_no_extra_files(root: Path, listed: set[str]) -> None:
    """A file the manifest does not list is not verified, so its presence means tampering or a bad copy."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel_folder = Path(folder).relative_to(root).as_posix()
        for file in sorted(files):
            if file.startswith("."):
                continue
            rel = file if rel_folder == "." else f"{rel_folder}/{file}"
            if rel != MANIFEST and rel not in listed:
                raise BundleError(f"{rel}: file is in the bundle folder but not listed in {MANIFEST}")


def _read(root: Path, name: str, info: dict[str, int | str] | None, limit: int) -> bytes:
    """The bytes of one file, checked against its manifest entry (`info`) when there is one."""
    path = root.joinpath(*name.split("/"))
    try:
        st = os.stat(path)
    except FileNotFoundError:
        listed = f" but listed in {MANIFEST}" if info is not None else ""
        raise BundleError(f"{name}: missing from the bundle folder{listed}") from None
    except OSError as exc:
        raise BundleError(f"{name}: cannot read the file: {exc.strerror or exc}") from None
    if not stat.S_ISREG(st.st_mode):
        raise BundleError(f"{name}: not a regular file")
    real_root = os.path.realpath(root)
    if os.path.commonpath([real_root, os.path.realpath(path)]) != real_root:
        raise BundleError(f"{name}: points outside the bundle folder")
    if info is None:
        if st.st_size > limit:
            raise BundleError(f"{name}: the file is too large ({st.st_size} bytes)")
        with open(path, "rb") as handle:
            return handle.read(limit + 1)
    expected = int(info["length"])
    if st.st_size != expected:
        raise BundleError(f"{name}: the file has {st.st_size} bytes but {MANIFEST} lists {expected} "
                          f"(truncated or changed)")
    with open(path, "rb") as handle:
        data = handle.read(expected + 1)
    if len(data) != expected:
        raise BundleError(f"{name}: the file has {len(data)} bytes but {MANIFEST} lists {expected}")
    if sha256_hex(data) != info["sha256"]:
        raise BundleError(f"{name}: sha256 does not match {MANIFEST} (the file was changed or corrupted)")
    return data


def _check_present(root: Path, name: str, info: dict[str, int | str]) -> None:
    """A listed target that is not read must still be a regular file of the listed length."""
    try:
        st = os.stat(root.joinpath(*name.split("/")))
    except OSError:
        raise BundleError(f"{name}: missing from the bundle folder but listed in {MANIFEST}") from None
    if not stat.S_ISREG(st.st_mode) or st.st_size != int(info["length"]):
        raise BundleError(f"{name}: the file has {st.st_size} bytes but {MANIFEST} lists {info['length']} "
                          f"(truncated or changed)")


def parse_json(name: str, data: bytes) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN/Infinity; any failure is a BundleError naming `name`."""
    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except RecursionError:
        raise BundleError(f"{name}: JSON is nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, too many digits, duplicate keys
        raise BundleError(f"{name}: not valid JSON: {str(exc)[:200]}") from None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("a key appears twice in one object")
    return result


def _no_constant(token: str) -> Any:
    raise ValueError(f"{token} is not allowed")


_UNIQUE_KEYS = MappingProxyType({"topics": "id", "articles": "id", "alerts": "id", "guides": "country",
                                 "contacts": "id", "agencies": "licence_no", "warnings": "id",
                                 "qa": "id", "offices": "id", "services": "id"})


def _check_unique(name: str, kind: str, found: list[dict[str, Any]],
                  seen: dict[tuple[str, str], str]) -> None:
    """Ids are primary keys in content.db: a duplicate would make the apply fail half-way."""
    if kind not in _UNIQUE_KEYS:
        return  # one document per bundle (checker.json)
    key = _UNIQUE_KEYS[kind]
    for item in found:
        first = seen.get((kind, item[key]))
        if first is not None:
            where = "twice in this file" if first == name else f"also in {first}"
            raise BundleError(f"{name}: {key} {item[key][:60]!r} appears {where}")
        seen[(kind, item[key])] = name
