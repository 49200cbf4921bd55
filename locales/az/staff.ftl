## Commands in the private staff group.

staff-help =
    Əməkdaşlar üçün əmrlər (yalnız bu qrupda işləyir):
    /help — bu siyahı
staff-command-help = Əməkdaşlar üçün əmrlər
