<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>AdminScreen</name>
    <message>
        <source>never</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>эч качан</translation>
    </message>
    <message>
        <source>{days} d {hours} h ago</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{days} күн {hours} саат мурун</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min ago</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{hours} саат {minutes} мүн мурун</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{minutes} мүн мурун</translation>
    </message>
    <message>
        <source>Technician panel</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Техник панели</translation>
    </message>
    <message>
        <source>Read-aloud voices</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Үн чыгарып окуу үндөрү</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Азыр шайкештирүү</translation>
    </message>
    <message>
        <source>Tap again to restart</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кайра иштетүү үчүн дагы басыңыз</translation>
    </message>
    <message>
        <source>Restart app</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Колдонмону кайра иштетүү</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чыгуу үчүн дагы басыңыз</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Иш столуна чыгуу</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>…</translation>
    </message>
    <message>
        <source>{free} GB of {total} GB</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{total} ГБ ичинен {free} ГБ бош</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Киоск идентификатору</translation>
    </message>
    <message>
        <source>Content version</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мазмундун версиясы</translation>
    </message>
    <message>
        <source> (sample)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation> (үлгү)</translation>
    </message>
    <message>
        <source>Content applied</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мазмун колдонулду</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Акыркы шайкештирүү</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шайкештирүү катасы</translation>
    </message>
    <message>
        <source>Server token</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сервердин токени</translation>
    </message>
    <message>
        <source>Outbox (not yet sent)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чыгуучу кезек (азырынча жөнөтүлө элек)</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бош диск</translation>
    </message>
    <message>
        <source>{engine} has no voice for this language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{engine} программасында бул тил үчүн үн жок</translation>
    </message>
    <message>
        <source>the list of installed voices has not been read yet</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>орнотулган үндөрдүн тизмеси али окула элек</translation>
    </message>
    <message>
        <source>speech engine unavailable: {error}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>үн программасы жеткиликсиз: {error}</translation>
    </message>
    <message>
        <source>{engine}: the voice “{voice}” is not installed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{engine}: «{voice}» үнү орнотулган эмес</translation>
    </message>
    <message>
        <source>no voice is set for this language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>бул тил үчүн үн белгиленген эмес</translation>
    </message>
    <message>
        <source>sync not configured</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>шайкештирүү жөндөлгөн эмес</translation>
    </message>
    <message>
        <source>no sync yet since start</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>иштетилгенден бери шайкештирүү болгон жок</translation>
    </message>
    <message>
        <source>REJECTED by the server since {when}: reports are not delivered; ask for a new token</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{when} баштап сервер КАБЫЛ АЛБАЙТ: билдирүүлөр жеткирилбейт; жаңы токен сураңыз</translation>
    </message>
    <message>
        <source>not refused</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>четке кагылган жок</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>жок</translation>
    </message>
    <message>
        <source>voice “{voice}”</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«{voice}» үнү</translation>
    </message>
    <message>
        <source>Test</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Текшерүү</translation>
    </message>
</context>
<context>
    <name>AlertScreen</name>
    <message>
        <source>Fraud warning</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Алдамчылык боюнча эскертүү</translation>
    </message>
    <message>
        <source>This warning is no longer available.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул эскертүү мындан ары жеткиликсиз.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Коркунуч белгилери</translation>
    </message>
    <message>
        <source>What to do</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Эмне кылуу керек</translation>
    </message>
    <message>
        <source>Published: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жарыяланган күнү: {date}</translation>
    </message>
</context>
<context>
    <name>AlertsScreen</name>
    <message>
        <source>Fraud warnings</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Алдамчылык боюнча эскертүүлөр</translation>
    </message>
    <message>
        <source>Recruiters who break these rules are cheating you. Tap a warning to read more.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул эрежелерди бузган ортомчулар сизди алдап жатат. Кененирээк окуу үчүн эскертүүнү басыңыз.</translation>
    </message>
    <message>
        <source>There are no warnings right now.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Азыр эскертүүлөр жок.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГҮ</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ШАШЫЛЫШ</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ЭСКЕРТҮҮ</translation>
    </message>
    <message>
        <source>GOOD TO KNOW</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>БИЛИП АЛЫҢЫЗ</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Article</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Макала</translation>
    </message>
    <message>
        <source>This article is no longer available.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул макала мындан ары жеткиликсиз.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Булак: {source}</translation>
    </message>
    <message>
        <source>Checked on: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Текшерилген күнү: {date}</translation>
    </message>
</context>
<context>
    <name>ArticlesScreen</name>
    <message>
        <source>Articles</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Макалалар</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГҮ</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Андан ары эмне кылуу керек</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттикти текшерүү</translation>
    </message>
    <message>
        <source>Is the agency that recruited you licensed?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сизди жумушка алган агенттиктин лицензиясы барбы?</translation>
    </message>
</context>
<context>
    <name>AskScreen</name>
    <message>
        <source>Ask a question</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Суроо берүү</translation>
    </message>
    <message>
        <source>Type your question in any language. The answers are taken word for word from checked information; nothing is made up.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сурооңузду каалаган тилде жазыңыз. Жооптор текшерилген маалыматтан сөзмө-сөз алынат; эч нерсе ойдон чыгарылбайт.</translation>
    </message>
    <message>
        <source>For example: can my employer keep my passport?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мисалы: иш берүүчү паспортумду кармап кала алабы?</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кайра чалууну суроо</translation>
    </message>
    <message>
        <source>Preparing the answers…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жооптор даярдалууда…</translation>
    </message>
    <message>
        <source>There is no checked answer to this question here. The situation centre can call you back and help.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул суроого бул жерде текшерилген жооп жок. Кырдаалдык борбор сизге кайра чалып, жардам бере алат.</translation>
    </message>
    <message>
        <source>Or tap one of these questions:</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Же ушул суроолордун бирин басыңыз:</translation>
    </message>
    <message>
        <source>Other questions travellers ask</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жүргүнчүлөрдүн башка суроолору</translation>
    </message>
    <message>
        <source>Questions travellers often ask</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жүргүнчүлөр көп берген суроолор</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ачуу</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Going abroad to work? Check your agency&apos;s licence before you pay anyone.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чет өлкөгө жумушка барасызбы? Акча төлөөдөн мурун агенттиктин лицензиясын текшериңиз.</translation>
    </message>
    <message>
        <source>The employer pays for your job placement, not you.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жумушка орноштуруу үчүн сиз эмес, иш берүүчү төлөйт.</translation>
    </message>
    <message>
        <source>Never give your passport to a recruiter.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Паспортуңузду эч качан ортомчуга бербеңиз.</translation>
    </message>
    <message>
        <source>A tourist visa is not a work visa.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Туристтик виза — жумуш визасы эмес.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Баштоо үчүн экранды басыңыз</translation>
    </message>
