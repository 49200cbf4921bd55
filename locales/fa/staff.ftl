## Commands in the private staff group.

staff-help =
    دستورهای کارکنان (فقط در همین گروه کار می‌کنند):
    /help — همین فهرست
staff-command-help = دستورهای کارکنان
