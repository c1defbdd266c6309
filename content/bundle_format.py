"""Bundle format 1: the byte encoding, target names, registry shards, version and manifest.

Shared by the builder and the reader so that the two cannot disagree about what a bundle looks like.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from content.model import ID_PATTERN

FORMAT = 1
MANIFEST = "manifest.json"
SINGLE_TARGETS: Mapping[str, str] = MappingProxyType({
    "topics.json": "topics",
    "alerts.json": "alerts",
    "contacts.json": "contacts",
    "registry/warnings.json": "warnings",
    "checker.json": "checker",
    "qa.json": "qa",
    "offices.json": "offices",
    "services.json": "services",
})
# Targets a bundle may leave out: a source without a red-flag checker or Q&A pairs is still complete.
OPTIONAL_TARGETS: frozenset[str] = frozenset({"checker.json", "qa.json", "offices.json", "services.json"})
SHARDS: tuple[str, ...] = tuple("0123456789abcdef")
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"articles/({ID_PATTERN.pattern})\.json"), "articles"),
    (re.compile(r"guides/([a-z]{2})\.json"), "guides"),
    (re.compile(r"registry/agencies-([0-9a-f])\.json"), "agencies"),
    (re.compile(r"vacancies/([a-z]{2})\.json"), "vacancies"),
)


def canonical_json(obj: object) -> bytes:
    """The one byte encoding of a document: sorted keys, no insignificant whitespace, UTF-8."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def shard_of(licence_no: str) -> str:
    """The registry shard of an agency: the first hex digit of sha256 of its licence number (UTF-8)."""
    return sha256_hex(licence_no.encode("utf-8"))[0]


def target_kind(name: str) -> tuple[str, str | None] | None:
    """(kind, key) of a target name, e.g. ("articles", "rights"); None if format 1 has no such target."""
    if name in SINGLE_TARGETS:
        return SINGLE_TARGETS[name], None
    for pattern, kind in _PATTERNS:
        if m := pattern.fullmatch(name):
            return kind, m[1]
    return None


def bundle_version(hashes: Mapping[str, str]) -> str:
    """First 16 hex digits of sha256 over the sorted `name:sha256` lines (each ending in a newline)."""
    lines = sorted(f"{name}:{digest}" for name, digest in hashes.items())
    return sha256_hex("".join(line + "\n" for line in lines).encode("utf-8"))[:16]


@dataclass(frozen=True)
class TargetInfo:
    length: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """What `manifest.json` says; `to_json()` is exactly the document written."""

    version: str
    sample: bool
    languages: tuple[str, ...]
    registry_as_of: str | None
    targets: Mapping[str, TargetInfo]
    format: int = FORMAT

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "version": self.version,
            "sample": self.sample,
            "languages": list(self.languages),
            "registry_as_of": self.registry_as_of,
            "targets": {name: {"length": t.length, "sha256": t.sha256}
                        for name, t in sorted(self.targets.items())},
        }
