## Двусторонние встречи делегаций: запрос, ответ, обзор встреч, работа оргкомитета.
## Время указывается по времени саммита.

country-name =
    { $code ->
        [IR] Иран
        [RU] Россия
        [AZ] Азербайджан
        [KZ] Казахстан
        [TM] Туркменистан
       *[other] { $code }
    }
meeting-topic-name =
    { $topic ->
        [economy] Экономика и торговля
        [transit] Транзит и логистика
        [environment] Экология
        [culture] Культура и туризм
       *[other] Другие вопросы
    }
meeting-title = 🤝 Двусторонняя встреча — { $delegation }

meet-choose-country = 🤝 Запрос о встрече с другой делегацией. Пожалуйста, выберите страну этой делегации.
meet-choose-delegation = С какой делегацией Вы хотели бы встретиться?
meet-choose-topic = Встреча с делегацией: { $delegation }. Какую тему Вы хотели бы обсудить?
meet-choose-slots = Когда Вы могли бы встретиться? Выберите не более { $most } { $most ->
        [one] варианта
        [few] вариантов
        [many] вариантов
       *[other] варианта
    } времени (по времени саммита) и нажмите «Готово».
meet-chosen = Выбрано:
meet-slot = { DATE($day) }, { TIME($time) }
meet-day-button = { DATE($day) }
meet-slot-button = { TIME($time) }
meet-no-free-slots = К сожалению, не осталось времени, когда свободны обе делегации.
meet-done-button = ✅ Готово
meet-skip-button = Пропустить
meet-cancel-button = ✖ Отмена
meet-send-button = 📨 Отправить запрос
meet-write-note = При желании напишите краткий комментарий для другой делегации (не более { $most } { $most ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }) или нажмите «Пропустить».
meet-write-reason = При желании укажите причину отказа (не более { $most } { $most ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }) или нажмите «Пропустить».
meet-summary = Пожалуйста, проверьте запрос о встрече с делегацией: { $delegation }
meet-sent = 📨 Ваш запрос направлен делегации: { $delegation }. Я сообщу Вам, как только поступит ответ.
meet-sent-to-staff = 📨 Ваш запрос направлен на согласование в оргкомитет саммита; после одобрения его получит делегация: { $delegation }.
meet-counter-sent = 📨 Предложенные Вами варианты времени отправлены. Я сообщу Вам, как только поступит ответ.
meet-declined = Запрос отклонён, другая делегация уведомлена.
meet-cancelled = Ничего не отправлено.
meet-no-delegation = Встречи организуются между делегациями, а Вы не числитесь ни в одной из них. За помощью, пожалуйста, обратитесь в оргкомитет саммита.
meet-own-delegation = Это Ваша собственная делегация.
meet-already-open = Запрос о встрече между Вашими делегациями уже ожидает ответа. Посмотреть его можно командой /meetings.
meet-too-many = У Вашей делегации уже максимально допустимое число запросов, ожидающих ответа. Пожалуйста, сначала дождитесь ответов (команда /meetings).
meet-too-many-slots = Можно предложить не более { $most } { $most ->
        [one] варианта
        [few] вариантов
        [many] вариантов
       *[other] варианта
    } времени.
meet-slots-gone = Один из выбранных вариантов времени уже занят. Пожалуйста, выберите время заново.
meet-note-too-long = Пожалуйста, напишите от 1 до { $most } { $most ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }.

