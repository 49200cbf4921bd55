"""Bilateral meetings for delegates: /meet (country → delegation → topic → times → note →
send), the answer buttons on a request (accept a time, propose others, decline), /meetings.

The draft of a request lives in the person's FSM data; the buttons carry only the choice. A
button from a draft that is gone (the bot restarted, the person started again) is stale.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from aiogram import Router
from aiogram.filters import Command, StateFilter, or_f
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from bot.config import MeetingSettings
from bot.core import Services
from bot.i18n import Translator
from bot.services.meetings import Refusal, Result, slot_moment
from bot.services.views import Viewer, localized
from bot.transport import meeting_pages
from bot.transport.agenda_pages import Page
from bot.transport.callbacks import (
    MEET_STEPS,
    MEETING_ANSWERS,
    MeetingAnswer,
    MeetStep,
)
from bot.transport.filters import Unregistered, is_plain_text
from handlers.agenda import register_first, register_first_button, show

REFUSALS = {
    Refusal.NO_DELEGATION: "meet-no-delegation",
    Refusal.OWN: "meet-own-delegation",
    Refusal.ALREADY_OPEN: "meet-already-open",
    Refusal.TOO_MANY: "meet-too-many",
    Refusal.BAD_TOPIC: "stale-button",
    Refusal.BAD_SLOTS: "meet-slots-gone",
    Refusal.NOTE_TOO_LONG: "meet-note-too-long",
    Refusal.UNKNOWN: "stale-button",
    Refusal.NOT_YOURS: "meeting-not-yours",
    Refusal.HANDLED: "meeting-handled",
    Refusal.SLOT_TAKEN: "meeting-slot-taken",
    Refusal.ROOM_TAKEN: "staff-meeting-room-taken",
    Refusal.BAD_TIME: "staff-meeting-bad-time",
}


class MeetingForm(StatesGroup):
    choosing = State()
    note = State()
    reason = State()


def refusal_text(t: Translator, result: Result, settings: MeetingSettings) -> str:
    assert result.refusal is not None
    meeting = result.meeting
    if result.refusal is Refusal.HANDLED and meeting is not None and meeting.answered_by:
        return t("meeting-handled-by", name=meeting.answered_by)
    most = (
        settings.note_max_length
        if result.refusal is Refusal.NOTE_TOO_LONG
        else settings.max_proposed_slots
    )
    return t(REFUSALS[result.refusal], most=most)


async def meet_command(
    message: Message, t: Translator, viewer: Viewer, services: Services, state: FSMContext
) -> None:
    assert viewer.delegate is not None and services.event is not None
    own = viewer.delegate.delegation
    if own is None:
        await message.answer(t("meet-no-delegation"))
        return
    await state.set_state(MeetingForm.choosing)
    await state.set_data({"mode": "request", "slots": []})
    others = [d for d in await services.meetings.delegations(services.event.id) if d.id != own.id]
    codes = sorted({d.country for d in others})
    await show(message, meeting_pages.countries(t, codes))


async def meet_step(
    query: CallbackQuery,
    callback_data: MeetStep,
    t: Translator,
    viewer: Viewer,
    services: Services,
    state: FSMContext,
) -> None:
    assert viewer.delegate is not None and services.event is not None
    draft: dict[str, Any] = await state.get_data()
    if callback_data.step not in MEET_STEPS or not draft:
        await query.answer(t("stale-button"), show_alert=True)
        return
    meetings = services.meetings
    event_id = services.event.id
    step = callback_data.step
    own = viewer.delegate.delegation
    most = meetings.settings.max_proposed_slots
    if step == "cancel":
        await state.clear()
        await query.answer()
        await show(query, Page(t("meet-cancelled"), None))
        return
    if own is None:
        await query.answer(t("meet-no-delegation"), show_alert=True)
        return
    delegations = {d.id: d for d in await meetings.delegations(event_id)}
    if step == "country":
        choices = [
            d for d in delegations.values() if d.country == callback_data.code and d.id != own.id
        ]
        if not choices:
            await query.answer(t("stale-button"), show_alert=True)
            return
        await query.answer()
        await show(query, meeting_pages.delegations(t, choices))
        return
    if step == "delegation":
        refusal = await meetings.check_target(event_id, viewer.delegate, callback_data.id)
        if refusal is not None:
            await query.answer(t(REFUSALS[refusal], most=most), show_alert=True)
            return
        await state.update_data(target=callback_data.id)
        await query.answer()
        await show(query, meeting_pages.topics(t, delegations[callback_data.id]))
        return
    target_id = draft.get("target")
    if target_id not in delegations:
        await query.answer(t("stale-button"), show_alert=True)
        return
    free = await meetings.free_slots(event_id, own.id, target_id)
    chosen: list[int] = list(draft.get("slots", []))
    day = date.fromordinal(draft["day"]) if draft.get("day") else None
    if step == "topic":
        if draft.get("mode") != "request":
            await query.answer(t("stale-button"), show_alert=True)
            return
        await state.update_data(topic=callback_data.code)
    elif step == "day":
        try:
            day = date.fromordinal(callback_data.id)
        except (ValueError, OverflowError):
            await query.answer(t("stale-button"), show_alert=True)
            return
        await state.update_data(day=callback_data.id)
    elif step == "slot":
        if callback_data.id not in {s.timestamp() // 60 for s in free}:
            await query.answer(t("meet-slots-gone"), show_alert=True)
            return
        if callback_data.id in chosen:
            chosen.remove(callback_data.id)
        elif len(chosen) >= most:
            await query.answer(t("meet-too-many-slots", most=most), show_alert=True)
            return
        else:
            chosen.append(callback_data.id)
        await state.update_data(slots=chosen)
    elif step == "done":
        if not chosen:
            await query.answer(t("stale-button"), show_alert=True)
            return
        await query.answer()
        if draft.get("mode") == "counter":
            await _send_counter(query, t, viewer, services, state, draft, chosen)
            return
        await state.set_state(MeetingForm.note)
        await show(query, meeting_pages.note_prompt(t, meetings.settings.note_max_length))
        return
    elif step == "skip":
        await query.answer()
        if draft.get("mode") == "decline":
            await _send_decline(query.message, t, viewer, services, state, draft, "")
            return
        await _show_summary(query, t, services, state, "")
        return
    elif step == "send":
        await query.answer()
        await _send_request(query, t, viewer, services, state)
        return
    await query.answer()
    await show(query, meeting_pages.slots(t, free, chosen, day, meetings.zone, most))


async def _show_summary(
    target: Message | CallbackQuery, t: Translator, services: Services, state: FSMContext, note: str
) -> None:
    assert services.event is not None
    draft = await state.get_data()
    await state.update_data(note=note)
    await state.set_state(MeetingForm.choosing)
    delegations = {d.id: d for d in await services.meetings.delegations(services.event.id)}
    page = meeting_pages.summary(
        t,
        delegations[draft["target"]],
        draft.get("topic", "other"),
        draft.get("slots", []),
        note,
        services.meetings.zone,
    )
    await show(target, page)


async def note_written(
    message: Message, t: Translator, viewer: Viewer, services: Services, state: FSMContext
) -> None:
    most = services.meetings.settings.note_max_length
    text = (message.text or "").strip()
    if not text or len(text) > most:
        await message.answer(t("meet-note-too-long", most=most))
        return
    draft = await state.get_data()
    if draft.get("mode") == "decline":
        await _send_decline(message, t, viewer, services, state, draft, text)
        return
    await _show_summary(message, t, services, state, text)


async def _send_request(
    query: CallbackQuery, t: Translator, viewer: Viewer, services: Services, state: FSMContext
) -> None:
    assert viewer.delegate is not None and services.event is not None
    draft = await state.get_data()
    if not draft.get("topic") or not draft.get("slots"):
        await show(query, Page(t("stale-button"), None))
        return
    result = await services.meetings.request(
        services.event.id,
        viewer.delegate,
        draft["target"],
        draft["topic"],
        [slot_moment(n) for n in draft["slots"]],
        draft.get("note", ""),
    )
    await state.clear()
    if not result.ok:
        await show(query, Page(refusal_text(t, result, services.meetings.settings)))
        return
    services.wake_senders()
    assert result.meeting is not None
    key = "meet-sent-to-staff" if services.meetings.settings.protocol_mode else "meet-sent"
    other = localized(result.meeting.target.names, t.chain)
    await show(query, Page(t(key, delegation=other), None))


async def _send_counter(
    query: CallbackQuery,
    t: Translator,
    viewer: Viewer,
    services: Services,
    state: FSMContext,
    draft: dict[str, Any],
    chosen: list[int],
) -> None:
    assert viewer.delegate is not None and services.event is not None
    result = await services.meetings.counter(
        services.event.id,
        draft["meeting"],
        draft["version"],
        [slot_moment(n) for n in chosen],
        viewer.delegate,
    )
    await state.clear()
    if not result.ok:
        await show(query, Page(refusal_text(t, result, services.meetings.settings)))
        return
    services.wake_senders()
    await show(query, Page(t("meet-counter-sent"), None))


async def _send_decline(
    message: Message,
    t: Translator,
    viewer: Viewer,
    services: Services,
    state: FSMContext,
    draft: dict[str, Any],
    reason: str,
) -> None:
    assert viewer.delegate is not None and services.event is not None
    result = await services.meetings.decline(
        services.event.id, draft["meeting"], draft["version"], reason, viewer.delegate
    )
    await state.clear()
    if not result.ok:
        await message.answer(refusal_text(t, result, services.meetings.settings))
        return
    services.wake_senders()
    await message.answer(t("meet-declined"))


async def answer_pressed(
    query: CallbackQuery,
    callback_data: MeetingAnswer,
    t: Translator,
    viewer: Viewer,
    services: Services,
    state: FSMContext,
) -> None:
    assert viewer.delegate is not None and services.event is not None
    meetings = services.meetings
    event_id = services.event.id
    action = callback_data.action
    most = meetings.settings.max_proposed_slots
    if action not in MEETING_ANSWERS:
        await query.answer(t("stale-button"), show_alert=True)
        return
    meeting = await meetings.meeting(event_id, callback_data.id)
    if meeting is None:
        await query.answer(t("stale-button"), show_alert=True)
        return
    if action == "accept":
        result = await meetings.accept(
            event_id, callback_data.id, callback_data.version, callback_data.slot, viewer.delegate
        )
    elif action == "cancel":
        result = await meetings.cancel(
            event_id, callback_data.id, callback_data.version, viewer.delegate
        )
    else:
        # Counter-proposing and declining take another step; the wrong person is told now,
        # before they start.
        result = await meetings.check_answer(
            event_id, callback_data.id, callback_data.version, viewer.delegate
        )
        if result.ok:
            await query.answer()
            own_id = viewer.delegate.delegation.id  # type: ignore[union-attr]
            data = {
                "meeting": meeting.id,
                "version": meeting.version,
                "target": meeting.other(own_id).id,
                "slots": [],
            }
            if action == "counter":
                await state.set_state(MeetingForm.choosing)
                await state.set_data({**data, "mode": "counter"})
                free = await meetings.free_slots(event_id, meeting.requester.id, meeting.target.id)
                await show_new(query, meeting_pages.slots(t, free, [], None, meetings.zone, most))
            else:
                await state.set_state(MeetingForm.note)
                await state.set_data({**data, "mode": "decline"})
                await show_new(
                    query, meeting_pages.reason_prompt(t, meetings.settings.note_max_length)
                )
            return
    if not result.ok:
        await query.answer(refusal_text(t, result, meetings.settings), show_alert=True)
        return
    services.wake_senders()
    services.agenda_changed()
    await query.answer(t("meeting-done"))


async def show_new(query: CallbackQuery, page: Page) -> None:
    """A new message under the request, which stays as it was for the others to see."""
    if isinstance(query.message, Message):
        await query.message.answer(page.text, reply_markup=page.markup)


async def meetings_command(
    message: Message, t: Translator, viewer: Viewer, services: Services
) -> None:
    assert viewer.delegate is not None and services.event is not None
    own = viewer.delegate.delegation
    if own is None:
        await message.answer(t("meet-no-delegation"))
        return
    found = await services.meetings.of_delegation(services.event.id, own.id)
    page = meeting_pages.overview(t, found, own.id, services.meetings)
    await message.answer(page.text, reply_markup=page.markup)


def register(router: Router) -> None:
    """Put this module's handlers on `router` (see handlers/__init__.py for why not a router
    of its own)."""
    router.message.register(register_first, Command("meet", "meetings"), Unregistered())
    router.callback_query.register(
        register_first_button, or_f(MeetStep.filter(), MeetingAnswer.filter()), Unregistered()
    )
    router.message.register(meet_command, Command("meet"))
    router.message.register(meetings_command, Command("meetings"))
    router.callback_query.register(meet_step, MeetStep.filter())
    router.callback_query.register(answer_pressed, MeetingAnswer.filter())
    router.message.register(note_written, StateFilter(MeetingForm.note), is_plain_text)
