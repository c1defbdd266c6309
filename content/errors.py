"""Error types of the content package.

Source problems are collected, not raised one by one: an editor fixing content wants every problem of a
folder in one run. A bundle problem is raised at once, because the kiosk must reject the whole bundle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# A problem quotes what it found, 'like this', so that the editor can find it in the file; past this many
# characters the rest is left out and its length said instead.
QUOTED_MAX = 60
# A quoted value: opened after a space, a bracket or the start, closed before a space, punctuation or the
# end (an apostrophe inside a word, as in O'zbek or agency's, neither opens nor closes one); the shortest
# such span, so that "answer 'yes' for 'q1'" is two values, not one.
_QUOTED = re.compile(r"(?:(?<=[\s(\[])|^)'(.*?)'(?=[\s;,:.)\]]|$)")


def shorten_quoted(message: str) -> str:
    """`message` with every value it quotes cut to QUOTED_MAX characters, its length said: a cell of
    thousands of characters (a page pasted whole, a column shifted by a stray quote) is not repeated whole
    in a report, a console page or a terminal."""
    def shorten(found: re.Match[str]) -> str:
        value = found.group(1)
        if len(value) <= QUOTED_MAX:
            return found.group(0)
        # QUOTED_MAX characters with the ellipsis, so that a second pass leaves it as it is
        return f"'{value[:QUOTED_MAX - 1]}…' ({len(value):,} characters)"
    return _QUOTED.sub(shorten, message)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the source folder; `path` is relative to the source root (POSIX separators)."""

    path: str
    line: int | None
    message: str

    def __post_init__(self) -> None:
        # Every problem of every check passes here: the one place its quoted values are kept short.
        object.__setattr__(self, "message", shorten_quoted(self.message))

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
