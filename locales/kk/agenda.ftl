## The programme, a delegate's own agenda, reminders, the morning briefing and change notices.
## Times are in summit time (the event's time zone) unless marked as home time.

agenda-register-first = Бағдарлама мен жеке күн тәртібіңіз тіркелгеннен кейін ашылады. Ұйымдастырушылар Сізге берген шақыру кодын жіберіңіз.
agenda-empty = Бағдарлама әлі жарияланған жоқ. Кейінірек қайта қарап көріңіз.
agenda-choose-day = 📅 { $event } бағдарламасы. Күнді таңдаңыз немесе іс-шараларды бағыттар бойынша қараңыз.
agenda-day-button = { DATE($day) }
agenda-by-track = 🗂 Бағыттар бойынша
agenda-now-button = ⏱ Қазір және келесі кезекте
agenda-venue-button = 📍 Өтетін орны
agenda-back = « Артқа
agenda-previous = ‹ Алдыңғы
agenda-next = Келесі ›
agenda-refresh = 🔄 Жаңарту
agenda-choose-kind = 🗂 Бағытты таңдаңыз.
agenda-day-title = 📅 { DATE($day) }
agenda-kind-title = 🗂 { $kind }
agenda-list-empty = Мұнда ештеңе жоспарланбаған.
agenda-page = { $page }-бет, барлығы { $pages } бет
agenda-line-day = { DATE($day) }
agenda-session-button = { TIME($start) } { $title }
agenda-now-title = ⏱ Қазір және келесі кезекте
agenda-now-heading = Қазір:
agenda-now-none = Дәл қазір ештеңе өтіп жатқан жоқ.
agenda-next-heading = Келесі:
agenda-next-none = Бұдан әрі ештеңе жоспарланбаған.
venue-text = 📍 Саммит өтетін орын: { $venue }

session-times = { TIME($start) }–{ TIME($end) }
session-when = { DATE($day) }, { TIME($start) }–{ TIME($end) } (саммит уақытымен)
session-when-today = { TIME($start) }–{ TIME($end) } (саммит уақытымен)
session-home-time = { TIME($start) }–{ TIME($end) } (өз өңіріңіздің уақытымен)
session-cancelled = Бұл іс-шара болдырылмады.
session-speakers = 🎤 Баяндамашылар: { $names }
session-topics = 📌 Тақырыптар: { $topics }
session-language = 🗣 Жұмыс тілі: { $spoken }
session-language-interpreted = 🗣 Жұмыс тілі: { $spoken }; ілеспе аударма: { $into }
session-for-everyone = 👥 Барлық делегаттарға арналған: бұл іс-шара әркімнің күн тәртібінде бар.
session-in-agenda = ⭐ Сіздің күн тәртібіңізде.
session-add = ⭐ Күн тәртібіме қосу
session-remove = ✖ Күн тәртібімнен алып тастау
session-added = Күн тәртібіңізге қосылды. Басталуына { $minutes } минут қалғанда еске саламын.
session-removed = Күн тәртібіңізден алып тасталды.
session-gone = Бұл іс-шара енді бағдарламада жоқ.

kind-name =
    { $kind ->
        [opening] Ашылу
        [general-panel] Жалпы панельдік отырыс
        [economy] Экономика және сауда
        [transit] Транзит және көлік дәліздері
        [environment] Каспий теңізінің экологиясы
        [expo] Көрме
        [bilateral] Екіжақты кездесулер
        [ceremony] Салтанатты рәсім
        [social] Мәдени бағдарлама
        [transport] Делегаттарға арналған көлік
       *[other] { $kind }
    }

language-name =
    { $code ->
        [fa] парсы
        [ru] орыс
        [az] әзербайжан
        [kk] қазақ
        [tk] түрікмен
        [en] ағылшын
       *[other] { $code }
    }

my-title = ⭐ Сіздің күн тәртібіңіз
my-empty = Күн тәртібіңіз әзірге бос. Бағдарламаны /agenda арқылы ашып, іс-шараларды ⭐ түймесімен қосыңыз.
my-day = 📅 { DATE($day) }
my-overlap = ⚠️ Уақыты қабаттасады: { $other }
my-calendar-button = 📥 Күнтізбе файлы ретінде жүктеп алу
my-calendar-caption = Күн тәртібіңіз күнтізбе файлы түрінде. Іс-шараларды телефоныңыздың күнтізбесіне қосу үшін файлды ашыңыз; әр іс-шара туралы басталуына { $minutes } минут қалғанда ескерту беріледі.

settings-title =
    ⏰ Еске салу
    Күн тәртібіңіздегі әр іс-шараның басталуына { $minutes } минут қалғанда еске саламын. Басқа уақытты таңдауға, сондай-ақ таңғы шолуды және өз өңіріңіздің уақытын қосуға немесе өшіруге болады.
settings-lead = { $minutes } мин
settings-briefing-on = ☀️ Таңғы шолу: қосулы
settings-briefing-off = ☀️ Таңғы шолу: өшірулі
settings-home-on = 🏠 Саммит уақытымен қатар өз өңіріңіздің уақыты: қосулы
settings-home-off = 🏠 Саммит уақытымен қатар өз өңіріңіздің уақыты: өшірулі
settings-saved = Сақталды.

reminder-title = ⏰ { $minutes } минуттан кейін: { $title }
briefing-title = ☀️ Қайырлы таң! { DATE($day) } күнгі бағдарламаңыз:

change-title = 📢 Бағдарламадағы өзгеріс: { $title }
change-time = 🕘 { $old } → { $new }
change-room = 📍 { $old } → { $new }
change-cancelled = ❌ Болдырылмады: { $title }
