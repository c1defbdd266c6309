<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdminScreen</name>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>{days} d {hours} h ago</source>
        <translation>{days} д {hours} ч назад</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min ago</source>
        <translation>{hours} ч {minutes} мин назад</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>{minutes} мин назад</translation>
    </message>
    <message>
        <source>Technician panel</source>
        <translation>Панель техника</translation>
    </message>
    <message>
        <source>Read-aloud voices</source>
        <translation>Голоса для чтения вслух</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Tap again to restart</source>
        <translation>Нажмите ещё раз для перезапуска</translation>
    </message>
    <message>
        <source>Restart app</source>
        <translation>Перезапустить приложение</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <translation>Нажмите ещё раз для выхода</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Выйти на рабочий стол</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>{free} GB of {total} GB</source>
        <translation>{free} ГБ из {total} ГБ</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>ID киоска</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>Версия контента</translation>
    </message>
    <message>
        <source> (sample)</source>
        <translation> (образец)</translation>
    </message>
    <message>
        <source>Content applied</source>
        <translation>Контент применён</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Ошибка синхронизации</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>Токен сервера</translation>
    </message>
    <message>
        <source>Outbox (not yet sent)</source>
        <translation>Очередь отправки (ещё не отправлено)</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Свободно на диске</translation>
    </message>
    <message>
        <source>{engine} has no voice for this language</source>
        <translation>в {engine} нет голоса для этого языка</translation>
    </message>
    <message>
        <source>the list of installed voices has not been read yet</source>
        <translation>список установленных голосов ещё не прочитан</translation>
    </message>
    <message>
        <source>speech engine unavailable: {error}</source>
        <translation>синтезатор речи недоступен: {error}</translation>
    </message>
    <message>
        <source>{engine}: the voice “{voice}” is not installed</source>
        <translation>{engine}: голос «{voice}» не установлен</translation>
    </message>
    <message>
        <source>no voice is set for this language</source>
        <translation>для этого языка голос не задан</translation>
    </message>
    <message>
        <source>sync not configured</source>
        <translation>синхронизация не настроена</translation>
    </message>
    <message>
        <source>no sync yet since start</source>
        <translation>с момента запуска синхронизации не было</translation>
    </message>
    <message>
        <source>REJECTED by the server since {when}: reports are not delivered; ask for a new token</source>
        <translation>ОТКЛОНЁН сервером с {when}: сообщения не доставляются; запросите новый токен</translation>
    </message>
    <message>
        <source>not refused</source>
        <translation>принят</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>voice “{voice}”</source>
        <translation>голос «{voice}»</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
</context>
<context>
    <name>AlertScreen</name>
    <message>
        <source>Fraud warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>This warning is no longer available.</source>
        <translation>Это предупреждение больше недоступно.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Тревожные признаки</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>Published: {date}</source>
        <translation>Опубликовано: {date}</translation>
    </message>
</context>
<context>
    <name>AlertsScreen</name>
    <message>
        <source>URGENT</source>
        <translation>СРОЧНО</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ВНИМАНИЕ</translation>
    </message>
    <message>
        <source>GOOD TO KNOW</source>
        <translation>ПОЛЕЗНО ЗНАТЬ</translation>
    </message>
    <message>
        <source>Fraud warnings</source>
        <translation>Предупреждения о мошенничестве</translation>
    </message>
    <message>
        <source>Recruiters who break these rules are cheating you. Tap a warning to read more.</source>
        <translation>Посредники, которые нарушают эти правила, обманывают вас. Нажмите на предупреждение, чтобы узнать больше.</translation>
    </message>
    <message>
        <source>There are no warnings right now.</source>
        <translation>Сейчас предупреждений нет.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>ОБРАЗЕЦ</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>This article is no longer available.</source>
        <translation>Эта статья больше недоступна.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>Checked on: {date}</source>
        <translation>Проверено: {date}</translation>
    </message>
</context>
<context>
    <name>ArticlesScreen</name>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>ОБРАЗЕЦ</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Что делать дальше</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Проверить агентство</translation>
    </message>
    <message>
        <source>Is the agency that recruited you licensed?</source>
        <translation>Есть ли у вашего агентства лицензия?</translation>
    </message>
</context>
<context>
    <name>AskScreen</name>
    <message>
        <source>Ask a question</source>
        <translation>Задать вопрос</translation>
    </message>
    <message>
        <source>Type your question in any language. The answers are taken word for word from checked information; nothing is made up.</source>
        <translation>Напишите вопрос на любом языке. Ответы берутся дословно из проверенной информации; ничего не выдумывается.</translation>
    </message>
    <message>
        <source>For example: can my employer keep my passport?</source>
        <translation>Например: может ли работодатель забрать мой паспорт?</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation>Попросить перезвонить</translation>
    </message>
    <message>
        <source>Preparing the answers…</source>
        <translation>Подготовка ответов…</translation>
    </message>
    <message>
        <source>There is no checked answer to this question here. The situation centre can call you back and help.</source>
        <translation>Здесь нет проверенного ответа на этот вопрос. Ситуационный центр может перезвонить вам и помочь.</translation>
    </message>
    <message>
        <source>Or tap one of these questions:</source>
        <translation>Или нажмите на один из этих вопросов:</translation>
    </message>
    <message>
        <source>Other questions travellers ask</source>
        <translation>Другие частые вопросы</translation>
    </message>
    <message>
        <source>Questions travellers often ask</source>
        <translation>Частые вопросы путешественников</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Going abroad to work? Check your agency&apos;s licence before you pay anyone.</source>
        <translation>Едете работать за границу? Проверьте лицензию агентства, прежде чем кому-то платить.</translation>
    </message>
    <message>
        <source>The employer pays for your job placement, not you.</source>
        <translation>За трудоустройство платит работодатель, а не вы.</translation>
    </message>
    <message>
        <source>Never give your passport to a recruiter.</source>
        <translation>Никогда не отдавайте паспорт посреднику.</translation>
    </message>
    <message>
        <source>A tourist visa is not a work visa.</source>
        <translation>Туристическая виза — это не рабочая виза.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Коснитесь экрана, чтобы начать</translation>
    </message>