</context>
<context>
    <name>AudioToggle</name>
    <message>
        <source>Read every screen aloud</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ар бир экранды үн чыгарып окуу</translation>
    </message>
    <message>
        <source>Tap to hear each screen</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ар бир экранды угуу үчүн басыңыз</translation>
    </message>
    <message>
        <source>Each screen is read aloud. Tap to stop.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ар бир экран үн чыгарып окулат. Токтотуу үчүн басыңыз.</translation>
    </message>
    <message>
        <source>There is no voice for this language yet</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул тил үчүн азырынча үн жок</translation>
    </message>
    <message>
        <source>On</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Күйүк</translation>
    </message>
    <message>
        <source>Off</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өчүк</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>My passport was taken</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Паспортумду алып коюшту</translation>
    </message>
    <message>
        <source>I am forced to work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мени иштөөгө мажбурлап жатышат</translation>
    </message>
    <message>
        <source>Someone offers me military service</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мага аскер кызматын сунуштап жатышат</translation>
    </message>
    <message>
        <source>My wages are not paid</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Айлыгымды төлөбөй жатышат</translation>
    </message>
    <message>
        <source>Is my job offer real?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жумуш сунушум чынбы?</translation>
    </message>
    <message>
        <source>Visa, contract or documents</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Виза, келишим же документтер</translation>
    </message>
    <message>
        <source>Something else</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Башка нерсе</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мага кайра чалыңыз</translation>
    </message>
    <message>
        <source>The Migration Agency&apos;s situation centre will call you back.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Миграция агенттигинин кырдаалдык борбору сизге кайра чалат.</translation>
    </message>
    <message>
        <source>In which language should we call you?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сизге кайсы тилде чалалы?</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Эмне жөнүндө?</translation>
    </message>
    <message>
        <source>Where are you going to work?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кайда жумушка барасыз?</translation>
    </message>
    <message>
        <source>Check your request</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Арызыңызды текшериңиз</translation>
    </message>
    <message>
        <source>Your number is used only for this call. It is deleted from this kiosk as soon as the centre has received it.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Номериңиз ушул чалуу үчүн гана колдонулат. Борбор аны алары менен ал бул киосктон өчүрүлөт.</translation>
    </message>
    <message>
        <source>I agree to be called on this number</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул номерге чалууга макулмун</translation>
    </message>
    <message>
        <source>Send request</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Арызды жөнөтүү</translation>
    </message>
    <message>
        <source>Your request was received. The centre will call you.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Арызыңыз кабыл алынды. Борбор сизге чалат.</translation>
    </message>
    <message>
        <source>Write down this reference code or scan it. The operator will say it when they call.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул маалымат кодун жазып алыңыз же сканерлеңиз. Оператор чалганда аны айтат.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бүтүрүү</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Азырынча чече элекмин</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Телефон: {phone}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тил: {language}</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тема: {topic}</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өлкө: {country}</translation>
    </message>
    <message>
        <source>Please answer every question and agree to be called.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бардык суроолорго жооп берип, чалууга макулдук бериңиз.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жөнөтүлүүдө…</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Маалымат коду</translation>
    </message>
    <message>
        <source>If you are in danger now, call the emergency number of the country you are in.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Азыр коркунучта болсоңуз, турган өлкөңүздүн тез жардам номерине чалыңыз.</translation>
    </message>
    <message>
        <source>Your request could not be saved. Please try again, or call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Арызыңызды сактоо мүмкүн болгон жок. Кайра аракет кылыңыз же ишеним телефонуна чалыңыз.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Topic</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Country</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өлкө</translation>
    </message>
