<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminScreen</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>{days} d {hours} h ago</source>
        <translation>{days} d {hours} h ago</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min ago</source>
        <translation>{hours} h {minutes} min ago</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>{minutes} min ago</translation>
    </message>
    <message>
        <source>Technician panel</source>
        <translation>Technician panel</translation>
    </message>
    <message>
        <source>Read-aloud voices</source>
        <translation>Read-aloud voices</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Tap again to restart</source>
        <translation>Tap again to restart</translation>
    </message>
    <message>
        <source>Restart app</source>
        <translation>Restart app</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <translation>Tap again to exit</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Exit to desktop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>{free} GB of {total} GB</source>
        <translation>{free} GB of {total} GB</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>Kiosk id</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>Content version</translation>
    </message>
    <message>
        <source> (sample)</source>
        <translation> (sample)</translation>
    </message>
    <message>
        <source>Content applied</source>
        <translation>Content applied</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Sync error</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>Server token</translation>
    </message>
    <message>
        <source>Outbox (not yet sent)</source>
        <translation>Outbox (not yet sent)</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Free disk</translation>
    </message>
    <message>
        <source>{engine} has no voice for this language</source>
        <translation>{engine} has no voice for this language</translation>
    </message>
    <message>
        <source>the list of installed voices has not been read yet</source>
        <translation>the list of installed voices has not been read yet</translation>
    </message>
    <message>
        <source>speech engine unavailable: {error}</source>
        <translation>speech engine unavailable: {error}</translation>
    </message>
    <message>
        <source>{engine}: the voice “{voice}” is not installed</source>
        <translation>{engine}: the voice “{voice}” is not installed</translation>
    </message>
    <message>
        <source>no voice is set for this language</source>
        <translation>no voice is set for this language</translation>
    </message>
    <message>
        <source>sync not configured</source>
        <translation>sync not configured</translation>
    </message>
    <message>
        <source>no sync yet since start</source>
        <translation>no sync yet since start</translation>
    </message>
    <message>
        <source>REJECTED by the server since {when}: reports are not delivered; ask for a new token</source>
        <translation>REJECTED by the server since {when}: reports are not delivered; ask for a new token</translation>
    </message>
    <message>
        <source>not refused</source>
        <translation>not refused</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>voice “{voice}”</source>
        <translation>voice “{voice}”</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>AlertScreen</name>
    <message>
        <source>Fraud warning</source>
        <translation>Fraud warning</translation>
    </message>
    <message>
        <source>This warning is no longer available.</source>
        <translation>This warning is no longer available.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warning signs</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Published: {date}</source>
        <translation>Published: {date}</translation>
    </message>
</context>
<context>
    <name>AlertsScreen</name>
    <message>
        <source>URGENT</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNING</translation>
    </message>
    <message>
        <source>GOOD TO KNOW</source>
        <translation>GOOD TO KNOW</translation>
    </message>
    <message>
        <source>Fraud warnings</source>
        <translation>Fraud warnings</translation>
    </message>
    <message>
        <source>Recruiters who break these rules are cheating you. Tap a warning to read more.</source>
        <translation>Recruiters who break these rules are cheating you. Tap a warning to read more.</translation>
    </message>
    <message>
        <source>There are no warnings right now.</source>
        <translation>There are no warnings right now.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>SAMPLE</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>This article is no longer available.</source>
        <translation>This article is no longer available.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Checked on: {date}</source>
        <translation>Checked on: {date}</translation>
    </message>
</context>
<context>
    <name>ArticlesScreen</name>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>SAMPLE</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Check an agency</translation>
    </message>
    <message>
        <source>Is the agency that recruited you licensed?</source>
        <translation>Is the agency that recruited you licensed?</translation>
    </message>
</context>
<context>
    <name>AskScreen</name>
    <message>
        <source>Ask a question</source>
        <translation>Ask a question</translation>
    </message>
    <message>
        <source>Type your question in any language. The answers are taken word for word from checked information; nothing is made up.</source>
        <translation>Type your question in any language. The answers are taken word for word from checked information; nothing is made up.</translation>
    </message>
    <message>
        <source>For example: can my employer keep my passport?</source>
        <translation>For example: can my employer keep my passport?</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation>Ask for a call back</translation>
    </message>
    <message>
        <source>Preparing the answers…</source>
        <translation>Preparing the answers…</translation>
    </message>
    <message>
        <source>There is no checked answer to this question here. The situation centre can call you back and help.</source>
        <translation>There is no checked answer to this question here. The situation centre can call you back and help.</translation>
    </message>
    <message>
        <source>Or tap one of these questions:</source>
        <translation>Or tap one of these questions:</translation>
    </message>
    <message>
        <source>Other questions travellers ask</source>
        <translation>Other questions travellers ask</translation>
    </message>
    <message>
        <source>Questions travellers often ask</source>
        <translation>Questions travellers often ask</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Going abroad to work? Check your agency&apos;s licence before you pay anyone.</source>
        <translation>Going abroad to work? Check your agency&apos;s licence before you pay anyone.</translation>
    </message>
    <message>
        <source>The employer pays for your job placement, not you.</source>
        <translation>The employer pays for your job placement, not you.</translation>
    </message>
    <message>
        <source>Never give your passport to a recruiter.</source>
        <translation>Never give your passport to a recruiter.</translation>
    </message>
    <message>
        <source>A tourist visa is not a work visa.</source>
        <translation>A tourist visa is not a work visa.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
