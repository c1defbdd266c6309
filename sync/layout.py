"""How a bundle travels: which signed role owns each file, and how registry shards are cut into parts.

Bundle format 1 has 16 registry shards. At 100,000 agencies one shard is about 2.5 MB, so a change to one
agency would move a whole shard. On the wire each shard is therefore cut further into *parts* by the first
`part_digits` hex digits of sha256(licence_no) (a part of a 100k registry is ~10 KB). The kiosk puts the
parts back together into exactly the shard bytes `content.bundle.build_bundle` writes; the publisher checks
that before it signs anything. All other bundle files travel as they are.

The publisher and the kiosk share this module so that they cannot disagree about names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from content.bundle_format import SHARDS, agencies_document, canonical_json, sha256_hex, target_kind
from content.bundle_read import parse_json
from content.errors import BundleError
from content.model import COUNTRIES
from content.vacancies import PARTS, vacancy_target

ROLE_CONTENT = "content"
ROLE_REGISTRY = "registry"
ROLE_ALERTS = "alerts"
# Verified vacancies: job orders signed by their own key (the licensing desk's, or the platform's export
# key), one file per destination country.
ROLE_VACANCIES = "vacancies"
DELEGATED_ROLES = (ROLE_CONTENT, ROLE_REGISTRY, ROLE_ALERTS, ROLE_VACANCIES)
BIN_PREFIX = "registry-bin"  # the registry role hands its files to 2**bin_bits hash bins (TAP 15)
# The vacancies role hands its parts (12 destinations x 32 parts at most in use) to 2**5 hash bins, so that
# a changed vacancy re-signs one bin of ~12 parts and not a list of every part (59 KB at 10,000 vacancies).
# A repository made before (its vacancies role lists the parts itself) keeps working as it is.
VACANCY_BIN_PREFIX = "vacancies-bin"
VACANCY_BIN_BITS = 5
BIN_PREFIXES: Mapping[str, str] = {BIN_PREFIX: ROLE_REGISTRY, VACANCY_BIN_PREFIX: ROLE_VACANCIES}
# Path patterns of the top-level delegations (TUF matches `*` within one path segment).
ROLE_PATHS: Mapping[str, tuple[str, ...]] = {
    ROLE_CONTENT: ("topics.json", "contacts.json", "checker.json", "qa.json", "offices.json", "services.json",
                   "articles/*", "guides/*"),
    ROLE_ALERTS: ("alerts.json",),
    ROLE_REGISTRY: ("registry/*", "registry/*/*"),
    ROLE_VACANCIES: ("vacancies/*",),
}
KEPT_BUNDLE = "bundle"  # data_dir/bundle: the bundle folder that built the kiosk's content.db
TOPICS = "topics.json"
ALERTS = "alerts.json"
WARNINGS = "registry/warnings.json"
CUSTOM = "kiosk"  # key inside a TargetFile's signed `custom` field
DEFAULT_PART_DIGITS = 3
MAX_PART_DIGITS = 4


def key_role(name: str) -> str:
    """The role whose key signs the metadata `name`: a hash bin is signed with its delegator's key."""
    for prefix, role in BIN_PREFIXES.items():
        if name.startswith(prefix + "-"):
            return role
    return name


def role_of(path: str) -> str:
    """The delegated role that signs a travelling file (bundle target or registry part)."""
    if path == ALERTS:
        return ROLE_ALERTS
    if path.startswith("registry/"):
        return ROLE_REGISTRY
    if path.startswith("vacancies/"):
        return ROLE_VACANCIES
    return ROLE_CONTENT


def vacancy_paths() -> Iterator[str]:
    """Every path a vacancies part may have (`vacancies/de-07.json`, content.vacancies): the kiosk asks for
    each (a part with no vacancies has no file), so a new destination needs no other role's signature."""
    for country in sorted(COUNTRIES):
        for part in range(PARTS):
            yield vacancy_target(country, f"{part:02d}")


def part_path(prefix: str) -> str:
    """`registry/agencies-3/3ab.json`: the part holding agencies whose sha256(licence_no) starts `3ab`."""
    return f"registry/agencies-{prefix[0]}/{prefix}.json"


def shard_path(shard: str) -> str:
    return f"registry/agencies-{shard}.json"


def part_prefixes(digits: int) -> Iterator[str]:
    """Every possible part prefix, `000` .. `fff` for three digits."""
    for number in range(16**digits):
        yield f"{number:0{digits}x}"


def is_part(path: str) -> bool:
    return path.startswith("registry/agencies-") and path.count("/") == 2


def shard_of_part(path: str) -> str:
    return path.split("/")[1].removeprefix("agencies-")


def travelling_files(files: Mapping[str, bytes], part_digits: int) -> dict[str, bytes]:
    """The files the publisher signs for a bundle's targets: shards cut into non-empty parts."""
    out: dict[str, bytes] = {}
    for name, data in files.items():
        kind = target_kind(name)
        if kind is None or kind[0] != "agencies":
            out[name] = data
            continue
        shard = str(kind[1])
        doc = parse_json(name, data)
        parts = split_shard(doc["agencies"], part_digits)
        out.update(parts)
        if join_shard(shard, parts.values()) != data:
            raise ValueError(f"{name}: cutting the shard into parts does not give back the same bytes")
    return out


