## Ähli bölümler üçin umumy: ýalňyşlyklar, düşnüksiz habarlar, kömek.

error-apology = Bagyşlaň, biziň tarapymyzda näsazlyk ýüze çykdy. Haýyş edýäris, birazdan gaýtadan synanyşyň.
unknown-command = Men bu buýrugy tanamaýaryn. Meniň edip bilýän işlerimi görmek üçin /help iberiň.
unknown-text = Bagyşlaň, men muňa düşünmedim. Haýyş edýäris, menýunyň düwmelerinden peýdalanyň ýa-da /help iberiň.
text-too-long = Bu habar örän uzyn. Haýyş edýäris, { $limit } nyşandan köp ýazmaň.
stale-button = Bu düwme indi güýjünde däl. Ine, häzirki menýu.
wrong-chat = Bu diňe meniň bilen şahsy ýazyşmada işleýär.
help-delegate =
    Meniň edip bilýän işlerim:
    /start — esasy menýu
    /language — dili üýtgetmek
    /help — şu sanaw
help-unregistered =
    Men sammite gatnaşýan wekilleriň kömekçisi.
    Hasaba alynmak üçin guramaçylaryň Size beren çakylyk koduny iberiň ýa-da çakylyk salgylanmaňyzy açyň.
    /language — dili üýtgetmek
    /help — şu sanaw
