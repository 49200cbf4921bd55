## Главное меню и список команд, который показывает мессенджер.

menu-agenda = 📅 Программа
menu-my = ⭐ Моё расписание
menu-settings = ⏰ Напоминания
menu-about = ℹ️ О саммите
menu-language = 🌐 Язык
menu-help = ❓ Справка
command-start = Главное меню
command-agenda = Программа саммита
command-my = Моё расписание
command-now = Что проходит сейчас и что далее
command-venue = Место проведения саммита
command-settings = Настройки напоминаний
command-meet = Запросить встречу с другой делегацией
command-meetings = Встречи моей делегации
command-language = Сменить язык
command-help = Что умеет этот бот
about-summit =
    { $event }
    { $dates }
    { $venue }
