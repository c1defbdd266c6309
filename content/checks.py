"""Reusable value checks for the validator, each reporting `path:line: message` into one problem list.

A field that the loader already reported as missing or mistyped (`Origin.bad`) is skipped, so an editor
sees one problem per mistake.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace

from content.characters import forbidden_character
from content.errors import Problem
from content.formats import CSV_DATE_FORMAT, DATE_FORMAT, parse_date, url_problem, wrong_apostrophe
from content.markdown import body_findings
from content.model import COUNTRIES, ORDER_MAX, Origin

COUNTRY_HINT = "use ISO 3166-1 alpha-2 codes in lower case, like ru, kz, tr, kr, gb"


class Report:
    """Collects problems; the methods are the checks shared by several kinds of item."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems

    def add(self, path: str, line: int | None, message: str) -> None:
        self.problems.append(Problem(path, line, message))

    def at(self, origin: Origin, name: str, message: str) -> None:
        """A problem at field `name`, unless the field was already reported (`Origin.bad`): one problem
        per mistake, so a check of a cell that holds a forbidden character never adds a second message
        quoting it."""
        if origin.ok(name):
            self.add(origin.path, origin.at(name), message)

    def characters(self, origin: Origin, name: str, value: str, *, label: str | None = None,
                   multiline: bool = False) -> bool:
        """Report the first character `value` may not hold (`content.characters`, the one rule for every
        content text); True if there is one."""
        if origin.ok(name) and (found := forbidden_character(value, multiline=multiline)):
            self.at(origin, name, f"{label or name}: {found}")
            return True
        return False

    def cells(self, origin: Origin, cells: Mapping[str, str]) -> Origin:
        """Every cell of one CSV row (column -> text) through `characters`. The origin returned marks the
        cells reported as bad, so that the row's other checks skip them (and never quote a text that shows
        other than it is)."""
        if forbidden_character("".join(cells.values())) is None:  # the common case: one search a row
            return origin
        bad = {name for name, value in cells.items() if self.characters(origin, name, value)}
        return replace(origin, bad=origin.bad | bad)

    def length(self, origin: Origin, name: str, value: str, limit: int, *, label: str | None = None) -> None:
        if origin.ok(name) and len(value) > limit:
            self.at(origin, name, f"{label or name} is {len(value)} characters long; the limit is {limit}")

    def choice(self, origin: Origin, name: str, value: str, allowed: Collection[str]) -> None:
        if origin.ok(name) and value not in allowed:
            self.at(origin, name, f"unknown {name} '{value}'; use one of: {', '.join(allowed)}")

    def date(self, origin: Origin, name: str, value: str | None, *, dotted: bool = False) -> None:
        if origin.ok(name) and value and parse_date(value, dotted=dotted) is None:
            what = CSV_DATE_FORMAT if dotted else DATE_FORMAT
            self.at(origin, name, f"{name} must be {what}, not '{value}'")

    def url(self, origin: Origin, name: str, value: str | None) -> None:
        if origin.ok(name) and value and (why := url_problem(value)):
            shown = value if len(value) <= 80 else value[:77] + "..."
            self.at(origin, name, f"{name} {why}: '{shown}'")

    def order(self, origin: Origin, name: str, value: int) -> None:
        if origin.ok(name) and not 0 <= value <= ORDER_MAX:
            self.at(origin, name, f"{name} must be a whole number from 0 to {ORDER_MAX}, not {value}")

    def countries(self, origin: Origin, name: str, codes: Iterable[str]) -> None:
        if not origin.ok(name):
            return
        seen: set[str] = set()
        for code in codes:
            if code not in COUNTRIES:
                self.at(origin, name, f"unknown country code '{code}' in {name}; {COUNTRY_HINT}")
            elif code in seen:
                self.at(origin, name, f"country code '{code}' is listed twice in {name}")
            seen.add(code)

    def uz_latn(self, origin: Origin, name: str, lang: str, texts: Iterable[str]) -> None:
        """Uzbek Latin must use ʻ (U+02BB) and ʼ (U+02BC), not quote characters, inside words."""
        if lang != "uz-Latn" or not origin.ok(name):
            return
        for text in texts:
            if char := wrong_apostrophe(text):
                self.at(origin, name, _apostrophe_message(name, char))
                return

    def body(self, origin: Origin, first_line: int, body: str, lang: str, limit: int | None, *,
             required: bool) -> None:
        """Length, presence and the Markdown subset of a body starting at file line `first_line`."""
        text = body.strip()
        if required and not text:
            self.add(origin.path, first_line, "the body is empty: write the text after the front matter")
        if limit is not None and len(text) > limit:
            self.add(origin.path, first_line,
                     f"the body is {len(text)} characters long; the limit is {limit}")
        for offset, message in body_findings(body):
            self.add(origin.path, first_line + offset, message)
        if forbidden_character(body, multiline=True):
            for offset, line in enumerate(body.split("\n")):
                if found := forbidden_character(line, multiline=True):
                    self.add(origin.path, first_line + offset, f"the body: {found}")
        if lang == "uz-Latn":
            for offset, line in enumerate(body.split("\n")):
                if char := wrong_apostrophe(line):
                    self.add(origin.path, first_line + offset, _apostrophe_message("the body", char))


def _apostrophe_message(name: str, char: str) -> str:
    return (f"{name}: write oʻ/gʻ with ʻ (U+02BB) and the tutuq belgisi with ʼ (U+02BC), "
            f"not {char!r} (U+{ord(char):04X})")
