"""Names in the order of the traveller's alphabet, by the language's collation rules (ICU, through Qt).

Code-point order puts every letter outside basic Cyrillic or Latin last: Kazakh "Қазақстан" and
"Ұлыбритания" after "Түркия", Tajik "Ҷопон" after "Япония". ICU's rules for each language put Қ right after
К, and Uzbek Oʻ, Gʻ, Sh and Ch after Z, as the Uzbek alphabet has them. Qt ships ICU, so this costs no new
dependency; Babel (CLDR) has the names but no collation.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cmp_to_key

from PySide6.QtCore import QCollator, QLocale, Qt

# Kiosk language tag -> Qt locale name (Qt reads "uz_Latn"; Karakalpak has no ICU rules of its own, so it
# takes Uzbek Latin's, the alphabet it shares most letters with).
_LOCALE = {"uz-Latn": "uz_Latn", "uz-Cyrl": "uz_Cyrl", "ru": "ru", "en": "en", "kk": "kk", "ky": "ky",
           "tg": "tg", "kaa": "uz_Latn"}


def collated(names: Iterable[str], lang: str) -> list[str]:
    """`names` in the order a reader of `lang` expects. A collator of its own per call: safe on any thread
    (the vacancy list is ordered on the kiosk's worker)."""
    collator = QCollator(QLocale(_LOCALE.get(lang, "en")))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return sorted(names, key=cmp_to_key(collator.compare))
