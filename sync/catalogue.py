"""Which files make up the current signed bundle, asked of python-tuf's Updater through its public API.

ngclient has no "list all targets" call, so the repository makes its own list discoverable: the signed
`custom` field of `topics.json` (content role) names every other content file and carries the manifest's
`sample` and `languages`; that of `registry/warnings.json` (registry role) carries `registry_as_of` and how
many hex digits name a registry part, and the kiosk then asks for every possible part name (absent parts
are empty). Every TargetFile returned comes from `Updater.get_targetinfo`, i.e. from verified metadata
signed by the role delegated for that path.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from tuf.api.metadata import TargetFile
from tuf.ngclient import Updater

from content.bundle_format import target_kind
from sync import layout
from sync.bins import PartLookup, walk_all
from sync.errors import LayoutError


@dataclass(frozen=True)
class Catalogue:
    """Every travelling file of the current bundle, plus what the kiosk needs to write its manifest."""

    files: dict[str, TargetFile]
    sample: bool
    languages: list[str]
    registry_as_of: str | None


def read_catalogue(updater: Updater, check: Callable[[], None], parts: PartLookup | None = None,
                   now: datetime | None = None) -> Catalogue:
    """Ask the updater for the catalogue (`check()` raises to stop early, e.g. when the app closes).

    With `parts` (and the poll's `now`), registry parts are looked up again only in the hash bins that
    changed since the last poll (`sync.bins`); without, every part name is looked up."""
    topics = _need(updater, layout.TOPICS)
    warnings = _need(updater, layout.WARNINGS)
    content = _custom(topics, {"sample": bool, "languages": list, "paths": list})
    registry = _custom(warnings, {"registry_as_of": (str, type(None)), "part_digits": int})
    files = {layout.TOPICS: topics, layout.WARNINGS: warnings, layout.ALERTS: _need(updater, layout.ALERTS)}
    for path in content["paths"]:
        kind = target_kind(path) if isinstance(path, str) else None
        if kind is None or layout.role_of(path) != layout.ROLE_CONTENT or path == layout.TOPICS:
            raise LayoutError(f"topics.json lists {str(path)[:80]!r}, which is not a content file")
        files[path] = _need(updater, path)
    digits = registry["part_digits"]
    if not 1 <= digits <= layout.MAX_PART_DIGITS:
        raise LayoutError(f"registry/warnings.json: part_digits {digits} is out of range")
    for number, path in enumerate(layout.vacancy_paths()):  # verified vacancies, signed by their own role
        if number % 256 == 0:
            check()
        info = updater.get_targetinfo(path)
        if info is not None:
            files[info.path] = info
    names = [layout.part_path(prefix) for prefix in layout.part_prefixes(digits)]
    if parts is not None and now is not None:
        files.update(parts.find(updater, names, now, check))
    else:
        files.update(walk_all(updater, names, check))
    if not all(isinstance(lang, str) for lang in content["languages"]):
        raise LayoutError("topics.json: languages must be a list of language tags")
    return Catalogue(files, content["sample"], content["languages"], registry["registry_as_of"])


def _need(updater: Updater, path: str) -> TargetFile:
    info = updater.get_targetinfo(path)
    if info is None:
        raise LayoutError(f"the signed repository has no {path}")
    if "sha256" not in info.hashes:
        raise LayoutError(f"{path}: signed without a sha256 hash")
    return info


def _custom(info: TargetFile, fields: dict[str, type | tuple[type, ...]]) -> dict[str, Any]:
    """The kiosk's part of a target's signed `custom` field, with the expected fields and types."""
    custom = info.custom if isinstance(info.custom, dict) else None
    values = custom.get(layout.CUSTOM) if custom else None
    if not isinstance(values, dict):
        raise LayoutError(f"{info.path}: signed metadata has no '{layout.CUSTOM}' custom field")
    for key, expected in fields.items():
        value = values.get(key)
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise LayoutError(f"{info.path}: custom field {key!r} is missing or has the wrong type")
    return values


def registry_as_of(meta_dir: Path) -> datetime | None:
    """The licensing office's signed "as of" time, after checking that the snapshot serves every
    registry bin at the version the registry role pins.

    The snapshot is signed with an online key kept on the server. Without the pins, whoever holds that
    key could keep serving an old bin (hiding a revocation) beside a freshly signed registry role; with
    them, an old bin is rejected, and an old registry role shows its old "as of" and turns verdicts stale.
    Both files were verified by python-tuf before it cached them in `meta_dir`.
    """
    registry = _cached(meta_dir, "registry.json")
    snapshot = _cached(meta_dir, "snapshot.json")
    if registry is None or snapshot is None:
        return None
    custom = registry.get(layout.CUSTOM)
    if not isinstance(custom, dict) or not isinstance(custom.get("bins"), dict):
        raise LayoutError("the registry role carries no signed 'as of' and bin versions")
    listed = snapshot.get("meta")
    served: dict[str, Any] = listed if isinstance(listed, dict) else {}
    for name, version in sorted(custom["bins"].items()):
        meta = served.get(f"{name}.json")
        got = meta.get("version") if isinstance(meta, dict) else None
        if got != version:
            raise LayoutError(f"the snapshot serves {name} version {got}, the registry role signed "
                              f"version {version}: a registry bin is being held back")
    try:
        return datetime.fromisoformat(custom.get("as_of"))  # type: ignore[arg-type]  # not a str: TypeError, below
    except (TypeError, ValueError):
        raise LayoutError("the registry role's signed 'as of' is not a date and time") from None


def _cached(meta_dir: Path, name: str) -> dict[str, Any] | None:
    try:
        doc = json.loads((meta_dir / name).read_bytes())
    except FileNotFoundError:
        return None
    signed = doc.get("signed") if isinstance(doc, dict) else None
    return signed if isinstance(signed, dict) else None
