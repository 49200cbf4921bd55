"""The programme, a delegate's own agenda and their reminder settings: /agenda, /now, /venue,
/my, /settings and the buttons of those pages. Pages are edited in place as people tap
through them, so the chat does not fill with old pages."""

from __future__ import annotations

import contextlib
from datetime import date
from zoneinfo import ZoneInfo

from aiogram import Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, or_f
from aiogram.types import BufferedInputFile, CallbackQuery, Message

from bot.core import Services
from bot.i18n import Translator
from bot.services import calendar, texts
from bot.services.programme import PickOutcome
from bot.services.views import SessionView, Viewer, localized
from bot.transport import agenda_pages
from bot.transport.agenda_pages import Page
from bot.transport.callbacks import (
    AGENDA_VIEWS,
    MY_ACTIONS,
    PREFERENCES,
    SESSION_ACTIONS,
    AgendaPage,
    MyAgenda,
    Preference,
    SessionCard,
)
from bot.transport.filters import Unregistered


async def show(target: Message | CallbackQuery, page: Page) -> None:
    """A command answers with a new message; a button turns the page it is on."""
    if isinstance(target, Message):
        await target.answer(page.text, reply_markup=page.markup)
        return
    message = target.message
    if isinstance(message, Message):
        # Tapping the same button twice asks for an edit that changes nothing; the
        # messenger refuses it, and there is nothing to do.
        with contextlib.suppress(TelegramBadRequest):
            await message.edit_text(page.text, reply_markup=page.markup)
    elif message is not None:
        await target.bot.send_message(message.chat.id, page.text, reply_markup=page.markup)  # type: ignore[union-attr]


async def register_first(message: Message, t: Translator) -> None:
    await message.answer(t("agenda-register-first"))


async def register_first_button(query: CallbackQuery, t: Translator) -> None:
    await query.answer(t("agenda-register-first"), show_alert=True)


async def _stale(query: CallbackQuery, t: Translator) -> None:
    await query.answer(t("stale-button"), show_alert=True)


def _home_zone(services: Services, viewer: Viewer, home_time: bool) -> ZoneInfo | None:
    delegation = viewer.delegate.delegation if viewer.delegate else None
    if not home_time or delegation is None:
        return None
    return ZoneInfo(delegation.timezone)


def _event_id(services: Services) -> int:
    assert services.event is not None, "the event row is made before polling starts"
    return services.event.id


async def agenda_command(
    message: Message, t: Translator, viewer: Viewer, services: Services
) -> None:
    await show(message, await _days_page(t, services))


async def _days_page(t: Translator, services: Services) -> Page:
    day_list = await services.programme.days(_event_id(services))
    page = agenda_pages.days(t, localized(services.summit.names, t.chain), day_list)
    if not day_list:
        return Page(t("agenda-empty"), page.markup)
    return page


async def agenda_page(
    query: CallbackQuery,
    callback_data: AgendaPage,
    t: Translator,
    viewer: Viewer,
    services: Services,
) -> None:
    if callback_data.view == "venue":
        await query.answer()
        await _send_venue(query.message, t, services)  # type: ignore[arg-type]
        return
    page = await _agenda_page(callback_data, t, viewer, services)
    if page is None:
        await _stale(query, t)
        return
    await query.answer()
    await show(query, page)


