<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Latn_UZ">
<context>
    <name>AdminScreen</name>
    <message>
        <source>never</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>hesh qashan</translation>
    </message>
    <message>
        <source>{days} d {hours} h ago</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{days} kún {hours} saat aldın</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min ago</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{hours} saat {minutes} min aldın</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{minutes} min aldın</translation>
    </message>
    <message>
        <source>Technician panel</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Texnik paneli</translation>
    </message>
    <message>
        <source>Read-aloud voices</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Dawıslap oqıw dawısları</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Házir sinxronlaw</translation>
    </message>
    <message>
        <source>Tap again to restart</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Qayta iske túsiriw ushın jáne basıń</translation>
    </message>
    <message>
        <source>Restart app</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Baǵdarlamanı qayta iske túsiriw</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Shıǵıw ushın jáne basıń</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumıs stolına shıǵıw</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jabıw</translation>
    </message>
    <message>
        <source>…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>…</translation>
    </message>
    <message>
        <source>{free} GB of {total} GB</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{total} GB dan {free} GB bos</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Kiosk identifikatorı</translation>
    </message>
    <message>
        <source>Content version</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Mazmun versiyası</translation>
    </message>
    <message>
        <source> (sample)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation> (úlgi)</translation>
    </message>
    <message>
        <source>Content applied</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Mazmun qollanıldı</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Aqırǵı sinxronlaw</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Sinxronlaw qátesi</translation>
    </message>
    <message>
        <source>Server token</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Server tokeni</translation>
    </message>
    <message>
        <source>Outbox (not yet sent)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jiberiw gezegi (ele jiberilmegen)</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bos disk</translation>
    </message>
    <message>
        <source>{engine} has no voice for this language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{engine} programmasında bul til ushın dawıs joq</translation>
    </message>
    <message>
        <source>the list of installed voices has not been read yet</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ornatılǵan dawıslar dizimi ele oqılmaǵan</translation>
    </message>
    <message>
        <source>speech engine unavailable: {error}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>dawıs programması islemeydi: {error}</translation>
    </message>
    <message>
        <source>{engine}: the voice “{voice}” is not installed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{engine}: «{voice}» dawısı ornatılmaǵan</translation>
    </message>
    <message>
        <source>no voice is set for this language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>bul til ushın dawıs belgilenbegen</translation>
    </message>
    <message>
        <source>sync not configured</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>sinxronlaw sazlanbaǵan</translation>
    </message>
    <message>
        <source>no sync yet since start</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>iske túskennen beri sinxronlaw bolmadı</translation>
    </message>
    <message>
        <source>REJECTED by the server since {when}: reports are not delivered; ask for a new token</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{when} baslap server QABÍLLAMAYDÍ: xabarlar jetkerilmeydi; jańa token sorań</translation>
    </message>
    <message>
        <source>not refused</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>biykar etilmegen</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>joq</translation>
    </message>
    <message>
        <source>voice “{voice}”</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«{voice}» dawısı</translation>
    </message>
    <message>
        <source>Test</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tekseriw</translation>
    </message>
</context>
<context>
    <name>AlertScreen</name>
    <message>
        <source>Fraud warning</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Alaqshılıq haqqında eskertiw</translation>
    </message>
    <message>
        <source>This warning is no longer available.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul eskertiw endi qoljetimsiz.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Qáwip belgileri</translation>
    </message>
    <message>
        <source>What to do</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ne islew kerek</translation>
    </message>
    <message>
        <source>Published: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Járiyalanǵan sánesi: {date}</translation>
    </message>
</context>
<context>
    <name>AlertsScreen</name>
    <message>
        <source>Fraud warnings</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Alaqshılıq haqqında eskertiwler</translation>
    </message>
    <message>
        <source>Recruiters who break these rules are cheating you. Tap a warning to read more.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul qaǵıydalardı buzatuǵın dallallar sizdi aldap atır. Tolıǵıraq oqıw ushın eskertiwdi basıń.</translation>
    </message>
    <message>
        <source>There are no warnings right now.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Házir eskertiwler joq.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ÚLGI</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>SHUǴIL</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ESKERTIW</translation>
    </message>
    <message>
        <source>GOOD TO KNOW</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>BILIP ALÍŃ</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Article</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Maqala</translation>
    </message>
    <message>
        <source>This article is no longer available.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul maqala endi qoljetimsiz.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Derek: {source}</translation>
    </message>
    <message>
        <source>Checked on: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tekserilgen sánesi: {date}</translation>
    </message>
</context>
<context>
    <name>ArticlesScreen</name>
    <message>
        <source>Articles</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Maqalalar</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ÚLGI</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Keyin ne islew kerek</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Agentlikti tekseriw</translation>
    </message>
    <message>
        <source>Is the agency that recruited you licensed?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Sizdi jumısqa alǵan agentliktiń licenziyası bar ma?</translation>
    </message>
</context>
<context>
    <name>AskScreen</name>
    <message>
        <source>Ask a question</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Soraw beriw</translation>
    </message>
    <message>
        <source>Type your question in any language. The answers are taken word for word from checked information; nothing is made up.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Sorawıńızdı qálegen tilde jazıń. Juwaplar tekserilgen maǵlıwmattan sózbe-sóz alınadı; hesh nárse oylap tabılmaydı.</translation>
    </message>
    <message>
        <source>For example: can my employer keep my passport?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Mısalı: jumıs beriwshi pasportımdı uslap qala ala ma?</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Qayta qońıraw etiwdi soraw</translation>
    </message>
    <message>
        <source>Preparing the answers…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Juwaplar tayarlanbaqta…</translation>
    </message>
    <message>
        <source>There is no checked answer to this question here. The situation centre can call you back and help.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul sorawǵa bul jerde tekserilgen juwap joq. Jaǵday orayı sizge qayta qońıraw etip, járdem bere aladı.</translation>
    </message>
    <message>
        <source>Or tap one of these questions:</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Yamasa usı sorawlardıń birin basıń:</translation>
    </message>
    <message>
        <source>Other questions travellers ask</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jolawshılardıń basqa sorawları</translation>
    </message>
    <message>
        <source>Questions travellers often ask</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jolawshılar kóp beretuǵın sorawlar</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ashıw</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Going abroad to work? Check your agency&apos;s licence before you pay anyone.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Shet elge jumısqa barasız ba? Pul tólewden aldın agentlik licenziyasın tekseriń.</translation>
    </message>
    <message>
        <source>The employer pays for your job placement, not you.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumısqa ornalastırıw ushın siz emes, jumıs beriwshi tóleydi.</translation>
    </message>
    <message>
        <source>Never give your passport to a recruiter.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Pasportıńızdı hesh qashan dallalǵa bermeń.</translation>
    </message>
    <message>
        <source>A tourist visa is not a work visa.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Turistlik viza — jumıs vizası emes.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Baslaw ushın ekrandı basıń</translation>
    </message>
