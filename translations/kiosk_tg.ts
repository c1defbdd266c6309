<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg_TJ">
<context>
    <name>AdminScreen</name>
    <message>
        <source>never</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҳеҷ гоҳ</translation>
    </message>
    <message>
        <source>{days} d {hours} h ago</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{days} рӯз {hours} соат пеш</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min ago</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{hours} соат {minutes} дақ пеш</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{minutes} дақ пеш</translation>
    </message>
    <message>
        <source>Technician panel</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Панели техник</translation>
    </message>
    <message>
        <source>Read-aloud voices</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Овозҳои хониши баланд</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳозир ҳамоҳанг кардан</translation>
    </message>
    <message>
        <source>Tap again to restart</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои аз нав оғоз кардан боз пахш кунед</translation>
    </message>
    <message>
        <source>Restart app</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барномаро аз нав оғоз кардан</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои баромадан боз пахш кунед</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Баромадан ба мизи корӣ</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>…</translation>
    </message>
    <message>
        <source>{free} GB of {total} GB</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{free} ГБ аз {total} ГБ</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рақами киоск</translation>
    </message>
    <message>
        <source>Content version</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Версияи мундариҷа</translation>
    </message>
    <message>
        <source> (sample)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation> (намуна)</translation>
    </message>
    <message>
        <source>Content applied</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мундариҷа татбиқ шуд</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳамоҳангсозии охирин</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Хатои ҳамоҳангсозӣ</translation>
    </message>
    <message>
        <source>Server token</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Токени сервер</translation>
    </message>
    <message>
        <source>Outbox (not yet sent)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Навбати ирсол (ҳанӯз фиристода нашудааст)</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Диски холӣ</translation>
    </message>
    <message>
        <source>{engine} has no voice for this language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{engine} барои ин забон садо надорад</translation>
    </message>
    <message>
        <source>the list of installed voices has not been read yet</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>рӯйхати садоҳои насбшуда ҳанӯз хонда нашудааст</translation>
    </message>
    <message>
        <source>speech engine unavailable: {error}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>барномаи садо дастнорас аст: {error}</translation>
    </message>
    <message>
        <source>{engine}: the voice “{voice}” is not installed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{engine}: садои «{voice}» насб нашудааст</translation>
    </message>
    <message>
        <source>no voice is set for this language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>барои ин забон садо муайян нашудааст</translation>
    </message>
    <message>
        <source>sync not configured</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҳамоҳангсозӣ танзим нашудааст</translation>
    </message>
    <message>
        <source>no sync yet since start</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>аз оғоз ҳамоҳангсозӣ нашудааст</translation>
    </message>
    <message>
        <source>REJECTED by the server since {when}: reports are not delivered; ask for a new token</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Аз {when} сервер РАД МЕКУНАД: хабарҳо расонида намешаванд; токени нав талаб кунед</translation>
    </message>
    <message>
        <source>not refused</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>рад нашудааст</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>нест</translation>
    </message>
    <message>
        <source>voice “{voice}”</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>овози «{voice}»</translation>
    </message>
    <message>
        <source>Test</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Санҷиш</translation>
    </message>
</context>
<context>
    <name>AlertScreen</name>
    <message>
        <source>Fraud warning</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Огоҳӣ дар бораи қаллобӣ</translation>
    </message>
    <message>
        <source>This warning is no longer available.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ин огоҳӣ дигар дастрас нест.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Аломатҳои хатар</translation>
    </message>
    <message>
        <source>What to do</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чӣ бояд кард</translation>
    </message>
    <message>
        <source>Published: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Нашр шуд: {date}</translation>
    </message>
</context>
<context>
    <name>AlertsScreen</name>
    <message>
        <source>Fraud warnings</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Огоҳиҳо дар бораи қаллобӣ</translation>
    </message>
    <message>
        <source>Recruiters who break these rules are cheating you. Tap a warning to read more.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Миёнаравоне, ки ин қоидаҳоро вайрон мекунанд, шуморо фиреб медиҳанд. Барои хондани бештар огоҳиро пахш кунед.</translation>
    </message>
    <message>
        <source>There are no warnings right now.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳоло огоҳӣ нест.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>НАМУНА</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ФАВРӢ</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ОГОҲӢ</translation>
    </message>
    <message>
        <source>GOOD TO KNOW</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ДОНИСТАН МУФИД АСТ</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Article</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мақола</translation>
    </message>
    <message>
        <source>This article is no longer available.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ин мақола дигар дастрас нест.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Манбаъ: {source}</translation>
    </message>
    <message>
        <source>Checked on: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Санҷида шуд: {date}</translation>
    </message>
</context>
<context>
    <name>ArticlesScreen</name>
    <message>
        <source>Articles</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мақолаҳо</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>НАМУНА</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Минбаъд чӣ бояд кард</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Санҷиши агентӣ</translation>
    </message>
    <message>
        <source>Is the agency that recruited you licensed?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Оё агентие, ки шуморо ба кор ҷалб кард, иҷозатнома дорад?</translation>
    </message>
</context>
<context>
    <name>AskScreen</name>
    <message>
        <source>Ask a question</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Савол додан</translation>
    </message>
    <message>
        <source>Type your question in any language. The answers are taken word for word from checked information; nothing is made up.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Саволи худро бо ҳар забоне нависед. Ҷавобҳо калима ба калима аз маълумоти санҷидашуда гирифта мешаванд; ҳеҷ чиз бофта намешавад.</translation>
    </message>
    <message>
        <source>For example: can my employer keep my passport?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Масалан: оё корфармо шиносномаи маро нигоҳ дошта метавонад?</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дархости занги бозгашт</translation>
    </message>
    <message>
        <source>Preparing the answers…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҷавобҳо омода мешаванд…</translation>
    </message>
    <message>
        <source>There is no checked answer to this question here. The situation centre can call you back and help.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар ин ҷо ба ин савол ҷавоби санҷидашуда нест. Маркази вазъиятӣ метавонад ба шумо занг зада кӯмак кунад.</translation>
    </message>
    <message>
        <source>Or tap one of these questions:</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ё яке аз ин саволҳоро пахш кунед:</translation>
    </message>
    <message>
        <source>Other questions travellers ask</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Саволҳои дигари мусофирон</translation>
    </message>
    <message>
        <source>Questions travellers often ask</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Саволҳое, ки мусофирон зиёд медиҳанд</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кушодан</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Going abroad to work? Check your agency&apos;s licence before you pay anyone.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ба хориҷа барои кор меравед? Пеш аз пардохт иҷозатномаи агентиро санҷед.</translation>
    </message>
    <message>
        <source>The employer pays for your job placement, not you.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои ба кор ҷойгиркунӣ на шумо, балки корфармо пардохт мекунад.</translation>
    </message>
    <message>
        <source>Never give your passport to a recruiter.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳеҷ гоҳ шиносномаи худро ба миёнарав надиҳед.</translation>
    </message>
    <message>
        <source>A tourist visa is not a work visa.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Раводиди сайёҳӣ раводиди корӣ нест.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои оғоз экранро ламс кунед</translation>
    </message>
