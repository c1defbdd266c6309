"""The kiosk's UI languages beyond the four that every content item must have, and their fallbacks.

Content is written in `LANGUAGES` (uz-Latn, uz-Cyrl, ru, en). The kiosk also speaks Karakalpak (Latin),
Kazakh, Kyrgyz and Tajik: its own strings are translated, and a content item without a text in one of these
languages is shown in the language the editor chose for it (Uzbek or Russian), with a note saying so.
`DEFAULT_FALLBACKS` is that choice when the editor made none; `bundle.yaml` may override it per language.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from content.model import LANGUAGES

EXTRA_LANGUAGES: tuple[str, ...] = ("kaa", "kk", "ky", "tg")
UI_LANGUAGES: tuple[str, ...] = (*LANGUAGES, *EXTRA_LANGUAGES)
# Karakalpak readers read Uzbek Latin more easily than Russian; Kazakh, Kyrgyz and Tajik readers at Uzbek
# airports mostly read Russian. Only uz-Latn, uz-Cyrl and ru may be chosen: English is no help here.
DEFAULT_FALLBACKS: Mapping[str, str] = MappingProxyType(
    {"kaa": "uz-Latn", "kk": "ru", "ky": "ru", "tg": "ru"}
)
FALLBACK_CHOICES: tuple[str, ...] = ("uz-Latn", "uz-Cyrl", "ru")


def resolve(texts: Mapping[str, str], fallbacks: Mapping[str, str]) -> dict[str, str]:
    """Every UI language's text: its own, else the text of the language it falls back to ("" if none)."""
    return {lang: texts.get(lang) or texts.get(fallbacks.get(lang, ""), "") for lang in UI_LANGUAGES}
