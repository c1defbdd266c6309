"""How a vacancy's fields read in the traveller's language: occupation names, the wage range and the
language asked for. Shared by the list and the job-order screen so the two always say the same."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.services.locale_text import language_name, wage_range

__all__ = ["language_asked", "occupation_name", "wage_range"]


def occupation_name(code: str) -> str:
    names = {
        "construction": QCoreApplication.translate("Occupation", "Construction"),
        "agriculture": QCoreApplication.translate("Occupation", "Farm work"),
        "manufacturing": QCoreApplication.translate("Occupation", "Factory work"),
        "warehouse": QCoreApplication.translate("Occupation", "Warehouse"),
        "driving": QCoreApplication.translate("Occupation", "Driver"),
        "care": QCoreApplication.translate("Occupation", "Care work"),
        "hospitality": QCoreApplication.translate("Occupation", "Hotels"),
        "cooking": QCoreApplication.translate("Occupation", "Cook"),
        "cleaning": QCoreApplication.translate("Occupation", "Cleaning"),
        "welding": QCoreApplication.translate("Occupation", "Welder"),
    }
    return names.get(code, code)


def language_asked(language: str, level: str | None, lang: str) -> str:
    if language == "none":
        return QCoreApplication.translate("Occupation", "No language required")
    return f"{language_name(language, lang)} {level or ''}".strip()