</context>
<context>
    <name>AudioToggle</name>
    <message>
        <source>Read every screen aloud</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Hár bir ekrandı dawıslap oqıw</translation>
    </message>
    <message>
        <source>Tap to hear each screen</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Hár bir ekrandı esitiw ushın basıń</translation>
    </message>
    <message>
        <source>Each screen is read aloud. Tap to stop.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Hár bir ekran dawıslap oqıladı. Toqtatıw ushın basıń.</translation>
    </message>
    <message>
        <source>There is no voice for this language yet</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul til ushın ele dawıs joq</translation>
    </message>
    <message>
        <source>On</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Qosılǵan</translation>
    </message>
    <message>
        <source>Off</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Óshirilgen</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>My passport was taken</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Pasportımdı alıp qoydı</translation>
    </message>
    <message>
        <source>I am forced to work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Meni jumıs islewge májbúrlep atır</translation>
    </message>
    <message>
        <source>Someone offers me military service</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Maǵan áskeriy xızmetti usınıp atır</translation>
    </message>
    <message>
        <source>My wages are not paid</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Aylıǵımdı tólemey atır</translation>
    </message>
    <message>
        <source>Is my job offer real?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumıs usınısım haqıyqıy ma?</translation>
    </message>
    <message>
        <source>Visa, contract or documents</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Viza, shártnama yamasa hújjetler</translation>
    </message>
    <message>
        <source>Something else</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Basqa nárse</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Maǵan qayta qońıraw etiń</translation>
    </message>
    <message>
        <source>The Migration Agency&apos;s situation centre will call you back.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Migraciya agentliginiń jaǵday orayı sizge qayta qońıraw etedi.</translation>
    </message>
    <message>
        <source>In which language should we call you?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Sizge qaysı tilde qońıraw eteyik?</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ne haqqında?</translation>
    </message>
    <message>
        <source>Where are you going to work?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Qayda jumısqa barasız?</translation>
    </message>
    <message>
        <source>Check your request</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Arzańızdı tekseriń</translation>
    </message>
    <message>
        <source>Your number is used only for this call. It is deleted from this kiosk as soon as the centre has received it.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Nomerińiz tek usı qońıraw ushın qollanıladı. Oray onı alıwdan-aq ol bul kiosktan óshiriledi.</translation>
    </message>
    <message>
        <source>I agree to be called on this number</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Usı nomerge qońıraw etiwge kelisemen</translation>
    </message>
    <message>
        <source>Send request</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Arzanı jiberiw</translation>
    </message>
    <message>
        <source>Your request was received. The centre will call you.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Arzańız qabıllandı. Oray sizge qońıraw etedi.</translation>
    </message>
    <message>
        <source>Write down this reference code or scan it. The operator will say it when they call.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Usı maǵlıwmat kodın jazıp alıń yamasa skanerleń. Operator qońıraw etkende onı aytadı.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Juwmaqlaw</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ele sheshpedim</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Telefon: {phone}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Til: {language}</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tema: {topic}</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>El: {country}</translation>
    </message>
    <message>
        <source>Please answer every question and agree to be called.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Barlıq sorawlarǵa juwap berip, qońırawǵa kelisim beriń.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jiberilmekte…</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Maǵlıwmat kodı</translation>
    </message>
    <message>
        <source>If you are in danger now, call the emergency number of the country you are in.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Házir qáwip bolsa, siz turǵan eldiń tez járdem nomerine qońıraw etiń.</translation>
    </message>
    <message>
        <source>Your request could not be saved. Please try again, or call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Arzańızdı saqlaw múmkin bolmadı. Qayta urınıp kóriń yamasa isenim telefonına qońıraw etiń.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Til</translation>
    </message>
    <message>
        <source>Topic</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Country</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>El</translation>
    </message>
</context>
<context>
    <name>CheckAgencyScreen</name>
    <message>
        <source>Check an agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Agentlikti tekseriw</translation>
    </message>
    <message>
        <source>Type the agency&apos;s name, licence number, tax number (STIR), phone or Telegram.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Agentliktiń atın, licenziya nomerin, salıq nomerin (STIR), telefonın yamasa Telegramın jazıń.</translation>
    </message>
    <message>
        <source>Agency name or number</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Agentlik atı yamasa nomeri</translation>
    </message>
    <message>
        <source>Not found: what should I do?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tabılmadı: ne islewim kerek?</translation>
    </message>
    <message>
        <source>How to check</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Qalay tekseriw kerek</translation>
    </message>
    <message>
        <source>Find the agency&apos;s name or licence number on your contract, receipt or advert.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Agentlik atın yamasa licenziya nomerin shártnamadan, kvitanciyadan yamasa daǵazadan tabıń.</translation>
    </message>
    <message>
        <source>Type it above: the results appear as you type.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Onı joqarıda jazıń: nátiyjeler jazıp atırǵanıńızda shıǵadı.</translation>
    </message>
    <message>
        <source>Tap a result to see whether the agency may recruit you, and what to do.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Agentlik sizdi jumısqa jallay ala ma hám ne islew kerekligin biliw ushın nátiyjeni basıń.</translation>
    </message>
    <message>
        <source>Not sure? Call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Isenimińiz kámil emes pe? Isenim telefonına qońıraw etiń.</translation>
    </message>
    <message>
        <source>Licence {number}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziya {number}</translation>
    </message>
    <message>
        <source>No licensed agency and no warning matches “{text}”.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«{text}» boyınsha licenziyası bar agentlik te, eskertiw de tabılmadı.</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Migration Agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Migraciya agentligi</translation>
    </message>
    <message>
        <source>Embassies and consulates</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Elshilikler hám konsullıqlar</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Xalıqaralıq shólkemler</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Shuǵıl jaǵdaylar</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Járdem hám isenim telefonları</translation>
    </message>
    <message>
        <source>Save a contact before you fly: scan its code with your phone.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ushıwdan aldın baylanıstı saqlań: onıń kodın telefon menen skanerleń.</translation>
    </message>
    <message>
        <source>☎ Call me back: leave your number</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>☎ Maǵan qayta qońıraw etiń: nomerińizdi qaldırıń</translation>
    </message>
    <message>
        <source>Centres and offices</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Oraylar hám keńseler</translation>
    </message>
    <message>
        <source>Platform services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Platforma xızmetleri</translation>
    </message>
    <message>
        <source>Scan to open</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ashıw ushın skanerleń</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ÚLGI</translation>
    </message>
    <message>
        <source>Scan to save</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Saqlaw ushın skanerleń</translation>
    </message>