</context>
<context>
    <name>AudioToggle</name>
    <message>
        <source>Read every screen aloud</source>
        <translation>Read every screen aloud</translation>
    </message>
    <message>
        <source>Tap to hear each screen</source>
        <translation>Tap to hear each screen</translation>
    </message>
    <message>
        <source>Each screen is read aloud. Tap to stop.</source>
        <translation>Each screen is read aloud. Tap to stop.</translation>
    </message>
    <message>
        <source>There is no voice for this language yet</source>
        <translation>There is no voice for this language yet</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>My passport was taken</source>
        <translation>My passport was taken</translation>
    </message>
    <message>
        <source>I am forced to work</source>
        <translation>I am forced to work</translation>
    </message>
    <message>
        <source>Someone offers me military service</source>
        <translation>Someone offers me military service</translation>
    </message>
    <message>
        <source>My wages are not paid</source>
        <translation>My wages are not paid</translation>
    </message>
    <message>
        <source>Is my job offer real?</source>
        <translation>Is my job offer real?</translation>
    </message>
    <message>
        <source>Visa, contract or documents</source>
        <translation>Visa, contract or documents</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Call me back</translation>
    </message>
    <message>
        <source>The Migration Agency&apos;s situation centre will call you back.</source>
        <translation>The Migration Agency&apos;s situation centre will call you back.</translation>
    </message>
    <message>
        <source>In which language should we call you?</source>
        <translation>In which language should we call you?</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>What is it about?</translation>
    </message>
    <message>
        <source>Where are you going to work?</source>
        <translation>Where are you going to work?</translation>
    </message>
    <message>
        <source>Check your request</source>
        <translation>Check your request</translation>
    </message>
    <message>
        <source>Your number is used only for this call. It is deleted from this kiosk as soon as the centre has received it.</source>
        <translation>Your number is used only for this call. It is deleted from this kiosk as soon as the centre has received it.</translation>
    </message>
    <message>
        <source>I agree to be called on this number</source>
        <translation>I agree to be called on this number</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
    <message>
        <source>Your request was received. The centre will call you.</source>
        <translation>Your request was received. The centre will call you.</translation>
    </message>
    <message>
        <source>Write down this reference code or scan it. The operator will say it when they call.</source>
        <translation>Write down this reference code or scan it. The operator will say it when they call.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Language: {language}</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Topic: {topic}</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translation>Country: {country}</translation>
    </message>
    <message>
        <source>Please answer every question and agree to be called.</source>
        <translation>Please answer every question and agree to be called.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Reference code</translation>
    </message>
    <message>
        <source>If you are in danger now, call the emergency number of the country you are in.</source>
        <translation>If you are in danger now, call the emergency number of the country you are in.</translation>
    </message>
    <message>
        <source>Your request could not be saved. Please try again, or call the hotline.</source>
        <translation>Your request could not be saved. Please try again, or call the hotline.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
</context>
<context>
    <name>CheckAgencyScreen</name>
    <message>
        <source>Check an agency</source>
        <translation>Check an agency</translation>
    </message>
    <message>
        <source>Type the agency&apos;s name, licence number, tax number (STIR), phone or Telegram.</source>
        <translation>Type the agency&apos;s name, licence number, tax number (STIR), phone or Telegram.</translation>
    </message>
    <message>
        <source>Agency name or number</source>
        <translation>Agency name or number</translation>
    </message>
    <message>
        <source>Not found: what should I do?</source>
        <translation>Not found: what should I do?</translation>
    </message>
    <message>
        <source>How to check</source>
        <translation>How to check</translation>
    </message>
    <message>
        <source>Find the agency&apos;s name or licence number on your contract, receipt or advert.</source>
        <translation>Find the agency's name or licence number on your contract, receipt or advert.</translation>
    </message>
    <message>
        <source>Type it above: the results appear as you type.</source>
        <translation>Type it above: the results appear as you type.</translation>
    </message>
    <message>
        <source>Tap a result to see whether the agency may recruit you, and what to do.</source>
        <translation>Tap a result to see whether the agency may recruit you, and what to do.</translation>
    </message>
    <message>
        <source>Not sure? Call the hotline.</source>
        <translation>Not sure? Call the hotline.</translation>
    </message>
    <message>
        <source>Licence {number}</source>
        <translation>Licence {number}</translation>
    </message>
    <message>
        <source>No licensed agency and no warning matches “{text}”.</source>
        <translation>No licensed agency and no warning matches “{text}”.</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Migration Agency</source>
        <translation>Migration Agency</translation>
    </message>
    <message>
        <source>Embassies and consulates</source>
        <translation>Embassies and consulates</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>International organisations</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Emergencies</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translation>Help and hotlines</translation>
    </message>
    <message>
        <source>Save a contact before you fly: scan its code with your phone.</source>
        <translation>Save a contact before you fly: scan its code with your phone.</translation>
    </message>
    <message>
        <source>☎ Call me back: leave your number</source>
        <translation>☎ Call me back: leave your number</translation>
    </message>
    <message>
        <source>Centres and offices</source>
        <translation>Centres and offices</translation>
    </message>
    <message>
        <source>Platform services</source>
        <translation>Platform services</translation>
    </message>
    <message>
        <source>Scan to open</source>
        <translation>Scan to open</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>SAMPLE</translation>
    </message>
    <message>
        <source>Scan to save</source>
        <translation>Scan to save</translation>
    </message>
