"""Checks of the licensing registry and of the warning list (the two CSV files)."""

from __future__ import annotations

from content.checks import Report
from content.formats import is_host_name, is_phone, is_telegram_handle, is_tin
from content.model import STATUSES, Agency, Origin, Warning
from content.reasons import AGENCY_REASONS, WARNING_REASONS

# The reason kiosks show for an agency's last status change, in its details, and for a warning-list entry:
# two or three sentences. The desk's single-agency form takes the same bound (admin/console/workspace.py
# `agency_action`).
STATUS_REASON_MAX = 300
# The longest registry text of each kind a kiosk and a phone show (a name is a heading of the verdict, a
# licence number a part of the phone edition's address). The official names seen are under 100 characters;
# a text far past these is a shifted column or a pasted page, not a name.
REGISTRY_TEXT_MAX = {"licence_no": 40, "name": 200, "other_names": 200, "region": 100, "address": 300}


def check_agencies(report: Report, agencies: tuple[Agency, ...]) -> None:
    first_line: dict[str, int | None] = {}
    for agency in agencies:
        origin = agency.origin
        if origin is None:  # not read from a source file (built in code): nothing to point a message at
            continue
        check_licence_no(report, origin, agency.licence_no, first_line)
        check_agency(report, agency, origin)


def check_licence_no(report: Report, origin: Origin, licence_no: str, first_line: dict[str, int | None]
                     ) -> None:
    """The registry-wide rule: every row has a licence number, and no number is used twice. `first_line`
    carries the numbers seen so far (with their line) from row to row."""
    if not licence_no:
        report.at(origin, "licence_no", "licence_no is empty")
    elif licence_no in first_line:
        report.at(origin, "licence_no", f"duplicate licence number '{licence_no}' "
                                        f"(first on line {first_line[licence_no]})")
    else:
        first_line[licence_no] = origin.line


def check_agency(report: Report, agency: Agency, origin: Origin) -> None:
    """The rules of one row on its own; a row that passed them once passes them again (no clock, no
    other row): `content.registry_rows` relies on that to check only the rows an export changed."""
    origin = report.cells(origin, agency_cells(agency))
    if not agency.name:
        report.at(origin, "name", "name is empty")
    report.length(origin, "status_reason", agency.status_reason, STATUS_REASON_MAX)
    for name in ("licence_no", "name", "region", "address"):
        report.length(origin, name, getattr(agency, name), REGISTRY_TEXT_MAX[name])
    for other in agency.other_names:
        report.length(origin, "other_names", other, REGISTRY_TEXT_MAX["other_names"])
    if origin.ok("tin") and not is_tin(agency.tin):
        report.at(origin, "tin", f"tin (tax id) must be exactly 9 digits, not '{agency.tin}'")
    report.choice(origin, "status", agency.status, STATUSES)
    for name in ("issued_on", "expires_on"):
        value = getattr(agency, name)
        if not value:
            report.at(origin, name, f"{name} is empty")
        report.date(origin, name, value, dotted=True)
    report.date(origin, "status_changed_on", agency.status_changed_on, dotted=True)
    report.countries(origin, "countries", agency.countries)
    if agency.status_reason_code:
        report.choice(origin, "status_reason_code", agency.status_reason_code, tuple(AGENCY_REASONS))
    # A cell with no digit or letter (empty, "—") is how a registry says an agency has no number; the
    # phone edition shows it as text (docs/phone.md). Anything else must be a number.
    if origin.ok("phone") and any(ch.isalnum() for ch in agency.phone):
        _check_phone(report, origin, "phone", agency.phone)


def agency_cells(agency: Agency) -> dict[str, str]:
    """Every text of a registry row by column, lists joined as the export writes them."""
    return {"licence_no": agency.licence_no, "name": agency.name, "other_names": ";".join(agency.other_names),
            "tin": agency.tin, "status": agency.status, "issued_on": agency.issued_on,
            "expires_on": agency.expires_on, "status_changed_on": agency.status_changed_on,
            "status_reason": agency.status_reason, "region": agency.region, "address": agency.address,
            "phone": agency.phone, "countries": ";".join(agency.countries),
            "status_reason_code": agency.status_reason_code}


def _check_phone(report: Report, origin: Origin, name: str, phone: str) -> None:
    """One phone number of a registry row (an agency's, or one of a warning entry's), by
    `content.formats.is_phone`: the phone edition links it to dial, so words in it are an editor's slip."""
    if not is_phone(phone):
        report.at(origin, name, f"phone '{phone}' may contain only digits, spaces, +, -, ( and )")


def check_warnings(report: Report, warnings: tuple[Warning, ...]) -> None:
    first_line: dict[str, int | None] = {}
    for warning in warnings:
        origin = warning.origin
        if origin is None:  # not read from a source file (built in code): nothing to point a message at
            continue
        origin = report.cells(origin, {
            "id": warning.id, "names": ";".join(warning.names), "phones": ";".join(warning.phones),
            "telegram": ";".join(warning.telegram), "websites": ";".join(warning.websites),
            "reason": warning.reason, "listed_on": warning.listed_on, "reason_code": warning.reason_code})
        if not warning.id:
            report.at(origin, "id", "id is empty")
        elif warning.id in first_line:
            report.at(origin, "id", f"duplicate warning id '{warning.id}' "
                                    f"(first on line {first_line[warning.id]})")
        else:
            first_line[warning.id] = origin.line
        if not (warning.names or warning.phones or warning.telegram or warning.websites):
            report.at(origin, "names", "the warning names no operator: fill at least one of names, phones, "
                                       "telegram, websites")
        for name in warning.names:  # shown as an agency's names are
            report.length(origin, "names", name, REGISTRY_TEXT_MAX["name"])
        for handle in warning.telegram if origin.ok("telegram") else ():
            if not is_telegram_handle(handle):
                report.at(origin, "telegram", f"telegram handle '{handle}' must look like @name "
                                              f"(5-32 letters, digits or _)")
        for host in warning.websites if origin.ok("websites") else ():
            if not is_host_name(host):
                report.at(origin, "websites", f"website '{host}' must be a host name like example.org, "
                                              f"without http:// or a path")
        for phone in warning.phones if origin.ok("phones") else ():
            _check_phone(report, origin, "phones", phone)
        if not warning.reason:
            report.at(origin, "reason", "reason is empty")
        report.length(origin, "reason", warning.reason, STATUS_REASON_MAX)  # shown as an agency's is
        if warning.reason_code:
            report.choice(origin, "reason_code", warning.reason_code, tuple(WARNING_REASONS))
        if not warning.listed_on:
            report.at(origin, "listed_on", "listed_on is empty")
        report.date(origin, "listed_on", warning.listed_on, dotted=True)
