<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ">
<context>
    <name>AdminScreen</name>
    <message>
        <source>never</source>
        <translation>hech qachon</translation>
    </message>
    <message>
        <source>{days} d {hours} h ago</source>
        <translation>{days} kun {hours} soat oldin</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min ago</source>
        <translation>{hours} soat {minutes} daqiqa oldin</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>{minutes} daqiqa oldin</translation>
    </message>
    <message>
        <source>Technician panel</source>
        <translation>Texnik xodim paneli</translation>
    </message>
    <message>
        <source>Read-aloud voices</source>
        <translation>Ovozli oʻqish ovozlari</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Hozir sinxronlash</translation>
    </message>
    <message>
        <source>Tap again to restart</source>
        <translation>Qayta ishga tushirish uchun yana bosing</translation>
    </message>
    <message>
        <source>Restart app</source>
        <translation>Ilovani qayta ishga tushirish</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <translation>Chiqish uchun yana bosing</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Ish stoliga chiqish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>{free} GB of {total} GB</source>
        <translation>{total} GB dan {free} GB boʻsh</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>Kiosk ID</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>Kontent versiyasi</translation>
    </message>
    <message>
        <source> (sample)</source>
        <translation> (namuna)</translation>
    </message>
    <message>
        <source>Content applied</source>
        <translation>Kontent oʻrnatilgan</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Oxirgi sinxronlash</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Sinxronlash xatosi</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>Server tokeni</translation>
    </message>
    <message>
        <source>Outbox (not yet sent)</source>
        <translation>Joʻnatish navbati (hali yuborilmagan)</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Boʻsh disk joyi</translation>
    </message>
    <message>
        <source>{engine} has no voice for this language</source>
        <translation>{engine} dasturida bu til uchun ovoz yoʻq</translation>
    </message>
    <message>
        <source>the list of installed voices has not been read yet</source>
        <translation>oʻrnatilgan ovozlar roʻyxati hali oʻqilmagan</translation>
    </message>
    <message>
        <source>speech engine unavailable: {error}</source>
        <translation>ovoz dasturi ishlamayapti: {error}</translation>
    </message>
    <message>
        <source>{engine}: the voice “{voice}” is not installed</source>
        <translation>{engine}: «{voice}» ovozi oʻrnatilmagan</translation>
    </message>
    <message>
        <source>no voice is set for this language</source>
        <translation>bu til uchun ovoz belgilanmagan</translation>
    </message>
    <message>
        <source>sync not configured</source>
        <translation>sinxronlash sozlanmagan</translation>
    </message>
    <message>
        <source>no sync yet since start</source>
        <translation>ishga tushgandan beri sinxronlanmagan</translation>
    </message>
    <message>
        <source>REJECTED by the server since {when}: reports are not delivered; ask for a new token</source>
        <translation>Server {when} dan beri RAD ETMOQDA: xabarlar yetkazilmaydi; yangi token soʻrang</translation>
    </message>
    <message>
        <source>not refused</source>
        <translation>rad etilmagan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yoʻq</translation>
    </message>
    <message>
        <source>voice “{voice}”</source>
        <translation>“{voice}” ovozi</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Sinash</translation>
    </message>
</context>
<context>
    <name>AlertScreen</name>
    <message>
        <source>Fraud warning</source>
        <translation>Ogohlantirish</translation>
    </message>
    <message>
        <source>This warning is no longer available.</source>
        <translation>Bu ogohlantirish endi mavjud emas.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Xavfli belgilar</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Nima qilish kerak</translation>
    </message>
    <message>
        <source>Published: {date}</source>
        <translation>Eʼlon qilingan: {date}</translation>
    </message>
</context>
<context>
    <name>AlertsScreen</name>
    <message>
        <source>URGENT</source>
        <translation>SHOSHILINCH</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>OGOHLANTIRISH</translation>
    </message>
    <message>
        <source>GOOD TO KNOW</source>
        <translation>BILIB QOʻYING</translation>
    </message>
    <message>
        <source>Fraud warnings</source>
        <translation>Firibgarlikdan ogohlantirishlar</translation>
    </message>
    <message>
        <source>Recruiters who break these rules are cheating you. Tap a warning to read more.</source>
        <translation>Bu qoidalarni buzgan vositachilar sizni aldamoqda. Batafsil oʻqish uchun ogohlantirishni bosing.</translation>
    </message>
    <message>
        <source>There are no warnings right now.</source>
        <translation>Hozircha ogohlantirishlar yoʻq.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>NAMUNA</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Article</source>
        <translation>Maqola</translation>
    </message>
    <message>
        <source>This article is no longer available.</source>
        <translation>Bu maqola endi mavjud emas.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Manba: {source}</translation>
    </message>
    <message>
        <source>Checked on: {date}</source>
        <translation>Tekshirilgan: {date}</translation>
    </message>
</context>
<context>
    <name>ArticlesScreen</name>
    <message>
        <source>Articles</source>
        <translation>Maqolalar</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>NAMUNA</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Endi nima qilish kerak</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Agentlikni tekshirish</translation>
    </message>
    <message>
        <source>Is the agency that recruited you licensed?</source>
        <translation>Sizni ishga yollagan agentlikning litsenziyasi bormi?</translation>
    </message>
</context>
<context>
    <name>AskScreen</name>
    <message>
        <source>Ask a question</source>
        <translation>Savol berish</translation>
    </message>
    <message>
        <source>Type your question in any language. The answers are taken word for word from checked information; nothing is made up.</source>
        <translation>Savolingizni istalgan tilda yozing. Javoblar tekshirilgan maʼlumotdan soʻzma-soʻz olinadi; hech narsa toʻqib chiqarilmaydi.</translation>
    </message>
    <message>
        <source>For example: can my employer keep my passport?</source>
        <translation>Masalan: ish beruvchi pasportimni olib qoʻysa boʻladimi?</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation>Qoʻngʻiroq qilishlarini soʻrash</translation>
    </message>
    <message>
        <source>Preparing the answers…</source>
        <translation>Javoblar tayyorlanmoqda…</translation>
    </message>
    <message>
        <source>There is no checked answer to this question here. The situation centre can call you back and help.</source>
        <translation>Bu yerda bu savolga tekshirilgan javob yoʻq. Vaziyat markazi sizga qoʻngʻiroq qilib, yordam berishi mumkin.</translation>
    </message>
    <message>
        <source>Or tap one of these questions:</source>
        <translation>Yoki shu savollardan birini bosing:</translation>
    </message>
    <message>
        <source>Other questions travellers ask</source>
        <translation>Yoʻlovchilarning boshqa savollari</translation>
    </message>
    <message>
        <source>Questions travellers often ask</source>
        <translation>Yoʻlovchilar koʻp beradigan savollar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Going abroad to work? Check your agency&apos;s licence before you pay anyone.</source>
        <translation>Chet elga ishga ketyapsizmi? Hech kimga pul toʻlashdan oldin agentligingiz litsenziyasini tekshiring.</translation>
    </message>
    <message>
        <source>The employer pays for your job placement, not you.</source>
        <translation>Ishga joylashtirish uchun siz emas, ish beruvchi toʻlaydi.</translation>
    </message>
    <message>
        <source>Never give your passport to a recruiter.</source>
        <translation>Pasportingizni hech qachon vositachiga bermang.</translation>
    </message>
    <message>
        <source>A tourist visa is not a work visa.</source>
        <translation>Turistik viza — ish vizasi emas.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Boshlash uchun ekranga teging</translation>
    </message>
