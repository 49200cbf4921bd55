"""Commands in the private staff group. The filter that keeps them there is in handlers/__init__.

Programme changes are two steps: the command proposes (nothing changes, the group sees what
would change and how many delegates would be told), and the proposer confirms or discards it
with a button.
"""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.core import Services
from bot.i18n import Translator
from bot.platforms import Identity, Platform
from bot.services.changes import ROOM_MAX_LENGTH, Decision, Proposal, Refusal
from bot.services.meetings import Refusal as MeetingRefusal
from bot.services.meetings import Result
from bot.services.views import Viewer, localized
from bot.transport import staff_pages
from bot.transport.callbacks import (
    CHANGE_ACTIONS,
    MEETING_STAFF_ACTIONS,
    ChangeDecision,
    MeetingStaff,
)
from bot.transport.filters import is_plain_text
from handlers.meetings import refusal_text

_REFUSALS = {
    Refusal.UNKNOWN_SESSION: "staff-session-unknown",
    Refusal.CANCELLED: "staff-session-cancelled",
    Refusal.NO_CHANGE: "staff-no-change",
    Refusal.BAD_TIME: "staff-time-invalid",
    Refusal.ROOM_TOO_LONG: "staff-room-too-long",
}
_DECISIONS = {
    Decision.NOT_YOURS: "staff-change-not-yours",
    Decision.DECIDED: "staff-change-decided",
    Decision.OUTDATED: "staff-change-outdated",
    Decision.UNKNOWN: "stale-button",
}


async def staff_help(message: Message, t: Translator) -> None:
    await message.answer(t("staff-help"))


async def list_sessions(message: Message, t: Translator, services: Services) -> None:
    assert services.event is not None
    sessions = await services.changes.list_sessions(services.event.id)
    await message.answer(staff_pages.sessions(t, sessions, services.changes.zone))


def _split(command: CommandObject) -> tuple[str, str]:
    key, _, rest = (command.args or "").strip().partition(" ")
    return key, rest.strip()


# Each change command: its usage line, whether it takes a value after the key, and the
# service call that proposes it.
_CHANGE_COMMANDS = {
    "move": (
        "staff-move-usage",
        True,
        lambda changes, event_id, by, key, value: changes.propose_move(event_id, by, key, value),
    ),
    "room": (
        "staff-room-usage",
        True,
        lambda changes, event_id, by, key, value: changes.propose_room(event_id, by, key, value),
    ),
    "cancel": (
        "staff-cancel-usage",
        False,
        lambda changes, event_id, by, key, _value: changes.propose_cancel(event_id, by, key),
    ),
}


async def propose_change(
    message: Message, command: CommandObject, t: Translator, viewer: Viewer, services: Services
) -> None:
    usage, takes_value, propose = _CHANGE_COMMANDS[command.command]
    key, value = _split(command)
    if not key or (takes_value and not value):
        await message.answer(t(usage))
        return
    assert services.event is not None
    result = await propose(services.changes, services.event.id, viewer.identity, key, value)
    await _proposed(message, t, services, result, key=key, text=value)


async def _proposed(
    message: Message,
    t: Translator,
    services: Services,
    result: Proposal | Refusal,
    *,
    key: str,
    text: str,
) -> None:
    if isinstance(result, Refusal):
        await message.answer(t(_REFUSALS[result], key=key, text=text[:80], max=ROOM_MAX_LENGTH))
        return
    buttons = InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=t("staff-confirm-button"),
                    callback_data=ChangeDecision(action="confirm", id=result.id).pack(),
                ),
                InlineKeyboardButton(
                    text=t("staff-discard-button"),
                    callback_data=ChangeDecision(action="discard", id=result.id).pack(),
                ),
            ]
        ]
    )
    # Staff see the notice delegates will get, before anyone gets it.
    notice = services.changes.notice_text(t, result.before, result.after)
    lines = [
        t("staff-confirm-title"),
        "",
        notice,
        "",
        t("staff-confirm-audience", count=result.audience),
    ]
    await message.answer("\n".join(lines), reply_markup=buttons)