</context>
<context>
    <name>CountriesScreen</name>
    <message>
        <source>Country guides</source>
        <translation>Country guides</translation>
    </message>
    <message>
        <source>Where are you going to work?</source>
        <translation>Where are you going to work?</translation>
    </message>
    <message>
        <source>There are no country guides yet.</source>
        <translation>There are no country guides yet.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>SAMPLE</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Country guide</source>
        <translation>Country guide</translation>
    </message>
    <message>
        <source>This guide is no longer available.</source>
        <translation>This guide is no longer available.</translation>
    </message>
    <message>
        <source>Country guide: {country}</source>
        <translation>Country guide: {country}</translation>
    </message>
    <message>
        <source>Legal route</source>
        <translation>Legal route</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Common scams</source>
        <translation>Common scams</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Emergency numbers</translation>
    </message>
    <message>
        <source>Before you board</source>
        <translation>Before you board</translation>
    </message>
    <message>
        <source>Offices in this country ›</source>
        <translation>Offices in this country ›</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Checked on: {date}</source>
        <translation>Checked on: {date}</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>⌂ Home</source>
        <translation>⌂ Home</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>✕ Finish</source>
        <translation>✕ Finish</translation>
    </message>
    <message>
        <source>Finish and clear my data</source>
        <translation>Finish and clear my data</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Stop</translation>
    </message>
    <message>
        <source>▶ Read aloud</source>
        <translation>▶ Read aloud</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Check an agency</source>
        <translation>Check an agency</translation>
    </message>
    <message>
        <source>Is the agency that recruited you licensed?</source>
        <translation>Is the agency that recruited you licensed?</translation>
    </message>
    <message>
        <source>Fraud warnings</source>
        <translation>Fraud warnings</translation>
    </message>
    <message>
        <source>How people are cheated, and how to stay safe</source>
        <translation>How people are cheated, and how to stay safe</translation>
    </message>
    <message>
        <source>Your rights and legal work</source>
        <translation>Your rights and legal work</translation>
    </message>
    <message>
        <source>Fees, contracts, passports, legal ways to work abroad</source>
        <translation>Fees, contracts, passports, legal ways to work abroad</translation>
    </message>
    <message>
        <source>Country guides</source>
        <translation>Country guides</translation>
    </message>
    <message>
        <source>Entry rules, documents and scams, country by country</source>
        <translation>Entry rules, documents and scams, country by country</translation>
    </message>
    <message>
        <source>Is this job offer safe?</source>
        <translation>Is this job offer safe?</translation>
    </message>
    <message>
        <source>Answer a few questions: see the warning signs</source>
        <translation>Answer a few questions: see the warning signs</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Ask a question</translation>
    </message>
    <message>
        <source>Answers from checked information, in any language</source>
        <translation>Answers from checked information, in any language</translation>
    </message>
    <message>
        <source>Jobs, centres and services</source>
        <translation>Jobs, centres and services</translation>
    </message>
    <message>
        <source>Verified vacancies, a call back, offices, the platform</source>
        <translation>Verified vacancies, a call back, offices, the platform</translation>
    </message>
    <message>
        <source>Report fraud</source>
        <translation>Report fraud</translation>
    </message>
    <message>
        <source>Tell the agency about a fake recruiter</source>
        <translation>Tell the agency about a fake recruiter</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translation>Help and hotlines</translation>
    </message>
    <message>
        <source>Whom to call at home and abroad</source>
        <translation>Whom to call at home and abroad</translation>
    </message>
    <message>
        <source>How can we help you?</source>
        <translation>How can we help you?</translation>
    </message>
    <message>
        <source>URGENT WARNING</source>
        <translation>URGENT WARNING</translation>
    </message>
    <message>
        <source>Read ›</source>
        <translation>Read ›</translation>
    </message>
</context>
<context>
    <name>HotlinePanel</name>
    <message>
        <source>SAMPLE NUMBER</source>
        <translation>SAMPLE NUMBER</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translation>Scan to call</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Still there?</translation>
    </message>
    <message>
        <source>Touch the screen to continue</source>
        <translation>Touch the screen to continue</translation>
    </message>
</context>
<context>
    <name>Occupation</name>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Farm work</source>
        <translation>Farm work</translation>
    </message>
    <message>
        <source>Factory work</source>
        <translation>Factory work</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Care work</source>
        <translation>Care work</translation>
    </message>
    <message>
        <source>Hotels</source>
        <translation>Hotels</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>Cook</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <source>Welder</source>
        <translation>Welder</translation>
    </message>
    <message>
        <source>No language required</source>
        <translation>No language required</translation>
    </message>