</context>
<context>
    <name>AudioToggle</name>
    <message>
        <source>Read every screen aloud</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳар як экранро баланд хондан</translation>
    </message>
    <message>
        <source>Tap to hear each screen</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои шунидани ҳар як экран пахш кунед</translation>
    </message>
    <message>
        <source>Each screen is read aloud. Tap to stop.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳар як экран баланд хонда мешавад. Барои қатъ пахш кунед.</translation>
    </message>
    <message>
        <source>There is no voice for this language yet</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои ин забон ҳоло овоз нест</translation>
    </message>
    <message>
        <source>On</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Фаъол</translation>
    </message>
    <message>
        <source>Off</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Хомӯш</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>My passport was taken</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шиносномаамро гирифтанд</translation>
    </message>
    <message>
        <source>I am forced to work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Маро маҷбуран кор фармуда истодаанд</translation>
    </message>
    <message>
        <source>Someone offers me military service</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ба ман хизмати ҳарбиро пешниҳод мекунанд</translation>
    </message>
    <message>
        <source>My wages are not paid</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Музди корамро намедиҳанд</translation>
    </message>
    <message>
        <source>Is my job offer real?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Пешниҳоди кори ман воқеӣ аст?</translation>
    </message>
    <message>
        <source>Visa, contract or documents</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Раводид, шартнома ё ҳуҷҷатҳо</translation>
    </message>
    <message>
        <source>Something else</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чизи дигар</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ба ман занг занед</translation>
    </message>
    <message>
        <source>The Migration Agency&apos;s situation centre will call you back.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Маркази вазъиятии Агентии муҳоҷират ба шумо занг мезанад.</translation>
    </message>
    <message>
        <source>In which language should we call you?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ба шумо бо кадом забон занг занем?</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар бораи чӣ?</translation>
    </message>
    <message>
        <source>Where are you going to work?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои кор ба куҷо меравед?</translation>
    </message>
    <message>
        <source>Check your request</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дархости худро санҷед</translation>
    </message>
    <message>
        <source>Your number is used only for this call. It is deleted from this kiosk as soon as the centre has received it.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рақами шумо танҳо барои ҳамин занг истифода мешавад. Ҳамин ки марказ онро гирифт, аз ин киоск нест карда мешавад.</translation>
    </message>
    <message>
        <source>I agree to be called on this number</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ман розӣ ҳастам, ки ба ин рақам занг зананд</translation>
    </message>
    <message>
        <source>Send request</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Фиристодани дархост</translation>
    </message>
    <message>
        <source>Your request was received. The centre will call you.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дархости шумо қабул шуд. Марказ ба шумо занг мезанад.</translation>
    </message>
    <message>
        <source>Write down this reference code or scan it. The operator will say it when they call.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ин рамзи маълумотро нависед ё скан кунед. Оператор ҳангоми занг онро мегӯяд.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Анҷом</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳанӯз қарор надодаам</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Телефон: {phone}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Забон: {language}</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мавзӯъ: {topic}</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кишвар: {country}</translation>
    </message>
    <message>
        <source>Please answer every question and agree to be called.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лутфан ба ҳамаи саволҳо ҷавоб диҳед ва ба занг розигӣ диҳед.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Фиристода мешавад…</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рамзи маълумот</translation>
    </message>
    <message>
        <source>If you are in danger now, call the emergency number of the country you are in.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агар ҳозир дар хатар бошед, ба рақами ёрии таъҷилии кишваре, ки дар он ҳастед, занг занед.</translation>
    </message>
    <message>
        <source>Your request could not be saved. Please try again, or call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дархости шуморо нигоҳ доштан нашуд. Лутфан аз нав кӯшиш кунед ё ба хати боварӣ занг занед.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Забон</translation>
    </message>
    <message>
        <source>Topic</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мавзӯъ</translation>
    </message>
    <message>
        <source>Country</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кишвар</translation>
    </message>