</context>
<context>
    <name>CheckAgencyScreen</name>
    <message>
        <source>Check an agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттикти текшерүү</translation>
    </message>
    <message>
        <source>Type the agency&apos;s name, licence number, tax number (STIR), phone or Telegram.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттиктин атын, лицензия номерин, салык номерин (СТИР), телефонун же Telegram&apos;ын жазыңыз.</translation>
    </message>
    <message>
        <source>Agency name or number</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттиктин аты же номери</translation>
    </message>
    <message>
        <source>Not found: what should I do?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Табылган жок: эмне кылышым керек?</translation>
    </message>
    <message>
        <source>How to check</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кантип текшерүү керек</translation>
    </message>
    <message>
        <source>Find the agency&apos;s name or licence number on your contract, receipt or advert.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттиктин аталышын же лицензия номерин келишимден, дүмүрчөктөн же жарыядан табыңыз.</translation>
    </message>
    <message>
        <source>Type it above: the results appear as you type.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Аны жогоруда жазыңыз: жыйынтыктар жазган сайын чыгат.</translation>
    </message>
    <message>
        <source>Tap a result to see whether the agency may recruit you, and what to do.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттик сизди жумушка ала алабы жана эмне кылуу керек экенин билүү үчүн жыйынтыкты басыңыз.</translation>
    </message>
    <message>
        <source>Not sure? Call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ишенбей жатасызбы? Ишеним телефонуна чалыңыз.</translation>
    </message>
    <message>
        <source>Licence {number}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензия {number}</translation>
    </message>
    <message>
        <source>No licensed agency and no warning matches “{text}”.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«{text}» боюнча лицензиясы бар агенттик да, эскертүү да табылган жок.</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Migration Agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Миграция агенттиги</translation>
    </message>
    <message>
        <source>Embassies and consulates</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Элчиликтер жана консулдуктар</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Эл аралык уюмдар</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Шашылыш учурлар</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жардам жана ишеним телефондору</translation>
    </message>
    <message>
        <source>Save a contact before you fly: scan its code with your phone.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Учаар алдында байланышты сактаңыз: анын кодун телефон менен сканерлеңиз.</translation>
    </message>
    <message>
        <source>☎ Call me back: leave your number</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>☎ Мага кайра чалыңыз</translation>
    </message>
    <message>
        <source>Centres and offices</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Борборлор жана кеңселер</translation>
    </message>
    <message>
        <source>Platform services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Платформанын кызматтары</translation>
    </message>
    <message>
        <source>Scan to open</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ачуу үчүн сканерлеңиз</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГҮ</translation>
    </message>
    <message>
        <source>Scan to save</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сактоо үчүн сканерлеңиз</translation>
    </message>
</context>
<context>
    <name>CountriesScreen</name>
    <message>
        <source>Country guides</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өлкөлөр боюнча колдонмо</translation>
    </message>
    <message>
        <source>Where are you going to work?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кайда жумушка барасыз?</translation>
    </message>
    <message>
        <source>There are no country guides yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өлкөлөр боюнча колдонмо азырынча жок.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГҮ</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Country guide</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өлкө боюнча колдонмо</translation>
    </message>
    <message>
        <source>This guide is no longer available.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул колдонмо мындан ары жеткиликсиз.</translation>
    </message>
    <message>
        <source>Country guide: {country}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Колдонмо: {country}</translation>
    </message>
    <message>
        <source>Legal route</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мыйзамдуу жол</translation>
    </message>
    <message>
        <source>Documents</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Документтер</translation>
    </message>
    <message>
        <source>Common scams</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Көп кездешкен алдамчылыктар</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Байланыштар</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тез жардам номерлери</translation>
    </message>
    <message>
        <source>Before you board</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Учакка отурардан мурун</translation>
    </message>
    <message>
        <source>Offices in this country ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул өлкөдөгү кеңселер ›</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Булак: {source}</translation>
    </message>
    <message>
        <source>Checked on: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Текшерилген күнү: {date}</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>‹ Back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>‹ Артка</translation>
    </message>
    <message>
        <source>⌂ Home</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>⌂ Башкы бет</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тил</translation>
    </message>
    <message>
        <source>✕ Finish</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>✕ Бүтүрүү</translation>
    </message>
    <message>
        <source>Finish and clear my data</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бүтүрүү жана маалыматтарымды өчүрүү</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>■ Токтотуу</translation>
    </message>
    <message>
        <source>▶ Read aloud</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>▶ Үн чыгарып окуу</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чоңураак текст</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жогорку контраст</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Check an agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттикти текшерүү</translation>
    </message>
    <message>
        <source>Is the agency that recruited you licensed?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сизди жумушка алган агенттиктин лицензиясы барбы?</translation>
    </message>
    <message>
        <source>Fraud warnings</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Алдамчылык боюнча эскертүүлөр</translation>
    </message>
    <message>
        <source>How people are cheated, and how to stay safe</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Адамдарды кантип алдашат жана кантип сактануу керек</translation>
    </message>
    <message>
        <source>Your rights and legal work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Укуктарыңыз жана мыйзамдуу жумуш</translation>
    </message>
    <message>
        <source>Fees, contracts, passports, legal ways to work abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Төлөмдөр, келишимдер, паспорттор, чет өлкөдө иштөөнүн мыйзамдуу жолдору</translation>
    </message>
    <message>
        <source>Country guides</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өлкөлөр боюнча колдонмо</translation>
    </message>
    <message>
        <source>Entry rules, documents and scams, country by country</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кирүү эрежелери, документтер жана алдамчылыктар, өлкө боюнча</translation>
    </message>
    <message>
        <source>Is this job offer safe?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул жумуш сунушу коопсузбу?</translation>
    </message>
    <message>
        <source>Answer a few questions: see the warning signs</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бир нече суроого жооп берип, коркунуч белгилерин билиңиз</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Суроо берүү</translation>
    </message>
    <message>
        <source>Answers from checked information, in any language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Текшерилген маалыматтан жооптор, каалаган тилде</translation>
    </message>
    <message>
        <source>Jobs, centres and services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жумуш, борбордор жана кызматтар</translation>
    </message>
    <message>
        <source>Verified vacancies, a call back, offices, the platform</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Текшерилген вакансиялар, кайра чалуу, кеңселер, платформа</translation>
    </message>
    <message>
        <source>Report fraud</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Алдамчылык тууралуу билдирүү</translation>
    </message>
    <message>
        <source>Tell the agency about a fake recruiter</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жасалма ортомчу тууралуу агенттикке билдириңиз</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жардам жана ишеним телефондору</translation>
    </message>
    <message>
        <source>Whom to call at home and abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өз өлкөдө жана чет өлкөдө кимге чалуу керек</translation>
    </message>
    <message>
        <source>How can we help you?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сизге кантип жардам бере алабыз?</translation>
    </message>
    <message>
        <source>URGENT WARNING</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ШАШЫЛЫШ ЭСКЕРТҮҮ</translation>
    </message>
    <message>
        <source>Read ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Окуу ›</translation>
    </message>
