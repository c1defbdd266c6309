"""Web assets shared by the two staff web apps: kiosk-server's operator pages and the desk console.

The server and the desk may not import each other, and both read `content/`, so the one stylesheet of the
staff look lives here; each app serves `STATIC` under its own prefix (the operator pages at
`/operator/static/`, the console at `/static/`). So do the page parts both apps draw alike (`TEMPLATE_DIR`,
searched after each app's own templates: the audit table) and the filters they use. The kiosk and the phone
edition do not use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup, escape

STATIC = Path(__file__).resolve().parent / "static"  # served as it is: nothing else belongs in this folder
STYLESHEET = "staff.css"
TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"  # shared Jinja parts, named with a leading "_"

# What a staff page says when the app answers an HTTP error itself (an address with no page, a form's address
# opened as a page, a form it cannot read) instead of a page's own refusal: one wording for both staff apps,
# each showing it in its own page, in English like the rest of the staff pages. Staff opening these
# addresses use a browser, so they get a page; the JSON APIs keep their JSON errors.
NOT_FOUND = ("Page not found", "There is no page at this address: it may have been typed wrong, or come "
                               "from an old bookmark or link.")
FORM_ONLY = ("Not a page to open", "This address takes what a form sends when its button is pressed, so it "
                                   "cannot be opened as a page: go back to the page and use its button.")


def error_page(status: int, method: str, detail: str) -> tuple[str, str]:
    """The title and the sentence of the staff page for an HTTP error `status` answering `method`; `detail`
    is what the framework said, shown for the statuses without a wording of their own (a malformed form)."""
    if status == 404:
        return NOT_FOUND
    if status == 405:
        if method in ("GET", "HEAD"):
            return FORM_ONLY
        return FORM_ONLY[0], f"This address does not take a {method} request."
    return "Not done", f"The request could not be answered: {detail}."


def when(value: str | None) -> str:
    """An ISO time as staff read it: `2026-12-01 20:00`, to the minute, without the "T", the seconds and the
    offset (every staff time is UTC, said once on each page); a date alone, or anything else, as it is. One
    definition for the operator pages and the desk console, so that their audit logs read alike."""
    if not value:
        return "never"
    return value[:16].replace("T", " ") if len(value) >= 16 and value[10:11] == "T" else value


# An ISO date, with the time after it if any (2026-12-03, 2026-12-03 04:05, 2026-12-03T04:05:12+00:00).
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?")


def unbroken_dates(value: object) -> Markup:
    """`value` as escaped text whose ISO dates never break at their hyphens (each in a `nowrap` span, see
    staff.css): for running text with a date in it, such as a fleet flag's "token revoked at 2026-12-03...",
    whose cell may not be made `nowrap` whole."""
    # Escaping leaves digits, "-", ":", "+" and "T" alone, so the dates are found in the escaped text as sent.
    return Markup(ISO_DATE.sub(r'<span class="nowrap">\g<0></span>', str(escape(value))))


# A page of an audit log: both apps show their log (which only grows: tens of thousands of lines in a busy
# year) this many lines at a time, newest first, rather than all of it or only the newest few.
PAGE_SIZE = 200
PAGE_NUMBER = re.compile(r"[0-9]{1,9}")  # what a page number in an address may be; anything else is not one


@dataclass(frozen=True)
class Page:
    """Which lines of a newest-first log of `total` lines a page shows: page 1 the newest `size`, each next
    page the `size` before. `asked` is what the address asked for when that was not a page of the log (the
    page says so, then shows `number`)."""

    number: int
    total: int
    size: int = PAGE_SIZE
    asked: str | None = None

    @property
    def count(self) -> int:
        """How many pages the log has (one, empty, when it has no line)."""
        return max(1, -(-self.total // self.size))

    @property
    def offset(self) -> int:
        """How many newer lines come before this page's first."""
        return (self.number - 1) * self.size

    @property
    def first(self) -> int:
        """This page's first line, counted from the newest (1)."""
        return min(self.offset + 1, self.total)

    @property
    def last(self) -> int:
        return min(self.offset + self.size, self.total)

    @property
    def newer(self) -> int | None:
        return self.number - 1 if self.number > 1 else None

    @property
    def older(self) -> int | None:
        return self.number + 1 if self.number < self.count else None


def page_of(asked: str | None, total: int, size: int = PAGE_SIZE) -> Page:
    """The page of a log of `total` lines that an address's `?page=` names (None or "" for the first). What
    is no page number (text, 0, a sign, a fraction) gives the first page, a number past the last the last
    page, each saying what was asked: an old bookmark or a typed address gets a page, never an error."""
    first = Page(1, total, size)
    if not asked:
        return first
    number = int(asked) if PAGE_NUMBER.fullmatch(asked) else 0
    if 1 <= number <= first.count:
        return Page(number, total, size)
    return Page(first.count if number > first.count else 1, total, size, asked=asked)