</context>
<context>
    <name>OfficesScreen</name>
    <message>
        <source>Centres and offices</source>
        <translation>Centres and offices</translation>
    </message>
    <message>
        <source>Where to get help in person. Scan a code to call, or to find the place on your phone&apos;s map.</source>
        <translation>Where to get help in person. Scan a code to call, or to find the place on your phone&apos;s map.</translation>
    </message>
    <message>
        <source>In Uzbekistan</source>
        <translation>In Uzbekistan</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>No office is listed here yet.</source>
        <translation>No office is listed here yet.</translation>
    </message>
    <message>
        <source>Country guide: {country}</source>
        <translation>Country guide: {country}</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Emergency numbers</translation>
    </message>
    <message>
        <source>Migration Agency office</source>
        <translation>Migration Agency office</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>Language school</translation>
    </message>
    <message>
        <source>Mobile visa centre</source>
        <translation>Mobile visa centre</translation>
    </message>
    <message>
        <source>Office abroad</source>
        <translation>Office abroad</translation>
    </message>
    <message>
        <source>Open from {start} to {end}</source>
        <translation>Open from {start} to {end}</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation>Address: {address}</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation>Hours: {hours}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>SAMPLE</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translation>Scan to call</translation>
    </message>
    <message>
        <source>Scan for the map</source>
        <translation>Scan for the map</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete all text</source>
        <translation>Delete all text</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Next field, or done</source>
        <translation>Next field, or done</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Delete the last letter</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Latin letters</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translation>Cyrillic letters</translation>
    </message>
    <message>
        <source>Digits and symbols</source>
        <translation>Digits and symbols</translation>
    </message>
</context>
<context>
    <name>OneStopScreen</name>
    <message>
        <source>Jobs, centres and services</source>
        <translation>Jobs, centres and services</translation>
    </message>
    <message>
        <source>The Migration Agency&apos;s services for people going to work abroad.</source>
        <translation>The Migration Agency&apos;s services for people going to work abroad.</translation>
    </message>
    <message>
        <source>Verified vacancies</source>
        <translation>Verified vacancies</translation>
    </message>
    <message>
        <source>Jobs abroad from licensed agencies, with a code to apply</source>
        <translation>Jobs abroad from licensed agencies, with a code to apply</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Call me back</translation>
    </message>
    <message>
        <source>The situation centre calls you, in your language</source>
        <translation>The situation centre calls you, in your language</translation>
    </message>
    <message>
        <source>Centres and offices</source>
        <translation>Centres and offices</translation>
    </message>
    <message>
        <source>Where to get help in person, at home and abroad</source>
        <translation>Where to get help in person, at home and abroad</translation>
    </message>
    <message>
        <source>Platform services</source>
        <translation>Platform services</translation>
    </message>
    <message>
        <source>What the “Xorijda ish” platform does, and what this kiosk answers</source>
        <translation>What the “Xorijda ish” platform does, and what this kiosk answers</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>This page cannot be shown right now. Please try again in a minute.</source>
        <translation>This page cannot be shown right now. Please try again in a minute.</translation>
    </message>
    <message>
        <source>SAMPLE CONTENT — to be replaced by the Migration Agency. Numbers and addresses shown here are not official.</source>
        <translation>SAMPLE CONTENT — to be replaced by the Migration Agency. Numbers and addresses shown here are not official.</translation>
    </message>
