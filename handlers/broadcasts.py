"""Broadcasts, the audit log and the figures, in the staff group (the filter that keeps them
there is in handlers/__init__).

/broadcast AUDIENCE → the bot says whom it reaches → staff send the text (or a template) →
the bot shows which language gets which text, with a preview per language → Send. A status
message then follows the sending and ends as the report, with Edit and Retract.
"""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.core import Services
from bot.i18n import Translator
from bot.services.broadcasts import Refusal
from bot.services.views import Viewer
from bot.storage.models import DeliveryStatus
from bot.transport import broadcast_following as following
from bot.transport import broadcast_pages as pages
from bot.transport.callbacks import BROADCAST_ACTIONS, BroadcastAction
from bot.transport.filters import is_plain_text


class BroadcastForm(StatesGroup):
    text = State()
    edit = State()


async def broadcast_command(
    message: Message, command: CommandObject, t: Translator, services: Services, state: FSMContext
) -> None:
    assert services.event is not None
    reach = await services.broadcasts.reach(services.event.id, command.args or "")
    if isinstance(reach, Refusal):
        await message.answer(pages.refusal(t, reach))
        return
    await state.set_state(BroadcastForm.text)
    await state.set_data({"spec": command.args or ""})
    await message.answer(
        "\n".join(
            [pages.reach_text(t, reach, services.broadcasts.zone), "", t("broadcast-ask-text")]
        )
    )


async def _texts(services: Services, text: str) -> dict[str, str] | Refusal:
    assert services.event is not None
    if text.strip().lower().startswith("template"):
        return await services.broadcasts.template_texts(services.event.id, text)
    return services.broadcasts.parse_texts(services.event.id, text)


async def text_written(
    message: Message, t: Translator, viewer: Viewer, services: Services, state: FSMContext
) -> None:
    assert services.event is not None
    data = await state.get_data()
    texts = await _texts(services, message.text or "")
    if isinstance(texts, Refusal):
        await message.answer(pages.refusal(t, texts))
        return
    broadcasts = services.broadcasts
    if await state.get_state() == BroadcastForm.edit.state:
        await state.clear()
        name = message.from_user.full_name if message.from_user else ""
        count = await broadcasts.change(
            services.event.id, data["broadcast"], viewer.identity, name, texts
        )
        if isinstance(count, Refusal):
            await message.answer(pages.refusal(t, count))
            return
        services.wake_senders()
        await message.answer(t("broadcast-edit-queued", count=count))
        return
    reach = await broadcasts.reach(services.event.id, data.get("spec", ""))
    if isinstance(reach, Refusal):
        await state.clear()
        await message.answer(pages.refusal(t, reach))
        return
    await state.clear()
    name = message.from_user.full_name if message.from_user else ""
    draft = await broadcasts.draft(services.event.id, viewer.identity, name, reach, texts)
    page = pages.prepared(
        t,
        reach,
        broadcasts.coverage(texts, sorted(reach.by_language)),
        draft,
        services.broadcasts.zone,
    )
    await message.answer(page.text, reply_markup=page.markup)