</context>
<context>
    <name>CheckAgencyScreen</name>
    <message>
        <source>Check an agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Санҷиши агентӣ</translation>
    </message>
    <message>
        <source>Type the agency&apos;s name, licence number, tax number (STIR), phone or Telegram.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Номи агентӣ, рақами иҷозатнома, рақами андоз (СТИР), телефон ё Telegram-ро нависед.</translation>
    </message>
    <message>
        <source>Agency name or number</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ном ё рақами агентӣ</translation>
    </message>
    <message>
        <source>Not found: what should I do?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ёфт нашуд: чӣ кор кунам?</translation>
    </message>
    <message>
        <source>How to check</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чӣ тавр санҷидан лозим</translation>
    </message>
    <message>
        <source>Find the agency&apos;s name or licence number on your contract, receipt or advert.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Номи агентӣ ё рақами иҷозатномаро аз шартнома, квитансия ё эълон ёбед.</translation>
    </message>
    <message>
        <source>Type it above: the results appear as you type.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Онро дар боло нависед: натиҷаҳо ҳангоми навиштан пайдо мешаванд.</translation>
    </message>
    <message>
        <source>Tap a result to see whether the agency may recruit you, and what to do.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои донистани он ки агентӣ шуморо ба кор гирифта метавонад ва чӣ бояд кард, натиҷаро пахш кунед.</translation>
    </message>
    <message>
        <source>Not sure? Call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Боварӣ надоред? Ба хати боварӣ занг занед.</translation>
    </message>
    <message>
        <source>Licence {number}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Иҷозатнома {number}</translation>
    </message>
    <message>
        <source>No licensed agency and no warning matches “{text}”.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Аз рӯи «{text}» на агентии иҷозатномадор ва на огоҳӣ ёфт шуд.</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Migration Agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агентии муҳоҷират</translation>
    </message>
    <message>
        <source>Embassies and consulates</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сафоратҳо ва консулгариҳо</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Созмонҳои байналмилалӣ</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳолатҳои фавқулода</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кӯмак ва хатҳои боварӣ</translation>
    </message>
    <message>
        <source>Save a contact before you fly: scan its code with your phone.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Пеш аз парвоз тамосро нигоҳ доред: рамзи онро бо телефон скан кунед.</translation>
    </message>
    <message>
        <source>☎ Call me back: leave your number</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>☎ Ба ман занг занед: рақами худро гузоред</translation>
    </message>
    <message>
        <source>Centres and offices</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Марказҳо ва идораҳо</translation>
    </message>
    <message>
        <source>Platform services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Хизматҳои платформа</translation>
    </message>
    <message>
        <source>Scan to open</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои кушодан скан кунед</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>НАМУНА</translation>
    </message>
    <message>
        <source>Scan to save</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои нигоҳ доштан скан кунед</translation>
    </message>
</context>
<context>
    <name>CountriesScreen</name>
    <message>
        <source>Country guides</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Роҳнамо аз рӯи кишварҳо</translation>
    </message>
    <message>
        <source>Where are you going to work?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои кор ба куҷо меравед?</translation>
    </message>
    <message>
        <source>There are no country guides yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳоло роҳнамои кишварҳо нест.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>НАМУНА</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Country guide</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Роҳнамои кишвар</translation>
    </message>
    <message>
        <source>This guide is no longer available.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ин роҳнамо дигар дастрас нест.</translation>
    </message>
    <message>
        <source>Country guide: {country}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Роҳнамо: {country}</translation>
    </message>
    <message>
        <source>Legal route</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Роҳи қонунӣ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳуҷҷатҳо</translation>
    </message>
    <message>
        <source>Common scams</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қаллобиҳои маъмул</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тамосҳо</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рақамҳои ёрии таъҷилӣ</translation>
    </message>
    <message>
        <source>Before you board</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Пеш аз савор шудан ба ҳавопаймо</translation>
    </message>
    <message>
        <source>Offices in this country ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Идораҳо дар ин кишвар ›</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Манбаъ: {source}</translation>
    </message>
    <message>
        <source>Checked on: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Санҷида шуд: {date}</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>‹ Back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>‹ Бозгашт</translation>
    </message>
    <message>
        <source>⌂ Home</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>⌂ Саҳифаи асосӣ</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Забон</translation>
    </message>
    <message>
        <source>✕ Finish</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>✕ Анҷом</translation>
    </message>
    <message>
        <source>Finish and clear my data</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Анҷом додан ва маълумоти маро тоза кардан</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>■ Қатъ</translation>
    </message>
    <message>
        <source>▶ Read aloud</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>▶ Баланд хондан</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Матни калонтар</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Контрасти баланд</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Check an agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Санҷиши агентӣ</translation>
    </message>
    <message>
        <source>Is the agency that recruited you licensed?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Оё агентие, ки шуморо ба кор ҷалб кард, иҷозатнома дорад?</translation>
    </message>
    <message>
        <source>Fraud warnings</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Огоҳиҳо дар бораи қаллобӣ</translation>
    </message>
    <message>
        <source>How people are cheated, and how to stay safe</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Одамонро чӣ гуна фиреб медиҳанд ва чӣ гуна эмин мондан мумкин</translation>
    </message>
    <message>
        <source>Your rights and legal work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳуқуқҳои шумо ва кори қонунӣ</translation>
    </message>
    <message>
        <source>Fees, contracts, passports, legal ways to work abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Пардохтҳо, шартномаҳо, шиносномаҳо, роҳҳои қонунии кор дар хориҷа</translation>
    </message>
    <message>
        <source>Country guides</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Роҳнамо аз рӯи кишварҳо</translation>
    </message>
    <message>
        <source>Entry rules, documents and scams, country by country</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қоидаҳои воридшавӣ, ҳуҷҷатҳо ва қаллобиҳо, аз рӯи кишвар</translation>
    </message>
    <message>
        <source>Is this job offer safe?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Оё ин пешниҳоди кор бехатар аст?</translation>
    </message>
    <message>
        <source>Answer a few questions: see the warning signs</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ба чанд савол ҷавоб диҳед ва аломатҳои хатарро бинед</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Савол додан</translation>
    </message>
    <message>
        <source>Answers from checked information, in any language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҷавобҳо аз маълумоти санҷидашуда, бо ҳар забон</translation>
    </message>
    <message>
        <source>Jobs, centres and services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кор, марказҳо ва хизматҳо</translation>
    </message>
    <message>
        <source>Verified vacancies, a call back, offices, the platform</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҷойҳои кори тасдиқшуда, занги бозгашт, идораҳо, платформа</translation>
    </message>
    <message>
        <source>Report fraud</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Хабар додан дар бораи қаллобӣ</translation>
    </message>
    <message>
        <source>Tell the agency about a fake recruiter</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ба агентӣ дар бораи миёнарави қалбакӣ хабар диҳед</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кӯмак ва хатҳои боварӣ</translation>
    </message>
    <message>
        <source>Whom to call at home and abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар ватан ва хориҷа ба кӣ занг задан лозим</translation>
    </message>
    <message>
        <source>How can we help you?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ба шумо чӣ гуна кӯмак карда метавонем?</translation>
    </message>
    <message>
        <source>URGENT WARNING</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ОГОҲИИ ФАВРӢ</translation>
    </message>
    <message>
        <source>Read ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Хондан ›</translation>
    </message>
