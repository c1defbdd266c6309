<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AdminScreen</name>
    <message>
        <source>never</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>{days} d {hours} h ago</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{days} күн {hours} сағ бұрын</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min ago</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{hours} сағ {minutes} мин бұрын</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{minutes} мин бұрын</translation>
    </message>
    <message>
        <source>Technician panel</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Техник панелі</translation>
    </message>
    <message>
        <source>Read-aloud voices</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дауыстап оқу дауыстары</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қазір синхрондау</translation>
    </message>
    <message>
        <source>Tap again to restart</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қайта іске қосу үшін тағы басыңыз</translation>
    </message>
    <message>
        <source>Restart app</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қолданбаны қайта іске қосу</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шығу үшін тағы басыңыз</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмыс үстеліне шығу</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>…</translation>
    </message>
    <message>
        <source>{free} GB of {total} GB</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{total} ГБ-тан {free} ГБ бос</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Киоск идентификаторы</translation>
    </message>
    <message>
        <source>Content version</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мазмұн нұсқасы</translation>
    </message>
    <message>
        <source> (sample)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation> (үлгі)</translation>
    </message>
    <message>
        <source>Content applied</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мазмұн қолданылды</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Соңғы синхрондау</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Синхрондау қатесі</translation>
    </message>
    <message>
        <source>Server token</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сервер токені</translation>
    </message>
    <message>
        <source>Outbox (not yet sent)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шығыс кезегі (әлі жіберілмеген)</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бос диск</translation>
    </message>
    <message>
        <source>{engine} has no voice for this language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{engine} бағдарламасында бұл тілге дауыс жоқ</translation>
    </message>
    <message>
        <source>the list of installed voices has not been read yet</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>орнатылған дауыстар тізімі әлі оқылмаған</translation>
    </message>
    <message>
        <source>speech engine unavailable: {error}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>дауыс бағдарламасы қолжетімсіз: {error}</translation>
    </message>
    <message>
        <source>{engine}: the voice “{voice}” is not installed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{engine}: «{voice}» дауысы орнатылмаған</translation>
    </message>
    <message>
        <source>no voice is set for this language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>бұл тілге дауыс тағайындалмаған</translation>
    </message>
    <message>
        <source>sync not configured</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>синхрондау бапталмаған</translation>
    </message>
    <message>
        <source>no sync yet since start</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>іске қосылғаннан бері синхрондау болмады</translation>
    </message>
    <message>
        <source>REJECTED by the server since {when}: reports are not delivered; ask for a new token</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{when} бастап сервер ҚАБЫЛДАМАЙДЫ: хабарламалар жеткізілмейді; жаңа токен сұраңыз</translation>
    </message>
    <message>
        <source>not refused</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>қабылданбаған жоқ</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>voice “{voice}”</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«{voice}» дауысы</translation>
    </message>
    <message>
        <source>Test</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тексеру</translation>
    </message>
</context>
<context>
    <name>AlertScreen</name>
    <message>
        <source>Fraud warning</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Алаяқтық туралы ескерту</translation>
    </message>
    <message>
        <source>This warning is no longer available.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл ескерту енді қолжетімсіз.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қауіп белгілері</translation>
    </message>
    <message>
        <source>What to do</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <source>Published: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жарияланған күні: {date}</translation>
    </message>
</context>
<context>
    <name>AlertsScreen</name>
    <message>
        <source>Fraud warnings</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Алаяқтық туралы ескертулер</translation>
    </message>
    <message>
        <source>Recruiters who break these rules are cheating you. Tap a warning to read more.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Осы ережелерді бұзатын делдалдар сізді алдап жүр. Толығырақ оқу үшін ескертуді басыңыз.</translation>
    </message>
    <message>
        <source>There are no warnings right now.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қазір ескертулер жоқ.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГІ</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ШҰҒЫЛ</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ЕСКЕРТУ</translation>
    </message>
    <message>
        <source>GOOD TO KNOW</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>БІЛГЕН ЖӨН</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Article</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мақала</translation>
    </message>
    <message>
        <source>This article is no longer available.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл мақала енді қолжетімсіз.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дереккөз: {source}</translation>
    </message>
    <message>
        <source>Checked on: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тексерілген күні: {date}</translation>
    </message>
</context>
<context>
    <name>ArticlesScreen</name>
    <message>
        <source>Articles</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мақалалар</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГІ</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Әрі қарай не істеу керек</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттікті тексеру</translation>
    </message>
    <message>
        <source>Is the agency that recruited you licensed?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сізді жұмысқа алған агенттіктің лицензиясы бар ма?</translation>
    </message>
</context>
<context>
    <name>AskScreen</name>
    <message>
        <source>Ask a question</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сұрақ қою</translation>
    </message>
    <message>
        <source>Type your question in any language. The answers are taken word for word from checked information; nothing is made up.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сұрағыңызды кез келген тілде жазыңыз. Жауаптар тексерілген ақпараттан сөзбе-сөз алынады; ештеңе ойдан шығарылмайды.</translation>
    </message>
    <message>
        <source>For example: can my employer keep my passport?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мысалы: жұмыс беруші паспортымды ұстап қала ала ма?</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қайта қоңырау шалуды сұрау</translation>
    </message>
    <message>
        <source>Preparing the answers…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жауаптар дайындалуда…</translation>
    </message>
    <message>
        <source>There is no checked answer to this question here. The situation centre can call you back and help.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл сұраққа мұнда тексерілген жауап жоқ. Ахуалдық орталық сізге қайта қоңырау шалып, көмектесе алады.</translation>
    </message>
    <message>
        <source>Or tap one of these questions:</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Немесе осы сұрақтардың бірін басыңыз:</translation>
    </message>
    <message>
        <source>Other questions travellers ask</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жолаушылардың басқа сұрақтары</translation>
    </message>
    <message>
        <source>Questions travellers often ask</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жолаушылар жиі қоятын сұрақтар</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ашу</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Going abroad to work? Check your agency&apos;s licence before you pay anyone.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шетелге жұмысқа барасыз ба? Ақша төлемес бұрын агенттік лицензиясын тексеріңіз.</translation>
    </message>
    <message>
        <source>The employer pays for your job placement, not you.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмысқа орналастыру үшін сіз емес, жұмыс беруші төлейді.</translation>
    </message>
    <message>
        <source>Never give your passport to a recruiter.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Паспортыңызды ешқашан делдалға бермеңіз.</translation>
    </message>
    <message>
        <source>A tourist visa is not a work visa.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Туристік виза — жұмыс визасы емес.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бастау үшін экранды түртіңіз</translation>
    </message>
