## Bilateral meetings between delegations: asking, answering, the overview, the staff side.
## Times are in summit time.

country-name =
    { $code ->
        [IR] Иран
        [RU] Ресей
        [AZ] Әзербайжан
        [KZ] Қазақстан
        [TM] Түрікменстан
       *[other] { $code }
    }
meeting-topic-name =
    { $topic ->
        [economy] Экономика және сауда
        [transit] Транзит және логистика
        [environment] Қоршаған орта
        [culture] Мәдениет және туризм
       *[other] Басқа мәселелер
    }
meeting-title = 🤝 { $delegation } делегациясымен кездесу

meet-choose-country = 🤝 Басқа делегациямен кездесу. Ол қай елдің делегациясы?
meet-choose-delegation = Қай делегациямен кездесуді қалайсыз?
meet-choose-topic = { $delegation } делегациясымен қандай мәселені талқылауды қалайсыз?
meet-choose-slots = Қашан кездесе аласыз? Ең көбі { $most } уақыт нұсқасын таңдаңыз (саммит уақытымен), содан кейін «Дайын» түймесін басыңыз.
meet-chosen = Таңдалған уақыттар:
meet-slot = { DATE($day) }, { TIME($time) }
meet-day-button = { DATE($day) }
meet-slot-button = { TIME($time) }
meet-no-free-slots = Екі делегация да бос болатын уақыт қалмады.
meet-done-button = ✅ Дайын
meet-skip-button = Өткізіп жіберу
meet-cancel-button = ✖ Бас тарту
meet-send-button = 📨 Өтінішті жіберу
meet-write-note = Қаласаңыз, екінші тараптың делегациясына қысқаша ескертпе жазыңыз (ең көбі { $most } таңба) немесе «Өткізіп жіберу» түймесін басыңыз.
meet-write-reason = Қаласаңыз, бас тарту себебін жазыңыз (ең көбі { $most } таңба) немесе «Өткізіп жіберу» түймесін басыңыз.
meet-summary = { $delegation } делегациясына жіберілетін өтінішіңізді тексеріңіз:
meet-sent = 📨 Өтінішіңіз { $delegation } делегациясына жіберілді. Жауап келген бойда Сізге хабарлаймын.
meet-sent-to-staff = 📨 { $delegation } делегациясына арналған өтінішіңіз протокол қызметіне жіберілді; ол мақұлданғаннан кейін делегацияға жеткізіледі.
meet-counter-sent = 📨 Сіз ұсынған уақыт нұсқалары жіберілді. Жауап келген бойда Сізге хабарлаймын.
meet-declined = Өтініш қабылданбады; бұл туралы екінші тараптың делегациясына хабарланды.
meet-cancelled = Ештеңе жіберілген жоқ.
meet-no-delegation = Кездесулер делегациялар арасында ұйымдастырылады, ал Сіз ешбір делегацияның құрамында тіркелмегенсіз. Протокол қызметі көмектесе алады.
meet-own-delegation = Бұл — Сіздің өз делегацияңыз.
meet-already-open = Сіздің делегацияңыз бен осы делегация арасында жауап күтіп тұрған өтініш бар. /meetings арқылы қараңыз.
meet-too-many = Делегацияңыздың жауап күтіп тұрған өтініштері рұқсат етілген шекке жетті. Алдымен жауаптарды күтіңіз (/meetings арқылы қараңыз).
meet-too-many-slots = Ең көбі { $most } уақыт нұсқасын ұсына аласыз.
meet-slots-gone = Бұл уақыттардың бірі енді бос емес. Қайта таңдаңыз.
meet-note-too-long = Мәтін ұзындығы 1 таңбадан { $most } таңбаға дейін болуы тиіс.

