"""The phone-only phrases (server/phone/words.py) in the kiosk's four further UI languages: Karakalpak (Latin
alphabet, as on the kiosk), Kazakh, Kyrgyz and Tajik.

Every text here is a machine-assisted translation that needs review by a native speaker, exactly as the
kiosk's own catalogues mark their kaa/kk/ky/tg entries (translatorcomment `REVIEW` in translations/*.ts);
docs/phone.md says so too. A reviewer corrects a line here and removes its language from `UNREVIEWED` once
every phrase of that language has been read.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

REVIEW = "Machine-assisted translation: needs review by a native speaker."
UNREVIEWED: frozenset[str] = frozenset({"kaa", "kk", "ky", "tg"})

# {English key: {lang: text}}, the keys of words._PHONE.
PHRASES: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "Migration information": {
        "kaa": "Migraciya boyınsha maǵlıwmat", "kk": "Көші-қон туралы ақпарат",
        "ky": "Миграция боюнча маалымат", "tg": "Маълумот дар бораи муҳоҷират"},
    "Home": {"kaa": "Bas bet", "kk": "Басты бет", "ky": "Башкы бет", "tg": "Саҳифаи асосӣ"},
    "Agency name, licence number or phone": {
        "kaa": "Agentlik atı, licenziya nomeri yamasa telefon",
        "kk": "Агенттік атауы, лицензия нөмірі немесе телефон",
        "ky": "Агенттиктин аталышы, лицензиянын номери же телефон",
        "tg": "Номи агентӣ, рақами иҷозатнома ё телефон"},
    "Search": {"kaa": "Izlew", "kk": "Іздеу", "ky": "Издөө", "tg": "Ҷустуҷӯ"},
    "Results": {"kaa": "Nátiyjeler", "kk": "Нәтижелер", "ky": "Натыйжалар", "tg": "Натиҷаҳо"},
    "Page not found": {
        "kaa": "Bet tabılmadı", "kk": "Бет табылмады", "ky": "Барак табылган жок", "tg": "Саҳифа ёфт нашуд"},
    "This page does not exist or is no longer available.": {
        "kaa": "Bunday bet joq yamasa endi qoljetimli emes.",
        "kk": "Мұндай бет жоқ немесе енді қолжетімсіз.",
        "ky": "Мындай барак жок же мындан ары жеткиликсиз.",
        "tg": "Чунин саҳифа вуҷуд надорад ё дигар дастрас нест."},
    "Go to the home page": {
        "kaa": "Bas betke ótiw", "kk": "Басты бетке өту", "ky": "Башкы бетке өтүү",
        "tg": "Ба саҳифаи асосӣ гузаштан"},
    "Not available yet": {
        "kaa": "Házirshe qoljetimli emes", "kk": "Әзірге қолжетімсіз", "ky": "Азырынча жеткиликсиз",
        "tg": "Ҳоло дастрас нест"},
    "The information has not been published yet. Please try again later.": {
        "kaa": "Maǵlıwmat ele járiyalanbaǵan. Keyinirek qaytadan urınıp kóriń.",
        "kk": "Ақпарат әлі жарияланған жоқ. Кейінірек қайталап көріңіз.",
        "ky": "Маалымат али жарыяланган жок. Кийинчерээк кайра аракет кылыңыз.",
        "tg": "Маълумот ҳанӯз нашр нашудааст. Лутфан, баъдтар боз кӯшиш кунед."},
    "The registry data is more than {days} days old. The licence may have changed since.": {
        "kaa": "Reestr maǵlıwmatları {days} kúnnen eski. Sonnan beri licenziya ózgergen bolıwı múmkin.",
        "kk": "Тізілім деректері {days} күннен ескі. Содан бері лицензия өзгерген болуы мүмкін.",
        "ky": "Реестрдин маалыматтары {days} күндөн эски. Андан бери лицензия өзгөргөн болушу мүмкүн.",
        "tg": "Маълумоти феҳрист аз {days} рӯз кӯҳнатар аст. Шояд аз он вақт иҷозатнома тағйир ёфта бошад."},
    "Call the Migration Agency's hotline to report it.": {
        "kaa": "Bul haqqında xabar beriw ushın Migraciya agentliginiń isenim telefonına qońıraw etiń.",
        "kk": "Бұл туралы хабарлау үшін Көші-қон агенттігінің сенім телефонына қоңырау шалыңыз.",
        "ky": "Бул тууралуу билдирүү үчүн Миграция агенттигинин ишеним телефонуна чалыңыз.",
        "tg": "Барои хабар додан ба хати боварии Агентии муҳоҷират занг занед."},
    "Report by phone": {
        "kaa": "Telefon arqalı xabar beriń", "kk": "Телефон арқылы хабарлау",
        "ky": "Телефон аркылуу билдирүү",
        "tg": "Тавассути телефон хабар диҳед"},
    "No agency or warning-list entry matches what you typed.": {
        "kaa": "Siz jazǵan sózge sáykes agentlik te, eskertiw dizimindegi jazıw da tabılmadı.",
        "kk": "Сіз жазған сөзге сәйкес агенттік те, ескерту тізіміндегі жазба да табылмады.",
        "ky": "Сиз жазган сөзгө дал келген агенттик да, эскертүү тизмесиндеги жазуу да табылган жок.",
        "tg": "Ба он чи шумо навиштед, на агентӣ ва на сабте аз рӯйхати огоҳӣ мувофиқ омад."},
    "Type at least one letter or digit.": {
        "kaa": "Keminde bir hárip yamasa san jazıń.", "kk": "Кемінде бір әріп не сан жазыңыз.",
        "ky": "Жок дегенде бир тамга же сан жазыңыз.", "tg": "Ақаллан як ҳарф ё рақам нависед."},
    "Licence number": {
        "kaa": "Licenziya nomeri", "kk": "Лицензия нөмірі", "ky": "Лицензиянын номери",
        "tg": "Рақами иҷозатнома"},
    "Status": {"kaa": "Jaǵdayı", "kk": "Мәртебесі", "ky": "Абалы", "tg": "Ҳолат"},
    "Where to get help in person": {
        "kaa": "Járdemdi jeke ózińiz qay jerden alıwǵa boladı",
        "kk": "Көмекті жеке өзіңіз қайдан алуға болады",
        "ky": "Жардамды жеке өзүңүз кайдан алсаңыз болот",
        "tg": "Кӯмакро шахсан аз куҷо гирифтан мумкин аст"},
    "What the “Xorijda ish” platform offers": {
        "kaa": "“Xorijda ish” platformasınıń xızmetleri", "kk": "“Xorijda ish” платформасының қызметтері",
        "ky": "“Xorijda ish” платформасынын кызматтары", "tg": "Хизматҳои платформаи “Xorijda ish”"},
    "Show on the map": {
        "kaa": "Kartada kórsetiw", "kk": "Картадан көрсету", "ky": "Картадан көрсөтүү",
        "tg": "Дар харита нишон додан"},
    "Open ›": {"kaa": "Ashıw ›", "kk": "Ашу ›", "ky": "Ачуу ›", "tg": "Кушодан ›"},
    "Open on the platform ›": {
        "kaa": "Platformada ashıw ›", "kk": "Платформада ашу ›", "ky": "Платформада ачуу ›",
        "tg": "Дар платформа кушодан ›"},
    "Phone of the agency: {phone}": {
        "kaa": "Agentlik telefonı: {phone}", "kk": "Агенттік телефоны: {phone}",
        "ky": "Агенттиктин телефону: {phone}", "tg": "Телефони агентӣ: {phone}"},
})
STATUS: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "active": {"kaa": "ámelde", "kk": "қолданыста", "ky": "күчүндө", "tg": "амал мекунад"},
    "suspended": {"kaa": "toqtatılǵan", "kk": "тоқтатылған", "ky": "токтотулган", "tg": "боздошта шудааст"},
    "revoked": {"kaa": "biykar etilgen", "kk": "қайтарып алынған", "ky": "кайтарылып алынган",
                "tg": "бекор карда шудааст"},
    "expired": {"kaa": "múddeti ótken", "kk": "мерзімі өткен", "ky": "мөөнөтү бүткөн",
                "tg": "мӯҳлаташ гузаштааст"},
    "warning": {"kaa": "eskertiw diziminde", "kk": "ескерту тізімінде", "ky": "эскертүү тизмесинде",
                "tg": "дар рӯйхати огоҳӣ"},
})
