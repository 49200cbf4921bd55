## Commands in the private staff group.

staff-help =
    دستورهای کارکنان (فقط در همین گروه کار می‌کنند):
    /sessions — برنامهٔ اجلاس با شناسهٔ هر نشست
    /move KEY HH:MM — تغییر ساعت یک نشست در همان روز (یا /move KEY YYYY-MM-DD HH:MM با تاریخ میلادی)، به وقت اجلاس
    /room KEY نام سالن جدید — تغییر سالن یک نشست
    /cancel KEY — لغو یک نشست
    هر تغییر ابتدا به شما نمایش داده می‌شود و تنها پس از تأیید شما اعمال و به اعضای هیئت‌های مربوط اطلاع داده می‌شود.
    /meetings — دیدارهای دوجانبهٔ امروز، سالن‌ها و مترجمان
    /meeting CODE1 CODE2 HH:MM — ترتیب دادن دیدار میان دو هیئت (با کد هیئت‌ها)
    /meeting_move NUMBER HH:MM — تغییر زمان یک دیدار (با شمارهٔ دیدار)
    /meeting_cancel NUMBER — لغو یک دیدار (با شمارهٔ دیدار)
    /broadcast مخاطبان — ارسال اطلاعیه؛ هر عضو هیئت آن را به زبان خود می‌خواند
    /stats — آمار ثبت‌نام‌ها، دعوت‌نامه‌ها، دیدارها و پیام‌های همگانی
    /audit — آخرین اقدامات کارکنان
    /delegates TEXT — جست‌وجوی اعضای هیئت (با بخشی از نام، شناسهٔ مرجع یا کد هیئت) و مرحله‌ای که در ثبت‌نام به آن رسیده‌اند
    /invite REF — کد و پیوندهای دعوت جدید برای یک عضو هیئت (با شناسهٔ مرجع)
    /invite_revoke REF — باطل کردن دعوت‌نامهٔ استفاده‌نشدهٔ یک عضو هیئت (با شناسهٔ مرجع)
    /export delegates, /export meetings, /export broadcasts — فایل‌های متنی با جداکنندهٔ ویرگول و فایل‌های صفحه‌گسترده
    /help — همین فهرست
staff-command-help = دستورهای کارکنان
staff-command-sessions = برنامهٔ اجلاس با شناسهٔ نشست‌ها
staff-command-move = تغییر زمان یک نشست
staff-command-room = تغییر سالن یک نشست
staff-command-cancel = لغو یک نشست
staff-command-meetings = دیدارهای دوجانبهٔ امروز
staff-command-meeting = ترتیب دادن دیدار میان دو هیئت
staff-command-meeting-move = تغییر زمان یک دیدار
staff-command-meeting-cancel = لغو یک دیدار
staff-command-broadcast = ارسال اطلاعیه
staff-command-stats = آمار
staff-command-audit = آخرین اقدامات کارکنان
staff-command-delegates = جست‌وجوی اعضای هیئت
staff-command-invite = دعوت‌نامهٔ جدید برای یک عضو هیئت
staff-command-invite-revoke = باطل کردن دعوت‌نامه
staff-command-export = دریافت فهرست‌ها به‌صورت فایل
staff-sessions-title = برنامهٔ اجلاس (شناسه · زمان · عنوان · سالن):
staff-move-usage = لطفاً به این صورت بنویسید: /move KEY HH:MM یا /move KEY YYYY-MM-DD HH:MM (تاریخ میلادی، به وقت اجلاس). فهرست شناسه‌ها را با /sessions ببینید.
staff-room-usage = لطفاً به این صورت بنویسید: /room KEY نام سالن جدید. فهرست شناسه‌ها را با /sessions ببینید.
staff-cancel-usage = لطفاً به این صورت بنویسید: /cancel KEY. فهرست شناسه‌ها را با /sessions ببینید.
staff-session-unknown = نشستی با شناسهٔ «{ $key }» وجود ندارد. فهرست شناسه‌ها را با /sessions ببینید.
staff-session-cancelled = این نشست پیش‌تر لغو شده است.
staff-no-change = برنامه هم‌اکنون همین را نشان می‌دهد؛ تغییری لازم نیست.
staff-time-invalid = «{ $text }» را نمی‌توانم به‌عنوان زمان بخوانم. لطفاً به صورت HH:MM یا YYYY-MM-DD HH:MM (تاریخ میلادی) و به وقت اجلاس بنویسید.
staff-room-too-long = نام سالن حداکثر می‌تواند { $max } نویسه باشد.
staff-confirm-title = لطفاً این تغییر را بررسی کنید. هنوز هیچ تغییری اعمال نشده است.
staff-confirm-audience = { $count ->
       *[other] به { $count } نفر از اعضای هیئت‌ها اطلاع داده خواهد شد.
    }
staff-confirm-button = ✅ تأیید
staff-discard-button = ✖ انصراف
staff-change-applied = ✅ انجام شد. { $count ->
       *[other] به { $count } نفر از اعضای هیئت‌ها
    } تا { $minutes } دقیقهٔ دیگر اطلاع داده می‌شود؛ تغییرات بعدی این نشست تا آن زمان در همین اطلاعیه گنجانده می‌شود.
staff-change-discarded = از این تغییر صرف‌نظر شد؛ هیچ چیزی تغییر نکرد.
staff-change-not-yours = فقط همکاری که این تغییر را پیشنهاد کرده است می‌تواند آن را تأیید یا رد کند.
staff-change-decided = این تغییر پیش‌تر تأیید یا رد شده است.
staff-change-outdated = این نشست پس از ارائهٔ این پیشنهاد تغییر کرده است، از این رو هیچ اقدامی انجام نشد. لطفاً تغییر را دوباره پیشنهاد کنید.
