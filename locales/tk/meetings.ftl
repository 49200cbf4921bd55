## Wekiliýetleriň arasyndaky ikitaraplaýyn duşuşyklar: haýyş etmek, jogap bermek, umumy sanaw, işgärleriň tarapy.
## Wagtlar sammitiň wagty bilen görkezilýär.

country-name =
    { $code ->
        [IR] Eýran
        [RU] Russiýa
        [AZ] Azerbaýjan
        [KZ] Gazagystan
        [TM] Türkmenistan
       *[other] { $code }
    }
meeting-topic-name =
    { $topic ->
        [economy] Ykdysadyýet we söwda
        [transit] Üstaşyr ulag we logistika
        [environment] Daşky gurşaw
        [culture] Medeniýet we syýahatçylyk
       *[other] Beýleki meseleler
    }
meeting-title = 🤝 { $delegation } wekiliýeti bilen duşuşyk

meet-choose-country = 🤝 Başga bir wekiliýet bilen duşuşyk. Bu wekiliýet haýsy ýurtdan?
meet-choose-delegation = Haýsy wekiliýet bilen duşuşmak isleýärsiňiz?
meet-choose-topic = { $delegation } wekiliýeti bilen haýsy meseläni ara alyp maslahatlaşmak isleýärsiňiz?
meet-choose-slots = Haçan duşuşyp bilersiňiz? Iň köp { $most } wagt saýlaň (sammitiň wagty bilen), soňra “Taýýar” düwmesine basyň.
meet-chosen = Saýlanan wagtlar:
meet-slot = { DATE($day) }, { TIME($time) }
meet-day-button = { DATE($day) }
meet-slot-button = { TIME($time) }
meet-no-free-slots = Iki wekiliýetiň hem bir wagtda boş bolýan wagty galmady.
meet-done-button = ✅ Taýýar
meet-skip-button = Geçmek
meet-cancel-button = ✖ Ýatyrmak
meet-send-button = 📨 Haýyşy ibermek
meet-write-note = Isleseňiz, beýleki wekiliýet üçin gysgaça bellik ýazyň (iň köp { $most } nyşan) ýa-da “Geçmek” düwmesine basyň.
meet-write-reason = Isleseňiz, ret etmegiňiziň sebäbini ýazyň (iň köp { $most } nyşan) ýa-da “Geçmek” düwmesine basyň.
meet-summary = { $delegation } wekiliýetine iberjek haýyşyňyzy barlap görüň:
meet-sent = 📨 Haýyşyňyz { $delegation } wekiliýetine iberildi. Olar jogap beren badyna Size habar bererin.
meet-sent-to-staff = 📨 { $delegation } wekiliýetine niýetlenen haýyşyňyz protokol gullugyna iberildi; ol tassyklanandan soň wekiliýete ýetiriler.
meet-counter-sent = 📨 Teklip eden wagtlaryňyz iberildi. Olar jogap beren badyna Size habar bererin.
meet-declined = Haýyş ret edildi we bu barada beýleki wekiliýete habar berildi.
meet-cancelled = Hiç zat iberilmedi.
meet-no-delegation = Duşuşyklar wekiliýetleriň arasynda guralýar, emma Siziň adyňyz hiç bir wekiliýetiň düzüminde ýok. Protokol gullugy Size kömek edip biler.
meet-own-delegation = Bu Siziň öz wekiliýetiňiz.
meet-already-open = Siziň wekiliýetiňiz bilen bu wekiliýetiň arasynda jogaba garaşýan haýyş eýýäm bar. Ony /meetings arkaly görüp bilersiňiz.
meet-too-many = Wekiliýetiňiziň jogaba garaşýan haýyşlarynyň sany rugsat berlen çäge ýetdi. Haýyş edýäris, ilki jogaplaryň gelmegine garaşyň (/meetings arkaly görüp bilersiňiz).
meet-too-many-slots = Iň köp { $most } wagt teklip edip bilersiňiz.
meet-slots-gone = Bu wagtlaryň biri indi boş däl. Haýyş edýäris, täzeden saýlaň.
meet-note-too-long = Haýyş edýäris, azyndan 1, iň köp { $most } nyşan ýazyň.

