## The programme, a delegate's own agenda, reminders, the morning briefing and change notices.
## Times are in summit time (the event's time zone) unless marked as home time.

agenda-register-first = برنامهٔ اجلاس و برنامهٔ شخصی شما پس از ثبت‌نام در دسترس قرار می‌گیرد. لطفاً کد دعوتی را که از برگزارکنندگان دریافت کرده‌اید برای من بفرستید.
agenda-empty = برنامهٔ اجلاس هنوز منتشر نشده است. لطفاً کمی بعد دوباره مراجعه فرمایید.
agenda-choose-day = 📅 برنامهٔ { $event }. لطفاً روز مورد نظر را انتخاب کنید، یا نشست‌ها را بر اساس محور ببینید.
agenda-day-button = { DATE($day) }
agenda-by-track = 🗂 بر اساس محور
agenda-now-button = ⏱ نشست‌های جاری و بعدی
agenda-venue-button = 📍 محل برگزاری
agenda-back = « بازگشت
agenda-previous = ‹ قبلی
agenda-next = بعدی ›
agenda-refresh = 🔄 به‌روزرسانی
agenda-choose-kind = 🗂 لطفاً یکی از محورها را انتخاب کنید.
agenda-day-title = 📅 { DATE($day) }
agenda-kind-title = 🗂 { $kind }
agenda-list-empty = در این بخش برنامه‌ای پیش‌بینی نشده است.
agenda-page = صفحهٔ { $page } از { $pages }
agenda-line-day = { DATE($day) }
agenda-session-button = { TIME($start) } { $title }
agenda-now-title = ⏱ نشست‌های جاری و بعدی
agenda-now-heading = هم‌اکنون:
agenda-now-none = در حال حاضر نشستی برگزار نمی‌شود.
agenda-next-heading = نشست‌های بعدی:
agenda-next-none = نشست دیگری در برنامه پیش‌بینی نشده است.
venue-text = 📍 محل برگزاری اجلاس: { $venue }

session-times = { TIME($start) }–{ TIME($end) }
session-when = { DATE($day) }، { TIME($start) }–{ TIME($end) } (به وقت اجلاس)
session-when-today = { TIME($start) }–{ TIME($end) } (به وقت اجلاس)
session-home-time = { TIME($start) }–{ TIME($end) } به وقت کشور شما
session-cancelled = این نشست لغو شده است.
session-speakers = 🎤 سخنرانان: { $names }
session-topics = 📌 موضوعات: { $topics }
session-language = 🗣 زبان نشست: { $spoken }
session-language-interpreted = 🗣 زبان نشست: { $spoken }، با ترجمه به { $into }
session-for-everyone = 👥 ویژهٔ همهٔ اعضای هیئت‌ها: این نشست در برنامهٔ شخصی همه گنجانده شده است.
session-in-agenda = ⭐ این نشست در برنامهٔ شخصی شما قرار دارد.
session-add = ⭐ افزودن به برنامهٔ من
session-remove = ✖ حذف از برنامهٔ من
session-added = به برنامهٔ شخصی شما افزوده شد. { $minutes } دقیقه پیش از آغاز نشست به شما یادآوری می‌کنم.
session-removed = از برنامهٔ شخصی شما حذف شد.
session-gone = این نشست دیگر در برنامهٔ اجلاس وجود ندارد.

kind-name =
    { $kind ->
        [opening] افتتاحیه
        [general-panel] نشست عمومی
        [economy] اقتصاد و تجارت
        [transit] ترانزیت و کریدورهای حمل‌ونقل
        [environment] محیط زیست دریای خزر
        [expo] نمایشگاه
        [bilateral] دیدارهای دوجانبه
        [ceremony] مراسم
        [social] برنامه‌های جنبی
        [transport] ایاب و ذهاب هیئت‌ها
       *[other] { $kind }
    }

language-name =
    { $code ->
        [fa] فارسی
        [ru] روسی
        [az] آذربایجانی
        [kk] قزاقی
        [tk] ترکمنی
        [en] انگلیسی
       *[other] { $code }
    }

my-title = ⭐ برنامهٔ شخصی شما
my-empty = برنامهٔ شخصی شما فعلاً خالی است. برنامهٔ اجلاس را با /agenda باز کنید و نشست‌های مورد نظر را با دکمهٔ ⭐ به آن بیفزایید.
my-day = 📅 { DATE($day) }
my-overlap = ⚠️ تداخل زمانی با: { $other }
my-calendar-button = 📥 دریافت به‌صورت فایل تقویم
my-calendar-caption = برنامهٔ شخصی شما به‌صورت فایل تقویم. با باز کردن این فایل، نشست‌ها به تقویم تلفن همراهتان افزوده می‌شوند و برای هر یک، { $minutes } دقیقه پیش از آغاز هشدار داده می‌شود.

settings-title =
    ⏰ یادآوری‌ها
    { $minutes } دقیقه پیش از آغاز هر یک از نشست‌های برنامهٔ شخصی‌تان به شما یادآوری می‌کنم. می‌توانید زمان دیگری انتخاب کنید، یا خلاصهٔ صبحگاهی و نمایش وقت کشورتان را فعال یا غیرفعال کنید.
settings-lead = { $minutes } دقیقه
settings-briefing-on = ☀️ خلاصهٔ صبحگاهی: فعال
settings-briefing-off = ☀️ خلاصهٔ صبحگاهی: غیرفعال
settings-home-on = 🏠 وقت کشور شما در کنار وقت اجلاس: فعال
settings-home-off = 🏠 وقت کشور شما در کنار وقت اجلاس: غیرفعال
settings-saved = ذخیره شد.

reminder-title = ⏰ { $minutes } دقیقهٔ دیگر: { $title }
briefing-title = ☀️ صبح بخیر! برنامهٔ شما برای { DATE($day) }:

change-title = 📢 تغییر در برنامه: { $title }
change-time = 🕘 { $old } ← { $new }
change-room = 📍 { $old } ← { $new }
change-cancelled = ❌ لغو نشست: { $title }
