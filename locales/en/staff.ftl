## Commands in the private staff group.

staff-help =
    Staff commands (they work only in this group):
    /help — this list
staff-command-help = Staff commands
