## Рассылки из группы сотрудников, шаблоны объявлений, журнал действий и статистика.

broadcast-no-audience = Кому отправить? Напишите /broadcast everyone или выберите получателей с помощью country=, delegation=, role=, language=, platform=, session= (несколько значений — через запятую), а также at=HH:MM, чтобы отправить позже. Например: /broadcast country=AZ,KZ role=head
broadcast-unknown-key = Параметр «{ $key }» не распознан. Доступные параметры: { $keys }.
broadcast-unknown-value = Для параметра { $key } значение «{ $value }» не найдено. Известные значения: { $values }.
broadcast-bad-time = Не удаётся распознать «{ $text }» как время. Пожалуйста, укажите его в формате HH:MM или YYYY-MM-DD HH:MM по времени саммита.
broadcast-nobody = Ни один зарегистрированный участник не подходит под заданную аудиторию, поэтому отправлять некому.
broadcast-empty = Текст пуст. Пожалуйста, напишите, что нужно отправить.
broadcast-too-long = Текст для языка «{ $language }» содержит { $length } { $length ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }, а сообщение может содержать не более { $limit }.
broadcast-unknown-template = Шаблоны: { $names }. Например: template transport time=08:30 place=Свободная экономическая зона Анзали
broadcast-missing-field = Для шаблона «{ $template }» необходимо указать: { $fields }
broadcast-not-yours = Отправить эту рассылку может только сотрудник, который её подготовил: { $name }.
broadcast-handled = Эта рассылка уже отправлена, отменена или отозвана.
broadcast-reach = 📣 Охват рассылки — чатов: { $count }. Мессенджеры: { $platforms }. Языки: { $languages }.
broadcast-at = Время отправки: { DATE($time) }, { TIME($time) } (по времени саммита).
broadcast-ask-text =
    Теперь отправьте текст следующим сообщением в эту группу: либо один текст для всех, либо отдельные разделы для каждого языка, каждый из которых начинается с кода языка:
    fa: …
    ru: …
    { "*" }: … (для всех остальных языков)
    Или шаблон, который будет оформлен на всех языках: template transport time=08:30 place=…
broadcast-coverage = Кто какой текст получит:
broadcast-own-text = { $language }: собственный текст
broadcast-fallback = { $language }: { $source } текст
broadcast-default-text = общий
broadcast-send-button = 📣 Отправить
broadcast-cancel-button = ✖ Отменить
broadcast-edit-button = ✏️ Исправить
broadcast-retract-button = 🗑 Отозвать
broadcast-retract-confirm = Удалить эту рассылку из всех чатов, куда она была доставлена? Это действие нельзя отменить.
broadcast-retract-yes = 🗑 Да, отозвать
broadcast-retract-queued = Рассылка отзывается; сообщений к удалению: { $count }.
broadcast-ask-edit = Отправьте исправленный текст следующим сообщением в эту группу (один текст или отдельные разделы для каждого языка).
broadcast-edit-queued = Рассылка исправляется; сообщений к изменению: { $count }.
broadcast-cancelled = Отменено; больше ничего отправлено не будет.
broadcast-progress =
    📣 Рассылка № { $id }: идёт отправка
    { $bar }
    Отправлено: { $sent } · не доставлено: { $failed } · в очереди: { $pending } · всего: { $total }
broadcast-report = 📣 Рассылка № { $id } завершена (всего чатов: { $total }):
broadcast-report-platform = { $platform }: доставлено: { $sent }, заблокировали бота: { $blocked }, ошибки: { $failed }, отменено: { $cancelled }

template-transport = 🚌 Автобус отправляется в { TIME($time) }. Пункт назначения: { $place }. Просим Вас подойти ко входу в гостиницу за несколько минут до отправления.
template-moved = 🕘 Мероприятие «{ $title }» перенесено на { TIME($time) } (по времени саммита).
template-room = 📍 Новое место проведения мероприятия «{ $title }»: { $room }
template-cancelled = ❌ Мероприятие «{ $title }» отменено.
template-notice = 📢 Сообщение организаторов: { $text }

audit-title = 🗒 Действия сотрудников (сначала последние):
audit-empty = Пока не записано ни одного действия сотрудников.
audit-line = { DATE($day) }, { TIME($time) } · { $name } · { $action } · { $detail }

stats-registered = 👥 Зарегистрировано: { $count } (доступны для сообщений: { $reachable }, заблокировали бота: { $blocked })
stats-by-platform = Мессенджеры: { $counts }
stats-by-language = Языки: { $counts }
stats-by-delegation = Делегации: { $counts }
stats-invitations = Неиспользованные приглашения: { $count }
stats-meetings = Встречи: { $counts }
stats-broadcast = Рассылка № { $id }: доставлено { $sent } из { $total }