</context>
<context>
    <name>HotlinePanel</name>
    <message>
        <source>SAMPLE NUMBER</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГҮ НОМЕР</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чалуу үчүн сканерлеңиз</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n секунд калды</numerusform>
            <numerusform>%n секунд калды</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дагы эле бул жердесизби?</translation>
    </message>
    <message>
        <source>Touch the screen to continue</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Улантуу үчүн экранды басыңыз</translation>
    </message>
</context>
<context>
    <name>Occupation</name>
    <message>
        <source>Construction</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Курулуш</translation>
    </message>
    <message>
        <source>Farm work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Айыл чарбасы</translation>
    </message>
    <message>
        <source>Factory work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Завод иши</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кампа</translation>
    </message>
    <message>
        <source>Driver</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Айдоочу</translation>
    </message>
    <message>
        <source>Care work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кам көрүү иши</translation>
    </message>
    <message>
        <source>Hotels</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мейманканалар</translation>
    </message>
    <message>
        <source>Cook</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ашпозчу</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тазалоо</translation>
    </message>
    <message>
        <source>Welder</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ширетүүчү</translation>
    </message>
    <message>
        <source>No language required</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тил талап кылынбайт</translation>
    </message>
</context>
<context>
    <name>OfficesScreen</name>
    <message>
        <source>Centres and offices</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Борборлор жана кеңселер</translation>
    </message>
    <message>
        <source>Where to get help in person. Scan a code to call, or to find the place on your phone&apos;s map.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жардамды жеке ала турган жерлер. Чалуу же картадан табуу үчүн кодду сканерлеңиз.</translation>
    </message>
    <message>
        <source>In Uzbekistan</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өзбекстанда</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чет өлкөдө</translation>
    </message>
    <message>
        <source>All regions</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бардык облустар</translation>
    </message>
    <message>
        <source>All countries</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бардык өлкөлөр</translation>
    </message>
    <message>
        <source>No office is listed here yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул жерде азырынча кеңсе жок.</translation>
    </message>
    <message>
        <source>Country guide: {country}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Колдонмо: {country}</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тез жардам номерлери</translation>
    </message>
    <message>
        <source>Migration Agency office</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Миграция агенттигинин кеңсеси</translation>
    </message>
    <message>
        <source>Centre</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Борбор</translation>
    </message>
    <message>
        <source>Language school</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тил мектеби</translation>
    </message>
    <message>
        <source>Mobile visa centre</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Көчмө виза борбору</translation>
    </message>
    <message>
        <source>Office abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чет өлкөдөгү кеңсе</translation>
    </message>
    <message>
        <source>Open from {start} to {end}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{start} баштап {end} чейин ачык</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дареги: {address}</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Иш убактысы: {hours}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Телефон: {phone}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГҮ</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чалуу үчүн сканерлеңиз</translation>
    </message>
    <message>
        <source>Scan for the map</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Карта үчүн сканерлеңиз</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Боштук</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тазалоо</translation>
    </message>
    <message>
        <source>Delete all text</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бардык текстти өчүрүү</translation>
    </message>
    <message>
        <source>Enter</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Киргизүү</translation>
    </message>
    <message>
        <source>Next field, or done</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кийинки талаа же даяр</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Акыркы тамганы өчүрүү</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Латын тамгалары</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кирилл тамгалары</translation>
    </message>
    <message>
        <source>Digits and symbols</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сандар жана белгилер</translation>
    </message>
</context>
<context>
    <name>OneStopScreen</name>
    <message>
        <source>Jobs, centres and services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жумуш, борбордор жана кызматтар</translation>
    </message>
    <message>
        <source>The Migration Agency&apos;s services for people going to work abroad.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Миграция агенттигинин чет өлкөгө иштөөгө баргандар үчүн кызматтары.</translation>
    </message>
    <message>
        <source>Verified vacancies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Текшерилген вакансиялар</translation>
    </message>
    <message>
        <source>Jobs abroad from licensed agencies, with a code to apply</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиясы бар агенттиктердин чет өлкөдөгү жумуштары, арыз коду менен</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Мага кайра чалыңыз</translation>
    </message>
    <message>
        <source>The situation centre calls you, in your language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кырдаал борбору сизге өз тилиңизде чалат</translation>
    </message>
    <message>
        <source>Centres and offices</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Борборлор жана кеңселер</translation>
    </message>
    <message>
        <source>Where to get help in person, at home and abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жардамды өзүңүз кайдан аласыз: мекенде жана чет өлкөдө</translation>
    </message>
    <message>
        <source>Platform services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Платформанын кызматтары</translation>
    </message>
    <message>
        <source>What the “Xorijda ish” platform does, and what this kiosk answers</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>“Xorijda ish” платформасы эмне кылат жана бул киоск эмнеге жооп берет</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <source>Loading…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жүктөлүүдө…</translation>
    </message>
    <message>
        <source>This page cannot be shown right now. Please try again in a minute.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Азыр бул баракты көрсөтүү мүмкүн эмес. Бир мүнөттөн кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>SAMPLE CONTENT — to be replaced by the Migration Agency. Numbers and addresses shown here are not official.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГҮ МАЗМУН — аны Миграция агенттиги алмаштырат. Бул жердеги номерлер жана даректер расмий эмес.</translation>
    </message>
