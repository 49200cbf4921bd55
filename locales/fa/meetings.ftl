## Bilateral meetings between delegations: asking, answering, the overview, the staff side.
## Times are in summit time.

country-name =
    { $code ->
        [IR] ایران
        [RU] روسیه
        [AZ] جمهوری آذربایجان
        [KZ] قزاقستان
        [TM] ترکمنستان
       *[other] { $code }
    }
meeting-topic-name =
    { $topic ->
        [economy] اقتصاد و تجارت
        [transit] ترانزیت و لجستیک
        [environment] محیط زیست
        [culture] فرهنگ و گردشگری
       *[other] سایر موضوعات
    }
meeting-title = 🤝 دیدار با هیئت { $delegation }

meet-choose-country = 🤝 درخواست دیدار دوجانبه با هیئتی دیگر. هیئت مورد نظر از کدام کشور است؟
meet-choose-delegation = مایل به دیدار با کدام هیئت هستید؟
meet-choose-topic = مایلید با هیئت { $delegation } دربارهٔ چه موضوعی گفت‌وگو کنید؟
meet-choose-slots = چه زمان‌هایی برای دیدار مناسب است؟ لطفاً حداکثر { $most } زمان (به وقت اجلاس) انتخاب کنید و سپس دکمهٔ «تأیید» را بزنید.
meet-chosen = زمان‌های انتخاب‌شده:
meet-slot = { DATE($day) }، { TIME($time) }
meet-day-button = { DATE($day) }
meet-slot-button = { TIME($time) }
meet-no-free-slots = متأسفانه دیگر زمانی باقی نمانده است که هر دو هیئت در آن فرصت دیدار داشته باشند.
meet-done-button = ✅ تأیید
meet-skip-button = بدون توضیح
meet-cancel-button = ✖ انصراف
meet-send-button = 📨 ارسال درخواست
meet-write-note = در صورت تمایل، توضیح کوتاهی برای هیئت طرف مقابل بنویسید (حداکثر { $most } نویسه)، یا دکمهٔ «بدون توضیح» را بزنید.
meet-write-reason = در صورت تمایل، دلیل رد درخواست را بنویسید (حداکثر { $most } نویسه)، یا دکمهٔ «بدون توضیح» را بزنید.
meet-summary = لطفاً درخواست خود برای دیدار با هیئت { $delegation } را بررسی کنید:
meet-sent = 📨 درخواست شما برای هیئت { $delegation } ارسال شد. به محض دریافت پاسخ، به شما اطلاع می‌دهم.
meet-sent-to-staff = 📨 درخواست شما برای دیدار با هیئت { $delegation } به دفتر تشریفات ارسال شد؛ پس از تأیید، برای آن هیئت فرستاده می‌شود.
meet-counter-sent = 📨 زمان‌های پیشنهادی شما ارسال شد. به محض دریافت پاسخ، به شما اطلاع می‌دهم.
meet-declined = درخواست رد شد و به هیئت طرف مقابل اطلاع داده شد.
meet-cancelled = هیچ چیزی ارسال نشد.
meet-no-delegation = دیدارها میان هیئت‌ها ترتیب داده می‌شود و نام شما در فهرست اعضای هیچ هیئتی ثبت نشده است. دفتر تشریفات می‌تواند در این زمینه به شما کمک کند.
meet-own-delegation = این هیئت، هیئت خود شماست.
meet-already-open = درخواستی میان هیئت شما و این هیئت هم‌اکنون در انتظار پاسخ است. لطفاً به /meetings مراجعه کنید.
meet-too-many = هیئت شما به حداکثر تعداد مجاز درخواست‌های در انتظار پاسخ رسیده است. لطفاً ابتدا منتظر پاسخ‌ها بمانید (وضعیت آن‌ها را با /meetings ببینید).
meet-too-many-slots = حداکثر می‌توانید { $most } زمان پیشنهاد کنید.
meet-slots-gone = یکی از این زمان‌ها دیگر آزاد نیست. لطفاً دوباره انتخاب کنید.
meet-note-too-long = لطفاً متنی با دست‌کم یک و حداکثر { $most } نویسه بنویسید.

