"""Uzbekistan's regions (viloyatlar), the Republic of Karakalpakstan and Tashkent city: the ids content uses
for an office at home, and their names in every language, so a traveller can filter by where they live."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from content.languages import content_language

# id -> (uz-Latn, uz-Cyrl, ru, en), in the order the kiosk lists them.
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "tashkent-city": ("Toshkent shahri", "Тошкент шаҳри", "г. Ташкент", "Tashkent city"),
    "tashkent": ("Toshkent viloyati", "Тошкент вилояти", "Ташкентская обл.", "Tashkent region"),
    "andijan": ("Andijon", "Андижон", "Андижан", "Andijan"),
    "bukhara": ("Buxoro", "Бухоро", "Бухара", "Bukhara"),
    "fergana": ("Fargʻona", "Фарғона", "Фергана", "Fergana"),
    "jizzakh": ("Jizzax", "Жиззах", "Джизак", "Jizzakh"),
    "kashkadarya": ("Qashqadaryo", "Қашқадарё", "Кашкадарья", "Kashkadarya"),
    "khorezm": ("Xorazm", "Хоразм", "Хорезм", "Khorezm"),
    "namangan": ("Namangan", "Наманган", "Наманган", "Namangan"),
    "navoi": ("Navoiy", "Навоий", "Навои", "Navoi"),
    "samarkand": ("Samarqand", "Самарқанд", "Самарканд", "Samarkand"),
    "surkhandarya": ("Surxondaryo", "Сурхондарё", "Сурхандарья", "Surkhandarya"),
    "syrdarya": ("Sirdaryo", "Сирдарё", "Сырдарья", "Syrdarya"),
    "karakalpakstan": ("Qoraqalpogʻiston", "Қорақалпоғистон", "Каракалпакстан", "Karakalpakstan"),
}
_LANGS = ("uz-Latn", "uz-Cyrl", "ru", "en")
REGIONS: tuple[str, ...] = tuple(_NAMES)
REGION_NAMES: Mapping[str, Mapping[str, str]] = MappingProxyType({
    region: MappingProxyType(dict(zip(_LANGS, names, strict=True))) for region, names in _NAMES.items()
})


def region_name(region: str, lang: str) -> str:
    """The region's name in `lang`, or for the kiosk's further UI languages in the language their content
    falls back to (content.languages: Karakalpak reads the Uzbek Latin name, Kazakh the Russian); the id
    itself for an unknown region, so nothing is ever blank."""
    return REGION_NAMES.get(region, {}).get(content_language(lang), region)
