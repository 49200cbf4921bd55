"""The programme's pages, in the viewer's language: text and inline keyboard together.

Every page fits one phone screen: a day or a track shows at most PAGE_SIZE sessions, with
buttons to page on, and each session opens its own card with a button to add it to (or remove
it from) one's agenda.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Translator
from bot.services import texts
from bot.services.views import Preferences, SessionView
from bot.transport.callbacks import AgendaPage, MyAgenda, Preference, SessionCard

PAGE_SIZE = 6
BUTTON_TEXT_LIMIT = 48


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    markup: InlineKeyboardMarkup | None = None


def _button(text: str, data: object) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data.pack())  # type: ignore[attr-defined]


def _short(text: str) -> str:
    return text if len(text) <= BUTTON_TEXT_LIMIT else text[: BUTTON_TEXT_LIMIT - 1] + "…"


def days(t: Translator, event_name: str, day_list: Sequence[date]) -> Page:
    rows = [
        [_button(t("agenda-day-button", day=day), AgendaPage(view="day", day=day.toordinal()))]
        for day in day_list
    ]
    rows.append(
        [
            _button(t("agenda-by-track"), AgendaPage(view="kinds")),
            _button(t("agenda-now-button"), AgendaPage(view="now")),
        ]
    )
    rows.append([_button(t("agenda-venue-button"), AgendaPage(view="venue"))])
    return Page(
        t("agenda-choose-day", event=event_name), InlineKeyboardMarkup(inline_keyboard=rows)
    )


def kinds(t: Translator, kind_list: Sequence[str]) -> Page:
    rows = [
        [_button(texts.kind_name(t, kind), AgendaPage(view="kind", kind=index))]
        for index, kind in enumerate(kind_list)
    ]
    rows.append([_button(t("agenda-back"), AgendaPage(view="days"))])
    return Page(t("agenda-choose-kind"), InlineKeyboardMarkup(inline_keyboard=rows))


def pages_of(count: int) -> int:
    return max(1, -(-count // PAGE_SIZE))


def session_list(
    t: Translator,
    heading: str,
    sessions: Sequence[SessionView],
    picked: set[int],
    zone: ZoneInfo,
    *,
    page: int,
    here: Callable[[int], AgendaPage],
    show_day: bool = False,
) -> Page:
    """One page of a day or a track; `here(n)` is the callback of page n of the same list."""
    total = pages_of(len(sessions))
    shown = sessions[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    lines = [heading, ""]
    if not sessions:
        lines.append(t("agenda-list-empty"))
    for s in shown:
        if show_day:
            lines.append(t("agenda-line-day", day=texts.local(s.starts_at, zone)))
        lines.append(texts.line(t, s, zone, picked=s.id in picked))
    if total > 1:
        lines += ["", t("agenda-page", page=page + 1, pages=total)]
    origin = here(page)
    rows = []
    for s in shown:
        mark = "❌ " if s.cancelled else ("⭐ " if s.id in picked else "")
        start = texts.local(s.starts_at, zone)
        label = t("agenda-session-button", start=start, title=mark + texts.title(t, s))
        rows.append(
            [
                _button(
                    _short(label),
                    SessionCard(
                        action="show",
                        id=s.id,
                        back=origin.view,
                        day=origin.day,
                        kind=origin.kind,
                        page=page,
                    ),
                )
            ]
        )
    paging = []
    if page > 0:
        paging.append(_button(t("agenda-previous"), here(page - 1)))
    if page + 1 < total:
        paging.append(_button(t("agenda-next"), here(page + 1)))
    if paging:
        rows.append(paging)
    rows.append([_button(t("agenda-back"), AgendaPage(view="days"))])
    return Page("\n".join(lines), InlineKeyboardMarkup(inline_keyboard=rows))


def session_card(
    t: Translator,
    s: SessionView,
    zone: ZoneInfo,
    home: ZoneInfo | None,
    *,
    picked: bool,
    card: SessionCard,
) -> Page:
    rows = []
    if not s.for_everyone and not s.cancelled:
        action, label = ("remove", "session-remove") if picked else ("add", "session-add")
        rows.append([_button(t(label), SessionCard(**(card.model_dump() | {"action": action})))])
    back = AgendaPage(view=card.back, day=card.day, kind=card.kind, page=card.page)
    rows.append([_button(t("agenda-back"), back)])
    text = texts.details(t, s, zone, home, picked=picked)
    return Page(text, InlineKeyboardMarkup(inline_keyboard=rows))


def now_and_next(
    t: Translator, current: Sequence[SessionView], later: Sequence[SessionView], zone: ZoneInfo
) -> Page:
    lines = [t("agenda-now-title"), ""]
    lines.append(t("agenda-now-heading"))
    lines += [texts.line(t, s, zone) for s in current] or [t("agenda-now-none")]
    lines += ["", t("agenda-next-heading")]
    for s in later:
        lines.append(t("agenda-line-day", day=texts.local(s.starts_at, zone)))
        lines.append(texts.line(t, s, zone))
    if not later:
        lines.append(t("agenda-next-none"))
    rows = [
        [_button(t("agenda-refresh"), AgendaPage(view="now"))],
        [_button(t("agenda-back"), AgendaPage(view="days"))],
    ]
    return Page("\n".join(lines), InlineKeyboardMarkup(inline_keyboard=rows))


def my_agenda(
    t: Translator, sessions: Sequence[SessionView], zone: ZoneInfo, home: ZoneInfo | None
) -> Page:
    if sessions:
        text = "\n".join([t("my-title"), "", *texts.timeline(t, sessions, zone, home)])
    else:
        text = t("my-empty")
    rows = [
        [_button(t("my-calendar-button"), MyAgenda(action="ics"))],
        [
            _button(t("menu-settings"), MyAgenda(action="settings")),
            _button(t("menu-agenda"), AgendaPage(view="days")),
        ],
    ]
    return Page(text, InlineKeyboardMarkup(inline_keyboard=rows))


def settings(t: Translator, prefs: Preferences, lead_choices: Sequence[int]) -> Page:
    leads = [
        _button(
            ("✓ " if minutes == prefs.reminder_minutes else "")
            + t("settings-lead", minutes=minutes),
            Preference(name="lead", value=minutes),
        )
        for minutes in lead_choices
    ]
    rows = [leads]
    rows.append(
        [
            _button(
                t("settings-briefing-on" if prefs.morning_briefing else "settings-briefing-off"),
                Preference(name="briefing", value=0 if prefs.morning_briefing else 1),
            )
        ]
    )
    if prefs.home_timezone:
        rows.append(
            [
                _button(
                    t("settings-home-on" if prefs.home_time else "settings-home-off"),
                    Preference(name="home", value=0 if prefs.home_time else 1),
                )
            ]
        )
    text = t("settings-title", minutes=prefs.reminder_minutes)
    return Page(text, InlineKeyboardMarkup(inline_keyboard=rows))
