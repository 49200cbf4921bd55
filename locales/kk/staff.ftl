## Commands in the private staff group.

staff-help =
    Қызметкерлерге арналған пәрмендер (тек осы топта жұмыс істейді):
    /sessions — әр іс-шараның кілті көрсетілген бағдарлама
    /move KEY HH:MM — іс-шараны сол күннің ішінде басқа уақытқа ауыстыру (немесе /move KEY YYYY-MM-DD HH:MM), саммит уақытымен
    /room KEY жаңа зал — іс-шараның залын өзгерту
    /cancel KEY — іс-шараны болдырмау
    Әр өзгеріс алдымен көрсетіледі; ол Сіз растағаннан кейін ғана енгізіліп, қатысты делегаттарға хабарланады.
    /meetings — бүгінгі екіжақты кездесулер, залдар мен аудармашылар
    /meeting CODE1 CODE2 HH:MM — екі делегация арасында кездесу ұйымдастыру
    /meeting_move NUMBER HH:MM — кездесуді басқа уақытқа ауыстыру
    /meeting_cancel NUMBER — кездесуді болдырмау
    /broadcast АЛУШЫЛАР — әр делегат өз тілінде оқитын хабарландыру
    /stats — тіркелулер, шақырулар, кездесулер, хабарландырулар
    /audit — қызметкерлердің соңғы әрекеттері
    /delegates TEXT — делегаттарды табу және олардың тіркелу барысын көру
    /invite REF — делегатқа арналған жаңа шақыру коды мен сілтемелер
    /invite_revoke REF — делегаттың пайдаланылмаған шақыруының күшін жою
    /export delegates, /export meetings, /export broadcasts — үтірмен бөлінген мәтіндік файлдар және электрондық кестелер
    /help — осы тізім
staff-command-help = Қызметкерлерге арналған пәрмендер
staff-command-sessions = Іс-шара кілттері көрсетілген бағдарлама
staff-command-move = Іс-шараны басқа уақытқа ауыстыру
staff-command-room = Іс-шараның залын өзгерту
staff-command-cancel = Іс-шараны болдырмау
staff-command-meetings = Бүгінгі екіжақты кездесулер
staff-command-meeting = Екі делегация арасында кездесу ұйымдастыру
staff-command-meeting-move = Кездесуді басқа уақытқа ауыстыру
staff-command-meeting-cancel = Кездесуді болдырмау
staff-command-broadcast = Хабарландыру жіберу
staff-command-stats = Көрсеткіштер
staff-command-audit = Қызметкерлердің соңғы әрекеттері
staff-command-delegates = Делегаттарды табу
staff-command-invite = Делегатқа жаңа шақыру
staff-command-invite-revoke = Шақырудың күшін жою
staff-command-export = Тізімдерді файлға шығару
staff-sessions-title = Бағдарлама (кілт · уақыт · атауы · зал):
staff-move-usage = Былай жазыңыз: /move KEY HH:MM немесе /move KEY YYYY-MM-DD HH:MM (саммит уақытымен). Кілттер тізімі — /sessions.
staff-room-usage = Былай жазыңыз: /room KEY жаңа зал. Кілттер тізімі — /sessions.
staff-cancel-usage = Былай жазыңыз: /cancel KEY. Кілттер тізімі — /sessions.
staff-session-unknown = «{ $key }» кілті бар іс-шара жоқ. Кілттер тізімі — /sessions.
staff-session-cancelled = Бұл іс-шара бұған дейін болдырылмады деп белгіленген.
staff-no-change = Бағдарламада дәл солай көрсетілген; өзгертетін ештеңе жоқ.
staff-time-invalid = «{ $text }» уақыт ретінде танылмады. HH:MM немесе YYYY-MM-DD HH:MM түрінде, саммит уақытымен жазыңыз.
staff-room-too-long = Зал атауы { $max } таңбадан аспауы тиіс.
staff-confirm-title = Осы өзгерісті тексеріңіз. Әзірге ештеңе өзгерген жоқ.
staff-confirm-audience = { $count ->
        [one] Бір делегатқа хабарланады.
       *[other] { $count } делегатқа хабарланады.
    }
staff-confirm-button = ✅ Растау
staff-discard-button = ✖ Бас тарту
staff-change-applied = ✅ Орындалды. { $count ->
        [one] Бір делегатқа
       *[other] { $count } делегатқа
    } { $minutes } минуттан кейін хабарланады; оған дейін осы іс-шараға енгізілген келесі өзгерістер сол хабарламаға қосылады.
staff-change-discarded = Бас тартылды; ештеңе өзгерген жоқ.
staff-change-not-yours = Бұл өзгерісті тек оны ұсынған қызметкер ғана растай немесе одан бас тарта алады.
staff-change-decided = Бұл өзгеріс бұған дейін расталған немесе одан бас тартылған.
staff-change-outdated = Бұл ұсыныс жасалғаннан кейін іс-шара өзгерді, сондықтан ештеңе орындалмады. Өзгерісті қайта ұсыныңыз.
