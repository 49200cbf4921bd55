## Əməkdaşlar qrupundan göndərilən elanlar, elan şablonları, əməliyyatlar jurnalı və statistika.

broadcast-no-audience = Kimə göndərilsin? /broadcast everyone yazın və ya alıcıları country=, delegation=, role=, language=, platform=, session= vasitəsilə seçin (bir neçə dəyər vergüllə ayrılır); elanı daha sonra göndərmək üçün at=HH:MM əlavə edin. Məsələn: /broadcast country=AZ,KZ role=head
broadcast-unknown-key = “{ $key }” parametrini tanımıram. Bunlardan birini seçin: { $keys }.
broadcast-unknown-value = { $key } üçün “{ $value }” dəyəri yoxdur. Mövcud dəyərlər: { $values }.
broadcast-bad-time = “{ $text }” ifadəsini vaxt kimi başa düşə bilmirəm. Zəhmət olmasa, HH:MM və ya YYYY-MM-DD HH:MM formatında, sammit vaxtı ilə yazın.
broadcast-nobody = Qeydiyyatdan keçmiş şəxslər arasında bu alıcı meyarlarına uyğun gələn heç kim yoxdur, buna görə elan heç kimə göndərilməyəcək.
broadcast-empty = Mətn boşdur. Zəhmət olmasa, göndəriləcək mətni yazın.
broadcast-too-long = { $language } mətni { $length } simvoldan ibarətdir; bir mesaj ən çoxu { $limit } simvoldan ibarət ola bilər.
broadcast-unknown-template = Şablonlar: { $names }. Məsələn: template transport time=08:30 place=Ənzəli Azad Zonası
broadcast-missing-field = { $template } şablonu üçün bunlar lazımdır: { $fields }
broadcast-not-yours = Bu elanı yalnız onu hazırlamış əməkdaş göndərə bilər: { $name }.
broadcast-handled = Bu elan artıq göndərilib, ləğv edilib və ya geri götürülüb.
broadcast-reach = 📣 Alıcı çatların sayı: { $count }. Messencerlər: { $platforms }. Dillər: { $languages }.
broadcast-at = Göndərilmə vaxtı: { DATE($time) }, { TIME($time) } (sammit vaxtı ilə).
broadcast-ask-text =
    İndi mətni növbəti mesajınızla burada göndərin. Ya hamı üçün bir mətn, ya da hər dil üçün ayrıca bölmə; hər bölmə həmin dilin kodu ilə başlayır:
    fa: …
    ru: …
    { "*" }: … (bütün digər dillər üçün)
    Və ya hər dildə tərtib ediləcək şablon: template transport time=08:30 place=…
broadcast-coverage = Kim hansı mətni oxuyacaq:
broadcast-own-text = { $language }: həmin dil üçün yazılmış mətn
broadcast-fallback = { $language }: { $source } üçün yazılmış mətn
broadcast-default-text = hamı
broadcast-send-button = 📣 Göndər
broadcast-cancel-button = ✖ Ləğv et
broadcast-edit-button = ✏️ Düzəliş et
broadcast-retract-button = 🗑 Geri götür
broadcast-retract-confirm = Bu elan çatdırıldığı bütün çatlardan silinsin? Bu əməliyyatı geri qaytarmaq mümkün olmayacaq.
broadcast-retract-yes = 🗑 Bəli, geri götür
broadcast-retract-queued = Elan geri götürülür: { $count } mesaj silinəcək.
broadcast-ask-edit = Düzəldilmiş mətni növbəti mesajınızla burada göndərin (bir mətn və ya hər dil üçün ayrıca bölmə).
broadcast-edit-queued = Düzəliş edilir: { $count } mesaj dəyişdiriləcək.
broadcast-cancelled = Ləğv edildi; başqa heç nə göndərilməyəcək.
broadcast-progress =
    📣 Elan #{ $id }: göndərilir
    { $bar }
    Göndərilib: { $sent } · çatdırılmayıb: { $failed } · gözləyir: { $pending } · cəmi: { $total }
broadcast-report = 📣 Elan #{ $id } üzrə göndəriş başa çatdı (cəmi çat: { $total }):
broadcast-report-platform = { $platform }: çatdırılıb: { $sent }, botu bloklayıb: { $blocked }, xəta: { $failed }, ləğv edilib: { $cancelled }

template-transport = 🚌 { $place } istiqamətinə gedən avtobusun yola düşmə vaxtı: { TIME($time) }. Zəhmət olmasa, yola düşmədən bir neçə dəqiqə əvvəl mehmanxananın girişində olun.
template-moved = 🕘 “{ $title }” başqa vaxta keçirildi: { TIME($time) } (sammit vaxtı ilə).
template-room = 📍 “{ $title }” artıq başqa yerdə keçirilir: { $room }
template-cancelled = ❌ “{ $title }” ləğv edildi.
template-notice = 📢 Təşkilatçıların məlumatı: { $text }

audit-title = 🗒 Əməkdaşların əməliyyatları (ən sonuncular əvvəldə):
audit-empty = Əməkdaşların hələ heç bir əməliyyatı qeydə alınmayıb.
audit-line = { DATE($day) }, { TIME($time) } · { $name } · { $action } · { $detail }

stats-registered = 👥 Qeydiyyatdan keçənlər: { $count } (mesaj göndərilə bilənlər: { $reachable }, botu bloklayanlar: { $blocked })
stats-by-platform = Messencerlər: { $counts }
stats-by-language = Dillər: { $counts }
stats-by-delegation = Nümayəndə heyətləri: { $counts }
stats-invitations = İstifadə olunmamış dəvətlər: { $count }
stats-meetings = Görüşlər: { $counts }
stats-broadcast = Elan #{ $id }: cəmi { $total } alıcıdan { $sent } alıcıya çatdırılıb
