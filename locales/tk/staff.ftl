## Işgärleriň ýapyk toparyndaky buýruklar.

staff-help =
    Işgärler üçin buýruklar (olar diňe şu toparda işleýär):
    /sessions — her mejlisiň açary görkezilen maksatnama
    /move KEY HH:MM — mejlisi şol günüň içinde başga wagta geçirmek (ýa-da /move KEY YYYY-MM-DD HH:MM), sammitiň wagty bilen
    /room KEY täze otag — mejlisiň otagyny üýtgetmek
    /cancel KEY — mejlisi ýatyrmak
    Her üýtgeşme ilki Size görkezilýär; ol diňe Siz tassyklanyňyzdan soň girizilýär we degişli wekillere habar berilýär.
    /meetings — şu günki ikitaraplaýyn duşuşyklar, otaglar we dilmaçlar
    /meeting CODE1 CODE2 HH:MM — iki wekiliýetiň arasynda duşuşyk guramak
    /meeting_move NUMBER HH:MM — duşuşygy başga wagta geçirmek
    /meeting_cancel NUMBER — duşuşygy ýatyrmak
    /broadcast ALYJYLAR — her wekiliň öz dilinde okajak bildirişi
    /stats — hasaba alyşlar, çakylyklar, duşuşyklar, bildirişler
    /audit — işgärleriň iň soňky hereketleri
    /delegates TEXT — wekilleri tapmak we olaryň hasaba alynyşynyň haýsy tapgyrdadygyny görmek
    /invite REF — wekil üçin täze çakylyk kody we salgylanmalar
    /invite_revoke REF — wekiliň ulanylmadyk çakylygyny ýatyrmak
    /export delegates, /export meetings, /export broadcasts — CSV we elektron tablisa faýllary
    /help — şu sanaw
staff-command-help = Işgärler üçin buýruklar
staff-command-sessions = Mejlisleriň açarlary görkezilen maksatnama
staff-command-move = Mejlisi başga wagta geçirmek
staff-command-room = Mejlisiň otagyny üýtgetmek
staff-command-cancel = Mejlisi ýatyrmak
staff-command-meetings = Şu günki ikitaraplaýyn duşuşyklar
staff-command-meeting = Iki wekiliýetiň arasynda duşuşyk guramak
staff-command-meeting-move = Duşuşygy başga wagta geçirmek
staff-command-meeting-cancel = Duşuşygy ýatyrmak
staff-command-broadcast = Bildiriş ibermek
staff-command-stats = San görkezijileri
staff-command-audit = Işgärleriň iň soňky hereketleri
staff-command-delegates = Wekilleri tapmak
staff-command-invite = Wekil üçin täze çakylyk
staff-command-invite-revoke = Çakylygy ýatyrmak
staff-command-export = Sanawlary faýl görnüşinde almak
staff-sessions-title = Maksatnama (açar · wagt · ady · otag):
staff-move-usage = Haýyş edýäris, şeýle ýazyň: /move KEY HH:MM ýa-da /move KEY YYYY-MM-DD HH:MM (sammitiň wagty bilen). Açarlaryň sanawy: /sessions.
staff-room-usage = Haýyş edýäris, şeýle ýazyň: /room KEY täze otag. Açarlaryň sanawy: /sessions.
staff-cancel-usage = Haýyş edýäris, şeýle ýazyň: /cancel KEY. Açarlaryň sanawy: /sessions.
staff-session-unknown = “{ $key }” açarly mejlis ýok. Açarlaryň sanawy: /sessions.
staff-session-cancelled = Bu mejlis eýýäm ýatyryldy.
staff-no-change = Maksatnamada eýýäm şeýle görkezilen; üýtgetmeli zat ýok.
staff-time-invalid = “{ $text }” ýazgysyny wagt hökmünde okap bilmedim. Haýyş edýäris, sammitiň wagty bilen HH:MM ýa-da YYYY-MM-DD HH:MM görnüşinde ýazyň.
staff-room-too-long = Otagyň ady iň köp { $max } nyşandan ybarat bolup biler.
staff-confirm-title = Haýyş edýäris, bu üýtgeşmäni barlaň. Entek hiç zat üýtgedilmedi.
staff-confirm-audience = { $count ->
        [one] Bir wekile habar beriler.
       *[other] { $count } wekile habar beriler.
    }
staff-confirm-button = ✅ Tassyklamak
staff-discard-button = ✖ Ret etmek
staff-change-applied = ✅ Taýýar. { $count ->
        [one] Bir wekile
       *[other] { $count } wekile
    } { $minutes } minutdan soň habar beriler; şoňa çenli bu mejlisde girizilen beýleki üýtgeşmeler hem şol bir habarnama goşular.
staff-change-discarded = Ret edildi; hiç zat üýtgedilmedi.
staff-change-not-yours = Bu üýtgeşmäni diňe ony teklip eden işgär tassyklap ýa-da ret edip biler.
staff-change-decided = Bu üýtgeşme eýýäm tassyklandy ýa-da ret edildi.
staff-change-outdated = Bu üýtgeşme teklip edilenden bäri mejlis üýtgedi, şonuň üçin hiç zat edilmedi. Haýyş edýäris, üýtgeşmäni täzeden teklip ediň.
