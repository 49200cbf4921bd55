## The main menu and the command list shown by the messenger.

menu-about = ℹ️ About the summit
menu-language = 🌐 Language
menu-help = ❓ Help
command-start = Main menu
command-language = Change the language
command-help = What this bot can do
about-summit =
    { $event }
    { $dates }
    { $venue }