</context>
<context>
    <name>PhoneStep</name>
    <message>
        <source>Your phone number</source>
        <translation>Your phone number</translation>
    </message>
    <message>
        <source>An Uzbek number: +998 and 9 digits. A foreign number: + and its country code.</source>
        <translation>An Uzbek number: +998 and 9 digits. A foreign number: + and its country code.</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Check the number: it is not complete yet.</source>
        <translation>Check the number: it is not complete yet.</translation>
    </message>
    <message>
        <source>Start with + and the country code (+998 for Uzbekistan).</source>
        <translation>Start with + and the country code (+998 for Uzbekistan).</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>Technician access</source>
        <translation>Technician access</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Enter the admin PIN</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Delete last digit</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The PIN has {low} to {high} digits</source>
        <translation>The PIN has {low} to {high} digits</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before the pad locks: {n}</source>
        <translation>Wrong PIN. Attempts left before the pad locks: {n}</translation>
    </message>
    <message>
        <source>Admin access is not set up on this kiosk.</source>
        <translation>Admin access is not set up on this kiosk.</translation>
    </message>
    <message>
        <source>The PIN could not be checked: {error}</source>
        <translation>The PIN could not be checked: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked for {n} min.</source>
        <translation>Too many wrong PINs. Locked for {n} min.</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <source>SAMPLE</source>
        <translation>SAMPLE</translation>
    </message>
    <message>
        <source>Not yet translated into your language. Shown in: {language}</source>
        <translation>Not yet translated into your language. Shown in: {language}</translation>
    </message>
    <message>
        <source>Scan with your phone to read this later</source>
        <translation>Scan with your phone to read this later</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Charged workers placement fees</source>
        <translation>Charged workers placement fees</translation>
    </message>
    <message>
        <source>Did not register placement contracts electronically</source>
        <translation>Did not register placement contracts electronically</translation>
    </message>
    <message>
        <source>Did not keep the required bank deposit</source>
        <translation>Did not keep the required bank deposit</translation>
    </message>
    <message>
        <source>Did not send its reports on time</source>
        <translation>Did not send its reports on time</translation>
    </message>
    <message>
        <source>Inspection found violations; suspended until they are fixed</source>
        <translation>Inspection found violations; suspended until they are fixed</translation>
    </message>
    <message>
        <source>Sent workers abroad on tourist visas</source>
        <translation>Sent workers abroad on tourist visas</translation>
    </message>
    <message>
        <source>Kept workers&apos; passports</source>
        <translation>Kept workers&apos; passports</translation>
    </message>
    <message>
        <source>Repeated violations after a suspension</source>
        <translation>Repeated violations after a suspension</translation>
    </message>
    <message>
        <source>Gave false information to get the licence</source>
        <translation>Gave false information to get the licence</translation>
    </message>
    <message>
        <source>Licence not renewed</source>
        <translation>Licence not renewed</translation>
    </message>
    <message>
        <source>Licence term ended; no renewal was applied for</source>
        <translation>Licence term ended; no renewal was applied for</translation>
    </message>
    <message>
        <source>Suspension lifted after the violations were fixed</source>
        <translation>Suspension lifted after the violations were fixed</translation>
    </message>
    <message>
        <source>Sold tourist visas as work visas</source>
        <translation>Sold tourist visas as work visas</translation>
    </message>
    <message>
        <source>Took up-front fees for jobs that did not exist</source>
        <translation>Took up-front fees for jobs that did not exist</translation>
    </message>
    <message>
        <source>Sold fake work permits for European countries</source>
        <translation>Sold fake work permits for European countries</translation>
    </message>
    <message>
        <source>Sold places in the Korean EPS scheme, which no agency may sell</source>
        <translation>Sold places in the Korean EPS scheme, which no agency may sell</translation>
    </message>
    <message>
        <source>Promised faster visas through “contacts at the embassy”</source>
        <translation>Promised faster visas through “contacts at the embassy”</translation>
    </message>
    <message>
        <source>Took payment to personal bank cards for jobs abroad</source>
        <translation>Took payment to personal bank cards for jobs abroad</translation>
    </message>
    <message>
        <source>Charged fees for places in the UK seasonal work scheme</source>
        <translation>Charged fees for places in the UK seasonal work scheme</translation>
    </message>
    <message>
        <source>Recruited workers without a licence</source>
        <translation>Recruited workers without a licence</translation>
    </message>
    <message>
        <source>Uses a name like a licensed agency&apos;s; it has no licence</source>
        <translation>Uses a name like a licensed agency&apos;s; it has no licence</translation>
    </message>
    <message>
        <source>Offered “jobs” in Russia that were recruitment into armed forces</source>
        <translation>Offered “jobs” in Russia that were recruitment into armed forces</translation>
    </message>
    <message>
        <source>Took passports and asked for money to return them</source>
        <translation>Took passports and asked for money to return them</translation>
    </message>
    <message>
        <source>Called itself a consulting firm and recruited workers without a licence</source>
        <translation>Called itself a consulting firm and recruited workers without a licence</translation>
    </message>
    <message>
        <source>Sold residence permits as work permits</source>
        <translation>Sold residence permits as work permits</translation>
    </message>
</context>
<context>
    <name>RedFlagsResultScreen</name>
    <message>
        <source>Your result</source>
        <translation>Your result</translation>
    </message>
    <message>
        <source>The checker is not available on this kiosk yet.</source>
        <translation>The checker is not available on this kiosk yet.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>What to do now</translation>
    </message>
    <message>
        <source>Hotline: {phone}</source>
        <translation>Hotline: {phone}</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation>Ask for a call back</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Check an agency</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Your answers are not saved. Only an anonymous count of which warning signs were found is kept.</source>
        <translation>Your answers are not saved. Only an anonymous count of which warning signs were found is kept.</translation>
    </message>
    <message>
        <source>Job offer check at the airport kiosk</source>
        <translation>Job offer check at the airport kiosk</translation>
    </message>
    <message>
        <source>Scan to keep this result on your phone (no internet needed)</source>
        <translation>Scan to keep this result on your phone (no internet needed)</translation>
    </message>
