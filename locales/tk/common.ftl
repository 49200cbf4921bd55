## Ähli bölümler üçin umumy: ýalňyşlyklar, düşnüksiz habarlar, kömek.

error-apology = Bagyşlaň, biziň tarapymyzda näsazlyk ýüze çykdy. Haýyş edýäris, birazdan gaýtadan synanyşyň.
unknown-command = Men bu buýrugy tanamaýaryn. Meniň edip bilýän işlerimi görmek üçin /help iberiň.
unknown-text = Bagyşlaň, men muňa düşünmedim. Haýyş edýäris, menýunyň düwmelerinden peýdalanyň ýa-da /help iberiň.
stale-button = Bu düwme indi güýjünde däl. Ine, häzirki menýu.
help-delegate =
    Meniň edip bilýän işlerim:
    /start — esasy menýu
    /agenda — maksatnama, günler ýa-da ugurlar boýunça
    /my — Siziň gün tertibiňiz we onuň senenama faýly
    /now — häzir we indiki geçirilýän mejlisler
    /venue — sammitiň geçirilýän ýeri
    /settings — ýatlatmalar: näçe wagt öň, ertirki gysgaça maglumat, öz ýeriňiziň wagty
    /meet — başga bir wekiliýete duşuşyk baradaky haýyş ibermek
    /meetings — wekiliýetiňiziň duşuşyk baradaky haýyşlary we duşuşyklary
    /language — dili üýtgetmek
    /help — şu sanaw
help-unregistered =
    Men sammite gatnaşýan wekilleriň kömekçisi.
    Hasaba alynmak üçin guramaçylaryň Size beren çakylyk koduny iberiň ýa-da çakylyk salgylanmaňyzy açyň.
    /language — dili üýtgetmek
    /help — şu sanaw