</context>
<context>
    <name>AudioToggle</name>
    <message>
        <source>Read every screen aloud</source>
        <translation>Har bir ekranni ovoz chiqarib oʻqish</translation>
    </message>
    <message>
        <source>Tap to hear each screen</source>
        <translation>Har bir ekranni eshitish uchun bosing</translation>
    </message>
    <message>
        <source>Each screen is read aloud. Tap to stop.</source>
        <translation>Har bir ekran ovoz chiqarib oʻqiladi. Toʻxtatish uchun bosing.</translation>
    </message>
    <message>
        <source>There is no voice for this language yet</source>
        <translation>Bu til uchun hali ovoz yoʻq</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Yoqilgan</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Oʻchiq</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>My passport was taken</source>
        <translation>Pasportimni olib qoʻyishdi</translation>
    </message>
    <message>
        <source>I am forced to work</source>
        <translation>Meni majburan ishlatishyapti</translation>
    </message>
    <message>
        <source>Someone offers me military service</source>
        <translation>Menga harbiy xizmat taklif qilishyapti</translation>
    </message>
    <message>
        <source>My wages are not paid</source>
        <translation>Maoshimni toʻlashmayapti</translation>
    </message>
    <message>
        <source>Is my job offer real?</source>
        <translation>Ish taklifim haqiqiymi?</translation>
    </message>
    <message>
        <source>Visa, contract or documents</source>
        <translation>Viza, shartnoma yoki hujjatlar</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Boshqa masala</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Menga qoʻngʻiroq qiling</translation>
    </message>
    <message>
        <source>The Migration Agency&apos;s situation centre will call you back.</source>
        <translation>Migratsiya agentligining vaziyat markazi sizga qoʻngʻiroq qiladi.</translation>
    </message>
    <message>
        <source>In which language should we call you?</source>
        <translation>Sizga qaysi tilda qoʻngʻiroq qilaylik?</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Nima haqida?</translation>
    </message>
    <message>
        <source>Where are you going to work?</source>
        <translation>Qayerga ishlashga ketyapsiz?</translation>
    </message>
    <message>
        <source>Check your request</source>
        <translation>Soʻrovingizni tekshiring</translation>
    </message>
    <message>
        <source>Your number is used only for this call. It is deleted from this kiosk as soon as the centre has received it.</source>
        <translation>Raqamingiz faqat shu qoʻngʻiroq uchun ishlatiladi. Markaz uni olishi bilan bu kioskdan oʻchiriladi.</translation>
    </message>
    <message>
        <source>I agree to be called on this number</source>
        <translation>Shu raqamga qoʻngʻiroq qilinishiga roziman</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Soʻrovni yuborish</translation>
    </message>
    <message>
        <source>Your request was received. The centre will call you.</source>
        <translation>Soʻrovingiz qabul qilindi. Markaz sizga qoʻngʻiroq qiladi.</translation>
    </message>
    <message>
        <source>Write down this reference code or scan it. The operator will say it when they call.</source>
        <translation>Bu kodni yozib oling yoki skanerlang. Operator qoʻngʻiroq qilganda uni aytadi.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Tugatish</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Hali hal qilmadim</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Telefon: {phone}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Til: {language}</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Mavzu: {topic}</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translation>Mamlakat: {country}</translation>
    </message>
    <message>
        <source>Please answer every question and agree to be called.</source>
        <translation>Iltimos, barcha savollarga javob bering va qoʻngʻiroqqa rozilik bering.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Yuborilmoqda…</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Maʼlumot kodi</translation>
    </message>
    <message>
        <source>If you are in danger now, call the emergency number of the country you are in.</source>
        <translation>Hozir xavf ostida boʻlsangiz, turgan mamlakatingizning favqulodda raqamiga qoʻngʻiroq qiling.</translation>
    </message>
    <message>
        <source>Your request could not be saved. Please try again, or call the hotline.</source>
        <translation>Soʻrovingizni saqlab boʻlmadi. Qayta urinib koʻring yoki ishonch telefoniga qoʻngʻiroq qiling.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Mavzu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Mamlakat</translation>
    </message>
</context>
<context>
    <name>CheckAgencyScreen</name>
    <message>
        <source>Check an agency</source>
        <translation>Agentlikni tekshirish</translation>
    </message>
    <message>
        <source>Type the agency&apos;s name, licence number, tax number (STIR), phone or Telegram.</source>
        <translation>Agentlik nomi, litsenziya raqami, soliq raqami (STIR), telefoni yoki Telegram manzilini yozing.</translation>
    </message>
    <message>
        <source>Agency name or number</source>
        <translation>Agentlik nomi yoki raqami</translation>
    </message>
    <message>
        <source>Not found: what should I do?</source>
        <translation>Topilmadi: nima qilay?</translation>
    </message>
    <message>
        <source>How to check</source>
        <translation>Qanday tekshirish kerak</translation>
    </message>
    <message>
        <source>Find the agency&apos;s name or licence number on your contract, receipt or advert.</source>
        <translation>Agentlik nomi yoki litsenziya raqamini shartnoma, kvitansiya yoki eʼlondan toping.</translation>
    </message>
    <message>
        <source>Type it above: the results appear as you type.</source>
        <translation>Uni yuqorida yozing: natijalar yozayotganingizda chiqadi.</translation>
    </message>
    <message>
        <source>Tap a result to see whether the agency may recruit you, and what to do.</source>
        <translation>Agentlik sizni ishga yollay oladimi va nima qilish kerakligini bilish uchun natijani bosing.</translation>
    </message>
    <message>
        <source>Not sure? Call the hotline.</source>
        <translation>Ishonchingiz komil emasmi? Ishonch telefoniga qoʻngʻiroq qiling.</translation>
    </message>
    <message>
        <source>Licence {number}</source>
        <translation>Litsenziya {number}</translation>
    </message>
    <message>
        <source>No licensed agency and no warning matches “{text}”.</source>
        <translation>«{text}» boʻyicha litsenziyali agentlik ham, ogohlantirish ham topilmadi.</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Migration Agency</source>
        <translation>Migratsiya agentligi</translation>
    </message>
    <message>
        <source>Embassies and consulates</source>
        <translation>Elchixonalar va konsulliklar</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>Xalqaro tashkilotlar</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Favqulodda yordam</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translation>Yordam va ishonch telefonlari</translation>
    </message>
    <message>
        <source>Save a contact before you fly: scan its code with your phone.</source>
        <translation>Uchishdan oldin kontaktni saqlab oling: uning kodini telefoningiz bilan skanerlang.</translation>
    </message>
    <message>
        <source>☎ Call me back: leave your number</source>
        <translation>☎ Menga qoʻngʻiroq qiling: raqam qoldirish</translation>
    </message>
    <message>
        <source>Centres and offices</source>
        <translation>Markazlar va idoralar</translation>
    </message>
    <message>
        <source>Platform services</source>
        <translation>Platforma xizmatlari</translation>
    </message>
    <message>
        <source>Scan to open</source>
        <translation>Ochish uchun skanerlang</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>NAMUNA</translation>
    </message>
    <message>
        <source>Scan to save</source>
        <translation>Saqlash uchun skanerlang</translation>
    </message>