</context>
<context>
    <name>HotlinePanel</name>
    <message>
        <source>SAMPLE NUMBER</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>РАҚАМИ НАМУНА</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои занг задан скан кунед</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n сония монд</numerusform>
            <numerusform>%n сония монд</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳанӯз дар ин ҷо ҳастед?</translation>
    </message>
    <message>
        <source>Touch the screen to continue</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои идома экранро ламс кунед</translation>
    </message>
</context>
<context>
    <name>Occupation</name>
    <message>
        <source>Construction</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сохтмон</translation>
    </message>
    <message>
        <source>Farm work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кишоварзӣ</translation>
    </message>
    <message>
        <source>Factory work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кори завод</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Анбор</translation>
    </message>
    <message>
        <source>Driver</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ронанда</translation>
    </message>
    <message>
        <source>Care work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Нигоҳубин</translation>
    </message>
    <message>
        <source>Hotels</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Меҳмонхонаҳо</translation>
    </message>
    <message>
        <source>Cook</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ошпаз</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тозакунӣ</translation>
    </message>
    <message>
        <source>Welder</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кафшергар</translation>
    </message>
    <message>
        <source>No language required</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Забон талаб карда намешавад</translation>
    </message>
</context>
<context>
    <name>OfficesScreen</name>
    <message>
        <source>Centres and offices</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Марказҳо ва идораҳо</translation>
    </message>
    <message>
        <source>Where to get help in person. Scan a code to call, or to find the place on your phone&apos;s map.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҷойҳое, ки кӯмакро шахсан мегиред. Барои занг ё ёфтан дар харита рамзро скан кунед.</translation>
    </message>
    <message>
        <source>In Uzbekistan</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар Ӯзбекистон</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар хориҷа</translation>
    </message>
    <message>
        <source>All regions</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳамаи вилоятҳо</translation>
    </message>
    <message>
        <source>All countries</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳамаи кишварҳо</translation>
    </message>
    <message>
        <source>No office is listed here yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳоло дар ин ҷо идора нест.</translation>
    </message>
    <message>
        <source>Country guide: {country}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Роҳнамо: {country}</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рақамҳои ёрии таъҷилӣ</translation>
    </message>
    <message>
        <source>Migration Agency office</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Идораи Агентии муҳоҷират</translation>
    </message>
    <message>
        <source>Centre</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Марказ</translation>
    </message>
    <message>
        <source>Language school</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мактаби забон</translation>
    </message>
    <message>
        <source>Mobile visa centre</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Маркази сайёри раводид</translation>
    </message>
    <message>
        <source>Office abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Идора дар хориҷа</translation>
    </message>
    <message>
        <source>Open from {start} to {end}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Аз {start} то {end} кушода</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Суроға: {address}</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Соатҳои корӣ: {hours}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Телефон: {phone}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>НАМУНА</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои занг скан кунед</translation>
    </message>
    <message>
        <source>Scan for the map</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои харита скан кунед</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Фосила</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тоза кардан</translation>
    </message>
    <message>
        <source>Delete all text</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тамоми матнро нест кардан</translation>
    </message>
    <message>
        <source>Enter</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ворид кардан</translation>
    </message>
    <message>
        <source>Next field, or done</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Майдони навбатӣ ё тайёр</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳарфи охиринро нест кардан</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳарфҳои лотинӣ</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳарфҳои кириллӣ</translation>
    </message>
    <message>
        <source>Digits and symbols</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рақамҳо ва аломатҳо</translation>
    </message>
</context>
<context>
    <name>OneStopScreen</name>
    <message>
        <source>Jobs, centres and services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кор, марказҳо ва хизматҳо</translation>
    </message>
    <message>
        <source>The Migration Agency&apos;s services for people going to work abroad.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Хизматҳои Агентии муҳоҷират барои касоне, ки ба кор ба хориҷа мераванд.</translation>
    </message>
    <message>
        <source>Verified vacancies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҷойҳои кори тасдиқшуда</translation>
    </message>
    <message>
        <source>Jobs abroad from licensed agencies, with a code to apply</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Корҳои хориҷӣ аз агентиҳои иҷозатномадор, бо рамзи ариза</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ба ман занг занед</translation>
    </message>
    <message>
        <source>The situation centre calls you, in your language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Маркази вазъият бо забони шумо ба шумо занг мезанад</translation>
    </message>
    <message>
        <source>Centres and offices</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Марказҳо ва идораҳо</translation>
    </message>
    <message>
        <source>Where to get help in person, at home and abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ёрии шахсиро аз куҷо гирифтан мумкин: дар ватан ва хориҷа</translation>
    </message>
    <message>
        <source>Platform services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Хизматҳои платформа</translation>
    </message>
    <message>
        <source>What the “Xorijda ish” platform does, and what this kiosk answers</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Платформаи “Xorijda ish” чӣ кор мекунад ва ин киоск ба чӣ ҷавоб медиҳад</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <source>Loading…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бор карда мешавад…</translation>
    </message>
    <message>
        <source>This page cannot be shown right now. Please try again in a minute.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳоло ин саҳифаро нишон додан имконнопазир аст. Пас аз як дақиқа боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>SAMPLE CONTENT — to be replaced by the Migration Agency. Numbers and addresses shown here are not official.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>МУНДАРИҶАИ НАМУНАВӢ — Агентии муҳоҷират онро иваз мекунад. Рақамҳо ва суроғаҳои ин ҷо расмӣ нестанд.</translation>
    </message>