</context>
<context>
    <name>CountriesScreen</name>
    <message>
        <source>Country guides</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Eller boyınsha qollanba</translation>
    </message>
    <message>
        <source>Where are you going to work?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Qayda jumısqa barasız?</translation>
    </message>
    <message>
        <source>There are no country guides yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Eller boyınsha qollanba ele joq.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ÚLGI</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Country guide</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>El boyınsha qollanba</translation>
    </message>
    <message>
        <source>This guide is no longer available.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul qollanba endi qoljetimsiz.</translation>
    </message>
    <message>
        <source>Country guide: {country}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Qollanba: {country}</translation>
    </message>
    <message>
        <source>Legal route</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Nızamlı jol</translation>
    </message>
    <message>
        <source>Documents</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Hújjetler</translation>
    </message>
    <message>
        <source>Common scams</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jiyi ushırasatuǵın alaqshılıqlar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Baylanıslar</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tez járdem nomerleri</translation>
    </message>
    <message>
        <source>Before you board</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Samolyotqa otırıwdan aldın</translation>
    </message>
    <message>
        <source>Offices in this country ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Usı eldegi keńseler ›</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Derek: {source}</translation>
    </message>
    <message>
        <source>Checked on: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tekserilgen sánesi: {date}</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>‹ Back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>‹ Artqa</translation>
    </message>
    <message>
        <source>⌂ Home</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>⌂ Bas bet</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Til</translation>
    </message>
    <message>
        <source>✕ Finish</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>✕ Tamamlaw</translation>
    </message>
    <message>
        <source>Finish and clear my data</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tamamlaw hám maǵlıwmatlarımdı óshiriw</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>■ Toqtatıw</translation>
    </message>
    <message>
        <source>▶ Read aloud</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>▶ Dawıslap oqıw</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Úlkenirek tekst</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Joqarı kontrast</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Check an agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Agentlikti tekseriw</translation>
    </message>
    <message>
        <source>Is the agency that recruited you licensed?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Sizdi jumısqa alǵan agentliktiń licenziyası bar ma?</translation>
    </message>
    <message>
        <source>Fraud warnings</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Alaqshılıq haqqında eskertiwler</translation>
    </message>
    <message>
        <source>How people are cheated, and how to stay safe</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Adamlardı qalay aldaydı hám qalay saqlanıw kerek</translation>
    </message>
    <message>
        <source>Your rights and legal work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Huqıqlarıńız hám nızamlı jumıs</translation>
    </message>
    <message>
        <source>Fees, contracts, passports, legal ways to work abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tólemler, shártnamalar, pasportlar, shet elde islewdiń nızamlı jolları</translation>
    </message>
    <message>
        <source>Country guides</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Eller boyınsha qollanba</translation>
    </message>
    <message>
        <source>Entry rules, documents and scams, country by country</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Kiriw qaǵıydaları, hújjetler hám alaqshılıqlar, el boyınsha</translation>
    </message>
    <message>
        <source>Is this job offer safe?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul jumıs usınısı qáwipsiz be?</translation>
    </message>
    <message>
        <source>Answer a few questions: see the warning signs</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bir neshe sorawǵa juwap berip, qáwip belgilerin biliń</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Soraw beriw</translation>
    </message>
    <message>
        <source>Answers from checked information, in any language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tekserilgen maǵlıwmattan juwaplar, qálegen tilde</translation>
    </message>
    <message>
        <source>Jobs, centres and services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumıs, orayılar hám xızmetler</translation>
    </message>
    <message>
        <source>Verified vacancies, a call back, offices, the platform</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tastıyıqlanǵan vakansiyalar, qayta qońıraw, keńseler, platforma</translation>
    </message>
    <message>
        <source>Report fraud</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Alaqshılıq haqqında xabarlaw</translation>
    </message>
    <message>
        <source>Tell the agency about a fake recruiter</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jalǵan dallal haqqında agentlikke xabar beriń</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Járdem hám isenim telefonları</translation>
    </message>
    <message>
        <source>Whom to call at home and abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Elde hám shet elde kimge qońıraw etiw kerek</translation>
    </message>
    <message>
        <source>How can we help you?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Sizge qalay járdem bere alamız?</translation>
    </message>
    <message>
        <source>URGENT WARNING</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>SHUǴIL ESKERTIW</translation>
    </message>
    <message>
        <source>Read ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Oqıw ›</translation>
    </message>
</context>
<context>
    <name>HotlinePanel</name>
    <message>
        <source>SAMPLE NUMBER</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ÚLGI NOMER</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Qońıraw ushın skanerleń</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n sekund qaldı</numerusform>
            <numerusform>%n sekund qaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ele usı jerdesiz be?</translation>
    </message>
    <message>
        <source>Touch the screen to continue</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Dawam etiw ushın ekrandı basıń</translation>
    </message>