</context>
<context>
    <name>AudioToggle</name>
    <message>
        <source>Read every screen aloud</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Әр экранды дауыстап оқу</translation>
    </message>
    <message>
        <source>Tap to hear each screen</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Әр экранды тыңдау үшін басыңыз</translation>
    </message>
    <message>
        <source>Each screen is read aloud. Tap to stop.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Әр экран дауыстап оқылады. Тоқтату үшін басыңыз.</translation>
    </message>
    <message>
        <source>There is no voice for this language yet</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл тіл үшін әзірге дауыс жоқ</translation>
    </message>
    <message>
        <source>On</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қосулы</translation>
    </message>
    <message>
        <source>Off</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өшірулі</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>My passport was taken</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Паспортымды алып қойды</translation>
    </message>
    <message>
        <source>I am forced to work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мені жұмыс істеуге мәжбүрлейді</translation>
    </message>
    <message>
        <source>Someone offers me military service</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Маған әскери қызметті ұсынып жатыр</translation>
    </message>
    <message>
        <source>My wages are not paid</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жалақымды төлемейді</translation>
    </message>
    <message>
        <source>Is my job offer real?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмыс ұсынысым шын ба?</translation>
    </message>
    <message>
        <source>Visa, contract or documents</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Виза, келісімшарт немесе құжаттар</translation>
    </message>
    <message>
        <source>Something else</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Басқа нәрсе</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Маған қайта қоңырау шалыңыз</translation>
    </message>
    <message>
        <source>The Migration Agency&apos;s situation centre will call you back.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Көші-қон агенттігінің ахуалдық орталығы сізге қайта қоңырау шалады.</translation>
    </message>
    <message>
        <source>In which language should we call you?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сізге қай тілде қоңырау шалайық?</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Не туралы?</translation>
    </message>
    <message>
        <source>Where are you going to work?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қайда жұмысқа барасыз?</translation>
    </message>
    <message>
        <source>Check your request</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өтінішіңізді тексеріңіз</translation>
    </message>
    <message>
        <source>Your number is used only for this call. It is deleted from this kiosk as soon as the centre has received it.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Нөміріңіз тек осы қоңырау үшін қолданылады. Орталық оны алған бойда ол осы киосктен өшіріледі.</translation>
    </message>
    <message>
        <source>I agree to be called on this number</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Осы нөмірге қоңырау шалуға келісемін</translation>
    </message>
    <message>
        <source>Send request</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өтінішті жіберу</translation>
    </message>
    <message>
        <source>Your request was received. The centre will call you.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өтінішіңіз қабылданды. Орталық сізге қоңырау шалады.</translation>
    </message>
    <message>
        <source>Write down this reference code or scan it. The operator will say it when they call.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Осы анықтама кодын жазып алыңыз немесе сканерлеңіз. Оператор қоңырау шалғанда оны айтады.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Әлі шешпедім</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Телефон: {phone}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тіл: {language}</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тақырып: {topic}</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ел: {country}</translation>
    </message>
    <message>
        <source>Please answer every question and agree to be called.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барлық сұраққа жауап беріп, қоңырауға келісім беріңіз.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жіберілуде…</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Анықтама коды</translation>
    </message>
    <message>
        <source>If you are in danger now, call the emergency number of the country you are in.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қазір қауіп төнсе, өзіңіз тұрған елдің шұғыл көмек нөміріне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Your request could not be saved. Please try again, or call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өтінішіңізді сақтау мүмкін болмады. Қайталап көріңіз немесе сенім телефонына қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Topic</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Country</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ел</translation>
    </message>
</context>
<context>
    <name>CheckAgencyScreen</name>
    <message>
        <source>Check an agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттікті тексеру</translation>
    </message>
    <message>
        <source>Type the agency&apos;s name, licence number, tax number (STIR), phone or Telegram.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттіктің атауын, лицензия нөмірін, салық нөмірін (СТИР), телефонын немесе Telegram-ын жазыңыз.</translation>
    </message>
    <message>
        <source>Agency name or number</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттік атауы немесе нөмірі</translation>
    </message>
    <message>
        <source>Not found: what should I do?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Табылмады: не істеуім керек?</translation>
    </message>
    <message>
        <source>How to check</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қалай тексеру керек</translation>
    </message>
    <message>
        <source>Find the agency&apos;s name or licence number on your contract, receipt or advert.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттіктің атауын немесе лицензия нөмірін шарттан, түбіртектен немесе хабарландырудан табыңыз.</translation>
    </message>
    <message>
        <source>Type it above: the results appear as you type.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Оны жоғарыда жазыңыз: нәтижелер жазған сайын шығады.</translation>
    </message>
    <message>
        <source>Tap a result to see whether the agency may recruit you, and what to do.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттік сізді жұмысқа жалдай ала ма және не істеу керек екенін білу үшін нәтижені басыңыз.</translation>
    </message>
    <message>
        <source>Not sure? Call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сенімді емессіз бе? Сенім телефонына қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Licence {number}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензия {number}</translation>
    </message>
    <message>
        <source>No licensed agency and no warning matches “{text}”.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«{text}» бойынша лицензиясы бар агенттік те, ескерту де табылмады.</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Migration Agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Көші-қон агенттігі</translation>
    </message>
    <message>
        <source>Embassies and consulates</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Елшіліктер мен консулдықтар</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Халықаралық ұйымдар</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шұғыл жағдайлар</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Көмек және сенім телефондары</translation>
    </message>
    <message>
        <source>Save a contact before you fly: scan its code with your phone.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ұшар алдында байланысты сақтаңыз: оның кодын телефонмен сканерлеңіз.</translation>
    </message>
    <message>
        <source>☎ Call me back: leave your number</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>☎ Маған қайта қоңырау шалыңыз</translation>
    </message>
    <message>
        <source>Centres and offices</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Орталықтар мен кеңселер</translation>
    </message>
    <message>
        <source>Platform services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Платформа қызметтері</translation>
    </message>
    <message>
        <source>Scan to open</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ашу үшін сканерлеңіз</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГІ</translation>
    </message>
    <message>
        <source>Scan to save</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сақтау үшін сканерлеңіз</translation>
    </message>
