## The main menu and the command list shown by the messenger.

menu-agenda = 📅 Programme
menu-my = ⭐ My agenda
menu-settings = ⏰ Reminders
menu-about = ℹ️ About the summit
menu-language = 🌐 Language
menu-help = ❓ Help
command-start = Main menu
command-agenda = The summit's programme
command-my = My agenda
command-now = What is on now and next
command-venue = Where the summit takes place
command-settings = Reminder settings
command-meet = Ask another delegation for a meeting
command-meetings = My delegation's meetings
command-language = Change the language
command-help = What this bot can do
about-summit =
    { $event }
    { $dates }
    { $venue }