</context>
<context>
    <name>RedFlagsScreen</name>
    <message>
        <source>Is this job offer safe?</source>
        <translation>Is this job offer safe?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <source>Check the recruiter&apos;s name now</source>
        <translation>Check the recruiter&apos;s name now</translation>
    </message>
    <message>
        <source>Answer a few short questions about your job offer. Your answers are not saved: they are forgotten when you finish.</source>
        <translation>Answer a few short questions about your job offer. Your answers are not saved: they are forgotten when you finish.</translation>
    </message>
    <message>
        <source>The checker is not available on this kiosk yet.</source>
        <translation>The checker is not available on this kiosk yet.</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Question {number} of {total}</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>They asked me to pay for the job</source>
        <translation>They asked me to pay for the job</translation>
    </message>
    <message>
        <source>They took my passport</source>
        <translation>They took my passport</translation>
    </message>
    <message>
        <source>They gave me a tourist visa for work</source>
        <translation>They gave me a tourist visa for work</translation>
    </message>
    <message>
        <source>There is no written contract</source>
        <translation>There is no written contract</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>Whom</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Licence number: {value}</source>
        <translation>Licence number: {value}</translation>
    </message>
    <message>
        <source>Report fraud</source>
        <translation>Report fraud</translation>
    </message>
    <message>
        <source>Whom do you want to report? An agency, a phone number, a Telegram channel or a website.</source>
        <translation>Whom do you want to report? An agency, a phone number, a Telegram channel or a website.</translation>
    </message>
    <message>
        <source>Name, phone or channel</source>
        <translation>Name, phone or channel</translation>
    </message>
    <message>
        <source>What happened? Tap all that apply.</source>
        <translation>What happened? Tap all that apply.</translation>
    </message>
    <message>
        <source>May the Migration Agency contact you about this report?</source>
        <translation>May the Migration Agency contact you about this report?</translation>
    </message>
    <message>
        <source>You do not have to give your phone number. The report is sent without your name either way.</source>
        <translation>You do not have to give your phone number. The report is sent without your name either way.</translation>
    </message>
    <message>
        <source>No, send it without my contact</source>
        <translation>No, send it without my contact</translation>
    </message>
    <message>
        <source>Yes, I agree to be contacted</source>
        <translation>Yes, I agree to be contacted</translation>
    </message>
    <message>
        <source>What happened? (optional)</source>
        <translation>What happened? (optional)</translation>
    </message>
    <message>
        <source>Check your report</source>
        <translation>Check your report</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Send report</translation>
    </message>
    <message>
        <source>Thank you. Your report was received.</source>
        <translation>Thank you. Your report was received.</translation>
    </message>
    <message>
        <source>Write down this reference code, or scan it with your phone. Give it if you call the hotline.</source>
        <translation>Write down this reference code, or scan it with your phone. Give it if you call the hotline.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>The Migration Agency reads every report.</source>
        <translation>The Migration Agency reads every report.</translation>
    </message>
    <message>
        <source>If you gave your phone number, an officer may call you.</source>
        <translation>If you gave your phone number, an officer may call you.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <source>You get a reference code on the next screen.</source>
        <translation>You get a reference code on the next screen.</translation>
    </message>
    <message>
        <source>In trouble right now? Call the hotline.</source>
        <translation>In trouble right now? Call the hotline.</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Step {number} of {total}: {name}</source>
        <translation>Step {number} of {total}: {name}</translation>
    </message>
    <message>
        <source>Whom: {who}</source>
        <translation>Whom: {who}</translation>
    </message>
    <message>
        <source>Contact: {phone}</source>
        <translation>Contact: {phone}</translation>
    </message>
    <message>
        <source>Contact: none</source>
        <translation>Contact: none</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Reference code</translation>
    </message>
    <message>
        <source>Your report could not be saved. Please try again, or call the hotline.</source>
        <translation>Your report could not be saved. Please try again, or call the hotline.</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Platform services</source>
        <translation>Platform services</translation>
    </message>
    <message>
        <source>The “Xorijda ish” platform&apos;s services. Some the kiosk answers here; the others need the platform: scan the code and continue on your phone.</source>
        <translation>The “Xorijda ish” platform&apos;s services. Some the kiosk answers here; the others need the platform: scan the code and continue on your phone.</translation>
    </message>
    <message>
        <source>This kiosk answers it</source>
        <translation>This kiosk answers it</translation>
    </message>
    <message>
        <source>Needs the platform</source>
        <translation>Needs the platform</translation>
    </message>
    <message>
        <source>For: {who}</source>
        <translation>For: {who}</translation>
    </message>
    <message>
        <source>Bring: {what}</source>
        <translation>Bring: {what}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>SAMPLE</translation>
    </message>
    <message>
        <source>Open here ›</source>
        <translation>Open here ›</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Licensed</source>
        <translation>Licensed</translation>
    </message>
    <message>
        <source>Licensed — registry may be out of date</source>
        <translation>Licensed — registry may be out of date</translation>
    </message>
    <message>
        <source>Licence suspended</source>
        <translation>Licence suspended</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation>Licence revoked</translation>
    </message>
    <message>
        <source>Licence expired</source>
        <translation>Licence expired</translation>
    </message>
    <message>
        <source>On the warning list</source>
        <translation>On the warning list</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>Not in the registry</translation>
    </message>
</context>
<context>
    <name>TopicsScreen</name>
    <message>
        <source>Your rights and legal work</source>
        <translation>Your rights and legal work</translation>
    </message>
