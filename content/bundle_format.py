"""Bundle format 1: the byte encoding, target names, registry shards, version and manifest.

Shared by the builder and the reader so that the two cannot disagree about what a bundle looks like.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
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
_ROW_START = re.compile(rb'\},\{"(?=[^,\]}:])')  # see agencies_rows
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"articles/({ID_PATTERN.pattern})\.json"), "articles"),
    (re.compile(r"guides/([a-z]{2})\.json"), "guides"),
    (re.compile(r"registry/agencies-([0-9a-f])\.json"), "agencies"),
    (re.compile(r"vacancies/([a-z]{2}-[0-9]{2})\.json"), "vacancies"),  # a destination's part
)


def canonical_json(obj: object) -> bytes:
    """The one byte encoding of a document: sorted keys, no insignificant whitespace, UTF-8."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def agencies_document(rows: Iterable[bytes], key: str, value: str) -> bytes:
    """`canonical_json({"agencies": [...], key: value})` from rows that are each `canonical_json` of one
    agency: a registry shard (key "shard") or part (key "part"). Byte for byte the same document
    ("agencies" sorts before either key), without encoding megabytes of JSON again."""
    if key <= "agencies":
        raise ValueError(f"{key!r} would sort before 'agencies'")
    return b'{"agencies":[' + b",".join(rows) + b"]," + _member(key, value) + b"}"


def _member(key: str, value: str) -> bytes:
    return canonical_json(key) + b":" + canonical_json(value)


def agencies_rows(document: bytes, key: str, value: str) -> list[bytes] | None:
    """The rows of a document written by `agencies_document`, or None if it is not one.

    Rows are flat objects (strings and lists of strings) joined by `,`, so a row ends in `}` and the next
    begins `{"` + its first key. Inside a string every `"` is written `\\"`, so an unescaped `"` after `},{`
    either opens the next row's first key or closes a string that ends in `},{`; after a closing quote
    comes `,` `]` `}` or `:`, never a key's first character. `_ROW_START` splits only at the first kind."""
    head, tail = b'{"agencies":[', b"]," + _member(key, value) + b"}"
    if not (document.startswith(head) and document.endswith(tail)):
        return None
    body = document[len(head):len(document) - len(tail)]
    if not body:
        return []
    pieces = _ROW_START.split(body)
    if len(pieces) == 1:
        return pieces
    return [pieces[0] + b"}", *(b'{"' + p + b"}" for p in pieces[1:-1]), b'{"' + pieces[-1]]


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
