## Proqram, nümayəndənin şəxsi gündəliyi, xatırlatmalar, səhər icmalı və dəyişiklik bildirişləri.
## Vaxt, "Sizin vaxtınız" kimi qeyd olunmayıbsa, sammit vaxtı ilə (tədbirin saat qurşağında) göstərilir.

agenda-register-first = Proqram və şəxsi gündəliyiniz qeydiyyatdan keçdikdən sonra açılır. Zəhmət olmasa, təşkilatçıların Sizə verdiyi dəvət kodunu mənə göndərin.
agenda-empty = Proqram hələ dərc olunmayıb. Zəhmət olmasa, bir qədər sonra yenidən baxın.
agenda-choose-day = 📅 Proqram — { $event }. Günü seçin və ya sessiyalara istiqamətlər üzrə baxın.
agenda-day-button = { DATE($day) }
agenda-by-track = 🗂 İstiqamətlər üzrə
agenda-now-button = ⏱ Hazırda və növbəti
agenda-venue-button = 📍 Məkan
agenda-back = « Geri
agenda-previous = ‹ Əvvəlki
agenda-next = Növbəti ›
agenda-refresh = 🔄 Yenilə
agenda-choose-kind = 🗂 İstiqaməti seçin.
agenda-day-title = 📅 { DATE($day) }
agenda-kind-title = 🗂 { $kind }
agenda-list-empty = Burada heç nə planlaşdırılmayıb.
agenda-page = Səhifə { $page } / { $pages }
agenda-line-day = { DATE($day) }
agenda-session-button = { TIME($start) } { $title }
agenda-now-title = ⏱ Hazırda və növbəti
agenda-now-heading = Hazırda:
agenda-now-none = Hazırda heç bir tədbir keçirilmir.
agenda-next-heading = Növbəti:
agenda-next-none = Başqa heç nə planlaşdırılmayıb.
venue-text = 📍 Sammitin keçirildiyi yer: { $venue }

session-times = { TIME($start) }–{ TIME($end) }
session-when = { DATE($day) }, { TIME($start) }–{ TIME($end) } (sammit vaxtı ilə)
session-when-today = { TIME($start) }–{ TIME($end) } (sammit vaxtı ilə)
session-home-time = { TIME($start) }–{ TIME($end) } Sizin vaxtınızla
session-cancelled = Bu sessiya ləğv edilib.
session-speakers = 🎤 Çıxış edənlər: { $names }
session-topics = 📌 Mövzular: { $topics }
session-language = 🗣 Sessiyanın dili: { $spoken }
session-language-interpreted = 🗣 Sessiyanın dili: { $spoken }; tərcümə dilləri: { $into }
session-for-everyone = 👥 Bütün nümayəndələr üçün: hamının gündəliyinə daxildir.
session-in-agenda = ⭐ Gündəliyinizdədir.
session-add = ⭐ Gündəliyimə əlavə et
session-remove = ✖ Gündəliyimdən çıxar
session-added = Gündəliyinizə əlavə edildi. Sessiyanın başlamasına { $minutes } dəqiqə qalmış Sizə xatırladacağam.
session-removed = Gündəliyinizdən çıxarıldı.
session-gone = Bu sessiya artıq proqramda yoxdur.

kind-name =
    { $kind ->
        [opening] Açılış
        [general-panel] Ümumi panel
        [economy] İqtisadiyyat və ticarət
        [transit] Tranzit və nəqliyyat dəhlizləri
        [environment] Xəzər dənizinin ekologiyası
        [expo] Sərgi
        [bilateral] İkitərəfli görüşlər
        [ceremony] Mərasim
        [social] Mədəni proqram
        [transport] Nümayəndələr üçün nəqliyyat
       *[other] { $kind }
    }

language-name =
    { $code ->
        [fa] fars dili
        [ru] rus dili
        [az] Azərbaycan dili
        [kk] qazax dili
        [tk] türkmən dili
        [en] ingilis dili
       *[other] { $code }
    }

my-title = ⭐ Gündəliyiniz
my-empty = Gündəliyiniz hələlik boşdur. Proqramı /agenda ilə açın və sessiyaları ⭐ düyməsi ilə əlavə edin.
my-day = 📅 { DATE($day) }
my-overlap = ⚠️ Vaxtı üst-üstə düşür: { $other }
my-calendar-button = 📥 Təqvim faylı kimi yüklə
my-calendar-caption = Gündəliyiniz təqvim faylı şəklində. Sessiyaları telefonunuzun təqviminə əlavə etmək üçün faylı açın; hər sessiya üçün başlamasına { $minutes } dəqiqə qalmış xəbərdarlıq qurulacaq.

settings-title =
    ⏰ Xatırlatmalar
    Gündəliyinizdəki hər sessiyanın başlamasına { $minutes } dəqiqə qalmış Sizə xatırladıram. Başqa vaxt seçə, həmçinin səhər icmalını və Sizin vaxtınızın göstərilməsini aktivləşdirə və ya söndürə bilərsiniz.
settings-lead = { $minutes } dəq.
settings-briefing-on = ☀️ Səhər icmalı: aktiv
settings-briefing-off = ☀️ Səhər icmalı: qeyri-aktiv
settings-home-on = 🏠 Sammit vaxtı ilə yanaşı Sizin vaxtınız: aktiv
settings-home-off = 🏠 Sammit vaxtı ilə yanaşı Sizin vaxtınız: qeyri-aktiv
settings-saved = Yadda saxlanıldı.

reminder-title = ⏰ { $minutes } dəqiqədən sonra: { $title }
briefing-title = ☀️ Sabahınız xeyir! Bugünkü proqramınız ({ DATE($day) }):

change-title = 📢 Proqramda dəyişiklik: { $title }
change-time = 🕘 { $old } → { $new }
change-room = 📍 { $old } → { $new }
change-cancelled = ❌ Ləğv edildi: { $title }