</context>
<context>
    <name>CountriesScreen</name>
    <message>
        <source>Country guides</source>
        <translation>Davlatlar boʻyicha qoʻllanma</translation>
    </message>
    <message>
        <source>Where are you going to work?</source>
        <translation>Qayerga ishlashga ketyapsiz?</translation>
    </message>
    <message>
        <source>There are no country guides yet.</source>
        <translation>Hozircha davlatlar boʻyicha qoʻllanmalar yoʻq.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>NAMUNA</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Country guide</source>
        <translation>Davlat boʻyicha qoʻllanma</translation>
    </message>
    <message>
        <source>This guide is no longer available.</source>
        <translation>Bu qoʻllanma endi mavjud emas.</translation>
    </message>
    <message>
        <source>Country guide: {country}</source>
        <translation>Qoʻllanma: {country}</translation>
    </message>
    <message>
        <source>Legal route</source>
        <translation>Qonuniy yoʻl</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Hujjatlar</translation>
    </message>
    <message>
        <source>Common scams</source>
        <translation>Firibgarlik usullari</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktlar</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Favqulodda raqamlar</translation>
    </message>
    <message>
        <source>Before you board</source>
        <translation>Uchishdan oldin tekshiring</translation>
    </message>
    <message>
        <source>Offices in this country ›</source>
        <translation>Shu mamlakatdagi idoralar ›</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Manba: {source}</translation>
    </message>
    <message>
        <source>Checked on: {date}</source>
        <translation>Tekshirilgan: {date}</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Orqaga</translation>
    </message>
    <message>
        <source>⌂ Home</source>
        <translation>⌂ Bosh sahifa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>✕ Finish</source>
        <translation>✕ Tugatish</translation>
    </message>
    <message>
        <source>Finish and clear my data</source>
        <translation>Tugatish va maʼlumotlarimni oʻchirish</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Toʻxtatish</translation>
    </message>
    <message>
        <source>▶ Read aloud</source>
        <translation>▶ Tinglash</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Kattaroq matn</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yuqori kontrast</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Check an agency</source>
        <translation>Agentlikni tekshirish</translation>
    </message>
    <message>
        <source>Is the agency that recruited you licensed?</source>
        <translation>Sizni ishga yollagan agentlikning litsenziyasi bormi?</translation>
    </message>
    <message>
        <source>Fraud warnings</source>
        <translation>Firibgarlikdan ogohlantirishlar</translation>
    </message>
    <message>
        <source>How people are cheated, and how to stay safe</source>
        <translation>Odamlar qanday aldanadi va qanday ehtiyot boʻlish kerak</translation>
    </message>
    <message>
        <source>Your rights and legal work</source>
        <translation>Huquqlaringiz va qonuniy ish</translation>
    </message>
    <message>
        <source>Fees, contracts, passports, legal ways to work abroad</source>
        <translation>Toʻlovlar, shartnomalar, pasportlar, chet elda ishlashning qonuniy yoʻllari</translation>
    </message>
    <message>
        <source>Country guides</source>
        <translation>Davlatlar boʻyicha qoʻllanma</translation>
    </message>
    <message>
        <source>Entry rules, documents and scams, country by country</source>
        <translation>Har bir davlat boʻyicha: kirish qoidalari, hujjatlar va firibgarliklar</translation>
    </message>
    <message>
        <source>Is this job offer safe?</source>
        <translation>Bu ish taklifi xavfsizmi?</translation>
    </message>
    <message>
        <source>Answer a few questions: see the warning signs</source>
        <translation>Bir necha savolga javob bering va xavf belgilarini biling</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Savol berish</translation>
    </message>
    <message>
        <source>Answers from checked information, in any language</source>
        <translation>Tekshirilgan maʼlumotdan javoblar, istalgan tilda</translation>
    </message>
    <message>
        <source>Jobs, centres and services</source>
        <translation>Ish, markazlar va xizmatlar</translation>
    </message>
    <message>
        <source>Verified vacancies, a call back, offices, the platform</source>
        <translation>Tasdiqlangan vakansiyalar, qayta qoʻngʻiroq, idoralar, platforma</translation>
    </message>
    <message>
        <source>Report fraud</source>
        <translation>Firibgarlik haqida xabar berish</translation>
    </message>
    <message>
        <source>Tell the agency about a fake recruiter</source>
        <translation>Soxta vositachi haqida Migratsiya agentligiga xabar bering</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translation>Yordam va ishonch telefonlari</translation>
    </message>
    <message>
        <source>Whom to call at home and abroad</source>
        <translation>Vatanda va chet elda kimga qoʻngʻiroq qilish kerak</translation>
    </message>
    <message>
        <source>How can we help you?</source>
        <translation>Sizga qanday yordam bera olamiz?</translation>
    </message>
    <message>
        <source>URGENT WARNING</source>
        <translation>SHOSHILINCH OGOHLANTIRISH</translation>
    </message>
    <message>
        <source>Read ›</source>
        <translation>Oʻqish ›</translation>
    </message>
