"""Commands in the private staff group. The filter that keeps them there is in handlers/__init__.

Programme changes are two steps: the command proposes (nothing changes, the group sees what
would change and how many delegates would be told), and the proposer confirms or discards it
with a button.
"""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.core import Services
from bot.i18n import Translator
from bot.services import texts
from bot.services.changes import ROOM_MAX_LENGTH, Decision, Proposal, Refusal
from bot.services.views import Viewer
from bot.transport.callbacks import CHANGE_ACTIONS, ChangeDecision

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
    zone = services.changes.zone
    lines = [t("staff-sessions-title")]
    day = None
    for s in sessions:
        local = texts.local(s.starts_at, zone)
        if local.date() != day:
            day = local.date()
            lines += ["", t("my-day", day=local)]
        lines.append(f"{s.key} · {texts.line(t, s, zone)}")
    if not sessions:
        lines.append(t("agenda-empty"))
    await message.answer("\n".join(lines))


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


def register(router: Router) -> None:
    """Put this module's handlers on `router` (see handlers/__init__.py for why not a router
    of its own)."""
    router.message.register(staff_help, Command("help"))
    router.message.register(list_sessions, Command("sessions"))
    router.message.register(propose_change, Command(*_CHANGE_COMMANDS))
    router.callback_query.register(decide, ChangeDecision.filter())