async def broadcast_pressed(
    query: CallbackQuery,
    callback_data: BroadcastAction,
    t: Translator,
    viewer: Viewer,
    services: Services,
    state: FSMContext,
    bot: Bot,
) -> None:
    assert services.event is not None
    broadcasts = services.broadcasts
    event_id = services.event.id
    action = callback_data.action
    name = query.from_user.full_name
    message = query.message if isinstance(query.message, Message) else None
    if action not in BROADCAST_ACTIONS or message is None:
        await query.answer(t("stale-button"), show_alert=True)
        return
    if action == "preview":
        progress = await broadcasts.progress(event_id, callback_data.id)
        texts = await broadcasts.texts_of(event_id, callback_data.id)
        if progress is None or texts is None or not services.hub.supports(callback_data.lang):
            await query.answer(t("stale-button"), show_alert=True)
            return
        await query.answer()
        await message.answer(
            texts[broadcasts.coverage(texts, [callback_data.lang])[callback_data.lang]]
        )
        return
    if action == "edit":
        await state.set_state(BroadcastForm.edit)
        await state.set_data({"broadcast": callback_data.id})
        await query.answer()
        await message.answer(t("broadcast-ask-edit"))
        return
    if action == "retract":
        await query.answer()
        confirm = InlineKeyboardMarkup(
            inline_keyboard=[
                [
                    pages.button(
                        t("broadcast-retract-yes"),
                        BroadcastAction(action="retract-yes", id=callback_data.id),
                    )
                ]
            ]
        )
        await message.answer(t("broadcast-retract-confirm"), reply_markup=confirm)
        return
    if action == "retract-yes":
        count = await broadcasts.change(event_id, callback_data.id, viewer.identity, name, None)
        if isinstance(count, Refusal):
            await query.answer(pages.refusal(t, count), show_alert=True)
            return
        await query.answer()
        services.wake_senders()
        await message.edit_reply_markup(reply_markup=None)
        await message.answer(t("broadcast-retract-queued", count=count))
        return
    if action == "cancel":
        result = await broadcasts.cancel(event_id, callback_data.id, viewer.identity, name)
        if isinstance(result, Refusal):
            await query.answer(pages.refusal(t, result), show_alert=True)
            return
        await query.answer()
        await message.edit_reply_markup(reply_markup=None)
        await message.answer(t("broadcast-cancelled"))
        return
    sent = await broadcasts.send(event_id, callback_data.id, viewer.identity, name)
    if isinstance(sent, Refusal):
        await query.answer(pages.refusal(t, sent), show_alert=True)
        return
    await query.answer()
    services.wake_senders()
    await message.edit_reply_markup(reply_markup=None)
    status = await following.patiently(
        lambda: message.answer(
            pages.progress_text(t, sent), reply_markup=pages.cancel_markup(t, sent.broadcast_id)
        )
    )
    await broadcasts.follow_with(
        sent.broadcast_id, viewer.identity.platform, status.chat.id, status.message_id, t.lang
    )
    following.start(
        bot, status.chat.id, status.message_id, sent.broadcast_id, t, services, status.text
    )


async def audit_command(message: Message, t: Translator, services: Services) -> None:
    assert services.event is not None
    entries = await services.broadcasts.audit(services.event.id)
    if not entries:
        await message.answer(t("audit-empty"))
        return
    zone = services.broadcasts.zone
    lines = [t("audit-title")]
    for entry in entries:
        lines.append(
            t(
                "audit-line",
                time=entry.created_at.astimezone(zone),
                day=entry.created_at.astimezone(zone),
                name=entry.name or str(entry.user_id),
                action=entry.action,
                detail=entry.detail,
            )
        )
    await message.answer("\n".join(lines))


async def stats_command(message: Message, t: Translator, services: Services) -> None:
    assert services.event is not None
    stats = await services.broadcasts.stats(services.event.id)

    lines = [
        t(
            "stats-registered",
            count=stats["registered"],
            reachable=stats["reachable"],
            blocked=stats["blocked"],
        ),
        t("stats-by-platform", counts=pages.counts(t, stats["by_platform"])),
        t("stats-by-language", counts=pages.counts(t, stats["by_language"])),
        t("stats-by-delegation", counts=pages.counts(t, stats["by_delegation"])),
        t("stats-invitations", count=stats["invitations_pending"]),
        t("stats-meetings", counts=pages.counts(t, stats["meetings"])),
    ]
    for progress in stats["broadcasts"]:
        lines.append(
            t(
                "stats-broadcast",
                id=progress.broadcast_id,
                sent=progress.total(DeliveryStatus.SENT),
                total=progress.recipients,
            )
        )
    await message.answer("\n".join(lines))


def register(router: Router) -> None:
    """Put this module's handlers on `router` (see handlers/__init__.py for why not a router
    of its own)."""
    router.message.register(broadcast_command, Command("broadcast"))
    router.message.register(audit_command, Command("audit"))
    router.message.register(stats_command, Command("stats"))
    router.callback_query.register(broadcast_pressed, BroadcastAction.filter())
    router.startup.register(following.resume)
    router.shutdown.register(following.stop)
    router.message.register(
        text_written, StateFilter(BroadcastForm.text, BroadcastForm.edit), is_plain_text
    )
