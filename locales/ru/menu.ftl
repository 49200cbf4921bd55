## Главное меню и список команд, который показывает мессенджер.

menu-about = ℹ️ О саммите
menu-language = 🌐 Язык
menu-help = ❓ Справка
command-start = Главное меню
command-language = Сменить язык
command-help = Что умеет этот бот
about-summit =
    { $event }
    { $dates }
    { $venue }