meeting-request = 🤝 هیئت { $delegation } خواستار دیدار با هیئت شماست.
meeting-counter = 🔁 هیئت { $delegation } زمان‌های دیگری را برای دیدار با شما پیشنهاد کرده است.
meeting-nudge = ⏳ درخواست دیدار هیئت { $delegation } همچنان در انتظار پاسخ شماست.
meeting-topic = موضوع: { $topic }
meeting-note = توضیح: { $note }
meeting-slots = زمان‌های پیشنهادی (به وقت اجلاس):
meeting-expires = لطفاً تا { DATE($time) }، ساعت { TIME($time) } پاسخ دهید؛ پس از آن، اعتبار درخواست به پایان می‌رسد.
meeting-accept = ✅ { DATE($day) }، { TIME($time) }
meeting-counter-button = 🔁 پیشنهاد زمان‌های دیگر
meeting-decline-button = ✖ رد درخواست
meeting-confirmed = ✅ دیدار شما با هیئت { $delegation } قطعی شد.
meeting-room = 📍 سالن دیدار شما با هیئت { $delegation } تعیین شد.
meeting-moved = 🔁 زمان دیدار شما با هیئت { $delegation } از سوی دفتر تشریفات تغییر کرد.
meeting-cancelled = ❌ دیدار شما با هیئت { $delegation } از سوی { $name } لغو شد.
meeting-declined = درخواست دیدار شما از سوی هیئت { $delegation } پذیرفته نشد.
meeting-rejected = دفتر تشریفات درخواست دیدار شما با هیئت { $delegation } را تأیید نکرد.
meeting-expired = ⌛ درخواست دیدار شما با هیئت { $delegation } بی‌پاسخ ماند و اعتبار آن به پایان رسید.
meeting-reason = دلیل: { $reason }
meeting-room-pending = سالن دیدار متعاقباً اعلام می‌شود.
meeting-done = انجام شد.
meeting-not-yours = پاسخ به این درخواست بر عهدهٔ شخص دیگری است.
meeting-handled = به این درخواست پیش‌تر پاسخ داده شده است.
meeting-handled-by = { $name } پیش‌تر به این درخواست پاسخ داده است.
meeting-slot-taken = این زمان لحظاتی پیش به دیدار دیگری اختصاص یافت. لطفاً زمان دیگری انتخاب کنید.

meetings-title = 🤝 دیدارهای دوجانبهٔ هیئت شما
meetings-none = هیئت شما هنوز درخواست دیداری ندارد. برای درخواست دیدار، /meet را بفرستید.
meetings-sent = به هیئت { $delegation }
meetings-received = از هیئت { $delegation }
meetings-cancel-button = ✖ لغو دیدار با هیئت { $delegation }
meeting-status =
    { $status ->
        [awaiting_staff] در دست بررسی دفتر تشریفات
        [proposed] در انتظار پاسخ
        [confirmed] قطعی‌شده
        [declined] ردشده
        [rejected] تأییدنشده
        [cancelled] لغوشده
       *[expired] منقضی‌شده
    }

staff-meeting-request = 🛂 درخواست دیدار: { $requester } ← { $target }
staff-meeting-approve = ✅ تأیید
staff-meeting-reject = ✖ رد
staff-meeting-approved = ✅ از سوی { $name } تأیید شد؛ درخواست برای هیئت مربوط ارسال شد.
staff-meeting-reason = { $name } گرامی، لطفاً دلیل رد درخواست را در پیام بعدی خود در همین گروه بنویسید.
staff-meeting-rejected = از سوی { $name } رد شد؛ به هیئت درخواست‌کننده اطلاع داده شد.
staff-meeting-confirmed = 🤝 دیدار شمارهٔ { $id } قطعی شد: { $requester } – { $target }
staff-meeting-interpreter = 🗣 مترجم مورد نیاز: { $languages }
staff-meeting-choose-room = لطفاً سالن دیدار را انتخاب کنید:
staff-meeting-room-assigned = 📍 { $room } از سوی { $name } برای این دیدار تعیین شد؛ به هر دو هیئت اطلاع داده شد.
staff-meeting-room-taken = این سالن در آن ساعت در اختیار دیدار دیگری است. لطفاً سالن دیگری انتخاب کنید.
staff-meeting-bad-time = این زمان برای دیدار میان این دو هیئت آزاد نیست. زمان باید به صورت HH:MM یا YYYY-MM-DD HH:MM (تاریخ میلادی)، به وقت اجلاس و منطبق با نوبت‌های زمانی دیدارها باشد.
staff-meetings-title = 🤝 دیدارهای { DATE($day) }:
staff-meetings-none = برای { DATE($day) } هیچ دیداری قطعی نشده است.
staff-meeting-done = انجام شد: دیدار شمارهٔ { $id }. به هر دو هیئت اطلاع داده شد.
staff-meeting-usage = لطفاً به این صورت بنویسید: /meeting CODE1 CODE2 HH:MM یا /meeting CODE1 CODE2 YYYY-MM-DD HH:MM (تاریخ میلادی؛ کد هیئت‌ها مطابق فهرست هیئت‌ها).
staff-meeting-move-usage = لطفاً به این صورت بنویسید: /meeting_move NUMBER HH:MM یا /meeting_move NUMBER YYYY-MM-DD HH:MM (شمارهٔ دیدار؛ تاریخ میلادی).
staff-meeting-cancel-usage = لطفاً به این صورت بنویسید: /meeting_cancel NUMBER (شمارهٔ دیدار).
staff-meeting-cancel-confirm = دیدار شمارهٔ { $id } میان { $requester } و { $target } لغو شود؟ به هر دو هیئت اطلاع داده می‌شود.
staff-meeting-cancel-yes = بله، دیدار لغو شود
staff-meeting-cancelled = ❌ دیدار شمارهٔ { $id } از سوی { $name } لغو شد؛ به هر دو هیئت اطلاع داده شد.
