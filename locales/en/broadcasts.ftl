## Broadcasts from the staff group, announcement templates, the audit log and the figures.

broadcast-no-audience = Whom to? Write /broadcast everyone, or choose with country=, delegation=, role=, language=, platform=, session= (several values with commas), and at=HH:MM to send later. For example: /broadcast country=AZ,KZ role=head
broadcast-unknown-key = I do not know “{ $key }”. Choose with: { $keys }.
broadcast-unknown-value = There is no { $key } “{ $value }”. Known: { $values }.
broadcast-bad-time = I cannot read “{ $text }” as a time. Write HH:MM or YYYY-MM-DD HH:MM, in summit time.
broadcast-nobody = Nobody registered matches that audience, so there is nobody to send to.
broadcast-empty = The text is empty. Please write what to send.
broadcast-too-long = The { $language } text has { $length } characters; a message may have at most { $limit }.
broadcast-unknown-template = Templates: { $names }. For example: template transport time=08:30 place=Anzali Free Zone
broadcast-missing-field = The { $template } template needs: { $fields }
broadcast-not-yours = Only { $name }, who prepared this broadcast, can send it.
broadcast-handled = This broadcast has already been sent, cancelled or retracted.
broadcast-reach = 📣 This reaches { $count } chats. Messengers: { $platforms }. Languages: { $languages }.
broadcast-at = It will go at { TIME($time) } on { DATE($time) } (summit time).
broadcast-ask-text =
    Now send the text in your next message here. Either one text for everyone, or a section per language, each beginning with its code:
    fa: …
    ru: …
    { "*" }: … (for every other language)
    Or a template, rendered in every language: template transport time=08:30 place=…
broadcast-coverage = Who reads which text:
broadcast-own-text = { $language }: their own text
broadcast-fallback = { $language }: the { $source } text
broadcast-default-text = general
broadcast-send-button = 📣 Send
broadcast-cancel-button = ✖ Cancel
broadcast-edit-button = ✏️ Edit
broadcast-retract-button = 🗑 Retract
broadcast-retract-confirm = Delete this broadcast from every chat it reached? This cannot be undone.
broadcast-retract-yes = 🗑 Yes, retract it
broadcast-retract-queued = Retracting: { $count } messages will be deleted.
broadcast-ask-edit = Send the corrected text in your next message here (one text, or a section per language).
broadcast-edit-queued = Correcting: { $count } messages will be edited.
broadcast-cancelled = Cancelled; nothing more will be sent.
broadcast-progress =
    📣 Broadcast #{ $id }: sending
    { $bar }
    Sent { $sent } · not delivered { $failed } · waiting { $pending } · of { $total }
broadcast-report = 📣 Broadcast #{ $id } finished, to { $total } chats:
broadcast-report-platform = { $platform }: delivered { $sent }, blocked the bot { $blocked }, failed { $failed }, cancelled { $cancelled }

template-transport = 🚌 The bus to { $place } leaves at { TIME($time) }. Please be at the hotel entrance a few minutes before.
template-moved = 🕘 “{ $title }” has been moved to { TIME($time) } (summit time).
template-room = 📍 “{ $title }” now takes place in: { $room }
template-cancelled = ❌ “{ $title }” has been cancelled.
template-notice = 📢 From the organisers: { $text }

audit-title = 🗒 Staff actions, latest first:
audit-empty = No staff actions have been recorded yet.
audit-line = { DATE($day) } { TIME($time) } · { $name } · { $action } · { $detail }

stats-registered = 👥 Registered: { $count } (reachable { $reachable }, blocked the bot { $blocked })
stats-by-platform = Messengers: { $counts }
stats-by-language = Languages: { $counts }
stats-by-delegation = Delegations: { $counts }
stats-invitations = Invitations not yet used: { $count }
stats-meetings = Meetings: { $counts }
stats-broadcast = Broadcast #{ $id }: delivered { $sent } of { $total }