</context>
<context>
    <name>AudioToggle</name>
    <message>
        <source>Read every screen aloud</source>
        <translation>Читать каждый экран вслух</translation>
    </message>
    <message>
        <source>Tap to hear each screen</source>
        <translation>Нажмите, чтобы слушать каждый экран</translation>
    </message>
    <message>
        <source>Each screen is read aloud. Tap to stop.</source>
        <translation>Каждый экран читается вслух. Нажмите, чтобы выключить.</translation>
    </message>
    <message>
        <source>There is no voice for this language yet</source>
        <translation>Для этого языка пока нет голоса</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>My passport was taken</source>
        <translation>У меня забрали паспорт</translation>
    </message>
    <message>
        <source>I am forced to work</source>
        <translation>Меня заставляют работать</translation>
    </message>
    <message>
        <source>Someone offers me military service</source>
        <translation>Мне предлагают военную службу</translation>
    </message>
    <message>
        <source>My wages are not paid</source>
        <translation>Мне не платят зарплату</translation>
    </message>
    <message>
        <source>Is my job offer real?</source>
        <translation>Настоящее ли моё предложение о работе?</translation>
    </message>
    <message>
        <source>Visa, contract or documents</source>
        <translation>Виза, договор или документы</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Перезвоните мне</translation>
    </message>
    <message>
        <source>The Migration Agency&apos;s situation centre will call you back.</source>
        <translation>Ситуационный центр Агентства по миграции вам перезвонит.</translation>
    </message>
    <message>
        <source>In which language should we call you?</source>
        <translation>На каком языке вам позвонить?</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>По какому вопросу?</translation>
    </message>
    <message>
        <source>Where are you going to work?</source>
        <translation>Куда вы едете работать?</translation>
    </message>
    <message>
        <source>Check your request</source>
        <translation>Проверьте заявку</translation>
    </message>
    <message>
        <source>Your number is used only for this call. It is deleted from this kiosk as soon as the centre has received it.</source>
        <translation>Ваш номер используется только для этого звонка. Он удаляется с киоска, как только центр его получит.</translation>
    </message>
    <message>
        <source>I agree to be called on this number</source>
        <translation>Я согласен(на), чтобы мне позвонили</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Отправить заявку</translation>
    </message>
    <message>
        <source>Your request was received. The centre will call you.</source>
        <translation>Заявка принята. Центр вам позвонит.</translation>
    </message>
    <message>
        <source>Write down this reference code or scan it. The operator will say it when they call.</source>
        <translation>Запишите этот код или отсканируйте его. Оператор назовёт его, когда позвонит.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Ещё не решил(а)</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Телефон: {phone}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Язык: {language}</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Тема: {topic}</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translation>Страна: {country}</translation>
    </message>
    <message>
        <source>Please answer every question and agree to be called.</source>
        <translation>Ответьте на все вопросы и дайте согласие на звонок.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Код обращения</translation>
    </message>
    <message>
        <source>If you are in danger now, call the emergency number of the country you are in.</source>
        <translation>Если вы в опасности сейчас, звоните на номер экстренной помощи страны, где вы находитесь.</translation>
    </message>
    <message>
        <source>Your request could not be saved. Please try again, or call the hotline.</source>
        <translation>Не удалось сохранить заявку. Попробуйте ещё раз или позвоните на горячую линию.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
</context>
<context>
    <name>CheckAgencyScreen</name>
    <message>
        <source>Check an agency</source>
        <translation>Проверить агентство</translation>
    </message>
    <message>
        <source>Type the agency&apos;s name, licence number, tax number (STIR), phone or Telegram.</source>
        <translation>Введите название агентства, номер лицензии, СТИР (ИНН), телефон или Telegram.</translation>
    </message>
    <message>
        <source>Agency name or number</source>
        <translation>Название или номер агентства</translation>
    </message>
    <message>
        <source>Not found: what should I do?</source>
        <translation>Не нашли: что делать?</translation>
    </message>
    <message>
        <source>How to check</source>
        <translation>Как проверить</translation>
    </message>
    <message>
        <source>Find the agency&apos;s name or licence number on your contract, receipt or advert.</source>
        <translation>Найдите название агентства или номер лицензии в договоре, квитанции или объявлении.</translation>
    </message>
    <message>
        <source>Type it above: the results appear as you type.</source>
        <translation>Введите его выше: результаты появляются по мере ввода.</translation>
    </message>
    <message>
        <source>Tap a result to see whether the agency may recruit you, and what to do.</source>
        <translation>Нажмите на результат, чтобы узнать, может ли агентство нанимать вас, и что делать.</translation>
    </message>
    <message>
        <source>Not sure? Call the hotline.</source>
        <translation>Не уверены? Позвоните на горячую линию.</translation>
    </message>
    <message>
        <source>Licence {number}</source>
        <translation>Лицензия {number}</translation>
    </message>
    <message>
        <source>No licensed agency and no warning matches “{text}”.</source>
        <translation>По запросу «{text}» не найдено ни лицензированного агентства, ни предупреждения.</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Migration Agency</source>
        <translation>Агентство по миграции</translation>
    </message>
    <message>
        <source>Embassies and consulates</source>
        <translation>Посольства и консульства</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>Международные организации</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Экстренная помощь</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translation>Помощь и горячие линии</translation>
    </message>
    <message>
        <source>Save a contact before you fly: scan its code with your phone.</source>
        <translation>Сохраните контакт до вылета: отсканируйте его код телефоном.</translation>
    </message>
    <message>
        <source>☎ Call me back: leave your number</source>
        <translation>☎ Перезвоните мне: оставить номер</translation>
    </message>
    <message>
        <source>Centres and offices</source>
        <translation>Центры и офисы</translation>
    </message>
    <message>
        <source>Platform services</source>
        <translation>Услуги платформы</translation>
    </message>
    <message>
        <source>Scan to open</source>
        <translation>Отсканируйте, чтобы открыть</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>ОБРАЗЕЦ</translation>
    </message>
    <message>
        <source>Scan to save</source>
        <translation>Отсканируйте, чтобы сохранить</translation>
    </message>
