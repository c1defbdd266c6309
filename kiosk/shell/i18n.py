"""Languages and live language switching.

UI strings go through Qt's translation system (`tr()` + `translations/kiosk_<tag>.qm`). Switching installs
the new language's QTranslator; Qt then sends `QEvent.LanguageChange` to every widget and each screen
re-sets its texts, so the switch needs no restart. All translators are loaded once at start so that the
attract screen can show a message in every language at the same time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal

from content.languages import NATIVE_NAMES


@dataclass(frozen=True)
class Language:
    """A language the kiosk offers. `native_name` is shown in its own script on the language screen."""

    tag: str
    native_name: str
    qt_locale: str
    voice: str  # espeak-ng / SAPI language code used for speech


# Each language's own name comes from content/languages.py, which the phone edition's switcher reads too.
LANGUAGES: tuple[Language, ...] = (
    Language("uz-Latn", NATIVE_NAMES["uz-Latn"], "uz_Latn_UZ", "uz"),
    Language("uz-Cyrl", NATIVE_NAMES["uz-Cyrl"], "uz_Cyrl_UZ", "uz"),
    Language("ru", NATIVE_NAMES["ru"], "ru_RU", "ru"),
    Language("en", NATIVE_NAMES["en"], "en_GB", "en"),
    # Content falls back per item to Uzbek or Russian (content/languages.py); the UI is translated.
    # Karakalpak is written in Latin letters since 2016; CLDR's Karakalpak is Cyrillic, so Qt gets uz-Latn
    # for number formats. espeak-ng has no Karakalpak or Tajik voice: no read-aloud button there.
    Language("kaa", NATIVE_NAMES["kaa"], "uz_Latn_UZ", ""),
    Language("kk", NATIVE_NAMES["kk"], "kk_KZ", "kk"),
    Language("ky", NATIVE_NAMES["ky"], "ky_KG", "ky"),
    Language("tg", NATIVE_NAMES["tg"], "tg_TJ", ""),
)
LANGUAGE_BY_TAG = {lang.tag: lang for lang in LANGUAGES}


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `source` for translation in `context` and return it unchanged (Qt's own returns `object` in
    PySide6's type stubs; this one says str)."""
    return source


def qm_path(translations: Path, tag: str) -> Path:
    return translations / f"kiosk_{tag}.qm"


class I18n(QObject):
    """Owns the active language. Emits `language_changed(tag)` after the new translator is installed."""

    language_changed = Signal(str)

    def __init__(self, translations: Path, default: str = "uz-Latn", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: dict[str, QTranslator] = {}
        for lang in LANGUAGES:
            translator = QTranslator(self)
            # English is the source language: a missing en .qm is fine, the source strings are shown.
            if translator.load(str(qm_path(translations, lang.tag))) or lang.tag == "en":
                self._translators[lang.tag] = translator
        self._default = default
        self._current = ""
        self.set_language(default)

    @property
    def current(self) -> str:
        return self._current

    @property
    def default(self) -> str:
        return self._default

    def has_translation(self, tag: str) -> bool:
        return tag in self._translators

    def set_language(self, tag: str) -> None:
        """Switch the whole UI to `tag`, live. Unknown tags are refused (a programming error)."""
        if tag not in LANGUAGE_BY_TAG:
            raise ValueError(f"unknown language {tag!r}")
        if tag == self._current:
            return
        old = self._translators.get(self._current)
        if old is not None:
            QCoreApplication.removeTranslator(old)
        new = self._translators.get(tag)
        if new is not None:
            QCoreApplication.installTranslator(new)
        QLocale.setDefault(QLocale(LANGUAGE_BY_TAG[tag].qt_locale))
        self._current = tag
        self.language_changed.emit(tag)

    def translate_in(self, tag: str, context: str, text: str) -> str:
        """`text` as it reads in language `tag`, whatever language is active (for the attract screen)."""
        translator = self._translators.get(tag)
        if translator is None:
            return text
        return translator.translate(context, text) or text
