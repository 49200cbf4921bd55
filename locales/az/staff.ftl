## Commands in the private staff group.

staff-help =
    Əməkdaşlar üçün əmrlər (yalnız bu qrupda işləyir):
    /sessions — hər sessiyanın açarı göstərilməklə proqram
    /move KEY HH:MM — sessiyanı eyni gün ərzində başqa vaxta keçirmək (və ya /move KEY YYYY-MM-DD HH:MM), sammit vaxtı ilə
    /room KEY yeni zal — sessiyanın zalını dəyişmək
    /cancel KEY — sessiyanı ləğv etmək
    Hər dəyişiklik əvvəlcə göstərilir; o, yalnız Siz təsdiq etdikdən sonra tətbiq olunur və aidiyyəti nümayəndələrə bildirilir.
    /meetings — bugünkü ikitərəfli görüşlər, zallar və tərcüməçilər
    /meeting CODE1 CODE2 HH:MM — iki nümayəndə heyəti arasında görüş təyin etmək
    /meeting_move NUMBER HH:MM — görüşü başqa vaxta keçirmək
    /meeting_cancel NUMBER — görüşü ləğv etmək
    /broadcast ALICILAR — hər nümayəndənin öz dilində oxuyacağı elan
    /stats — qeydiyyatlar, dəvətlər, görüşlər, elanlar
    /audit — əməkdaşların son əməliyyatları
    /delegates TEXT — nümayəndələri axtarmaq və onların qeydiyyatının hansı mərhələdə olduğunu görmək
    /invite REF — nümayəndə üçün yeni dəvət kodu və keçidlər
    /invite_revoke REF — nümayəndənin istifadə olunmamış dəvətini ləğv etmək
    /export delegates, /export meetings, /export broadcasts — CSV və elektron cədvəl faylları
    /help — bu siyahı
staff-command-help = Əməkdaşlar üçün əmrlər
staff-command-sessions = Sessiya açarları ilə proqram
staff-command-move = Sessiyanın vaxtını dəyişmək
staff-command-room = Sessiyanın zalını dəyişmək
staff-command-cancel = Sessiyanı ləğv etmək
staff-command-meetings = Bugünkü ikitərəfli görüşlər
staff-command-meeting = İki nümayəndə heyəti arasında görüş təyin etmək
staff-command-meeting-move = Görüşün vaxtını dəyişmək
staff-command-meeting-cancel = Görüşü ləğv etmək
staff-command-broadcast = Elan göndərmək
staff-command-stats = Statistika
staff-command-audit = Əməkdaşların son əməliyyatları
staff-command-delegates = Nümayəndələri axtarmaq
staff-command-invite = Nümayəndə üçün yeni dəvət
staff-command-invite-revoke = Dəvəti ləğv etmək
staff-command-export = Siyahıları fayl kimi ixrac etmək
staff-sessions-title = Proqram (açar · vaxt · ad · zal):
staff-move-usage = Zəhmət olmasa, belə yazın: /move KEY HH:MM və ya /move KEY YYYY-MM-DD HH:MM (sammit vaxtı ilə). Açarların siyahısı: /sessions.
staff-room-usage = Zəhmət olmasa, belə yazın: /room KEY yeni zal. Açarların siyahısı: /sessions.
staff-cancel-usage = Zəhmət olmasa, belə yazın: /cancel KEY. Açarların siyahısı: /sessions.
staff-session-unknown = “{ $key }” açarı ilə sessiya yoxdur. Açarların siyahısı: /sessions.
staff-session-cancelled = Bu sessiya artıq ləğv edilib.
staff-no-change = Proqramda artıq belədir; dəyişiləcək heç nə yoxdur.
staff-time-invalid = “{ $text }” ifadəsini vaxt kimi başa düşə bilmirəm. Zəhmət olmasa, HH:MM və ya YYYY-MM-DD HH:MM formatında, sammit vaxtı ilə yazın.
staff-room-too-long = Zalın adı ən çoxu { $max } simvoldan ibarət ola bilər.
staff-confirm-title = Zəhmət olmasa, bu dəyişikliyi yoxlayın. Hələ heç nə dəyişməyib.
staff-confirm-audience = { $count ->
        [one] Bir nümayəndəyə bildiriləcək.
       *[other] { $count } nümayəndəyə bildiriləcək.
    }
staff-confirm-button = ✅ Təsdiq et
staff-discard-button = ✖ İmtina et
staff-change-applied = ✅ Təsdiqləndi. { $count ->
        [one] Bir nümayəndəyə
       *[other] { $count } nümayəndəyə
    } { $minutes } dəqiqədən sonra bildiriləcək; o vaxta qədər bu sessiyaya edilən sonrakı dəyişikliklər həmin bildirişə daxil ediləcək.
staff-change-discarded = İmtina edildi; heç nə dəyişməyib.
staff-change-not-yours = Bu dəyişikliyi yalnız onu təklif etmiş əməkdaş təsdiq edə və ya ondan imtina edə bilər.
staff-change-decided = Bu dəyişiklik artıq təsdiq edilib və ya ondan imtina olunub.
staff-change-outdated = Bu dəyişiklik təklif olunduqdan sonra sessiya dəyişib, buna görə heç nə edilmədi. Zəhmət olmasa, dəyişikliyi yenidən təklif edin.