</context>
<context>
    <name>CountriesScreen</name>
    <message>
        <source>Country guides</source>
        <translation>Справочник по странам</translation>
    </message>
    <message>
        <source>Where are you going to work?</source>
        <translation>Куда вы едете работать?</translation>
    </message>
    <message>
        <source>There are no country guides yet.</source>
        <translation>Справочников по странам пока нет.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>ОБРАЗЕЦ</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Country guide</source>
        <translation>Справочник по стране</translation>
    </message>
    <message>
        <source>This guide is no longer available.</source>
        <translation>Этот справочник больше недоступен.</translation>
    </message>
    <message>
        <source>Country guide: {country}</source>
        <translation>Справочник: {country}</translation>
    </message>
    <message>
        <source>Legal route</source>
        <translation>Законный путь</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Common scams</source>
        <translation>Частые уловки</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Экстренные номера</translation>
    </message>
    <message>
        <source>Before you board</source>
        <translation>Перед вылетом проверьте</translation>
    </message>
    <message>
        <source>Offices in this country ›</source>
        <translation>Офисы в этой стране ›</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>Checked on: {date}</source>
        <translation>Проверено: {date}</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <source>⌂ Home</source>
        <translation>⌂ Главная</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>✕ Finish</source>
        <translation>✕ Завершить</translation>
    </message>
    <message>
        <source>Finish and clear my data</source>
        <translation>Завершить и стереть мои данные</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Стоп</translation>
    </message>
    <message>
        <source>▶ Read aloud</source>
        <translation>▶ Слушать</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Крупнее текст</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Check an agency</source>
        <translation>Проверить агентство</translation>
    </message>
    <message>
        <source>Is the agency that recruited you licensed?</source>
        <translation>Есть ли у вашего агентства лицензия?</translation>
    </message>
    <message>
        <source>Fraud warnings</source>
        <translation>Предупреждения о мошенничестве</translation>
    </message>
    <message>
        <source>How people are cheated, and how to stay safe</source>
        <translation>Как обманывают людей и как уберечься</translation>
    </message>
    <message>
        <source>Your rights and legal work</source>
        <translation>Ваши права и легальная работа</translation>
    </message>
    <message>
        <source>Fees, contracts, passports, legal ways to work abroad</source>
        <translation>Оплата, договоры, паспорт, законные пути работы за рубежом</translation>
    </message>
    <message>
        <source>Country guides</source>
        <translation>Справочник по странам</translation>
    </message>
    <message>
        <source>Entry rules, documents and scams, country by country</source>
        <translation>Правила въезда, документы и виды обмана по каждой стране</translation>
    </message>
    <message>
        <source>Is this job offer safe?</source>
        <translation>Безопасно ли это предложение о работе?</translation>
    </message>
    <message>
        <source>Answer a few questions: see the warning signs</source>
        <translation>Ответьте на несколько вопросов и узнайте тревожные признаки</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Задать вопрос</translation>
    </message>
    <message>
        <source>Answers from checked information, in any language</source>
        <translation>Ответы из проверенной информации, на любом языке</translation>
    </message>
    <message>
        <source>Jobs, centres and services</source>
        <translation>Работа, центры и услуги</translation>
    </message>
    <message>
        <source>Verified vacancies, a call back, offices, the platform</source>
        <translation>Проверенные вакансии, обратный звонок, офисы, платформа</translation>
    </message>
    <message>
        <source>Report fraud</source>
        <translation>Сообщить о мошенничестве</translation>
    </message>
    <message>
        <source>Tell the agency about a fake recruiter</source>
        <translation>Сообщите Агентству по миграции о фальшивом посреднике</translation>
    </message>
    <message>
        <source>Help and hotlines</source>
        <translation>Помощь и горячие линии</translation>
    </message>
    <message>
        <source>Whom to call at home and abroad</source>
        <translation>Куда звонить дома и за рубежом</translation>
    </message>
    <message>
        <source>How can we help you?</source>
        <translation>Чем мы можем помочь?</translation>
    </message>
    <message>
        <source>URGENT WARNING</source>
        <translation>СРОЧНОЕ ПРЕДУПРЕЖДЕНИЕ</translation>
    </message>
    <message>
        <source>Read ›</source>
        <translation>Читать ›</translation>
    </message>
</context>
<context>
    <name>HotlinePanel</name>
    <message>
        <source>SAMPLE NUMBER</source>
        <translation>ОБРАЗЕЦ НОМЕРА</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translation>Отсканируйте, чтобы позвонить</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Осталась %n секунда</numerusform>
            <numerusform>Осталось %n секунды</numerusform>
            <numerusform>Осталось %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>Touch the screen to continue</source>
        <translation>Коснитесь экрана, чтобы продолжить</translation>
    </message>