</context>
<context>
    <name>CountriesScreen</name>
    <message>
        <source>Country guides</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Елдер бойынша нұсқаулық</translation>
    </message>
    <message>
        <source>Where are you going to work?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қайда жұмысқа барасыз?</translation>
    </message>
    <message>
        <source>There are no country guides yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Елдер бойынша нұсқаулық әлі жоқ.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГІ</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Country guide</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ел бойынша нұсқаулық</translation>
    </message>
    <message>
        <source>This guide is no longer available.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл нұсқаулық енді қолжетімсіз.</translation>
    </message>
    <message>
        <source>Country guide: {country}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Нұсқаулық: {country}</translation>
    </message>
    <message>
        <source>Legal route</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Заңды жол</translation>
    </message>
    <message>
        <source>Documents</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Common scams</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жиі кездесетін алаяқтықтар</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шұғыл көмек нөмірлері</translation>
    </message>
    <message>
        <source>Before you board</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ұшаққа отырар алдында</translation>
    </message>
    <message>
        <source>Offices in this country ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Осы елдегі кеңселер ›</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дереккөз: {source}</translation>
    </message>
    <message>
        <source>Checked on: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тексерілген күні: {date}</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>‹ Back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>‹ Артқа</translation>
    </message>
    <message>
        <source>⌂ Home</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>⌂ Басты бет</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>✕ Finish</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>✕ Аяқтау</translation>
    </message>
    <message>
        <source>Finish and clear my data</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Аяқтау және деректерімді өшіру</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>■ Тоқтату</translation>
    </message>
    <message>
        <source>▶ Read aloud</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>▶ Дауыстап оқу</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Үлкенірек мәтін</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жоғары контраст</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Check an agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттікті тексеру</translation>
    </message>
    <message>
        <source>Is the agency that recruited you licensed?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сізді жұмысқа алған агенттіктің лицензиясы бар ма?</translation>
    </message>
    <message>
        <source>Fraud warnings</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Алаяқтық туралы ескертулер</translation>
    </message>
    <message>
        <source>How people are cheated, and how to stay safe</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Адамдарды қалай алдайды және қалай сақтану керек</translation>
    </message>
    <message>
        <source>Your rights and legal work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Құқықтарыңыз және заңды жұмыс</translation>
    </message>
    <message>
        <source>Fees, contracts, passports, legal ways to work abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Төлемдер, келісімшарттар, паспорттар, шетелде жұмыс істеудің заңды жолдары</translation>
    </message>
    <message>
        <source>Country guides</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Елдер бойынша нұсқаулық</translation>
    </message>
    <message>
        <source>Entry rules, documents and scams, country by country</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кіру ережелері, құжаттар мен алаяқтықтар, ел бойынша</translation>
    </message>
    <message>
        <source>Is this job offer safe?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл жұмыс ұсынысы қауіпсіз бе?</translation>
    </message>
    <message>
        <source>Answer a few questions: see the warning signs</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бірнеше сұраққа жауап беріп, қауіп белгілерін біліңіз</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сұрақ қою</translation>
    </message>
    <message>
        <source>Answers from checked information, in any language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тексерілген ақпараттан жауаптар, кез келген тілде</translation>
    </message>
    <message>
        <source>Jobs, centres and services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмыс, орталықтар және қызметтер</translation>
    </message>
    <message>
        <source>Verified vacancies, a call back, offices, the platform</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тексерілген вакансиялар, қайта қоңырау, кеңселер, платформа</translation>
    </message>
    <message>
        <source>Report fraud</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Алаяқтық туралы хабарлау</translation>
    </message>
    <message>
        <source>Tell the agency about a fake recruiter</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жалған делдал туралы агенттікке хабарлаңыз</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Көмек және сенім телефондары</translation>
    </message>
    <message>
        <source>Whom to call at home and abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Елде және шетелде кімге қоңырау шалу керек</translation>
    </message>
    <message>
        <source>How can we help you?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сізге қалай көмектесе аламыз?</translation>
    </message>
    <message>
        <source>URGENT WARNING</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ШҰҒЫЛ ЕСКЕРТУ</translation>
    </message>
    <message>
        <source>Read ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Оқу ›</translation>
    </message>
</context>
<context>
    <name>HotlinePanel</name>
    <message>
        <source>SAMPLE NUMBER</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГІ НӨМІР</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қоңырау шалу үшін сканерлеңіз</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n секунд қалды</numerusform>
            <numerusform>%n секунд қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Әлі осындасыз ба?</translation>
    </message>
    <message>
        <source>Touch the screen to continue</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жалғастыру үшін экранды түртіңіз</translation>
    </message>
