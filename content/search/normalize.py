"""Search keys: one normaliser for both the index and the query, so whatever a traveller types meets the
registry's spelling of the same name.

`search_key` folds, in order:

1. NFKC (full-width letters, ligatures, superscripts) and removal of format characters (bidi marks, zero-width
   joiners); control characters, symbols, emoji and punctuation become word breaks.
2. Look-alike letters in a word that mixes scripts: a Cyrillic ``о`` inside ``Oʻzbek`` is the Latin ``o`` the
   traveller meant (Russian keyboard layout), not a sound to transliterate; a Latin ``e`` inside ``Сeрвис`` is
   the Cyrillic ``е``. The script with more unambiguous letters wins; an all-look-alike word follows the rest
   of the text.
3. Case folding, and every apostrophe variant (' ʻ ʼ ‘ ’ ` ´ ...) is DROPPED: ``Oʻzbek`` = ``O'zbek`` =
   ``Ozbek``, and Cyrillic ``ъ`` (written ʼ in Latin) is dropped too, so ``маъно`` = ``maʼno`` = ``mano``.
4. Cyrillic → Latin following the official Uzbek rules (``transliterate``), Russian letters included.
5. Latin diacritics are stripped (Karakalpak Á Ǵ Ń, Turkish ş → sh, ç → ch, ı → i).
6. Spelling folds so that Uzbek, Russian and "Russian-keyboard Latin" spellings meet:
   ``x`` → ``h`` and ``kh`` → ``h`` (Ҳ and Х are both Х in Russian: Ҳамкор / Хамкор / Hamkor / Khamkor),
   ``q`` → ``k`` (Қ is К in Russian), ``ye`` → ``e`` (Европа / Yevropa / Evropa; объект / obyekt),
   ``ts`` → ``s`` (Станция / stansiya / stantsiya), ``dj`` → ``j`` (Джизак / Jizzax). Doubled letters are kept
   and Ў/У are not merged: those differences are left to the fuzzy ranking, which tolerates one edit.
7. Legal forms (MChJ, XK, QK, AJ, ООО, МЧЖ, ХК, ҚК, АЖ, ОАО, ЗАО, ИП, LLC, Ltd, JSC, Inc) are dropped as whole
   words, except that a key never loses its only word (a traveller who has typed "Ip" is typing "Ipak Yoʻli",
   not a legal form) and a key of nothing but legal forms keeps its first.

The result holds only lower-case letters, digits and single spaces; it is a fixed point
(``search_key(search_key(x)) == search_key(x)``), which the index relies on.
"""

from __future__ import annotations

import re
import unicodedata

from content.search import translit

APOSTROPHES = "'ʻʼ‘’‛`´ʹʽʾʿˈˊ′ꞌ"
_DROP_APOSTROPHES = str.maketrans("", "", APOSTROPHES)
_LATIN_EXTRA = str.maketrans({"ş": "sh", "ç": "ch", "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d",
                              "ł": "l", "ð": "d", "þ": "th", "ŋ": "ng"})
_FOLD_CHARS = str.maketrans({"x": "h", "q": "k"})
_FOLD_KH = re.compile(r"k+h")
_FOLD_PAIRS = re.compile(r"d+j|t+s|y+e")
_LEGAL_FORMS = frozenset({"mchj", "xk", "qk", "aj", "ooo", "oao", "zao", "ip", "llc", "ltd", "jsc", "inc"})


def _fold_spelling(text: str) -> str:
    text = _FOLD_KH.sub("h", text.translate(_FOLD_CHARS))
    return _FOLD_PAIRS.sub(lambda m: m.group()[-1], text)


_FOLDED_LEGAL_FORMS = frozenset(_fold_spelling(form) for form in _LEGAL_FORMS)


def _char_class(ch: str) -> str:
    """'k' keep (a letter), the ASCII digit a digit means, '' drop (format char, mark), ' ' word break."""
    cat = unicodedata.category(ch)
    if cat[0] == "L":
        return "k"
    if cat == "Nd":
        return str(unicodedata.decimal(ch))
    if cat in ("Cf", "Mn", "Me"):
        return ""
    return " "


def _clean(text: str) -> str:
    """Keep letters and digits; everything else becomes a space or disappears (format chars, marks)."""
    if text.isascii():
        return re.sub(r"[^a-z0-9]+", " ", text)
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch if ch.isalnum() else " ")
        else:
            kind = _char_class(ch)
            out.append(ch if kind == "k" else kind)
    return "".join(out)


def _strip_marks(text: str) -> str:
    """Drop Latin diacritics; Cyrillic is already transliterated so й and ё are safe."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))
    kept = kept.translate(_LATIN_EXTRA)
    # Accented Cyrillic the table does not list (ѐ, ӣ) is plain Cyrillic now: transliterate it too.
    return translit.transliterate(kept) if translit.has_cyrillic(kept) else kept


def search_key(text: str) -> str:
    """The comparable form of a name, handle or query (see the module docstring for every fold)."""
    if not text:
        return ""
    # Apostrophes go before NFKC too: it turns ´ into a space and a combining accent.
    text = unicodedata.normalize("NFKC", text.translate(_DROP_APOSTROPHES))
    if not text.isascii():
        text = translit.resolve_lookalikes(text)
    text = text.casefold().translate(_DROP_APOSTROPHES)
    if not text.isascii():
        # lower() too: Cherokee case-folds to its upper-case letters.
        text = _strip_marks(translit.transliterate(text.lower()))
    words = _fold_spelling(_clean(text)).split()
    if len(words) > 1:
        kept = [w for w in words if w not in _FOLDED_LEGAL_FORMS]
        words = kept or words[:1]
    return " ".join(words)


def digits_key(text: str) -> str:
    """Only the digits (any script's digits as ASCII), for licence numbers, tax ids and phones."""
    if text.isascii():
        return re.sub(r"[^0-9]+", "", text)
    return "".join(str(unicodedata.decimal(ch)) for ch in text if unicodedata.category(ch) == "Nd")


def phone_key(text: str) -> str:
    """A phone number's digits without Uzbekistan's country code: +998 90 123-45-67 → 901234567."""
    digits = digits_key(text)
    if len(digits) == 12 and digits.startswith("998"):
        return digits[3:]
    if len(digits) == 14 and digits.startswith("00998"):
        return digits[5:]
    return digits


_URL_PREFIX = re.compile(r"^(?:[a-z][a-z0-9+.-]*:/*)?(?:www\d?\.)?", re.IGNORECASE)
_TELEGRAM_PREFIX = re.compile(r"^(?:(?:https?:/*)?(?:www\.)?(?:t|telegram)\.(?:me|dog)/+)?@?", re.IGNORECASE)


def host_key(text: str) -> str:
    """A website's host without scheme, ``www.``, port, path or final dot: https://www.Ish.uz/a → ish.uz."""
    text = unicodedata.normalize("NFKC", text).strip().casefold()
    text = _URL_PREFIX.sub("", text, count=1)
    text = re.split(r"[/?#:\s]", text, maxsplit=1)[0]
    return text.strip(".")


def handle_key(text: str) -> str:
    """A Telegram handle without ``@`` or ``t.me/``: https://t.me/Ishchi_Kerak → ishchi_kerak."""
    text = unicodedata.normalize("NFKC", text).strip()
    text = _TELEGRAM_PREFIX.sub("", text, count=1)
    return re.split(r"[/?#\s]", text, maxsplit=1)[0].casefold()