meeting-request = 🤝 { $delegation } wekiliýeti Siziň wekiliýetiňiz bilen duşuşmak isleýär.
meeting-counter = 🔁 { $delegation } wekiliýeti duşuşygyňyz üçin başga wagtlary teklip edýär.
meeting-nudge = ⏳ { $delegation } wekiliýetinden gelen duşuşyk baradaky haýyş entek Siziň jogabyňyza garaşýar.
meeting-topic = Tema: { $topic }
meeting-note = Bellik: { $note }
meeting-slots = Teklip edilýän wagtlar (sammitiň wagty bilen):
meeting-expires = Haýyş edýäris, wagtynda jogap beriň: jogap bermegiň soňky möhleti { DATE($time) }, { TIME($time) }, ondan soň haýyşyň möhleti geçer.
meeting-accept = ✅ { DATE($day) }, { TIME($time) }
meeting-counter-button = 🔁 Başga wagtlar
meeting-decline-button = ✖ Ret etmek
meeting-confirmed = ✅ { $delegation } wekiliýeti bilen duşuşygyňyz tassyklandy.
meeting-room = 📍 { $delegation } wekiliýeti bilen duşuşygyňyz üçin otag bellenildi.
meeting-moved = 🔁 { $delegation } wekiliýeti bilen duşuşygyňyz protokol gullugy tarapyndan başga wagta geçirildi.
meeting-cancelled = ❌ { $delegation } wekiliýeti bilen duşuşygyňyz { $name } tarapyndan ýatyryldy.
meeting-declined = { $delegation } wekiliýeti Siziň duşuşyk baradaky haýyşyňyzy ret etdi.
meeting-rejected = Protokol gullugy { $delegation } wekiliýetine iberen duşuşyk baradaky haýyşyňyzy tassyklamady.
meeting-expired = ⌛ { $delegation } wekiliýetine iberen duşuşyk baradaky haýyşyňyza jogap berilmedi we onuň möhleti geçdi.
meeting-reason = Sebäbi: { $reason }
meeting-room-pending = Otag barada soňra habar berler.
meeting-done = Taýýar.
meeting-not-yours = Bu haýyşa başga bir adam jogap bermeli.
meeting-handled = Bu haýyşa eýýäm jogap berildi.
meeting-handled-by = { $name } bu haýyşa eýýäm jogap berdi.
meeting-slot-taken = Bu wagt ýaňy başga bir duşuşyk üçin eýelendi. Haýyş edýäris, başga wagt saýlaň.

meetings-title = 🤝 Wekiliýetiňiziň duşuşyklary
meetings-none = Wekiliýetiňiziň entek duşuşyk baradaky haýyşlary ýok. Duşuşyk barada haýyş ibermek üçin /meet iberiň.
meetings-sent = { $delegation } wekiliýetine
meetings-received = { $delegation } wekiliýetinden
meetings-cancel-button = ✖ { $delegation } wekiliýeti bilen duşuşygy ýatyrmak
meeting-status =
    { $status ->
        [awaiting_staff] protokol gullugynyň garamagynda
        [proposed] jogaba garaşýar
        [confirmed] tassyklandy
        [declined] ret edildi
        [rejected] tassyklanmady
        [cancelled] ýatyryldy
       *[expired] möhleti geçdi
    }

staff-meeting-request = 🛂 Duşuşyk baradaky haýyş: { $requester } → { $target }
staff-meeting-approve = ✅ Tassyklamak
staff-meeting-reject = ✖ Ret etmek
staff-meeting-approved = ✅ { $name } tarapyndan tassyklandy; haýyş wekiliýete iberildi.
staff-meeting-reason = { $name }, haýyş edýäris, ret etmegiň sebäbini şu ýerde indiki habaryňyzda ýazyň.
staff-meeting-rejected = { $name } tarapyndan ret edildi; haýyşy iberen wekiliýete habar berildi.
staff-meeting-confirmed = 🤝 Duşuşyk #{ $id } tassyklandy: { $requester } – { $target }
staff-meeting-interpreter = 🗣 Dilmaç gerek: { $languages }
staff-meeting-choose-room = Haýyş edýäris, otag saýlaň:
staff-meeting-room-assigned = 📍 { $name } otag belledi: { $room }; iki wekiliýete hem habar berildi.
staff-meeting-room-taken = Bu otag şol wagtda eýýäm eýelenen. Haýyş edýäris, başga otag saýlaň.
staff-meeting-bad-time = Bu wagt iki wekiliýet üçin hem boş duşuşyk wagty däl. Wagty sammitiň wagty bilen HH:MM ýa-da YYYY-MM-DD HH:MM görnüşinde ýazyň; ol duşuşyklar üçin bellenen wagt tertibine gabat gelmeli.
staff-meetings-title = 🤝 { DATE($day) } güni geçiriljek duşuşyklar:
staff-meetings-none = { DATE($day) } güni üçin tassyklanan duşuşyk ýok.
staff-meeting-done = Taýýar: duşuşyk #{ $id }. Iki wekiliýete hem habar berildi.
staff-meeting-usage = Haýyş edýäris, şeýle ýazyň: /meeting CODE1 CODE2 HH:MM ýa-da /meeting CODE1 CODE2 YYYY-MM-DD HH:MM (wekiliýetleriň kodlary wekiliýetleriň sanawyndaky ýaly).
staff-meeting-move-usage = Haýyş edýäris, şeýle ýazyň: /meeting_move NUMBER HH:MM ýa-da /meeting_move NUMBER YYYY-MM-DD HH:MM.
staff-meeting-cancel-usage = Haýyş edýäris, şeýle ýazyň: /meeting_cancel NUMBER.
staff-meeting-cancel-confirm = Duşuşyk #{ $id } ({ $requester } – { $target }) ýatyrylsynmy? Iki wekiliýete hem habar berler.
staff-meeting-cancel-yes = Hawa, duşuşygy ýatyrmak
staff-meeting-cancelled = ❌ Duşuşyk #{ $id } { $name } tarapyndan ýatyryldy; iki wekiliýete hem habar berildi.
