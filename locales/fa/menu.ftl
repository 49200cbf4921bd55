## The main menu and the command list shown by the messenger.

menu-agenda = 📅 برنامهٔ اجلاس
menu-my = ⭐ برنامهٔ من
menu-settings = ⏰ یادآوری‌ها
menu-about = ℹ️ دربارهٔ اجلاس
menu-language = 🌐 زبان
menu-help = ❓ راهنما
command-start = منوی اصلی
command-agenda = برنامهٔ اجلاس
command-my = برنامهٔ شخصی من
command-now = نشست‌های جاری و بعدی
command-venue = محل برگزاری اجلاس
command-settings = تنظیمات یادآوری
command-meet = درخواست دیدار با هیئتی دیگر
command-meetings = دیدارهای هیئت من
command-language = تغییر زبان
command-help = کارهایی که این ربات انجام می‌دهد
about-summit =
    { $event }
    { $dates }
    { $venue }
