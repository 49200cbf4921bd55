## Commands in the private staff group.

staff-help =
    Staff commands (they work only in this group):
    /sessions — the programme with each session's key
    /move KEY HH:MM — move a session on the same day (or /move KEY YYYY-MM-DD HH:MM), in summit time
    /room KEY new room — change a session's room
    /cancel KEY — cancel a session
    Each change is shown first; it is made, and the delegates concerned are told, only when you confirm it.
    /meetings — today's bilateral meetings, rooms and interpreters
    /meeting CODE1 CODE2 HH:MM — arrange a meeting between two delegations
    /meeting_move NUMBER HH:MM — move a meeting
    /meeting_cancel NUMBER — cancel a meeting
    /broadcast AUDIENCE — an announcement, each delegate reading it in their language
    /stats — registrations, invitations, meetings, broadcasts
    /audit — the latest staff actions
    /delegates TEXT — find delegates and how far their registration got
    /invite REF — a new invitation code and links for a delegate
    /invite_revoke REF — withdraw a delegate's unused invitation
    /export delegates, /export meetings, /export broadcasts — CSV and spreadsheet files
    /help — this list
staff-command-help = Staff commands
staff-command-sessions = The programme with session keys
staff-command-move = Move a session
staff-command-room = Change a session's room
staff-command-cancel = Cancel a session
staff-command-meetings = Today's bilateral meetings
staff-command-meeting = Arrange a meeting between two delegations
staff-command-meeting-move = Move a meeting
staff-command-meeting-cancel = Cancel a meeting
staff-command-broadcast = Send an announcement
staff-command-stats = The figures
staff-command-audit = The latest staff actions
staff-command-delegates = Find delegates
staff-command-invite = A new invitation for a delegate
staff-command-invite-revoke = Withdraw an invitation
staff-command-export = Export lists as files
staff-sessions-title = The programme (key · time · title · room):
staff-move-usage = Please write it as: /move KEY HH:MM, or /move KEY YYYY-MM-DD HH:MM (summit time). /sessions lists the keys.
staff-room-usage = Please write it as: /room KEY new room. /sessions lists the keys.
staff-cancel-usage = Please write it as: /cancel KEY. /sessions lists the keys.
staff-session-unknown = There is no session with the key “{ $key }”. /sessions lists the keys.
staff-session-cancelled = That session is already cancelled.
staff-no-change = The programme already says so; there is nothing to change.
staff-time-invalid = I cannot read “{ $text }” as a time. Please write HH:MM or YYYY-MM-DD HH:MM, in summit time.
staff-room-too-long = A room name may be at most { $max } characters long.
staff-confirm-title = Please check this change. Nothing has changed yet.
staff-confirm-audience = { $count ->
        [one] One delegate will be told.
       *[other] { $count } delegates will be told.
    }
staff-confirm-button = ✅ Confirm
staff-discard-button = ✖ Discard
staff-change-applied = ✅ Done. { $count ->
        [one] One delegate
       *[other] { $count } delegates
    } will be told in { $minutes } min; further changes to this session until then go into the same notice.
staff-change-discarded = Discarded; nothing has changed.
staff-change-not-yours = Only the staff member who proposed this change can confirm or discard it.
staff-change-decided = This change has already been confirmed or discarded.
staff-change-outdated = The session has changed since this was proposed, so nothing was done. Please propose the change again.
