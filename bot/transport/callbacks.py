"""Typed callback data. Anything that does not parse into one of these is a stale or
tampered button and gets the stale-button answer (see handlers.fallback)."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class LanguageChoice(CallbackData, prefix="lang"):
    code: str


class MenuAction(CallbackData, prefix="menu"):
    action: str


MENU_ABOUT = "about"
MENU_LANGUAGE = "language"
MENU_HELP = "help"
MENU_AGENDA = "agenda"
MENU_MY = "my"
MENU_SETTINGS = "settings"
MENU_ACTIONS = frozenset(
    {MENU_ABOUT, MENU_LANGUAGE, MENU_HELP, MENU_AGENDA, MENU_MY, MENU_SETTINGS}
)


class AgendaPage(CallbackData, prefix="ag"):
    """A page of the programme: the days (`days`), one day (`day`, by its ordinal), the
    tracks (`kinds`), one track (`kind`, by its place in the list), or now and next."""

    view: str
    day: int = 0
    kind: int = 0
    page: int = 0


AGENDA_VIEWS = frozenset({"days", "day", "kinds", "kind", "now", "venue"})


class SessionCard(CallbackData, prefix="ses"):
    """A session's details (`show`), or adding it to or removing it from one's agenda; the
    page it was opened from comes along for the way back."""

    action: str
    id: int
    back: str = "day"
    day: int = 0
    kind: int = 0
    page: int = 0


SESSION_ACTIONS = frozenset({"show", "add", "remove"})


class MyAgenda(CallbackData, prefix="my"):
    action: str


MY_ACTIONS = frozenset({"show", "ics", "settings"})


class Preference(CallbackData, prefix="pref"):
    name: str
    value: int


PREFERENCES = frozenset({"lead", "briefing", "home"})


class ChangeDecision(CallbackData, prefix="chg"):
    action: str
    id: int


CHANGE_ACTIONS = frozenset({"confirm", "discard"})


class MeetStep(CallbackData, prefix="mt"):
    """A step of asking for a meeting (or of counter-proposing times): the draft itself is
    kept in the person's FSM data, so these carry only the choice."""

    step: str
    id: int = 0
    code: str = ""


MEET_STEPS = frozenset(
    {"country", "delegation", "topic", "day", "slot", "done", "skip", "send", "cancel"}
)


class MeetingAnswer(CallbackData, prefix="ma"):
    """A delegation's answer to a meeting request; made by bot.services.meetings.answer_data,
    which writes the same fields in the same order."""

    action: str
    id: int
    version: int
    slot: int = 0


MEETING_ANSWERS = frozenset({"accept", "counter", "decline", "cancel"})


class MeetingStaff(CallbackData, prefix="ms"):
    """A staff decision on a meeting; made by bot.services.meetings.staff_data."""

    action: str
    id: int
    version: int
    room: int = 0


MEETING_STAFF_ACTIONS = frozenset({"approve", "reject", "room", "cancel"})


class BroadcastAction(CallbackData, prefix="bc"):
    """A staff button on a broadcast: preview it in a language, send, cancel, edit, retract
    (and confirm the retraction)."""

    action: str
    id: int
    lang: str = ""


BROADCAST_ACTIONS = frozenset({"preview", "send", "cancel", "edit", "retract", "retract-yes"})


class InvitationAction(CallbackData, prefix="iv"):
    """Staff confirming that a delegate's unused invitations are withdrawn."""

    action: str
    id: int
