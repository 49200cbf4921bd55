## The main menu and the command list shown by the messenger.

menu-about = ℹ️ Саммит туралы
menu-language = 🌐 Тіл
menu-help = ❓ Анықтама
command-start = Басты мәзір
command-language = Тілді өзгерту
command-help = Боттың мүмкіндіктері
about-summit =
    { $event }
    { $dates }
    { $venue }