</context>
<context>
    <name>Occupation</name>
    <message>
        <source>Construction</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Құрылыс</translation>
    </message>
    <message>
        <source>Farm work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ауыл шаруашылығы</translation>
    </message>
    <message>
        <source>Factory work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Зауыт жұмысы</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қойма</translation>
    </message>
    <message>
        <source>Driver</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жүргізуші</translation>
    </message>
    <message>
        <source>Care work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Күтім жұмысы</translation>
    </message>
    <message>
        <source>Hotels</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қонақүйлер</translation>
    </message>
    <message>
        <source>Cook</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Аспаз</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тазалау</translation>
    </message>
    <message>
        <source>Welder</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дәнекерлеуші</translation>
    </message>
    <message>
        <source>No language required</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тіл талап етілмейді</translation>
    </message>
</context>
<context>
    <name>OfficesScreen</name>
    <message>
        <source>Centres and offices</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Орталықтар мен кеңселер</translation>
    </message>
    <message>
        <source>Where to get help in person. Scan a code to call, or to find the place on your phone&apos;s map.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Көмекті жеке алатын жерлер. Қоңырау шалу немесе картадан табу үшін кодты сканерлеңіз.</translation>
    </message>
    <message>
        <source>In Uzbekistan</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өзбекстанда</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шетелде</translation>
    </message>
    <message>
        <source>All regions</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>All countries</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барлық елдер</translation>
    </message>
    <message>
        <source>No office is listed here yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мұнда әзірге кеңсе жоқ.</translation>
    </message>
    <message>
        <source>Country guide: {country}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Нұсқаулық: {country}</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шұғыл көмек нөмірлері</translation>
    </message>
    <message>
        <source>Migration Agency office</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Көші-қон агенттігінің кеңсесі</translation>
    </message>
    <message>
        <source>Centre</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Орталық</translation>
    </message>
    <message>
        <source>Language school</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тіл мектебі</translation>
    </message>
    <message>
        <source>Mobile visa centre</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жылжымалы виза орталығы</translation>
    </message>
    <message>
        <source>Office abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шетелдегі кеңсе</translation>
    </message>
    <message>
        <source>Open from {start} to {end}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{start} бастап {end} дейін ашық</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мекенжайы: {address}</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмыс уақыты: {hours}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Телефон: {phone}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГІ</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қоңырау үшін сканерлеңіз</translation>
    </message>
    <message>
        <source>Scan for the map</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Карта үшін сканерлеңіз</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бос орын</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тазалау</translation>
    </message>
    <message>
        <source>Delete all text</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бүкіл мәтінді өшіру</translation>
    </message>
    <message>
        <source>Enter</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Енгізу</translation>
    </message>
    <message>
        <source>Next field, or done</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Келесі өріс немесе дайын</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Соңғы әріпті өшіру</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Латын әріптері</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кирилл әріптері</translation>
    </message>
    <message>
        <source>Digits and symbols</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сандар мен таңбалар</translation>
    </message>
</context>
<context>
    <name>OneStopScreen</name>
    <message>
        <source>Jobs, centres and services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмыс, орталықтар және қызметтер</translation>
    </message>
    <message>
        <source>The Migration Agency&apos;s services for people going to work abroad.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Көші-қон агенттігінің шетелге жұмысқа баратындарға арналған қызметтері.</translation>
    </message>
    <message>
        <source>Verified vacancies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тексерілген вакансиялар</translation>
    </message>
    <message>
        <source>Jobs abroad from licensed agencies, with a code to apply</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиясы бар агенттіктердің шетелдегі жұмыстары, өтінім коды бар</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Маған қайта қоңырау шалыңыз</translation>
    </message>
    <message>
        <source>The situation centre calls you, in your language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жағдай орталығы сізге өз тіліңізде қоңырау шалады</translation>
    </message>
    <message>
        <source>Centres and offices</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Орталықтар мен кеңселер</translation>
    </message>
    <message>
        <source>Where to get help in person, at home and abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Елде және шетелде көмекті қайдан алуға болады</translation>
    </message>
    <message>
        <source>Platform services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Платформа қызметтері</translation>
    </message>
    <message>
        <source>What the “Xorijda ish” platform does, and what this kiosk answers</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>“Xorijda ish” платформасы не істейді және бұл киоск неге жауап береді</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <source>Loading…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>This page cannot be shown right now. Please try again in a minute.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қазір бұл бетті көрсету мүмкін емес. Бір минуттан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>SAMPLE CONTENT — to be replaced by the Migration Agency. Numbers and addresses shown here are not official.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГІ МАЗМҰН — оны Көші-қон агенттігі ауыстырады. Мұндағы нөмірлер мен мекенжайлар ресми емес.</translation>
    </message>
