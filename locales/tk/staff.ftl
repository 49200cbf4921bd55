## Işgärleriň ýapyk toparyndaky buýruklar.

staff-help =
    Işgärler üçin buýruklar (olar diňe şu toparda işleýär):
    /help — şu sanaw
staff-command-help = Işgärler üçin buýruklar