</context>
<context>
    <name>Occupation</name>
    <message>
        <source>Construction</source>
        <translation>Строительство</translation>
    </message>
    <message>
        <source>Farm work</source>
        <translation>Сельское хозяйство</translation>
    </message>
    <message>
        <source>Factory work</source>
        <translation>Работа на заводе</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Водитель</translation>
    </message>
    <message>
        <source>Care work</source>
        <translation>Уход за людьми</translation>
    </message>
    <message>
        <source>Hotels</source>
        <translation>Гостиницы</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>Повар</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Уборка</translation>
    </message>
    <message>
        <source>Welder</source>
        <translation>Сварщик</translation>
    </message>
    <message>
        <source>No language required</source>
        <translation>Знание языка не требуется</translation>
    </message>
</context>
<context>
    <name>OfficesScreen</name>
    <message>
        <source>Centres and offices</source>
        <translation>Центры и офисы</translation>
    </message>
    <message>
        <source>Where to get help in person. Scan a code to call, or to find the place on your phone&apos;s map.</source>
        <translation>Где получить помощь лично. Отсканируйте код, чтобы позвонить или найти место на карте в телефоне.</translation>
    </message>
    <message>
        <source>In Uzbekistan</source>
        <translation>В Узбекистане</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>За рубежом</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>No office is listed here yet.</source>
        <translation>Здесь пока нет офисов.</translation>
    </message>
    <message>
        <source>Country guide: {country}</source>
        <translation>Справочник: {country}</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Экстренные номера</translation>
    </message>
    <message>
        <source>Migration Agency office</source>
        <translation>Офис Агентства по миграции</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>Языковая школа</translation>
    </message>
    <message>
        <source>Mobile visa centre</source>
        <translation>Мобильный визовый центр</translation>
    </message>
    <message>
        <source>Office abroad</source>
        <translation>Представительство за рубежом</translation>
    </message>
    <message>
        <source>Open from {start} to {end}</source>
        <translation>Работает с {start} по {end}</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation>Адрес: {address}</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation>Часы работы: {hours}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Телефон: {phone}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>ОБРАЗЕЦ</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translation>Сканируйте, чтобы позвонить</translation>
    </message>
    <message>
        <source>Scan for the map</source>
        <translation>Сканируйте для карты</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Delete all text</source>
        <translation>Удалить весь текст</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Next field, or done</source>
        <translation>Следующее поле или готово</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Удалить последнюю букву</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Латинские буквы</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translation>Буквы кириллицы</translation>
    </message>
    <message>
        <source>Digits and symbols</source>
        <translation>Цифры и символы</translation>
    </message>
</context>
<context>
    <name>OneStopScreen</name>
    <message>
        <source>Jobs, centres and services</source>
        <translation>Работа, центры и услуги</translation>
    </message>
    <message>
        <source>The Migration Agency&apos;s services for people going to work abroad.</source>
        <translation>Услуги Агентства по миграции для тех, кто едет работать за рубеж.</translation>
    </message>
    <message>
        <source>Verified vacancies</source>
        <translation>Проверенные вакансии</translation>
    </message>
    <message>
        <source>Jobs abroad from licensed agencies, with a code to apply</source>
        <translation>Работа за рубежом от лицензированных агентств, с кодом для заявки</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Перезвоните мне</translation>
    </message>
    <message>
        <source>The situation centre calls you, in your language</source>
        <translation>Ситуационный центр позвонит вам на вашем языке</translation>
    </message>
    <message>
        <source>Centres and offices</source>
        <translation>Центры и офисы</translation>
    </message>
    <message>
        <source>Where to get help in person, at home and abroad</source>
        <translation>Где получить помощь лично, дома и за рубежом</translation>
    </message>
    <message>
        <source>Platform services</source>
        <translation>Услуги платформы</translation>
    </message>
    <message>
        <source>What the “Xorijda ish” platform does, and what this kiosk answers</source>
        <translation>Что делает платформа «Xorijda ish» и на что отвечает этот киоск</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Загружаем…</translation>
    </message>
    <message>
        <source>This page cannot be shown right now. Please try again in a minute.</source>
        <translation>Сейчас эту страницу показать не удаётся. Попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <source>SAMPLE CONTENT — to be replaced by the Migration Agency. Numbers and addresses shown here are not official.</source>
        <translation>ОБРАЗЕЦ МАТЕРИАЛОВ — их заменит Агентство по миграции. Номера и адреса здесь неофициальные.</translation>
    </message>