</context>
<context>
    <name>PhoneStep</name>
    <message>
        <source>Your phone number</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Телефон нөміріңіз</translation>
    </message>
    <message>
        <source>An Uzbek number: +998 and 9 digits. A foreign number: + and its country code.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өзбекстан нөмірі: +998 және 9 цифр. Шетел нөмірі: + және ел коды.</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Әрі қарай ›</translation>
    </message>
    <message>
        <source>Check the number: it is not complete yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Нөмірді тексеріңіз: ол әлі толық емес.</translation>
    </message>
    <message>
        <source>Start with + and the country code (+998 for Uzbekistan).</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>+ және ел кодынан бастаңыз (Өзбекстан үшін +998).</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>Technician access</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Техник кіруі</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Әкімші PIN кодын енгізіңіз</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Соңғы цифрды өшіру</translation>
    </message>
    <message>
        <source>OK</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>The PIN has {low} to {high} digits</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>PIN код {low}–{high} цифрдан тұрады</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before the pad locks: {n}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>PIN код қате. Құлыпталғанға дейін қалған әрекет: {n}</translation>
    </message>
    <message>
        <source>Admin access is not set up on this kiosk.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл киоскте әкімші кіруі бапталмаған.</translation>
    </message>
    <message>
        <source>The PIN could not be checked: {error}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>PIN кодты тексеру мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked for {n} min.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қате PIN код тым көп. {n} минутқа құлыпталды.</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГІ</translation>
    </message>
    <message>
        <source>Not yet translated into your language. Shown in: {language}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сіздің тіліңізге әлі аударылмаған. Көрсетілген тіл: {language}</translation>
    </message>
    <message>
        <source>Scan with your phone to read this later</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кейін оқу үшін телефонмен сканерлеңіз</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Charged workers placement fees</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмысшылардан жұмысқа орналастыру ақысын алған</translation>
    </message>
    <message>
        <source>Did not register placement contracts electronically</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмысқа орналастыру шарттарын электронды түрде тіркемеген</translation>
    </message>
    <message>
        <source>Did not keep the required bank deposit</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Міндетті банк депозитін ұстамаған</translation>
    </message>
    <message>
        <source>Did not send its reports on time</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Есептерін уақытында тапсырмаған</translation>
    </message>
    <message>
        <source>Inspection found violations; suspended until they are fixed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тексеру бұзушылықтарды анықтады; олар жойылғанша тоқтатылды</translation>
    </message>
    <message>
        <source>Sent workers abroad on tourist visas</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмысшыларды шетелге туристік визамен жіберген</translation>
    </message>
    <message>
        <source>Kept workers&apos; passports</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмысшылардың төлқұжаттарын ұстап қалған</translation>
    </message>
    <message>
        <source>Repeated violations after a suspension</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тоқтатылғаннан кейін бұзушылықтарды қайталаған</translation>
    </message>
    <message>
        <source>Gave false information to get the licence</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензия алу үшін жалған мәлімет берген</translation>
    </message>
    <message>
        <source>Licence not renewed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензия ұзартылмаған</translation>
    </message>
    <message>
        <source>Licence term ended; no renewal was applied for</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензия мерзімі аяқталды; ұзартуға өтініш берілмеген</translation>
    </message>
    <message>
        <source>Suspension lifted after the violations were fixed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұзушылықтар жойылғаннан кейін тоқтата тұру алынды</translation>
    </message>
    <message>
        <source>Sold tourist visas as work visas</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Туристік визаларды жұмыс визасы ретінде сатқан</translation>
    </message>
    <message>
        <source>Took up-front fees for jobs that did not exist</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жоқ жұмыстар үшін алдын ала ақы алған</translation>
    </message>
    <message>
        <source>Sold fake work permits for European countries</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Еуропа елдеріне жалған жұмыс рұқсаттарын сатқан</translation>
    </message>
    <message>
        <source>Sold places in the Korean EPS scheme, which no agency may sell</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Корея EPS бағдарламасындағы орындарды сатқан — оларды ешбір агенттік сата алмайды</translation>
    </message>
    <message>
        <source>Promised faster visas through “contacts at the embassy”</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«Елшіліктегі таныстар» арқылы жылдам виза уәде еткен</translation>
    </message>
    <message>
        <source>Took payment to personal bank cards for jobs abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шетелдегі жұмыс үшін төлемді жеке банк карталарына алған</translation>
    </message>
    <message>
        <source>Charged fees for places in the UK seasonal work scheme</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ұлыбританияның маусымдық жұмыс бағдарламасындағы орындар үшін ақы алған</translation>
    </message>
    <message>
        <source>Recruited workers without a licence</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиясыз жұмысшы жалдаған</translation>
    </message>
    <message>
        <source>Uses a name like a licensed agency&apos;s; it has no licence</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиясы бар агенттіктікіне ұқсас атауды пайдаланады; лицензиясы жоқ</translation>
    </message>
    <message>
        <source>Offered “jobs” in Russia that were recruitment into armed forces</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ресейде қарулы күштерге жалдау болып шыққан «жұмыс» ұсынған</translation>
    </message>
    <message>
        <source>Took passports and asked for money to return them</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Төлқұжаттарды алып, қайтару үшін ақша талап еткен</translation>
    </message>
    <message>
        <source>Called itself a consulting firm and recruited workers without a licence</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өзін консалтингтік фирма деп атап, лицензиясыз жұмысшы жалдаған</translation>
    </message>
    <message>
        <source>Sold residence permits as work permits</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тұруға рұқсатты жұмыс рұқсаты ретінде сатқан</translation>
    </message>
</context>
<context>
    <name>RedFlagsResultScreen</name>
    <message>
        <source>Your result</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сіздің нәтижеңіз</translation>
    </message>
    <message>
        <source>The checker is not available on this kiosk yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл киоскте тексеру әлі қолжетімсіз.</translation>
    </message>
    <message>
        <source>Why</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Неге</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қазір не істеу керек</translation>
    </message>
    <message>
        <source>Hotline: {phone}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сенім телефоны: {phone}</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қайта қоңырау шалуды сұрау</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттікті тексеру</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қайта бастау</translation>
    </message>
    <message>
        <source>Your answers are not saved. Only an anonymous count of which warning signs were found is kept.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жауаптарыңыз сақталмайды. Тек қандай қауіп белгілері табылғаны анонимді түрде саналады.</translation>
    </message>
    <message>
        <source>Job offer check at the airport kiosk</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Әуежай киоскіндегі жұмыс ұсынысын тексеру</translation>
    </message>
    <message>
        <source>Scan to keep this result on your phone (no internet needed)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Нәтижені телефоныңызда сақтау үшін сканерлеңіз (интернет қажет емес)</translation>
    </message>