</context>
<context>
    <name>HotlinePanel</name>
    <message>
        <source>SAMPLE NUMBER</source>
        <translation>NAMUNAVIY RAQAM</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translation>Qoʻngʻiroq uchun skanerlang</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n soniya qoldi</numerusform>
            <numerusform>%n soniya qoldi</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Shu yerdamisiz?</translation>
    </message>
    <message>
        <source>Touch the screen to continue</source>
        <translation>Davom etish uchun ekranga teging</translation>
    </message>
</context>
<context>
    <name>Occupation</name>
    <message>
        <source>Construction</source>
        <translation>Qurilish</translation>
    </message>
    <message>
        <source>Farm work</source>
        <translation>Qishloq xoʻjaligi</translation>
    </message>
    <message>
        <source>Factory work</source>
        <translation>Zavod ishi</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Ombor</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Haydovchi</translation>
    </message>
    <message>
        <source>Care work</source>
        <translation>Parvarish ishi</translation>
    </message>
    <message>
        <source>Hotels</source>
        <translation>Mehmonxonalar</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>Oshpaz</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Tozalash</translation>
    </message>
    <message>
        <source>Welder</source>
        <translation>Payvandchi</translation>
    </message>
    <message>
        <source>No language required</source>
        <translation>Til talab qilinmaydi</translation>
    </message>
</context>
<context>
    <name>OfficesScreen</name>
    <message>
        <source>Centres and offices</source>
        <translation>Markazlar va idoralar</translation>
    </message>
    <message>
        <source>Where to get help in person. Scan a code to call, or to find the place on your phone&apos;s map.</source>
        <translation>Shaxsan yordam qayerda. Qoʻngʻiroq qilish yoki joyni telefon xaritasida topish uchun kodni skanerlang.</translation>
    </message>
    <message>
        <source>In Uzbekistan</source>
        <translation>Oʻzbekistonda</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Xorijda</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Barcha viloyatlar</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Barcha davlatlar</translation>
    </message>
    <message>
        <source>No office is listed here yet.</source>
        <translation>Bu yerda hali idora koʻrsatilmagan.</translation>
    </message>
    <message>
        <source>Country guide: {country}</source>
        <translation>Qoʻllanma: {country}</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Favqulodda raqamlar</translation>
    </message>
    <message>
        <source>Migration Agency office</source>
        <translation>Migratsiya agentligi idorasi</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Markaz</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>Til maktabi</translation>
    </message>
    <message>
        <source>Mobile visa centre</source>
        <translation>Koʻchma viza markazi</translation>
    </message>
    <message>
        <source>Office abroad</source>
        <translation>Xorijdagi vakolatxona</translation>
    </message>
    <message>
        <source>Open from {start} to {end}</source>
        <translation>{start} dan {end} gacha ishlaydi</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation>Manzil: {address}</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation>Ish vaqti: {hours}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Telefon: {phone}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>NAMUNA</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translation>Qoʻngʻiroq uchun skanerlang</translation>
    </message>
    <message>
        <source>Scan for the map</source>
        <translation>Xarita uchun skanerlang</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Boʻsh joy</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tozalash</translation>
    </message>
    <message>
        <source>Delete all text</source>
        <translation>Butun matnni oʻchirish</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Kiritish</translation>
    </message>
    <message>
        <source>Next field, or done</source>
        <translation>Keyingi maydon yoki tayyor</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Oxirgi harfni oʻchirish</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Lotin harflari</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translation>Kirill harflari</translation>
    </message>
    <message>
        <source>Digits and symbols</source>
        <translation>Raqamlar va belgilar</translation>
    </message>
</context>
<context>
    <name>OneStopScreen</name>
    <message>
        <source>Jobs, centres and services</source>
        <translation>Ish, markazlar va xizmatlar</translation>
    </message>
    <message>
        <source>The Migration Agency&apos;s services for people going to work abroad.</source>
        <translation>Migratsiya agentligining xorijda ishlashga ketayotganlar uchun xizmatlari.</translation>
    </message>
    <message>
        <source>Verified vacancies</source>
        <translation>Tasdiqlangan vakansiyalar</translation>
    </message>
    <message>
        <source>Jobs abroad from licensed agencies, with a code to apply</source>
        <translation>Litsenziyali agentliklarning xorijdagi ishlari, ariza berish kodi bilan</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Menga qoʻngʻiroq qiling</translation>
    </message>
    <message>
        <source>The situation centre calls you, in your language</source>
        <translation>Vaziyat markazi sizga oʻz tilingizda qoʻngʻiroq qiladi</translation>
    </message>
    <message>
        <source>Centres and offices</source>
        <translation>Markazlar va idoralar</translation>
    </message>
    <message>
        <source>Where to get help in person, at home and abroad</source>
        <translation>Yurtda va xorijda yordamni shaxsan qayerdan olish mumkin</translation>
    </message>
    <message>
        <source>Platform services</source>
        <translation>Platforma xizmatlari</translation>
    </message>
    <message>
        <source>What the “Xorijda ish” platform does, and what this kiosk answers</source>
        <translation>“Xorijda ish” platformasi nima qiladi va kiosk nimaga javob beradi</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Yuklanmoqda…</translation>
    </message>
    <message>
        <source>This page cannot be shown right now. Please try again in a minute.</source>
        <translation>Bu sahifani hozir koʻrsatib boʻlmaydi. Bir daqiqadan soʻng qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>SAMPLE CONTENT — to be replaced by the Migration Agency. Numbers and addresses shown here are not official.</source>
        <translation>NAMUNAVIY MAʼLUMOT — uni Migratsiya agentligi almashtiradi. Bu yerdagi raqam va manzillar rasmiy emas.</translation>
    </message>
