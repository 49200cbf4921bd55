## Wekillere we olaryň çakylyklaryna seredýän işgärler, sanawlary faýl görnüşinde almak.

admin-delegates-usage = Haýyş edýäris, adyň bir bölegini, wekiliň belgisini ýa-da wekiliýetiň kodyny ýazyň: /delegates gilan
admin-delegates-none = “{ $text }” ýazgysyna gabat gelýän wekil ýok.
admin-delegates-title = Tapylan wekiller: { $count }
admin-invitation-status =
    { $status ->
        [pending] çakylyk entek ulanylmady
        [used] çakylyk ulanyldy
        [expired] çakylygyň möhleti geçdi
        [revoked] çakylyk ýatyryldy
       *[none] çakylyk ýok
    }
admin-invite-usage = Haýyş edýäris, wekiliň belgisini ýazyň: /invite gilan-01 (belgileri /delegates arkaly tapyp bilersiňiz).
admin-no-delegate = “{ $ref }” belgili wekil ýok. Wekilleri /delegates arkaly tapyp bilersiňiz.
admin-invite =
    Täze çakylyk; wekil: { $name }. Öňki ulanylmadyk çakylyklar indi işlemeýär.
    Kod: { $code }
    { $links }
admin-revoke-usage = Haýyş edýäris, wekiliň belgisini ýazyň: /invite_revoke gilan-01
admin-revoke-confirm = Wekiliň ulanylmadyk çakylyklaryny ýatyrmalymy? Wekil: { $name }. Çakylyk kody mundan beýläk işlemez.
admin-revoke-yes = Hawa, ýatyrmak
admin-revoked = Ýatyrylan çakylyklar: { $count }.
admin-export-usage = Haýyş edýäris, haýsy sanawy faýl görnüşinde almalydygyny saýlaň: /export { $kinds }
admin-export = Sanaw: { $kind }; setirleriň sany: { $count }. CSV we elektron tablisa görnüşinde.
admin-list-name =
    { $kind ->
        [delegates] wekiller
        [meetings] duşuşyklar
       *[broadcasts] bildirişler boýunça hasabatlar
    }
