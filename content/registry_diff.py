"""What a new registry export changes, checked before anything is signed.

The licensing office uploads its whole `agencies.csv`. Replacing the registry blindly would let a file of only
the new agencies drop every existing one (revoked agencies would then show "not found"), and a status change
with no date or reason would reach kiosks unexplained. So an upload is read and validated with the same code
as the sources (`registry_csv`, `validate_registry`), compared with the current registry by licence number,
and refused while a rule below is broken:

- a status change needs `status_changed_on` and `status_reason` (new ones: not those of the old status);
- removing more than `MASS_REMOVAL` agencies needs the count typed back (`confirm_removals`);
- the file must be UTF-8 (a Windows-1251 export is named as such), at most `MAX_ROWS` rows.

One definition for the desk console, the command line and the benchmark.
"""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from content.checks import Report
from content.csv_diff import MASS_REMOVAL as MASS_REMOVAL  # re-exported: the rule the desk's callers name
from content.csv_diff import Change, CsvDiff, RowKind, compare_rows, file_problems, problem_lines
from content.errors import Problem
from content.formats import split_list
from content.model import Agency
from content.registry_csv import AGENCIES_CSV, AGENCY_READ_COLUMNS, load_agencies
from content.registry_rows import Previous, scan
from content.validate_registry import check_agencies
from content.yamlfile import decode_text

MAX_ROWS = 200_000           # the registry has hundreds of agencies; this is a generous ceiling
MAX_BYTES = 64 * 1024 * 1024
# Every column an agency may have, the optional reason code too: it words the reason on every kiosk, so a
# change of it alone is a change the desk sees (a file without the column has every code empty).
COLUMNS = AGENCY_READ_COLUMNS
REGISTRY = RowKind(key="licence_no", compared=tuple(c for c in COLUMNS if c != "licence_no"),
                   file_name=AGENCIES_CSV, max_rows=MAX_ROWS,
                   too_many=f"a registry of more than {MAX_ROWS:,} agencies is not accepted",
                   removal="agencies would be removed from the registry")


@dataclass
class RegistryDiff(CsvDiff):
    """A registry upload's changes; a status change is apart from other details (it needs a date and a
    reason, and kiosks show it)."""

    GROUPS = ("added", "status_changed", "details_changed", "removed")

    status_changed: list[Change] = field(default_factory=list)
    details_changed: list[Change] = field(default_factory=list)


def row_of(agency: Agency) -> dict[str, str]:
    """The agency as CSV cells (lists joined with `;` as in the export)."""
    row = {c: getattr(agency, c) for c in COLUMNS}
    row["other_names"] = ";".join(agency.other_names)
    row["countries"] = ";".join(agency.countries)
    return row


def parse_rows(data: bytes) -> list[dict[str, str]]:
    """The rows of a registry already validated (the sources, or an upload after `read_upload`), as the diff
    compares them: cells stripped, lists re-joined without blanks, country codes lower-cased (as `row_of`).

    About ten times faster than `read_upload`, which builds and checks every agency."""
    return [_compared(row) for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
            if any((v or "").strip() for v in row.values() if isinstance(v, str))]


def _compared(row: dict[str | Any, Any]) -> dict[str, str]:
    """One row ({column: cell as written}) as `parse_rows` gives it."""
    cells = {c: (row.get(c) or "").strip() for c in COLUMNS}
    cells["other_names"] = ";".join(split_list(cells["other_names"]))
    cells["countries"] = ";".join(c.lower() for c in split_list(cells["countries"]))
    return cells


def diff_files(old: bytes, new: bytes, *, confirm_removals: int | None = None,
               previous: Previous | None = None) -> RegistryDiff:
    """`diff` of two registry files that are already validated, normalising only the rows that differ.

    Rows are compared as raw CSV cells first; a row whose cells are identical in both files is unchanged
    without further work. With `previous` (the registry as last published), a file that is its text, or the
    text it last checked (`Previous.scanned`: the upload), is not read again: the diff the officer waits for
    is then one pass over the rows.
    """
    last = _LAST_DIFF[:]
    if last and (last[0] is old or last[0] == old) and (last[1] is new or last[1] == new):
        compared: RegistryDiff = last[2]  # the same two files again (upload, apply, publish summary)
    else:
        compared = _compare_files(old, new, previous)
        _LAST_DIFF[:] = [old, new, compared]
    result = replace(compared, problems=list(compared.problems))
    result.check_removals(REGISTRY, confirm_removals)
    return result


_LAST_DIFF: list[Any] = []  # [old bytes, new bytes, RegistryDiff without the confirmation rule]


