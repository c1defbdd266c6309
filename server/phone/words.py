"""Words of the phone edition: the kiosk's own translations where the kiosk says the same thing, and a small
table of phone-only phrases.

A verdict must read the same on the kiosk and on the phone, so its headline, meaning and steps come from the
kiosk's Qt Linguist sources (`translations/kiosk_<lang>.ts`, by context and source text) rather than from a
second copy here. Those files are data, read with the standard library; nothing of the kiosk is imported.
A phrase missing from a catalogue falls back to its English source text. The phone-only phrases in
Karakalpak, Kazakh, Kyrgyz and Tajik are in server/phone/words_more.py, marked as machine-assisted like the
kiosk's own entries in those languages.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from content.languages import NATIVE_NAMES, UI_LANGUAGES
from server.phone import words_more

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
DEFAULT = "uz-Latn"
NAMES: Mapping[str, str] = NATIVE_NAMES

# Phone-only phrases: {key: {lang: text}}. Keys are the English text.
_PHONE: dict[str, dict[str, str]] = {
    "Migration information": {
        "uz-Latn": "Migratsiya boʻyicha maʼlumot", "uz-Cyrl": "Миграция бўйича маълумот",
        "ru": "Информация для мигрантов", "en": "Migration information"},
    "Home": {"uz-Latn": "Bosh sahifa", "uz-Cyrl": "Бош саҳифа", "ru": "Главная", "en": "Home"},
    "Agency name, licence number or phone": {
        "uz-Latn": "Agentlik nomi, litsenziya raqami yoki telefon",
        "uz-Cyrl": "Агентлик номи, лицензия рақами ёки телефон",
        "ru": "Название агентства, номер лицензии или телефон",
        "en": "Agency name, licence number or phone"},
    "Search": {"uz-Latn": "Qidirish", "uz-Cyrl": "Қидириш", "ru": "Найти", "en": "Search"},
    "Results": {"uz-Latn": "Natijalar", "uz-Cyrl": "Натижалар", "ru": "Результаты", "en": "Results"},
    "Page not found": {
        "uz-Latn": "Sahifa topilmadi", "uz-Cyrl": "Саҳифа топилмади", "ru": "Страница не найдена",
        "en": "Page not found"},
    "This page does not exist or is no longer available.": {
        "uz-Latn": "Bu sahifa mavjud emas yoki endi mavjud emas.",
        "uz-Cyrl": "Бу саҳифа мавжуд эмас ёки энди мавжуд эмас.",
        "ru": "Такой страницы нет или она больше недоступна.",
        "en": "This page does not exist or is no longer available."},
    "Go to the home page": {
        "uz-Latn": "Bosh sahifaga oʻtish", "uz-Cyrl": "Бош саҳифага ўтиш", "ru": "Перейти на главную",
        "en": "Go to the home page"},
    "Not available yet": {
        "uz-Latn": "Hozircha mavjud emas", "uz-Cyrl": "Ҳозирча мавжуд эмас", "ru": "Пока недоступно",
        "en": "Not available yet"},
    "The information has not been published yet. Please try again later.": {
        "uz-Latn": "Maʼlumot hali eʼlon qilinmagan. Keyinroq qayta urinib koʻring.",
        "uz-Cyrl": "Маълумот ҳали эълон қилинмаган. Кейинроқ қайта уриниб кўринг.",
        "ru": "Информация ещё не опубликована. Попробуйте позже.",
        "en": "The information has not been published yet. Please try again later."},
    "The registry data is more than {days} days old. The licence may have changed since.": {
        "uz-Latn": "Reyestr maʼlumotlari {days} kundan eski. "
                   "Shundan beri litsenziya oʻzgargan boʻlishi mumkin.",
        "uz-Cyrl": "Реестр маълумотлари {days} кундан эски. Шундан бери лицензия ўзгарган бўлиши мумкин.",
        "ru": "Данным реестра больше {days} дн. С тех пор лицензия могла измениться.",
        "en": "The registry data is more than {days} days old. The licence may have changed since."},
    "Call the Migration Agency's hotline to report it.": {
        "uz-Latn": "Bu haqda xabar berish uchun Migratsiya agentligining ishonch telefoniga "
                   "qoʻngʻiroq qiling.",
        "uz-Cyrl": "Бу ҳақда хабар бериш учун Миграция агентлигининг ишонч телефонига қўнғироқ қилинг.",
        "ru": "Сообщите об этом по горячей линии Агентства по миграции.",
        "en": "Call the Migration Agency's hotline to report it."},
    "Report by phone": {
        "uz-Latn": "Telefon orqali xabar bering", "uz-Cyrl": "Телефон орқали хабар беринг",
        "ru": "Сообщить по телефону", "en": "Report by phone"},
    "No agency or warning-list entry matches what you typed.": {
        "uz-Latn": "Siz yozgan soʻzga mos agentlik ham, ogohlantirish roʻyxatidagi yozuv ham topilmadi.",
        "uz-Cyrl": "Сиз ёзган сўзга мос агентлик ҳам, огоҳлантириш рўйхатидаги ёзув ҳам топилмади.",
        "ru": "Ни агентства, ни записи в списке предупреждений по вашему запросу не найдено.",
        "en": "No agency or warning-list entry matches what you typed."},
    "Type at least one letter or digit.": {
        "uz-Latn": "Kamida bitta harf yoki raqam yozing.", "uz-Cyrl": "Камида битта ҳарф ёки рақам ёзинг.",
        "ru": "Введите хотя бы одну букву или цифру.", "en": "Type at least one letter or digit."},
    "Licence number": {
        "uz-Latn": "Litsenziya raqami", "uz-Cyrl": "Лицензия рақами", "ru": "Номер лицензии",
        "en": "Licence number"},
    "Status": {"uz-Latn": "Holati", "uz-Cyrl": "Ҳолати", "ru": "Статус", "en": "Status"},
    "Where to get help in person": {
        "uz-Latn": "Yordamni shaxsan qayerdan olish mumkin", "uz-Cyrl": "Ёрдамни шахсан қаердан олиш мумкин",
        "ru": "Где получить помощь лично", "en": "Where to get help in person"},
    "What the “Xorijda ish” platform offers": {
        "uz-Latn": "“Xorijda ish” platformasi xizmatlari", "uz-Cyrl": "“Xorijda ish” платформаси хизматлари",
        "ru": "Что предлагает платформа «Xorijda ish»", "en": "What the “Xorijda ish” platform offers"},
    "Show on the map": {
        "uz-Latn": "Xaritada koʻrsatish", "uz-Cyrl": "Харитада кўрсатиш", "ru": "Показать на карте",
        "en": "Show on the map"},
    "Open ›": {"uz-Latn": "Ochish ›", "uz-Cyrl": "Очиш ›", "ru": "Открыть ›", "en": "Open ›"},
    "Open on the platform ›": {
        "uz-Latn": "Platformada ochish ›", "uz-Cyrl": "Платформада очиш ›", "ru": "Открыть на платформе ›",
        "en": "Open on the platform ›"},
    "Phone of the agency: {phone}": {
        "uz-Latn": "Agentlik telefoni: {phone}", "uz-Cyrl": "Агентлик телефони: {phone}",
        "ru": "Телефон агентства: {phone}", "en": "Phone of the agency: {phone}"},
}
_STATUS = {
    "active": {"uz-Latn": "amalda", "uz-Cyrl": "амалда", "ru": "действует", "en": "active"},
    "suspended": {"uz-Latn": "toʻxtatilgan", "uz-Cyrl": "тўхтатилган", "ru": "приостановлена",
                  "en": "suspended"},
    "revoked": {"uz-Latn": "bekor qilingan", "uz-Cyrl": "бекор қилинган", "ru": "отозвана", "en": "revoked"},
    "expired": {"uz-Latn": "muddati tugagan", "uz-Cyrl": "муддати тугаган", "ru": "истекла", "en": "expired"},
    "warning": {"uz-Latn": "ogohlantirish roʻyxatida", "uz-Cyrl": "огоҳлантириш рўйхатида",
                "ru": "в списке предупреждений", "en": "on the warning list"},
}

for _key, _texts in words_more.PHRASES.items():
    _PHONE[_key].update(_texts)
for _key, _texts in words_more.STATUS.items():
    _STATUS[_key].update(_texts)


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
        text = _PHONE.get(key, {}).get(self.lang, key)
        return text.format(**values) if values else text

    def kiosk(self, context: str, source: str, /, **values: object) -> str:
        text = _catalogue(self.lang).get((context, source), source)
        return text.format(**values) if values else text

    def status(self, status: str) -> str:
        return _STATUS.get(status, {}).get(self.lang, status)
