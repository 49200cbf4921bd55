## Nümayəndə heyətləri arasında ikitərəfli görüşlər: sorğu, cavab, icmal, protokol xidmətinin işi.
## Vaxt sammit vaxtı ilə göstərilir.

country-name =
    { $code ->
        [IR] İran
        [RU] Rusiya
        [AZ] Azərbaycan
        [KZ] Qazaxıstan
        [TM] Türkmənistan
       *[other] { $code }
    }
meeting-topic-name =
    { $topic ->
        [economy] İqtisadiyyat və ticarət
        [transit] Tranzit və logistika
        [environment] Ekologiya
        [culture] Mədəniyyət və turizm
       *[other] Digər məsələlər
    }
meeting-title = 🤝 { $delegation } nümayəndə heyəti ilə görüş

meet-choose-country = 🤝 Başqa nümayəndə heyəti ilə görüş. Zəhmət olmasa, həmin nümayəndə heyətinin ölkəsini seçin.
meet-choose-delegation = Hansı nümayəndə heyəti ilə görüşmək istərdiniz?
meet-choose-topic = { $delegation } nümayəndə heyəti ilə hansı mövzunu müzakirə etmək istərdiniz?
meet-choose-slots = Nə vaxt görüşə bilərsiniz? Ən çoxu { $most } vaxt seçin (sammit vaxtı ilə), sonra “Hazırdır” düyməsini basın.
meet-chosen = Seçilmiş vaxtlar:
meet-slot = { DATE($day) }, { TIME($time) }
meet-day-button = { DATE($day) }
meet-slot-button = { TIME($time) }
meet-no-free-slots = Təəssüf ki, hər iki nümayəndə heyətinin boş olduğu vaxt qalmayıb.
meet-done-button = ✅ Hazırdır
meet-skip-button = Keç
meet-cancel-button = ✖ Ləğv et
meet-send-button = 📨 Sorğunu göndər
meet-write-note = Arzu etsəniz, digər nümayəndə heyəti üçün qısa qeyd yazın (ən çoxu { $most } simvol) və ya “Keç” düyməsini basın.
meet-write-reason = Arzu etsəniz, imtinanın səbəbini yazın (ən çoxu { $most } simvol) və ya “Keç” düyməsini basın.
meet-summary = Zəhmət olmasa, { $delegation } nümayəndə heyətinə göndəriləcək sorğunuzu yoxlayın:
meet-sent = 📨 Sorğunuz { $delegation } nümayəndə heyətinə göndərildi. Cavab gələn kimi Sizə xəbər verəcəyəm.
meet-sent-to-staff = 📨 { $delegation } nümayəndə heyəti ilə görüş sorğunuz protokol xidmətinə göndərildi; təsdiq edildikdən sonra nümayəndə heyətinə çatdırılacaq.
meet-counter-sent = 📨 Təklif etdiyiniz vaxtlar göndərildi. Cavab gələn kimi Sizə xəbər verəcəyəm.
meet-declined = Sorğudan imtina edildi; digər nümayəndə heyətinə bu barədə bildirildi.
meet-cancelled = Heç nə göndərilmədi.
meet-no-delegation = Görüşlər nümayəndə heyətləri arasında təşkil olunur, Siz isə heç bir nümayəndə heyətinin tərkibində qeyd olunmamısınız. Protokol xidməti Sizə kömək edə bilər.
meet-own-delegation = Bu, Sizin öz nümayəndə heyətinizdir.
meet-already-open = Nümayəndə heyətləriniz arasında bir sorğu artıq cavab gözləyir. Zəhmət olmasa, /meetings əmri ilə baxın.
meet-too-many = Nümayəndə heyətinizin cavab gözləyən sorğularının sayı artıq icazə verilən həddə çatıb. Zəhmət olmasa, əvvəlcə cavabları gözləyin (/meetings).
meet-too-many-slots = Ən çoxu { $most } vaxt təklif edə bilərsiniz.
meet-slots-gone = Bu vaxtlardan biri artıq boş deyil. Zəhmət olmasa, yenidən seçin.
meet-note-too-long = Zəhmət olmasa, ən azı 1, ən çoxu { $most } simvol yazın.