</context>
<context>
    <name>RedFlagsScreen</name>
    <message>
        <source>Is this job offer safe?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл жұмыс ұсынысы қауіпсіз бе?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Білмеймін</translation>
    </message>
    <message>
        <source>Check the recruiter&apos;s name now</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Делдалдың атын қазір тексеру</translation>
    </message>
    <message>
        <source>Answer a few short questions about your job offer. Your answers are not saved: they are forgotten when you finish.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмыс ұсынысыңыз туралы бірнеше қысқа сұраққа жауап беріңіз. Жауаптар сақталмайды: аяқтағанда ұмытылады.</translation>
    </message>
    <message>
        <source>The checker is not available on this kiosk yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл киоскте тексеру әлі қолжетімсіз.</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{total} сұрақтың {number}-сі</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>‹ Back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>‹ Артқа</translation>
    </message>
    <message>
        <source>They asked me to pay for the job</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмыс үшін ақша төлеуді сұрады</translation>
    </message>
    <message>
        <source>They took my passport</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Паспортымды алып қойды</translation>
    </message>
    <message>
        <source>They gave me a tourist visa for work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмыс үшін туристік виза берді</translation>
    </message>
    <message>
        <source>There is no written contract</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жазбаша келісімшарт жоқ</translation>
    </message>
    <message>
        <source>Something else</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Басқа нәрсе</translation>
    </message>
    <message>
        <source>Whom</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кім туралы</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Send</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Licence number: {value}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензия нөмірі: {value}</translation>
    </message>
    <message>
        <source>Report fraud</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Алаяқтық туралы хабарлау</translation>
    </message>
    <message>
        <source>Whom do you want to report? An agency, a phone number, a Telegram channel or a website.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кім туралы хабарлағыңыз келеді? Агенттік, телефон нөмірі, Telegram арнасы немесе сайт.</translation>
    </message>
    <message>
        <source>Name, phone or channel</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Атауы, телефоны немесе арнасы</translation>
    </message>
    <message>
        <source>What happened? Tap all that apply.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Не болды? Сәйкес келетіннің бәрін басыңыз.</translation>
    </message>
    <message>
        <source>May the Migration Agency contact you about this report?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Көші-қон агенттігі осы хабарлама бойынша сізбен байланыса ала ма?</translation>
    </message>
    <message>
        <source>You do not have to give your phone number. The report is sent without your name either way.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Телефон нөміріңізді беру міндетті емес. Хабарлама кез келген жағдайда атыңызсыз жіберіледі.</translation>
    </message>
    <message>
        <source>No, send it without my contact</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жоқ, байланысымсыз жіберу</translation>
    </message>
    <message>
        <source>Yes, I agree to be contacted</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Иә, менімен байланысуға келісемін</translation>
    </message>
    <message>
        <source>What happened? (optional)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Не болды? (міндетті емес)</translation>
    </message>
    <message>
        <source>Check your report</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Хабарламаңызды тексеріңіз</translation>
    </message>
    <message>
        <source>Send report</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Хабарламаны жіберу</translation>
    </message>
    <message>
        <source>Thank you. Your report was received.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рахмет. Хабарламаңыз қабылданды.</translation>
    </message>
    <message>
        <source>Write down this reference code, or scan it with your phone. Give it if you call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Осы анықтама кодын жазып алыңыз немесе телефонмен сканерлеңіз. Сенім телефонына қоңырау шалсаңыз, оны айтыңыз.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>The Migration Agency reads every report.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Көші-қон агенттігі әр хабарламаны оқиды.</translation>
    </message>
    <message>
        <source>If you gave your phone number, an officer may call you.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Егер телефон нөміріңізді берсеңіз, қызметкер сізге қоңырау шалуы мүмкін.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Әрі қарай не болады</translation>
    </message>
    <message>
        <source>You get a reference code on the next screen.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Келесі экранда анықтама кодын аласыз.</translation>
    </message>
    <message>
        <source>In trouble right now? Call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дәл қазір қиын жағдайдасыз ба? Сенім телефонына қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Әрі қарай ›</translation>
    </message>
    <message>
        <source>Step {number} of {total}: {name}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{total} қадамның {number}-қадамы: {name}</translation>
    </message>
    <message>
        <source>Whom: {who}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кім туралы: {who}</translation>
    </message>
    <message>
        <source>Contact: {phone}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Байланыс: {phone}</translation>
    </message>
    <message>
        <source>Contact: none</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Байланыс: жоқ</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жіберілуде…</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Анықтама коды</translation>
    </message>
    <message>
        <source>Your report could not be saved. Please try again, or call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Хабарламаңызды сақтау мүмкін болмады. Қайталап көріңіз немесе сенім телефонына қоңырау шалыңыз.</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Platform services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Платформа қызметтері</translation>
    </message>
    <message>
        <source>The “Xorijda ish” platform&apos;s services. Some the kiosk answers here; the others need the platform: scan the code and continue on your phone.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«Xorijda ish» платформасының қызметтері. Кейбіріне киоск осында жауап береді; қалғандарына платформа керек: кодты сканерлеп, телефонда жалғастырыңыз.</translation>
    </message>
    <message>
        <source>This kiosk answers it</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Киоск жауап береді</translation>
    </message>
    <message>
        <source>Needs the platform</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Платформа керек</translation>
    </message>
    <message>
        <source>For: {who}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кімге: {who}</translation>
    </message>
    <message>
        <source>Bring: {what}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Алып келіңіз: {what}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГІ</translation>
    </message>
    <message>
        <source>Open here ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Осында ашу ›</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Licensed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиясы бар</translation>
    </message>
    <message>
        <source>Licensed — registry may be out of date</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиясы бар — тізілім ескірген болуы мүмкін</translation>
    </message>
    <message>
        <source>Licence suspended</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиясы тоқтатылған</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиясы қайтарып алынған</translation>
    </message>
    <message>
        <source>Licence expired</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензия мерзімі өткен</translation>
    </message>
    <message>
        <source>On the warning list</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ескерту тізімінде</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тізілімде жоқ</translation>
    </message>
