"""One diff of a desk's CSV upload against the rows in the sources, whatever the rows are.

The licensing office uploads its `agencies.csv` (`content.registry_diff`), the vacancies desk its
`vacancies.csv` (`content.vacancy_diff`). Both files are refused in the same words when they are too long or
not UTF-8, both are compared with the sources row by row on a key column, and both refuse to drop more than
`MASS_REMOVAL` rows unless the count is typed back: a file of only the new rows must not quietly withdraw
every other one. What differs is handed in as a `RowKind` (the key, the columns compared, the words) and each
kind's own sorting of what changed (a registry status change needs a date and a reason; a vacancy gone past
its closing date is closed, not removed) stays in its module.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import ClassVar

from content.errors import Problem

MASS_REMOVAL = 10
MAX_PROBLEMS = 50  # an upload's problems shown at the most, one line each


@dataclass(frozen=True)
class RowKind:
    """What the diff needs to know of a kind of row."""

    key: str                    # the column that names a row: "licence_no", "id"
    compared: tuple[str, ...]   # the columns whose change is a change
    file_name: str              # the file as the sources name it (problems name it "uploaded file")
    max_rows: int
    too_many: str               # "more than 50,000 vacancies are not accepted"
    removal: str                # "open vacancies would be removed"


@dataclass(frozen=True)
class Change:
    """One row added (`old` None), changed (`fields` names the columns) or gone (`new` None)."""

    key: str
    old: dict[str, str] | None
    new: dict[str, str] | None
    fields: tuple[str, ...] = ()

    @property
    def row(self) -> dict[str, str]:
        """The row as it is now, or as it was when it is gone."""
        row = self.new or self.old
        assert row is not None
        return row


@dataclass
class CsvDiff:
    """What an upload changes, grouped by the kind's `GROUPS`, and the rules it breaks."""

    GROUPS: ClassVar[tuple[str, ...]] = ("added", "removed")  # in the order pages and counts list them

    added: list[Change] = field(default_factory=list)
    removed: list[Change] = field(default_factory=list)   # gone, and the kind does not let that pass quietly
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)     # rule violations: nothing may be applied

    @property
    def counts(self) -> dict[str, int]:
        counted = {name: len(getattr(self, name)) for name in self.GROUPS}
        return {**counted, "unchanged": self.unchanged}

    @property
    def empty(self) -> bool:
        return not any(getattr(self, name) for name in self.GROUPS)

    def needs_confirmation(self) -> bool:
        return len(self.removed) > MASS_REMOVAL

    def check_removals(self, kind: RowKind, confirm_removals: int | None) -> None:
        """The mass-removal rule: the one rule that depends on what the officer typed."""
        if self.needs_confirmation() and confirm_removals != len(self.removed):
            n = len(self.removed)
            self.problems.append(f"{n} {kind.removal}; type {n} to confirm, or upload the complete export")


@dataclass
class Compared:
    """Two lists of rows compared on the kind's key, before the kind sorts what changed."""

    added: list[Change] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    gone: list[Change] = field(default_factory=list)
    unchanged: int = 0


def compare_rows(kind: RowKind, old: Iterable[dict[str, str]], new: Iterable[dict[str, str]]) -> Compared:
    """Rows of `new` whose key `old` lacks are added, those whose compared cells differ changed, and the keys
    of `old` that `new` lacks gone; in the order of `new`, then of `old`."""
    result = Compared()
    before = {r[kind.key]: r for r in old}
    seen: set[str] = set()
    for row in new:
        key = row[kind.key]
        seen.add(key)
        was = before.get(key)
        if was is None:
            result.added.append(Change(key, None, row))
            continue
        fields = tuple(c for c in kind.compared if was.get(c, "") != row.get(c, ""))
        if fields:
            result.changed.append(Change(key, was, row, fields))
        else:
            result.unchanged += 1
    result.gone = [Change(k, r, None) for k, r in before.items() if k not in seen]
    return result


def file_problems(kind: RowKind, data: bytes, max_bytes: int | None = None) -> list[str]:
    """What is wrong with an uploaded file as a whole: its size, its length, its encoding."""
    if max_bytes is not None and len(data) > max_bytes:  # a caller may have read only the limit and a byte
        return [f"the file is more than {max_bytes // (1024 * 1024)} MB; is this the right file?"]
    lines = data.count(b"\n")
    if lines > kind.max_rows + 1:
        return [f"the file has {lines:,} lines; {kind.too_many} (is this the right file?)"]
    encoding = encoding_problem(data)
    return [encoding] if encoding else []


def encoding_problem(data: bytes) -> str | None:
    """A file that is not UTF-8, in words an officer can act on (a Windows-1251 export is named as such)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        try:
            data.decode("cp1251")
            guess = " It looks like Windows-1251 (Cyrillic ANSI): save it again as \"CSV UTF-8\"."
        except UnicodeDecodeError:
            guess = " Save it again as \"CSV UTF-8\"."
        return f"the file is not UTF-8 text (first bad byte on line {line}).{guess}"
    return None


def problem_lines(kind: RowKind, problems: list[Problem]) -> list[str]:
    """At most `MAX_PROBLEMS` problems, one line each, naming the file as the officer knows it."""
    lines = [str(p).replace(kind.file_name, "uploaded file", 1) for p in problems[:MAX_PROBLEMS]]
    more = len(problems) - MAX_PROBLEMS
    return lines + ([f"... and {more} more problems"] if more > 0 else [])