</context>
<context>
    <name>PhoneStep</name>
    <message>
        <source>Your phone number</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Телефон номериңиз</translation>
    </message>
    <message>
        <source>An Uzbek number: +998 and 9 digits. A foreign number: + and its country code.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өзбекстан номери: +998 жана 9 сан. Чет өлкөнүн номери: + жана өлкөнүн коду.</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кийинки ›</translation>
    </message>
    <message>
        <source>Check the number: it is not complete yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Номерди текшериңиз: ал али толук эмес.</translation>
    </message>
    <message>
        <source>Start with + and the country code (+998 for Uzbekistan).</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>+ жана өлкөнүн кодунан баштаңыз (Өзбекстан үчүн +998).</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>Technician access</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Техниктин кирүүсү</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Администратордун PIN кодун киргизиңиз</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Акыркы санды өчүрүү</translation>
    </message>
    <message>
        <source>OK</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>The PIN has {low} to {high} digits</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>PIN код {low}–{high} сандан турат</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before the pad locks: {n}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>PIN код туура эмес. Бөгөттөлгөнгө чейин калган аракет: {n}</translation>
    </message>
    <message>
        <source>Admin access is not set up on this kiosk.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул киоскто администратордун кирүүсү жөндөлгөн эмес.</translation>
    </message>
    <message>
        <source>The PIN could not be checked: {error}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>PIN кодду текшерүү мүмкүн болгон жок: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked for {n} min.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Туура эмес PIN код өтө көп. {n} мүнөткө бөгөттөлдү.</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГҮ</translation>
    </message>
    <message>
        <source>Not yet translated into your language. Shown in: {language}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сиздин тилиңизге азырынча которула элек. Көрсөтүлгөн тил: {language}</translation>
    </message>
    <message>
        <source>Scan with your phone to read this later</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кийин окуу үчүн телефон менен сканерлеңиз</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Charged workers placement fees</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жумушчулардан жумушка орноштуруу акысын алган</translation>
    </message>
    <message>
        <source>Did not register placement contracts electronically</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жумушка орноштуруу келишимдерин электрондук түрдө каттабаган</translation>
    </message>
    <message>
        <source>Did not keep the required bank deposit</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Милдеттүү банк депозитин кармабаган</translation>
    </message>
    <message>
        <source>Did not send its reports on time</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Отчётторун өз убагында тапшырбаган</translation>
    </message>
    <message>
        <source>Inspection found violations; suspended until they are fixed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Текшерүү бузууларды тапты; алар оңдолгонго чейин токтотулду</translation>
    </message>
    <message>
        <source>Sent workers abroad on tourist visas</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жумушчуларды чет өлкөгө туристтик виза менен жиберген</translation>
    </message>
    <message>
        <source>Kept workers&apos; passports</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жумушчулардын паспортторун кармап калган</translation>
    </message>
    <message>
        <source>Repeated violations after a suspension</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Токтотулгандан кийин бузууларды кайталаган</translation>
    </message>
    <message>
        <source>Gave false information to get the licence</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензия алуу үчүн жалган маалымат берген</translation>
    </message>
    <message>
        <source>Licence not renewed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензия узартылган эмес</translation>
    </message>
    <message>
        <source>Licence term ended; no renewal was applied for</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиянын мөөнөтү бүттү; узартууга арыз берилген эмес</translation>
    </message>
    <message>
        <source>Suspension lifted after the violations were fixed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бузуулар оңдолгондон кийин токтотуу алынды</translation>
    </message>
    <message>
        <source>Sold tourist visas as work visas</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Туристтик визаларды жумуш визасы катары саткан</translation>
    </message>
    <message>
        <source>Took up-front fees for jobs that did not exist</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жок жумуштар үчүн алдын ала акы алган</translation>
    </message>
    <message>
        <source>Sold fake work permits for European countries</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Европа өлкөлөрүнө жасалма иш уруксаттарын саткан</translation>
    </message>
    <message>
        <source>Sold places in the Korean EPS scheme, which no agency may sell</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Корея EPS программасындагы орундарды саткан — аларды эч бир агенттик сата албайт</translation>
    </message>
    <message>
        <source>Promised faster visas through “contacts at the embassy”</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«Элчиликтеги тааныштар» аркылуу тез виза убада кылган</translation>
    </message>
    <message>
        <source>Took payment to personal bank cards for jobs abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чет өлкөдөгү жумуш үчүн төлөмдү жеке банк карталарына алган</translation>
    </message>
    <message>
        <source>Charged fees for places in the UK seasonal work scheme</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Улуу Британиянын сезондук жумуш программасындагы орундар үчүн акы алган</translation>
    </message>
    <message>
        <source>Recruited workers without a licence</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиясыз жумушчу жалдаган</translation>
    </message>
    <message>
        <source>Uses a name like a licensed agency&apos;s; it has no licence</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиясы бар агенттиктикине окшош аталышты колдонот; лицензиясы жок</translation>
    </message>
    <message>
        <source>Offered “jobs” in Russia that were recruitment into armed forces</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Орусияда куралдуу күчтөргө жалдоо болуп чыккан «жумуш» сунуштаган</translation>
    </message>
    <message>
        <source>Took passports and asked for money to return them</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Паспортторду алып, кайтаруу үчүн акча талап кылган</translation>
    </message>
    <message>
        <source>Called itself a consulting firm and recruited workers without a licence</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Өзүн консалтинг фирмасы деп атап, лицензиясыз жумушчу жалдаган</translation>
    </message>
    <message>
        <source>Sold residence permits as work permits</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жашоого уруксатты иш уруксаты катары саткан</translation>
    </message>
</context>
<context>
    <name>RedFlagsResultScreen</name>
    <message>
        <source>Your result</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сиздин жыйынтыгыңыз</translation>
    </message>
    <message>
        <source>The checker is not available on this kiosk yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул киоскто текшерүү азырынча жеткиликсиз.</translation>
    </message>
    <message>
        <source>Why</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Эмне үчүн</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Азыр эмне кылуу керек</translation>
    </message>
    <message>
        <source>Hotline: {phone}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ишеним телефону: {phone}</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кайра чалууну суроо</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттикти текшерүү</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кайра баштоо</translation>
    </message>
    <message>
        <source>Your answers are not saved. Only an anonymous count of which warning signs were found is kept.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жоопторуңуз сакталбайт. Кайсы коркунуч белгилери табылганы гана анонимдүү эсептелет.</translation>
    </message>
    <message>
        <source>Job offer check at the airport kiosk</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Аэропорттогу киоскто жумуш сунушун текшерүү</translation>
    </message>
    <message>
        <source>Scan to keep this result on your phone (no internet needed)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жыйынтыкты телефонуңузда сактоо үчүн сканерлеңиз (интернет керек эмес)</translation>
    </message>