</context>
<context>
    <name>TopicsScreen</name>
    <message>
        <source>Your rights and legal work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Құқықтарыңыз және заңды жұмыс</translation>
    </message>
</context>
<context>
    <name>VacanciesScreen</name>
    <message>
        <source>Verified vacancies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тексерілген вакансиялар</translation>
    </message>
    <message>
        <source>Jobs abroad from licensed agencies only. Tap one for the details and a code to apply on the platform.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тек лицензиясы бар агенттіктердің шетелдегі жұмыстары. Толығырақ және платформада өтінім беру коды үшін басыңыз.</translation>
    </message>
    <message>
        <source>Search: job, employer or country</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Іздеу: жұмыс, жұмыс беруші немесе ел</translation>
    </message>
    <message>
        <source>All countries</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барлық елдер</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барлық кәсіптер</translation>
    </message>
    <message>
        <source>Show more vacancies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тағы вакансияларды көрсету</translation>
    </message>
    <message>
        <source>No vacancy matches “{text}”. Check the spelling, or search for a job, an employer or a country.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«{text}» бойынша вакансия табылмады. Жазылуын тексеріңіз немесе жұмыс, жұмыс беруші не ел бойынша іздеңіз.</translation>
    </message>
    <message>
        <source>No vacancy for this job in this country. Choose another country or job.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл елде бұл жұмыс бойынша вакансия жоқ. Басқа елді немесе жұмысты таңдаңыз.</translation>
    </message>
    <message>
        <source>“{text}” is found only in other countries or jobs. Choose “{countries}” or “{jobs}” to see those vacancies.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«{text}» тек басқа елдерде немесе жұмыстарда табылды. Оларды көру үшін «{countries}» немесе «{jobs}» таңдаңыз.</translation>
    </message>
    <message>
        <source>{wage} a month</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>айына {wage}</translation>
    </message>
    <message>
        <source>closes {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{date} дейін</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГІ</translation>
    </message>
    <message>
        <source>Loading vacancies…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Вакансиялар жүктелуде…</translation>
    </message>
    <message>
        <source>Vacancies cannot be shown right now. Please try again in a minute.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қазір вакансияларды көрсету мүмкін емес. Бір минуттан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Vacancies are hidden until this kiosk&apos;s registry data is up to date: the agencies&apos; licences cannot be confirmed.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Киосктегі тізілім деректері жаңартылғанша вакансиялар жасырылған: агенттіктердің лицензиясын растау мүмкін емес.</translation>
    </message>
    <message>
        <source>No vacancies are open at the moment.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қазір ашық вакансия жоқ.</translation>
    </message>
    <message>
        <source>{shown} of {total} vacancies. Choose a country or a job to see the rest.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{total} вакансияның {shown}. Қалғанын көру үшін елді немесе жұмысты таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>VacancyHelp</name>
    <message>
        <source>Before you apply for a job abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шетелдегі жұмысқа өтінім бермес бұрын</translation>
    </message>
    <message>
        <source>A real job order names a licensed agency and a contract registration number.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Нағыз вакансияда лицензиясы бар агенттік пен шарттың тіркеу нөмірі көрсетіледі.</translation>
    </message>
    <message>
        <source>Check the agency&apos;s licence here before you sign or pay anything.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бірдеңеге қол қоймас немесе төлемес бұрын агенттіктің лицензиясын осында тексеріңіз.</translation>
    </message>
    <message>
        <source>This takes a few seconds. Meanwhile, here is how to tell a real job offer.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл бірнеше секундқа созылады. Осы уақытта нағыз жұмыс ұсынысын қалай ажыратуға болатынын оқыңыз.</translation>
    </message>
    <message>
        <source>This kiosk last confirmed the licence registry on {date}. A job order is shown only while its agency&apos;s licence can be confirmed.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл киоск лицензиялар тізілімін соңғы рет {date} растады. Вакансия оның агенттігінің лицензиясын растауға болғанда ғана көрсетіледі.</translation>
    </message>
    <message>
        <source>This kiosk has not confirmed the licence registry yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл киоск лицензиялар тізілімін әлі растаған жоқ.</translation>
    </message>
</context>
<context>
    <name>VacancyScreen</name>
    <message>
        <source>Vacancy</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Вакансия</translation>
    </message>
    <message>
        <source>This vacancy is no longer shown: it has closed, or its agency is no longer licensed.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл вакансия енді көрсетілмейді: мерзімі өтті немесе агенттіктің лицензиясы жоқ.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГІ</translation>
    </message>
    <message>
        <source>Agency: {name}, licence {number}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттік: {name}, лицензия {number}</translation>
    </message>
    <message>
        <source>Wage: {wage} a month</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жалақы: айына {wage}</translation>
    </message>
    <message>
        <source>Hours: {hours} a week</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмыс уақыты: аптасына {hours} сағат</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тіл: {language}</translation>
    </message>
    <message>
        <source>Places: {places}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Орындар: {places}</translation>
    </message>
    <message>
        <source>Apply by: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өтінім мерзімі: {date}</translation>
    </message>
    <message>
        <source>Contract registration number: {number}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Келісімшарттың тіркеу нөмірі: {number}</translation>
    </message>
    <message>
        <source>The job order</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмыс тапсырысы</translation>
    </message>
    <message>
        <source>Never pay for a job offer. Apply only on the platform or at the licensed agency.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмыс ұсынысы үшін ешқашан ақша төлемеңіз. Өтінімді тек платформада немесе лицензиясы бар агенттікте беріңіз.</translation>
    </message>
    <message>
        <source>This job on your phone, and how to apply</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл жұмыс телефоныңызда және қалай өтінім беру</translation>
    </message>
    <message>
        <source>Scan to apply on the platform</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Платформада өтінім беру үшін сканерлеңіз</translation>
    </message>
</context>
<context>
    <name>VerdictScreen</name>
    <message>
        <source>Report it here at the kiosk, or call the Migration Agency&apos;s hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Осы киоскте хабарлаңыз немесе Көші-қон агенттігінің сенім телефонына қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Do not pay anyone and do not hand over your passport.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ешкімге ақша төлемеңіз және паспортыңызды бермеңіз.</translation>
    </message>
    <message>
        <source>The registry on this kiosk has not been updated for a while. The licence may have changed since.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл киосктегі тізілім біраз уақыт жаңартылмаған. Содан бері лицензия өзгерген болуы мүмкін.</translation>
    </message>
    <message>
        <source>Check the licence again on the official registry (scan the code).</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензияны ресми тізілімнен қайта тексеріңіз (кодты сканерлеңіз).</translation>
    </message>
    <message>
        <source>This agency holds a valid licence to place workers abroad.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл агенттіктің жұмысшыларды шетелге орналастыруға жарамды лицензиясы бар.</translation>
    </message>
    <message>
        <source>The employer pays the placement fee. The agency may charge you only for information and advice.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Орналастыру ақысын жұмыс беруші төлейді. Агенттік сізден тек ақпарат пен кеңес үшін ақы ала алады.</translation>
    </message>
    <message>
        <source>Sign a written contract and make sure it is registered electronically.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жазбаша келісімшартқа қол қойып, оның электронды түрде тіркелгеніне көз жеткізіңіз.</translation>
    </message>
    <message>
        <source>This agency may not recruit workers while its licence is suspended.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиясы тоқтатылған кезде бұл агенттік жұмысшы ала алмайды.</translation>
    </message>
    <message>
        <source>This agency lost its licence. It may not recruit workers.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл агенттік лицензиясынан айырылды. Ол жұмысшы ала алмайды.</translation>
    </message>
    <message>
        <source>This agency&apos;s licence has ended. It may not recruit workers.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл агенттіктің лицензия мерзімі аяқталды. Ол жұмысшы ала алмайды.</translation>
    </message>
    <message>
        <source>This is a known illegal operator, not a licensed agency.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл — лицензиясы бар агенттік емес, белгілі заңсыз делдал.</translation>
    </message>
    <message>
        <source>No licensed agency matches what you typed. An agency that is not in the registry may not recruit you.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сіз жазған бойынша лицензиясы бар агенттік табылмады. Тізілімде жоқ агенттік сізді жұмысқа ала алмайды.</translation>
    </message>
    <message>
        <source>Check the spelling, or search by licence number.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жазылуын тексеріңіз немесе лицензия нөмірі бойынша іздеңіз.</translation>
    </message>
    <message>
        <source>Licence check result</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензияны тексеру нәтижесі</translation>
    </message>
    <message>
        <source>Checking the licence…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензия тексерілуде…</translation>
    </message>
    <message>
        <source>The licence cannot be checked right now. Please try again in a minute.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қазір лицензияны тексеру мүмкін емес. Бір минуттан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Registry data as of {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тізілім деректері {date} бойынша</translation>
    </message>
    <message>
        <source>SAMPLE REGISTRY — fictional agencies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГІ ТІЗІЛІМ — ойдан шығарылған агенттіктер</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Әрі қарай не істеу керек</translation>
    </message>
    <message>
        <source>Registry details</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тізілім деректері</translation>
    </message>
    <message>
        <source>Current status on your phone</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қазіргі мәртебесі телефоныңызда</translation>
    </message>
    <message>
        <source>Official registry page</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ресми тізілім беті</translation>
    </message>
    <message>
        <source>This result as text (no internet needed)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл нәтиже мәтін түрінде (интернет қажет емес)</translation>
    </message>
    <message>
        <source>Licence number: {value}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензия нөмірі: {value}</translation>
    </message>
    <message>
        <source>Issued: {start} · Valid until: {end}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Берілген күні: {start} · Жарамды мерзімі: {end}</translation>
    </message>
    <message>
        <source>Last status change: {date} — {reason}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мәртебенің соңғы өзгерісі: {date} — {reason}</translation>
    </message>
    <message>
        <source>Also known as: {names}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Басқа атаулары: {names}</translation>
    </message>
    <message>
        <source>Tax number (STIR): {value}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Салық нөмірі (СТИР): {value}</translation>
    </message>
    <message>
        <source>Address: {region}, {address}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мекенжайы: {region}, {address}</translation>
    </message>
    <message>
        <source>May recruit for: {countries}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жұмысқа жібере алатын елдер: {countries}</translation>
    </message>
    <message>
        <source>Why it is listed: {reason}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тізімге енгізілу себебі: {reason}</translation>
    </message>
    <message>
        <source>Listed on: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тізімге енгізілген күні: {date}</translation>
    </message>
    <message>
        <source>Known contacts: {items}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Белгілі байланыстары: {items}</translation>
    </message>
    <message>
        <source>Report this agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бұл агенттік туралы хабарлау</translation>
    </message>
    <message>
        <source>Check another agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Басқа агенттікті тексеру</translation>
    </message>
    <message>
        <source>Checked at the airport kiosk on {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Әуежай киоскісінде {date} тексерілді</translation>
    </message>
</context>
</TS>
