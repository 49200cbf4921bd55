## Broadcasts from the staff group, announcement templates, the audit log and the figures.

broadcast-no-audience = Кімге жіберу керек? /broadcast everyone деп жазыңыз немесе алушыларды country=, delegation=, role=, language=, platform=, session= арқылы таңдаңыз (бірнеше мәнді үтір арқылы жазыңыз), ал кейінірек жіберу үшін at=HH:MM қосыңыз. Мысалы: /broadcast country=AZ,KZ role=head
broadcast-unknown-key = «{ $key }» параметрі танылмады. Мына параметрлердің бірін пайдаланыңыз: { $keys }.
broadcast-unknown-value = { $key } параметрі үшін «{ $value }» мәні табылмады. Белгілі мәндер: { $values }.
broadcast-bad-time = «{ $text }» уақыт ретінде танылмады. HH:MM немесе YYYY-MM-DD HH:MM түрінде, саммит уақытымен жазыңыз.
broadcast-nobody = Тіркелгендердің ешқайсысы көрсетілген алушылар тобына сәйкес келмейді, сондықтан жіберетін ешкім жоқ.
broadcast-empty = Мәтін бос. Не жіберу керек екенін жазыңыз.
broadcast-too-long = «{ $language }» бөлімінің мәтіні { $length } таңбадан тұрады; бір хабарламада ең көбі { $limit } таңба болуы мүмкін.
broadcast-unknown-template = Үлгілер: { $names }. Мысалы: template transport time=08:30 place=Анзали еркін аймағы
broadcast-missing-field = «{ $template }» үлгісі үшін мыналарды көрсету қажет: { $fields }
broadcast-not-yours = Бұл хабарландыруды тек оны дайындаған қызметкер ғана жібере алады: { $name }.
broadcast-handled = Бұл хабарландыру бұған дейін жіберілген, болдырылмаған немесе қайтарып алынған.
broadcast-reach = 📣 Хабарландыру жететін чаттар саны: { $count }. Мессенджерлер: { $platforms }. Тілдер: { $languages }.
broadcast-at = Жіберілу уақыты: { DATE($time) }, сағат { TIME($time) } (саммит уақытымен).
broadcast-ask-text =
    Енді мәтінді осы топқа келесі хабарламаңызда жіберіңіз: не барлығына арналған бір мәтін, не әр тілге жеке бөлім; әр бөлім тіл кодымен басталады:
    fa: …
    ru: …
    { "*" }: … (қалған барлық тілдер үшін)
    Немесе барлық тілде дайындалатын үлгіні жіберіңіз: template transport time=08:30 place=…
broadcast-coverage = Кім қай мәтінді оқиды:
broadcast-own-text = { $language }: өз тіліндегі мәтін
broadcast-fallback = { $language }: { $source } мәтіні
broadcast-default-text = «жалпы»
broadcast-send-button = 📣 Жіберу
broadcast-cancel-button = ✖ Болдырмау
broadcast-edit-button = ✏️ Түзету
broadcast-retract-button = 🗑 Қайтарып алу
broadcast-retract-confirm = Бұл хабарландыруды ол жеткен барлық чаттан жоясыз ба? Бұл әрекетті кері қайтару мүмкін емес.
broadcast-retract-yes = 🗑 Иә, қайтарып алу
broadcast-retract-queued = Хабарландыру қайтарылып алынуда; жойылатын хабарламалар саны: { $count }.
broadcast-ask-edit = Түзетілген мәтінді осы топқа келесі хабарламаңызда жіберіңіз (бір мәтін немесе әр тілге жеке бөлім).
broadcast-edit-queued = Хабарландыру түзетілуде; өзгертілетін хабарламалар саны: { $count }.
broadcast-cancelled = Хабарландыру болдырылмады; бұдан әрі ештеңе жіберілмейді.
broadcast-progress =
    📣 № { $id } хабарландыру: жіберілуде
    { $bar }
    Жіберілді: { $sent } · жеткізілмеді: { $failed } · кезекте: { $pending } · барлығы: { $total }
broadcast-report = 📣 № { $id } хабарландыру аяқталды (барлық чаттар саны: { $total }):
broadcast-report-platform = { $platform }: жеткізілді: { $sent }, ботты бұғаттағандар: { $blocked }, қате: { $failed }, болдырылмады: { $cancelled }

template-transport = 🚌 { $place } бағытына баратын автобустың жөнелу уақыты: { TIME($time) }. Қонақүйдің кіреберісіне бірнеше минут ерте келуіңізді сұраймыз.
template-moved = 🕘 «{ $title }» іс-шарасы жаңа уақытқа ауыстырылды: { TIME($time) } (саммит уақытымен).
template-room = 📍 «{ $title }» іс-шарасы енді мына залда өтеді: { $room }
template-cancelled = ❌ «{ $title }» іс-шарасы болдырылмады.
template-notice = 📢 Ұйымдастырушылардың хабарламасы: { $text }

audit-title = 🗒 Қызметкерлердің әрекеттері (соңғылары басында):
audit-empty = Қызметкерлердің әрекеттері әзірге тіркелген жоқ.
audit-line = { DATE($day) }, { TIME($time) } · { $name } · { $action } · { $detail }

stats-registered = 👥 Тіркелгендер: { $count } (хабарлама жеткізуге болатындар: { $reachable }, ботты бұғаттағандар: { $blocked })
stats-by-platform = Мессенджерлер: { $counts }
stats-by-language = Тілдер: { $counts }
stats-by-delegation = Делегациялар: { $counts }
stats-invitations = Әлі пайдаланылмаған шақырулар: { $count }
stats-meetings = Кездесулер: { $counts }
stats-broadcast = № { $id } хабарландыру: жеткізілді: { $sent }, барлығы: { $total }
