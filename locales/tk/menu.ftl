## Esasy menýu we habarlaşma programmasynda görkezilýän buýruklar sanawy.

menu-agenda = 📅 Maksatnama
menu-my = ⭐ Meniň gün tertibim
menu-settings = ⏰ Ýatlatmalar
menu-about = ℹ️ Sammit barada
menu-language = 🌐 Dil
menu-help = ❓ Kömek
command-start = Esasy menýu
command-agenda = Sammitiň maksatnamasy
command-my = Meniň gün tertibim
command-now = Häzir we indiki geçirilýän mejlisler
command-venue = Sammitiň geçirilýän ýeri
command-settings = Ýatlatmalaryň sazlamalary
command-meet = Başga bir wekiliýete duşuşyk baradaky haýyş ibermek
command-meetings = Meniň wekiliýetimiň duşuşyklary
command-language = Dili üýtgetmek
command-help = Kömekçiniň mümkinçilikleri
about-summit =
    { $event }
    { $dates }
    { $venue }
