## Staff looking after delegates and their invitations, and exports.

admin-delegates-usage = لطفاً بخشی از نام، شناسهٔ مرجع یا کد هیئت را بنویسید: /delegates gilan
admin-delegates-none = هیچ عضو هیئتی با «{ $text }» مطابقت ندارد.
admin-delegates-title = اعضای هیئت یافت‌شده: { $count }
admin-invitation-status =
    { $status ->
        [pending] دعوت‌نامه هنوز استفاده نشده
        [used] دعوت‌نامه استفاده شده
        [expired] دعوت‌نامه منقضی شده
        [revoked] دعوت‌نامه باطل شده
       *[none] بدون دعوت‌نامه
    }
admin-invite-usage = لطفاً شناسهٔ مرجع عضو هیئت را بنویسید: /invite gilan-01 (برای یافتن آن: /delegates).
admin-no-delegate = هیچ عضو هیئتی با شناسهٔ مرجع «{ $ref }» وجود ندارد. برای یافتن اعضای هیئت از /delegates استفاده کنید.
admin-invite =
    دعوت‌نامهٔ جدیدی برای { $name } صادر شد؛ دعوت‌نامه‌های استفاده‌نشدهٔ قبلی دیگر معتبر نیستند.
    کد: { $code }
    { $links }
admin-revoke-usage = لطفاً شناسهٔ مرجع عضو هیئت را بنویسید: /invite_revoke gilan-01
admin-revoke-confirm = دعوت‌نامه‌های استفاده‌نشدهٔ { $name } باطل شود؟ کد این دعوت‌نامه‌ها دیگر کار نخواهد کرد.
admin-revoke-yes = بله، باطل شود
admin-revoked = تعداد دعوت‌نامه‌های باطل‌شده: { $count }.
admin-export-usage = لطفاً مشخص کنید کدام فهرست را می‌خواهید: /export { $kinds }
admin-export = فهرست: { $kind } — { $count } ردیف، در قالب فایل متنی با جداکنندهٔ ویرگول و فایل صفحه‌گسترده.
admin-list-name =
    { $kind ->
        [delegates] اعضای هیئت‌ها
        [meetings] دیدارها
       *[broadcasts] گزارش پیام‌های همگانی
    }
