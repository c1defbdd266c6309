"""Why a licence was suspended, revoked or ended, and why an operator is on the warning list: as codes.

The registry and the warning list carry a code (`status_reason_code`, `reason_code`) beside the free text
the licensing office wrote, which is kept for the record. A screen shows the label of the code in the
traveller's language (the kiosk's translations hold one per code and language), and falls back to the
free text only for a code it does not know. The English labels here are the source of those translations.
"""

from __future__ import annotations

from types import MappingProxyType

AGENCY_REASONS: MappingProxyType[str, str] = MappingProxyType({
    "placement_fees": "Charged workers placement fees",
    "contracts_not_registered": "Did not register placement contracts electronically",
    "no_bank_deposit": "Did not keep the required bank deposit",
    "reports_late": "Did not send its reports on time",
    "inspection_violations": "Inspection found violations; suspended until they are fixed",
    "tourist_visas": "Sent workers abroad on tourist visas",
    "kept_passports": "Kept workers' passports",
    "repeated_violations": "Repeated violations after a suspension",
    "false_information": "Gave false information to get the licence",
    "not_renewed": "Licence not renewed",
    "term_ended": "Licence term ended; no renewal was applied for",
    "suspension_lifted": "Suspension lifted after the violations were fixed",
})
WARNING_REASONS: MappingProxyType[str, str] = MappingProxyType({
    "tourist_visas_as_work": "Sold tourist visas as work visas",
    "fees_no_job": "Took up-front fees for jobs that did not exist",
    "fake_permits": "Sold fake work permits for European countries",
    "eps_places": "Sold places in the Korean EPS scheme, which no agency may sell",
    "embassy_contacts": "Promised faster visas through “contacts at the embassy”",
    "card_payments": "Took payment to personal bank cards for jobs abroad",
    "uk_scheme_fees": "Charged fees for places in the UK seasonal work scheme",
    "no_licence": "Recruited workers without a licence",
    "lookalike_name": "Uses a name like a licensed agency's; it has no licence",
    "armed_forces": "Offered “jobs” in Russia that were recruitment into armed forces",
    "passports_ransom": "Took passports and asked for money to return them",
    "fake_consulting": "Called itself a consulting firm and recruited workers without a licence",
    "residence_as_work": "Sold residence permits as work permits",
})


def code_for(text: str, codes: MappingProxyType[str, str]) -> str:
    """The code whose English label is `text` exactly, or "" (for converting old exports)."""
    return next((code for code, label in codes.items() if label == text), "")
