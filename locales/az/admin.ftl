## Nümayəndələr və onların dəvətləri ilə iş, həmçinin siyahıların ixracı (əməkdaşlar üçün).

admin-delegates-usage = Zəhmət olmasa, adın bir hissəsini, identifikatoru və ya nümayəndə heyətinin kodunu yazın: /delegates gilan
admin-delegates-none = “{ $text }” sorğusuna uyğun gələn nümayəndə yoxdur.
admin-delegates-title = Tapılan nümayəndələr: { $count }
admin-invitation-status =
    { $status ->
        [pending] dəvətdən hələ istifadə olunmayıb
        [used] dəvətdən istifadə olunub
        [expired] dəvətin qüvvədə olma müddəti bitib
        [revoked] dəvət ləğv edilib
       *[none] dəvət yoxdur
    }
admin-invite-usage = Zəhmət olmasa, nümayəndənin identifikatorunu yazın: /invite gilan-01 (identifikatorlar: /delegates).
admin-no-delegate = “{ $ref }” identifikatoru ilə nümayəndə yoxdur. Nümayəndələri /delegates əmri ilə tapa bilərsiniz.
admin-invite =
    Yeni dəvət: { $name }. Əvvəlki istifadə olunmamış dəvətlər artıq qüvvədə deyil.
    Kod: { $code }
    { $links }
admin-revoke-usage = Zəhmət olmasa, nümayəndənin identifikatorunu yazın: /invite_revoke gilan-01
admin-revoke-confirm = İstifadə olunmamış dəvətlər ləğv edilsin? Nümayəndə: { $name }. Həmin dəvətlərin kodu artıq işləməyəcək.
admin-revoke-yes = Bəli, ləğv et
admin-revoked = Ləğv edilən dəvətlər: { $count }.
admin-export-usage = Zəhmət olmasa, nəyi ixrac etmək istədiyinizi seçin: /export { $kinds }
admin-export = Siyahı: { $kind } — { $count } sətir, CSV faylı və elektron cədvəl şəklində.
admin-list-name =
    { $kind ->
        [delegates] nümayəndələr
        [meetings] görüşlər
       *[broadcasts] elanlar üzrə hesabatlar
    }