async def decide(
    query: CallbackQuery,
    callback_data: ChangeDecision,
    t: Translator,
    services: Services,
    viewer: Viewer,
) -> None:
    if callback_data.action not in CHANGE_ACTIONS:
        await query.answer(t("stale-button"), show_alert=True)
        return
    assert services.event is not None
    by = viewer.identity
    changes = services.changes
    if callback_data.action == "confirm":
        outcome = await changes.confirm(services.event.id, callback_data.id, by)
    else:
        outcome = await changes.discard(services.event.id, callback_data.id, by)
    if outcome.decision in _DECISIONS:
        await query.answer(t(_DECISIONS[outcome.decision]), show_alert=True)
        return
    await query.answer()
    assert outcome.proposal is not None
    if outcome.decision is Decision.APPLIED:
        services.agenda_changed()
        after = outcome.proposal.after
        await services.broadcasts.record(
            services.event.id,
            by,
            query.from_user.full_name,
            "programme_change",
            f"{after.key}: {after.starts_at.isoformat()} {after.room} cancelled={after.cancelled}",
        )
        minutes = 0
        if outcome.notify_at is not None:
            seconds = (outcome.notify_at - services.clock.now()).total_seconds()
            minutes = max(0, round(seconds / 60))
        text = t("staff-change-applied", count=outcome.notified, minutes=minutes)
    else:
        text = t("staff-change-discarded")
    if isinstance(query.message, Message):
        # The buttons go, so nobody confirms it a second time from an old message.
        await query.message.edit_reply_markup(reply_markup=None)
        await query.message.answer(text)


class StaffMeetingForm(StatesGroup):
    reject_reason = State()


async def meeting_decision(
    query: CallbackQuery,
    callback_data: MeetingStaff,
    t: Translator,
    services: Services,
    state: FSMContext,
) -> None:
    meetings = services.meetings
    if callback_data.action not in MEETING_STAFF_ACTIONS or services.event is None:
        await query.answer(t("stale-button"), show_alert=True)
        return
    event_id = services.event.id
    name = query.from_user.full_name
    if callback_data.action == "reject":
        meeting = await meetings.meeting(event_id, callback_data.id)
        if meeting is None or meeting.version != callback_data.version:
            await query.answer(t("meeting-handled"), show_alert=True)
            return
        await state.set_state(StaffMeetingForm.reject_reason)
        await state.set_data({"meeting": meeting.id, "version": meeting.version})
        await query.answer()
        if isinstance(query.message, Message):
            await query.message.answer(t("staff-meeting-reason", name=name))
        return
    if callback_data.action == "approve":
        result = await meetings.approve(event_id, callback_data.id, callback_data.version, name)
        done = "staff-meeting-approved"
    elif callback_data.action == "cancel":
        result = await meetings.cancel(
            event_id, callback_data.id, callback_data.version, None, name
        )
        done = "staff-meeting-cancelled"
    else:
        result = await meetings.assign_room(
            event_id, callback_data.id, callback_data.version, callback_data.room
        )
        done = "staff-meeting-room-assigned"
    if not result.ok:
        await query.answer(refusal_text(t, result, services.meetings.settings), show_alert=True)
        return
    services.wake_senders()
    services.agenda_changed()
    await query.answer()
    if isinstance(query.message, Message):
        if callback_data.action in ("approve", "cancel"):
            await query.message.edit_reply_markup(reply_markup=None)
        assert result.meeting is not None
        await query.message.answer(
            t(done, name=name, room=result.meeting.room or "", id=result.meeting.id)
        )


async def reject_reason_written(
    message: Message, t: Translator, services: Services, state: FSMContext
) -> None:
    draft = await state.get_data()
    await state.clear()
    if services.event is None or "meeting" not in draft:
        return
    name = message.from_user.full_name if message.from_user else ""
    result = await services.meetings.reject(
        services.event.id, draft["meeting"], draft["version"], name, message.text or ""
    )
    if not result.ok:
        await message.answer(refusal_text(t, result, services.meetings.settings))
        return
    services.wake_senders()
    await message.answer(t("staff-meeting-rejected", name=name))


