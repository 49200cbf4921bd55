## Registration by invitation code, and the greeting of a registered delegate.
## $role is one of: head, member, liaison, staff.

start-unregistered =
    به { $event } خوش آمدید!
    { $dates }، { $venue }.

    من در خدمت اعضای هیئت‌های شرکت‌کننده در اجلاس هستم. برای ثبت‌نام، لطفاً کد دعوتی را که از برگزارکنندگان دریافت کرده‌اید برای من بفرستید، یا پیوند دعوت‌نامهٔ خود را باز کنید.
register-success =
    { $role ->
        [head] { $name } گرامی، خوش آمدید! ثبت‌نام شما به‌عنوان رئیس هیئت { $delegation } انجام شد.
        [liaison] { $name } گرامی، خوش آمدید! ثبت‌نام شما به‌عنوان افسر رابط هیئت { $delegation } انجام شد.
        [staff] { $name } گرامی، خوش آمدید! ثبت‌نام شما به‌عنوان یکی از کارکنان اجلاس انجام شد.
       *[member] { $name } گرامی، خوش آمدید! ثبت‌نام شما به‌عنوان عضو هیئت { $delegation } انجام شد.
    }
register-code-unknown = کد { $code } شناخته نشد. لطفاً آن را بررسی کنید و دوباره بفرستید، یا از کارکنان اجلاس کمک بخواهید.
register-code-used = کد { $code } پیش‌تر استفاده شده است. هر دعوت‌نامه فقط یک بار قابل استفاده است؛ اگر به دعوت‌نامهٔ جدیدی نیاز دارید، لطفاً به کارکنان اجلاس مراجعه کنید.
register-code-expired = اعتبار کد { $code } به پایان رسیده است. لطفاً برای دریافت دعوت‌نامهٔ جدید به کارکنان اجلاس مراجعه کنید.
register-code-revoked = کد { $code } باطل شده است. لطفاً برای دریافت دعوت‌نامهٔ جدید به کارکنان اجلاس مراجعه کنید.
register-code-malformed = این متن کد دعوت به نظر نمی‌رسد. هر کد دعوت { $length } نویسه (حرف و رقم) دارد؛ برای نمونه: { $example }
register-already = شما پیش‌تر با نام { $name } ثبت‌نام کرده‌اید. اگر این نام متعلق به شما نیست، لطفاً به کارکنان اجلاس اطلاع دهید.
role-name =
    { $role ->
        [head] رئیس هیئت
        [liaison] افسر رابط
        [staff] کارکنان اجلاس
       *[member] عضو هیئت
    }
greeting =
    { $name } — { $role_name }، { $delegation }
    { $event }
    { $dates }، { $venue }
greeting-staff =
    { $name } — { $role_name }
    { $event }
    { $dates }، { $venue }
event-dates = { DATE($starts) } تا { DATE($ends) }
