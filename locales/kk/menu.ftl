## The main menu and the command list shown by the messenger.

menu-agenda = 📅 Бағдарлама
menu-my = ⭐ Менің күн тәртібім
menu-settings = ⏰ Еске салу
menu-about = ℹ️ Саммит туралы
menu-language = 🌐 Тіл
menu-help = ❓ Анықтама
command-start = Басты мәзір
command-agenda = Саммит бағдарламасы
command-my = Менің күн тәртібім
command-now = Қазір және келесі кезекте не өтеді
command-venue = Саммит өтетін орын
command-settings = Еске салу баптаулары
command-meet = Басқа делегацияға кездесу туралы өтініш жіберу
command-meetings = Менің делегациямның кездесулері
command-language = Тілді өзгерту
command-help = Боттың мүмкіндіктері
about-summit =
    { $event }
    { $dates }
    { $venue }