</context>
<context>
    <name>PhoneStep</name>
    <message>
        <source>Your phone number</source>
        <translation>Telefon raqamingiz</translation>
    </message>
    <message>
        <source>An Uzbek number: +998 and 9 digits. A foreign number: + and its country code.</source>
        <translation>Oʻzbekiston raqami: +998 va 9 ta raqam. Xorijiy raqam: + va mamlakat kodi.</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Keyingi ›</translation>
    </message>
    <message>
        <source>Check the number: it is not complete yet.</source>
        <translation>Raqamni tekshiring: u hali toʻliq emas.</translation>
    </message>
    <message>
        <source>Start with + and the country code (+998 for Uzbekistan).</source>
        <translation>+ va mamlakat kodidan boshlang (Oʻzbekiston uchun +998).</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>Technician access</source>
        <translation>Texnik xodim kirishi</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Administrator PIN kodini kiriting</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Oxirgi raqamni oʻchirish</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The PIN has {low} to {high} digits</source>
        <translation>PIN kod {low} dan {high} tagacha raqamdan iborat</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before the pad locks: {n}</source>
        <translation>PIN notoʻgʻri. Bloklanishgacha qolgan urinishlar: {n}</translation>
    </message>
    <message>
        <source>Admin access is not set up on this kiosk.</source>
        <translation>Bu kioskda administrator kirishi sozlanmagan.</translation>
    </message>
    <message>
        <source>The PIN could not be checked: {error}</source>
        <translation>PIN kodni tekshirib boʻlmadi: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked for {n} min.</source>
        <translation>Notoʻgʻri PIN juda koʻp kiritildi. {n} daqiqaga bloklandi.</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <source>SAMPLE</source>
        <translation>NAMUNA</translation>
    </message>
    <message>
        <source>Not yet translated into your language. Shown in: {language}</source>
        <translation>Hali sizning tilingizga tarjima qilinmagan. Koʻrsatilgan til: {language}</translation>
    </message>
    <message>
        <source>Scan with your phone to read this later</source>
        <translation>Keyinroq oʻqish uchun telefoningiz bilan skanerlang</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Charged workers placement fees</source>
        <translation>Ishchilardan ishga joylashtirish uchun haq olgan</translation>
    </message>
    <message>
        <source>Did not register placement contracts electronically</source>
        <translation>Ishga joylashtirish shartnomalarini elektron roʻyxatdan oʻtkazmagan</translation>
    </message>
    <message>
        <source>Did not keep the required bank deposit</source>
        <translation>Talab qilingan bank depozitini saqlamagan</translation>
    </message>
    <message>
        <source>Did not send its reports on time</source>
        <translation>Hisobotlarini oʻz vaqtida topshirmagan</translation>
    </message>
    <message>
        <source>Inspection found violations; suspended until they are fixed</source>
        <translation>Tekshiruvda qoidabuzarliklar topilgan; ular bartaraf etilguncha toʻxtatilgan</translation>
    </message>
    <message>
        <source>Sent workers abroad on tourist visas</source>
        <translation>Ishchilarni chet elga turistik viza bilan yuborgan</translation>
    </message>
    <message>
        <source>Kept workers&apos; passports</source>
        <translation>Ishchilarning pasportlarini ushlab qolgan</translation>
    </message>
    <message>
        <source>Repeated violations after a suspension</source>
        <translation>Toʻxtatilgandan keyin qoidabuzarliklarni takrorlagan</translation>
    </message>
    <message>
        <source>Gave false information to get the licence</source>
        <translation>Litsenziya olish uchun yolgʻon maʼlumot bergan</translation>
    </message>
    <message>
        <source>Licence not renewed</source>
        <translation>Litsenziya uzaytirilmagan</translation>
    </message>
    <message>
        <source>Licence term ended; no renewal was applied for</source>
        <translation>Litsenziya muddati tugagan; uzaytirish soʻralmagan</translation>
    </message>
    <message>
        <source>Suspension lifted after the violations were fixed</source>
        <translation>Qoidabuzarliklar bartaraf etilgach, toʻxtatish bekor qilingan</translation>
    </message>
    <message>
        <source>Sold tourist visas as work visas</source>
        <translation>Turistik vizani ish vizasi deb sotgan</translation>
    </message>
    <message>
        <source>Took up-front fees for jobs that did not exist</source>
        <translation>Mavjud boʻlmagan ish uchun oldindan pul olgan</translation>
    </message>
    <message>
        <source>Sold fake work permits for European countries</source>
        <translation>Yevropa davlatlari uchun soxta ish ruxsatnomalarini sotgan</translation>
    </message>
    <message>
        <source>Sold places in the Korean EPS scheme, which no agency may sell</source>
        <translation>Koreya EPS dasturidagi joylarni sotgan — buni hech bir agentlik sota olmaydi</translation>
    </message>
    <message>
        <source>Promised faster visas through “contacts at the embassy”</source>
        <translation>«Elchixonadagi tanishlar» orqali tez viza vaʼda qilgan</translation>
    </message>
    <message>
        <source>Took payment to personal bank cards for jobs abroad</source>
        <translation>Chet eldagi ish uchun shaxsiy bank kartalariga pul olgan</translation>
    </message>
    <message>
        <source>Charged fees for places in the UK seasonal work scheme</source>
        <translation>Britaniya mavsumiy ish dasturidagi joylar uchun pul olgan</translation>
    </message>
    <message>
        <source>Recruited workers without a licence</source>
        <translation>Litsenziyasiz ishchi yollagan</translation>
    </message>
    <message>
        <source>Uses a name like a licensed agency&apos;s; it has no licence</source>
        <translation>Litsenziyali agentlikka oʻxshash nomdan foydalanadi; litsenziyasi yoʻq</translation>
    </message>
    <message>
        <source>Offered “jobs” in Russia that were recruitment into armed forces</source>
        <translation>Rossiyada «ish» deb qurolli kuchlarga yollagan</translation>
    </message>
    <message>
        <source>Took passports and asked for money to return them</source>
        <translation>Pasportlarni olib, qaytarish uchun pul soʻragan</translation>
    </message>
    <message>
        <source>Called itself a consulting firm and recruited workers without a licence</source>
        <translation>Oʻzini konsalting firmasi deb atab, litsenziyasiz ishchi yollagan</translation>
    </message>
    <message>
        <source>Sold residence permits as work permits</source>
        <translation>Yashash ruxsatnomasini ish ruxsatnomasi deb sotgan</translation>
    </message>
</context>
<context>
    <name>RedFlagsResultScreen</name>
    <message>
        <source>Your result</source>
        <translation>Sizning natijangiz</translation>
    </message>
    <message>
        <source>The checker is not available on this kiosk yet.</source>
        <translation>Bu kioskda tekshiruv hozircha mavjud emas.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Nega</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Endi nima qilish kerak</translation>
    </message>
    <message>
        <source>Hotline: {phone}</source>
        <translation>Ishonch telefoni: {phone}</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation>Qoʻngʻiroq qilishlarini soʻrash</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Agentlikni tekshirish</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Qaytadan boshlash</translation>
    </message>
    <message>
        <source>Your answers are not saved. Only an anonymous count of which warning signs were found is kept.</source>
        <translation>Javoblaringiz saqlanmaydi. Faqat qaysi xavf belgilari topilgani anonim hisoblanadi.</translation>
    </message>
    <message>
        <source>Job offer check at the airport kiosk</source>
        <translation>Aeroport kioskida ish taklifini tekshirish</translation>
    </message>
    <message>
        <source>Scan to keep this result on your phone (no internet needed)</source>
        <translation>Natijani telefoningizda saqlash uchun skanerlang (internet kerak emas)</translation>
    </message>
