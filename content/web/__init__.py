"""Web assets shared by the two staff web apps: kiosk-server's operator pages and the desk console.

The server and the desk may not import each other, and both read `content/`, so the one stylesheet of the
staff look lives here; each app serves `STATIC` under its own prefix (the operator pages at
`/operator/static/`, the console at `/static/`). So do the page parts both apps draw alike (`TEMPLATE_DIR`,
searched after each app's own templates: the audit table) and the filters they use. The kiosk and the phone
edition do not use it.
"""

from __future__ import annotations

import re
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
