## Registration by invitation code, and the greeting of a registered delegate.
## $role is one of: head, member, liaison, staff.

start-unregistered =
    Қош келдіңіз!
    { $event }
    { $dates }, { $venue }.

    Мен саммит делегаттарына қызмет көрсетемін. Тіркелу үшін ұйымдастырушылардан алған шақыру кодыңызды жіберіңіз немесе шақыру сілтемесін ашыңыз.
register-success =
    { $role ->
        [head] Қош келдіңіз, { $name }! Сіз { $delegation } делегациясының басшысы ретінде тіркелдіңіз.
        [liaison] Қош келдіңіз, { $name }! Сіз { $delegation } делегациясының байланыс жөніндегі қызметкері ретінде тіркелдіңіз.
        [staff] Қош келдіңіз, { $name }! Сіз саммит қызметкері ретінде тіркелдіңіз.
       *[member] Қош келдіңіз, { $name }! Сіз { $delegation } делегациясының мүшесі ретінде тіркелдіңіз.
    }
register-code-unknown = { $code } коды табылмады. Кодты тексеріп, қайта жіберіңіз немесе саммит қызметкерлеріне жүгініңіз.
register-code-used = { $code } коды бұрын пайдаланылған. Әр шақыру тек бір рет жарамды; жаңа шақыру қажет болса, саммит қызметкерлеріне жүгініңіз.
register-code-expired = { $code } кодының мерзімі өтіп кеткен. Жаңа шақыру алу үшін саммит қызметкерлеріне жүгініңіз.
register-code-revoked = { $code } кодының күші жойылған. Жаңа шақыру алу үшін саммит қызметкерлеріне жүгініңіз.
register-code-malformed = Бұл шақыру кодына ұқсамайды. Код әріптер мен цифрлардан құралған { $length } таңбадан тұрады, мысалы: { $example }.
register-already = Сіз бұған дейін { $name } есімімен тіркелгенсіз. Егер бұл Сіз болмасаңыз, саммит қызметкерлеріне хабарлаңыз.
role-name =
    { $role ->
        [head] Делегация басшысы
        [liaison] Байланыс жөніндегі қызметкер
        [staff] Саммит қызметкері
       *[member] Делегация мүшесі
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