meeting-request = 🤝 { $delegation } nümayəndə heyəti Sizin nümayəndə heyətinizlə görüşmək arzusundadır.
meeting-counter = 🔁 { $delegation } nümayəndə heyəti görüşünüz üçün başqa vaxtlar təklif edir.
meeting-nudge = ⏳ { $delegation } nümayəndə heyətinin görüş sorğusu hələ də cavabınızı gözləyir.
meeting-topic = Mövzu: { $topic }
meeting-note = Qeyd: { $note }
meeting-slots = Təklif olunan vaxtlar (sammit vaxtı ilə):
meeting-expires = Zəhmət olmasa, { DATE($time) }, saat { TIME($time) }-dək cavab verin; bu vaxtdan sonra sorğunun müddəti bitir.
meeting-accept = ✅ { DATE($day) }, { TIME($time) }
meeting-counter-button = 🔁 Başqa vaxtlar
meeting-decline-button = ✖ İmtina et
meeting-confirmed = ✅ { $delegation } nümayəndə heyəti ilə görüşünüz təsdiqləndi.
meeting-room = 📍 { $delegation } nümayəndə heyəti ilə görüşünüz üçün zal ayrıldı.
meeting-moved = 🔁 { $delegation } nümayəndə heyəti ilə görüşünüz protokol xidməti tərəfindən başqa vaxta keçirildi.
meeting-cancelled = ❌ { $delegation } nümayəndə heyəti ilə görüşünüz { $name } tərəfindən ləğv edildi.
meeting-declined = { $delegation } nümayəndə heyəti görüş sorğunuzdan imtina etdi.
meeting-rejected = Protokol xidməti { $delegation } nümayəndə heyətinə göndərdiyiniz görüş sorğusunu təsdiq etmədi.
meeting-expired = ⌛ { $delegation } nümayəndə heyətinə göndərdiyiniz görüş sorğusunun müddəti cavab alınmadan bitdi.
meeting-reason = Səbəb: { $reason }
meeting-room-pending = Zal sonra elan ediləcək.
meeting-done = Yerinə yetirildi.
meeting-not-yours = Bu sorğuya başqa şəxs cavab verməlidir.
meeting-handled = Bu sorğuya artıq cavab verilib.
meeting-handled-by = { $name } bu sorğuya artıq cavab verib.
meeting-slot-taken = Bu vaxt indicə başqa görüş üçün tutuldu. Zəhmət olmasa, başqa vaxt seçin.

meetings-title = 🤝 Nümayəndə heyətinizin görüşləri
meetings-none = Nümayəndə heyətinizin hələ görüş sorğusu yoxdur. Görüş sorğusu göndərmək üçün /meet əmrindən istifadə edin.
meetings-sent = { $delegation } nümayəndə heyətinə
meetings-received = { $delegation } nümayəndə heyətindən
meetings-cancel-button = ✖ { $delegation } nümayəndə heyəti ilə görüşü ləğv et
meeting-status =
    { $status ->
        [awaiting_staff] protokol xidmətinin təsdiqini gözləyir
        [proposed] cavab gözləyir
        [confirmed] təsdiqlənib
        [declined] imtina edilib
        [rejected] təsdiqlənməyib
        [cancelled] ləğv edilib
       *[expired] müddəti bitib
    }

staff-meeting-request = 🛂 Görüş sorğusu: { $requester } → { $target }
staff-meeting-approve = ✅ Təsdiq et
staff-meeting-reject = ✖ Rədd et
staff-meeting-approved = ✅ { $name } tərəfindən təsdiqləndi; sorğu nümayəndə heyətinə göndərildi.
staff-meeting-reason = { $name }, zəhmət olmasa, rədd edilmənin səbəbini növbəti mesajınızla burada yazın.
staff-meeting-rejected = { $name } tərəfindən rədd edildi; sorğu göndərən nümayəndə heyətinə bu barədə bildirildi.
staff-meeting-confirmed = 🤝 Görüş #{ $id } təsdiqləndi: { $requester } – { $target }
staff-meeting-interpreter = 🗣 Tərcüməçi lazımdır: { $languages }
staff-meeting-choose-room = Zəhmət olmasa, zal seçin:
staff-meeting-room-assigned = 📍 Zal: { $room } — { $name } tərəfindən təyin edildi; hər iki nümayəndə heyətinə bildirildi.
staff-meeting-room-taken = Bu zal həmin vaxt tutulub. Zəhmət olmasa, başqa zal seçin.
staff-meeting-bad-time = Bu vaxt hər iki nümayəndə heyəti üçün boş görüş vaxtı deyil. Vaxt sammit vaxtı ilə HH:MM və ya YYYY-MM-DD HH:MM formatında yazılır və görüş cədvəlindəki vaxtlardan biri olmalıdır.
staff-meetings-title = 🤝 Görüşlər ({ DATE($day) }):
staff-meetings-none = { DATE($day) }: təsdiqlənmiş görüş yoxdur.
staff-meeting-done = Yerinə yetirildi: görüş #{ $id }. Hər iki nümayəndə heyətinə bildirildi.
staff-meeting-usage = Zəhmət olmasa, belə yazın: /meeting CODE1 CODE2 HH:MM və ya /meeting CODE1 CODE2 YYYY-MM-DD HH:MM (nümayəndə heyətlərinin kodları iştirakçılar siyahısında olduğu kimi).
staff-meeting-move-usage = Zəhmət olmasa, belə yazın: /meeting_move NUMBER HH:MM və ya /meeting_move NUMBER YYYY-MM-DD HH:MM.
staff-meeting-cancel-usage = Zəhmət olmasa, belə yazın: /meeting_cancel NUMBER.
staff-meeting-cancel-confirm = Görüş #{ $id } ({ $requester } – { $target }) ləğv edilsin? Hər iki nümayəndə heyətinə bildiriləcək.
staff-meeting-cancel-yes = Bəli, görüşü ləğv et
staff-meeting-cancelled = ❌ Görüş #{ $id } { $name } tərəfindən ləğv edildi; hər iki nümayəndə heyətinə bildirildi.
