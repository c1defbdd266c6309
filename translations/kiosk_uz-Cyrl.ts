<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ">
<context>
    <name>AdminScreen</name>
    <message>
        <source>never</source>
        <translation>ҳеч қачон</translation>
    </message>
    <message>
        <source>{days} d {hours} h ago</source>
        <translation>{days} кун {hours} соат олдин</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min ago</source>
        <translation>{hours} соат {minutes} дақиқа олдин</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>{minutes} дақиқа олдин</translation>
    </message>
    <message>
        <source>Technician panel</source>
        <translation>Техник ходим панели</translation>
    </message>
    <message>
        <source>Read-aloud voices</source>
        <translation>Овозли ўқиш овозлари</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Ҳозир синхронлаш</translation>
    </message>
    <message>
        <source>Tap again to restart</source>
        <translation>Қайта ишга тушириш учун яна босинг</translation>
    </message>
    <message>
        <source>Restart app</source>
        <translation>Иловани қайта ишга тушириш</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <translation>Чиқиш учун яна босинг</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Иш столига чиқиш</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>{free} GB of {total} GB</source>
        <translation>{total} ГБ дан {free} ГБ бўш</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>Киоск ID</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>Контент версияси</translation>
    </message>
    <message>
        <source> (sample)</source>
        <translation> (намуна)</translation>
    </message>
    <message>
        <source>Content applied</source>
        <translation>Контент ўрнатилган</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Охирги синхронлаш</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Синхронлаш хатоси</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>Сервер токени</translation>
    </message>
    <message>
        <source>Outbox (not yet sent)</source>
        <translation>Жўнатиш навбати (ҳали юборилмаган)</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Бўш диск жойи</translation>
    </message>
    <message>
        <source>{engine} has no voice for this language</source>
        <translation>{engine} дастурида бу тил учун овоз йўқ</translation>
    </message>
    <message>
        <source>the list of installed voices has not been read yet</source>
        <translation>ўрнатилган овозлар рўйхати ҳали ўқилмаган</translation>
    </message>
    <message>
        <source>speech engine unavailable: {error}</source>
        <translation>овоз дастури ишламаяпти: {error}</translation>
    </message>
    <message>
        <source>{engine}: the voice “{voice}” is not installed</source>
        <translation>{engine}: «{voice}» овози ўрнатилмаган</translation>
    </message>
    <message>
        <source>no voice is set for this language</source>
        <translation>бу тил учун овоз белгиланмаган</translation>
    </message>
    <message>
        <source>sync not configured</source>
        <translation>синхронлаш созланмаган</translation>
    </message>
    <message>
        <source>no sync yet since start</source>
        <translation>ишга тушгандан бери синхронланмаган</translation>
    </message>
    <message>
        <source>REJECTED by the server since {when}: reports are not delivered; ask for a new token</source>
        <translation>Сервер {when} дан бери РАД ЭТМОҚДА: хабарлар етказилмайди; янги токен сўранг</translation>
    </message>
    <message>
        <source>not refused</source>
        <translation>рад этилмаган</translation>
    </message>
    <message>
        <source>none</source>
        <translation>йўқ</translation>
    </message>
    <message>
        <source>voice “{voice}”</source>
        <translation>“{voice}” овози</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Синаш</translation>
    </message>
</context>
<context>
    <name>AlertScreen</name>
    <message>
        <source>Fraud warning</source>
        <translation>Огоҳлантириш</translation>
    </message>
    <message>
        <source>This warning is no longer available.</source>
        <translation>Бу огоҳлантириш энди мавжуд эмас.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Хавфли белгилар</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Нима қилиш керак</translation>
    </message>
    <message>
        <source>Published: {date}</source>
        <translation>Эълон қилинган: {date}</translation>
    </message>
</context>
<context>
    <name>AlertsScreen</name>
    <message>
        <source>URGENT</source>
        <translation>ШОШИЛИНЧ</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ОГОҲЛАНТИРИШ</translation>
    </message>
    <message>
        <source>GOOD TO KNOW</source>
        <translation>БИЛИБ ҚЎЙИНГ</translation>
    </message>
    <message>
        <source>Fraud warnings</source>
        <translation>Фирибгарликдан огоҳлантиришлар</translation>
    </message>
    <message>
        <source>Recruiters who break these rules are cheating you. Tap a warning to read more.</source>
        <translation>Бу қоидаларни бузган воситачилар сизни алдамоқда. Батафсил ўқиш учун огоҳлантиришни босинг.</translation>
    </message>
    <message>
        <source>There are no warnings right now.</source>
        <translation>Ҳозирча огоҳлантиришлар йўқ.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>НАМУНА</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Article</source>
        <translation>Мақола</translation>
    </message>
    <message>
        <source>This article is no longer available.</source>
        <translation>Бу мақола энди мавжуд эмас.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Манба: {source}</translation>
    </message>
    <message>
        <source>Checked on: {date}</source>
        <translation>Текширилган: {date}</translation>
    </message>
</context>
<context>
    <name>ArticlesScreen</name>
    <message>
        <source>Articles</source>
        <translation>Мақолалар</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>НАМУНА</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Энди нима қилиш керак</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Агентликни текшириш</translation>
    </message>
    <message>
        <source>Is the agency that recruited you licensed?</source>
        <translation>Сизни ишга ёллаган агентликнинг лицензияси борми?</translation>
    </message>
</context>
<context>
    <name>AskScreen</name>
    <message>
        <source>Ask a question</source>
        <translation>Савол бериш</translation>
    </message>
    <message>
        <source>Type your question in any language. The answers are taken word for word from checked information; nothing is made up.</source>
        <translation>Саволингизни исталган тилда ёзинг. Жавоблар текширилган маълумотдан сўзма-сўз олинади; ҳеч нарса тўқиб чиқарилмайди.</translation>
    </message>
    <message>
        <source>For example: can my employer keep my passport?</source>
        <translation>Масалан: иш берувчи паспортимни олиб қўйса бўладими?</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation>Қўнғироқ қилишларини сўраш</translation>
    </message>
    <message>
        <source>Preparing the answers…</source>
        <translation>Жавоблар тайёрланмоқда…</translation>
    </message>
    <message>
        <source>There is no checked answer to this question here. The situation centre can call you back and help.</source>
        <translation>Бу ерда бу саволга текширилган жавоб йўқ. Вазият маркази сизга қўнғироқ қилиб, ёрдам бериши мумкин.</translation>
    </message>
    <message>
        <source>Or tap one of these questions:</source>
        <translation>Ёки шу саволлардан бирини босинг:</translation>
    </message>
    <message>
        <source>Other questions travellers ask</source>
        <translation>Йўловчиларнинг бошқа саволлари</translation>
    </message>
    <message>
        <source>Questions travellers often ask</source>
        <translation>Йўловчилар кўп берадиган саволлар</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Очиш</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Going abroad to work? Check your agency&apos;s licence before you pay anyone.</source>
        <translation>Чет элга ишга кетяпсизми? Ҳеч кимга пул тўлашдан олдин агентлигингиз лицензиясини текширинг.</translation>
    </message>
    <message>
        <source>The employer pays for your job placement, not you.</source>
        <translation>Ишга жойлаштириш учун сиз эмас, иш берувчи тўлайди.</translation>
    </message>
    <message>
        <source>Never give your passport to a recruiter.</source>
        <translation>Паспортингизни ҳеч қачон воситачига берманг.</translation>
    </message>
    <message>
        <source>A tourist visa is not a work visa.</source>
        <translation>Туристик виза — иш визаси эмас.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Бошлаш учун экранга тегинг</translation>
    </message>
