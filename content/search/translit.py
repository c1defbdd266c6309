"""Cyrillic → Latin, the one transliteration of the project, and the look-alike letters of mixed-script words.

The letters follow the official Uzbek Latin alphabet (Ў→oʻ, Қ→q, Ғ→gʻ, Ҳ→h, Х→x, Ш→sh, Ч→ch,
Ё/Ю/Я→yo/yu/ya, Ъ→ʼ, Ь dropped), extended to Russian (Ы→i, Э→e, Щ→sh, Ж→j, Й→y) and a few Kazakh and
Karakalpak letters, with two rules of context: Е→ye at a word start, after a vowel or after Ъ/Ь (else e),
and Ц→s at a word start or after a consonant (else ts). Two forms use them:

- `transliterate`: the search key form, on case-folded text, without apostrophes (Ў→o, Ғ→g, Ъ dropped), so
  that the index and the query agree however a traveller types oʻ;
- `to_latin`: the readable form for the Uzbek speech voice (which reads Latin script), keeping case and the
  oʻ gʻ ʼ letters ("Шаҳар"→"Shahar", "ШАҲАР"→"SHAHAR").
"""

from __future__ import annotations

import re
import unicodedata

_CYR_VOWELS = "аеёиоуўэюяыәөүұі"
_VOWELS = _CYR_VOWELS + "aeiou"

# The one letter table, in official Uzbek Latin letters. Е and Ц are here in their "else" form.
_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "x", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "ʼ", "ы": "i", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
    # Uzbek
    "ў": "oʻ", "қ": "q", "ғ": "gʻ", "ҳ": "h",
    # Kazakh, Karakalpak, Kyrgyz, Tajik, Ukrainian letters travellers may paste
    "ә": "a", "ө": "o", "ү": "u", "ұ": "u", "ң": "n", "һ": "h", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
    "ӣ": "i", "ӯ": "u", "ҷ": "j", "ҝ": "k", "ӑ": "a", "ӗ": "e", "ҫ": "s", "ј": "j", "ѕ": "s", "ԛ": "q",
    "ԝ": "w",
}  # fmt: skip
_TRANSLITERATED = frozenset(_LATIN)  # е and ц included
_SEARCH_TABLE = str.maketrans({k: v.replace("ʻ", "").replace("ʼ", "") for k, v in _LATIN.items()})

# A word start: not after a letter, nor after an apostrophe inside a word (oʻ, ʼ).
_START = r"(?<![^\W\d_])(?<![ʻʼ'])"
_YE = re.compile(rf"(?:{_START}|(?<=[{_VOWELS}ъь]))е", re.IGNORECASE)
_S = re.compile(rf"(?:{_START}|(?<=[^\W\d_])(?<![{_VOWELS}]))ц", re.IGNORECASE)


def transliterate(text: str) -> str:
    """Case-folded Cyrillic → Latin search key letters (see the module docstring); others pass through."""
    if "е" in text:
        text = _YE.sub("ye", text)
    if "ц" in text:
        text = _S.sub("s", text)
    return text.translate(_SEARCH_TABLE)


def to_latin(text: str) -> str:
    """Cyrillic → readable Latin with the oʻ gʻ ʼ letters, keeping capitals; other characters pass through."""
    if not has_cyrillic(text):
        return text
    ye = {m.start() for m in _YE.finditer(text)}
    s = {m.start() for m in _S.finditer(text)}
    out: list[str] = []
    for i, ch in enumerate(text):
        low = ch.lower()
        latin = _LATIN.get(low)
        if latin is None:
            out.append(ch)
            continue
        if (low == "е" and i in ye) or (low == "ц" and i in s):
            latin = "ye" if low == "е" else "s"
        if ch != low and latin:
            prev, nxt = text[i - 1] if i else "", text[i + 1] if i + 1 < len(text) else ""
            shouting = nxt.isupper() or (prev.isupper() and not nxt.isalpha())
            latin = latin.upper() if shouting else latin[0].upper() + latin[1:]
        out.append(latin)
    return "".join(out)


