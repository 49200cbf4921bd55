## Commands in the private staff group.

staff-help =
    Қызметкерлерге арналған пәрмендер (тек осы топта жұмыс істейді):
    /help — осы тізім
staff-command-help = Қызметкерлерге арналған пәрмендер