</context>
<context>
    <name>PhoneStep</name>
    <message>
        <source>Your phone number</source>
        <translation>Ваш номер телефона</translation>
    </message>
    <message>
        <source>An Uzbek number: +998 and 9 digits. A foreign number: + and its country code.</source>
        <translation>Номер Узбекистана: +998 и 9 цифр. Иностранный номер: + и код страны.</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Далее ›</translation>
    </message>
    <message>
        <source>Check the number: it is not complete yet.</source>
        <translation>Проверьте номер: он ещё не полный.</translation>
    </message>
    <message>
        <source>Start with + and the country code (+998 for Uzbekistan).</source>
        <translation>Начните с + и кода страны (+998 для Узбекистана).</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <source>Technician access</source>
        <translation>Вход для техника</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Введите PIN-код администратора</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Удалить последнюю цифру</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The PIN has {low} to {high} digits</source>
        <translation>PIN-код состоит из {low}–{high} цифр</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before the pad locks: {n}</source>
        <translation>Неверный PIN. Попыток до блокировки: {n}</translation>
    </message>
    <message>
        <source>Admin access is not set up on this kiosk.</source>
        <translation>Вход администратора на этом киоске не настроен.</translation>
    </message>
    <message>
        <source>The PIN could not be checked: {error}</source>
        <translation>Не удалось проверить PIN: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked for {n} min.</source>
        <translation>Слишком много неверных PIN. Заблокировано на {n} мин.</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <source>SAMPLE</source>
        <translation>ОБРАЗЕЦ</translation>
    </message>
    <message>
        <source>Not yet translated into your language. Shown in: {language}</source>
        <translation>Ещё не переведено на ваш язык. Показано на языке: {language}</translation>
    </message>
    <message>
        <source>Scan with your phone to read this later</source>
        <translation>Отсканируйте телефоном, чтобы прочитать позже</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Charged workers placement fees</source>
        <translation>Брало с работников плату за трудоустройство</translation>
    </message>
    <message>
        <source>Did not register placement contracts electronically</source>
        <translation>Не регистрировало договоры о трудоустройстве в электронном виде</translation>
    </message>
    <message>
        <source>Did not keep the required bank deposit</source>
        <translation>Не держало обязательный банковский депозит</translation>
    </message>
    <message>
        <source>Did not send its reports on time</source>
        <translation>Не сдавало отчёты вовремя</translation>
    </message>
    <message>
        <source>Inspection found violations; suspended until they are fixed</source>
        <translation>Проверка выявила нарушения; приостановлено до их устранения</translation>
    </message>
    <message>
        <source>Sent workers abroad on tourist visas</source>
        <translation>Отправляло работников за границу по туристическим визам</translation>
    </message>
    <message>
        <source>Kept workers&apos; passports</source>
        <translation>Удерживало паспорта работников</translation>
    </message>
    <message>
        <source>Repeated violations after a suspension</source>
        <translation>Повторные нарушения после приостановки</translation>
    </message>
    <message>
        <source>Gave false information to get the licence</source>
        <translation>Предоставило ложные сведения для получения лицензии</translation>
    </message>
    <message>
        <source>Licence not renewed</source>
        <translation>Лицензия не продлена</translation>
    </message>
    <message>
        <source>Licence term ended; no renewal was applied for</source>
        <translation>Срок лицензии истёк; продление не запрашивалось</translation>
    </message>
    <message>
        <source>Suspension lifted after the violations were fixed</source>
        <translation>Приостановка снята после устранения нарушений</translation>
    </message>
    <message>
        <source>Sold tourist visas as work visas</source>
        <translation>Продавало туристические визы как рабочие</translation>
    </message>
    <message>
        <source>Took up-front fees for jobs that did not exist</source>
        <translation>Брало предоплату за несуществующую работу</translation>
    </message>
    <message>
        <source>Sold fake work permits for European countries</source>
        <translation>Продавало поддельные разрешения на работу в странах Европы</translation>
    </message>
    <message>
        <source>Sold places in the Korean EPS scheme, which no agency may sell</source>
        <translation>Продавало места в корейской программе EPS — их не вправе продавать ни одно агентство</translation>
    </message>
    <message>
        <source>Promised faster visas through “contacts at the embassy”</source>
        <translation>Обещало быструю визу через «знакомых в посольстве»</translation>
    </message>
    <message>
        <source>Took payment to personal bank cards for jobs abroad</source>
        <translation>Брало оплату на личные банковские карты за работу за границей</translation>
    </message>
    <message>
        <source>Charged fees for places in the UK seasonal work scheme</source>
        <translation>Брало плату за места в британской программе сезонной работы</translation>
    </message>
    <message>
        <source>Recruited workers without a licence</source>
        <translation>Набирало работников без лицензии</translation>
    </message>
    <message>
        <source>Uses a name like a licensed agency&apos;s; it has no licence</source>
        <translation>Использует название, похожее на лицензированное агентство; лицензии нет</translation>
    </message>
    <message>
        <source>Offered “jobs” in Russia that were recruitment into armed forces</source>
        <translation>Предлагало «работу» в России, которая была вербовкой в вооружённые силы</translation>
    </message>
    <message>
        <source>Took passports and asked for money to return them</source>
        <translation>Забирало паспорта и требовало деньги за их возврат</translation>
    </message>
    <message>
        <source>Called itself a consulting firm and recruited workers without a licence</source>
        <translation>Называло себя консалтинговой фирмой и набирало работников без лицензии</translation>
    </message>
    <message>
        <source>Sold residence permits as work permits</source>
        <translation>Продавало вид на жительство как разрешение на работу</translation>
    </message>
</context>
<context>
    <name>RedFlagsResultScreen</name>
    <message>
        <source>Your result</source>
        <translation>Ваш результат</translation>
    </message>
    <message>
        <source>The checker is not available on this kiosk yet.</source>
        <translation>Проверка пока недоступна на этом киоске.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Что делать сейчас</translation>
    </message>
    <message>
        <source>Hotline: {phone}</source>
        <translation>Горячая линия: {phone}</translation>
    </message>
    <message>
        <source>Ask for a call back</source>
        <translation>Попросить перезвонить</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Проверить агентство</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Your answers are not saved. Only an anonymous count of which warning signs were found is kept.</source>
        <translation>Ваши ответы не сохраняются. Сохраняется только анонимный подсчёт найденных тревожных признаков.</translation>
    </message>
    <message>
        <source>Job offer check at the airport kiosk</source>
        <translation>Проверка предложения о работе в киоске аэропорта</translation>
    </message>
    <message>
        <source>Scan to keep this result on your phone (no internet needed)</source>
        <translation>Отсканируйте, чтобы сохранить результат в телефоне (интернет не нужен)</translation>
    </message>
