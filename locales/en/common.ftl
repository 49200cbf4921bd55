## Shared by every feature: errors, unknown input, help.

error-apology = Sorry, something went wrong on our side. Please try again in a moment.
unknown-command = I don't know that command. Send /help to see what I can do.
unknown-text = I didn't understand that. Please use the menu buttons, or send /help.
stale-button = This button is no longer valid. Here is the current menu.
help-delegate =
    What I can do:
    /start — the main menu
    /agenda — the programme, by day or by track
    /my — your own agenda, and a calendar file of it
    /now — what is on now and next
    /venue — where the summit takes place
    /settings — reminders: how early, the morning briefing, home time
    /meet — ask another delegation for a meeting
    /meetings — your delegation's meeting requests and meetings
    /language — change the language
    /help — this list
help-unregistered =
    I am the assistant of the summit's delegates.
    To register, send me the invitation code the organisers gave you, or open your invitation link.
    /language — change the language
    /help — this list