</context>
<context>
    <name>AudioToggle</name>
    <message>
        <source>Read every screen aloud</source>
        <translation>Ҳар бир экранни овоз чиқариб ўқиш</translation>
    </message>
    <message>
        <source>Tap to hear each screen</source>
        <translation>Ҳар бир экранни эшитиш учун босинг</translation>
    </message>
    <message>
        <source>Each screen is read aloud. Tap to stop.</source>
        <translation>Ҳар бир экран овоз чиқариб ўқилади. Тўхтатиш учун босинг.</translation>
    </message>
    <message>
        <source>There is no voice for this language yet</source>
        <translation>Бу тил учун ҳали овоз йўқ</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ёқилган</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ўчиқ</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>My passport was taken</source>
        <translation>Паспортимни олиб қўйишди</translation>
    </message>
    <message>
        <source>I am forced to work</source>
        <translation>Мени мажбуран ишлатишяпти</translation>
    </message>
    <message>
        <source>Someone offers me military service</source>
        <translation>Менга ҳарбий хизмат таклиф қилишяпти</translation>
    </message>
    <message>
        <source>My wages are not paid</source>
        <translation>Маошимни тўлашмаяпти</translation>
    </message>
    <message>
        <source>Is my job offer real?</source>
        <translation>Иш таклифим ҳақиқийми?</translation>
    </message>
    <message>
        <source>Visa, contract or documents</source>
        <translation>Виза, шартнома ёки ҳужжатлар</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Бошқа масала</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Менга қўнғироқ қилинг</translation>
    </message>
    <message>
        <source>The Migration Agency&apos;s situation centre will call you back.</source>
        <translation>Миграция агентлигининг вазият маркази сизга қўнғироқ қилади.</translation>
    </message>
    <message>
        <source>In which language should we call you?</source>
        <translation>Сизга қайси тилда қўнғироқ қилайлик?</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Нима ҳақида?</translation>
    </message>
    <message>
        <source>Where are you going to work?</source>
        <translation>Қаерга ишлашга кетяпсиз?</translation>
    </message>
    <message>
        <source>Check your request</source>
        <translation>Сўровингизни текширинг</translation>
    </message>
    <message>
        <source>Your number is used only for this call. It is deleted from this kiosk as soon as the centre has received it.</source>
        <translation>Рақамингиз фақат шу қўнғироқ учун ишлатилади. Марказ уни олиши билан бу киоскдан ўчирилади.</translation>
    </message>
    <message>
        <source>I agree to be called on this number</source>
        <translation>Шу рақамга қўнғироқ қилинишига розиман</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Сўровни юбориш</translation>
    </message>
    <message>
        <source>Your request was received. The centre will call you.</source>
        <translation>Сўровингиз қабул қилинди. Марказ сизга қўнғироқ қилади.</translation>
    </message>
    <message>
        <source>Write down this reference code or scan it. The operator will say it when they call.</source>
        <translation>Бу кодни ёзиб олинг ёки сканерланг. Оператор қўнғироқ қилганда уни айтади.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Тугатиш</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Ҳали ҳал қилмадим</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Телефон: {phone}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Тил: {language}</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Мавзу: {topic}</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translation>Мамлакат: {country}</translation>
    </message>
    <message>
        <source>Please answer every question and agree to be called.</source>
        <translation>Илтимос, барча саволларга жавоб беринг ва қўнғироққа розилик беринг.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Юборилмоқда…</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Маълумот коди</translation>
    </message>
    <message>
        <source>If you are in danger now, call the emergency number of the country you are in.</source>
        <translation>Ҳозир хавф остида бўлсангиз, турган мамлакатингизнинг фавқулодда рақамига қўнғироқ қилинг.</translation>
    </message>
    <message>
        <source>Your request could not be saved. Please try again, or call the hotline.</source>
        <translation>Сўровингизни сақлаб бўлмади. Қайта уриниб кўринг ёки ишонч телефонига қўнғироқ қилинг.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Мавзу</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Мамлакат</translation>
    </message>
</context>
<context>
    <name>CheckAgencyScreen</name>
    <message>
        <source>Check an agency</source>
        <translation>Агентликни текшириш</translation>
    </message>
    <message>
        <source>Type the agency&apos;s name, licence number, tax number (STIR), phone or Telegram.</source>
        <translation>Агентлик номи, лицензия рақами, солиқ рақами (СТИР), телефони ёки Telegram манзилини ёзинг.</translation>
    </message>
    <message>
        <source>Agency name or number</source>
        <translation>Агентлик номи ёки рақами</translation>
    </message>
    <message>
        <source>Not found: what should I do?</source>
        <translation>Топилмади: нима қилай?</translation>
    </message>
    <message>
        <source>How to check</source>
        <translation>Қандай текшириш керак</translation>
    </message>
    <message>
        <source>Find the agency&apos;s name or licence number on your contract, receipt or advert.</source>
        <translation>Агентлик номи ёки лицензия рақамини шартнома, квитанция ёки эълондан топинг.</translation>
    </message>
    <message>
        <source>Type it above: the results appear as you type.</source>
        <translation>Уни юқорида ёзинг: натижалар ёзаётганингизда чиқади.</translation>
    </message>
    <message>
        <source>Tap a result to see whether the agency may recruit you, and what to do.</source>
        <translation>Агентлик сизни ишга ёллай оладими ва нима қилиш кераклигини билиш учун натижани босинг.</translation>
    </message>
    <message>
        <source>Not sure? Call the hotline.</source>
        <translation>Ишончингиз комил эмасми? Ишонч телефонига қўнғироқ қилинг.</translation>
    </message>
    <message>
        <source>Licence {number}</source>
        <translation>Лицензия {number}</translation>
    </message>
    <message>
        <source>No licensed agency and no warning matches “{text}”.</source>
        <translation>«{text}» бўйича лицензияли агентлик ҳам, огоҳлантириш ҳам топилмади.</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Migration Agency</source>
        <translation>Миграция агентлиги</translation>
    </message>
    <message>
        <source>Embassies and consulates</source>
        <translation>Элчихоналар ва консулликлар</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>Халқаро ташкилотлар</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Фавқулодда ёрдам</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translation>Ёрдам ва ишонч телефонлари</translation>
    </message>
    <message>
        <source>Save a contact before you fly: scan its code with your phone.</source>
        <translation>Учишдан олдин контактни сақлаб олинг: унинг кодини телефонингиз билан сканерланг.</translation>
    </message>
    <message>
        <source>☎ Call me back: leave your number</source>
        <translation>☎ Менга қўнғироқ қилинг: рақам қолдириш</translation>
    </message>
    <message>
        <source>Centres and offices</source>
        <translation>Марказлар ва идоралар</translation>
    </message>
    <message>
        <source>Platform services</source>
        <translation>Платформа хизматлари</translation>
    </message>
    <message>
        <source>Scan to open</source>
        <translation>Очиш учун сканерланг</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>НАМУНА</translation>
    </message>
    <message>
        <source>Scan to save</source>
        <translation>Сақлаш учун сканерланг</translation>
    </message>
