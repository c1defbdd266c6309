"""What a vacancies desk's change does, checked before anything is signed: one job order typed in a form, or
a whole `vacancies.csv` export uploaded.

Both go through the rules of `content.vacancies.check_vacancies` (the validator of `python -m content
validate` and of every publish), with the day of the check as the publishing day, so a closing date in the
past or an agency that is not licensed is refused here, at the field, and not only later at publish time.
`field_problems` says which column each problem is in, so the desk can show it beside that field.

An upload is compared with the vacancies in the sources by id:

- added: an id the sources do not have;
- changed: an id whose cells differ;
- closed: an id the upload no longer lists whose closing date has passed (or that the desk closed), which
  needs no confirmation: the platform drops job orders once they close;
- removed: an id still open in the sources that the upload drops. More than `MASS_REMOVAL` of them need the
  count typed back (`confirm_removals`), as a registry upload does: a file of only the new job orders must
  not quietly withdraw every other one.

The file must be UTF-8 (a Windows-1251 export is named as such), with the export's columns, at most
`MAX_ROWS` rows. One definition for the desk console and its tests.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from content.checks import Report
from content.csv_diff import Change, CsvDiff, RowKind, compare_rows, file_problems, problem_lines
from content.errors import Problem
from content.locale_text import country_name
from content.model import Agency, Origin
from content.registry_csv import read_table
from content.vacancies import COLUMNS, VACANCIES_CSV, Vacancy, check_vacancies
from content.yamlfile import decode_text

MAX_ROWS = 50_000        # 10,000 job orders is a large export; this is a generous ceiling
MAX_CELL = 2_000         # far above any field's limit (employer 120, contract 40): refused before checking
MESSAGE_MAX = 300        # a problem quoting a huge cell is cut to this
VACANCIES = RowKind(key="id", compared=tuple(c for c in COLUMNS if c != "id"), file_name=VACANCIES_CSV,
                    max_rows=MAX_ROWS, too_many=f"more than {MAX_ROWS:,} vacancies are not accepted",
                    removal="open vacancies would be removed")


@dataclass(frozen=True)
class FieldProblem:
    """One rule a vacancy row breaks: the file line (None: the file itself), the column, the message."""

    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return f"{where}{self.message}"


class _FieldReport(Report):
    """A `Report` that also remembers the column of each problem (every vacancy check goes through `at`)."""

    def __init__(self) -> None:
        super().__init__([])
        self.found: list[FieldProblem] = []

    def at(self, origin: Origin, name: str, message: str) -> None:
        super().at(origin, name, message)
        short = message if len(message) <= MESSAGE_MAX else message[:MESSAGE_MAX - 3] + "..."
        self.found.append(FieldProblem(origin.at(name), name, short))


def field_problems(vacancies: tuple[Vacancy, ...], agencies: tuple[Agency, ...], today: date
                   ) -> list[FieldProblem]:
    """Every problem of `vacancies` by column, with `today` as the publishing day (so a closing date in the
    past and a licence that ended are refused, as at publish time)."""
    report = _FieldReport()
    for v in vacancies:
        for name in COLUMNS:
            value = str(getattr(v, name))
            if len(value) > MAX_CELL:
                report.at(v.origin, name, f"{name} is {len(value):,} characters long; far too long for a "
                                          f"vacancy field (at most {MAX_CELL:,})")
    check_vacancies(report, vacancies, agencies, today)
    return report.found


def vacancy_of(row: dict[str, str], line: int | None = None) -> Vacancy:
    """A vacancy from a form's or file's cells (missing cells are empty, every cell stripped)."""
    return Vacancy(**{name: str(row.get(name) or "").strip() for name in COLUMNS},
                   origin=Origin(VACANCIES_CSV, line))


def row_of(v: Vacancy) -> dict[str, str]:
    return {name: str(getattr(v, name)) for name in COLUMNS}


def read_rows(data: bytes) -> tuple[list[tuple[int, dict[str, str]]], list[str]]:
    """The rows of a vacancies CSV as (line, {column: stripped cell}), or the problems (one line each) that
    make the file unreadable: size, encoding, columns, cells per row. An empty file has no rows."""
    if not data.strip():
        return [], []
    if bad := file_problems(VACANCIES, data):
        return [], bad
    problems: list[Problem] = []
    text = decode_text(data, VACANCIES_CSV, problems)
    if text is None:
        return [], [str(p) for p in problems]
    header, cells = read_table(text, VACANCIES_CSV, COLUMNS, problems)
    if problems:
        return [], problem_lines(VACANCIES, problems)
    return [(line, {name: cell.strip() for name, cell in zip(header, row, strict=True)})
            for line, row in cells], []


def check_file(data: bytes, agencies: tuple[Agency, ...], today: date
               ) -> tuple[list[dict[str, str]], list[str]]:
    """The rows of an uploaded vacancies CSV, or every problem in it (one line each, at most 50)."""
    rows, problems = read_rows(data)
    if problems:
        return [], problems
    found = field_problems(tuple(vacancy_of(row, line) for line, row in rows), agencies, today)
    if found:
        return [], problem_lines(VACANCIES, [Problem(VACANCIES_CSV, p.line, p.message) for p in found])
    return [row for _, row in rows], []


@dataclass
class VacancyDiff(CsvDiff):
    """A vacancies upload's changes; a job order the upload drops is `closed` when its closing date has
    passed (or the desk closed it), and `removed` (the mass-removal rule) while it is still open."""

    GROUPS = ("added", "changed", "closed", "removed")

    changed: list[Change] = field(default_factory=list)
    closed: list[Change] = field(default_factory=list)


def diff(old: Iterable[dict[str, str]], new: Iterable[dict[str, str]], today: date, *,
         closed_ids: frozenset[str] = frozenset(), confirm_removals: int | None = None) -> VacancyDiff:
    """Compare two lists of vacancy rows by id (module docstring). `closed_ids`: ids the desk closed."""
    rows = compare_rows(VACANCIES, old, new)
    result = VacancyDiff(added=rows.added, changed=rows.changed, unchanged=rows.unchanged)
    for gone in rows.gone:
        (result.closed if gone.key in closed_ids or gone.row.get("closes_on", "") < today.isoformat()
         else result.removed).append(gone)
    result.check_removals(VACANCIES, confirm_removals)
    return result


def summary_lines(result: VacancyDiff) -> list[str]:
    """The change in words, one line per destination: "3 vacancies added, 1 closed in Turkey"."""
    by_country: dict[str, dict[str, int]] = {}
    for word, changes in (("added", result.added), ("changed", result.changed), ("closed", result.closed),
                          ("removed", result.removed)):
        for change in changes:
            counts = by_country.setdefault(change.row.get("country", ""), {})
            counts[word] = counts.get(word, 0) + 1
    lines = []
    for code, counts in sorted(by_country.items(), key=lambda item: country_name(item[0], "en")):
        (word, n), *rest = counts.items()
        words = [f"{n} {'vacancy' if n == 1 else 'vacancies'} {word}", *(f"{m} {w}" for w, m in rest)]
        lines.append(f"{', '.join(words)} in {country_name(code, 'en') if code else 'no country'}")
    return lines


def rows_text(rows: Iterable[dict[str, str]]) -> bytes:
    """`vacancies.csv` with these rows, in the export's column order (UTF-8, `\\n` line ends)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")

