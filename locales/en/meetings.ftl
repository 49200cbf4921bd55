## Bilateral meetings between delegations: asking, answering, the overview, the staff side.
## Times are in summit time.

country-name =
    { $code ->
        [IR] Iran
        [RU] Russia
        [AZ] Azerbaijan
        [KZ] Kazakhstan
        [TM] Turkmenistan
       *[other] { $code }
    }
meeting-topic-name =
    { $topic ->
        [economy] Economy and trade
        [transit] Transit and logistics
        [environment] Environment
        [culture] Culture and tourism
       *[other] Other matters
    }
meeting-title = 🤝 Meeting with { $delegation }

meet-choose-country = 🤝 A meeting with another delegation. Which country is it from?
meet-choose-delegation = Which delegation would you like to meet?
meet-choose-topic = What would you like to discuss with { $delegation }?
meet-choose-slots = When could you meet? Choose up to { $most } times (summit time), then press Done.
meet-chosen = Chosen:
meet-slot = { DATE($day) }, { TIME($time) }
meet-day-button = { DATE($day) }
meet-slot-button = { TIME($time) }
meet-no-free-slots = There is no time left when both delegations are free.
meet-done-button = ✅ Done
meet-skip-button = Skip
meet-cancel-button = ✖ Cancel
meet-send-button = 📨 Send the request
meet-write-note = If you like, write a short note for the other delegation (up to { $most } characters), or press Skip.
meet-write-reason = If you like, write the reason for declining (up to { $most } characters), or press Skip.
meet-summary = Please check your request to { $delegation }:
meet-sent = 📨 Your request has been sent to { $delegation }. I will tell you as soon as they answer.
meet-sent-to-staff = 📨 Your request to { $delegation } has gone to the protocol office; it reaches the delegation once approved.
meet-counter-sent = 📨 Your proposed times have been sent. I will tell you as soon as they answer.
meet-declined = The request has been declined, and the other delegation has been told.
meet-cancelled = Nothing has been sent.
meet-no-delegation = Meetings are arranged between delegations, and you are not listed with one. The protocol office can help.
meet-own-delegation = That is your own delegation.
meet-already-open = A request between your two delegations is already waiting for an answer. Please see /meetings.
meet-too-many = Your delegation already has as many requests waiting as allowed. Please wait for answers first (see /meetings).
meet-too-many-slots = You can propose at most { $most } times.
meet-slots-gone = One of these times is no longer free. Please choose again.
meet-note-too-long = Please write between 1 and { $most } characters.

meeting-request = 🤝 { $delegation } would like to meet your delegation.
meeting-counter = 🔁 { $delegation } proposes other times for your meeting.
meeting-nudge = ⏳ The meeting request from { $delegation } is still waiting for your answer.
meeting-topic = Topic: { $topic }
meeting-note = Note: { $note }
meeting-slots = Proposed times (summit time):
meeting-expires = Please answer by { TIME($time) } on { DATE($time) }, after which the request expires.
meeting-accept = ✅ { DATE($day) }, { TIME($time) }
meeting-counter-button = 🔁 Other times
meeting-decline-button = ✖ Decline
meeting-confirmed = ✅ Your meeting with { $delegation } is confirmed.
meeting-room = 📍 A room has been assigned for your meeting with { $delegation }.
meeting-moved = 🔁 Your meeting with { $delegation } has been moved by the protocol office.
meeting-cancelled = ❌ Your meeting with { $delegation } has been cancelled by { $name }.
meeting-declined = { $delegation } has declined your meeting request.
meeting-rejected = The protocol office has not approved your meeting request to { $delegation }.
meeting-expired = ⌛ Your meeting request to { $delegation } has expired without an answer.
meeting-reason = Reason: { $reason }
meeting-room-pending = The room will be announced.
meeting-done = Done.
meeting-not-yours = This request is for another person to answer.
meeting-handled = This request has already been answered.
meeting-handled-by = { $name } has already answered this request.
meeting-slot-taken = That time has just been taken by another meeting. Please choose another time.

meetings-title = 🤝 Your delegation's meetings
meetings-none = Your delegation has no meeting requests yet. Send /meet to ask for one.
meetings-sent = To { $delegation }
meetings-received = From { $delegation }
meetings-cancel-button = ✖ Cancel the meeting with { $delegation }
meeting-status =
    { $status ->
        [awaiting_staff] with the protocol office
        [proposed] waiting for an answer
        [confirmed] confirmed
        [declined] declined
        [rejected] not approved
        [cancelled] cancelled
       *[expired] expired
    }

staff-meeting-request = 🛂 Meeting request: { $requester } → { $target }
staff-meeting-approve = ✅ Approve
staff-meeting-reject = ✖ Reject
staff-meeting-approved = ✅ Approved by { $name }; the request has gone to the delegation.
staff-meeting-reason = { $name }, please write the reason for rejecting in your next message here.
staff-meeting-rejected = Rejected by { $name }; the requesting delegation has been told.
staff-meeting-confirmed = 🤝 Meeting #{ $id } confirmed: { $requester } – { $target }
staff-meeting-interpreter = 🗣 Interpreter needed: { $languages }
staff-meeting-choose-room = Please choose a room:
staff-meeting-room-assigned = 📍 { $room } assigned by { $name }; both delegations have been told.
staff-meeting-room-taken = That room is taken at that time. Please choose another.
staff-meeting-bad-time = That is not a free meeting time for both delegations. Times are HH:MM or YYYY-MM-DD HH:MM in summit time, on the meeting grid.
staff-meetings-title = 🤝 Meetings on { DATE($day) }:
staff-meetings-none = No meetings are confirmed for { DATE($day) }.
staff-meeting-done = Done: meeting #{ $id }. Both delegations have been told.
staff-meeting-usage = Please write it as: /meeting CODE1 CODE2 HH:MM, or /meeting CODE1 CODE2 YYYY-MM-DD HH:MM (delegation codes as in the roster).
staff-meeting-move-usage = Please write it as: /meeting_move NUMBER HH:MM, or /meeting_move NUMBER YYYY-MM-DD HH:MM.
staff-meeting-cancel-usage = Please write it as: /meeting_cancel NUMBER.
staff-meeting-cancel-confirm = Cancel meeting #{ $id } between { $requester } and { $target }? Both delegations will be told.
staff-meeting-cancel-yes = Yes, cancel the meeting
staff-meeting-cancelled = ❌ Meeting #{ $id } cancelled by { $name }; both delegations have been told.