</context>
<context>
    <name>RedFlagsScreen</name>
    <message>
        <source>Is this job offer safe?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул жумуш сунушу коопсузбу?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жок</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Билбейм</translation>
    </message>
    <message>
        <source>Check the recruiter&apos;s name now</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ортомчунун атын азыр текшерүү</translation>
    </message>
    <message>
        <source>Answer a few short questions about your job offer. Your answers are not saved: they are forgotten when you finish.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жумуш сунушуңуз тууралуу бир нече кыска суроого жооп бериңиз. Жооптор сакталбайт: бүтүргөндө унутулат.</translation>
    </message>
    <message>
        <source>The checker is not available on this kiosk yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул киоскто текшерүү азырынча жеткиликсиз.</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{total} суроонун {number}-си</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>‹ Back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>‹ Артка</translation>
    </message>
    <message>
        <source>They asked me to pay for the job</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жумуш үчүн акча төлөөнү суранышты</translation>
    </message>
    <message>
        <source>They took my passport</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Паспортумду алып коюшту</translation>
    </message>
    <message>
        <source>They gave me a tourist visa for work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жумуш үчүн туристтик виза беришти</translation>
    </message>
    <message>
        <source>There is no written contract</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жазуу жүзүндөгү келишим жок</translation>
    </message>
    <message>
        <source>Something else</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Башка нерсе</translation>
    </message>
    <message>
        <source>Whom</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ким жөнүндө</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Эмне болду</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Байланыш</translation>
    </message>
    <message>
        <source>Send</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жөнөтүү</translation>
    </message>
    <message>
        <source>Licence number: {value}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиянын номери: {value}</translation>
    </message>
    <message>
        <source>Report fraud</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Алдамчылык тууралуу билдирүү</translation>
    </message>
    <message>
        <source>Whom do you want to report? An agency, a phone number, a Telegram channel or a website.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ким тууралуу билдиргиңиз келет? Агенттик, телефон номери, Telegram каналы же сайт.</translation>
    </message>
    <message>
        <source>Name, phone or channel</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Аты, телефону же каналы</translation>
    </message>
    <message>
        <source>What happened? Tap all that apply.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Эмне болду? Туура келгендердин баарын басыңыз.</translation>
    </message>
    <message>
        <source>May the Migration Agency contact you about this report?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Миграция агенттиги бул билдирүү боюнча сиз менен байланыша алабы?</translation>
    </message>
    <message>
        <source>You do not have to give your phone number. The report is sent without your name either way.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Телефон номериңизди берүү милдеттүү эмес. Билдирүү кандай болсо да атыңызсыз жөнөтүлөт.</translation>
    </message>
    <message>
        <source>No, send it without my contact</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жок, байланышымсыз жөнөтүү</translation>
    </message>
    <message>
        <source>Yes, I agree to be contacted</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ооба, мени менен байланышууга макулмун</translation>
    </message>
    <message>
        <source>What happened? (optional)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Эмне болду? (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>Check your report</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Билдирүүңүздү текшериңиз</translation>
    </message>
    <message>
        <source>Send report</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Билдирүүнү жөнөтүү</translation>
    </message>
    <message>
        <source>Thank you. Your report was received.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Рахмат. Билдирүүңүз кабыл алынды.</translation>
    </message>
    <message>
        <source>Write down this reference code, or scan it with your phone. Give it if you call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул маалымат кодун жазып алыңыз же телефон менен сканерлеңиз. Ишеним телефонуна чалсаңыз, аны айтыңыз.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бүтүрүү</translation>
    </message>
    <message>
        <source>The Migration Agency reads every report.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Миграция агенттиги ар бир билдирүүнү окуйт.</translation>
    </message>
    <message>
        <source>If you gave your phone number, an officer may call you.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Эгер телефон номериңизди берсеңиз, кызматкер сизге чалышы мүмкүн.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Андан ары эмне болот</translation>
    </message>
    <message>
        <source>You get a reference code on the next screen.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кийинки экранда маалымат кодун аласыз.</translation>
    </message>
    <message>
        <source>In trouble right now? Call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Азыр кыйын абалдасызбы? Ишеним телефонуна чалыңыз.</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кийинки ›</translation>
    </message>
    <message>
        <source>Step {number} of {total}: {name}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{total} кадамдын {number}-кадамы: {name}</translation>
    </message>
    <message>
        <source>Whom: {who}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ким тууралуу: {who}</translation>
    </message>
    <message>
        <source>Contact: {phone}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Байланыш: {phone}</translation>
    </message>
    <message>
        <source>Contact: none</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Байланыш: жок</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жөнөтүлүүдө…</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Маалымат коду</translation>
    </message>
    <message>
        <source>Your report could not be saved. Please try again, or call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Билдирүүңүздү сактоо мүмкүн болгон жок. Кайра аракет кылыңыз же ишеним телефонуна чалыңыз.</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Platform services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Платформанын кызматтары</translation>
    </message>
    <message>
        <source>The “Xorijda ish” platform&apos;s services. Some the kiosk answers here; the others need the platform: scan the code and continue on your phone.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«Xorijda ish» платформасынын кызматтары. Айрымдарына киоск ушул жерде жооп берет; калгандарына платформа керек: кодду сканерлеп, телефондо улантыңыз.</translation>
    </message>
    <message>
        <source>This kiosk answers it</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Киоск жооп берет</translation>
    </message>
    <message>
        <source>Needs the platform</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Платформа керек</translation>
    </message>
    <message>
        <source>For: {who}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Кимге: {who}</translation>
    </message>
    <message>
        <source>Bring: {what}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Алып келиңиз: {what}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГҮ</translation>
    </message>
    <message>
        <source>Open here ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ушул жерде ачуу ›</translation>
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
        <translation>Лицензиясы бар — реестр эскирген болушу мүмкүн</translation>
    </message>
    <message>
        <source>Licence suspended</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиясы токтотулган</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиясы кайтарылып алынган</translation>
    </message>
    <message>
        <source>Licence expired</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиянын мөөнөтү бүткөн</translation>
    </message>
    <message>
        <source>On the warning list</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Эскертүү тизмесинде</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Реестрде жок</translation>
    </message>
</context>
<context>
    <name>TopicsScreen</name>
    <message>
        <source>Your rights and legal work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Укуктарыңыз жана мыйзамдуу жумуш</translation>
    </message>
</context>
<context>
    <name>VacanciesScreen</name>
    <message>
        <source>Verified vacancies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Текшерилген вакансиялар</translation>
    </message>
    <message>
        <source>Jobs abroad from licensed agencies only. Tap one for the details and a code to apply on the platform.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиясы бар агенттиктердин гана чет өлкөдөгү жумуштары. Кененирээк жана платформада арыз берүү коду үчүн басыңыз.</translation>
    </message>
    <message>
        <source>Search: job, employer or country</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Издөө: жумуш, иш берүүчү же өлкө</translation>
    </message>
    <message>
        <source>All countries</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бардык өлкөлөр</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бардык кесиптер</translation>
    </message>
    <message>
        <source>Show more vacancies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дагы вакансияларды көрсөтүү</translation>
    </message>
    <message>
        <source>No vacancy matches “{text}”. Check the spelling, or search for a job, an employer or a country.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«{text}» боюнча вакансия табылган жок. Жазылышын текшериңиз же жумуш, иш берүүчү же өлкө боюнча издеңиз.</translation>
    </message>
    <message>
        <source>No vacancy for this job in this country. Choose another country or job.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул өлкөдө бул жумуш боюнча вакансия жок. Башка өлкөнү же жумушту тандаңыз.</translation>
    </message>
    <message>
        <source>“{text}” is found only in other countries or jobs. Choose “{countries}” or “{jobs}” to see those vacancies.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«{text}» башка өлкөлөрдө же жумуштарда гана табылды. Аларды көрүү үчүн «{countries}» же «{jobs}» тандаңыз.</translation>
    </message>
    <message>
        <source>{wage} a month</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>айына {wage}</translation>
    </message>
    <message>
        <source>closes {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{date} чейин</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГҮ</translation>
    </message>
    <message>
        <source>Loading vacancies…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Вакансиялар жүктөлүүдө…</translation>
    </message>
    <message>
        <source>Vacancies cannot be shown right now. Please try again in a minute.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Азыр вакансияларды көрсөтүү мүмкүн эмес. Бир мүнөттөн кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Vacancies are hidden until this kiosk&apos;s registry data is up to date: the agencies&apos; licences cannot be confirmed.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Киосктогу реестр маалыматтары жаңыланмайынча вакансиялар жашырылган: агенттиктердин лицензиясын ырастоо мүмкүн эмес.</translation>
    </message>
    <message>
        <source>No vacancies are open at the moment.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Азырынча ачык вакансия жок.</translation>
    </message>
    <message>
        <source>{shown} of {total} vacancies. Choose a country or a job to see the rest.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{total} вакансиянын {shown}. Калгандарын көрүү үчүн өлкөнү же жумушту тандаңыз.</translation>
    </message>
</context>
<context>
    <name>VacancyHelp</name>
    <message>
        <source>Before you apply for a job abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чет өлкөдөгү жумушка арыз берүүдөн мурун</translation>
    </message>
    <message>
        <source>A real job order names a licensed agency and a contract registration number.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Чыныгы вакансияда лицензиясы бар агенттик жана келишимдин каттоо номери көрсөтүлөт.</translation>
    </message>
    <message>
        <source>Check the agency&apos;s licence here before you sign or pay anything.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бир нерсеге кол коюудан же төлөөдөн мурун агенттиктин лицензиясын ушул жерден текшериңиз.</translation>
    </message>
    <message>
        <source>This takes a few seconds. Meanwhile, here is how to tell a real job offer.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул бир нече секунд созулат. Ушул убакта чыныгы жумуш сунушун кантип айырууну окуңуз.</translation>
    </message>
    <message>
        <source>This kiosk last confirmed the licence registry on {date}. A job order is shown only while its agency&apos;s licence can be confirmed.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул киоск лицензиялар реестрин акыркы жолу {date} ырастаган. Вакансия анын агенттигинин лицензиясын ырастоого мүмкүн болгондо гана көрсөтүлөт.</translation>
    </message>
    <message>
        <source>This kiosk has not confirmed the licence registry yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул киоск лицензиялар реестрин азырынча ырастай элек.</translation>
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
        <translation>Бул вакансия мындан ары көрсөтүлбөйт: мөөнөтү бүттү же агенттиктин лицензиясы жок.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГҮ</translation>
    </message>
    <message>
        <source>Agency: {name}, licence {number}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Агенттик: {name}, лицензия {number}</translation>
    </message>
    <message>
        <source>Wage: {wage} a month</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Эмгек акы: айына {wage}</translation>
    </message>
    <message>
        <source>Hours: {hours} a week</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Иш убактысы: жумасына {hours} саат</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тил: {language}</translation>
    </message>
    <message>
        <source>Places: {places}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Орундар: {places}</translation>
    </message>
    <message>
        <source>Apply by: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Арыз берүү мөөнөтү: {date}</translation>
    </message>
    <message>
        <source>Contract registration number: {number}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Келишимдин каттоо номери: {number}</translation>
    </message>
    <message>
        <source>The job order</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жумуш буйрутмасы</translation>
    </message>
    <message>
        <source>Never pay for a job offer. Apply only on the platform or at the licensed agency.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жумуш сунушу үчүн эч качан акча төлөбөңүз. Арызды платформада же лицензиясы бар агенттикте гана бериңиз.</translation>
    </message>
    <message>
        <source>This job on your phone, and how to apply</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул жумуш телефонуңузда жана кантип арыз берүү</translation>
    </message>
    <message>
        <source>Scan to apply on the platform</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Платформада арыз берүү үчүн скандаңыз</translation>
    </message>
</context>
<context>
    <name>VerdictScreen</name>
    <message>
        <source>Report it here at the kiosk, or call the Migration Agency&apos;s hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ушул киоскто билдириңиз же Миграция агенттигинин ишеним телефонуна чалыңыз.</translation>
    </message>
    <message>
        <source>Do not pay anyone and do not hand over your passport.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Эч кимге акча төлөбөңүз жана паспортуңузду бербеңиз.</translation>
    </message>
    <message>
        <source>The registry on this kiosk has not been updated for a while. The licence may have changed since.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул киосктогу реестр бир топ убакыт жаңыланган эмес. Ошондон бери лицензия өзгөргөн болушу мүмкүн.</translation>
    </message>
    <message>
        <source>Check the licence again on the official registry (scan the code).</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензияны расмий реестрден кайра текшериңиз (кодду сканерлеңиз).</translation>
    </message>
    <message>
        <source>This agency holds a valid licence to place workers abroad.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул агенттиктин жумушчуларды чет өлкөгө орноштурууга жарактуу лицензиясы бар.</translation>
    </message>
    <message>
        <source>The employer pays the placement fee. The agency may charge you only for information and advice.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Орноштуруу акысын иш берүүчү төлөйт. Агенттик сизден маалымат жана кеңеш үчүн гана акы ала алат.</translation>
    </message>
    <message>
        <source>Sign a written contract and make sure it is registered electronically.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жазуу жүзүндөгү келишимге кол коюп, анын электрондук түрдө катталганын текшериңиз.</translation>
    </message>
    <message>
        <source>This agency may not recruit workers while its licence is suspended.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиясы токтотулган учурда бул агенттик жумушчу ала албайт.</translation>
    </message>
    <message>
        <source>This agency lost its licence. It may not recruit workers.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул агенттик лицензиясынан ажырады. Ал жумушчу ала албайт.</translation>
    </message>
    <message>
        <source>This agency&apos;s licence has ended. It may not recruit workers.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул агенттиктин лицензиясынын мөөнөтү бүттү. Ал жумушчу ала албайт.</translation>
    </message>
    <message>
        <source>This is a known illegal operator, not a licensed agency.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул — лицензиясы бар агенттик эмес, белгилүү мыйзамсыз ортомчу.</translation>
    </message>
    <message>
        <source>No licensed agency matches what you typed. An agency that is not in the registry may not recruit you.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сиз жазган боюнча лицензиясы бар агенттик табылган жок. Реестрде жок агенттик сизди жумушка ала албайт.</translation>
    </message>
    <message>
        <source>Check the spelling, or search by licence number.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жазылышын текшериңиз же лицензия номери боюнча издеңиз.</translation>
    </message>
    <message>
        <source>Licence check result</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензияны текшерүүнүн жыйынтыгы</translation>
    </message>
    <message>
        <source>Checking the licence…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензия текшерилүүдө…</translation>
    </message>
    <message>
        <source>The licence cannot be checked right now. Please try again in a minute.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Азыр лицензияны текшерүү мүмкүн эмес. Бир мүнөттөн кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Registry data as of {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Реестрдин маалыматтары {date} боюнча</translation>
    </message>
    <message>
        <source>SAMPLE REGISTRY — fictional agencies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ҮЛГҮ РЕЕСТР — ойдон чыгарылган агенттиктер</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Андан ары эмне кылуу керек</translation>
    </message>
    <message>
        <source>Registry details</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Реестрдеги маалыматтар</translation>
    </message>
    <message>
        <source>Current status on your phone</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Азыркы абалы телефонуңузда</translation>
    </message>
    <message>
        <source>Official registry page</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Расмий реестрдин барагы</translation>
    </message>
    <message>
        <source>This result as text (no internet needed)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул жыйынтык текст түрүндө (интернет керек эмес)</translation>
    </message>
    <message>
        <source>Licence number: {value}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Лицензиянын номери: {value}</translation>
    </message>
    <message>
        <source>Issued: {start} · Valid until: {end}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Берилген күнү: {start} · Жарактуу мөөнөтү: {end}</translation>
    </message>
    <message>
        <source>Last status change: {date} — {reason}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Статустун акыркы өзгөрүшү: {date} — {reason}</translation>
    </message>
    <message>
        <source>Also known as: {names}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Башка аттары: {names}</translation>
    </message>
    <message>
        <source>Tax number (STIR): {value}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Салык номери (СТИР): {value}</translation>
    </message>
    <message>
        <source>Address: {region}, {address}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Дареги: {region}, {address}</translation>
    </message>
    <message>
        <source>May recruit for: {countries}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Жумушка жөнөтө алган өлкөлөр: {countries}</translation>
    </message>
    <message>
        <source>Why it is listed: {reason}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тизмеге кирүү себеби: {reason}</translation>
    </message>
    <message>
        <source>Listed on: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Тизмеге кирген күнү: {date}</translation>
    </message>
    <message>
        <source>Known contacts: {items}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Белгилүү байланыштары: {items}</translation>
    </message>
    <message>
        <source>Report this agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Бул агенттик тууралуу билдирүү</translation>
    </message>
    <message>
        <source>Check another agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Башка агенттикти текшерүү</translation>
    </message>
    <message>
        <source>Checked at the airport kiosk on {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Аэропорттогу киоскто {date} текшерилди</translation>
    </message>
</context>
</TS>
