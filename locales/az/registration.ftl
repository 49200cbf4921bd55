## Registration by invitation code, and the greeting of a registered delegate.
## $role is one of: head, member, liaison, staff.

start-unregistered =
    Xoş gəlmisiniz!
    { $event }
    { $dates }, { $venue }.

    Mən sammit nümayəndələrinin köməkçisiyəm. Qeydiyyatdan keçmək üçün təşkilatçılardan aldığınız dəvət kodunu mənə göndərin və ya dəvət keçidini açın.
register-success =
    { $role ->
        [head] Hörmətli { $name }, xoş gəlmisiniz! Siz { $delegation } nümayəndə heyətinin rəhbəri kimi qeydiyyatdan keçdiniz.
        [liaison] Hörmətli { $name }, xoş gəlmisiniz! Siz { $delegation } nümayəndə heyətinin əlaqələndiricisi kimi qeydiyyatdan keçdiniz.
        [staff] Hörmətli { $name }, xoş gəlmisiniz! Siz sammitin əməkdaşı kimi qeydiyyatdan keçdiniz.
       *[member] Hörmətli { $name }, xoş gəlmisiniz! Siz { $delegation } nümayəndə heyətinin üzvü kimi qeydiyyatdan keçdiniz.
    }
register-code-unknown = { $code } kodu tapılmadı. Zəhmət olmasa, kodu yoxlayıb yenidən göndərin və ya sammitin əməkdaşlarına müraciət edin.
register-code-used = { $code } kodu artıq istifadə olunub. Hər dəvətdən yalnız bir dəfə istifadə etmək olar; yeni dəvət lazımdırsa, sammitin əməkdaşlarına müraciət edin.
register-code-expired = { $code } kodunun qüvvədə olma müddəti bitib. Zəhmət olmasa, yeni dəvət üçün sammitin əməkdaşlarına müraciət edin.
register-code-revoked = { $code } kodu ləğv edilib. Zəhmət olmasa, yeni dəvət üçün sammitin əməkdaşlarına müraciət edin.
register-code-malformed = Bu, dəvət koduna oxşamır. Kod { $length } simvoldan — hərf və rəqəmlərdən ibarətdir, məsələn: { $example }.
register-already = Siz artıq { $name } kimi qeydiyyatdan keçmisiniz. Bu, Sizin adınız deyilsə, zəhmət olmasa, sammitin əməkdaşlarına bildirin.
role-name =
    { $role ->
        [head] Nümayəndə heyətinin rəhbəri
        [liaison] Əlaqələndirici
        [staff] Sammitin əməkdaşı
       *[member] Nümayəndə heyətinin üzvü
    }
greeting =
    { $name } — { $role_name }, { $delegation }
    { $event }
    { $dates }, { $venue }
greeting-staff =
    { $name } — { $role_name }
    { $event }
    { $dates }, { $venue }
event-dates = { DATE($starts) } – { DATE($ends) }
