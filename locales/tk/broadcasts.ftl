## Işgärleriň toparyndan iberilýän bildirişler, bildiriş nusgalary, işgärleriň hereketleriniň ýazgysy we san görkezijileri.

broadcast-no-audience = Kime ibermeli? /broadcast everyone ýazyň ýa-da alyjylary country=, delegation=, role=, language=, platform=, session= arkaly saýlaň (birnäçe bahany otur bilen aýryp ýazyň); bildirişi soňrak ibermek üçin at=HH:MM goşuň. Meselem: /broadcast country=AZ,KZ role=head
broadcast-unknown-key = “{ $key }” diýen parametri tanamaýaryn. Alyjylary şular arkaly saýlaň: { $keys }.
broadcast-unknown-value = { $key } üçin “{ $value }” diýen baha ýok. Bar bolan bahalar: { $values }.
broadcast-bad-time = “{ $text }” ýazgysyny wagt hökmünde okap bilmedim. Haýyş edýäris, sammitiň wagty bilen HH:MM ýa-da YYYY-MM-DD HH:MM görnüşinde ýazyň.
broadcast-nobody = Hasaba alnanlaryň hiç biri görkezilen alyjylara gabat gelmeýär, şonuň üçin bildiriş iberiljek adam ýok.
broadcast-empty = Tekst boş. Haýyş edýäris, näme ibermelidigini ýazyň.
broadcast-too-long = { $language } bölüminiň teksti { $length } nyşandan ybarat; bir habar iň köp { $limit } nyşandan ybarat bolup biler.
broadcast-unknown-template = Nusgalar: { $names }. Meselem: template transport time=08:30 place=Anzali erkin ykdysady zolagy
broadcast-missing-field = { $template } nusgasy üçin şular gerek: { $fields }
broadcast-not-yours = Bu bildirişi diňe ony taýýarlan işgär iberip biler: { $name }.
broadcast-handled = Bu bildiriş eýýäm iberildi, ýatyryldy ýa-da yzyna alyndy.
broadcast-reach = 📣 Bildirişiň ýetjek çatlarynyň sany: { $count }. Habarlaşma programmalary: { $platforms }. Diller: { $languages }.
broadcast-at = Iberiljek wagty: { DATE($time) }, { TIME($time) } (sammitiň wagty bilen).
broadcast-ask-text =
    Indi teksti şu ýere indiki habaryňyzda iberiň. Ýa hemmeler üçin bir tekst, ýa-da her dil üçin aýratyn bölüm ýazyň; her bölüm öz diliniň kody bilen başlanmaly:
    fa: …
    ru: …
    { "*" }: … (beýleki ähli diller üçin)
    Ýa-da her dilde taýýarlanjak nusgany iberiň: template transport time=08:30 place=…
broadcast-coverage = Kim haýsy teksti okar:
broadcast-own-text = { $language }: öz dilindäki tekst
broadcast-fallback = { $language }: { $source } üçin ýazylan tekst
broadcast-default-text = hemmeler
broadcast-send-button = 📣 Ibermek
broadcast-cancel-button = ✖ Ýatyrmak
broadcast-edit-button = ✏️ Düzetmek
broadcast-retract-button = 🗑 Yzyna almak
broadcast-retract-confirm = Bu bildirişi ol ýeten ähli çatlardan pozmalymy? Muny soňra yzyna gaýtaryp bolmaz.
broadcast-retract-yes = 🗑 Hawa, yzyna almak
broadcast-retract-queued = Bildiriş yzyna alynýar; pozuljak habarlar: { $count }.
broadcast-ask-edit = Düzedilen teksti şu ýere indiki habaryňyzda iberiň (bir tekst ýa-da her dil üçin aýratyn bölüm).
broadcast-edit-queued = Bildiriş düzedilýär; üýtgediljek habarlar: { $count }.
broadcast-cancelled = Ýatyryldy; başga hiç zat iberilmez.
broadcast-progress =
    📣 Bildiriş #{ $id }: iberilýär
    { $bar }
    Iberildi: { $sent } · ýetirilmedi: { $failed } · garaşýar: { $pending } · jemi: { $total }
broadcast-report = 📣 Bildiriş #{ $id } iberilip tamamlandy (jemi çatlar: { $total }):
broadcast-report-platform = { $platform }: ýetirildi: { $sent }, boty bloklady: { $blocked }, şowsuz: { $failed }, ýatyryldy: { $cancelled }

template-transport = 🚌 { $place } ugruna gidýän awtobusyň ýola düşýän wagty: { TIME($time) }. Haýyş edýäris, ýola düşmezinden birnäçe minut öň myhmanhananyň girelgesinde boluň.
template-moved = 🕘 “{ $title }” başga wagta geçirildi: { TIME($time) } (sammitiň wagty bilen).
template-room = 📍 “{ $title }” indi şu ýerde geçirilýär: { $room }
template-cancelled = ❌ “{ $title }” ýatyryldy.
template-notice = 📢 Guramaçylardan habar: { $text }

audit-title = 🗒 Işgärleriň hereketleri (iň soňkylary ilki):
audit-empty = Işgärleriň hiç bir hereketi entek ýazga alynmady.
audit-line = { DATE($day) }, { TIME($time) } · { $name } · { $action } · { $detail }

stats-registered = 👥 Hasaba alnanlar: { $count } (habar ýetirip bolýanlar: { $reachable }, boty bloklanlar: { $blocked })
stats-by-platform = Habarlaşma programmalary: { $counts }
stats-by-language = Diller: { $counts }
stats-by-delegation = Wekiliýetler: { $counts }
stats-invitations = Entek ulanylmadyk çakylyklar: { $count }
stats-meetings = Duşuşyklar: { $counts }
stats-broadcast = Bildiriş #{ $id }: jemi { $total } alyjydan { $sent } alyja ýetirildi