</context>
<context>
    <name>CountriesScreen</name>
    <message>
        <source>Country guides</source>
        <translation>Давлатлар бўйича қўлланма</translation>
    </message>
    <message>
        <source>Where are you going to work?</source>
        <translation>Қаерга ишлашга кетяпсиз?</translation>
    </message>
    <message>
        <source>There are no country guides yet.</source>
        <translation>Ҳозирча давлатлар бўйича қўлланмалар йўқ.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>НАМУНА</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Country guide</source>
        <translation>Давлат бўйича қўлланма</translation>
    </message>
    <message>
        <source>This guide is no longer available.</source>
        <translation>Бу қўлланма энди мавжуд эмас.</translation>
    </message>
    <message>
        <source>Country guide: {country}</source>
        <translation>Қўлланма: {country}</translation>
    </message>
    <message>
        <source>Legal route</source>
        <translation>Қонуний йўл</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Ҳужжатлар</translation>
    </message>
    <message>
        <source>Common scams</source>
        <translation>Фирибгарлик усуллари</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контактлар</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Фавқулодда рақамлар</translation>
    </message>
    <message>
        <source>Before you board</source>
        <translation>Учишдан олдин текширинг</translation>
    </message>
    <message>
        <source>Offices in this country ›</source>
        <translation>Шу мамлакатдаги идоралар ›</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Манба: {source}</translation>
    </message>
    <message>
        <source>Checked on: {date}</source>
        <translation>Текширилган: {date}</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Орқага</translation>
    </message>
    <message>
        <source>⌂ Home</source>
        <translation>⌂ Бош саҳифа</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>✕ Finish</source>
        <translation>✕ Тугатиш</translation>
    </message>
    <message>
        <source>Finish and clear my data</source>
        <translation>Тугатиш ва маълумотларимни ўчириш</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Тўхтатиш</translation>
    </message>
    <message>
        <source>▶ Read aloud</source>
        <translation>▶ Тинглаш</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Каттароқ матн</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Юқори контраст</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Check an agency</source>
        <translation>Агентликни текшириш</translation>
    </message>
    <message>
        <source>Is the agency that recruited you licensed?</source>
        <translation>Сизни ишга ёллаган агентликнинг лицензияси борми?</translation>
    </message>
    <message>
        <source>Fraud warnings</source>
        <translation>Фирибгарликдан огоҳлантиришлар</translation>
    </message>
    <message>
        <source>How people are cheated, and how to stay safe</source>
        <translation>Одамлар қандай алданади ва қандай эҳтиёт бўлиш керак</translation>
    </message>
    <message>
        <source>Your rights and legal work</source>
        <translation>Ҳуқуқларингиз ва қонуний иш</translation>
    </message>
    <message>
        <source>Fees, contracts, passports, legal ways to work abroad</source>
        <translation>Тўловлар, шартномалар, паспортлар, чет элда ишлашнинг қонуний йўллари</translation>
    </message>
    <message>
        <source>Country guides</source>
        <translation>Давлатлар бўйича қўлланма</translation>
    </message>
    <message>
        <source>Entry rules, documents and scams, country by country</source>
        <translation>Ҳар бир давлат бўйича: кириш қоидалари, ҳужжатлар ва фирибгарликлар</translation>
    </message>
    <message>
        <source>Is this job offer safe?</source>
        <translation>Бу иш таклифи хавфсизми?</translation>
    </message>
    <message>
        <source>Answer a few questions: see the warning signs</source>
        <translation>Бир неча саволга жавоб беринг ва хавф белгиларини билинг</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Савол бериш</translation>
    </message>
    <message>
        <source>Answers from checked information, in any language</source>
        <translation>Текширилган маълумотдан жавоблар, исталган тилда</translation>
    </message>
    <message>
        <source>Jobs, centres and services</source>
        <translation>Иш, марказлар ва хизматлар</translation>
    </message>
    <message>
        <source>Verified vacancies, a call back, offices, the platform</source>
        <translation>Тасдиқланган вакансиялар, қайта қўнғироқ, идоралар, платформа</translation>
    </message>
    <message>
        <source>Report fraud</source>
        <translation>Фирибгарлик ҳақида хабар бериш</translation>
    </message>
    <message>
        <source>Tell the agency about a fake recruiter</source>
        <translation>Сохта воситачи ҳақида Миграция агентлигига хабар беринг</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translation>Ёрдам ва ишонч телефонлари</translation>
    </message>
    <message>
        <source>Whom to call at home and abroad</source>
        <translation>Ватанда ва чет элда кимга қўнғироқ қилиш керак</translation>
    </message>
    <message>
        <source>How can we help you?</source>
        <translation>Сизга қандай ёрдам бера оламиз?</translation>
    </message>
    <message>
        <source>URGENT WARNING</source>
        <translation>ШОШИЛИНЧ ОГОҲЛАНТИРИШ</translation>
    </message>
    <message>
        <source>Read ›</source>
        <translation>Ўқиш ›</translation>
    </message>