</context>
<context>
    <name>Occupation</name>
    <message>
        <source>Construction</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Qurılıs</translation>
    </message>
    <message>
        <source>Farm work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Awıl xojalıǵı</translation>
    </message>
    <message>
        <source>Factory work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Zavod jumısı</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Sklad</translation>
    </message>
    <message>
        <source>Driver</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Aydawshı</translation>
    </message>
    <message>
        <source>Care work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Kútim jumısı</translation>
    </message>
    <message>
        <source>Hotels</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Mehmanxanalar</translation>
    </message>
    <message>
        <source>Cook</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Aspaz</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tazalaw</translation>
    </message>
    <message>
        <source>Welder</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Svarshik</translation>
    </message>
    <message>
        <source>No language required</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Til talap etilmeydi</translation>
    </message>
</context>
<context>
    <name>OfficesScreen</name>
    <message>
        <source>Centres and offices</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Oraylar hám keńseler</translation>
    </message>
    <message>
        <source>Where to get help in person. Scan a code to call, or to find the place on your phone&apos;s map.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Járdemdi jeke alatuǵın orınlar. Qońıraw etiw yamasa kartadan tabıw ushın kodtı skanerleń.</translation>
    </message>
    <message>
        <source>In Uzbekistan</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ózbekstanda</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Shet elde</translation>
    </message>
    <message>
        <source>All regions</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Barlıq wálayatlar</translation>
    </message>
    <message>
        <source>All countries</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Barlıq eller</translation>
    </message>
    <message>
        <source>No office is listed here yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul jerde ele keńse joq.</translation>
    </message>
    <message>
        <source>Country guide: {country}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Qollanba: {country}</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tez járdem nomerleri</translation>
    </message>
    <message>
        <source>Migration Agency office</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Migraciya agentligi keńsesi</translation>
    </message>
    <message>
        <source>Centre</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Oray</translation>
    </message>
    <message>
        <source>Language school</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Til mektebi</translation>
    </message>
    <message>
        <source>Mobile visa centre</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Kóshpeli viza orayı</translation>
    </message>
    <message>
        <source>Office abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Shet eldegi keńse</translation>
    </message>
    <message>
        <source>Open from {start} to {end}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{start} baslap {end} shekem ashıq</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Mánzil: {address}</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumıs waqtı: {hours}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Telefon: {phone}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ÚLGI</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Qońıraw ushın skanerleń</translation>
    </message>
    <message>
        <source>Scan for the map</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Karta ushın skanerleń</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bos orın</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tazalaw</translation>
    </message>
    <message>
        <source>Delete all text</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Barlıq tekstti óshiriw</translation>
    </message>
    <message>
        <source>Enter</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Kirgiziw</translation>
    </message>
    <message>
        <source>Next field, or done</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Keyingi maydan yamasa tayar</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Óshiriw</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Aqırǵı háripti óshiriw</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Latın háripleri</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Kirill háripleri</translation>
    </message>
    <message>
        <source>Digits and symbols</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Sanlar hám belgiler</translation>
    </message>
</context>
<context>
    <name>OneStopScreen</name>
    <message>
        <source>Jobs, centres and services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumıs, orayılar hám xızmetler</translation>
    </message>
    <message>
        <source>The Migration Agency&apos;s services for people going to work abroad.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Migraciya agentliginiń shet elde islewge ketip atırǵanlar ushın xızmetleri.</translation>
    </message>
    <message>
        <source>Verified vacancies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tastıyıqlanǵan vakansiyalar</translation>
    </message>
    <message>
        <source>Jobs abroad from licensed agencies, with a code to apply</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziyalı agentliklerdiń shet eldegi jumısları, arza beriw kodı menen</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Maǵan qayta qońıraw etiń</translation>
    </message>
    <message>
        <source>The situation centre calls you, in your language</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jaǵday orayı sizge óz tilińizde qońıraw etedi</translation>
    </message>
    <message>
        <source>Centres and offices</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Oraylar hám keńseler</translation>
    </message>
    <message>
        <source>Where to get help in person, at home and abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Elde hám shet elde járdemdi ózińiz qayerden alıwǵa boladı</translation>
    </message>
    <message>
        <source>Platform services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Platforma xızmetleri</translation>
    </message>
    <message>
        <source>What the “Xorijda ish” platform does, and what this kiosk answers</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>“Xorijda ish” platforması ne isleydi hám kiosk nege juwap beredi</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <source>Loading…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Júklenbekte…</translation>
    </message>
    <message>
        <source>This page cannot be shown right now. Please try again in a minute.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Házir bul betti kórsetiw múmkin emes. Bir minuttan soń qayta urınıp kóriń.</translation>
    </message>
    <message>
        <source>SAMPLE CONTENT — to be replaced by the Migration Agency. Numbers and addresses shown here are not official.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ÚLGI MAZMUN — onı Migraciya agentligi almastıradı. Bul jerdegi nomerler hám mánziller rásmiy emes.</translation>
    </message>