</context>
<context>
    <name>VacanciesScreen</name>
    <message>
        <source>Verified vacancies</source>
        <translation>Verified vacancies</translation>
    </message>
    <message>
        <source>Jobs abroad from licensed agencies only. Tap one for the details and a code to apply on the platform.</source>
        <translation>Jobs abroad from licensed agencies only. Tap one for the details and a code to apply on the platform.</translation>
    </message>
    <message>
        <source>Search: job, employer or country</source>
        <translation>Search: job, employer or country</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>All jobs</translation>
    </message>
    <message>
        <source>Show more vacancies</source>
        <translation>Show more vacancies</translation>
    </message>
    <message>
        <source>No vacancy matches “{text}”. Check the spelling, or search for a job, an employer or a country.</source>
        <translation>No vacancy matches “{text}”. Check the spelling, or search for a job, an employer or a country.</translation>
    </message>
    <message>
        <source>No vacancy for this job in this country. Choose another country or job.</source>
        <translation>No vacancy for this job in this country. Choose another country or job.</translation>
    </message>
    <message>
        <source>“{text}” is found only in other countries or jobs. Choose “{countries}” or “{jobs}” to see those vacancies.</source>
        <translation>“{text}” is found only in other countries or jobs. Choose “{countries}” or “{jobs}” to see those vacancies.</translation>
    </message>
    <message>
        <source>{wage} a month</source>
        <translation>{wage} a month</translation>
    </message>
    <message>
        <source>closes {date}</source>
        <translation>closes {date}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>SAMPLE</translation>
    </message>
    <message>
        <source>Loading vacancies…</source>
        <translation>Loading vacancies…</translation>
    </message>
    <message>
        <source>Vacancies cannot be shown right now. Please try again in a minute.</source>
        <translation>Vacancies cannot be shown right now. Please try again in a minute.</translation>
    </message>
    <message>
        <source>Vacancies are hidden until this kiosk&apos;s registry data is up to date: the agencies&apos; licences cannot be confirmed.</source>
        <translation>Vacancies are hidden until this kiosk&apos;s registry data is up to date: the agencies&apos; licences cannot be confirmed.</translation>
    </message>
    <message>
        <source>No vacancies are open at the moment.</source>
        <translation>No vacancies are open at the moment.</translation>
    </message>
    <message>
        <source>{shown} of {total} vacancies. Choose a country or a job to see the rest.</source>
        <translation>{shown} of {total} vacancies. Choose a country or a job to see the rest.</translation>
    </message>
</context>
<context>
    <name>VacancyHelp</name>
    <message>
        <source>Before you apply for a job abroad</source>
        <translation>Before you apply for a job abroad</translation>
    </message>
    <message>
        <source>A real job order names a licensed agency and a contract registration number.</source>
        <translation>A real job order names a licensed agency and a contract registration number.</translation>
    </message>
    <message>
        <source>Check the agency&apos;s licence here before you sign or pay anything.</source>
        <translation>Check the agency's licence here before you sign or pay anything.</translation>
    </message>
    <message>
        <source>This takes a few seconds. Meanwhile, here is how to tell a real job offer.</source>
        <translation>This takes a few seconds. Meanwhile, here is how to tell a real job offer.</translation>
    </message>
    <message>
        <source>This kiosk last confirmed the licence registry on {date}. A job order is shown only while its agency&apos;s licence can be confirmed.</source>
        <translation>This kiosk last confirmed the licence registry on {date}. A job order is shown only while its agency's licence can be confirmed.</translation>
    </message>
    <message>
        <source>This kiosk has not confirmed the licence registry yet.</source>
        <translation>This kiosk has not confirmed the licence registry yet.</translation>
    </message>
</context>
<context>
    <name>VacancyScreen</name>
    <message>
        <source>Vacancy</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <source>This vacancy is no longer shown: it has closed, or its agency is no longer licensed.</source>
        <translation>This vacancy is no longer shown: it has closed, or its agency is no longer licensed.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>SAMPLE</translation>
    </message>
    <message>
        <source>Agency: {name}, licence {number}</source>
        <translation>Agency: {name}, licence {number}</translation>
    </message>
    <message>
        <source>Wage: {wage} a month</source>
        <translation>Wage: {wage} a month</translation>
    </message>
    <message>
        <source>Hours: {hours} a week</source>
        <translation>Hours: {hours} a week</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Language: {language}</translation>
    </message>
    <message>
        <source>Places: {places}</source>
        <translation>Places: {places}</translation>
    </message>
    <message>
        <source>Apply by: {date}</source>
        <translation>Apply by: {date}</translation>
    </message>
    <message>
        <source>Contract registration number: {number}</source>
        <translation>Contract registration number: {number}</translation>
    </message>
    <message>
        <source>The job order</source>
        <translation>The job order</translation>
    </message>
    <message>
        <source>Never pay for a job offer. Apply only on the platform or at the licensed agency.</source>
        <translation>Never pay for a job offer. Apply only on the platform or at the licensed agency.</translation>
    </message>
    <message>
        <source>This job on your phone, and how to apply</source>
        <translation>This job on your phone, and how to apply</translation>
    </message>
    <message>
        <source>Scan to apply on the platform</source>
        <translation>Scan to apply on the platform</translation>
    </message>