</context>
<context>
    <name>HotlinePanel</name>
    <message>
        <source>SAMPLE NUMBER</source>
        <translation>НАМУНАВИЙ РАҚАМ</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translation>Қўнғироқ учун сканерланг</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n сония қолди</numerusform>
            <numerusform>%n сония қолди</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Шу ердамисиз?</translation>
    </message>
    <message>
        <source>Touch the screen to continue</source>
        <translation>Давом этиш учун экранга тегинг</translation>
    </message>
</context>
<context>
    <name>Occupation</name>
    <message>
        <source>Construction</source>
        <translation>Қурилиш</translation>
    </message>
    <message>
        <source>Farm work</source>
        <translation>Қишлоқ хўжалиги</translation>
    </message>
    <message>
        <source>Factory work</source>
        <translation>Завод иши</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Омбор</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Ҳайдовчи</translation>
    </message>
    <message>
        <source>Care work</source>
        <translation>Парвариш иши</translation>
    </message>
    <message>
        <source>Hotels</source>
        <translation>Меҳмонхоналар</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>Ошпаз</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Тозалаш</translation>
    </message>
    <message>
        <source>Welder</source>
        <translation>Пайвандчи</translation>
    </message>
    <message>
        <source>No language required</source>
        <translation>Тил талаб қилинмайди</translation>
    </message>
</context>
<context>
    <name>OfficesScreen</name>
    <message>
        <source>Centres and offices</source>
        <translation>Марказлар ва идоралар</translation>
    </message>
    <message>
        <source>Where to get help in person. Scan a code to call, or to find the place on your phone&apos;s map.</source>
        <translation>Шахсан ёрдам қаерда. Қўнғироқ қилиш ёки жойни телефон харитасида топиш учун кодни сканерланг.</translation>
    </message>
    <message>
        <source>In Uzbekistan</source>
        <translation>Ўзбекистонда</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Хорижда</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барча вилоятлар</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Барча давлатлар</translation>
    </message>
    <message>
        <source>No office is listed here yet.</source>
        <translation>Бу ерда ҳали идора кўрсатилмаган.</translation>
    </message>
    <message>
        <source>Country guide: {country}</source>
        <translation>Қўлланма: {country}</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Фавқулодда рақамлар</translation>
    </message>
    <message>
        <source>Migration Agency office</source>
        <translation>Миграция агентлиги идораси</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Марказ</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>Тил мактаби</translation>
    </message>
    <message>
        <source>Mobile visa centre</source>
        <translation>Кўчма виза маркази</translation>
    </message>
    <message>
        <source>Office abroad</source>
        <translation>Хориждаги ваколатхона</translation>
    </message>
    <message>
        <source>Open from {start} to {end}</source>
        <translation>{start} дан {end} гача ишлайди</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation>Манзил: {address}</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation>Иш вақти: {hours}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Телефон: {phone}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>НАМУНА</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translation>Қўнғироқ учун сканерланг</translation>
    </message>
    <message>
        <source>Scan for the map</source>
        <translation>Харита учун сканерланг</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Бўш жой</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тозалаш</translation>
    </message>
    <message>
        <source>Delete all text</source>
        <translation>Бутун матнни ўчириш</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Киритиш</translation>
    </message>
    <message>
        <source>Next field, or done</source>
        <translation>Кейинги майдон ёки тайёр</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Ўчириш</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Охирги ҳарфни ўчириш</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Лотин ҳарфлари</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translation>Кирилл ҳарфлари</translation>
    </message>
    <message>
        <source>Digits and symbols</source>
        <translation>Рақамлар ва белгилар</translation>
    </message>
</context>
<context>
    <name>OneStopScreen</name>
    <message>
        <source>Jobs, centres and services</source>
        <translation>Иш, марказлар ва хизматлар</translation>
    </message>
    <message>
        <source>The Migration Agency&apos;s services for people going to work abroad.</source>
        <translation>Миграция агентлигининг хорижда ишлашга кетаётганлар учун хизматлари.</translation>
    </message>
    <message>
        <source>Verified vacancies</source>
        <translation>Тасдиқланган вакансиялар</translation>
    </message>
    <message>
        <source>Jobs abroad from licensed agencies, with a code to apply</source>
        <translation>Лицензияли агентликларнинг хориждаги ишлари, ариза бериш коди билан</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Менга қўнғироқ қилинг</translation>
    </message>
    <message>
        <source>The situation centre calls you, in your language</source>
        <translation>Вазият маркази сизга ўз тилингизда қўнғироқ қилади</translation>
    </message>
    <message>
        <source>Centres and offices</source>
        <translation>Марказлар ва идоралар</translation>
    </message>
    <message>
        <source>Where to get help in person, at home and abroad</source>
        <translation>Юртда ва хорижда ёрдамни шахсан қаердан олиш мумкин</translation>
    </message>
    <message>
        <source>Platform services</source>
        <translation>Платформа хизматлари</translation>
    </message>
    <message>
        <source>What the “Xorijda ish” platform does, and what this kiosk answers</source>
        <translation>“Xorijda ish” платформаси нима қилади ва киоск нимага жавоб беради</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Юкланмоқда…</translation>
    </message>
    <message>
        <source>This page cannot be shown right now. Please try again in a minute.</source>
        <translation>Бу саҳифани ҳозир кўрсатиб бўлмайди. Бир дақиқадан сўнг қайта уриниб кўринг.</translation>
    </message>
    <message>
        <source>SAMPLE CONTENT — to be replaced by the Migration Agency. Numbers and addresses shown here are not official.</source>
        <translation>НАМУНАВИЙ МАЪЛУМОТ — уни Миграция агентлиги алмаштиради. Бу ердаги рақам ва манзиллар расмий эмас.</translation>
    </message>
