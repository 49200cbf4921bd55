## Maksatnama, wekiliň öz gün tertibi, ýatlatmalar, ertirki gysgaça maglumat we üýtgeşmeler barada habarlar.
## Wagtlar, öz ýeriňiziň wagty diýlip bellenmedik bolsa, sammitiň wagty (çäräniň sagat guşagy) bilen görkezilýär.

agenda-register-first = Maksatnama we Siziň gün tertibiňiz hasaba alnanyňyzdan soň açylar. Haýyş edýäris, guramaçylaryň Size beren çakylyk koduny iberiň.
agenda-empty = Maksatnama entek yglan edilmedi. Haýyş edýäris, soňrak ýene bir gezek serediň.
agenda-choose-day = 📅 Maksatnama: { $event }. Günlerden birini saýlaň ýa-da mejlisleri ugurlar boýunça görüň.
agenda-day-button = { DATE($day) }
agenda-by-track = 🗂 Ugurlar boýunça
agenda-now-button = ⏱ Häzir we indiki
agenda-venue-button = 📍 Geçirilýän ýeri
agenda-back = « Yza
agenda-previous = ‹ Öňki
agenda-next = Indiki ›
agenda-refresh = 🔄 Täzelemek
agenda-choose-kind = 🗂 Ugry saýlaň.
agenda-day-title = 📅 { DATE($day) }
agenda-kind-title = 🗂 { $kind }
agenda-list-empty = Bu bölümde hiç zat meýilleşdirilmändir.
agenda-page = Sahypa: { $page } / { $pages }
agenda-line-day = { DATE($day) }
agenda-session-button = { TIME($start) } { $title }
agenda-now-title = ⏱ Häzir we indiki
agenda-now-heading = Häzir:
agenda-now-none = Häzirki wagtda hiç zat geçirilmeýär.
agenda-next-heading = Indiki:
agenda-next-none = Başga hiç zat meýilleşdirilmändir.
venue-text = 📍 Sammitiň geçirilýän ýeri: { $venue }

session-times = { TIME($start) }–{ TIME($end) }
session-when = { DATE($day) }, { TIME($start) }–{ TIME($end) } (sammitiň wagty bilen)
session-when-today = { TIME($start) }–{ TIME($end) } (sammitiň wagty bilen)
session-home-time = { TIME($start) }–{ TIME($end) } öz ýeriňiziň wagty bilen
session-cancelled = Bu mejlis ýatyryldy.
session-speakers = 🎤 Çykyş edýänler: { $names }
session-topics = 📌 Temalar: { $topics }
session-language = 🗣 Mejlisiň dili: { $spoken }
session-language-interpreted = 🗣 Mejlisiň dili: { $spoken }; dilmaç terjimesi: { $into }
session-for-everyone = 👥 Ähli wekiller üçin: bu mejlis hemmeleriň gün tertibine girizildi.
session-in-agenda = ⭐ Siziň gün tertibiňizde.
session-add = ⭐ Gün tertibime goşmak
session-remove = ✖ Gün tertibimden aýyrmak
session-added = Siziň gün tertibiňize goşuldy. Mejlis başlamazyndan { $minutes } minut öň Size ýatladaryn.
session-removed = Siziň gün tertibiňizden aýryldy.
session-gone = Bu mejlis indi maksatnamada ýok.

kind-name =
    { $kind ->
        [opening] Açylyş
        [general-panel] Umumy panel mejlisi
        [economy] Ykdysadyýet we söwda
        [transit] Üstaşyr we ulag geçelgeleri
        [environment] Hazar deňziniň daşky gurşawy
        [expo] Sergi
        [bilateral] Ikitaraplaýyn duşuşyklar
        [ceremony] Dabara
        [social] Medeni maksatnama
        [transport] Wekiller üçin ulag
       *[other] { $kind }
    }

language-name =
    { $code ->
        [fa] pars dili
        [ru] rus dili
        [az] azerbaýjan dili
        [kk] gazak dili
        [tk] türkmen dili
        [en] iňlis dili
       *[other] { $code }
    }

my-title = ⭐ Siziň gün tertibiňiz
my-empty = Siziň gün tertibiňiz häzirlikçe boş. Maksatnamany /agenda arkaly açyň we mejlisleri ⭐ düwmesi bilen goşuň.
my-day = 📅 { DATE($day) }
my-overlap = ⚠️ Wagty gabat gelýär: { $other }
my-calendar-button = 📥 Senenama faýlyny göçürip almak
my-calendar-caption = Siziň gün tertibiňiz senenama faýly görnüşinde. Mejlisleri telefonyňyzyň senenamasyna goşmak üçin faýly açyň; her mejlis üçin başlamazyndan { $minutes } minut öň duýduryş berler.

settings-title =
    ⏰ Ýatlatmalar
    Gün tertibiňizdäki her mejlis başlamazyndan { $minutes } minut öň Size ýatladýaryn. Başga wagty saýlaň ýa-da ertirki gysgaça maglumaty we öz ýeriňiziň wagtyny goşuň ýa-da öçüriň.
settings-lead = { $minutes } minut
settings-briefing-on = ☀️ Ertirki gysgaça maglumat: goşulan
settings-briefing-off = ☀️ Ertirki gysgaça maglumat: öçürilen
settings-home-on = 🏠 Sammitiň wagtynyň ýanynda öz ýeriňiziň wagty: goşulan
settings-home-off = 🏠 Sammitiň wagtynyň ýanynda öz ýeriňiziň wagty: öçürilen
settings-saved = Ýatda saklandy.

reminder-title = ⏰ { $minutes } minutdan soň: { $title }
briefing-title = ☀️ Ertiriňiz haýyrly bolsun! { DATE($day) } güni üçin maksatnamaňyz:

change-title = 📢 Maksatnamadaky üýtgeşme: { $title }
change-time = 🕘 { $old } → { $new }
change-room = 📍 { $old } → { $new }
change-cancelled = ❌ Ýatyryldy: { $title }