meeting-request = 🤝 Вашей делегации предлагает встретиться делегация: { $delegation }.
meeting-counter = 🔁 Другие варианты времени для встречи предлагает делегация: { $delegation }.
meeting-nudge = ⏳ Всё ещё ожидается Ваш ответ на запрос о встрече, который направила делегация: { $delegation }.
meeting-topic = Тема: { $topic }
meeting-note = Комментарий: { $note }
meeting-slots = Предлагаемые варианты времени (по времени саммита):
meeting-expires = Пожалуйста, ответьте до { TIME($time) } ({ DATE($time) }); после этого срок действия запроса истечёт.
meeting-accept = ✅ { DATE($day) }, { TIME($time) }
meeting-counter-button = 🔁 Другое время
meeting-decline-button = ✖ Отклонить
meeting-confirmed = ✅ Подтверждена встреча с делегацией: { $delegation }.
meeting-room = 📍 Назначен зал для встречи с делегацией: { $delegation }.
meeting-moved = 🔁 Оргкомитет саммита перенёс встречу с делегацией: { $delegation }.
meeting-cancelled = ❌ Отменена встреча с делегацией: { $delegation }. Инициатор отмены: { $name }.
meeting-declined = Ваш запрос о встрече отклонила делегация: { $delegation }.
meeting-rejected = Оргкомитет саммита не одобрил Ваш запрос о встрече с делегацией: { $delegation }.
meeting-expired = ⌛ Срок действия Вашего запроса о встрече истёк, ответ не поступил. Делегация: { $delegation }.
meeting-reason = Причина: { $reason }
meeting-room-pending = Зал будет объявлен дополнительно.
meeting-done = Готово.
meeting-not-yours = На этот запрос должен ответить другой участник.
meeting-handled = На этот запрос уже дан ответ.
meeting-handled-by = На этот запрос уже ответил другой участник: { $name }.
meeting-slot-taken = Это время только что заняла другая встреча. Пожалуйста, выберите другое время.

meetings-title = 🤝 Встречи Вашей делегации
meetings-none = У Вашей делегации пока нет запросов о встречах. Запросить встречу можно командой /meet.
meetings-sent = Исходящий запрос: { $delegation }
meetings-received = Входящий запрос: { $delegation }
meetings-cancel-button = ✖ Отменить встречу: { $delegation }
meeting-status =
    { $status ->
        [awaiting_staff] на согласовании в оргкомитете
        [proposed] ожидает ответа
        [confirmed] встреча подтверждена
        [declined] запрос отклонён
        [rejected] запрос не одобрен оргкомитетом
        [cancelled] встреча отменена
       *[expired] срок ответа истёк
    }

staff-meeting-request = 🛂 Запрос о встрече: { $requester } → { $target }
staff-meeting-approve = ✅ Одобрить
staff-meeting-reject = ✖ Отклонить
staff-meeting-approved = ✅ Запрос одобрен (сотрудник: { $name }) и направлен делегации.
staff-meeting-reason = { $name }, пожалуйста, укажите причину отклонения следующим сообщением в этой группе.
staff-meeting-rejected = Запрос отклонён (сотрудник: { $name }); делегация, направившая запрос, уведомлена.
staff-meeting-confirmed = 🤝 Встреча № { $id } подтверждена: { $requester } – { $target }
staff-meeting-interpreter = 🗣 Требуется устный перевод: { $languages }
staff-meeting-choose-room = Пожалуйста, выберите зал:
staff-meeting-room-assigned = 📍 Назначен зал: { $room } (сотрудник: { $name }); обе делегации уведомлены.
staff-meeting-room-taken = Этот зал в указанное время занят. Пожалуйста, выберите другой.
staff-meeting-bad-time = Это время не подходит: оно должно быть свободным у обеих делегаций и совпадать с сеткой встреч. Укажите время в формате HH:MM или YYYY-MM-DD HH:MM по времени саммита.
staff-meetings-title = 🤝 Встречи на { DATE($day) }:
staff-meetings-none = На { DATE($day) } нет подтверждённых встреч.
staff-meeting-done = Готово: встреча № { $id }. Обе делегации уведомлены.
staff-meeting-usage = Пожалуйста, используйте формат: /meeting CODE1 CODE2 HH:MM или /meeting CODE1 CODE2 YYYY-MM-DD HH:MM (коды делегаций — как в списке делегаций).
staff-meeting-move-usage = Пожалуйста, используйте формат: /meeting_move NUMBER HH:MM или /meeting_move NUMBER YYYY-MM-DD HH:MM.
staff-meeting-cancel-usage = Пожалуйста, используйте формат: /meeting_cancel NUMBER.
staff-meeting-cancel-confirm = Отменить встречу № { $id }: { $requester } – { $target }? Обе делегации будут уведомлены.
staff-meeting-cancel-yes = Да, отменить встречу
staff-meeting-cancelled = ❌ Встреча № { $id } отменена (сотрудник: { $name }); обе делегации уведомлены.
