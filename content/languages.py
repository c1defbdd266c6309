"""The kiosk's UI languages beyond the four that every content item must have, and their fallbacks.

Content is written in `LANGUAGES` (uz-Latn, uz-Cyrl, ru, en). The kiosk also speaks Karakalpak (Latin),
Kazakh, Kyrgyz and Tajik: its own strings are translated, and a content item without a text in one of these
languages is shown in the language the editor chose for it (Uzbek or Russian), with a note saying so.
`DEFAULT_FALLBACKS` is that choice when the editor made none; `bundle.yaml` may override it per language.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

# The four languages every content item is written in (content.model, the source format, re-exports them).
# Defined here, with the rest of the languages, so that the kiosk's start-up reads its language list without
# loading the content model.
LANGUAGES: tuple[str, ...] = ("uz-Latn", "uz-Cyrl", "ru", "en")
EXTRA_LANGUAGES: tuple[str, ...] = ("kaa", "kk", "ky", "tg")
UI_LANGUAGES: tuple[str, ...] = (*LANGUAGES, *EXTRA_LANGUAGES)
# Karakalpak readers read Uzbek Latin more easily than Russian; Kazakh, Kyrgyz and Tajik readers at Uzbek
# airports mostly read Russian. Only uz-Latn, uz-Cyrl and ru may be chosen: English is no help here.
DEFAULT_FALLBACKS: Mapping[str, str] = MappingProxyType(
    {"kaa": "uz-Latn", "kk": "ru", "ky": "ru", "tg": "ru"}
)
FALLBACK_CHOICES: tuple[str, ...] = ("uz-Latn", "uz-Cyrl", "ru")
# Each language's name in itself, as a language switcher lists it (Karakalpak in its Latin alphabet).
NATIVE_NAMES: Mapping[str, str] = MappingProxyType({
    "uz-Latn": "Oʻzbekcha", "uz-Cyrl": "Ўзбекча", "ru": "Русский", "en": "English",
    "kaa": "Qaraqalpaqsha", "kk": "Қазақша", "ky": "Кыргызча", "tg": "Тоҷикӣ",
})


def content_language(lang: str) -> str:
    """The content language whose texts a reader of `lang` is shown: `lang` itself for the four content
    languages, else the language it falls back to (`kk` → `ru`)."""
    return DEFAULT_FALLBACKS.get(lang, lang)


def text_in(texts: Mapping[str, Mapping[str, Any]], lang: str) -> dict[str, Any]:
    """A content item's texts (`{content language: {field: value, "fallback": ...}}`) for a reader of
    `lang`, with `fallback` naming the language actually shown when it is not `lang` itself. The kiosk's
    content.db rows and the phone edition's pages both take an item's texts from here."""
    target = DEFAULT_FALLBACKS.get(lang)
    if target is None:
        return dict(texts[lang])
    text = texts[target]
    return {**text, "fallback": text.get("fallback") or target}


def resolve(texts: Mapping[str, str], fallbacks: Mapping[str, str]) -> dict[str, str]:
    """Every UI language's text: its own, else the text of the language it falls back to ("" if none)."""
    return {lang: texts.get(lang) or texts.get(fallbacks.get(lang, ""), "") for lang in UI_LANGUAGES}