</context>
<context>
    <name>PhoneStep</name>
    <message>
        <source>Your phone number</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рақами телефони шумо</translation>
    </message>
    <message>
        <source>An Uzbek number: +998 and 9 digits. A foreign number: + and its country code.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рақами Ӯзбекистон: +998 ва 9 рақам. Рақами хориҷӣ: + ва рамзи кишвар.</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Минбаъда ›</translation>
    </message>
    <message>
        <source>Check the number: it is not complete yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рақамро санҷед: он ҳанӯз пурра нест.</translation>
    </message>
    <message>
        <source>Start with + and the country code (+998 for Uzbekistan).</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бо + ва рамзи кишвар оғоз кунед (барои Ӯзбекистон +998).</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>Technician access</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дастрасии техник</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>PIN-и маъмурро ворид кунед</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рақами охиринро нест кардан</translation>
    </message>
    <message>
        <source>OK</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>The PIN has {low} to {high} digits</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>PIN аз {low} то {high} рақам дорад</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before the pad locks: {n}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>PIN нодуруст аст. Кӯшишҳои боқимонда то қулф шудан: {n}</translation>
    </message>
    <message>
        <source>Admin access is not set up on this kiosk.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар ин киоск дастрасии маъмур танзим нашудааст.</translation>
    </message>
    <message>
        <source>The PIN could not be checked: {error}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>PIN-ро санҷидан нашуд: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked for {n} min.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>PIN-ҳои нодуруст аз ҳад зиёд. Ба муддати {n} дақиқа қулф шуд.</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>НАМУНА</translation>
    </message>
    <message>
        <source>Not yet translated into your language. Shown in: {language}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳанӯз ба забони шумо тарҷума нашудааст. Бо забони: {language}</translation>
    </message>
    <message>
        <source>Scan with your phone to read this later</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои баъдтар хондан бо телефон скан кунед</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Charged workers placement fees</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Аз коргарон барои ба кор бурдан пул гирифтааст</translation>
    </message>
    <message>
        <source>Did not register placement contracts electronically</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шартномаҳои ба кор бурданро ба таври электронӣ сабт накардааст</translation>
    </message>
    <message>
        <source>Did not keep the required bank deposit</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Амонати ҳатмии бонкиро нигоҳ надоштааст</translation>
    </message>
    <message>
        <source>Did not send its reports on time</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳисоботҳояшро сари вақт напешниҳод кардааст</translation>
    </message>
    <message>
        <source>Inspection found violations; suspended until they are fixed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Санҷиш қоидавайронкуниҳо ёфт; то бартараф шуданашон боздошта шуд</translation>
    </message>
    <message>
        <source>Sent workers abroad on tourist visas</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Коргаронро бо раводиди сайёҳӣ ба хориҷа фиристодааст</translation>
    </message>
    <message>
        <source>Kept workers&apos; passports</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шиносномаҳои коргаронро нигоҳ доштааст</translation>
    </message>
    <message>
        <source>Repeated violations after a suspension</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Пас аз боздоштан қоидавайронкуниҳоро такрор кардааст</translation>
    </message>
    <message>
        <source>Gave false information to get the licence</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои гирифтани иҷозатнома маълумоти бардурӯғ додааст</translation>
    </message>
    <message>
        <source>Licence not renewed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Иҷозатнома тамдид нашудааст</translation>
    </message>
    <message>
        <source>Licence term ended; no renewal was applied for</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мӯҳлати иҷозатнома ба охир расид; барои тамдид ариза дода нашудааст</translation>
    </message>
    <message>
        <source>Suspension lifted after the violations were fixed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Пас аз бартараф шудани қоидавайронкуниҳо боздошт бекор шуд</translation>
    </message>
    <message>
        <source>Sold tourist visas as work visas</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Раводидҳои сайёҳиро ҳамчун раводиди корӣ фурӯхтааст</translation>
    </message>
    <message>
        <source>Took up-front fees for jobs that did not exist</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои корҳои вуҷуднадошта пешпардохт гирифтааст</translation>
    </message>
    <message>
        <source>Sold fake work permits for European countries</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Иҷозатномаҳои қалбакии кор барои кишварҳои Аврупо фурӯхтааст</translation>
    </message>
    <message>
        <source>Sold places in the Korean EPS scheme, which no agency may sell</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҷойҳоро дар барномаи EPS-и Корея фурӯхтааст — ҳеҷ агентӣ ҳақ надорад онҳоро фурӯшад</translation>
    </message>
    <message>
        <source>Promised faster visas through “contacts at the embassy”</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тавассути «шиносон дар сафорат» раводиди зуд ваъда додааст</translation>
    </message>
    <message>
        <source>Took payment to personal bank cards for jobs abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои кор дар хориҷа пулро ба кортҳои шахсии бонкӣ гирифтааст</translation>
    </message>
    <message>
        <source>Charged fees for places in the UK seasonal work scheme</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои ҷойҳо дар барномаи кори мавсимии Британия пул гирифтааст</translation>
    </message>
    <message>
        <source>Recruited workers without a licence</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бе иҷозатнома коргар ҷалб кардааст</translation>
    </message>
    <message>
        <source>Uses a name like a licensed agency&apos;s; it has no licence</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Номеро монанди номи агентии иҷозатномадор истифода мебарад; иҷозатнома надорад</translation>
    </message>
    <message>
        <source>Offered “jobs” in Russia that were recruitment into armed forces</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар Русия «кор» пешниҳод кардааст, ки ҷалб ба қувваҳои мусаллаҳ буд</translation>
    </message>
    <message>
        <source>Took passports and asked for money to return them</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шиносномаҳоро гирифта, барои баргардонданашон пул талаб кардааст</translation>
    </message>
    <message>
        <source>Called itself a consulting firm and recruited workers without a licence</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Худро ширкати машваратӣ номида, бе иҷозатнома коргар ҷалб кардааст</translation>
    </message>
    <message>
        <source>Sold residence permits as work permits</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Иҷозати истиқоматро ҳамчун иҷозати кор фурӯхтааст</translation>
    </message>
</context>
<context>
    <name>RedFlagsResultScreen</name>
    <message>
        <source>Your result</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Натиҷаи шумо</translation>
    </message>
    <message>
        <source>The checker is not available on this kiosk yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Санҷиш дар ин киоск ҳанӯз дастрас нест.</translation>
    </message>
    <message>
        <source>Why</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чаро</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳозир чӣ бояд кард</translation>
    </message>
    <message>
        <source>Hotline: {phone}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Хати боварӣ: {phone}</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дархости занги бозгашт</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Санҷиши агентӣ</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Аз нав оғоз кардан</translation>
    </message>
    <message>
        <source>Your answers are not saved. Only an anonymous count of which warning signs were found is kept.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҷавобҳои шумо нигоҳ дошта намешаванд. Танҳо шумори беноми аломатҳои ёфтшудаи хатар нигоҳ дошта мешавад.</translation>
    </message>
    <message>
        <source>Job offer check at the airport kiosk</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Санҷиши пешниҳоди кор дар киоски фурудгоҳ</translation>
    </message>
    <message>
        <source>Scan to keep this result on your phone (no internet needed)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои нигоҳ доштани натиҷа дар телефон скан кунед (интернет лозим нест)</translation>
    </message>