</context>
<context>
    <name>PhoneStep</name>
    <message>
        <source>Your phone number</source>
        <translation>Телефон рақамингиз</translation>
    </message>
    <message>
        <source>An Uzbek number: +998 and 9 digits. A foreign number: + and its country code.</source>
        <translation>Ўзбекистон рақами: +998 ва 9 та рақам. Хорижий рақам: + ва мамлакат коди.</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Кейинги ›</translation>
    </message>
    <message>
        <source>Check the number: it is not complete yet.</source>
        <translation>Рақамни текширинг: у ҳали тўлиқ эмас.</translation>
    </message>
    <message>
        <source>Start with + and the country code (+998 for Uzbekistan).</source>
        <translation>+ ва мамлакат кодидан бошланг (Ўзбекистон учун +998).</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>Technician access</source>
        <translation>Техник ходим кириши</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Администратор PIN кодини киритинг</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Охирги рақамни ўчириш</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The PIN has {low} to {high} digits</source>
        <translation>PIN код {low} дан {high} тагача рақамдан иборат</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before the pad locks: {n}</source>
        <translation>PIN нотўғри. Блокланишгача қолган уринишлар: {n}</translation>
    </message>
    <message>
        <source>Admin access is not set up on this kiosk.</source>
        <translation>Бу киоскда администратор кириши созланмаган.</translation>
    </message>
    <message>
        <source>The PIN could not be checked: {error}</source>
        <translation>PIN кодни текшириб бўлмади: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked for {n} min.</source>
        <translation>Нотўғри PIN жуда кўп киритилди. {n} дақиқага блокланди.</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <source>SAMPLE</source>
        <translation>НАМУНА</translation>
    </message>
    <message>
        <source>Not yet translated into your language. Shown in: {language}</source>
        <translation>Ҳали сизнинг тилингизга таржима қилинмаган. Кўрсатилган тил: {language}</translation>
    </message>
    <message>
        <source>Scan with your phone to read this later</source>
        <translation>Кейинроқ ўқиш учун телефонингиз билан сканерланг</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Charged workers placement fees</source>
        <translation>Ишчилардан ишга жойлаштириш учун ҳақ олган</translation>
    </message>
    <message>
        <source>Did not register placement contracts electronically</source>
        <translation>Ишга жойлаштириш шартномаларини электрон рўйхатдан ўтказмаган</translation>
    </message>
    <message>
        <source>Did not keep the required bank deposit</source>
        <translation>Талаб қилинган банк депозитини сақламаган</translation>
    </message>
    <message>
        <source>Did not send its reports on time</source>
        <translation>Ҳисоботларини ўз вақтида топширмаган</translation>
    </message>
    <message>
        <source>Inspection found violations; suspended until they are fixed</source>
        <translation>Текширувда қоидабузарликлар топилган; улар бартараф этилгунча тўхтатилган</translation>
    </message>
    <message>
        <source>Sent workers abroad on tourist visas</source>
        <translation>Ишчиларни чет элга туристик виза билан юборган</translation>
    </message>
    <message>
        <source>Kept workers&apos; passports</source>
        <translation>Ишчиларнинг паспортларини ушлаб қолган</translation>
    </message>
    <message>
        <source>Repeated violations after a suspension</source>
        <translation>Тўхтатилгандан кейин қоидабузарликларни такрорлаган</translation>
    </message>
    <message>
        <source>Gave false information to get the licence</source>
        <translation>Лицензия олиш учун ёлғон маълумот берган</translation>
    </message>
    <message>
        <source>Licence not renewed</source>
        <translation>Лицензия узайтирилмаган</translation>
    </message>
    <message>
        <source>Licence term ended; no renewal was applied for</source>
        <translation>Лицензия муддати тугаган; узайтириш сўралмаган</translation>
    </message>
    <message>
        <source>Suspension lifted after the violations were fixed</source>
        <translation>Қоидабузарликлар бартараф этилгач, тўхтатиш бекор қилинган</translation>
    </message>
    <message>
        <source>Sold tourist visas as work visas</source>
        <translation>Туристик визани иш визаси деб сотган</translation>
    </message>
    <message>
        <source>Took up-front fees for jobs that did not exist</source>
        <translation>Мавжуд бўлмаган иш учун олдиндан пул олган</translation>
    </message>
    <message>
        <source>Sold fake work permits for European countries</source>
        <translation>Европа давлатлари учун сохта иш рухсатномаларини сотган</translation>
    </message>
    <message>
        <source>Sold places in the Korean EPS scheme, which no agency may sell</source>
        <translation>Корея EPS дастуридаги жойларни сотган — буни ҳеч бир агентлик сота олмайди</translation>
    </message>
    <message>
        <source>Promised faster visas through “contacts at the embassy”</source>
        <translation>«Элчихонадаги танишлар» орқали тез виза ваъда қилган</translation>
    </message>
    <message>
        <source>Took payment to personal bank cards for jobs abroad</source>
        <translation>Чет элдаги иш учун шахсий банк карталарига пул олган</translation>
    </message>
    <message>
        <source>Charged fees for places in the UK seasonal work scheme</source>
        <translation>Британия мавсумий иш дастуридаги жойлар учун пул олган</translation>
    </message>
    <message>
        <source>Recruited workers without a licence</source>
        <translation>Лицензиясиз ишчи ёллаган</translation>
    </message>
    <message>
        <source>Uses a name like a licensed agency&apos;s; it has no licence</source>
        <translation>Лицензияли агентликка ўхшаш номдан фойдаланади; лицензияси йўқ</translation>
    </message>
    <message>
        <source>Offered “jobs” in Russia that were recruitment into armed forces</source>
        <translation>Россияда «иш» деб қуролли кучларга ёллаган</translation>
    </message>
    <message>
        <source>Took passports and asked for money to return them</source>
        <translation>Паспортларни олиб, қайтариш учун пул сўраган</translation>
    </message>
    <message>
        <source>Called itself a consulting firm and recruited workers without a licence</source>
        <translation>Ўзини консалтинг фирмаси деб атаб, лицензиясиз ишчи ёллаган</translation>
    </message>
    <message>
        <source>Sold residence permits as work permits</source>
        <translation>Яшаш рухсатномасини иш рухсатномаси деб сотган</translation>
    </message>
</context>
<context>
    <name>RedFlagsResultScreen</name>
    <message>
        <source>Your result</source>
        <translation>Сизнинг натижангиз</translation>
    </message>
    <message>
        <source>The checker is not available on this kiosk yet.</source>
        <translation>Бу киоскда текширув ҳозирча мавжуд эмас.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Нега</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Энди нима қилиш керак</translation>
    </message>
    <message>
        <source>Hotline: {phone}</source>
        <translation>Ишонч телефони: {phone}</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation>Қўнғироқ қилишларини сўраш</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Агентликни текшириш</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Қайтадан бошлаш</translation>
    </message>
    <message>
        <source>Your answers are not saved. Only an anonymous count of which warning signs were found is kept.</source>
        <translation>Жавобларингиз сақланмайди. Фақат қайси хавф белгилари топилгани аноним ҳисобланади.</translation>
    </message>
    <message>
        <source>Job offer check at the airport kiosk</source>
        <translation>Аэропорт киоскида иш таклифини текшириш</translation>
    </message>
    <message>
        <source>Scan to keep this result on your phone (no internet needed)</source>
        <translation>Натижани телефонингизда сақлаш учун сканерланг (интернет керак эмас)</translation>
    </message>
