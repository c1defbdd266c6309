"""Words of the phone edition: the kiosk's own translations where the kiosk says the same thing, and a small
table of phone-only phrases.

A verdict must read the same on the kiosk and on the phone, so its headline, meaning and steps come from the
kiosk's Qt Linguist sources (`translations/kiosk_<lang>.ts`, by context and source text) rather than from a
second copy here. Those files are data, read with the standard library; nothing of the kiosk is imported.
A phrase missing from a catalogue falls back to its English source text. The phone-only phrases are in
server/phone/phrases.py, one table per language.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from content.languages import NATIVE_NAMES, UI_LANGUAGES
from server.phone.phrases import PHRASES

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
DEFAULT = "uz-Latn"
NAMES: Mapping[str, str] = NATIVE_NAMES


@functools.cache
def _catalogue(lang: str) -> Mapping[tuple[str, str], str]:
    """(context, source) → translation from `translations/kiosk_<lang>.ts`; empty if the file is absent."""
    path = TRANSLATIONS / f"kiosk_{lang}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, translation = message.find("source"), message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            found[(name, source.text or "")] = translation.text
    return MappingProxyType(found)


class Words:
    """The words of one language; `w("Home")` for phone phrases, `w.kiosk("HomeScreen", "...")` for the
    kiosk's."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in UI_LANGUAGES else DEFAULT

    def __call__(self, key: str, /, **values: object) -> str:
        text = PHRASES[self.lang].get(key, key)
        return text.format(**values) if values else text

    def kiosk(self, context: str, source: str, /, **values: object) -> str:
        text = _catalogue(self.lang).get((context, source), source)
        return text.format(**values) if values else text