</context>
<context>
    <name>RedFlagsScreen</name>
    <message>
        <source>Is this job offer safe?</source>
        <translation>Bu ish taklifi xavfsizmi?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ha</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Bilmayman</translation>
    </message>
    <message>
        <source>Check the recruiter&apos;s name now</source>
        <translation>Vositachining nomini hozir tekshirish</translation>
    </message>
    <message>
        <source>Answer a few short questions about your job offer. Your answers are not saved: they are forgotten when you finish.</source>
        <translation>Ish taklifi haqidagi bir necha qisqa savolga javob bering. Javoblar saqlanmaydi: tugatganingizda unutiladi.</translation>
    </message>
    <message>
        <source>The checker is not available on this kiosk yet.</source>
        <translation>Bu kioskda tekshiruv hozircha mavjud emas.</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>{total} ta savoldan {number}-savol</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Orqaga</translation>
    </message>
    <message>
        <source>They asked me to pay for the job</source>
        <translation>Ish uchun mendan pul soʻrashdi</translation>
    </message>
    <message>
        <source>They took my passport</source>
        <translation>Pasportimni olib qoʻyishdi</translation>
    </message>
    <message>
        <source>They gave me a tourist visa for work</source>
        <translation>Ishlash uchun menga turistik viza berishdi</translation>
    </message>
    <message>
        <source>There is no written contract</source>
        <translation>Yozma shartnoma yoʻq</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Boshqa narsa</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>Kim haqida</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Nima boʻldi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Aloqa</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Yuborish</translation>
    </message>
    <message>
        <source>Licence number: {value}</source>
        <translation>Litsenziya raqami: {value}</translation>
    </message>
    <message>
        <source>Report fraud</source>
        <translation>Firibgarlik haqida xabar berish</translation>
    </message>
    <message>
        <source>Whom do you want to report? An agency, a phone number, a Telegram channel or a website.</source>
        <translation>Kim haqida xabar bermoqchisiz? Agentlik, telefon raqami, Telegram kanali yoki veb-sayt.</translation>
    </message>
    <message>
        <source>Name, phone or channel</source>
        <translation>Nomi, telefoni yoki kanali</translation>
    </message>
    <message>
        <source>What happened? Tap all that apply.</source>
        <translation>Nima boʻldi? Mos keladiganlarning hammasini bosing.</translation>
    </message>
    <message>
        <source>May the Migration Agency contact you about this report?</source>
        <translation>Shu xabar yuzasidan Migratsiya agentligi siz bilan bogʻlansa maylimi?</translation>
    </message>
    <message>
        <source>You do not have to give your phone number. The report is sent without your name either way.</source>
        <translation>Telefon raqamingizni berishingiz shart emas. Xabar baribir ismingizsiz yuboriladi.</translation>
    </message>
    <message>
        <source>No, send it without my contact</source>
        <translation>Yoʻq, raqamimsiz yuboring</translation>
    </message>
    <message>
        <source>Yes, I agree to be contacted</source>
        <translation>Ha, men bilan bogʻlanishlariga roziman</translation>
    </message>
    <message>
        <source>What happened? (optional)</source>
        <translation>Nima boʻldi? (ixtiyoriy)</translation>
    </message>
    <message>
        <source>Check your report</source>
        <translation>Xabaringizni tekshiring</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Yuborish</translation>
    </message>
    <message>
        <source>Thank you. Your report was received.</source>
        <translation>Rahmat! Xabaringiz qabul qilindi.</translation>
    </message>
    <message>
        <source>Write down this reference code, or scan it with your phone. Give it if you call the hotline.</source>
        <translation>Bu kodni yozib oling yoki telefoningiz bilan skanerlang. Ishonch telefoniga qoʻngʻiroq qilsangiz, shu kodni ayting.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Tugatish</translation>
    </message>
    <message>
        <source>The Migration Agency reads every report.</source>
        <translation>Migratsiya agentligi har bir xabarni oʻqib chiqadi.</translation>
    </message>
    <message>
        <source>If you gave your phone number, an officer may call you.</source>
        <translation>Agar telefon raqamingizni bergan boʻlsangiz, xodim sizga qoʻngʻiroq qilishi mumkin.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Keyin nima boʻladi</translation>
    </message>
    <message>
        <source>You get a reference code on the next screen.</source>
        <translation>Keyingi ekranda maʼlumot kodini olasiz.</translation>
    </message>
    <message>
        <source>In trouble right now? Call the hotline.</source>
        <translation>Hozir qiyin ahvoldamisiz? Ishonch telefoniga qoʻngʻiroq qiling.</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Keyingi ›</translation>
    </message>
    <message>
        <source>Step {number} of {total}: {name}</source>
        <translation>{total} qadamdan {number}-qadam: {name}</translation>
    </message>
    <message>
        <source>Whom: {who}</source>
        <translation>Kim haqida: {who}</translation>
    </message>
    <message>
        <source>Contact: {phone}</source>
        <translation>Aloqa uchun: {phone}</translation>
    </message>
    <message>
        <source>Contact: none</source>
        <translation>Aloqa uchun: yoʻq</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Yuborilmoqda…</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Murojaat kodi</translation>
    </message>
    <message>
        <source>Your report could not be saved. Please try again, or call the hotline.</source>
        <translation>Xabaringizni saqlab boʻlmadi. Qaytadan urinib koʻring yoki ishonch telefoniga qoʻngʻiroq qiling.</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Platform services</source>
        <translation>Platforma xizmatlari</translation>
    </message>
    <message>
        <source>The “Xorijda ish” platform&apos;s services. Some the kiosk answers here; the others need the platform: scan the code and continue on your phone.</source>
        <translation>«Xorijda ish» platformasi xizmatlari. Ayrimlariga kiosk shu yerda javob beradi; qolganlari uchun platforma kerak: kodni skanerlang va telefoningizda davom eting.</translation>
    </message>
    <message>
        <source>This kiosk answers it</source>
        <translation>Bu kiosk javob beradi</translation>
    </message>
    <message>
        <source>Needs the platform</source>
        <translation>Platforma kerak</translation>
    </message>
    <message>
        <source>For: {who}</source>
        <translation>Kim uchun: {who}</translation>
    </message>
    <message>
        <source>Bring: {what}</source>
        <translation>Olib keling: {what}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>NAMUNA</translation>
    </message>
    <message>
        <source>Open here ›</source>
        <translation>Shu yerda ochish ›</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Licensed</source>
        <translation>Litsenziyali</translation>
    </message>
    <message>
        <source>Licensed — registry may be out of date</source>
        <translation>Litsenziyali — reestr eskirgan boʻlishi mumkin</translation>
    </message>
    <message>
        <source>Licence suspended</source>
        <translation>Litsenziya toʻxtatilgan</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation>Litsenziya bekor qilingan</translation>
    </message>
    <message>
        <source>Licence expired</source>
        <translation>Litsenziya muddati tugagan</translation>
    </message>
    <message>
        <source>On the warning list</source>
        <translation>Ogohlantirish roʻyxatida</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>Reestrda yoʻq</translation>
    </message>
