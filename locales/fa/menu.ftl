## The main menu and the command list shown by the messenger.

menu-about = ℹ️ دربارهٔ اجلاس
menu-language = 🌐 زبان
menu-help = ❓ راهنما
command-start = منوی اصلی
command-language = تغییر زبان
command-help = کارهایی که این ربات انجام می‌دهد
about-summit =
    { $event }
    { $dates }
    { $venue }