def travelling_from_rows(files: Mapping[str, bytes], rows: Mapping[str, list[tuple[str, bytes]]],
                         part_digits: int) -> dict[str, bytes]:
    """`travelling_files` of a bundle whose shards are made of `rows` (shard -> [(licence_no, row bytes)]
    in licence-number order, as `content.registry_rows` builds them): each part is cut from the rows
    directly, with the bytes `split_shard` gives, and no shard is parsed."""
    out = {name: data for name, data in files.items() if not _is_shard(name)}
    for shard, shard_rows in rows.items():
        if agencies_document((row for _, row in shard_rows), "shard", shard) != files.get(shard_path(shard)):
            raise ValueError(f"{shard_path(shard)}: the rows given are not the rows of this shard")
        grouped: dict[str, list[bytes]] = {}
        for licence_no, row in shard_rows:
            grouped.setdefault(_digest_prefix(licence_no, part_digits), []).append(row)
        for prefix, part in sorted(grouped.items()):
            out[part_path(prefix)] = agencies_document(part, "part", prefix)
    return out


def _is_shard(name: str) -> bool:
    kind = target_kind(name)
    return kind is not None and kind[0] == "agencies"


def split_shard(agencies: Iterable[dict[str, Any]], part_digits: int) -> dict[str, bytes]:
    """Parts of one shard's agencies, keyed by part path; empty parts are left out."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for agency in agencies:
        prefix = _digest_prefix(agency["licence_no"], part_digits)
        grouped.setdefault(prefix, []).append(agency)
    return {part_path(prefix): canonical_json({"part": prefix, "agencies": rows})
            for prefix, rows in sorted(grouped.items())}


def join_shard(shard: str, parts: Iterable[bytes]) -> bytes:
    """The shard document exactly as the bundle builder writes it, from its parts' bytes.

    A part as the publisher cuts it (`split_shard`: canonical JSON) already holds each agency's canonical
    bytes, so they are only located and put in licence order, not re-encoded: at 1,000,000 agencies a
    changed shard is ~23 MB, and decoding and re-encoding it cost seconds of GIL-holding work on the sync
    thread. Any part in another shape goes the long way (`_join_parsed`), which also names what is wrong.
    """
    parts = list(parts)
    rows: list[tuple[str, str]] = []
    for data in parts:
        found = _canonical_rows(data)
        if found is None:
            return _join_parsed(shard, parts)
        rows.extend(found)
    rows.sort(key=_licence)
    text = '{"agencies":[' + ",".join(row for _licence_no, row in rows) + '],"shard":'
    return text.encode("utf-8") + canonical_json(shard) + b"}"


def _no_constant(token: str) -> Any:
    raise ValueError(f"{token} is not JSON")


_ROW_DECODER = json.JSONDecoder(parse_constant=_no_constant)
_PART_HEAD = '{"agencies":['
_PART_TAIL = re.compile(r'\],"part":"[0-9a-f]{1,' + str(MAX_PART_DIGITS) + r'}"\}')


def _licence(row: tuple[str, str]) -> str:
    return row[0]


def _canonical_rows(data: bytes) -> list[tuple[str, str]] | None:
    """(licence number, the agency's own JSON text) for each agency of a part in the publisher's canonical
    shape, or None when the part has another shape. One agency is decoded at a time, so the GIL is free
    between agencies."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not text.startswith(_PART_HEAD):
        return None
    rows: list[tuple[str, str]] = []
    pos, decode = len(_PART_HEAD), _ROW_DECODER.raw_decode
    more = not text.startswith("]", pos)
    while more:
        try:
            row, end = decode(text, pos)
        except ValueError:  # not JSON, or NaN/Infinity (refused by _no_constant)
            return None
        licence_no = row.get("licence_no") if isinstance(row, dict) else None
        if not isinstance(licence_no, str):
            return None
        rows.append((licence_no, text[pos:end]))
        more = text.startswith(",", end)
        pos = end + 1 if more else end
    return rows if _PART_TAIL.fullmatch(text, pos) else None


def _join_parsed(shard: str, parts: Iterable[bytes]) -> bytes:
    """`join_shard` for parts in any shape: decode every part, sort, encode each agency again."""
    agencies: list[dict[str, Any]] = []
    for data in parts:
        doc = parse_json(shard_path(shard), data)
        rows = doc.get("agencies") if isinstance(doc, dict) else None
        if not isinstance(rows, list) or not all(isinstance(r, dict) and isinstance(r.get("licence_no"), str)
                                                for r in rows):
            raise BundleError(f"{shard_path(shard)}: a registry part is not a list of agencies")
        agencies.extend(rows)
    agencies.sort(key=lambda row: row["licence_no"])
    # Byte for byte canonical_json({"agencies": [...], "shard": shard}), one agency at a time: a single
    # json.dumps of a 2.5 MB shard holds the GIL (and so the UI thread) for ~25 ms.
    return agencies_document((canonical_json(row) for row in agencies), "shard", shard)


def _digest_prefix(licence_no: str, digits: int) -> str:
    """The same digest as `content.bundle_format.shard_of`, so a part always lies inside its shard."""
    return sha256_hex(licence_no.encode("utf-8"))[:digits]


def empty_shards() -> dict[str, bytes]:
    """Every shard with no agencies: what the kiosk assembles when a shard has no parts."""
    return {shard_path(s): canonical_json({"shard": s, "agencies": []}) for s in SHARDS}