</context>
<context>
    <name>TopicsScreen</name>
    <message>
        <source>Your rights and legal work</source>
        <translation>Huquqlaringiz va qonuniy ish</translation>
    </message>
</context>
<context>
    <name>VacanciesScreen</name>
    <message>
        <source>Verified vacancies</source>
        <translation>Tasdiqlangan vakansiyalar</translation>
    </message>
    <message>
        <source>Jobs abroad from licensed agencies only. Tap one for the details and a code to apply on the platform.</source>
        <translation>Faqat litsenziyali agentliklarning xorijdagi ishlari. Tafsilotlar va platformada ariza berish kodi uchun bosing.</translation>
    </message>
    <message>
        <source>Search: job, employer or country</source>
        <translation>Qidirish: ish, ish beruvchi yoki mamlakat</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Barcha davlatlar</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Barcha kasblar</translation>
    </message>
    <message>
        <source>Show more vacancies</source>
        <translation>Yana vakansiyalarni koʻrsatish</translation>
    </message>
    <message>
        <source>No vacancy matches “{text}”. Check the spelling, or search for a job, an employer or a country.</source>
        <translation>“{text}” boʻyicha vakansiya topilmadi. Yozilishini tekshiring yoki ish, ish beruvchi yoki mamlakatni qidiring.</translation>
    </message>
    <message>
        <source>No vacancy for this job in this country. Choose another country or job.</source>
        <translation>Bu mamlakatda bu ish boʻyicha vakansiya yoʻq. Boshqa mamlakat yoki ishni tanlang.</translation>
    </message>
    <message>
        <source>“{text}” is found only in other countries or jobs. Choose “{countries}” or “{jobs}” to see those vacancies.</source>
        <translation>“{text}” faqat boshqa mamlakatlar yoki ishlarda topildi. Ularni koʻrish uchun “{countries}” yoki “{jobs}” ni tanlang.</translation>
    </message>
    <message>
        <source>{wage} a month</source>
        <translation>oyiga {wage}</translation>
    </message>
    <message>
        <source>closes {date}</source>
        <translation>{date} gacha</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>NAMUNA</translation>
    </message>
    <message>
        <source>Loading vacancies…</source>
        <translation>Vakansiyalar yuklanmoqda…</translation>
    </message>
    <message>
        <source>Vacancies cannot be shown right now. Please try again in a minute.</source>
        <translation>Vakansiyalarni hozir koʻrsatib boʻlmaydi. Bir daqiqadan soʻng qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>Vacancies are hidden until this kiosk&apos;s registry data is up to date: the agencies&apos; licences cannot be confirmed.</source>
        <translation>Kioskdagi reyestr maʼlumotlari yangilanmaguncha vakansiyalar yashirilgan: agentliklar litsenziyasini tasdiqlab boʻlmaydi.</translation>
    </message>
    <message>
        <source>No vacancies are open at the moment.</source>
        <translation>Hozircha ochiq vakansiya yoʻq.</translation>
    </message>
    <message>
        <source>{shown} of {total} vacancies. Choose a country or a job to see the rest.</source>
        <translation>{total} ta vakansiyadan {shown} tasi. Qolganlarini koʻrish uchun mamlakat yoki ishni tanlang.</translation>
    </message>
</context>
<context>
    <name>VacancyHelp</name>
    <message>
        <source>Before you apply for a job abroad</source>
        <translation>Chet eldagi ishga ariza berishdan oldin</translation>
    </message>
    <message>
        <source>A real job order names a licensed agency and a contract registration number.</source>
        <translation>Haqiqiy vakansiyada litsenziyali agentlik va shartnomaning roʻyxatga olish raqami koʻrsatiladi.</translation>
    </message>
    <message>
        <source>Check the agency&apos;s licence here before you sign or pay anything.</source>
        <translation>Biror narsaga imzo chekish yoki pul toʻlashdan oldin agentlik litsenziyasini shu yerda tekshiring.</translation>
    </message>
    <message>
        <source>This takes a few seconds. Meanwhile, here is how to tell a real job offer.</source>
        <translation>Bu bir necha soniya davom etadi. Bu orada haqiqiy ish taklifini qanday ajratishni oʻqing.</translation>
    </message>
    <message>
        <source>This kiosk last confirmed the licence registry on {date}. A job order is shown only while its agency&apos;s licence can be confirmed.</source>
        <translation>Bu kiosk litsenziyalar reestrini oxirgi marta {date} kuni tasdiqlagan. Vakansiya faqat agentligining litsenziyasini tasdiqlash mumkin boʻlganda koʻrsatiladi.</translation>
    </message>
    <message>
        <source>This kiosk has not confirmed the licence registry yet.</source>
        <translation>Bu kiosk litsenziyalar reestrini hali tasdiqlamagan.</translation>
    </message>
</context>
<context>
    <name>VacancyScreen</name>
    <message>
        <source>Vacancy</source>
        <translation>Vakansiya</translation>
    </message>
    <message>
        <source>This vacancy is no longer shown: it has closed, or its agency is no longer licensed.</source>
        <translation>Bu vakansiya endi koʻrsatilmaydi: muddati tugagan yoki agentligi endi litsenziyaga ega emas.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>NAMUNA</translation>
    </message>
    <message>
        <source>Agency: {name}, licence {number}</source>
        <translation>Agentlik: {name}, litsenziya {number}</translation>
    </message>
    <message>
        <source>Wage: {wage} a month</source>
        <translation>Maosh: oyiga {wage}</translation>
    </message>
    <message>
        <source>Hours: {hours} a week</source>
        <translation>Ish vaqti: haftasiga {hours} soat</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Til: {language}</translation>
    </message>
    <message>
        <source>Places: {places}</source>
        <translation>Oʻrinlar: {places}</translation>
    </message>
    <message>
        <source>Apply by: {date}</source>
        <translation>Ariza muddati: {date}</translation>
    </message>
    <message>
        <source>Contract registration number: {number}</source>
        <translation>Shartnoma roʻyxat raqami: {number}</translation>
    </message>
    <message>
        <source>The job order</source>
        <translation>Ish buyurtmasi</translation>
    </message>
    <message>
        <source>Never pay for a job offer. Apply only on the platform or at the licensed agency.</source>
        <translation>Ish taklifi uchun hech qachon pul toʻlamang. Faqat platforma yoki litsenziyali agentlik orqali ariza bering.</translation>
    </message>
    <message>
        <source>This job on your phone, and how to apply</source>
        <translation>Bu ish telefoningizda va qanday ariza berish</translation>
    </message>
    <message>
        <source>Scan to apply on the platform</source>
        <translation>Platformada ariza berish uchun skanerlang</translation>
    </message>
