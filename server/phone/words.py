"""Words of the phone edition: the kiosk's own translations where the kiosk says the same thing, and a small
table of phone-only phrases.

A verdict must read the same on the kiosk and on the phone, so its headline, meaning and steps come from the
kiosk's Qt Linguist sources (`translations/kiosk_<lang>.ts`, by context and source text) rather than from a
second copy here. Those files are data, read with the standard library; nothing of the kiosk is imported.
A phrase missing from a catalogue falls back to its English source text, so a page still reads; that is
never what a reader of another language should get, and `recording_misses()` lets a test see every such
fallback (tests/phone/test_words_translated.py renders every page type in every language with it). The
phone-only phrases are in server/phone/phrases.py, one table per language.
"""

from __future__ import annotations

import contextlib
import functools
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType

from content.languages import NATIVE_NAMES, UI_LANGUAGES
from server.phone.phrases import PHRASES

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
DEFAULT = "uz-Latn"
NAMES: Mapping[str, str] = NATIVE_NAMES
PHRASES_CONTEXT = "server/phone/phrases.py"  # the context a missing phone-only phrase is recorded under

Miss = tuple[str, str, str]  # (language, context, English source) of a look-up that found no translation
_recorders: list[set[Miss]] = []
_recorders_lock = threading.Lock()


@contextlib.contextmanager
def recording_misses() -> Iterator[set[Miss]]:
    """Collect, while the block runs, every look-up (in any thread) that fell back to the English source:
    a kiosk word its catalogue lacks (context and source as looked up) or a phone phrase its table lacks
    (context `PHRASES_CONTEXT`). A hook for tests: outside such a block a miss costs one list check.
    Words the phone edition remembered before the block (verdict words, a verdict page's common part,
    vacancy list lines) are not looked up again in it, so a test records in a process of its own."""
    found: set[Miss] = set()
    with _recorders_lock:
        _recorders.append(found)
    try:
        yield found
    finally:
        with _recorders_lock:
            _recorders[:] = [other for other in _recorders if other is not found]


def _missed(lang: str, context: str, source: str) -> str:
    """The English source, after telling any recorder that `lang` has no word for it."""
    if _recorders:
        with _recorders_lock:
            for found in _recorders:
                found.add((lang, context, source))
    return source


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
        text = PHRASES[self.lang].get(key)
        if text is None:
            text = _missed(self.lang, PHRASES_CONTEXT, key)
        return text.format(**values) if values else text

    def kiosk(self, context: str, source: str, /, **values: object) -> str:
        text = _catalogue(self.lang).get((context, source))
        if text is None:
            text = _missed(self.lang, context, source)
        return text.format(**values) if values else text