async def _agenda_page(
    data: AgendaPage, t: Translator, viewer: Viewer, services: Services
) -> Page | None:
    """The page a button asks for, or None when the button no longer fits the programme."""
    if data.view not in AGENDA_VIEWS or data.page < 0:
        return None
    event_id = _event_id(services)
    programme = services.programme
    zone = programme.zone
    if data.view == "days":
        return await _days_page(t, services)
    if data.view == "now":
        current, later = await programme.now_and_next(event_id)
        return agenda_pages.now_and_next(t, current, later, zone)
    kind_list = await programme.kinds(event_id)
    if data.view == "kinds":
        return agenda_pages.kinds(t, kind_list)
    assert viewer.delegate is not None
    picked = await programme.picked(viewer.delegate.id)
    if data.view == "day":
        try:
            day = date.fromordinal(data.day)
        except (ValueError, OverflowError):
            return None
        if day not in await programme.days(event_id):
            return None
        sessions = await programme.on_day(event_id, day)
        heading = t("agenda-day-title", day=day)
        show_day = False
    else:
        if not 0 <= data.kind < len(kind_list):
            return None
        sessions = await programme.of_kind(event_id, kind_list[data.kind])
        heading = t("agenda-kind-title", kind=texts.kind_name(t, kind_list[data.kind]))
        show_day = True
    if data.page >= agenda_pages.pages_of(len(sessions)):
        return None
    return agenda_pages.session_list(
        t,
        heading,
        sessions,
        picked,
        zone,
        page=data.page,
        here=lambda n: AgendaPage(view=data.view, day=data.day, kind=data.kind, page=n),
        show_day=show_day,
    )


async def session_card(
    query: CallbackQuery,
    callback_data: SessionCard,
    t: Translator,
    viewer: Viewer,
    services: Services,
) -> None:
    assert viewer.delegate is not None
    if callback_data.action not in SESSION_ACTIONS or callback_data.back not in AGENDA_VIEWS:
        await _stale(query, t)
        return
    event_id = _event_id(services)
    programme = services.programme
    delegate_id = viewer.delegate.id
    toast = None
    if callback_data.action == "add":
        outcome = await programme.add(event_id, delegate_id, callback_data.id)
        prefs = await programme.preferences(delegate_id)
        toast = t("session-added", minutes=prefs.reminder_minutes)
    elif callback_data.action == "remove":
        outcome = await programme.remove(event_id, delegate_id, callback_data.id)
        toast = t("session-removed")
    else:
        outcome = None
    session = await programme.session(event_id, callback_data.id)
    if session is None or outcome == PickOutcome.GONE:
        await query.answer(t("session-gone"), show_alert=True)
        return
    prefs = await programme.preferences(delegate_id)
    picked = callback_data.id in await programme.picked(delegate_id)
    await query.answer(toast)
    page = agenda_pages.session_card(
        t,
        session,
        programme.zone,
        _home_zone(services, viewer, prefs.home_time),
        picked=picked,
        card=SessionCard(**(callback_data.model_dump() | {"action": "show"})),
    )
    await show(query, page)


async def now_command(message: Message, t: Translator, viewer: Viewer, services: Services) -> None:
    current, later = await services.programme.now_and_next(_event_id(services))
    await show(message, agenda_pages.now_and_next(t, current, later, services.programme.zone))


async def venue_command(message: Message, t: Translator, services: Services) -> None:
    await _send_venue(message, t, services)


async def _send_venue(message: Message | None, t: Translator, services: Services) -> None:
    if message is None:
        return
    summit = services.summit
    venue = localized(summit.venue, t.chain)
    await message.answer(t("venue-text", venue=venue))
    if summit.latitude is not None and summit.longitude is not None:
        await message.answer_location(summit.latitude, summit.longitude)


async def my_command(message: Message, t: Translator, viewer: Viewer, services: Services) -> None:
    await show(message, await _my_page(t, viewer, services))


async def _my_page(t: Translator, viewer: Viewer, services: Services) -> Page:
    assert viewer.delegate is not None
    programme = services.programme
    sessions = await _personal(viewer, services)
    prefs = await programme.preferences(viewer.delegate.id)
    home = _home_zone(services, viewer, prefs.home_time)
    return agenda_pages.my_agenda(t, sessions, programme.zone, home)


async def _personal(viewer: Viewer, services: Services) -> list[SessionView]:
    """The delegate's sessions and their delegation's confirmed meetings, in time order."""
    assert viewer.delegate is not None
    event_id = _event_id(services)
    items = await services.programme.personal(event_id, viewer.delegate.id)
    if viewer.delegate.delegation is not None:
        items += await services.meetings.agenda_items(event_id, viewer.delegate.delegation.id)
    return sorted(items, key=lambda item: (item.starts_at, item.id))