</context>
<context>
    <name>RedFlagsScreen</name>
    <message>
        <source>Is this job offer safe?</source>
        <translation>Безопасно ли это предложение о работе?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Не знаю</translation>
    </message>
    <message>
        <source>Check the recruiter&apos;s name now</source>
        <translation>Проверить имя посредника сейчас</translation>
    </message>
    <message>
        <source>Answer a few short questions about your job offer. Your answers are not saved: they are forgotten when you finish.</source>
        <translation>Ответьте на несколько коротких вопросов о предложении работы. Ответы не сохраняются: они забываются, когда вы закончите.</translation>
    </message>
    <message>
        <source>The checker is not available on this kiosk yet.</source>
        <translation>Проверка пока недоступна на этом киоске.</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Вопрос {number} из {total}</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <source>They asked me to pay for the job</source>
        <translation>Меня просили заплатить за работу</translation>
    </message>
    <message>
        <source>They took my passport</source>
        <translation>У меня забрали паспорт</translation>
    </message>
    <message>
        <source>They gave me a tourist visa for work</source>
        <translation>Для работы мне дали туристическую визу</translation>
    </message>
    <message>
        <source>There is no written contract</source>
        <translation>Нет письменного договора</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>О ком</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Licence number: {value}</source>
        <translation>Номер лицензии: {value}</translation>
    </message>
    <message>
        <source>Report fraud</source>
        <translation>Сообщить о мошенничестве</translation>
    </message>
    <message>
        <source>Whom do you want to report? An agency, a phone number, a Telegram channel or a website.</source>
        <translation>О ком вы хотите сообщить? Агентство, номер телефона, Telegram-канал или сайт.</translation>
    </message>
    <message>
        <source>Name, phone or channel</source>
        <translation>Название, телефон или канал</translation>
    </message>
    <message>
        <source>What happened? Tap all that apply.</source>
        <translation>Что случилось? Отметьте всё, что подходит.</translation>
    </message>
    <message>
        <source>May the Migration Agency contact you about this report?</source>
        <translation>Может ли Агентство по миграции связаться с вами по этому сообщению?</translation>
    </message>
    <message>
        <source>You do not have to give your phone number. The report is sent without your name either way.</source>
        <translation>Номер телефона давать не обязательно. Сообщение в любом случае отправляется без вашего имени.</translation>
    </message>
    <message>
        <source>No, send it without my contact</source>
        <translation>Нет, отправить без моих контактов</translation>
    </message>
    <message>
        <source>Yes, I agree to be contacted</source>
        <translation>Да, со мной можно связаться</translation>
    </message>
    <message>
        <source>What happened? (optional)</source>
        <translation>Что случилось? (необязательно)</translation>
    </message>
    <message>
        <source>Check your report</source>
        <translation>Проверьте сообщение</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Thank you. Your report was received.</source>
        <translation>Спасибо! Ваше сообщение принято.</translation>
    </message>
    <message>
        <source>Write down this reference code, or scan it with your phone. Give it if you call the hotline.</source>
        <translation>Запишите этот код или отсканируйте его телефоном. Назовите его, если позвоните на горячую линию.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>The Migration Agency reads every report.</source>
        <translation>Агентство по миграции читает каждое сообщение.</translation>
    </message>
    <message>
        <source>If you gave your phone number, an officer may call you.</source>
        <translation>Если вы оставили номер телефона, сотрудник может вам позвонить.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Что будет дальше</translation>
    </message>
    <message>
        <source>You get a reference code on the next screen.</source>
        <translation>На следующем экране вы получите код обращения.</translation>
    </message>
    <message>
        <source>In trouble right now? Call the hotline.</source>
        <translation>Вы в беде прямо сейчас? Позвоните на горячую линию.</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Далее ›</translation>
    </message>
    <message>
        <source>Step {number} of {total}: {name}</source>
        <translation>Шаг {number} из {total}: {name}</translation>
    </message>
    <message>
        <source>Whom: {who}</source>
        <translation>О ком: {who}</translation>
    </message>
    <message>
        <source>Contact: {phone}</source>
        <translation>Контакт: {phone}</translation>
    </message>
    <message>
        <source>Contact: none</source>
        <translation>Контакт: не указан</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Код обращения</translation>
    </message>
    <message>
        <source>Your report could not be saved. Please try again, or call the hotline.</source>
        <translation>Не удалось сохранить сообщение. Попробуйте ещё раз или позвоните на горячую линию.</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Platform services</source>
        <translation>Услуги платформы</translation>
    </message>
    <message>
        <source>The “Xorijda ish” platform&apos;s services. Some the kiosk answers here; the others need the platform: scan the code and continue on your phone.</source>
        <translation>Услуги платформы «Xorijda ish». На некоторые отвечает этот киоск; для остальных нужна платформа: отсканируйте код и продолжите в телефоне.</translation>
    </message>
    <message>
        <source>This kiosk answers it</source>
        <translation>Отвечает этот киоск</translation>
    </message>
    <message>
        <source>Needs the platform</source>
        <translation>Нужна платформа</translation>
    </message>
    <message>
        <source>For: {who}</source>
        <translation>Для кого: {who}</translation>
    </message>
    <message>
        <source>Bring: {what}</source>
        <translation>Что взять: {what}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>ОБРАЗЕЦ</translation>
    </message>
    <message>
        <source>Open here ›</source>
        <translation>Открыть здесь ›</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Licensed</source>
        <translation>Лицензия действует</translation>
    </message>
    <message>
        <source>Licensed — registry may be out of date</source>
        <translation>Лицензия есть — реестр мог устареть</translation>
    </message>
    <message>
        <source>Licence suspended</source>
        <translation>Лицензия приостановлена</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation>Лицензия отозвана</translation>
    </message>
    <message>
        <source>Licence expired</source>
        <translation>Срок лицензии истёк</translation>
    </message>
    <message>
        <source>On the warning list</source>
        <translation>В списке предупреждений</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>Нет в реестре</translation>
    </message>