</context>
<context>
    <name>RedFlagsScreen</name>
    <message>
        <source>Is this job offer safe?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Оё ин пешниҳоди кор бехатар аст?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳа</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Не</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Намедонам</translation>
    </message>
    <message>
        <source>Check the recruiter&apos;s name now</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Номи миёнаравро ҳозир санҷед</translation>
    </message>
    <message>
        <source>Answer a few short questions about your job offer. Your answers are not saved: they are forgotten when you finish.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ба чанд саволи кӯтоҳ дар бораи пешниҳоди кор ҷавоб диҳед. Ҷавобҳо нигоҳ дошта намешаванд: баъди анҷом фаромӯш мешаванд.</translation>
    </message>
    <message>
        <source>The checker is not available on this kiosk yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Санҷиш дар ин киоск ҳанӯз дастрас нест.</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Саволи {number} аз {total}</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>‹ Back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>‹ Бозгашт</translation>
    </message>
    <message>
        <source>They asked me to pay for the job</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои кор аз ман пул талабиданд</translation>
    </message>
    <message>
        <source>They took my passport</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шиносномаамро гирифтанд</translation>
    </message>
    <message>
        <source>They gave me a tourist visa for work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои кор ба ман раводиди сайёҳӣ доданд</translation>
    </message>
    <message>
        <source>There is no written contract</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шартномаи хаттӣ нест</translation>
    </message>
    <message>
        <source>Something else</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чизи дигар</translation>
    </message>
    <message>
        <source>Whom</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар бораи кӣ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чӣ шуд</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тамос</translation>
    </message>
    <message>
        <source>Send</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Фиристодан</translation>
    </message>
    <message>
        <source>Licence number: {value}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рақами иҷозатнома: {value}</translation>
    </message>
    <message>
        <source>Report fraud</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Хабар додан дар бораи қаллобӣ</translation>
    </message>
    <message>
        <source>Whom do you want to report? An agency, a phone number, a Telegram channel or a website.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар бораи кӣ хабар додан мехоҳед? Агентӣ, рақами телефон, канали Telegram ё сомона.</translation>
    </message>
    <message>
        <source>Name, phone or channel</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ном, телефон ё канал</translation>
    </message>
    <message>
        <source>What happened? Tap all that apply.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чӣ шуд? Ҳамаи мувофиқро пахш кунед.</translation>
    </message>
    <message>
        <source>May the Migration Agency contact you about this report?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Оё Агентии муҳоҷират метавонад дар бораи ин хабар бо шумо тамос гирад?</translation>
    </message>
    <message>
        <source>You do not have to give your phone number. The report is sent without your name either way.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Додани рақами телефон ҳатмӣ нест. Хабар дар ҳар сурат бе номи шумо фиристода мешавад.</translation>
    </message>
    <message>
        <source>No, send it without my contact</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Не, бе тамоси ман фиристед</translation>
    </message>
    <message>
        <source>Yes, I agree to be contacted</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳа, ба тамос розӣ ҳастам</translation>
    </message>
    <message>
        <source>What happened? (optional)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чӣ шуд? (ихтиёрӣ)</translation>
    </message>
    <message>
        <source>Check your report</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Хабари худро санҷед</translation>
    </message>
    <message>
        <source>Send report</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Фиристодани хабар</translation>
    </message>
    <message>
        <source>Thank you. Your report was received.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ташаккур. Хабари шумо қабул шуд.</translation>
    </message>
    <message>
        <source>Write down this reference code, or scan it with your phone. Give it if you call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ин рамзи маълумотро нависед ё бо телефон скан кунед. Агар ба хати боварӣ занг занед, онро гӯед.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Анҷом</translation>
    </message>
    <message>
        <source>The Migration Agency reads every report.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агентии муҳоҷират ҳар як хабарро мехонад.</translation>
    </message>
    <message>
        <source>If you gave your phone number, an officer may call you.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агар рақами телефонатонро дода бошед, корманд метавонад ба шумо занг занад.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Баъд чӣ мешавад</translation>
    </message>
    <message>
        <source>You get a reference code on the next screen.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар экрани навбатӣ рамзи маълумотро мегиред.</translation>
    </message>
    <message>
        <source>In trouble right now? Call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳоло дар мушкилед? Ба хати боварӣ занг занед.</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Минбаъда ›</translation>
    </message>
    <message>
        <source>Step {number} of {total}: {name}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Қадами {number} аз {total}: {name}</translation>
    </message>
    <message>
        <source>Whom: {who}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар бораи кӣ: {who}</translation>
    </message>
    <message>
        <source>Contact: {phone}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тамос: {phone}</translation>
    </message>
    <message>
        <source>Contact: none</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тамос: нест</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Фиристода мешавад…</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рамзи маълумот</translation>
    </message>
    <message>
        <source>Your report could not be saved. Please try again, or call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Хабари шуморо нигоҳ доштан нашуд. Лутфан аз нав кӯшиш кунед ё ба хати боварӣ занг занед.</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Platform services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Хизматҳои платформа</translation>
    </message>
    <message>
        <source>The “Xorijda ish” platform&apos;s services. Some the kiosk answers here; the others need the platform: scan the code and continue on your phone.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Хизматҳои платформаи «Xorijda ish». Ба баъзеашон киоск дар ин ҷо ҷавоб медиҳад; барои дигарон платформа лозим: рамзро скан карда, дар телефон идома диҳед.</translation>
    </message>
    <message>
        <source>This kiosk answers it</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Киоск ҷавоб медиҳад</translation>
    </message>
    <message>
        <source>Needs the platform</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Платформа лозим</translation>
    </message>
    <message>
        <source>For: {who}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои: {who}</translation>
    </message>
    <message>
        <source>Bring: {what}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Биёред: {what}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>НАМУНА</translation>
    </message>
    <message>
        <source>Open here ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар ин ҷо кушодан ›</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Licensed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Иҷозатнома дорад</translation>
    </message>
    <message>
        <source>Licensed — registry may be out of date</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Иҷозатнома дорад — феҳрист шояд кӯҳна бошад</translation>
    </message>
    <message>
        <source>Licence suspended</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Иҷозатнома боздошта шудааст</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Иҷозатнома бекор карда шудааст</translation>
    </message>
    <message>
        <source>Licence expired</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мӯҳлати иҷозатнома гузаштааст</translation>
    </message>
    <message>
        <source>On the warning list</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар рӯйхати огоҳӣ</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар феҳрист нест</translation>
    </message>