async def my_agenda_pressed(
    query: CallbackQuery,
    callback_data: MyAgenda,
    t: Translator,
    viewer: Viewer,
    services: Services,
) -> None:
    assert viewer.delegate is not None
    if callback_data.action not in MY_ACTIONS:
        await _stale(query, t)
        return
    await query.answer()
    if callback_data.action == "show":
        await show(query, await _my_page(t, viewer, services))
    elif callback_data.action == "settings":
        await show(query, await _settings_page(t, viewer, services))
    elif query.message is not None:
        await _send_calendar(query.message, t, viewer, services)  # type: ignore[arg-type]


async def _send_calendar(
    message: Message, t: Translator, viewer: Viewer, services: Services
) -> None:
    assert viewer.delegate is not None
    programme = services.programme
    sessions = await _personal(viewer, services)
    if not sessions:
        await message.answer(t("my-empty"))
        return
    prefs = await programme.preferences(viewer.delegate.id)
    event = services.settings.event
    data = calendar.sessions_to_ics(
        sessions,
        language_chain=t.chain,
        lead_minutes=prefs.reminder_minutes,
        event_timezone=event.timezone,
        calendar_name=localized(services.summit.names, t.chain),
        uid_domain=f"{event.code}.khazar",
    )
    await message.answer_document(
        BufferedInputFile(data, filename=f"{event.code}.ics"),
        caption=t("my-calendar-caption", minutes=prefs.reminder_minutes),
    )


async def settings_command(
    message: Message, t: Translator, viewer: Viewer, services: Services
) -> None:
    await show(message, await _settings_page(t, viewer, services))


async def _settings_page(t: Translator, viewer: Viewer, services: Services) -> Page:
    assert viewer.delegate is not None
    programme = services.programme
    prefs = await programme.preferences(viewer.delegate.id)
    return agenda_pages.settings(t, prefs, programme.lead_choices)


async def preference_chosen(
    query: CallbackQuery,
    callback_data: Preference,
    t: Translator,
    viewer: Viewer,
    services: Services,
) -> None:
    assert viewer.delegate is not None
    programme = services.programme
    name, value = callback_data.name, callback_data.value
    valid = name in PREFERENCES and (
        (name == "lead" and value in programme.lead_choices) or value in (0, 1)
    )
    if not valid:
        await _stale(query, t)
        return
    if name == "lead":
        await programme.set_lead(viewer.delegate.id, value)
    elif name == "briefing":
        await programme.set_briefing(viewer.delegate.id, bool(value))
    else:
        await programme.set_home_time(viewer.delegate.id, bool(value))
    await query.answer(t("settings-saved"))
    await show(query, await _settings_page(t, viewer, services))


def register(router: Router) -> None:
    """Put this module's handlers on `router` (see handlers/__init__.py for why not a router
    of its own). Everything here is for registered delegates; others are told how to
    register, first, so the handlers below can count on a delegate."""
    router.message.register(
        register_first, Command("agenda", "now", "my", "settings"), Unregistered()
    )
    router.callback_query.register(
        register_first_button,
        or_f(AgendaPage.filter(), SessionCard.filter(), MyAgenda.filter(), Preference.filter()),
        Unregistered(),
    )
    router.message.register(agenda_command, Command("agenda"))
    router.message.register(now_command, Command("now"))
    router.message.register(venue_command, Command("venue"))
    router.message.register(my_command, Command("my"))
    router.message.register(settings_command, Command("settings"))
    router.callback_query.register(agenda_page, AgendaPage.filter())
    router.callback_query.register(session_card, SessionCard.filter())
    router.callback_query.register(my_agenda_pressed, MyAgenda.filter())
    router.callback_query.register(preference_chosen, Preference.filter())
