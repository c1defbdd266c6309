"""The one collation (content/collation.py): each UI language's alphabet order on the letters that set
it apart.

Each expected list is written in the order of the language's alphabet (the sources are in the module's
docstring); the test sorts it from a shuffled copy.
"""

from __future__ import annotations

import importlib.util
import random
import threading

import pytest

import content.locale_text
from content.collation import by_name, collated, sort_key
from content.languages import UI_LANGUAGES

ALPHABET_ORDER = {
    # A–Z (no C, W), then Oʻ Gʻ Sh Ch Ng; ʻ written four ways.
    "uz-Latn": ["Aka", "Gul", "Hosil", "Nafas", "Ozod", "Qum", "Sabr", "Uzum", "Xalq", "Yoz", "Zamin",
                "Oʻrik", "Gʻalla", "Shahar", "Choy", "Ngmo"],
    # The Russian letters (Ё its own letter after Е), then Ў Қ Ғ Ҳ.
    "uz-Cyrl": ["Анор", "Галла", "Ер", "Ёз", "Жон", "Кум", "Урик", "Хосил", "Чой", "Шаҳар", "Яшил",
                "Ўрик", "Қум", "Ғалла", "Ҳосил"],
    # А Ә Б ... Е Ё ... К Қ ... Н Ң О Ө ... У Ұ Ү Ф Х Һ Ц ... Ы І Ь Э Ю Я
    "kk": ["Ана", "Әже", "Бала", "Еж", "Ёж", "Жол", "Кітап", "Қала", "Ләззат", "Нан", "Ңа", "Орын", "Өрік",
           "Пан", "Ут", "Ұлт", "Үй", "Фа", "Хан", "Һа", "Цех", "Ыдыс", "Ілім", "Ьа", "Эра", "Юрта", "Ява"],
    # Н Ң О Ө ... У Ү Ф, Ё after Е
    "ky": ["Ана", "Еж", "Ёж", "Жол", "Нан", "Ңа", "Орун", "Өрүк", "Пан", "Ут", "Үй", "Фа", "Ява"],
    # Г Ғ ... Е Ё ... И Ӣ Й К Қ ... У Ӯ Ф Х Ҳ Ч Ҷ Ш
    "tg": ["Гул", "Ғалла", "Дил", "Ер", "Ёр", "Жола", "Ин", "Ӣ", "Йод", "Кабк", "Қалъа", "Лола", "Ут", "Ӯ",
           "Фа", "Хат", "Ҳосил", "Чой", "Ҷон", "Шаб"],
    # A Á B D E F G Ǵ H X Í(ı) I J K Q L M N Ń O Ó P R S T U Ú V W Y Z Sh C Ch
    "kaa": ["Aqsha", "Ádebiyat", "Bala", "Dárya", "Gúl", "Ǵarrı", "Hawa", "Xalıq", "ılay", "Ílım", "Iz",
            "Ishki", "Jol", "Kitap", "Qala", "Nan", "Ńa", "Orın", "Ózen", "Ul", "Úy", "Ziya", "Sheker", "Cay",
            "Chay"],
    # Ё sorts as Е (an accent, not a letter of its own), Й after И.
    "ru": ["Еда", "Ёж", "Ель", "Жук", "Италия", "Йемен", "Казахстан", "Эстония", "Япония"],
    "en": ["Åland", "apple", "Banana", "Côte d'Ivoire", "Czechia", "Zambia"],
}


def test_every_ui_language_has_its_alphabet_order_here() -> None:
    assert set(ALPHABET_ORDER) == set(UI_LANGUAGES)


@pytest.mark.parametrize("lang", sorted(ALPHABET_ORDER))
def test_names_sort_in_the_order_of_the_languages_alphabet(lang: str) -> None:
    expected = ALPHABET_ORDER[lang]
    for seed in range(5):
        shuffled = expected[:]
        random.Random(seed).shuffle(shuffled)
        assert collated(shuffled, lang) == expected, (lang, seed)
    assert collated(reversed(expected), lang) == expected


def test_uzbek_apostrophe_variants_sort_alike_after_z() -> None:
    key = sort_key("uz-Latn")
    spellings = ["Oʻzbekiston", "O'zbekiston", "O`zbekiston", "Oʼzbekiston", "O‘zbekiston", "O’zbekiston"]
    assert len({key(s) for s in spellings}) == 1
    assert key("Gʻarb") == key("G'arb") == key("G`arb") == key("Gʼarb")
    for spelling in spellings:
        names = [spelling, "Zafar", "Gʻarb", "Ozod"]
        assert collated(names, "uz-Latn") == ["Ozod", "Zafar", spelling, "Gʻarb"]


def test_case_and_accents_decide_only_between_equal_letters() -> None:
    assert collated(["shahar", "Sabr", "Shahar", "sabr"], "uz-Latn") == ["sabr", "Sabr", "shahar", "Shahar"]
    assert collated(["ELLA", "ella", "Ella"], "en") == ["ella", "Ella", "ELLA"]
    assert collated(["Qozogʻiston", "QOZOGʻISTON", "qozogʻiston"], "uz-Latn")[0] == "qozogʻiston"


def test_names_that_collate_alike_keep_one_order() -> None:
    """Two spellings of one name: code-point order decides, so that every process lists them alike."""
    assert collated(["O'zbek", "Oʻzbek"], "uz-Latn") == collated(["Oʻzbek", "O'zbek"], "uz-Latn")


def test_an_unknown_language_gets_the_root_order() -> None:
    names = ["Қала", "Кітап", "Zebra", "apple"]
    assert collated(names, "xx") == collated(names, "en")
    assert sort_key("xx") is sort_key("en")


def test_by_name_orders_items_by_their_names() -> None:
    countries = [("tr", "Түркия"), ("kz", "Қазақстан"), ("gb", "Ұлыбритания"), ("lv", "Латвия")]
    assert [c for c, _ in by_name(countries, lambda c: c[1], "kk")] == ["kz", "lv", "tr", "gb"]


def test_keys_from_many_threads_agree() -> None:
    """The vacancy list is ordered on the kiosk's worker while a screen may sort on the UI thread."""
    names = [w for words in ALPHABET_ORDER.values() for w in words]
    found: list[list[str]] = []

    def work() -> None:
        found.append(collated(names, "kk"))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(found) == 4 and all(result == found[0] for result in found)


def test_the_old_collations_are_gone() -> None:
    """One rule: the kiosk's ICU-through-Qt collation and the phone edition's plain pyuca key were two."""
    assert importlib.util.find_spec("kiosk.services.collation") is None
    assert not hasattr(content.locale_text, "sort_key")
