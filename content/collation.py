"""Names in the order of the reader's alphabet: the one collation of the kiosk and the phone edition.

`sort_key(lang)` gives a key function; `collated(names, lang)` a sorted list. Code-point order puts every
letter outside basic Latin or Cyrillic last (Kazakh "Қазақстан" after "Түркия", Tajik "Ҷопон" after
"Япония"); a reader expects their alphabet's order.

How: the Unicode Collation Algorithm with its default table (DUCET of Unicode 10, through pyuca: pure
Python) puts Қ right after К, Ә after А, Ң after Н and ignores case and accents at
the first level. On top of it each language has a small tailoring below, written from its alphabet as CLDR
writes collation rules ("&z < oʻ < gʻ": these letters right after z and everything that sorts as z, in this
order). Letters of a tailoring match whatever their case; the key tells "Sh" from "sh" only at the last
level, as UCA does.

Why not ICU (PyICU, CLDR's own tailorings): ICU 72 (Debian 12) has no rules for Tajik or Karakalpak,
sorts Uzbek Cyrillic Ў Қ Ғ Ҳ among the Russian letters (its Uzbek rules are Latin only), leaves Ng among
the N's and takes only ʻ, ‘ and ' as the Uzbek apostrophe. So the table below would be needed anyway, on
top of a C++ build (3 min 40 s to pip-install PyICU into a fresh venv here) and a second ICU beside Qt's
in the kiosk build. The measurements are in the closing note of this change and in
benchmarks/collation_bench.py.

Sources of the tailorings (the order of each alphabet):
- uz-Latn: the Uzbek Latin alphabet (law of 2 September 1993 as amended 6 May 1995): A–Z without C and W,
  then Oʻ Gʻ Sh Ch Ng. CLDR's `uz` rules say the same for Oʻ Gʻ Sh Ch and leave Ng out. Every apostrophe
  variant (content.search.normalize.APOSTROPHES: ' ` ʼ ‘ ’ …) after o or g counts as ʻ, as travellers
  and registry exports type it.
- uz-Cyrl: the Uzbek Cyrillic alphabet (1940–1995, still printed): the Russian alphabet with Ё its own
  letter after Е, then Ў Қ Ғ Ҳ after Я.
- kk: CLDR `kk` (&е < ё, &у < ұ < ү, &ы < і); Ә Ғ Қ Ң Ө Һ already follow А Г К Н О Х in DUCET.
- ky: CLDR `ky` (&е < ё); Ң Ө Ү already follow Н О У in DUCET.
- tg: the Tajik alphabet (1998): Ғ Ӣ Қ Ӯ Ҳ Ҷ each right after Г И К У Х Ч, and Ё after Е. DUCET sorts Ӣ
  and Ӯ as И and У with an accent, interleaved with them.
- kaa: the Karakalpak Latin alphabet (1995, amended 2009 and 2016): A Á B D E F G Ǵ H X Í I J K Q L M N
  Ń O Ó P R S T U Ú V W Y Z Sh C Ch, where Í/ı is the back vowel (Cyrillic Ы; "í" is read as it).
- ru, en: no tailoring (CLDR `ru` only moves Cyrillic before Latin; the names sorted here are in one script).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, TypeVar

from content.search.normalize import APOSTROPHES

T = TypeVar("T")

# Each tailoring: (anchor letter, the letters placed right after it, in order).
TAILORINGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "uz-Latn": (("z", ("oʻ", "gʻ", "sh", "ch", "ng")),),
    "uz-Cyrl": (("е", ("ё",)), ("я", ("ў", "қ", "ғ", "ҳ"))),
    "kk": (("е", ("ё",)), ("у", ("ұ", "ү")), ("ы", ("і",))),
    "ky": (("е", ("ё",)),),
    "tg": (("г", ("ғ",)), ("е", ("ё",)), ("и", ("ӣ",)), ("к", ("қ",)), ("у", ("ӯ",)), ("х", ("ҳ",)),
           ("ч", ("ҷ",))),
    "kaa": (("a", ("á",)), ("g", ("ǵ",)), ("h", ("x", "ı")), ("k", ("q",)), ("n", ("ń",)), ("o", ("ó",)),
            ("u", ("ú",)), ("z", ("sh", "c", "ch"))),
    "ru": (),
    "en": (),
}

# Other ways of writing a tailored letter: what a letter of a tailoring matches besides its own upper and
# lower case.
SPELLINGS: dict[str, dict[str, str]] = {
    "uz-Latn": {"ʻ": APOSTROPHES},
    "kaa": {"ı": "Íí"},  # the capital of Karakalpak ı is Í; í is a common spelling of ı
}

# Room after each DUCET primary weight for the letters a tailoring puts there.
_ROOM = 64
_UPPER, _LOWER, _PLAIN_SECONDARY = 0x08, 0x02, 0x20

_base_lock = threading.Lock()
_base: Any = None


def _ducet() -> Any:
    """pyuca's collator: its table (0.25 s to read) is loaded once, by whichever thread asks first."""
    global _base
    with _base_lock:
        if _base is None:
            from pyuca.collator import Collator_10_0_0  # the newest table pyuca ships (kiosk.spec bundles it)

            _base = Collator_10_0_0()
        return _base


