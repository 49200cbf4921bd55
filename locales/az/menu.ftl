## The main menu and the command list shown by the messenger.

menu-agenda = 📅 Proqram
menu-my = ⭐ Gündəliyim
menu-settings = ⏰ Xatırlatmalar
menu-about = ℹ️ Sammit haqqında
menu-language = 🌐 Dil
menu-help = ❓ Kömək
command-start = Əsas menyu
command-agenda = Sammitin proqramı
command-my = Gündəliyim
command-now = Hazırda və növbəti nə keçirilir
command-venue = Sammitin keçirildiyi yer
command-settings = Xatırlatma ayarları
command-meet = Başqa nümayəndə heyətinə görüş sorğusu göndərmək
command-meetings = Nümayəndə heyətimin görüşləri
command-language = Dili dəyişmək
command-help = Botun imkanları
about-summit =
    { $event }
    { $dates }
    { $venue }