</context>
<context>
    <name>RedFlagsScreen</name>
    <message>
        <source>Is this job offer safe?</source>
        <translation>Бу иш таклифи хавфсизми?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ҳа</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Йўқ</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Билмайман</translation>
    </message>
    <message>
        <source>Check the recruiter&apos;s name now</source>
        <translation>Воситачининг номини ҳозир текшириш</translation>
    </message>
    <message>
        <source>Answer a few short questions about your job offer. Your answers are not saved: they are forgotten when you finish.</source>
        <translation>Иш таклифи ҳақидаги бир неча қисқа саволга жавоб беринг. Жавоблар сақланмайди: тугатганингизда унутилади.</translation>
    </message>
    <message>
        <source>The checker is not available on this kiosk yet.</source>
        <translation>Бу киоскда текширув ҳозирча мавжуд эмас.</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>{total} та саволдан {number}-савол</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Орқага</translation>
    </message>
    <message>
        <source>They asked me to pay for the job</source>
        <translation>Иш учун мендан пул сўрашди</translation>
    </message>
    <message>
        <source>They took my passport</source>
        <translation>Паспортимни олиб қўйишди</translation>
    </message>
    <message>
        <source>They gave me a tourist visa for work</source>
        <translation>Ишлаш учун менга туристик виза беришди</translation>
    </message>
    <message>
        <source>There is no written contract</source>
        <translation>Ёзма шартнома йўқ</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Бошқа нарса</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>Ким ҳақида</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Нима бўлди</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Алоқа</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Юбориш</translation>
    </message>
    <message>
        <source>Licence number: {value}</source>
        <translation>Лицензия рақами: {value}</translation>
    </message>
    <message>
        <source>Report fraud</source>
        <translation>Фирибгарлик ҳақида хабар бериш</translation>
    </message>
    <message>
        <source>Whom do you want to report? An agency, a phone number, a Telegram channel or a website.</source>
        <translation>Ким ҳақида хабар бермоқчисиз? Агентлик, телефон рақами, Telegram канали ёки веб-сайт.</translation>
    </message>
    <message>
        <source>Name, phone or channel</source>
        <translation>Номи, телефони ёки канали</translation>
    </message>
    <message>
        <source>What happened? Tap all that apply.</source>
        <translation>Нима бўлди? Мос келадиганларнинг ҳаммасини босинг.</translation>
    </message>
    <message>
        <source>May the Migration Agency contact you about this report?</source>
        <translation>Шу хабар юзасидан Миграция агентлиги сиз билан боғланса майлими?</translation>
    </message>
    <message>
        <source>You do not have to give your phone number. The report is sent without your name either way.</source>
        <translation>Телефон рақамингизни беришингиз шарт эмас. Хабар барибир исмингизсиз юборилади.</translation>
    </message>
    <message>
        <source>No, send it without my contact</source>
        <translation>Йўқ, рақамимсиз юборинг</translation>
    </message>
    <message>
        <source>Yes, I agree to be contacted</source>
        <translation>Ҳа, мен билан боғланишларига розиман</translation>
    </message>
    <message>
        <source>What happened? (optional)</source>
        <translation>Нима бўлди? (ихтиёрий)</translation>
    </message>
    <message>
        <source>Check your report</source>
        <translation>Хабарингизни текширинг</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Юбориш</translation>
    </message>
    <message>
        <source>Thank you. Your report was received.</source>
        <translation>Раҳмат! Хабарингиз қабул қилинди.</translation>
    </message>
    <message>
        <source>Write down this reference code, or scan it with your phone. Give it if you call the hotline.</source>
        <translation>Бу кодни ёзиб олинг ёки телефонингиз билан сканерланг. Ишонч телефонига қўнғироқ қилсангиз, шу кодни айтинг.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Тугатиш</translation>
    </message>
    <message>
        <source>The Migration Agency reads every report.</source>
        <translation>Миграция агентлиги ҳар бир хабарни ўқиб чиқади.</translation>
    </message>
    <message>
        <source>If you gave your phone number, an officer may call you.</source>
        <translation>Агар телефон рақамингизни берган бўлсангиз, ходим сизга қўнғироқ қилиши мумкин.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Кейин нима бўлади</translation>
    </message>
    <message>
        <source>You get a reference code on the next screen.</source>
        <translation>Кейинги экранда маълумот кодини оласиз.</translation>
    </message>
    <message>
        <source>In trouble right now? Call the hotline.</source>
        <translation>Ҳозир қийин аҳволдамисиз? Ишонч телефонига қўнғироқ қилинг.</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Кейинги ›</translation>
    </message>
    <message>
        <source>Step {number} of {total}: {name}</source>
        <translation>{total} қадамдан {number}-қадам: {name}</translation>
    </message>
    <message>
        <source>Whom: {who}</source>
        <translation>Ким ҳақида: {who}</translation>
    </message>
    <message>
        <source>Contact: {phone}</source>
        <translation>Алоқа учун: {phone}</translation>
    </message>
    <message>
        <source>Contact: none</source>
        <translation>Алоқа учун: йўқ</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Юборилмоқда…</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Мурожаат коди</translation>
    </message>
    <message>
        <source>Your report could not be saved. Please try again, or call the hotline.</source>
        <translation>Хабарингизни сақлаб бўлмади. Қайтадан уриниб кўринг ёки ишонч телефонига қўнғироқ қилинг.</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Platform services</source>
        <translation>Платформа хизматлари</translation>
    </message>
    <message>
        <source>The “Xorijda ish” platform&apos;s services. Some the kiosk answers here; the others need the platform: scan the code and continue on your phone.</source>
        <translation>«Хорижда иш» платформаси хизматлари. Айримларига киоск шу ерда жавоб беради; қолганлари учун платформа керак: кодни сканерланг ва телефонингизда давом этинг.</translation>
    </message>
    <message>
        <source>This kiosk answers it</source>
        <translation>Бу киоск жавоб беради</translation>
    </message>
    <message>
        <source>Needs the platform</source>
        <translation>Платформа керак</translation>
    </message>
    <message>
        <source>For: {who}</source>
        <translation>Ким учун: {who}</translation>
    </message>
    <message>
        <source>Bring: {what}</source>
        <translation>Олиб келинг: {what}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>НАМУНА</translation>
    </message>
    <message>
        <source>Open here ›</source>
        <translation>Шу ерда очиш ›</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Licensed</source>
        <translation>Лицензияли</translation>
    </message>
    <message>
        <source>Licensed — registry may be out of date</source>
        <translation>Лицензияли — реестр эскирган бўлиши мумкин</translation>
    </message>
    <message>
        <source>Licence suspended</source>
        <translation>Лицензия тўхтатилган</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation>Лицензия бекор қилинган</translation>
    </message>
    <message>
        <source>Licence expired</source>
        <translation>Лицензия муддати тугаган</translation>
    </message>
    <message>
        <source>On the warning list</source>
        <translation>Огоҳлантириш рўйхатида</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>Реестрда йўқ</translation>
    </message>
