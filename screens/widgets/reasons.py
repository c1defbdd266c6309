"""Labels of the registry's reason codes (content/reasons.py) in the traveller's language.

One line per code, marked for translation in the "Reasons" context; a test keeps this list and
content/reasons.py in step. A code the kiosk does not know yet shows the office's own words instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.shell.i18n import QT_TRANSLATE_NOOP

LABELS = {
    "placement_fees": QT_TRANSLATE_NOOP("Reasons", "Charged workers placement fees"),
    "contracts_not_registered":
        QT_TRANSLATE_NOOP("Reasons", "Did not register placement contracts electronically"),
    "no_bank_deposit": QT_TRANSLATE_NOOP("Reasons", "Did not keep the required bank deposit"),
    "reports_late": QT_TRANSLATE_NOOP("Reasons", "Did not send its reports on time"),
    "inspection_violations":
        QT_TRANSLATE_NOOP("Reasons", "Inspection found violations; suspended until they are fixed"),
    "tourist_visas": QT_TRANSLATE_NOOP("Reasons", "Sent workers abroad on tourist visas"),
    "kept_passports": QT_TRANSLATE_NOOP("Reasons", "Kept workers' passports"),
    "repeated_violations": QT_TRANSLATE_NOOP("Reasons", "Repeated violations after a suspension"),
    "false_information": QT_TRANSLATE_NOOP("Reasons", "Gave false information to get the licence"),
    "not_renewed": QT_TRANSLATE_NOOP("Reasons", "Licence not renewed"),
    "term_ended": QT_TRANSLATE_NOOP("Reasons", "Licence term ended; no renewal was applied for"),
    "suspension_lifted": QT_TRANSLATE_NOOP("Reasons", "Suspension lifted after the violations were fixed"),
    "tourist_visas_as_work": QT_TRANSLATE_NOOP("Reasons", "Sold tourist visas as work visas"),
    "fees_no_job": QT_TRANSLATE_NOOP("Reasons", "Took up-front fees for jobs that did not exist"),
    "fake_permits": QT_TRANSLATE_NOOP("Reasons", "Sold fake work permits for European countries"),
    "eps_places":
        QT_TRANSLATE_NOOP("Reasons", "Sold places in the Korean EPS scheme, which no agency may sell"),
    "embassy_contacts":
        QT_TRANSLATE_NOOP("Reasons", "Promised faster visas through “contacts at the embassy”"),
    "card_payments": QT_TRANSLATE_NOOP("Reasons", "Took payment to personal bank cards for jobs abroad"),
    "uk_scheme_fees": QT_TRANSLATE_NOOP("Reasons", "Charged fees for places in the UK seasonal work scheme"),
    "no_licence": QT_TRANSLATE_NOOP("Reasons", "Recruited workers without a licence"),
    "lookalike_name": QT_TRANSLATE_NOOP("Reasons", "Uses a name like a licensed agency's; it has no licence"),
    "armed_forces":
        QT_TRANSLATE_NOOP("Reasons", "Offered “jobs” in Russia that were recruitment into armed forces"),
    "passports_ransom": QT_TRANSLATE_NOOP("Reasons", "Took passports and asked for money to return them"),
    "fake_consulting": QT_TRANSLATE_NOOP(
        "Reasons", "Called itself a consulting firm and recruited workers without a licence"
    ),
    "residence_as_work": QT_TRANSLATE_NOOP("Reasons", "Sold residence permits as work permits"),
}


def reason_text(code: str, free_text: str) -> str:
    """The translated label of `code`, or `free_text` (the office's words) for an unknown or missing code."""
    label = LABELS.get(code)
    return QCoreApplication.translate("Reasons", str(label)) if label else free_text