</context>
<context>
    <name>VerdictScreen</name>
    <message>
        <source>Report it here at the kiosk, or call the Migration Agency&apos;s hotline.</source>
        <translation>Shu kioskda xabar bering yoki Migratsiya agentligining ishonch telefoniga qoʻngʻiroq qiling.</translation>
    </message>
    <message>
        <source>Do not pay anyone and do not hand over your passport.</source>
        <translation>Hech kimga pul toʻlamang va pasportingizni bermang.</translation>
    </message>
    <message>
        <source>The registry on this kiosk has not been updated for a while. The licence may have changed since.</source>
        <translation>Bu kioskdagi reyestr ancha vaqtdan beri yangilanmagan. Bu orada litsenziya holati oʻzgargan boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>Check the licence again on the official registry (scan the code).</source>
        <translation>Litsenziyani rasmiy reyestrda yana bir bor tekshiring (kodni skanerlang).</translation>
    </message>
    <message>
        <source>This agency holds a valid licence to place workers abroad.</source>
        <translation>Bu agentlikda odamlarni chet elga ishga yuborish uchun amaldagi litsenziya bor.</translation>
    </message>
    <message>
        <source>The employer pays the placement fee. The agency may charge you only for information and advice.</source>
        <translation>Ishga joylashtirish haqini ish beruvchi toʻlaydi. Agentlik sizdan faqat maʼlumot va maslahat uchun pul olishi mumkin.</translation>
    </message>
    <message>
        <source>Sign a written contract and make sure it is registered electronically.</source>
        <translation>Yozma shartnoma imzolang va u elektron roʻyxatdan oʻtganini tekshiring.</translation>
    </message>
    <message>
        <source>This agency may not recruit workers while its licence is suspended.</source>
        <translation>Litsenziyasi toʻxtatilgan paytda bu agentlikning odamlarni ishga yollashga haqqi yoʻq.</translation>
    </message>
    <message>
        <source>This agency lost its licence. It may not recruit workers.</source>
        <translation>Bu agentlik litsenziyadan mahrum qilingan. Uning odamlarni ishga yollashga haqqi yoʻq.</translation>
    </message>
    <message>
        <source>This agency&apos;s licence has ended. It may not recruit workers.</source>
        <translation>Bu agentlik litsenziyasining muddati tugagan. Uning odamlarni ishga yollashga haqqi yoʻq.</translation>
    </message>
    <message>
        <source>This is a known illegal operator, not a licensed agency.</source>
        <translation>Bu litsenziyali agentlik emas, balki maʼlum noqonuniy vositachi.</translation>
    </message>
    <message>
        <source>No licensed agency matches what you typed. An agency that is not in the registry may not recruit you.</source>
        <translation>Siz yozgan soʻrov boʻyicha litsenziyali agentlik topilmadi. Reyestrda yoʻq agentlikning sizni ishga yollashga haqqi yoʻq.</translation>
    </message>
    <message>
        <source>Check the spelling, or search by licence number.</source>
        <translation>Yozilishini tekshiring yoki litsenziya raqami boʻyicha qidiring.</translation>
    </message>
    <message>
        <source>Licence check result</source>
        <translation>Litsenziyani tekshirish natijasi</translation>
    </message>
    <message>
        <source>Checking the licence…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Litsenziya tekshirilmoqda…</translation>
    </message>
    <message>
        <source>The licence cannot be checked right now. Please try again in a minute.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Litsenziyani hozir tekshirib boʻlmaydi. Bir daqiqadan soʻng qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>SAMPLE REGISTRY — fictional agencies</source>
        <translation>NAMUNAVIY REYESTR — oʻylab topilgan agentliklar</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Endi nima qilish kerak</translation>
    </message>
    <message>
        <source>Registry details</source>
        <translation>Reyestrdagi maʼlumotlar</translation>
    </message>
    <message>
        <source>Registry data as of {date}</source>
        <translation>Reyestr maʼlumotlari {date} holatiga</translation>
    </message>
    <message>
        <source>Current status on your phone</source>
        <translation>Hozirgi holati telefoningizda</translation>
    </message>
    <message>
        <source>Official registry page</source>
        <translation>Reyestrning rasmiy sahifasi</translation>
    </message>
    <message>
        <source>This result as text (no internet needed)</source>
        <translation>Bu natija matn koʻrinishida (internet kerak emas)</translation>
    </message>
    <message>
        <source>Licence number: {value}</source>
        <translation>Litsenziya raqami: {value}</translation>
    </message>
    <message>
        <source>Issued: {start} · Valid until: {end}</source>
        <translation>Berilgan: {start} · Amal qilish muddati: {end}</translation>
    </message>
    <message>
        <source>Last status change: {date} — {reason}</source>
        <translation>Holat oxirgi marta oʻzgargan: {date} — {reason}</translation>
    </message>
    <message>
        <source>Also known as: {names}</source>
        <translation>Boshqa nomlari: {names}</translation>
    </message>
    <message>
        <source>Tax number (STIR): {value}</source>
        <translation>Soliq raqami (STIR): {value}</translation>
    </message>
    <message>
        <source>Address: {region}, {address}</source>
        <translation>Manzil: {region}, {address}</translation>
    </message>
    <message>
        <source>May recruit for: {countries}</source>
        <translation>Ishga yubora oladigan davlatlar: {countries}</translation>
    </message>
    <message>
        <source>Why it is listed: {reason}</source>
        <translation>Roʻyxatga kiritilish sababi: {reason}</translation>
    </message>
    <message>
        <source>Listed on: {date}</source>
        <translation>Roʻyxatga kiritilgan: {date}</translation>
    </message>
    <message>
        <source>Known contacts: {items}</source>
        <translation>Maʼlum kontaktlari: {items}</translation>
    </message>
    <message>
        <source>Report this agency</source>
        <translation>Agentlik ustidan shikoyat</translation>
    </message>
    <message>
        <source>Check another agency</source>
        <translation>Boshqa agentlikni tekshirish</translation>
    </message>
    <message>
        <source>Checked at the airport kiosk on {date}</source>
        <translation>Aeroport kioskida {date} kuni tekshirildi</translation>
    </message>
</context>
</TS>
