"""The registry as the bundle carries it, and the incremental build that re-renders only what changed.

Each agency travels as one *row*: `canonical_json` of its document. A shard is its rows in licence-number
order (`bundle_format.agencies_document`), so a shard's bytes are the join of its rows' bytes. That gives
two ways to the same bytes:

- the full build (`rows_of`): every agency of the sources is rendered;
- the incremental build (`rebuild`): given the registry as last built (`Previous`: its agencies.csv text and
  its 16 shard files), a row whose CSV cells are unchanged keeps its previous bytes; only the rows that
  differ are read into an `Agency`, checked (`check_agency`) and rendered. The registry-wide rule (licence
  numbers present and unique) is checked over every row. 100 changes in 100,000 agencies render 100 rows.

This is sound because a row's checks and its rendering depend on its cells alone (no clock, no other row),
and only while the code that checks and renders rows is the code that built `Previous`: `RULES` is a
fingerprint of that code, and a `Previous` recorded under other rules must not be used (`Previous.rules`).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from content import bundle_format, characters, checks, formats, model, registry_csv, validate_registry
from content.bundle_format import SHARDS, agencies_document, agencies_rows, canonical_json, shard_of
from content.checks import Report
from content.errors import Problem
from content.model import Agency, Origin
from content.registry_csv import AGENCIES_CSV, AGENCY_READ_COLUMNS, agency_of, read_table
from content.validate_registry import check_agency, check_licence_no

Rows = dict[str, list[tuple[str, bytes]]]  # shard -> [(licence_no, row bytes)] in licence-number order
SHARD_PREFIX = "registry/agencies-"


def _rules_fingerprint() -> str:
    """sha256 over the source of every module that reads, checks or renders a registry row.

    A frozen app (the kiosk's one-folder build) has no source files: it gets a fingerprint of its own
    process, so no saved state is ever trusted there and every build is a full one."""
    digest = hashlib.sha256()
    try:
        for module in (bundle_format, characters, checks, formats, model, registry_csv, validate_registry):
            digest.update(Path(str(module.__file__)).read_bytes())
        digest.update(Path(__file__).read_bytes())
    except OSError:
        return f"no-source-{secrets.token_hex(16)}"
    return digest.hexdigest()


RULES = _rules_fingerprint()


def agency_document(a: Agency) -> dict[str, Any]:
    """One agency as the bundle (and content.db, and the phone edition) reads it: dates in ISO form."""
    iso = formats.iso_date
    return {"licence_no": a.licence_no, "name": a.name, "other_names": list(a.other_names), "tin": a.tin,
            "status": a.status, "issued_on": iso(a.issued_on, dotted=True),
            "expires_on": iso(a.expires_on, dotted=True),
            "status_changed_on": iso(a.status_changed_on, dotted=True),
            "status_reason": a.status_reason, "region": a.region, "address": a.address, "phone": a.phone,
            "countries": list(a.countries),
            **({"status_reason_code": a.status_reason_code} if a.status_reason_code else {})}


def agency_row(a: Agency) -> bytes:
    return canonical_json(agency_document(a))


def rows_of(agencies: Iterable[Agency]) -> Rows:
    """Every agency rendered, by shard, in licence-number order (the full build)."""
    rows: Rows = {s: [] for s in SHARDS}
    for agency in sorted(agencies, key=lambda a: a.licence_no):
        rows[shard_of(agency.licence_no)].append((agency.licence_no, agency_row(agency)))
    return rows


def shard_files(rows: Rows) -> dict[str, bytes]:
    """The 16 shard targets (`registry/agencies-<s>.json`), each the join of its rows."""
    return {f"{SHARD_PREFIX}{s}.json": agencies_document((row for _, row in rows[s]), "shard", s)
            for s in SHARDS}


def registry_as_of(dates: Iterable[str]) -> str | None:
    """The newest of the registry's issued_on / status_changed_on dates (how current the export is)."""
    return max((d for d in map(_iso, set(dates)) if d), default=None)  # 100,000 rows: a few thousand dates


@lru_cache(maxsize=65536)
def _iso(text: str) -> str | None:
    """`iso_date` of a CSV date cell, remembered: a registry of 100,000 rows has a few thousand dates."""
    return formats.iso_date(text.strip(), dotted=True)


@dataclass
class Table:
    header: list[str]
    cells: dict[str, list[str]]  # licence_no (stripped) -> cells as written


@dataclass(frozen=True)
class Previous:
    """The registry as last built: the agencies.csv text it was built from and its shard files."""

    text: str
    shards: Mapping[str, bytes]  # target name -> bytes, as `shard_files` wrote them
    rules: str = RULES  # the RULES it was built under; another value makes `rebuild` refuse it
    # What the build that wrote `shards` already knew (see `of_build`); else worked out when first needed.
    known_table: Table | None = field(default=None, compare=False, repr=False)
    known_rows: Rows | None = field(default=None, compare=False, repr=False)
    _last_scan: list[Any] = field(default_factory=list, init=False, compare=False, repr=False)

    @cached_property
    def table(self) -> Table | None:
        """Its cells by licence number (read once: a desk keeps one `Previous` from upload to publish)."""
        if self.rules != RULES:
            return None
        return self.known_table if self.known_table is not None else _table(self.text)

    @cached_property
    def rows(self) -> dict[str, tuple[str, bytes]] | None:
        """licence_no -> (shard, row bytes)."""
        if self.known_rows is not None:
            return {licence_no: (shard, row) for shard, rows in self.known_rows.items()
                    for licence_no, row in rows}
        return _previous_rows(self)

    def has_scanned(self, text: str) -> bool:
        """True if `scanned(text)` is remembered (costs nothing)."""
        return bool(self._last_scan) and (self._last_scan[0] is text or self._last_scan[0] == text)

    def scanned(self, text: str) -> Scanned | None:
        """`scan` of `text` against this registry, remembered for the last text scanned: the desk checks an
        upload when it arrives, compares it, and builds it when it is published; the rows are read and
        checked once for all three. None when this registry cannot be used (other rules, other columns)."""
        if self.has_scanned(text):
            return self._last_scan[1]  # [text, Scanned | None]
        result = _scan(text, self)
        self._last_scan[:] = [text, result]
        return result


@dataclass
class RegistryBuild:
    """The registry part of a bundle: its rows, its "as of" date, and the problems found on the way."""

    rows: Rows
    as_of: str | None
    problems: list[Problem] = field(default_factory=list)
    rendered: int = 0  # rows rendered anew (the rest kept their previous bytes)
    table: Table | None = None  # the text's cells by licence number, for the next build's `Previous`


def read_all(text: str, problems: list[Problem]) -> tuple[tuple[Agency, ...], Table | None]:
    """Every agency of an agencies.csv (for a full build), and its table when it read cleanly (for the next
    build's `Previous`, so that the first upload after a full build does not read the registry again)."""
    found: list[Problem] = []
    header, rows = read_table(text, AGENCIES_CSV, AGENCY_READ_COLUMNS, found)
    agencies = tuple(agency_of(line, {name: cell.strip() for name, cell in zip(header, cells, strict=True)})
                     for line, cells in rows)
    problems.extend(found)
    if found or not header:
        return agencies, None
    key = header.index("licence_no")
    return agencies, Table(header, {cells[key].strip(): cells for _, cells in rows})


def _table(text: str) -> Table | None:
    """The previous registry's cells by licence number; None if it does not read cleanly."""
    problems: list[Problem] = []
    header, rows = read_table(text, AGENCIES_CSV, AGENCY_READ_COLUMNS, problems)
    if problems or not header:
        return None
    key = header.index("licence_no")
    return Table(header, {cells[key].strip(): cells for _, cells in rows})


@dataclass(frozen=True)
class Scanned:
    """An agencies.csv read and checked against a `Previous` (see `scan`)."""

    table: Table
    changed: dict[str, Agency]  # the agencies of the rows whose cells differ from the previous registry
    problems: tuple[Problem, ...]


def scan(text: str, previous: Previous, problems: list[Problem]
         ) -> tuple[Table, dict[str, Agency]] | None:
    """Read and check `text` (an agencies.csv) against `previous`: every row for the registry-wide rule,
    only the rows whose cells differ from `previous` for the rules of one row. Returns the table and the
    agencies of the rows that differ, adding the problems found to `problems`; None when `previous` cannot
    be used (other rules, other columns)."""
    scanned = previous.scanned(text)
    if scanned is None:
        return None
    problems.extend(scanned.problems)
    return scanned.table, scanned.changed


def _scan(text: str, previous: Previous) -> Scanned | None:
    old = previous.table
    if old is None:
        return None
    problems: list[Problem] = []
    header, rows = read_table(text, AGENCIES_CSV, AGENCY_READ_COLUMNS, problems)
    if header != old.header:
        return None
    key = header.index("licence_no")
    report, first_line = Report(problems), dict[str, int | None]()
    cells_by_key: dict[str, list[str]] = {}
    changed: dict[str, Agency] = {}
    for line, cells in rows:
        licence_no = cells[key].strip()
        if licence_no and licence_no not in first_line:
            first_line[licence_no] = line  # check_licence_no's common case, without an Origin per row
        else:
            check_licence_no(report, Origin(AGENCIES_CSV, line), licence_no, first_line)
        cells_by_key[licence_no] = cells
        if old.cells.get(licence_no) != cells:
            agency = agency_of(line, {name: cell.strip() for name, cell in zip(header, cells, strict=True)})
            assert agency.origin is not None
            check_agency(report, agency, agency.origin)
            changed[licence_no] = agency
    return Scanned(Table(header, cells_by_key), changed, tuple(problems))


def rebuild(text: str, previous: Previous) -> RegistryBuild | None:
    """The registry of `text` built from `previous`; None when `previous` cannot be used (then build in
    full). Problems are returned in the build: a build with problems must not be published."""
    problems: list[Problem] = []
    scanned = scan(text, previous, problems)
    kept = previous.rows if scanned is not None else None
    if scanned is None or kept is None:
        return None
    table, changed = scanned
    rows: Rows = {s: [] for s in SHARDS}
    for licence_no in sorted(table.cells):
        if licence_no in changed:
            rows[shard_of(licence_no)].append((licence_no, agency_row(changed[licence_no])))
        else:
            shard, row = kept[licence_no]
            rows[shard].append((licence_no, row))
    issued, status = table.header.index("issued_on"), table.header.index("status_changed_on")
    dates = (cells[i] for cells in table.cells.values() for i in (issued, status))
    return RegistryBuild(rows, registry_as_of(dates), problems, len(changed), None if problems else table)


def _previous_rows(previous: Previous) -> dict[str, tuple[str, bytes]] | None:
    """licence_no -> (shard, row bytes) of the previous build: each shard's rows paired with its licence
    numbers in order, every pairing checked on the row's own `"licence_no"`; None if anything disagrees."""
    old = previous.table
    if old is None:
        return None
    by_shard: dict[str, list[str]] = {s: [] for s in SHARDS}
    for licence_no in sorted(old.cells):
        by_shard[shard_of(licence_no)].append(licence_no)
    out: dict[str, tuple[str, bytes]] = {}
    for shard, numbers in by_shard.items():
        data = previous.shards.get(f"{SHARD_PREFIX}{shard}.json")
        rows = agencies_rows(data, "shard", shard) if data is not None else None
        if rows is None or len(rows) != len(numbers):
            return None
        for licence_no, row in zip(numbers, rows, strict=True):
            if b'"licence_no":' + canonical_json(licence_no) + b"," not in row:
                return None
            out[licence_no] = (shard, row)
    return out


def agencies_in(table: Table, licences: Iterable[str]) -> tuple[Agency, ...]:
    """The agencies of `licences` (those present) read from `table`, for rules of other content that need
    an agency's status, such as vacancies. They carry no origin: their rows were checked when read."""
    found = []
    for licence_no in sorted(set(licences)):
        cells = table.cells.get(licence_no)
        if cells is not None:
            row = {name: cell.strip() for name, cell in zip(table.header, cells, strict=True)}
            found.append(replace(agency_of(0, row), origin=None))
    return tuple(found)