meeting-request = 🤝 { $delegation } делегациясы Сіздің делегацияңызбен кездесуді өтінеді.
meeting-counter = 🔁 { $delegation } делегациясы кездесуге басқа уақыт ұсынады.
meeting-nudge = ⏳ { $delegation } делегациясының кездесу туралы өтініші әлі Сіздің жауабыңызды күтуде.
meeting-topic = Тақырыбы: { $topic }
meeting-note = Ескертпе: { $note }
meeting-slots = Ұсынылған уақыт (саммит уақытымен):
meeting-expires = Жауап беру мерзімі — { DATE($time) }, сағат { TIME($time) }; одан кейін өтініштің күші жойылады.
meeting-accept = ✅ { DATE($day) }, { TIME($time) }
meeting-counter-button = 🔁 Басқа уақыт
meeting-decline-button = ✖ Қабылдамау
meeting-confirmed = ✅ { $delegation } делегациясымен кездесуіңіз расталды.
meeting-room = 📍 { $delegation } делегациясымен кездесуіңізге зал белгіленді.
meeting-moved = 🔁 Протокол қызметі { $delegation } делегациясымен кездесуіңізді басқа уақытқа ауыстырды.
meeting-cancelled = ❌ { $delegation } делегациясымен кездесуіңіз болдырылмады. Болдырмаған: { $name }.
meeting-declined = { $delegation } делегациясы кездесу туралы өтінішіңізді қабылдамады.
meeting-rejected = Протокол қызметі { $delegation } делегациясымен кездесу туралы өтінішіңізді мақұлдамады.
meeting-expired = ⌛ { $delegation } делегациясымен кездесу туралы өтінішіңізге жауап берілмеді, оның мерзімі өтті.
meeting-reason = Себебі: { $reason }
meeting-room-pending = Зал кейінірек хабарланады.
meeting-done = Орындалды.
meeting-not-yours = Бұл өтінішке басқа адам жауап беруі тиіс.
meeting-handled = Бұл өтінішке бұған дейін жауап берілген.
meeting-handled-by = Бұл өтінішке бұған дейін жауап берілген. Жауап берген: { $name }.
meeting-slot-taken = Бұл уақыт жаңа ғана басқа кездесуге берілді. Басқа уақытты таңдаңыз.

meetings-title = 🤝 Делегацияңыздың кездесулері
meetings-none = Делегацияңызда әзірге кездесу туралы өтініштер жоқ. Өтініш жіберу үшін /meet пәрменін жіберіңіз.
meetings-sent = { $delegation } делегациясына жіберілген өтініш
meetings-received = { $delegation } делегациясынан келген өтініш
meetings-cancel-button = ✖ { $delegation } делегациясымен кездесуді болдырмау
meeting-status =
    { $status ->
        [awaiting_staff] протокол қызметінің қарауында
        [proposed] жауап күтуде
        [confirmed] расталды
        [declined] қабылданбады
        [rejected] мақұлданбады
        [cancelled] болдырылмады
       *[expired] мерзімі өтті
    }

staff-meeting-request = 🛂 Кездесу туралы өтініш: { $requester } → { $target }
staff-meeting-approve = ✅ Мақұлдау
staff-meeting-reject = ✖ Қабылдамау
staff-meeting-approved = ✅ Мақұлдаған: { $name }; өтініш делегацияға жіберілді.
staff-meeting-reason = { $name }, қабылдамау себебін осы топқа келесі хабарламаңызда жазыңыз.
staff-meeting-rejected = Қабылдамаған: { $name }; өтініш берген делегацияға хабарланды.
staff-meeting-confirmed = 🤝 № { $id } кездесу расталды: { $requester } – { $target }
staff-meeting-interpreter = 🗣 Аудармашы қажет: { $languages }
staff-meeting-choose-room = Залды таңдаңыз:
staff-meeting-room-assigned = 📍 Зал: { $room }. Белгілеген: { $name }; екі делегацияға да хабарланды.
staff-meeting-room-taken = Бұл зал осы уақытта бос емес. Басқа залды таңдаңыз.
staff-meeting-bad-time = Бұл уақыт екі делегация үшін де бос кездесу уақыты емес. Уақытты саммит уақытымен HH:MM немесе YYYY-MM-DD HH:MM түрінде жазыңыз; ол кездесулер кестесіндегі уақыттардың біріне сәйкес келуі тиіс.
staff-meetings-title = 🤝 { DATE($day) } күнгі кездесулер:
staff-meetings-none = { DATE($day) } күнгі расталған кездесулер жоқ.
staff-meeting-done = Орындалды: № { $id } кездесу. Екі делегацияға да хабарланды.
staff-meeting-usage = Былай жазыңыз: /meeting CODE1 CODE2 HH:MM немесе /meeting CODE1 CODE2 YYYY-MM-DD HH:MM (делегация кодтары тізімдегідей).
staff-meeting-move-usage = Былай жазыңыз: /meeting_move NUMBER HH:MM немесе /meeting_move NUMBER YYYY-MM-DD HH:MM.
staff-meeting-cancel-usage = Былай жазыңыз: /meeting_cancel NUMBER.
staff-meeting-cancel-confirm = № { $id } кездесуді ({ $requester } – { $target }) болдырмайсыз ба? Екі делегацияға да хабарланады.
staff-meeting-cancel-yes = Иә, кездесуді болдырмау
staff-meeting-cancelled = ❌ № { $id } кездесу болдырылмады. Болдырмаған: { $name }; екі делегацияға да хабарланды.