</context>
<context>
    <name>TopicsScreen</name>
    <message>
        <source>Your rights and legal work</source>
        <translation>Ҳуқуқларингиз ва қонуний иш</translation>
    </message>
</context>
<context>
    <name>VacanciesScreen</name>
    <message>
        <source>Verified vacancies</source>
        <translation>Тасдиқланган вакансиялар</translation>
    </message>
    <message>
        <source>Jobs abroad from licensed agencies only. Tap one for the details and a code to apply on the platform.</source>
        <translation>Фақат лицензияли агентликларнинг хориждаги ишлари. Тафсилотлар ва платформада ариза бериш коди учун босинг.</translation>
    </message>
    <message>
        <source>Search: job, employer or country</source>
        <translation>Қидириш: иш, иш берувчи ёки мамлакат</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Барча давлатлар</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Барча касблар</translation>
    </message>
    <message>
        <source>Show more vacancies</source>
        <translation>Яна вакансияларни кўрсатиш</translation>
    </message>
    <message>
        <source>No vacancy matches “{text}”. Check the spelling, or search for a job, an employer or a country.</source>
        <translation>“{text}” бўйича вакансия топилмади. Ёзилишини текширинг ёки иш, иш берувчи ёки мамлакатни қидиринг.</translation>
    </message>
    <message>
        <source>No vacancy for this job in this country. Choose another country or job.</source>
        <translation>Бу мамлакатда бу иш бўйича вакансия йўқ. Бошқа мамлакат ёки ишни танланг.</translation>
    </message>
    <message>
        <source>“{text}” is found only in other countries or jobs. Choose “{countries}” or “{jobs}” to see those vacancies.</source>
        <translation>“{text}” фақат бошқа мамлакатлар ёки ишларда топилди. Уларни кўриш учун “{countries}” ёки “{jobs}” ни танланг.</translation>
    </message>
    <message>
        <source>{wage} a month</source>
        <translation>ойига {wage}</translation>
    </message>
    <message>
        <source>closes {date}</source>
        <translation>{date} гача</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>НАМУНА</translation>
    </message>
    <message>
        <source>Loading vacancies…</source>
        <translation>Вакансиялар юкланмоқда…</translation>
    </message>
    <message>
        <source>Vacancies cannot be shown right now. Please try again in a minute.</source>
        <translation>Вакансияларни ҳозир кўрсатиб бўлмайди. Бир дақиқадан сўнг қайта уриниб кўринг.</translation>
    </message>
    <message>
        <source>Vacancies are hidden until this kiosk&apos;s registry data is up to date: the agencies&apos; licences cannot be confirmed.</source>
        <translation>Киоскдаги реестр маълумотлари янгиланмагунча вакансиялар яширилган: агентликлар лицензиясини тасдиқлаб бўлмайди.</translation>
    </message>
    <message>
        <source>No vacancies are open at the moment.</source>
        <translation>Ҳозирча очиқ вакансия йўқ.</translation>
    </message>
    <message>
        <source>{shown} of {total} vacancies. Choose a country or a job to see the rest.</source>
        <translation>{total} та вакансиядан {shown} таси. Қолганларини кўриш учун мамлакат ёки ишни танланг.</translation>
    </message>
</context>
<context>
    <name>VacancyHelp</name>
    <message>
        <source>Before you apply for a job abroad</source>
        <translation>Чет элдаги ишга ариза беришдан олдин</translation>
    </message>
    <message>
        <source>A real job order names a licensed agency and a contract registration number.</source>
        <translation>Ҳақиқий вакансияда лицензияли агентлик ва шартноманинг рўйхатга олиш рақами кўрсатилади.</translation>
    </message>
    <message>
        <source>Check the agency&apos;s licence here before you sign or pay anything.</source>
        <translation>Бирор нарсага имзо чекиш ёки пул тўлашдан олдин агентлик лицензиясини шу ерда текширинг.</translation>
    </message>
    <message>
        <source>This takes a few seconds. Meanwhile, here is how to tell a real job offer.</source>
        <translation>Бу бир неча сония давом этади. Бу орада ҳақиқий иш таклифини қандай ажратишни ўқинг.</translation>
    </message>
    <message>
        <source>This kiosk last confirmed the licence registry on {date}. A job order is shown only while its agency&apos;s licence can be confirmed.</source>
        <translation>Бу киоск лицензиялар реестрини охирги марта {date} куни тасдиқлаган. Вакансия фақат агентлигининг лицензиясини тасдиқлаш мумкин бўлганда кўрсатилади.</translation>
    </message>
    <message>
        <source>This kiosk has not confirmed the licence registry yet.</source>
        <translation>Бу киоск лицензиялар реестрини ҳали тасдиқламаган.</translation>
    </message>
</context>
<context>
    <name>VacancyScreen</name>
    <message>
        <source>Vacancy</source>
        <translation>Вакансия</translation>
    </message>
    <message>
        <source>This vacancy is no longer shown: it has closed, or its agency is no longer licensed.</source>
        <translation>Бу вакансия энди кўрсатилмайди: муддати тугаган ёки агентлиги энди лицензияга эга эмас.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>НАМУНА</translation>
    </message>
    <message>
        <source>Agency: {name}, licence {number}</source>
        <translation>Агентлик: {name}, лицензия {number}</translation>
    </message>
    <message>
        <source>Wage: {wage} a month</source>
        <translation>Маош: ойига {wage}</translation>
    </message>
    <message>
        <source>Hours: {hours} a week</source>
        <translation>Иш вақти: ҳафтасига {hours} соат</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Тил: {language}</translation>
    </message>
    <message>
        <source>Places: {places}</source>
        <translation>Ўринлар: {places}</translation>
    </message>
    <message>
        <source>Apply by: {date}</source>
        <translation>Ариза муддати: {date}</translation>
    </message>
    <message>
        <source>Contract registration number: {number}</source>
        <translation>Шартнома рўйхат рақами: {number}</translation>
    </message>
    <message>
        <source>The job order</source>
        <translation>Иш буюртмаси</translation>
    </message>
    <message>
        <source>Never pay for a job offer. Apply only on the platform or at the licensed agency.</source>
        <translation>Иш таклифи учун ҳеч қачон пул тўламанг. Фақат платформа ёки лицензияли агентлик орқали ариза беринг.</translation>
    </message>
    <message>
        <source>This job on your phone, and how to apply</source>
        <translation>Бу иш телефонингизда ва қандай ариза бериш</translation>
    </message>
    <message>
        <source>Scan to apply on the platform</source>
        <translation>Платформада ариза бериш учун сканерланг</translation>
    </message>
