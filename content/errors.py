"""Error types of the content package.

Source problems are collected, not raised one by one: an editor fixing content wants every problem of a
folder in one run. A bundle problem is raised at once, because the kiosk must reject the whole bundle.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the source folder; `path` is relative to the source root (POSIX separators)."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


def sorted_problems(problems: Iterable[Problem]) -> list[Problem]:
    """File by file, top to bottom, so the report reads like the sources (stable for equal positions)."""
    return sorted(problems, key=lambda p: (p.path, p.line or 0))


class ContentError(Exception):
    """The source folder has problems; `problems` lists all of them."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = sorted_problems(problems)
        super().__init__(self.problems)

    def __str__(self) -> str:
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the content sources"
        return "\n".join([head + ":", *(f"  {p}" for p in self.problems)])


class BundleError(Exception):
    """A bundle folder is incomplete, corrupt or malformed; the message names the target file."""