# Letters that look alike in the two scripts (case matters: Cyrillic Н looks like H, н does not look like h).
_CYR_TO_LAT = {
    "А": "A", "а": "a", "В": "B", "Е": "E", "е": "e", "К": "K", "к": "k", "М": "M", "Н": "H", "О": "O",
    "о": "o", "Р": "P", "р": "p", "С": "C", "с": "c", "Т": "T", "Х": "X", "х": "x", "У": "Y", "у": "y",
    "Ү": "Y", "ү": "y", "Һ": "H", "һ": "h", "І": "I", "і": "i", "Ј": "J", "ј": "j", "Ѕ": "S", "ѕ": "s",
    "Ԛ": "Q", "ԛ": "q", "Ԝ": "W", "ԝ": "w",
}
_LAT_TO_CYR = {
    "A": "А", "a": "а", "B": "В", "C": "С", "c": "с", "E": "Е", "e": "е", "H": "Н", "K": "К", "k": "к",
    "M": "М", "O": "О", "o": "о", "P": "Р", "p": "р", "T": "Т", "X": "Х", "x": "х", "y": "у", "Y": "У",
}
_CYR_LOOKALIKES = str.maketrans(_CYR_TO_LAT)
_LAT_LOOKALIKES = str.maketrans(_LAT_TO_CYR)
_HAS_CYRILLIC = re.compile("[\u0400-\u052f]")
_HAS_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"[^\W\d_]+")


def has_cyrillic(text: str) -> bool:
    """Whether any Cyrillic letter is left."""
    return _HAS_CYRILLIC.search(text) is not None


def _script(ch: str) -> str:
    """'c' Cyrillic, 'l' Latin, '' other; upper-case look-alikes count as the script they were typed in."""
    code = ord(ch)
    if 0x0400 <= code <= 0x052F:
        return "c"
    if ch.isascii() or 0x00C0 <= code <= 0x024F:
        return "l"
    return ""


def _transliterated(ch: str) -> bool:
    """Whether `transliterate` writes this Cyrillic letter (or its base letter, if accented) in Latin."""
    base = unicodedata.normalize("NFD", ch.lower())[:1]
    return base in _TRANSLITERATED


def _strength(word: str) -> tuple[int, int]:
    """How many letters of each script cannot be a look-alike of the other: (Cyrillic, Latin).

    A Cyrillic letter the transliteration does not know (ӄ, ԥ) counts for neither script: it stays Cyrillic
    in the search key, and if it counted there, a key's Latin look-alikes (the ``k`` that ``q`` folds to)
    would turn Cyrillic on the next pass and the key would not be a fixed point.
    """
    cyr = lat = 0
    for ch in word:
        script = _script(ch)
        if script == "c" and ch not in _CYR_TO_LAT and _transliterated(ch):
            cyr += 1
        elif script == "l" and ch not in _LAT_TO_CYR:
            lat += 1
    return cyr, lat


def resolve_lookalikes(text: str) -> str:
    """Rewrite each mixed-script word in the script it was meant in (``Оʻzbеk`` with Cyrillic О, е → Latin).

    A word whose letters are all look-alikes (``ХК``, ``Сo``) follows the text's dominant script when it mixes
    scripts or when the rest of the text is clearly written in the other script.
    """
    if not (_HAS_CYRILLIC.search(text) and _HAS_LATIN.search(text)):
        return text
    words = _WORD.findall(text)
    strengths = [_strength(w) for w in words]
    cyr_total = sum(s[0] for s in strengths)
    lat_total = sum(s[1] for s in strengths)
    context = "c" if cyr_total > lat_total else "l" if lat_total > cyr_total else ""

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        cyr, lat = _strength(word)
        mixed = len({_script(ch) for ch in word} - {""}) == 2
        if mixed:
            target = "c" if cyr > lat else "l" if lat > cyr else context or "l"
        elif cyr or lat:
            return word  # a plain word of one script
        else:
            target = context  # only look-alikes: follow the text
        if target == "l":
            return word.translate(_CYR_LOOKALIKES)
        if target == "c":
            return word.translate(_LAT_LOOKALIKES)
        return word

    return _WORD.sub(fix, text)
