## Broadcasts from the staff group, announcement templates, the audit log and the figures.

broadcast-no-audience = برای چه کسانی ارسال شود؟ بنویسید /broadcast everyone، یا مخاطبان را با country=، delegation=، role=، language=، platform=، session= انتخاب کنید (چند مقدار را با ویرگول از هم جدا کنید)، و برای ارسال در زمانی دیگر at=HH:MM را بیفزایید. برای نمونه: /broadcast country=AZ,KZ role=head
broadcast-unknown-key = «{ $key }» را نمی‌شناسم. لطفاً یکی از این موارد را به کار ببرید: { $keys }.
broadcast-unknown-value = برای { $key }، مقدار «{ $value }» وجود ندارد. مقادیر شناخته‌شده: { $values }.
broadcast-bad-time = «{ $text }» را نمی‌توانم به‌عنوان زمان بخوانم. لطفاً به صورت HH:MM یا YYYY-MM-DD HH:MM (تاریخ میلادی) و به وقت اجلاس بنویسید.
broadcast-nobody = هیچ فرد ثبت‌نام‌شده‌ای با این مخاطبان مطابقت ندارد؛ از این رو پیام برای کسی ارسال نمی‌شود.
broadcast-empty = متن خالی است. لطفاً متنی را که باید ارسال شود بنویسید.
broadcast-too-long = طول متن زبان { $language }: { $length } نویسه؛ هر پیام حداکثر می‌تواند { $limit } نویسه داشته باشد.
broadcast-unknown-template = قالب‌ها: { $names }. برای نمونه: template transport time=08:30 place=منطقهٔ آزاد انزلی
broadcast-missing-field = برای قالب { $template } این موارد لازم است: { $fields }
broadcast-not-yours = فقط { $name }، تهیه‌کنندهٔ این پیام همگانی، می‌تواند آن را ارسال کند.
broadcast-handled = این پیام همگانی پیش‌تر ارسال، لغو یا پس گرفته شده است.
broadcast-reach = 📣 این پیام به { $count } گفت‌وگو می‌رسد. پیام‌رسان‌ها: { $platforms }. زبان‌ها: { $languages }.
broadcast-at = این پیام در { DATE($time) }، ساعت { TIME($time) } (به وقت اجلاس) ارسال خواهد شد.
broadcast-ask-text =
    اکنون متن را در پیام بعدی خود در همین گروه بفرستید: یا یک متن برای همه، یا برای هر زبان بخشی جداگانه که با کد آن زبان آغاز شود:
    fa: …
    ru: …
    { "*" }: … (برای سایر زبان‌ها)
    یا یک قالب، که به‌طور خودکار به همهٔ زبان‌ها آماده می‌شود: template transport time=08:30 place=…
broadcast-coverage = خوانندگان هر زبان کدام متن را دریافت می‌کنند:
broadcast-own-text = { $language }: متن اختصاصی همین زبان
broadcast-fallback = { $language }: متن { $source }
broadcast-default-text = عمومی
broadcast-send-button = 📣 ارسال
broadcast-cancel-button = ✖ لغو
broadcast-edit-button = ✏️ ویرایش
broadcast-retract-button = 🗑 پس گرفتن
broadcast-retract-confirm = این پیام همگانی از همهٔ گفت‌وگوهایی که به آن‌ها رسیده است حذف شود؟ این کار بازگشت‌پذیر نیست.
broadcast-retract-yes = 🗑 بله، پس گرفته شود
broadcast-retract-queued = در حال پس گرفتن پیام همگانی: { $count } پیام حذف می‌شود.
broadcast-ask-edit = متن اصلاح‌شده را در پیام بعدی خود در همین گروه بفرستید (یک متن، یا برای هر زبان بخشی جداگانه).
broadcast-edit-queued = در حال اصلاح: { $count } پیام ویرایش می‌شود.
broadcast-cancelled = لغو شد؛ پیام دیگری ارسال نخواهد شد.
broadcast-progress =
    📣 پیام همگانی شمارهٔ { $id }: در حال ارسال
    { $bar }
    ارسال‌شده: { $sent } · تحویل‌نشده: { $failed } · در انتظار: { $pending } · مجموع: { $total }
broadcast-report = 📣 ارسال پیام همگانی شمارهٔ { $id } به { $total } گفت‌وگو به پایان رسید:
broadcast-report-platform = { $platform }: تحویل‌شده: { $sent }، ربات را مسدود کرده‌اند: { $blocked }، ناموفق: { $failed }، لغوشده: { $cancelled }

template-transport = 🚌 اتوبوس به مقصد { $place } ساعت { TIME($time) } حرکت می‌کند. خواهشمند است چند دقیقه پیش از حرکت، در ورودی هتل حضور داشته باشید.
template-moved = 🕘 زمان «{ $title }» به ساعت { TIME($time) } (به وقت اجلاس) تغییر کرد.
template-room = 📍 «{ $title }» از این پس در این سالن برگزار می‌شود: { $room }
template-cancelled = ❌ «{ $title }» لغو شد.
template-notice = 📢 از سوی برگزارکنندگان اجلاس: { $text }

audit-title = 🗒 اقدامات کارکنان (جدیدترین در ابتدا):
audit-empty = هنوز هیچ اقدامی از سوی کارکنان ثبت نشده است.
audit-line = { DATE($day) }، { TIME($time) } · { $name } · { $action } · { $detail }

stats-registered = 👥 ثبت‌نام‌شدگان: { $count } (در دسترس: { $reachable }، ربات را مسدود کرده‌اند: { $blocked })
stats-by-platform = پیام‌رسان‌ها: { $counts }
stats-by-language = زبان‌ها: { $counts }
stats-by-delegation = هیئت‌ها: { $counts }
stats-invitations = دعوت‌نامه‌های استفاده‌نشده: { $count }
stats-meetings = دیدارها: { $counts }
stats-broadcast = پیام همگانی شمارهٔ { $id }: { $sent } از { $total } تحویل شده است
