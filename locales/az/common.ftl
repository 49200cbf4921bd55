## Shared by every feature: errors, unknown input, help.

error-apology = Bağışlayın, bizim tərəfdə xəta baş verdi. Zəhmət olmasa, bir qədər sonra yenidən cəhd edin.
unknown-command = Bu əmri tanımıram. İmkanlarımla tanış olmaq üçün /help göndərin.
unknown-text = Mesajınızı başa düşmədim. Zəhmət olmasa, menyu düymələrindən istifadə edin və ya /help göndərin.
stale-button = Bu düymə artıq etibarlı deyil. Cari menyu aşağıdadır.
help-delegate =
    İmkanlarım:
    /start — əsas menyu
    /agenda — proqram, günlər və ya istiqamətlər üzrə
    /my — şəxsi gündəliyiniz və onun təqvim faylı
    /now — hazırda və növbəti nə keçirilir
    /venue — sammitin keçirildiyi yer
    /settings — xatırlatmalar: nə qədər əvvəl, səhər icmalı, Sizin vaxtınız
    /meet — başqa nümayəndə heyətinə görüş sorğusu göndərmək
    /meetings — nümayəndə heyətinizin görüş sorğuları və görüşləri
    /language — dili dəyişmək
    /help — bu siyahı
help-unregistered =
    Mən sammit nümayəndələrinin köməkçisiyəm.
    Qeydiyyatdan keçmək üçün təşkilatçıların Sizə verdiyi dəvət kodunu mənə göndərin və ya dəvət keçidini açın.
    /language — dili dəyişmək
    /help — bu siyahı
