"""Reading the licensing registry (`registry/agencies.csv`) and the warning list (`registry/warnings.csv`).

The files come from the agency's spreadsheet export, so the reader is forgiving about what a spreadsheet
adds (a UTF-8 BOM, CRLF line ends, blank rows, spaces around cells, column order, upper-case country codes)
and strict about what changes meaning (missing columns, a row with the wrong number of cells).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from content.errors import Problem
from content.formats import split_list
from content.model import Agency, Origin, Warning
from content.yamlfile import read_text

AGENCIES_CSV = "registry/agencies.csv"
WARNINGS_CSV = "registry/warnings.csv"
AGENCY_COLUMNS: tuple[str, ...] = (
    "licence_no", "name", "other_names", "tin", "status", "issued_on", "expires_on", "status_changed_on",
    "status_reason", "region", "address", "phone", "countries",
)
WARNING_COLUMNS: tuple[str, ...] = ("id", "names", "phones", "telegram", "websites", "reason", "listed_on")
# Columns an older export may lack: a reason code beside the free text (content/reasons.py).
OPTIONAL_COLUMNS = frozenset({"status_reason_code", "reason_code"})
# What agencies.csv may hold: the export's columns plus the optional reason code.
AGENCY_READ_COLUMNS: tuple[str, ...] = (*AGENCY_COLUMNS, "status_reason_code")

Row = tuple[int, dict[str, str]]


def read_rows(path: Path, rel: str, columns: tuple[str, ...], problems: list[Problem]) -> list[Row]:
    """The data rows as (first line of the row, {column: stripped cell}); problems by CSV line number."""
    if not path.is_file():
        problems.append(Problem(rel, None, "missing file"))
        return []
    text = read_text(path, rel, problems)
    if text is None:
        return []
    header, rows = read_table(text, rel, columns, problems)
    return [(line, {name: cell.strip() for name, cell in zip(header, cells, strict=True) if name in columns})
            for line, cells in rows]


def read_table(text: str, rel: str, columns: tuple[str, ...], problems: list[Problem]
               ) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header (stripped) and the data rows as (first line of the row, cells as written), in one pass of
    the C csv reader; blank rows are skipped, a row with the wrong number of cells is reported and skipped.
    An unusable header gives ([], [])."""
    reader = csv.reader(io.StringIO(text))
    try:
        header = [cell.strip() for cell in next(reader, [])]
    except csv.Error as exc:
        problems.append(Problem(rel, 1, f"CSV error: {exc}"))
        return [], []
    if not any(header):
        problems.append(Problem(rel, 1, f"the first line must name the columns: {','.join(columns)}"))
        return [], []
    if not _header_ok(header, rel, columns, problems):
        return [], []
    rows: list[tuple[int, list[str]]] = []
    width, previous = len(header), reader.line_num
    try:
        for cells in reader:
            line, previous = previous + 1, reader.line_num
            if not (cells and cells[0].strip()) and not "".join(cells).strip():
                continue  # a blank row: no cell has text
            if len(cells) != width:
                problems.append(Problem(rel, line, f"this row has {len(cells)} cells but the header has "
                                                   f"{width}; check the commas and quotes"))
                continue
            rows.append((line, cells))
    except csv.Error as exc:
        problems.append(Problem(rel, previous + 1, f"CSV error: {exc}"))
    return header, rows


def _header_ok(header: list[str], rel: str, columns: tuple[str, ...], problems: list[Problem]) -> bool:
    """Report duplicate, unknown and missing columns; rows can only be read if none is missing."""
    seen: set[str] = set()
    for name in header:
        if name in seen:
            problems.append(Problem(rel, 1, f"duplicate column '{name}'"))
        elif name not in columns:
            problems.append(Problem(rel, 1, f"unknown column '{name}'; the columns are {','.join(columns)}"))
        seen.add(name)
    missing = [name for name in columns if name not in seen and name not in OPTIONAL_COLUMNS]
    for name in missing:
        problems.append(Problem(rel, 1, f"missing column '{name}'"))
    return not missing and len(seen) == len(header)


def load_agencies(root: Path, problems: list[Problem]) -> tuple[Agency, ...]:
    rows = read_rows(root / AGENCIES_CSV, AGENCIES_CSV, AGENCY_READ_COLUMNS, problems)
    return tuple(agency_of(line, row) for line, row in rows)


def agency_of(line: int, row: dict[str, str]) -> Agency:
    """The agency of one registry row ({column: stripped cell}) read from line `line` of agencies.csv."""
    return Agency(
        licence_no=row["licence_no"], name=row["name"], other_names=split_list(row["other_names"]),
        tin=row["tin"], status=row["status"], issued_on=row["issued_on"], expires_on=row["expires_on"],
        status_changed_on=row["status_changed_on"], status_reason=row["status_reason"],
        region=row["region"], address=row["address"], phone=row["phone"],
        countries=tuple(code.lower() for code in split_list(row["countries"])),
        origin=Origin(AGENCIES_CSV, line), status_reason_code=row.get("status_reason_code", ""),
    )


def load_warnings(root: Path, problems: list[Problem]) -> tuple[Warning, ...]:
    warnings = []
    columns = (*WARNING_COLUMNS, "reason_code")
    for line, row in read_rows(root / WARNINGS_CSV, WARNINGS_CSV, columns, problems):
        warnings.append(Warning(
            id=row["id"], names=split_list(row["names"]), phones=split_list(row["phones"]),
            telegram=split_list(row["telegram"]), websites=split_list(row["websites"]), reason=row["reason"],
            listed_on=row["listed_on"], origin=Origin(WARNINGS_CSV, line),
            reason_code=row.get("reason_code", ""),
        ))
    return tuple(warnings)
