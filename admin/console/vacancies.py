"""The vacancies desk's sources as the console edits them: `vacancies.csv`, and the job orders closed here.

A form's vacancy is checked with the publish-time rules (`content.vacancy_diff.field_problems`, which runs
`content.vacancies.check_vacancies` with today as the publishing day) against the agencies of the same
sources, and written only when its row has no problem; other rows' problems (a closing date that passed
since they were written) are the list's business, not the form's. Closing a vacancy takes its row out of
`vacancies.csv`, so kiosks stop showing it on their next poll, and keeps it, with who closed it and when,
in the deployment's desk folder (`closed-vacancies.jsonl`): the list can still show it, and the publish
summary can call it "closed" rather than "removed".
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from admin.console.workspace import EditError, write_atomic
from content.model import Agency
from content.registry_csv import load_agencies
from content.vacancies import COLUMNS, VACANCIES_CSV
from content.vacancy_diff import (
    MAX_CELL,
    VacancyDiff,
    check_file,
    diff,
    field_problems,
    read_rows,
    rows_text,
    vacancy_of,
)

CLOSED = "closed-vacancies.jsonl"
STATUSES = ("open", "closed")


@dataclass(frozen=True)
class Listed:
    """A vacancy as the list shows it: its row, open or closed, and why closed."""

    row: dict[str, str]
    status: str
    why: str = ""   # "closing date passed", "closed at the desk on 2026-12-02 by ada"
    in_sources: bool = True


class VacancyBook:
    def __init__(self, source: Path, state: Path) -> None:
        self.source, self.state = Path(source), Path(state)

    # --- reading ----------------------------------------------------------------------------------

    def rows(self) -> list[dict[str, str]]:
        """The vacancies in the sources; an unreadable file raises EditError with its first problem."""
        path = self.source / VACANCIES_CSV
        if not path.exists():
            return []
        rows, problems = read_rows(path.read_bytes())
        if problems:
            raise EditError(f"{VACANCIES_CSV} in the sources cannot be read: {problems[0]}")
        return [row for _, row in rows]

    def agencies(self) -> tuple[Agency, ...]:
        return load_agencies(self.source, [])

    def closed(self) -> list[dict[str, Any]]:
        """Closed here, newest first: {"row", "on", "by"}."""
        path = self.state / CLOSED
        if not path.exists():
            return []
        return [json.loads(line) for line in reversed(path.read_bytes().splitlines()) if line.strip()]

    def closed_ids(self) -> frozenset[str]:
        return frozenset(entry["row"]["id"] for entry in self.closed())

    def listing(self, today: date, query: str = "", country: str = "", status: str = "") -> list[Listed]:
        """The vacancies of the sources and those closed here, filtered: `query` matches the id, employer,
        occupation, licence or contract number (case-insensitive), `country` the code, `status` open or
        closed."""
        day = today.isoformat()
        items = [Listed(row, "closed", "closing date passed") if row["closes_on"] < day
                 else Listed(row, "open") for row in self.rows()]
        here = {item.row["id"] for item in items}
        items += [Listed(e["row"], "closed", f"closed at the desk on {e['on']} by {e['by']}",
                         in_sources=False) for e in self.closed() if e["row"]["id"] not in here]
        needle = query.strip().casefold()
        return [item for item in items
                if (not country or item.row["country"] == country)
                and (not status or item.status == status)
                and (not needle or any(needle in item.row[k].casefold() for k in
                                       ("id", "employer", "occupation", "licence_no", "contract_no")))]

    def get(self, vacancy_id: str) -> dict[str, str]:
        found = next((row for row in self.rows() if row["id"] == vacancy_id), None)
        if found is None:
            raise EditError(f"no open vacancy {vacancy_id!r} in the sources")
        return found

    # --- one vacancy ------------------------------------------------------------------------------

    def save(self, typed: dict[str, str], today: date, editing: str | None = None) -> dict[str, str]:
        """Add a vacancy (`editing` None) or change the one with id `editing` (its id stays); returns the
        row written. EditError with (``, column, message) problems when the row breaks a rule."""
        too_long = [("", name, f"far too long: {len(value):,} characters; a field takes at most {MAX_CELL:,}")
                    for name, value in typed.items() if len(value) > MAX_CELL]
        if too_long:
            raise EditError("not saved: fix the marked fields", too_long)
        rows = self.rows()
        row = {name: typed.get(name, "").strip() for name in COLUMNS}
        if editing is None:
            at = len(rows)
            rows.append(row)
        else:
            at = next((i for i, r in enumerate(rows) if r["id"] == editing), -1)
            if at < 0:
                raise EditError(f"no open vacancy {editing!r} in the sources")
            row["id"] = editing
            if rows[at] == row:
                return row
            rows[at] = row
        vacancies = tuple(vacancy_of(r, line) for line, r in enumerate(rows, 2))
        problems = [("", p.field, p.message) for p in field_problems(vacancies, self.agencies(), today)
                    if p.line == at + 2]
        if problems:
            raise EditError("not saved: fix the marked fields", problems)
        write_atomic(self.source / VACANCIES_CSV, rows_text(rows))
        return row

    def close(self, vacancy_id: str, actor: str, today: date) -> dict[str, str]:
        """Take the vacancy out of the sources (kiosks stop showing it once published) and keep it here."""
        rows = self.rows()
        row = next((r for r in rows if r["id"] == vacancy_id), None)
        if row is None:
            raise EditError(f"no open vacancy {vacancy_id!r} in the sources")
        self._keep_closed([row], actor, today)
        write_atomic(self.source / VACANCIES_CSV, rows_text(r for r in rows if r["id"] != vacancy_id))
        return row

    def _keep_closed(self, rows: list[dict[str, str]], actor: str, today: date) -> None:
        self.state.mkdir(parents=True, exist_ok=True)
        lines = b"".join(json.dumps({"row": row, "on": today.isoformat(), "by": actor}, ensure_ascii=False,
                                    sort_keys=True).encode("utf-8") + b"\n" for row in rows)
        fd = os.open(self.state / CLOSED, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            os.write(fd, lines)
            os.fsync(fd)
        finally:
            os.close(fd)

    # --- an uploaded export -----------------------------------------------------------------------

    def check_upload(self, data: bytes, today: date) -> tuple[list[dict[str, str]], list[str]]:
        """The rows of an uploaded `vacancies.csv`, or its problems (one line each)."""
        return check_file(data, self.agencies(), today)

    def diff_upload(self, rows: list[dict[str, str]], today: date,
                    confirm_removals: int | None = None) -> VacancyDiff:
        return diff(self.rows(), rows, today, confirm_removals=confirm_removals)

    def apply_upload(self, rows: list[dict[str, str]], result: VacancyDiff, actor: str, today: date) -> None:
        """Write the uploaded rows as the sources' vacancies; the closed ones are kept here."""
        if result.closed:
            self._keep_closed([change.row for change in result.closed], actor, today)
        write_atomic(self.source / VACANCIES_CSV, rows_text(rows))