</context>
<context>
    <name>PhoneStep</name>
    <message>
        <source>Your phone number</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Telefon nomerińiz</translation>
    </message>
    <message>
        <source>An Uzbek number: +998 and 9 digits. A foreign number: + and its country code.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ózbekstan nomeri: +998 hám 9 san. Shet el nomeri: + hám el kodı.</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Keyingi ›</translation>
    </message>
    <message>
        <source>Check the number: it is not complete yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Nomerdi tekseriń: ol ele tolıq emes.</translation>
    </message>
    <message>
        <source>Start with + and the country code (+998 for Uzbekistan).</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>+ hám el kodınan baslań (Ózbekstan ushın +998).</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>Technician access</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Texnik kiriwi</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Administrator PIN kodın kirgiziń</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Aqırǵı sandı óshiriw</translation>
    </message>
    <message>
        <source>OK</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>The PIN has {low} to {high} digits</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>PIN kod {low}–{high} sannan ibarat</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before the pad locks: {n}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>PIN kod qáte. Qulıplanıwǵa shekem qalǵan urınıw: {n}</translation>
    </message>
    <message>
        <source>Admin access is not set up on this kiosk.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul kioskta administrator kiriwi sazlanbaǵan.</translation>
    </message>
    <message>
        <source>The PIN could not be checked: {error}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>PIN kodtı tekseriw múmkin bolmadı: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked for {n} min.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Qáte PIN kod júdá kóp. {n} minutqa qulıplandı.</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ÚLGI</translation>
    </message>
    <message>
        <source>Not yet translated into your language. Shown in: {language}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Sizdiń tilińizge ele awdarılmaǵan. Kórsetilgen til: {language}</translation>
    </message>
    <message>
        <source>Scan with your phone to read this later</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Keyin oqıw ushın telefon menen skanerleń</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Charged workers placement fees</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumısshılardan jumısqa ornalastırıw ushın tólem alǵan</translation>
    </message>
    <message>
        <source>Did not register placement contracts electronically</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumısqa ornalastırıw shártnamaların elektron túrde dizimge almaǵan</translation>
    </message>
    <message>
        <source>Did not keep the required bank deposit</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Májbúriy bank depozitin saqlamaǵan</translation>
    </message>
    <message>
        <source>Did not send its reports on time</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Esabatların waqtında tapsırmaǵan</translation>
    </message>
    <message>
        <source>Inspection found violations; suspended until they are fixed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tekseriw buzıwshılıqlardı anıqlaǵan; olar dúzetilgenshe toqtatılǵan</translation>
    </message>
    <message>
        <source>Sent workers abroad on tourist visas</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumısshılardı shet elge turistlik vizalar menen jibergen</translation>
    </message>
    <message>
        <source>Kept workers&apos; passports</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumısshılardıń pasportların uslap qalǵan</translation>
    </message>
    <message>
        <source>Repeated violations after a suspension</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Toqtatılǵannan keyin buzıwshılıqlardı tákirarlaǵan</translation>
    </message>
    <message>
        <source>Gave false information to get the licence</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziya alıw ushın jalǵan maǵlıwmat bergen</translation>
    </message>
    <message>
        <source>Licence not renewed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziya uzartılmaǵan</translation>
    </message>
    <message>
        <source>Licence term ended; no renewal was applied for</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziya múddeti pitken; uzartıwǵa arza berilmegen</translation>
    </message>
    <message>
        <source>Suspension lifted after the violations were fixed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Buzıwshılıqlar dúzetilgennen keyin toqtatıw alıp taslanǵan</translation>
    </message>
    <message>
        <source>Sold tourist visas as work visas</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Turistlik vizalardı jumıs vizası dep satqan</translation>
    </message>
    <message>
        <source>Took up-front fees for jobs that did not exist</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Joq jumıslar ushın aldın ala tólem alǵan</translation>
    </message>
    <message>
        <source>Sold fake work permits for European countries</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Evropa elleri ushın jalǵan jumıs ruqsatnamaların satqan</translation>
    </message>
    <message>
        <source>Sold places in the Korean EPS scheme, which no agency may sell</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Koreya EPS baǵdarlamasındaǵı orınlardı satqan — olardı hesh bir agentlik satıwǵa haqılı emes</translation>
    </message>
    <message>
        <source>Promised faster visas through “contacts at the embassy”</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«Elshixanadaǵı tanıslar» arqalı tez viza wáde etken</translation>
    </message>
    <message>
        <source>Took payment to personal bank cards for jobs abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Shet eldegi jumıs ushın tólemdi jeke bank kartalarına alǵan</translation>
    </message>
    <message>
        <source>Charged fees for places in the UK seasonal work scheme</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ullı Britaniyanıń máwsimlik jumıs baǵdarlamasındaǵı orınlar ushın tólem alǵan</translation>
    </message>
    <message>
        <source>Recruited workers without a licence</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziyasız jumısshı jalǵan</translation>
    </message>
    <message>
        <source>Uses a name like a licensed agency&apos;s; it has no licence</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziyalı agentliktikine uqsas atamanı paydalanadı; licenziyası joq</translation>
    </message>
    <message>
        <source>Offered “jobs” in Russia that were recruitment into armed forces</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Rossiyada qurallı kúshlerge jallaw bolǵan «jumıslardı» usınǵan</translation>
    </message>
    <message>
        <source>Took passports and asked for money to return them</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Pasportlardı alıp, qaytarıw ushın pul talap etken</translation>
    </message>
    <message>
        <source>Called itself a consulting firm and recruited workers without a licence</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ózin konsalting firması dep atap, licenziyasız jumısshı jalǵan</translation>
    </message>
    <message>
        <source>Sold residence permits as work permits</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jasaw ruqsatnamaların jumıs ruqsatnaması dep satqan</translation>
    </message>
</context>
<context>
    <name>RedFlagsResultScreen</name>
    <message>
        <source>Your result</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Sizdiń nátiyjeńiz</translation>
    </message>
    <message>
        <source>The checker is not available on this kiosk yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul kioskta tekseriw ele qoljetimsiz.</translation>
    </message>
    <message>
        <source>Why</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Nege</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Házir ne islew kerek</translation>
    </message>
    <message>
        <source>Hotline: {phone}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Isenim telefonı: {phone}</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Qayta qońıraw etiwdi soraw</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Agentlikti tekseriw</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Qaytadan baslaw</translation>
    </message>
    <message>
        <source>Your answers are not saved. Only an anonymous count of which warning signs were found is kept.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Juwaplarıńız saqlanbaydı. Tek qaysı qáwip belgileri tabılǵanı anonim túrde esaplanadı.</translation>
    </message>
    <message>
        <source>Job offer check at the airport kiosk</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Aeroport kioskında jumıs usınısın tekseriw</translation>
    </message>
    <message>
        <source>Scan to keep this result on your phone (no internet needed)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Nátiyjeni telefonıńızda saqlaw ushın skanerleń (internet kerek emes)</translation>
    </message>