</context>
<context>
    <name>VerdictScreen</name>
    <message>
        <source>Report it here at the kiosk, or call the Migration Agency&apos;s hotline.</source>
        <translation>Шу киоскда хабар беринг ёки Миграция агентлигининг ишонч телефонига қўнғироқ қилинг.</translation>
    </message>
    <message>
        <source>Do not pay anyone and do not hand over your passport.</source>
        <translation>Ҳеч кимга пул тўламанг ва паспортингизни берманг.</translation>
    </message>
    <message>
        <source>The registry on this kiosk has not been updated for a while. The licence may have changed since.</source>
        <translation>Бу киоскдаги реестр анча вақтдан бери янгиланмаган. Бу орада лицензия ҳолати ўзгарган бўлиши мумкин.</translation>
    </message>
    <message>
        <source>Check the licence again on the official registry (scan the code).</source>
        <translation>Лицензияни расмий реестрда яна бир бор текширинг (кодни сканерланг).</translation>
    </message>
    <message>
        <source>This agency holds a valid licence to place workers abroad.</source>
        <translation>Бу агентликда одамларни чет элга ишга юбориш учун амалдаги лицензия бор.</translation>
    </message>
    <message>
        <source>The employer pays the placement fee. The agency may charge you only for information and advice.</source>
        <translation>Ишга жойлаштириш ҳақини иш берувчи тўлайди. Агентлик сиздан фақат маълумот ва маслаҳат учун пул олиши мумкин.</translation>
    </message>
    <message>
        <source>Sign a written contract and make sure it is registered electronically.</source>
        <translation>Ёзма шартнома имзоланг ва у электрон рўйхатдан ўтганини текширинг.</translation>
    </message>
    <message>
        <source>This agency may not recruit workers while its licence is suspended.</source>
        <translation>Лицензияси тўхтатилган пайтда бу агентликнинг одамларни ишга ёллашга ҳаққи йўқ.</translation>
    </message>
    <message>
        <source>This agency lost its licence. It may not recruit workers.</source>
        <translation>Бу агентлик лицензиядан маҳрум қилинган. Унинг одамларни ишга ёллашга ҳаққи йўқ.</translation>
    </message>
    <message>
        <source>This agency&apos;s licence has ended. It may not recruit workers.</source>
        <translation>Бу агентлик лицензиясининг муддати тугаган. Унинг одамларни ишга ёллашга ҳаққи йўқ.</translation>
    </message>
    <message>
        <source>This is a known illegal operator, not a licensed agency.</source>
        <translation>Бу лицензияли агентлик эмас, балки маълум ноқонуний воситачи.</translation>
    </message>
    <message>
        <source>No licensed agency matches what you typed. An agency that is not in the registry may not recruit you.</source>
        <translation>Сиз ёзган сўров бўйича лицензияли агентлик топилмади. Реестрда йўқ агентликнинг сизни ишга ёллашга ҳаққи йўқ.</translation>
    </message>
    <message>
        <source>Check the spelling, or search by licence number.</source>
        <translation>Ёзилишини текширинг ёки лицензия рақами бўйича қидиринг.</translation>
    </message>
    <message>
        <source>Licence check result</source>
        <translation>Лицензияни текшириш натижаси</translation>
    </message>
    <message>
        <source>Checking the licence…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензия текширилмоқда…</translation>
    </message>
    <message>
        <source>The licence cannot be checked right now. Please try again in a minute.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензияни ҳозир текшириб бўлмайди. Бир дақиқадан сўнг қайта уриниб кўринг.</translation>
    </message>
    <message>
        <source>SAMPLE REGISTRY — fictional agencies</source>
        <translation>НАМУНАВИЙ РЕЕСТР — ўйлаб топилган агентликлар</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Энди нима қилиш керак</translation>
    </message>
    <message>
        <source>Registry details</source>
        <translation>Реестрдаги маълумотлар</translation>
    </message>
    <message>
        <source>Registry data as of {date}</source>
        <translation>Реестр маълумотлари {date} ҳолатига</translation>
    </message>
    <message>
        <source>Current status on your phone</source>
        <translation>Ҳозирги ҳолати телефонингизда</translation>
    </message>
    <message>
        <source>Official registry page</source>
        <translation>Реестрнинг расмий саҳифаси</translation>
    </message>
    <message>
        <source>This result as text (no internet needed)</source>
        <translation>Бу натижа матн кўринишида (интернет керак эмас)</translation>
    </message>
    <message>
        <source>Licence number: {value}</source>
        <translation>Лицензия рақами: {value}</translation>
    </message>
    <message>
        <source>Issued: {start} · Valid until: {end}</source>
        <translation>Берилган: {start} · Амал қилиш муддати: {end}</translation>
    </message>
    <message>
        <source>Last status change: {date} — {reason}</source>
        <translation>Ҳолат охирги марта ўзгарган: {date} — {reason}</translation>
    </message>
    <message>
        <source>Also known as: {names}</source>
        <translation>Бошқа номлари: {names}</translation>
    </message>
    <message>
        <source>Tax number (STIR): {value}</source>
        <translation>Солиқ рақами (СТИР): {value}</translation>
    </message>
    <message>
        <source>Address: {region}, {address}</source>
        <translation>Манзил: {region}, {address}</translation>
    </message>
    <message>
        <source>May recruit for: {countries}</source>
        <translation>Ишга юбора оладиган давлатлар: {countries}</translation>
    </message>
    <message>
        <source>Why it is listed: {reason}</source>
        <translation>Рўйхатга киритилиш сабаби: {reason}</translation>
    </message>
    <message>
        <source>Listed on: {date}</source>
        <translation>Рўйхатга киритилган: {date}</translation>
    </message>
    <message>
        <source>Known contacts: {items}</source>
        <translation>Маълум контактлари: {items}</translation>
    </message>
    <message>
        <source>Report this agency</source>
        <translation>Агентлик устидан шикоят</translation>
    </message>
    <message>
        <source>Check another agency</source>
        <translation>Бошқа агентликни текшириш</translation>
    </message>
    <message>
        <source>Checked at the airport kiosk on {date}</source>
        <translation>Аэропорт киоскида {date} куни текширилди</translation>
    </message>
</context>
</TS>