def _compare_files(old: bytes, new: bytes, previous: Previous | None) -> RegistryDiff:
    old_header, old_rows = _cells_of(old, previous)
    new_header, new_rows = _cells_of(new, previous)
    if old_header != new_header:  # columns moved: compare everything, normalised
        return compare(parse_rows(old), parse_rows(new))
    differ = [(k, cells) for k, cells in new_rows.items() if old_rows.get(k) != cells]
    wanted = {k for k, _ in differ}
    gone = [(k, cells) for k, cells in old_rows.items() if k in wanted or k not in new_rows]
    result = compare(_all_compared(old_header, gone), _all_compared(old_header, differ))
    result.unchanged += len(new_rows) - len(differ)
    return result


def _all_compared(header: list[str], rows: list[tuple[str, list[str]]]) -> list[dict[str, str]]:
    """`_compared` of raw rows (a short row lacks its last cells, as csv.DictReader reads it)."""
    return [_compared(dict(zip(header, cells, strict=False))) for _, cells in rows]


def _cells_of(data: bytes, previous: Previous | None) -> tuple[list[str], dict[str, list[str]]]:
    """The header and the rows by licence number: from `previous` when it has read this file already."""
    if previous is not None:
        text = decode_text(data, AGENCIES_CSV, [])
        table = previous.table if text == previous.text else None
        if table is None and text is not None and previous.has_scanned(text):
            scanned = previous.scanned(text)
            table = scanned.table if scanned is not None and not scanned.problems else None
        if table is not None:
            return table.header, table.cells
    return _raw_rows(data)


def _raw_rows(data: bytes) -> tuple[list[str], dict[str, list[str]]]:
    """The header and the rows by licence number, as the C csv reader gives them (line ends as the
    sources are read: `decode_text`)."""
    text = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    reader = csv.reader(io.StringIO(text))
    header = [c.strip() for c in next(reader, [])]
    key = header.index("licence_no") if "licence_no" in header else 0
    return header, {cells[key].strip(): cells for cells in reader
                    if (cells and cells[0].strip()) or "".join(cells).strip()}


def check_upload(data: bytes, previous: Previous | None = None) -> list[str]:
    """The problems (one line each) that make an uploaded `agencies.csv` unusable; [] if none.

    With `previous` (the registry as last published, checked then), a row identical to one of its rows is
    not checked again: the same problems are found, in a fraction of the time (`registry_rows.scan`)."""
    if previous is not None and not _file_problems(data):
        found: list[Problem] = []
        text = decode_text(data, AGENCIES_CSV, found)
        if text is not None and scan(text, previous, found) is not None:
            return problem_lines(REGISTRY, found)
    return read_upload(data, rows=False)[1]


def read_upload(data: bytes, *, rows: bool = True) -> tuple[list[dict[str, str]], list[str]]:
    """Rows of an uploaded `agencies.csv`, or the problems (one line each) that make it unusable."""
    whole = _file_problems(data)
    if whole:
        return [], whole
    problems: list[Problem] = []
    with tempfile.TemporaryDirectory(prefix="registry-upload-") as tmp:
        (Path(tmp) / "registry").mkdir()
        (Path(tmp) / AGENCIES_CSV).write_bytes(data)
        agencies = load_agencies(Path(tmp), problems)
    check_agencies(Report(problems), agencies)
    if problems:
        return [], problem_lines(REGISTRY, problems)
    return ([row_of(a) for a in agencies] if rows else []), []


def _file_problems(data: bytes) -> list[str]:
    """What is wrong with the file as a whole: its size, its length, its encoding."""
    return file_problems(REGISTRY, data, MAX_BYTES)


def diff(old: list[dict[str, str]], new: list[dict[str, str]], *, confirm_removals: int | None = None
         ) -> RegistryDiff:
    """Compare two registries by licence number and apply the rules of the module docstring."""
    result = compare(old, new)
    result.check_removals(REGISTRY, confirm_removals)
    return result


def compare(old: list[dict[str, str]], new: list[dict[str, str]]) -> RegistryDiff:
    """`diff` without the mass-removal rule (the one rule that depends on what the officer typed)."""
    rows = compare_rows(REGISTRY, old, new)
    result = RegistryDiff(added=rows.added, removed=rows.gone, unchanged=rows.unchanged)
    for change in rows.changed:
        if "status" in change.fields:
            assert change.old is not None and change.new is not None  # a changed row is in both files
            result.status_changed.append(change)
            _check_status_change(result, change.old, change.new)
        else:
            result.details_changed.append(change)
    return result


def _check_status_change(result: RegistryDiff, was: dict[str, str], row: dict[str, str]) -> None:
    key, status = row["licence_no"], row["status"]
    if not row.get("status_changed_on") or row.get("status_changed_on") == was.get("status_changed_on"):
        result.problems.append(f"{key}: status {was['status']} → {status} needs the date of the change "
                               "(status_changed_on)")
    if not row.get("status_reason") or (row.get("status_reason") == was.get("status_reason")
                                        and was.get("status_reason")):
        result.problems.append(f"{key}: status {was['status']} → {status} needs the reason (status_reason)")
