"""The phone edition's own phrases, one table per language: {English key: text}, looked up by
`server.phone.words.Words`. Where the kiosk says the same thing, the phone takes the kiosk's translation
instead (words.py); only what the kiosk never says is here.

The Karakalpak (Latin alphabet, as on the kiosk), Kazakh, Kyrgyz and Tajik tables are machine-assisted
translations that need review by a native speaker, exactly as the kiosk's own catalogues mark their entries
in those languages (translatorcomment `REVIEW` in translations/*.ts); docs/phone.md says so too. A reviewer
corrects a line and removes its language from `UNREVIEWED` once every phrase of that language has been read.
A test checks that every table has the same keys and the same `{placeholders}`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

REVIEW = "Machine-assisted translation: needs review by a native speaker."
UNREVIEWED: frozenset[str] = frozenset({"kaa", "kk", "ky", "tg"})

_TABLES: dict[str, dict[str, str]] = {
    "uz-Latn": {
        "Migration information": "Migratsiya boʻyicha maʼlumot",
        "Home": "Bosh sahifa",
        "Agency name, licence number or phone": "Agentlik nomi, litsenziya raqami yoki telefon",
        "Search": "Qidirish",
        "Results": "Natijalar",
        "Page not found": "Sahifa topilmadi",
        "This page does not exist or is no longer available.": "Bu sahifa mavjud emas yoki endi mavjud emas.",
        "Go to the home page": "Bosh sahifaga oʻtish",
        "Not available yet": "Hozircha mavjud emas",
        "The information has not been published yet. Please try again later.":
            "Maʼlumot hali eʼlon qilinmagan. Keyinroq qayta urinib koʻring.",
        "The registry data is more than {days} days old. The licence may have changed since.":
            "Reyestr maʼlumotlari {days} kundan eski. Shundan beri litsenziya oʻzgargan boʻlishi mumkin.",
        "Call the Migration Agency's hotline to report it.":
            "Bu haqda xabar berish uchun Migratsiya agentligining ishonch telefoniga qoʻngʻiroq qiling.",
        "Report by phone": "Telefon orqali xabar bering",
        "No agency or warning-list entry matches what you typed.":
            "Siz yozgan soʻzga mos agentlik ham, ogohlantirish roʻyxatidagi yozuv ham topilmadi.",
        "Type at least one letter or digit.": "Kamida bitta harf yoki raqam yozing.",
        "Licence number": "Litsenziya raqami",
        "Status": "Holati",
        "Where to get help in person": "Yordamni shaxsan qayerdan olish mumkin",
        "What the “Xorijda ish” platform offers": "“Xorijda ish” platformasi xizmatlari",
        "Show on the map": "Xaritada koʻrsatish",
        "Open ›": "Ochish ›",
        "Open on the platform ›": "Platformada ochish ›",
        "Phone of the agency: {phone}": "Agentlik telefoni: {phone}",
        "Jobs abroad from licensed agencies only": "Faqat litsenziyali agentliklardan xorijdagi ishlar",
        "Type of work": "Ish turi",
        "Page {page} of {pages}": "Sahifa: {page} / {pages}",
        "‹ Previous page": "‹ Oldingi sahifa",
        "Next page ›": "Keyingi sahifa ›",
        "This vacancy is no longer open": "Bu vakansiya endi ochiq emas",
        "It closed on {date}.": "U {date} kuni yopilgan.",
        "Its agency may no longer recruit workers.":
            "Uning agentligi endi ishchi yollay olmaydi.",
        "The registry data is too old to confirm the agency's licence, so no vacancy is shown.":
            "Reyestr maʼlumotlari agentlik litsenziyasini tasdiqlash uchun juda eski, shuning uchun "
            "vakansiyalar koʻrsatilmaydi.",
        "The agency's status now ›": "Agentlikning hozirgi holati ›",
        "See the open vacancies ›": "Ochiq vakansiyalarni koʻrish ›",
        "What is required": "Nima talab qilinadi",
        "Recruiting agency": "Yollovchi agentlik",
        "Being updated": "Yangilanmoqda",
        "The information is being prepared. This page will open in a moment.":
            "Maʼlumot tayyorlanmoqda. Bu sahifa birozdan keyin ochiladi.",
        "Try again": "Qayta urinish",
    },
    "uz-Cyrl": {
        "Migration information": "Миграция бўйича маълумот",
        "Home": "Бош саҳифа",
        "Agency name, licence number or phone": "Агентлик номи, лицензия рақами ёки телефон",
        "Search": "Қидириш",
        "Results": "Натижалар",
        "Page not found": "Саҳифа топилмади",
        "This page does not exist or is no longer available.": "Бу саҳифа мавжуд эмас ёки энди мавжуд эмас.",
        "Go to the home page": "Бош саҳифага ўтиш",
        "Not available yet": "Ҳозирча мавжуд эмас",
        "The information has not been published yet. Please try again later.":
            "Маълумот ҳали эълон қилинмаган. Кейинроқ қайта уриниб кўринг.",
        "The registry data is more than {days} days old. The licence may have changed since.":
            "Реестр маълумотлари {days} кундан эски. Шундан бери лицензия ўзгарган бўлиши мумкин.",
        "Call the Migration Agency's hotline to report it.":
            "Бу ҳақда хабар бериш учун Миграция агентлигининг ишонч телефонига қўнғироқ қилинг.",
        "Report by phone": "Телефон орқали хабар беринг",
        "No agency or warning-list entry matches what you typed.":
            "Сиз ёзган сўзга мос агентлик ҳам, огоҳлантириш рўйхатидаги ёзув ҳам топилмади.",
        "Type at least one letter or digit.": "Камида битта ҳарф ёки рақам ёзинг.",
        "Licence number": "Лицензия рақами",
        "Status": "Ҳолати",
        "Where to get help in person": "Ёрдамни шахсан қаердан олиш мумкин",
        "What the “Xorijda ish” platform offers": "“Xorijda ish” платформаси хизматлари",
        "Show on the map": "Харитада кўрсатиш",
        "Open ›": "Очиш ›",
        "Open on the platform ›": "Платформада очиш ›",
        "Phone of the agency: {phone}": "Агентлик телефони: {phone}",
        "Jobs abroad from licensed agencies only": "Фақат лицензияли агентликлардан хориждаги ишлар",
        "Type of work": "Иш тури",
        "Page {page} of {pages}": "Саҳифа: {page} / {pages}",
        "‹ Previous page": "‹ Олдинги саҳифа",
        "Next page ›": "Кейинги саҳифа ›",
        "This vacancy is no longer open": "Бу вакансия энди очиқ эмас",
        "It closed on {date}.": "У {date} куни ёпилган.",
        "Its agency may no longer recruit workers.":
            "Унинг агентлиги энди ишчи ёллай олмайди.",
        "The registry data is too old to confirm the agency's licence, so no vacancy is shown.":
            "Реестр маълумотлари агентлик лицензиясини тасдиқлаш учун жуда эски, шунинг учун вакансиялар "
            "кўрсатилмайди.",
        "The agency's status now ›": "Агентликнинг ҳозирги ҳолати ›",
        "See the open vacancies ›": "Очиқ вакансияларни кўриш ›",
        "What is required": "Нима талаб қилинади",
        "Recruiting agency": "Ёлловчи агентлик",
        "Being updated": "Янгиланмоқда",
        "The information is being prepared. This page will open in a moment.":
            "Маълумот тайёрланмоқда. Бу саҳифа бироздан кейин очилади.",
        "Try again": "Қайта уриниш",
    },
    "ru": {
        "Migration information": "Информация для мигрантов",
        "Home": "Главная",
        "Agency name, licence number or phone": "Название агентства, номер лицензии или телефон",
        "Search": "Найти",
        "Results": "Результаты",
        "Page not found": "Страница не найдена",
        "This page does not exist or is no longer available.":
            "Такой страницы нет или она больше недоступна.",
        "Go to the home page": "Перейти на главную",
        "Not available yet": "Пока недоступно",
        "The information has not been published yet. Please try again later.":
            "Информация ещё не опубликована. Попробуйте позже.",
        "The registry data is more than {days} days old. The licence may have changed since.":
            "Данным реестра больше {days} дн. С тех пор лицензия могла измениться.",
        "Call the Migration Agency's hotline to report it.":
            "Сообщите об этом по горячей линии Агентства по миграции.",
        "Report by phone": "Сообщить по телефону",
        "No agency or warning-list entry matches what you typed.":
            "Ни агентства, ни записи в списке предупреждений по вашему запросу не найдено.",
        "Type at least one letter or digit.": "Введите хотя бы одну букву или цифру.",
        "Licence number": "Номер лицензии",
        "Status": "Статус",
        "Where to get help in person": "Где получить помощь лично",
        "What the “Xorijda ish” platform offers": "Что предлагает платформа «Xorijda ish»",
        "Show on the map": "Показать на карте",
        "Open ›": "Открыть ›",
        "Open on the platform ›": "Открыть на платформе ›",
        "Phone of the agency: {phone}": "Телефон агентства: {phone}",
        "Jobs abroad from licensed agencies only": "Работа за рубежом только от лицензированных агентств",
        "Type of work": "Вид работы",
        "Page {page} of {pages}": "Страница {page} из {pages}",
        "‹ Previous page": "‹ Предыдущая страница",
        "Next page ›": "Следующая страница ›",
        "This vacancy is no longer open": "Эта вакансия больше не открыта",
        "It closed on {date}.": "Приём закрыт {date}.",
        "Its agency may no longer recruit workers.":
            "Её агентство больше не может набирать работников.",
        "The registry data is too old to confirm the agency's licence, so no vacancy is shown.":
            "Данные реестра слишком старые, чтобы подтвердить лицензию агентства, поэтому вакансии не "
            "показываются.",
        "The agency's status now ›": "Статус агентства сейчас ›",
        "See the open vacancies ›": "Открытые вакансии ›",
        "What is required": "Что требуется",
        "Recruiting agency": "Агентство по найму",
        "Being updated": "Идёт обновление",
        "The information is being prepared. This page will open in a moment.":
            "Информация готовится. Страница откроется через минуту.",
        "Try again": "Повторить",
    },
    "en": {
        "Migration information": "Migration information",
        "Home": "Home",
        "Agency name, licence number or phone": "Agency name, licence number or phone",
        "Search": "Search",
        "Results": "Results",
        "Page not found": "Page not found",
        "This page does not exist or is no longer available.":
            "This page does not exist or is no longer available.",
        "Go to the home page": "Go to the home page",
        "Not available yet": "Not available yet",
        "The information has not been published yet. Please try again later.":
            "The information has not been published yet. Please try again later.",
        "The registry data is more than {days} days old. The licence may have changed since.":
            "The registry data is more than {days} days old. The licence may have changed since.",
        "Call the Migration Agency's hotline to report it.":
            "Call the Migration Agency's hotline to report it.",
        "Report by phone": "Report by phone",
        "No agency or warning-list entry matches what you typed.":
            "No agency or warning-list entry matches what you typed.",
        "Type at least one letter or digit.": "Type at least one letter or digit.",
        "Licence number": "Licence number",
        "Status": "Status",
        "Where to get help in person": "Where to get help in person",
        "What the “Xorijda ish” platform offers": "What the “Xorijda ish” platform offers",
        "Show on the map": "Show on the map",
        "Open ›": "Open ›",
        "Open on the platform ›": "Open on the platform ›",
        "Phone of the agency: {phone}": "Phone of the agency: {phone}",
        "Jobs abroad from licensed agencies only": "Jobs abroad from licensed agencies only",
        "Type of work": "Type of work",
        "Page {page} of {pages}": "Page {page} of {pages}",
        "‹ Previous page": "‹ Previous page",
        "Next page ›": "Next page ›",
        "This vacancy is no longer open": "This vacancy is no longer open",
        "It closed on {date}.": "It closed on {date}.",
        "Its agency may no longer recruit workers.":
            "Its agency may no longer recruit workers.",
        "The registry data is too old to confirm the agency's licence, so no vacancy is shown.":
            "The registry data is too old to confirm the agency's licence, so no vacancy is shown.",
        "The agency's status now ›": "The agency's status now ›",
        "See the open vacancies ›": "See the open vacancies ›",
        "What is required": "What is required",
        "Recruiting agency": "Recruiting agency",
        "Being updated": "Being updated",
        "The information is being prepared. This page will open in a moment.":
            "The information is being prepared. This page will open in a moment.",
        "Try again": "Try again",
    },
    "kaa": {
        "Migration information": "Migraciya boyınsha maǵlıwmat",
        "Home": "Bas bet",
        "Agency name, licence number or phone": "Agentlik atı, licenziya nomeri yamasa telefon",
        "Search": "Izlew",
        "Results": "Nátiyjeler",
        "Page not found": "Bet tabılmadı",
        "This page does not exist or is no longer available.": "Bunday bet joq yamasa endi qoljetimli emes.",
        "Go to the home page": "Bas betke ótiw",
        "Not available yet": "Házirshe qoljetimli emes",
        "The information has not been published yet. Please try again later.":
            "Maǵlıwmat ele járiyalanbaǵan. Keyinirek qaytadan urınıp kóriń.",
        "The registry data is more than {days} days old. The licence may have changed since.":
            "Reestr maǵlıwmatları {days} kúnnen eski. Sonnan beri licenziya ózgergen bolıwı múmkin.",
        "Call the Migration Agency's hotline to report it.":
            "Bul haqqında xabar beriw ushın Migraciya agentliginiń isenim telefonına qońıraw etiń.",
        "Report by phone": "Telefon arqalı xabar beriń",
        "No agency or warning-list entry matches what you typed.":
            "Siz jazǵan sózge sáykes agentlik te, eskertiw dizimindegi jazıw da tabılmadı.",
        "Type at least one letter or digit.": "Keminde bir hárip yamasa san jazıń.",
        "Licence number": "Licenziya nomeri",
        "Status": "Jaǵdayı",
        "Where to get help in person": "Járdemdi jeke ózińiz qay jerden alıwǵa boladı",
        "What the “Xorijda ish” platform offers": "“Xorijda ish” platformasınıń xızmetleri",
        "Show on the map": "Kartada kórsetiw",
        "Open ›": "Ashıw ›",
        "Open on the platform ›": "Platformada ashıw ›",
        "Phone of the agency: {phone}": "Agentlik telefonı: {phone}",
        "Jobs abroad from licensed agencies only": "Tek licenziyalı agentliklerden shet eldegi jumıslar",
        "Type of work": "Jumıs túri",
        "Page {page} of {pages}": "Bet: {page} / {pages}",
        "‹ Previous page": "‹ Aldıńǵı bet",
        "Next page ›": "Keyingi bet ›",
        "This vacancy is no longer open": "Bul vakansiya endi ashıq emes",
        "It closed on {date}.": "Ol {date} kúni jabılǵan.",
        "Its agency may no longer recruit workers.":
            "Onıń agentligi endi jumısshı jallay almaydı.",
        "The registry data is too old to confirm the agency's licence, so no vacancy is shown.":
            "Reestr maǵlıwmatları agentlik licenziyasın tastıyıqlaw ushın júdá eski, sonlıqtan "
            "vakansiyalar kórsetilmeydi.",
        "The agency's status now ›": "Agentliktiń házirgi jaǵdayı ›",
        "See the open vacancies ›": "Ashıq vakansiyalardı kóriw ›",
        "What is required": "Ne talap etiledi",
        "Recruiting agency": "Jallawshı agentlik",
        "Being updated": "Jańalanbaqta",
        "The information is being prepared. This page will open in a moment.":
            "Maǵlıwmat tayarlanbaqta. Bul bet biraz waqıttan keyin ashıladı.",
        "Try again": "Qayta urınıw",
    },
    "kk": {
        "Migration information": "Көші-қон туралы ақпарат",
        "Home": "Басты бет",
        "Agency name, licence number or phone": "Агенттік атауы, лицензия нөмірі немесе телефон",
        "Search": "Іздеу",
        "Results": "Нәтижелер",
        "Page not found": "Бет табылмады",
        "This page does not exist or is no longer available.": "Мұндай бет жоқ немесе енді қолжетімсіз.",
        "Go to the home page": "Басты бетке өту",
        "Not available yet": "Әзірге қолжетімсіз",
        "The information has not been published yet. Please try again later.":
            "Ақпарат әлі жарияланған жоқ. Кейінірек қайталап көріңіз.",
        "The registry data is more than {days} days old. The licence may have changed since.":
            "Тізілім деректері {days} күннен ескі. Содан бері лицензия өзгерген болуы мүмкін.",
        "Call the Migration Agency's hotline to report it.":
            "Бұл туралы хабарлау үшін Көші-қон агенттігінің сенім телефонына қоңырау шалыңыз.",
        "Report by phone": "Телефон арқылы хабарлау",
        "No agency or warning-list entry matches what you typed.":
            "Сіз жазған сөзге сәйкес агенттік те, ескерту тізіміндегі жазба да табылмады.",
        "Type at least one letter or digit.": "Кемінде бір әріп не сан жазыңыз.",
        "Licence number": "Лицензия нөмірі",
        "Status": "Мәртебесі",
        "Where to get help in person": "Көмекті жеке өзіңіз қайдан алуға болады",
        "What the “Xorijda ish” platform offers": "“Xorijda ish” платформасының қызметтері",
        "Show on the map": "Картадан көрсету",
        "Open ›": "Ашу ›",
        "Open on the platform ›": "Платформада ашу ›",
        "Phone of the agency: {phone}": "Агенттік телефоны: {phone}",
        "Jobs abroad from licensed agencies only": "Тек лицензиясы бар агенттіктерден шетелдегі жұмыс",
        "Type of work": "Жұмыс түрі",
        "Page {page} of {pages}": "Бет: {page} / {pages}",
        "‹ Previous page": "‹ Алдыңғы бет",
        "Next page ›": "Келесі бет ›",
        "This vacancy is no longer open": "Бұл бос орын енді ашық емес",
        "It closed on {date}.": "Ол {date} жабылды.",
        "Its agency may no longer recruit workers.":
            "Оның агенттігі енді жұмысшы жалдай алмайды.",
        "The registry data is too old to confirm the agency's licence, so no vacancy is shown.":
            "Тізілім деректері агенттіктің лицензиясын растау үшін тым ескі, сондықтан бос орындар "
            "көрсетілмейді.",
        "The agency's status now ›": "Агенттіктің қазіргі мәртебесі ›",
        "See the open vacancies ›": "Ашық бос орындарды көру ›",
        "What is required": "Не талап етіледі",
        "Recruiting agency": "Жалдаушы агенттік",
        "Being updated": "Жаңартылуда",
        "The information is being prepared. This page will open in a moment.":
            "Ақпарат дайындалуда. Бұл бет біраздан кейін ашылады.",
        "Try again": "Қайталау",
    },
    "ky": {
        "Migration information": "Миграция боюнча маалымат",
        "Home": "Башкы бет",
        "Agency name, licence number or phone": "Агенттиктин аталышы, лицензиянын номери же телефон",
        "Search": "Издөө",
        "Results": "Натыйжалар",
        "Page not found": "Барак табылган жок",
        "This page does not exist or is no longer available.": "Мындай барак жок же мындан ары жеткиликсиз.",
        "Go to the home page": "Башкы бетке өтүү",
        "Not available yet": "Азырынча жеткиликсиз",
        "The information has not been published yet. Please try again later.":
            "Маалымат али жарыяланган жок. Кийинчерээк кайра аракет кылыңыз.",
        "The registry data is more than {days} days old. The licence may have changed since.":
            "Реестрдин маалыматтары {days} күндөн эски. Андан бери лицензия өзгөргөн болушу мүмкүн.",
        "Call the Migration Agency's hotline to report it.":
            "Бул тууралуу билдирүү үчүн Миграция агенттигинин ишеним телефонуна чалыңыз.",
        "Report by phone": "Телефон аркылуу билдирүү",
        "No agency or warning-list entry matches what you typed.":
            "Сиз жазган сөзгө дал келген агенттик да, эскертүү тизмесиндеги жазуу да табылган жок.",
        "Type at least one letter or digit.": "Жок дегенде бир тамга же сан жазыңыз.",
        "Licence number": "Лицензиянын номери",
        "Status": "Абалы",
        "Where to get help in person": "Жардамды жеке өзүңүз кайдан алсаңыз болот",
        "What the “Xorijda ish” platform offers": "“Xorijda ish” платформасынын кызматтары",
        "Show on the map": "Картадан көрсөтүү",
        "Open ›": "Ачуу ›",
        "Open on the platform ›": "Платформада ачуу ›",
        "Phone of the agency: {phone}": "Агенттиктин телефону: {phone}",
        "Jobs abroad from licensed agencies only": "Лицензиясы бар агенттиктерден гана чет элдеги жумуштар",
        "Type of work": "Жумуштун түрү",
        "Page {page} of {pages}": "Бет: {page} / {pages}",
        "‹ Previous page": "‹ Мурунку бет",
        "Next page ›": "Кийинки бет ›",
        "This vacancy is no longer open": "Бул вакансия мындан ары ачык эмес",
        "It closed on {date}.": "Ал {date} жабылган.",
        "Its agency may no longer recruit workers.":
            "Анын агенттиги мындан ары жумушчу жалдай албайт.",
        "The registry data is too old to confirm the agency's licence, so no vacancy is shown.":
            "Реестрдин маалыматтары агенттиктин лицензиясын ырастоо үчүн өтө эски, ошондуктан вакансиялар "
            "көрсөтүлбөйт.",
        "The agency's status now ›": "Агенттиктин азыркы абалы ›",
        "See the open vacancies ›": "Ачык вакансияларды көрүү ›",
        "What is required": "Эмне талап кылынат",
        "Recruiting agency": "Жалдоочу агенттик",
        "Being updated": "Жаңыртылууда",
        "The information is being prepared. This page will open in a moment.":
            "Маалымат даярдалууда. Бул бет бир аздан кийин ачылат.",
        "Try again": "Кайра аракет кылуу",
    },
    "tg": {
        "Migration information": "Маълумот дар бораи муҳоҷират",
        "Home": "Саҳифаи асосӣ",
        "Agency name, licence number or phone": "Номи агентӣ, рақами иҷозатнома ё телефон",
        "Search": "Ҷустуҷӯ",
        "Results": "Натиҷаҳо",
        "Page not found": "Саҳифа ёфт нашуд",
        "This page does not exist or is no longer available.":
            "Чунин саҳифа вуҷуд надорад ё дигар дастрас нест.",
        "Go to the home page": "Ба саҳифаи асосӣ гузаштан",
        "Not available yet": "Ҳоло дастрас нест",
        "The information has not been published yet. Please try again later.":
            "Маълумот ҳанӯз нашр нашудааст. Лутфан, баъдтар боз кӯшиш кунед.",
        "The registry data is more than {days} days old. The licence may have changed since.":
            "Маълумоти феҳрист аз {days} рӯз кӯҳнатар аст. Шояд аз он вақт иҷозатнома тағйир ёфта бошад.",
        "Call the Migration Agency's hotline to report it.":
            "Барои хабар додан ба хати боварии Агентии муҳоҷират занг занед.",
        "Report by phone": "Тавассути телефон хабар диҳед",
        "No agency or warning-list entry matches what you typed.":
            "Ба он чи шумо навиштед, на агентӣ ва на сабте аз рӯйхати огоҳӣ мувофиқ омад.",
        "Type at least one letter or digit.": "Ақаллан як ҳарф ё рақам нависед.",
        "Licence number": "Рақами иҷозатнома",
        "Status": "Ҳолат",
        "Where to get help in person": "Кӯмакро шахсан аз куҷо гирифтан мумкин аст",
        "What the “Xorijda ish” platform offers": "Хизматҳои платформаи “Xorijda ish”",
        "Show on the map": "Дар харита нишон додан",
        "Open ›": "Кушодан ›",
        "Open on the platform ›": "Дар платформа кушодан ›",
        "Phone of the agency: {phone}": "Телефони агентӣ: {phone}",
        "Jobs abroad from licensed agencies only": "Кор дар хориҷа танҳо аз агентиҳои иҷозатномадор",
        "Type of work": "Намуди кор",
        "Page {page} of {pages}": "Саҳифаи {page} аз {pages}",
        "‹ Previous page": "‹ Саҳифаи қаблӣ",
        "Next page ›": "Саҳифаи навбатӣ ›",
        "This vacancy is no longer open": "Ин ҷойи корӣ дигар кушода нест",
        "It closed on {date}.": "Он {date} баста шуд.",
        "Its agency may no longer recruit workers.":
            "Агентии он дигар коргар ҷалб карда наметавонад.",
        "The registry data is too old to confirm the agency's licence, so no vacancy is shown.":
            "Маълумоти феҳрист барои тасдиқи иҷозатномаи агентӣ хеле кӯҳна аст, бинобар ин ҷойҳои корӣ "
            "нишон дода намешаванд.",
        "The agency's status now ›": "Ҳолати ҳозираи агентӣ ›",
        "See the open vacancies ›": "Ҷойҳои кории кушода ›",
        "What is required": "Чӣ талаб карда мешавад",
        "Recruiting agency": "Агентии ҷалбкунанда",
        "Being updated": "Навсозӣ шуда истодааст",
        "The information is being prepared. This page will open in a moment.":
            "Маълумот омода шуда истодааст. Ин саҳифа пас аз лаҳзае кушода мешавад.",
        "Try again": "Боз кӯшиш кардан",
    },
}
PHRASES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {lang: MappingProxyType(table) for lang, table in _TABLES.items()})
