## The main menu and the command list shown by the messenger.

menu-about = ℹ️ Sammit haqqında
menu-language = 🌐 Dil
menu-help = ❓ Kömək
command-start = Əsas menyu
command-language = Dili dəyişmək
command-help = Botun imkanları
about-summit =
    { $event }
    { $dates }
    { $venue }
