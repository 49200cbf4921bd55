## Esasy menýu we habarlaşma programmasynda görkezilýän buýruklar sanawy.

menu-about = ℹ️ Sammit barada
menu-language = 🌐 Dil
menu-help = ❓ Kömek
command-start = Esasy menýu
command-language = Dili üýtgetmek
command-help = Kömekçiniň mümkinçilikleri
about-summit =
    { $event }
    { $dates }
    { $venue }
