## Staff looking after delegates and their invitations, and exports.

admin-delegates-usage = Есімнің бір бөлігін, идентификаторды немесе делегация кодын жазыңыз: /delegates gilan
admin-delegates-none = «{ $text }» сұрауына сәйкес келетін делегат табылмады.
admin-delegates-title = Табылған делегаттар: { $count }
admin-invitation-status =
    { $status ->
        [pending] шақыру әлі пайдаланылмаған
        [used] шақыру пайдаланылған
        [expired] шақырудың мерзімі өтіп кеткен
        [revoked] шақырудың күші жойылған
       *[none] шақыру жоқ
    }
admin-invite-usage = Делегаттың идентификаторын жазыңыз: /invite gilan-01 (идентификаторларды /delegates арқылы табуға болады).
admin-no-delegate = «{ $ref }» идентификаторы бар делегат жоқ. Делегаттарды /delegates арқылы табуға болады.
admin-invite =
    Жаңа шақыру: { $name }. Бұрынғы пайдаланылмаған шақырулар енді жарамсыз.
    Код: { $code }
    { $links }
admin-revoke-usage = Делегаттың идентификаторын жазыңыз: /invite_revoke gilan-01
admin-revoke-confirm = Делегаттың пайдаланылмаған шақыруларының күшін жоясыз ба? Делегат: { $name }. Оның коды бұдан былай жарамсыз болады.
admin-revoke-yes = Иә, күшін жою
admin-revoked = Күші жойылған шақырулар: { $count }.
admin-export-usage = Қай тізімді файлға шығару керек екенін таңдаңыз: /export { $kinds }
admin-export = Тізім: { $kind }, жолдар саны: { $count }. Үтірмен бөлінген мәтіндік файл және электрондық кесте түрінде.
admin-list-name =
    { $kind ->
        [delegates] делегаттар
        [meetings] кездесулер
       *[broadcasts] хабарландырулар туралы есептер
    }
