## Çakylyk kody arkaly hasaba alyş we hasaba alnan wekili mübäreklemek.
## $role şu bahalaryň biri: head, member, liaison, staff.

start-unregistered =
    Hoş geldiňiz!
    { $event }
    { $dates }, { $venue }.

    Men sammite gatnaşýan wekillere hyzmat edýärin. Hasaba alynmak üçin guramaçylardan alan çakylyk koduňyzy iberiň ýa-da çakylyk salgylanmaňyzy açyň.
register-success =
    { $role ->
        [head] Hormatly { $name }, hoş geldiňiz! Siz { $delegation } wekiliýetiniň ýolbaşçysy hökmünde hasaba alyndyňyz.
        [liaison] Hormatly { $name }, hoş geldiňiz! Siz { $delegation } wekiliýetiniň aragatnaşyk boýunça işgäri hökmünde hasaba alyndyňyz.
        [staff] Hormatly { $name }, hoş geldiňiz! Siz sammitiň işgäri hökmünde hasaba alyndyňyz.
       *[member] Hormatly { $name }, hoş geldiňiz! Siz { $delegation } wekiliýetiniň agzasy hökmünde hasaba alyndyňyz.
    }
register-code-unknown = { $code } kody tanalmady. Haýyş edýäris, kody barlap, täzeden iberiň ýa-da sammitiň işgärlerine ýüz tutuň.
register-code-used = { $code } kody eýýäm ulanyldy. Her çakylyk diňe bir gezek ulanylýar; täze çakylyk gerek bolsa, sammitiň işgärlerine ýüz tutuň.
register-code-expired = { $code } kodunyň möhleti geçdi. Haýyş edýäris, täze çakylyk üçin sammitiň işgärlerine ýüz tutuň.
register-code-revoked = { $code } kody ýatyryldy. Haýyş edýäris, täze çakylyk üçin sammitiň işgärlerine ýüz tutuň.
register-code-malformed = Bu çakylyk koduna meňzemeýär. Kod harplardan we sanlardan ybarat { $length } nyşandan durýar, meselem: { $example }.
register-already = Siz eýýäm { $name } ady bilen hasaba alyndyňyz. Eger bu Siz däl bolsaňyz, haýyş edýäris, bu barada sammitiň işgärlerine habar beriň.
role-name =
    { $role ->
        [head] Wekiliýetiň ýolbaşçysy
        [liaison] Aragatnaşyk boýunça işgär
        [staff] Sammitiň işgäri
       *[member] Wekiliýetiň agzasy
    }
greeting =
    { $name } — { $role_name }, { $delegation }
    { $event }
    { $dates }, { $venue }
greeting-staff =
    { $name } — { $role_name }
    { $event }
    { $dates }, { $venue }
event-dates = { DATE($starts) } – { DATE($ends) }
