## Программа саммита, личное расписание делегата, напоминания, утренняя сводка и уведомления об изменениях.
## Время указывается по времени саммита (часовой пояс места проведения), если не отмечено, что это время региона делегата.

agenda-register-first = Программа саммита и Ваше личное расписание станут доступны после регистрации. Пожалуйста, отправьте мне код приглашения, полученный от организаторов.
agenda-empty = Программа ещё не опубликована. Пожалуйста, проверьте позднее.
agenda-choose-day = 📅 Программа: { $event }. Выберите день или просмотрите мероприятия по направлениям.
agenda-day-button = { DATE($day) }
agenda-by-track = 🗂 По направлениям
agenda-now-button = ⏱ Сейчас и далее
agenda-venue-button = 📍 Место проведения
agenda-back = « Назад
agenda-previous = ‹ Предыдущая
agenda-next = Следующая ›
agenda-refresh = 🔄 Обновить
agenda-choose-kind = 🗂 Выберите направление.
agenda-day-title = 📅 { DATE($day) }
agenda-kind-title = 🗂 { $kind }
agenda-list-empty = Мероприятий не запланировано.
agenda-page = Страница { $page } из { $pages }
agenda-line-day = { DATE($day) }
agenda-session-button = { TIME($start) } { $title }
agenda-now-title = ⏱ Сейчас и далее
agenda-now-heading = Сейчас:
agenda-now-none = Сейчас мероприятий нет.
agenda-next-heading = Далее:
agenda-next-none = Других мероприятий не запланировано.
venue-text = 📍 Место проведения саммита: { $venue }

session-times = { TIME($start) }–{ TIME($end) }
session-when = { DATE($day) }, { TIME($start) }–{ TIME($end) } (по времени саммита)
session-when-today = { TIME($start) }–{ TIME($end) } (по времени саммита)
session-home-time = { TIME($start) }–{ TIME($end) } по времени Вашего региона
session-cancelled = Это мероприятие отменено.
session-speakers = 🎤 Выступающие: { $names }
session-topics = 📌 Темы: { $topics }
session-language = 🗣 Язык проведения: { $spoken }
session-language-interpreted = 🗣 Язык проведения: { $spoken }, с устным переводом на { $into }
session-for-everyone = 👥 Для всех делегатов: мероприятие входит в расписание каждого участника.
session-in-agenda = ⭐ В Вашем расписании.
session-add = ⭐ Добавить в моё расписание
session-remove = ✖ Удалить из моего расписания
session-added = Добавлено в Ваше расписание. Я напомню Вам о мероприятии за { $minutes } { $minutes ->
        [one] минуту
        [few] минуты
        [many] минут
       *[other] минуты
    } до начала.
session-removed = Удалено из Вашего расписания.
session-gone = Этого мероприятия больше нет в программе.

kind-name =
    { $kind ->
        [opening] Открытие
        [general-panel] Пленарная сессия
        [economy] Экономика и торговля
        [transit] Транзит и транспортные коридоры
        [environment] Экология Каспийского моря
        [expo] Выставка
        [bilateral] Двусторонние встречи
        [ceremony] Церемония
        [social] Культурная программа
        [transport] Трансфер делегатов
       *[other] { $kind }
    }

language-name =
    { $code ->
        [fa] персидский
        [ru] русский
        [az] азербайджанский
        [kk] казахский
        [tk] туркменский
        [en] английский
       *[other] { $code }
    }

my-title = ⭐ Ваше расписание
my-empty = Ваше расписание пока пусто. Откройте программу командой /agenda и добавляйте мероприятия кнопкой ⭐.
my-day = 📅 { DATE($day) }
my-overlap = ⚠️ Совпадает по времени с: { $other }
my-calendar-button = 📥 Скачать файл календаря
my-calendar-caption = Ваше расписание в виде файла календаря. Откройте его, чтобы добавить мероприятия в календарь телефона; для каждого из них будет установлено напоминание за { $minutes } { $minutes ->
        [one] минуту
        [few] минуты
        [many] минут
       *[other] минуты
    } до начала.

settings-title =
    ⏰ Напоминания
    Я напоминаю Вам о каждом мероприятии из Вашего расписания за { $minutes } { $minutes ->
        [one] минуту
        [few] минуты
        [many] минут
       *[other] минуты
    } до начала. Вы можете выбрать другое время, а также включить или отключить утреннюю сводку и показ времени Вашего региона.
settings-lead = { $minutes } мин
settings-briefing-on = ☀️ Утренняя сводка: включена
settings-briefing-off = ☀️ Утренняя сводка: выключена
settings-home-on = 🏠 Время Вашего региона рядом со временем саммита: включено
settings-home-off = 🏠 Время Вашего региона рядом со временем саммита: выключено
settings-saved = Сохранено.

reminder-title = ⏰ Через { $minutes } { $minutes ->
        [one] минуту
        [few] минуты
        [many] минут
       *[other] минуты
    }: { $title }
briefing-title = ☀️ Доброе утро! Ваше расписание на { DATE($day) }:

change-title = 📢 Изменение в программе: { $title }
change-time = 🕘 { $old } → { $new }
change-room = 📍 { $old } → { $new }
change-cancelled = ❌ Отменено: { $title }