</context>
<context>
    <name>TopicsScreen</name>
    <message>
        <source>Your rights and legal work</source>
        <translation>Ваши права и легальная работа</translation>
    </message>
</context>
<context>
    <name>VacanciesScreen</name>
    <message>
        <source>Verified vacancies</source>
        <translation>Проверенные вакансии</translation>
    </message>
    <message>
        <source>Jobs abroad from licensed agencies only. Tap one for the details and a code to apply on the platform.</source>
        <translation>Работа за рубежом только от лицензированных агентств. Нажмите, чтобы увидеть подробности и код для заявки на платформе.</translation>
    </message>
    <message>
        <source>Search: job, employer or country</source>
        <translation>Поиск: работа, работодатель или страна</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Все профессии</translation>
    </message>
    <message>
        <source>Show more vacancies</source>
        <translation>Показать ещё вакансии</translation>
    </message>
    <message>
        <source>No vacancy matches “{text}”. Check the spelling, or search for a job, an employer or a country.</source>
        <translation>По запросу «{text}» вакансий нет. Проверьте написание или ищите работу, работодателя или страну.</translation>
    </message>
    <message>
        <source>No vacancy for this job in this country. Choose another country or job.</source>
        <translation>В этой стране нет вакансий по этой работе. Выберите другую страну или работу.</translation>
    </message>
    <message>
        <source>“{text}” is found only in other countries or jobs. Choose “{countries}” or “{jobs}” to see those vacancies.</source>
        <translation>«{text}» есть только в других странах или работах. Выберите «{countries}» или «{jobs}», чтобы увидеть эти вакансии.</translation>
    </message>
    <message>
        <source>{wage} a month</source>
        <translation>{wage} в месяц</translation>
    </message>
    <message>
        <source>closes {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>ОБРАЗЕЦ</translation>
    </message>
    <message>
        <source>Loading vacancies…</source>
        <translation>Загружаем вакансии…</translation>
    </message>
    <message>
        <source>Vacancies cannot be shown right now. Please try again in a minute.</source>
        <translation>Сейчас вакансии показать не удаётся. Попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <source>Vacancies are hidden until this kiosk&apos;s registry data is up to date: the agencies&apos; licences cannot be confirmed.</source>
        <translation>Вакансии скрыты, пока данные реестра в киоске не обновятся: лицензии агентств нельзя подтвердить.</translation>
    </message>
    <message>
        <source>No vacancies are open at the moment.</source>
        <translation>Сейчас открытых вакансий нет.</translation>
    </message>
    <message>
        <source>{shown} of {total} vacancies. Choose a country or a job to see the rest.</source>
        <translation>{shown} из {total} вакансий. Выберите страну или работу, чтобы увидеть остальные.</translation>
    </message>
</context>
<context>
    <name>VacancyHelp</name>
    <message>
        <source>Before you apply for a job abroad</source>
        <translation>Прежде чем откликнуться на работу за рубежом</translation>
    </message>
    <message>
        <source>A real job order names a licensed agency and a contract registration number.</source>
        <translation>В настоящей вакансии указаны лицензированное агентство и регистрационный номер договора.</translation>
    </message>
    <message>
        <source>Check the agency&apos;s licence here before you sign or pay anything.</source>
        <translation>Проверьте лицензию агентства здесь, прежде чем что-либо подписывать или платить.</translation>
    </message>
    <message>
        <source>This takes a few seconds. Meanwhile, here is how to tell a real job offer.</source>
        <translation>Это займёт несколько секунд. А пока — как отличить настоящее предложение о работе.</translation>
    </message>
    <message>
        <source>This kiosk last confirmed the licence registry on {date}. A job order is shown only while its agency&apos;s licence can be confirmed.</source>
        <translation>Этот киоск последний раз подтвердил реестр лицензий {date}. Вакансия показывается, только пока лицензию её агентства можно подтвердить.</translation>
    </message>
    <message>
        <source>This kiosk has not confirmed the licence registry yet.</source>
        <translation>Этот киоск ещё не подтвердил реестр лицензий.</translation>
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
        <translation>Эта вакансия больше не показывается: приём закрыт или у агентства больше нет лицензии.</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>ОБРАЗЕЦ</translation>
    </message>
    <message>
        <source>Agency: {name}, licence {number}</source>
        <translation>Агентство: {name}, лицензия {number}</translation>
    </message>
    <message>
        <source>Wage: {wage} a month</source>
        <translation>Зарплата: {wage} в месяц</translation>
    </message>
    <message>
        <source>Hours: {hours} a week</source>
        <translation>Часы: {hours} в неделю</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Язык: {language}</translation>
    </message>
    <message>
        <source>Places: {places}</source>
        <translation>Мест: {places}</translation>
    </message>
    <message>
        <source>Apply by: {date}</source>
        <translation>Подать заявку до: {date}</translation>
    </message>
    <message>
        <source>Contract registration number: {number}</source>
        <translation>Регистрационный номер договора: {number}</translation>
    </message>
    <message>
        <source>The job order</source>
        <translation>Заявка работодателя</translation>
    </message>
    <message>
        <source>Never pay for a job offer. Apply only on the platform or at the licensed agency.</source>
        <translation>Никогда не платите за предложение работы. Подавайте заявку только на платформе или в лицензированном агентстве.</translation>
    </message>
    <message>
        <source>This job on your phone, and how to apply</source>
        <translation>Эта вакансия на вашем телефоне и как подать заявку</translation>
    </message>
    <message>
        <source>Scan to apply on the platform</source>
        <translation>Сканируйте, чтобы подать заявку на платформе</translation>
    </message>
</context>
<context>
    <name>VerdictScreen</name>
    <message>
        <source>Report it here at the kiosk, or call the Migration Agency&apos;s hotline.</source>
        <translation>Сообщите об этом здесь, в киоске, или позвоните на горячую линию Агентства по миграции.</translation>
    </message>
    <message>
        <source>Do not pay anyone and do not hand over your passport.</source>
        <translation>Никому не платите и не отдавайте паспорт.</translation>
    </message>
    <message>
        <source>The registry on this kiosk has not been updated for a while. The licence may have changed since.</source>
        <translation>Реестр в этом киоске давно не обновлялся. С тех пор статус лицензии мог измениться.</translation>
    </message>
    <message>
        <source>Check the licence again on the official registry (scan the code).</source>
        <translation>Проверьте лицензию ещё раз в официальном реестре (отсканируйте код).</translation>
    </message>
    <message>
        <source>This agency holds a valid licence to place workers abroad.</source>
        <translation>У этого агентства есть действующая лицензия на трудоустройство за рубежом.</translation>
    </message>
    <message>
        <source>The employer pays the placement fee. The agency may charge you only for information and advice.</source>
        <translation>За трудоустройство платит работодатель. Агентство может брать с вас деньги только за информацию и консультации.</translation>
    </message>
    <message>
        <source>Sign a written contract and make sure it is registered electronically.</source>
        <translation>Заключите письменный договор и убедитесь, что он зарегистрирован в электронном виде.</translation>
    </message>
    <message>
        <source>This agency may not recruit workers while its licence is suspended.</source>
        <translation>Пока лицензия приостановлена, это агентство не имеет права набирать работников.</translation>
    </message>
    <message>
        <source>This agency lost its licence. It may not recruit workers.</source>
        <translation>Это агентство лишено лицензии. Оно не имеет права набирать работников.</translation>
    </message>
    <message>
        <source>This agency&apos;s licence has ended. It may not recruit workers.</source>
        <translation>Срок лицензии этого агентства закончился. Оно не имеет права набирать работников.</translation>
    </message>
    <message>
        <source>This is a known illegal operator, not a licensed agency.</source>
        <translation>Это известный нелегальный посредник, а не лицензированное агентство.</translation>
    </message>
    <message>
        <source>No licensed agency matches what you typed. An agency that is not in the registry may not recruit you.</source>
        <translation>По вашему запросу лицензированное агентство не найдено. Агентство, которого нет в реестре, не имеет права набирать вас на работу.</translation>
    </message>
    <message>
        <source>Check the spelling, or search by licence number.</source>
        <translation>Проверьте написание или ищите по номеру лицензии.</translation>
    </message>
    <message>
        <source>Licence check result</source>
        <translation>Результат проверки лицензии</translation>
    </message>
    <message>
        <source>Checking the licence…</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Проверяем лицензию…</translation>
    </message>
    <message>
        <source>The licence cannot be checked right now. Please try again in a minute.</source>
        <translatorcomment>Machine-assisted translation: needs review by a native speaker.</translatorcomment>
        <translation>Сейчас проверить лицензию не удаётся. Попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <source>SAMPLE REGISTRY — fictional agencies</source>
        <translation>ОБРАЗЕЦ РЕЕСТРА — вымышленные агентства</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Что делать дальше</translation>
    </message>
    <message>
        <source>Registry details</source>
        <translation>Данные реестра</translation>
    </message>
    <message>
        <source>Registry data as of {date}</source>
        <translation>Данные реестра на {date}</translation>
    </message>
    <message>
        <source>Current status on your phone</source>
        <translation>Актуальный статус на телефоне</translation>
    </message>
    <message>
        <source>Official registry page</source>
        <translation>Официальная страница реестра</translation>
    </message>
    <message>
        <source>This result as text (no internet needed)</source>
        <translation>Этот результат текстом (интернет не нужен)</translation>
    </message>
    <message>
        <source>Licence number: {value}</source>
        <translation>Номер лицензии: {value}</translation>
    </message>
    <message>
        <source>Issued: {start} · Valid until: {end}</source>
        <translation>Выдана: {start} · Действует до: {end}</translation>
    </message>
    <message>
        <source>Last status change: {date} — {reason}</source>
        <translation>Последнее изменение статуса: {date} — {reason}</translation>
    </message>
    <message>
        <source>Also known as: {names}</source>
        <translation>Другие названия: {names}</translation>
    </message>
    <message>
        <source>Tax number (STIR): {value}</source>
        <translation>СТИР (ИНН): {value}</translation>
    </message>
    <message>
        <source>Address: {region}, {address}</source>
        <translation>Адрес: {region}, {address}</translation>
    </message>
    <message>
        <source>May recruit for: {countries}</source>
        <translation>Может направлять в страны: {countries}</translation>
    </message>
    <message>
        <source>Why it is listed: {reason}</source>
        <translation>Причина включения в список: {reason}</translation>
    </message>
    <message>
        <source>Listed on: {date}</source>
        <translation>В списке с: {date}</translation>
    </message>
    <message>
        <source>Known contacts: {items}</source>
        <translation>Известные контакты: {items}</translation>
    </message>
    <message>
        <source>Report this agency</source>
        <translation>Сообщить об этом агентстве</translation>
    </message>
    <message>
        <source>Check another agency</source>
        <translation>Проверить другое агентство</translation>
    </message>
    <message>
        <source>Checked at the airport kiosk on {date}</source>
        <translation>Проверено в киоске аэропорта {date}</translation>
    </message>
</context>
</TS>