</context>
<context>
    <name>RedFlagsScreen</name>
    <message>
        <source>Is this job offer safe?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul jumıs usınısı qáwipsiz be?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Awa</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Yaq</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bilmeymen</translation>
    </message>
    <message>
        <source>Check the recruiter&apos;s name now</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Dallaldıń atın házir tekseriw</translation>
    </message>
    <message>
        <source>Answer a few short questions about your job offer. Your answers are not saved: they are forgotten when you finish.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumıs usınısıńız haqqında bir neshe qısqa sorawǵa juwap beriń. Juwaplar saqlanbaydı: juwmaqlaǵanıńızda umıtıladı.</translation>
    </message>
    <message>
        <source>The checker is not available on this kiosk yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul kioskta tekseriw ele qoljetimsiz.</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{total} sorawdıń {number}-si</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>‹ Back</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>‹ Artqa</translation>
    </message>
    <message>
        <source>They asked me to pay for the job</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumıs ushın pul tólewdi soradı</translation>
    </message>
    <message>
        <source>They took my passport</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Pasportımdı alıp qoydı</translation>
    </message>
    <message>
        <source>They gave me a tourist visa for work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumıs ushın turistlik viza berdi</translation>
    </message>
    <message>
        <source>There is no written contract</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jazba shártnama joq</translation>
    </message>
    <message>
        <source>Something else</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Basqa nárse</translation>
    </message>
    <message>
        <source>Whom</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Kim haqqında</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ne boldı</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Baylanıs</translation>
    </message>
    <message>
        <source>Send</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jiberiw</translation>
    </message>
    <message>
        <source>Licence number: {value}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziya nomeri: {value}</translation>
    </message>
    <message>
        <source>Report fraud</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Alaqshılıq haqqında xabarlaw</translation>
    </message>
    <message>
        <source>Whom do you want to report? An agency, a phone number, a Telegram channel or a website.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Kim haqqında xabar bergińiz keledi? Agentlik, telefon nomeri, Telegram kanalı yamasa sayt.</translation>
    </message>
    <message>
        <source>Name, phone or channel</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Atı, telefonı yamasa kanalı</translation>
    </message>
    <message>
        <source>What happened? Tap all that apply.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ne boldı? Sáykes keletuǵınnıń hámmesin basıń.</translation>
    </message>
    <message>
        <source>May the Migration Agency contact you about this report?</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Migraciya agentligi usı xabar boyınsha siz benen baylanısa ala ma?</translation>
    </message>
    <message>
        <source>You do not have to give your phone number. The report is sent without your name either way.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Telefon nomerińizdi beriw shárt emes. Xabar hár qanday jaǵdayda atıńızsız jiberiledi.</translation>
    </message>
    <message>
        <source>No, send it without my contact</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Yaq, baylanısımsız jiberiń</translation>
    </message>
    <message>
        <source>Yes, I agree to be contacted</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Awa, men menen baylanısıwǵa kelisemen</translation>
    </message>
    <message>
        <source>What happened? (optional)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ne boldı? (májbúriy emes)</translation>
    </message>
    <message>
        <source>Check your report</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Xabarıńızdı tekseriń</translation>
    </message>
    <message>
        <source>Send report</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Xabardı jiberiw</translation>
    </message>
    <message>
        <source>Thank you. Your report was received.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Raxmet. Xabarıńız qabıllandı.</translation>
    </message>
    <message>
        <source>Write down this reference code, or scan it with your phone. Give it if you call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Usı maǵlıwmat kodın jazıp alıń yamasa telefon menen skanerleń. Isenim telefonına qońıraw etseńiz, onı aytıń.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Juwmaqlaw</translation>
    </message>
    <message>
        <source>The Migration Agency reads every report.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Migraciya agentligi hár bir xabardı oqıp shıǵadı.</translation>
    </message>
    <message>
        <source>If you gave your phone number, an officer may call you.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Eger telefon nomerińizdi bergen bolsańız, xızmetker sizge qońıraw etiwi múmkin.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Keyin ne boladı</translation>
    </message>
    <message>
        <source>You get a reference code on the next screen.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Keyingi ekranda maǵlıwmat kodın alasız.</translation>
    </message>
    <message>
        <source>In trouble right now? Call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Házir qıyın jaǵdaydamısız? Isenim telefonına qońıraw etiń.</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Keyingi ›</translation>
    </message>
    <message>
        <source>Step {number} of {total}: {name}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{total} qadamnan {number}-qadam: {name}</translation>
    </message>
    <message>
        <source>Whom: {who}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Kim haqqında: {who}</translation>
    </message>
    <message>
        <source>Contact: {phone}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Baylanıs: {phone}</translation>
    </message>
    <message>
        <source>Contact: none</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Baylanıs: joq</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jiberilmekte…</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Maǵlıwmat kodı</translation>
    </message>
    <message>
        <source>Your report could not be saved. Please try again, or call the hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Xabarıńızdı saqlaw múmkin bolmadı. Qayta urınıp kóriń yamasa isenim telefonına qońıraw etiń.</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Platform services</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Platforma xızmetleri</translation>
    </message>
    <message>
        <source>The “Xorijda ish” platform&apos;s services. Some the kiosk answers here; the others need the platform: scan the code and continue on your phone.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>«Xorijda ish» platformasınıń xızmetleri. Ayrımlarına kiosk usı jerde juwap beredi; qalǵanlarına platforma kerek: kodtı skanerlep, telefonda dawam etiń.</translation>
    </message>
    <message>
        <source>This kiosk answers it</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Kiosk juwap beredi</translation>
    </message>
    <message>
        <source>Needs the platform</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Platforma kerek</translation>
    </message>
    <message>
        <source>For: {who}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Kimge: {who}</translation>
    </message>
    <message>
        <source>Bring: {what}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Alıp keliń: {what}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ÚLGI</translation>
    </message>
    <message>
        <source>Open here ›</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Usı jerde ashıw ›</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Licensed</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziyası bar</translation>
    </message>
    <message>
        <source>Licensed — registry may be out of date</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziyası bar — reestr eskirgen bolıwı múmkin</translation>
    </message>
    <message>
        <source>Licence suspended</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziyası toqtatılǵan</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziyası qaytarıp alınǵan</translation>
    </message>
    <message>
        <source>Licence expired</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziya múddeti ótken</translation>
    </message>
    <message>
        <source>On the warning list</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Eskertiw diziminde</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Reestrde joq</translation>
    </message>
