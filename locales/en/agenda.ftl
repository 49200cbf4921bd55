## The programme, a delegate's own agenda, reminders, the morning briefing and change notices.
## Times are in summit time (the event's time zone) unless marked as home time.

agenda-register-first = The programme and your own agenda open once you have registered. Please send me the invitation code the organisers gave you.
agenda-empty = The programme has not been published yet. Please look again later.
agenda-choose-day = 📅 The programme of the { $event }. Choose a day, or see the sessions by track.
agenda-day-button = { DATE($day) }
agenda-by-track = 🗂 By track
agenda-now-button = ⏱ Now and next
agenda-venue-button = 📍 Venue
agenda-back = « Back
agenda-previous = ‹ Previous
agenda-next = Next ›
agenda-refresh = 🔄 Refresh
agenda-choose-kind = 🗂 Choose a track.
agenda-day-title = 📅 { DATE($day) }
agenda-kind-title = 🗂 { $kind }
agenda-list-empty = Nothing is planned here.
agenda-page = Page { $page } of { $pages }
agenda-line-day = { DATE($day) }
agenda-session-button = { TIME($start) } { $title }
agenda-now-title = ⏱ Now and next
agenda-now-heading = Now:
agenda-now-none = Nothing is on right now.
agenda-next-heading = Next:
agenda-next-none = Nothing more is planned.
venue-text = 📍 The summit takes place at: { $venue }

session-times = { TIME($start) }–{ TIME($end) }
session-when = { DATE($day) }, { TIME($start) }–{ TIME($end) } (summit time)
session-when-today = { TIME($start) }–{ TIME($end) } (summit time)
session-home-time = { TIME($start) }–{ TIME($end) } your home time
session-cancelled = This session has been cancelled.
session-speakers = 🎤 Speakers: { $names }
session-topics = 📌 Topics: { $topics }
session-language = 🗣 Held in { $spoken }
session-language-interpreted = 🗣 Held in { $spoken }, with interpretation into { $into }
session-for-everyone = 👥 For all delegates: it is in everyone's agenda.
session-in-agenda = ⭐ In your agenda.
session-add = ⭐ Add to my agenda
session-remove = ✖ Remove from my agenda
session-added = Added to your agenda. I will remind you { $minutes } minutes before it starts.
session-removed = Removed from your agenda.
session-gone = This session is no longer in the programme.

kind-name =
    { $kind ->
        [opening] Opening
        [general-panel] General panel
        [economy] Economy and trade
        [transit] Transit and transport corridors
        [environment] Environment of the Caspian Sea
        [expo] Exhibition
        [bilateral] Bilateral meetings
        [ceremony] Ceremony
        [social] Social programme
        [transport] Transport for delegates
       *[other] { $kind }
    }

language-name =
    { $code ->
        [fa] Persian
        [ru] Russian
        [az] Azerbaijani
        [kk] Kazakh
        [tk] Turkmen
        [en] English
       *[other] { $code }
    }

my-title = ⭐ Your agenda
my-empty = Your agenda is empty for now. Open the programme with /agenda and add sessions with the ⭐ button.
my-day = 📅 { DATE($day) }
my-overlap = ⚠️ Overlaps with: { $other }
my-calendar-button = 📥 Download as a calendar file
my-calendar-caption = Your agenda as a calendar file. Open it to add the sessions to your phone's calendar, each with an alert { $minutes } minutes before.

settings-title =
    ⏰ Reminders
    I remind you { $minutes } minutes before each session in your agenda. Choose another time, or turn the morning briefing and home time on or off.
settings-lead = { $minutes } min
settings-briefing-on = ☀️ Morning briefing: on
settings-briefing-off = ☀️ Morning briefing: off
settings-home-on = 🏠 Home time beside summit time: on
settings-home-off = 🏠 Home time beside summit time: off
settings-saved = Saved.

reminder-title = ⏰ In { $minutes } minutes: { $title }
briefing-title = ☀️ Good morning! Your programme for { DATE($day) }:

change-title = 📢 Programme change: { $title }
change-time = 🕘 { $old } → { $new }
change-room = 📍 { $old } → { $new }
change-cancelled = ❌ Cancelled: { $title }