</context>
<context>
    <name>TopicsScreen</name>
    <message>
        <source>Your rights and legal work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳуқуқҳои шумо ва кори қонунӣ</translation>
    </message>
</context>
<context>
    <name>VacanciesScreen</name>
    <message>
        <source>Verified vacancies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҷойҳои кори тасдиқшуда</translation>
    </message>
    <message>
        <source>Jobs abroad from licensed agencies only. Tap one for the details and a code to apply on the platform.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Танҳо корҳои хориҷӣ аз агентиҳои иҷозатномадор. Барои тафсилот ва рамзи ариза дар платформа пахш кунед.</translation>
    </message>
    <message>
        <source>Search: job, employer or country</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҷустуҷӯ: кор, корфармо ё кишвар</translation>
    </message>
    <message>
        <source>All countries</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳамаи кишварҳо</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳамаи касбҳо</translation>
    </message>
    <message>
        <source>Show more vacancies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Боз ҷойҳои кор нишон диҳед</translation>
    </message>
    <message>
        <source>No vacancy matches “{text}”. Check the spelling, or search for a job, an employer or a country.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Аз рӯи «{text}» ҷои кор ёфт нашуд. Имлоро санҷед ё кор, корфармо ё кишварро ҷустуҷӯ кунед.</translation>
    </message>
    <message>
        <source>No vacancy for this job in this country. Choose another country or job.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар ин кишвар барои ин кор ҷои кор нест. Кишвар ё кори дигарро интихоб кунед.</translation>
    </message>
    <message>
        <source>“{text}” is found only in other countries or jobs. Choose “{countries}” or “{jobs}” to see those vacancies.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«{text}» танҳо дар кишварҳо ё корҳои дигар ёфт шуд. Барои дидани онҳо «{countries}» ё «{jobs}»-ро интихоб кунед.</translation>
    </message>
    <message>
        <source>{wage} a month</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{wage} дар як моҳ</translation>
    </message>
    <message>
        <source>closes {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>то {date}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>НАМУНА</translation>
    </message>
    <message>
        <source>Loading vacancies…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҷойҳои кори холӣ бор карда мешаванд…</translation>
    </message>
    <message>
        <source>Vacancies cannot be shown right now. Please try again in a minute.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳоло ҷойҳои кори холиро нишон додан имконнопазир аст. Пас аз як дақиқа боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>Vacancies are hidden until this kiosk&apos;s registry data is up to date: the agencies&apos; licences cannot be confirmed.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>То навсозии маълумоти феҳрист дар киоск ҷойҳои кор пинҳонанд: иҷозатномаи агентиҳоро тасдиқ кардан мумкин нест.</translation>
    </message>
    <message>
        <source>No vacancies are open at the moment.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳоло ҷойҳои кори холӣ нестанд.</translation>
    </message>
    <message>
        <source>{shown} of {total} vacancies. Choose a country or a job to see the rest.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{shown} аз {total} ҷои кор. Барои дидани боқимонда кишвар ё корро интихоб кунед.</translation>
    </message>
</context>
<context>
    <name>VacancyHelp</name>
    <message>
        <source>Before you apply for a job abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Пеш аз он ки ба кор дар хориҷа ариза диҳед</translation>
    </message>
    <message>
        <source>A real job order names a licensed agency and a contract registration number.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар ҷои кори воқеӣ агентии иҷозатномадор ва рақами бақайдгирии шартнома зикр мешаванд.</translation>
    </message>
    <message>
        <source>Check the agency&apos;s licence here before you sign or pay anything.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Пеш аз имзо кардан ё пардохтани чизе иҷозатномаи агентиро ҳамин ҷо санҷед.</translation>
    </message>
    <message>
        <source>This takes a few seconds. Meanwhile, here is how to tell a real job offer.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ин чанд сония вақт мегирад. Дар ин муддат хонед, ки пешниҳоди кори воқеиро чӣ тавр шинохтан мумкин аст.</translation>
    </message>
    <message>
        <source>This kiosk last confirmed the licence registry on {date}. A job order is shown only while its agency&apos;s licence can be confirmed.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ин киоск феҳристи иҷозатномаҳоро бори охир {date} тасдиқ кардааст. Ҷои кор танҳо то он даме нишон дода мешавад, ки иҷозатномаи агентии он тасдиқ шуда тавонад.</translation>
    </message>
    <message>
        <source>This kiosk has not confirmed the licence registry yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ин киоск феҳристи иҷозатномаҳоро ҳанӯз тасдиқ накардааст.</translation>
    </message>
</context>
<context>
    <name>VacancyScreen</name>
    <message>
        <source>Vacancy</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҷои кор</translation>
    </message>
    <message>
        <source>This vacancy is no longer shown: it has closed, or its agency is no longer licensed.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ин ҷои кор дигар нишон дода намешавад: мӯҳлаташ гузашт ё агентӣ дигар иҷозатнома надорад.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>НАМУНА</translation>
    </message>
    <message>
        <source>Agency: {name}, licence {number}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агентӣ: {name}, иҷозатнома {number}</translation>
    </message>
    <message>
        <source>Wage: {wage} a month</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Музд: {wage} дар як моҳ</translation>
    </message>
    <message>
        <source>Hours: {hours} a week</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Соатҳо: {hours} дар як ҳафта</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Забон: {language}</translation>
    </message>
    <message>
        <source>Places: {places}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҷойҳо: {places}</translation>
    </message>
    <message>
        <source>Apply by: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мӯҳлати ариза: {date}</translation>
    </message>
    <message>
        <source>Contract registration number: {number}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рақами бақайдгирии шартнома: {number}</translation>
    </message>
    <message>
        <source>The job order</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Фармоиши корфармо</translation>
    </message>
    <message>
        <source>Never pay for a job offer. Apply only on the platform or at the licensed agency.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳеҷ гоҳ барои пешниҳоди кор пул надиҳед. Аризаро танҳо дар платформа ё агентии иҷозатномадор диҳед.</translation>
    </message>
    <message>
        <source>This job on your phone, and how to apply</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ин кор дар телефони шумо ва чӣ тавр ариза додан</translation>
    </message>
    <message>
        <source>Scan to apply on the platform</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Барои ариза дар платформа скан кунед</translation>
    </message>
</context>
<context>
    <name>VerdictScreen</name>
    <message>
        <source>Report it here at the kiosk, or call the Migration Agency&apos;s hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар ҳамин киоск хабар диҳед ё ба хати бовари Агентии муҳоҷират занг занед.</translation>
    </message>
    <message>
        <source>Do not pay anyone and do not hand over your passport.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ба касе пул надиҳед ва шиносномаи худро насупоред.</translation>
    </message>
    <message>
        <source>The registry on this kiosk has not been updated for a while. The licence may have changed since.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Феҳристи ин киоск муддате нав карда нашудааст. Шояд аз он вақт иҷозатнома тағйир ёфта бошад.</translation>
    </message>
    <message>
        <source>Check the licence again on the official registry (scan the code).</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Иҷозатномаро дар феҳристи расмӣ аз нав санҷед (рамзро скан кунед).</translation>
    </message>
    <message>
        <source>This agency holds a valid licence to place workers abroad.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ин агентӣ барои ба кор ҷойгир кардани коргарон дар хориҷа иҷозатномаи эътибордор дорад.</translation>
    </message>
    <message>
        <source>The employer pays the placement fee. The agency may charge you only for information and advice.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳаққи ҷойгиркуниро корфармо медиҳад. Агентӣ аз шумо танҳо барои маълумот ва машварат пул гирифта метавонад.</translation>
    </message>
    <message>
        <source>Sign a written contract and make sure it is registered electronically.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шартномаи хаттиро имзо кунед ва боварӣ ҳосил кунед, ки он ба таври электронӣ сабт шудааст.</translation>
    </message>
    <message>
        <source>This agency may not recruit workers while its licence is suspended.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>То вақте ки иҷозатнома боздошта шудааст, ин агентӣ коргар ҷалб карда наметавонад.</translation>
    </message>
    <message>
        <source>This agency lost its licence. It may not recruit workers.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ин агентӣ иҷозатномаашро аз даст дод. Он коргар ҷалб карда наметавонад.</translation>
    </message>
    <message>
        <source>This agency&apos;s licence has ended. It may not recruit workers.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мӯҳлати иҷозатномаи ин агентӣ ба охир расид. Он коргар ҷалб карда наметавонад.</translation>
    </message>
    <message>
        <source>This is a known illegal operator, not a licensed agency.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ин агентии иҷозатномадор нест, балки миёнарави маълуми ғайриқонунӣ аст.</translation>
    </message>
    <message>
        <source>No licensed agency matches what you typed. An agency that is not in the registry may not recruit you.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Аз рӯи навиштаи шумо агентии иҷозатномадор ёфт нашуд. Агентие, ки дар феҳрист нест, шуморо ба кор ҷалб карда наметавонад.</translation>
    </message>
    <message>
        <source>Check the spelling, or search by licence number.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Навиштаро санҷед ё аз рӯи рақами иҷозатнома ҷустуҷӯ кунед.</translation>
    </message>
    <message>
        <source>Licence check result</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Натиҷаи санҷиши иҷозатнома</translation>
    </message>
    <message>
        <source>Checking the licence…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Иҷозатнома санҷида мешавад…</translation>
    </message>
    <message>
        <source>The licence cannot be checked right now. Please try again in a minute.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳоло санҷидани иҷозатнома имконнопазир аст. Пас аз як дақиқа боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>Registry data as of {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Маълумоти феҳрист то {date}</translation>
    </message>
    <message>
        <source>SAMPLE REGISTRY — fictional agencies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ФЕҲРИСТИ НАМУНАВӢ — агентиҳои тахайюлӣ</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Минбаъд чӣ бояд кард</translation>
    </message>
    <message>
        <source>Registry details</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Маълумоти феҳрист</translation>
    </message>
    <message>
        <source>Current status on your phone</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ҳолати ҳозира дар телефонатон</translation>
    </message>
    <message>
        <source>Official registry page</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Саҳифаи феҳристи расмӣ</translation>
    </message>
    <message>
        <source>This result as text (no internet needed)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ин натиҷа ба шакли матн (интернет лозим нест)</translation>
    </message>
    <message>
        <source>Licence number: {value}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рақами иҷозатнома: {value}</translation>
    </message>
    <message>
        <source>Issued: {start} · Valid until: {end}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дода шуд: {start} · Эътибор то: {end}</translation>
    </message>
    <message>
        <source>Last status change: {date} — {reason}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тағйири охирини мақом: {date} — {reason}</translation>
    </message>
    <message>
        <source>Also known as: {names}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Номҳои дигар: {names}</translation>
    </message>
    <message>
        <source>Tax number (STIR): {value}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рақами андоз (СТИР): {value}</translation>
    </message>
    <message>
        <source>Address: {region}, {address}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Суроға: {region}, {address}</translation>
    </message>
    <message>
        <source>May recruit for: {countries}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Метавонад ба ин кишварҳо ҷалб кунад: {countries}</translation>
    </message>
    <message>
        <source>Why it is listed: {reason}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сабаби ворид шудан ба рӯйхат: {reason}</translation>
    </message>
    <message>
        <source>Listed on: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Санаи ворид шудан ба рӯйхат: {date}</translation>
    </message>
    <message>
        <source>Known contacts: {items}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тамосҳои маълум: {items}</translation>
    </message>
    <message>
        <source>Report this agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар бораи ин агентӣ хабар додан</translation>
    </message>
    <message>
        <source>Check another agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Санҷиши агентии дигар</translation>
    </message>
    <message>
        <source>Checked at the airport kiosk on {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дар киоски фурудгоҳ {date} санҷида шуд</translation>
    </message>
</context>
</TS>