</context>
<context>
    <name>TopicsScreen</name>
    <message>
        <source>Your rights and legal work</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Huqıqlarıńız hám nızamlı jumıs</translation>
    </message>
</context>
<context>
    <name>VacanciesScreen</name>
    <message>
        <source>Verified vacancies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tastıyıqlanǵan vakansiyalar</translation>
    </message>
    <message>
        <source>Jobs abroad from licensed agencies only. Tap one for the details and a code to apply on the platform.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Tek licenziyalı agentliklerdiń shet eldegi jumısları. Tolıq maǵlıwmat hám platformada arza beriw kodı ushın basıń.</translation>
    </message>
    <message>
        <source>Search: job, employer or country</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Izlew: jumıs, jumıs beriwshi yamasa el</translation>
    </message>
    <message>
        <source>All countries</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Barlıq eller</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Barlıq kásipler</translation>
    </message>
    <message>
        <source>Show more vacancies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jáne vakansiyalardı kórsetiw</translation>
    </message>
    <message>
        <source>No vacancy matches “{text}”. Check the spelling, or search for a job, an employer or a country.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>“{text}” boyınsha vakansiya tabılmadı. Jazılıwın tekseriń yamasa jumıs, jumıs beriwshi yamasa el boyınsha izleń.</translation>
    </message>
    <message>
        <source>No vacancy for this job in this country. Choose another country or job.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul elde bul jumıs boyınsha vakansiya joq. Basqa el yamasa jumıstı tańlań.</translation>
    </message>
    <message>
        <source>“{text}” is found only in other countries or jobs. Choose “{countries}” or “{jobs}” to see those vacancies.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>“{text}” tek basqa ellerde yamasa jumıslarda tabıldı. Olardı kóriw ushın “{countries}” yamasa “{jobs}” tańlań.</translation>
    </message>
    <message>
        <source>{wage} a month</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ayına {wage}</translation>
    </message>
    <message>
        <source>closes {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{date} shekem</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ÚLGI</translation>
    </message>
    <message>
        <source>Loading vacancies…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Vakansiyalar júklenbekte…</translation>
    </message>
    <message>
        <source>Vacancies cannot be shown right now. Please try again in a minute.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Házir vakansiyalardı kórsetiw múmkin emes. Bir minuttan soń qayta urınıp kóriń.</translation>
    </message>
    <message>
        <source>Vacancies are hidden until this kiosk&apos;s registry data is up to date: the agencies&apos; licences cannot be confirmed.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Kiosktegi reestr maǵlıwmatları jańalanbaǵansha vakansiyalar jasırılǵan: agentlikler licenziyasın tastıyıqlap bolmaydı.</translation>
    </message>
    <message>
        <source>No vacancies are open at the moment.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Házirshe ashıq vakansiya joq.</translation>
    </message>
    <message>
        <source>{shown} of {total} vacancies. Choose a country or a job to see the rest.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>{total} vakansiyadan {shown}. Qalǵanların kóriw ushın el yamasa jumıstı tańlań.</translation>
    </message>
</context>
<context>
    <name>VacancyHelp</name>
    <message>
        <source>Before you apply for a job abroad</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Shet eldegi jumısqa arza beriwden aldın</translation>
    </message>
    <message>
        <source>A real job order names a licensed agency and a contract registration number.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Haqıyqıy vakansiyada licenziyalı agentlik hám shártnamanıń dizimge alıw nomeri kórsetiledi.</translation>
    </message>
    <message>
        <source>Check the agency&apos;s licence here before you sign or pay anything.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bir nársege qol qoyıw yamasa pul tólewden aldın agentlik licenziyasın usı jerde tekseriń.</translation>
    </message>
    <message>
        <source>This takes a few seconds. Meanwhile, here is how to tell a real job offer.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul bir neshe sekund dawam etedi. Usı waqıtta haqıyqıy jumıs usınısın qalay ajıratıwdı oqıń.</translation>
    </message>
    <message>
        <source>This kiosk last confirmed the licence registry on {date}. A job order is shown only while its agency&apos;s licence can be confirmed.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul kiosk licenziyalar reestrin aqırǵı ret {date} kúni tastıyıqlaǵan. Vakansiya tek onıń agentliginiń licenziyasın tastıyıqlaw múmkin bolǵanda kórsetiledi.</translation>
    </message>
    <message>
        <source>This kiosk has not confirmed the licence registry yet.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul kiosk licenziyalar reestrin ele tastıyıqlamaǵan.</translation>
    </message>
</context>
<context>
    <name>VacancyScreen</name>
    <message>
        <source>Vacancy</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Vakansiya</translation>
    </message>
    <message>
        <source>This vacancy is no longer shown: it has closed, or its agency is no longer licensed.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul vakansiya endi kórsetilmeydi: múddeti pitken yamasa agentliginiń licenziyası joq.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ÚLGI</translation>
    </message>
    <message>
        <source>Agency: {name}, licence {number}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Agentlik: {name}, licenziya {number}</translation>
    </message>
    <message>
        <source>Wage: {wage} a month</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Aylıq: ayına {wage}</translation>
    </message>
    <message>
        <source>Hours: {hours} a week</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumıs waqtı: hápte sayın {hours} saat</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Til: {language}</translation>
    </message>
    <message>
        <source>Places: {places}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Orınlar: {places}</translation>
    </message>
    <message>
        <source>Apply by: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Arza múddeti: {date}</translation>
    </message>
    <message>
        <source>Contract registration number: {number}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Shártnama dizim nomeri: {number}</translation>
    </message>
    <message>
        <source>The job order</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumıs buyırtpası</translation>
    </message>
    <message>
        <source>Never pay for a job offer. Apply only on the platform or at the licensed agency.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumıs usınısı ushın hesh qashan pul tólemeń. Tek platforma yamasa licenziyalı agentlik arqalı arza beriń.</translation>
    </message>
    <message>
        <source>This job on your phone, and how to apply</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul jumıs telefonıńızda hám qalay arza beriw</translation>
    </message>
    <message>
        <source>Scan to apply on the platform</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Platformada arza beriw ushın skanerleń</translation>
    </message>
</context>
<context>
    <name>VerdictScreen</name>
    <message>
        <source>Report it here at the kiosk, or call the Migration Agency&apos;s hotline.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Usı kioskta xabar beriń yamasa Migraciya agentliginiń isenim telefonına qońıraw etiń.</translation>
    </message>
    <message>
        <source>Do not pay anyone and do not hand over your passport.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Hesh kimge pul tólemeń hám pasportıńızdı bermeń.</translation>
    </message>
    <message>
        <source>The registry on this kiosk has not been updated for a while. The licence may have changed since.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul kiosktaǵı reestr biraz waqıt jańalanbaǵan. Sonnan beri licenziya ózgergen bolıwı múmkin.</translation>
    </message>
    <message>
        <source>Check the licence again on the official registry (scan the code).</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziyanı rásmiy reestrde qayta tekseriń (kodtı skanerleń).</translation>
    </message>
    <message>
        <source>This agency holds a valid licence to place workers abroad.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul agentliktiń jumısshılardı shet elge ornalastırıwǵa jaramlı licenziyası bar.</translation>
    </message>
    <message>
        <source>The employer pays the placement fee. The agency may charge you only for information and advice.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Ornalastırıw haqısın jumıs beriwshi tóleydi. Agentlik sizden tek maǵlıwmat hám másláhát ushın haqı ala aladı.</translation>
    </message>
    <message>
        <source>Sign a written contract and make sure it is registered electronically.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jazba shártnamaǵa qol qoyıń hám onıń elektron túrde dizimge alınǵanına isenim payda etiń.</translation>
    </message>
    <message>
        <source>This agency may not recruit workers while its licence is suspended.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziyası toqtatılǵan waqıtta bul agentlik jumısshı ala almaydı.</translation>
    </message>
    <message>
        <source>This agency lost its licence. It may not recruit workers.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul agentlik licenziyasınan ayırıldı. Ol jumısshı ala almaydı.</translation>
    </message>
    <message>
        <source>This agency&apos;s licence has ended. It may not recruit workers.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul agentliktiń licenziya múddeti tamamlandı. Ol jumısshı ala almaydı.</translation>
    </message>
    <message>
        <source>This is a known illegal operator, not a licensed agency.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul licenziyası bar agentlik emes, belgili nızamsız dallal.</translation>
    </message>
    <message>
        <source>No licensed agency matches what you typed. An agency that is not in the registry may not recruit you.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Siz jazǵan boyınsha licenziyası bar agentlik tabılmadı. Reestrde joq agentlik sizdi jumısqa ala almaydı.</translation>
    </message>
    <message>
        <source>Check the spelling, or search by licence number.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jazılıwın tekseriń yamasa licenziya nomeri boyınsha izleń.</translation>
    </message>
    <message>
        <source>Licence check result</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziyanı tekseriw nátiyjesi</translation>
    </message>
    <message>
        <source>Checking the licence…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziya tekserilmekte…</translation>
    </message>
    <message>
        <source>The licence cannot be checked right now. Please try again in a minute.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Házir licenziyanı tekseriw múmkin emes. Bir minuttan soń qayta urınıp kóriń.</translation>
    </message>
    <message>
        <source>Registry data as of {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Reestr maǵlıwmatları {date} boyınsha</translation>
    </message>
    <message>
        <source>SAMPLE REGISTRY — fictional agencies</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>ÚLGI REESTR — oylap tabılǵan agentlikler</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Keyin ne islew kerek</translation>
    </message>
    <message>
        <source>Registry details</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Reestr maǵlıwmatları</translation>
    </message>
    <message>
        <source>Current status on your phone</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Házirgi jaǵdayı telefonıńızda</translation>
    </message>
    <message>
        <source>Official registry page</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Rásmiy reestr beti</translation>
    </message>
    <message>
        <source>This result as text (no internet needed)</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul nátiyje tekst túrinde (internet kerek emes)</translation>
    </message>
    <message>
        <source>Licence number: {value}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Licenziya nomeri: {value}</translation>
    </message>
    <message>
        <source>Issued: {start} · Valid until: {end}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Berilgen sánesi: {start} · Jaramlılıq múddeti: {end}</translation>
    </message>
    <message>
        <source>Last status change: {date} — {reason}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Statustıń aqırǵı ózgerisi: {date} — {reason}</translation>
    </message>
    <message>
        <source>Also known as: {names}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Basqa atları: {names}</translation>
    </message>
    <message>
        <source>Tax number (STIR): {value}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Salıq nomeri (STIR): {value}</translation>
    </message>
    <message>
        <source>Address: {region}, {address}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Mánzil: {region}, {address}</translation>
    </message>
    <message>
        <source>May recruit for: {countries}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Jumısqa jibere alatuǵın eller: {countries}</translation>
    </message>
    <message>
        <source>Why it is listed: {reason}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Dizimge kiritiliw sebebi: {reason}</translation>
    </message>
    <message>
        <source>Listed on: {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Dizimge kiritilgen sánesi: {date}</translation>
    </message>
    <message>
        <source>Known contacts: {items}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Belgili baylanısları: {items}</translation>
    </message>
    <message>
        <source>Report this agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Bul agentlik haqqında xabarlaw</translation>
    </message>
    <message>
        <source>Check another agency</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Basqa agentlikti tekseriw</translation>
    </message>
    <message>
        <source>Checked at the airport kiosk on {date}</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Aeroport kioskinde {date} tekserildi</translation>
    </message>
</context>
</TS>