class _Collation:
    """One language's key: DUCET weights, with the tailored letters given weights of their own."""

    def __init__(self, lang: str) -> None:
        base = _ducet()
        spellings = SPELLINGS.get(lang, {})
        self._weights: dict[str, int] = {}
        alternatives = []
        for anchor, letters in TAILORINGS.get(lang, ()):
            ((primary, *_),) = base.collation_elements(unicodedata.normalize("NFD", anchor))
            for place, letter in enumerate(letters, start=1):
                group = f"t{len(self._weights)}"
                self._weights[group] = primary * _ROOM + place
                alternatives.append((len(letter), f"(?P<{group}>{_pattern(letter, spellings)})"))
        alternatives.sort(key=lambda item: -item[0])  # "ch" before "c"
        self._tailored = re.compile("|".join(p for _, p in alternatives)) if alternatives else None
        self.key = lru_cache(maxsize=8192)(self._key)

    def _key(self, text: str) -> tuple[int, ...]:
        text = unicodedata.normalize("NFC", text)
        elements: list[tuple[int, int, int]] = []
        start = 0
        if self._tailored is not None:
            for match in self._tailored.finditer(text):
                elements += _plain(text[start:match.start()])
                case = _UPPER if match.group()[0].isupper() else _LOWER
                elements.append((self._weights[match.lastgroup or ""], _PLAIN_SECONDARY, case))
                start = match.end()
        elements += _plain(text[start:])
        key: list[int] = []
        for level in range(3):
            if level:
                key.append(0)
            key += [element[level] for element in elements if element[level]]
        return tuple(key)


def _pattern(letter: str, spellings: dict[str, str]) -> str:
    """A regular expression for `letter` in either case and its other spellings."""
    classes = []
    for ch in letter:
        chars = dict.fromkeys(ch + ch.upper() + ch.lower() + spellings.get(ch, ""))
        if ch in spellings and ch.upper() not in spellings[ch]:
            chars.pop(ch.upper(), None)  # Karakalpak ı's capital is Í, not I
        classes.append("[" + "".join(re.escape(c) for c in chars) + "]")
    return "".join(classes)


def _plain(text: str) -> list[tuple[int, int, int]]:
    if not text:
        return []
    elements = _ducet().collation_elements(unicodedata.normalize("NFD", text))
    return [(e[0] * _ROOM, e[1], e[2]) for e in elements]


_collations: dict[str, _Collation] = {}
_collations_lock = threading.Lock()


def sort_key(lang: str) -> Callable[[str], tuple[int, ...]]:
    """The key that orders names as a reader of `lang` (a kiosk language tag) expects; any other tag gets
    the root order. Safe on any thread; keys are remembered (a list of 10,000 vacancies has a few dozen
    distinct names)."""
    lang = lang if lang in TAILORINGS else "en"
    with _collations_lock:
        found = _collations.get(lang)
        if found is None:
            found = _collations[lang] = _Collation(lang)
    return found.key


def collated(names: Iterable[str], lang: str) -> list[str]:
    """`names` in the order a reader of `lang` expects; names that collate alike (O'zbek, Oʻzbek) in
    code-point order, so that every process lists them alike."""
    key = sort_key(lang)
    return sorted(names, key=lambda name: (key(name), name))


def by_name(items: Iterable[T], name: Callable[[T], str], lang: str) -> list[T]:
    """`items` ordered by their names (`name(item)`) as `collated` orders the names."""
    key = sort_key(lang)
    return sorted(items, key=lambda item: (key(name(item)), name(item)))


def prepare() -> None:
    """Read the collation table now, off the UI thread (the kiosk's warm-up), not at a screen's first sort."""
    _ducet()


def ready() -> bool:
    """Whether the collation table has been read (the kiosk reads it during its warm-up)."""
    return _base is not None