</context>
<context>
    <name>VerdictScreen</name>
    <message>
        <source>Report it here at the kiosk, or call the Migration Agency&apos;s hotline.</source>
        <translation>Report it here at the kiosk, or call the Migration Agency&apos;s hotline.</translation>
    </message>
    <message>
        <source>Do not pay anyone and do not hand over your passport.</source>
        <translation>Do not pay anyone and do not hand over your passport.</translation>
    </message>
    <message>
        <source>The registry on this kiosk has not been updated for a while. The licence may have changed since.</source>
        <translation>The registry on this kiosk has not been updated for a while. The licence may have changed since.</translation>
    </message>
    <message>
        <source>Check the licence again on the official registry (scan the code).</source>
        <translation>Check the licence again on the official registry (scan the code).</translation>
    </message>
    <message>
        <source>This agency holds a valid licence to place workers abroad.</source>
        <translation>This agency holds a valid licence to place workers abroad.</translation>
    </message>
    <message>
        <source>The employer pays the placement fee. The agency may charge you only for information and advice.</source>
        <translation>The employer pays the placement fee. The agency may charge you only for information and advice.</translation>
    </message>
    <message>
        <source>Sign a written contract and make sure it is registered electronically.</source>
        <translation>Sign a written contract and make sure it is registered electronically.</translation>
    </message>
    <message>
        <source>This agency may not recruit workers while its licence is suspended.</source>
        <translation>This agency may not recruit workers while its licence is suspended.</translation>
    </message>
    <message>
        <source>This agency lost its licence. It may not recruit workers.</source>
        <translation>This agency lost its licence. It may not recruit workers.</translation>
    </message>
    <message>
        <source>This agency&apos;s licence has ended. It may not recruit workers.</source>
        <translation>This agency&apos;s licence has ended. It may not recruit workers.</translation>
    </message>
    <message>
        <source>This is a known illegal operator, not a licensed agency.</source>
        <translation>This is a known illegal operator, not a licensed agency.</translation>
    </message>
    <message>
        <source>No licensed agency matches what you typed. An agency that is not in the registry may not recruit you.</source>
        <translation>No licensed agency matches what you typed. An agency that is not in the registry may not recruit you.</translation>
    </message>
    <message>
        <source>Check the spelling, or search by licence number.</source>
        <translation>Check the spelling, or search by licence number.</translation>
    </message>
    <message>
        <source>Licence check result</source>
        <translation>Licence check result</translation>
    </message>
    <message>
        <source>Checking the licence…</source>
        <translation>Checking the licence…</translation>
    </message>
    <message>
        <source>The licence cannot be checked right now. Please try again in a minute.</source>
        <translation>The licence cannot be checked right now. Please try again in a minute.</translation>
    </message>
    <message>
        <source>SAMPLE REGISTRY — fictional agencies</source>
        <translation>SAMPLE REGISTRY — fictional agencies</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>Registry details</source>
        <translation>Registry details</translation>
    </message>
    <message>
        <source>Registry data as of {date}</source>
        <translation>Registry data as of {date}</translation>
    </message>
    <message>
        <source>Current status on your phone</source>
        <translation>Current status on your phone</translation>
    </message>
    <message>
        <source>Official registry page</source>
        <translation>Official registry page</translation>
    </message>
    <message>
        <source>This result as text (no internet needed)</source>
        <translation>This result as text (no internet needed)</translation>
    </message>
    <message>
        <source>Licence number: {value}</source>
        <translation>Licence number: {value}</translation>
    </message>
    <message>
        <source>Issued: {start} · Valid until: {end}</source>
        <translation>Issued: {start} · Valid until: {end}</translation>
    </message>
    <message>
        <source>Last status change: {date} — {reason}</source>
        <translation>Last status change: {date} — {reason}</translation>
    </message>
    <message>
        <source>Also known as: {names}</source>
        <translation>Also known as: {names}</translation>
    </message>
    <message>
        <source>Tax number (STIR): {value}</source>
        <translation>Tax number (STIR): {value}</translation>
    </message>
    <message>
        <source>Address: {region}, {address}</source>
        <translation>Address: {region}, {address}</translation>
    </message>
    <message>
        <source>May recruit for: {countries}</source>
        <translation>May recruit for: {countries}</translation>
    </message>
    <message>
        <source>Why it is listed: {reason}</source>
        <translation>Why it is listed: {reason}</translation>
    </message>
    <message>
        <source>Listed on: {date}</source>
        <translation>Listed on: {date}</translation>
    </message>
    <message>
        <source>Known contacts: {items}</source>
        <translation>Known contacts: {items}</translation>
    </message>
    <message>
        <source>Report this agency</source>
        <translation>Report this agency</translation>
    </message>
    <message>
        <source>Check another agency</source>
        <translation>Check another agency</translation>
    </message>
    <message>
        <source>Checked at the airport kiosk on {date}</source>
        <translation>Checked at the airport kiosk on {date}</translation>
    </message>
</context>
</TS>