async def staff_meetings(message: Message, t: Translator, services: Services) -> None:
    """Today's meetings, with rooms and the interpreting they need."""
    assert services.event is not None
    meetings = services.meetings
    today = services.clock.now().astimezone(meetings.zone).date()
    found = await meetings.confirmed_on(services.event.id, today)
    await message.answer(staff_pages.meetings_of_the_day(t, today, found, meetings.zone))


_MEETING_USAGE = {
    "meeting": "staff-meeting-usage",
    "meeting_move": "staff-meeting-move-usage",
    "meeting_cancel": "staff-meeting-cancel-usage",
}


async def staff_meeting_command(
    message: Message,
    command: CommandObject,
    t: Translator,
    services: Services,
    platform: Platform,
) -> None:
    """/meeting A B [YYYY-MM-DD] HH:MM, /meeting_move ID [YYYY-MM-DD] HH:MM, /meeting_cancel ID"""
    assert services.event is not None
    meetings = services.meetings
    event_id = services.event.id
    name = message.from_user.full_name if message.from_user else ""
    parts = (command.args or "").split()
    name_of_command = command.command
    if name_of_command == "meeting" and len(parts) >= 3:
        result = await meetings.staff_create(
            event_id, parts[0], parts[1], " ".join(parts[2:]), name
        )
    elif name_of_command == "meeting_move" and len(parts) >= 2 and parts[0].isdigit():
        result = await meetings.staff_move(event_id, int(parts[0]), " ".join(parts[1:]), name)
    elif name_of_command == "meeting_cancel" and len(parts) == 1 and parts[0].isdigit():
        # Cancelling removes a meeting both delegations count on: asked first.
        found = await meetings.meeting(event_id, int(parts[0]))
        if found is None:
            await message.answer(refusal_text(t, Result(MeetingRefusal.UNKNOWN), meetings.settings))
            return
        confirm = InlineKeyboardMarkup(
            inline_keyboard=[
                [
                    InlineKeyboardButton(
                        text=t("staff-meeting-cancel-yes"),
                        callback_data=MeetingStaff(
                            action="cancel", id=found.id, version=found.version
                        ).pack(),
                    )
                ]
            ]
        )
        await message.answer(
            t(
                "staff-meeting-cancel-confirm",
                id=found.id,
                requester=localized(found.requester.names, t.chain),
                target=localized(found.target.names, t.chain),
            ),
            reply_markup=confirm,
        )
        return
    else:
        await message.answer(t(_MEETING_USAGE[name_of_command]))
        return
    if not result.ok:
        await message.answer(refusal_text(t, result, services.meetings.settings))
        return
    services.wake_senders()
    services.agenda_changed()
    assert result.meeting is not None and message.from_user is not None
    await services.broadcasts.record(
        event_id,
        Identity(platform, message.from_user.id),
        name,
        name_of_command,
        f"#{result.meeting.id} {command.args}",
    )
    await message.answer(t("staff-meeting-done", id=result.meeting.id))


def register(router: Router) -> None:
    """Put this module's handlers on `router` (see handlers/__init__.py for why not a router
    of its own)."""
    router.message.register(staff_help, Command("help"))
    router.message.register(list_sessions, Command("sessions"))
    router.message.register(propose_change, Command(*_CHANGE_COMMANDS))
    router.callback_query.register(decide, ChangeDecision.filter())
    router.message.register(staff_meetings, Command("meetings"))
    router.message.register(
        staff_meeting_command, Command("meeting", "meeting_move", "meeting_cancel")
    )
    router.callback_query.register(meeting_decision, MeetingStaff.filter())
    router.message.register(
        reject_reason_written, StateFilter(StaffMeetingForm.reject_reason), is_plain_text
    )
