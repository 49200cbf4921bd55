"""Staff looking after delegates from the staff group: /delegates, /invite, /invite_revoke,
/export. The filter that keeps them there is in handlers/__init__."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)

from bot.core import Services
from bot.i18n import Translator
from bot.services.exports import KINDS, as_csv, as_xlsx
from bot.services.views import Viewer
from bot.transport import staff_pages
from bot.transport.callbacks import InvitationAction


async def delegates_command(
    message: Message, command: CommandObject, t: Translator, services: Services
) -> None:
    assert services.event is not None
    text = (command.args or "").strip()
    if not text:
        await message.answer(t("admin-delegates-usage"))
        return
    found = await services.directory.find(services.event.id, text)
    await message.answer(staff_pages.delegates(t, text, found))


async def invite_command(
    message: Message, command: CommandObject, t: Translator, viewer: Viewer, services: Services
) -> None:
    assert services.event is not None
    ref = (command.args or "").strip()
    if not ref:
        await message.answer(t("admin-invite-usage"))
        return
    invitation = await services.directory.reissue(services.event.id, ref)
    if invitation is None:
        await message.answer(t("admin-no-delegate", ref=ref[:64]))
        return
    name = message.from_user.full_name if message.from_user else ""
    await services.broadcasts.record(services.event.id, viewer.identity, name, "invite", ref)
    links = "\n".join(invitation.links.values())
    await message.answer(
        t("admin-invite", name=invitation.delegate_name, code=invitation.code, links=links)
    )


async def revoke_command(
    message: Message, command: CommandObject, t: Translator, services: Services
) -> None:
    assert services.event is not None
    ref = (command.args or "").strip()
    found = [e for e in await services.directory.find(services.event.id, ref) if e.ref == ref]
    if not ref or not found:
        await message.answer(
            t("admin-no-delegate", ref=ref[:64]) if ref else t("admin-revoke-usage")
        )
        return
    entry = found[0]
    confirm = InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=t("admin-revoke-yes"),
                    callback_data=InvitationAction(action="revoke", id=entry.id).pack(),
                )
            ]
        ]
    )
    await message.answer(t("admin-revoke-confirm", name=entry.full_name), reply_markup=confirm)


async def revoke_confirmed(
    query: CallbackQuery,
    callback_data: InvitationAction,
    t: Translator,
    viewer: Viewer,
    services: Services,
) -> None:
    assert services.event is not None
    if callback_data.action != "revoke":
        await query.answer(t("stale-button"), show_alert=True)
        return
    count = await services.directory.revoke(services.event.id, callback_data.id)
    await services.broadcasts.record(
        services.event.id,
        viewer.identity,
        query.from_user.full_name,
        "invite_revoke",
        f"delegate {callback_data.id}: {count}",
    )
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(reply_markup=None)
        await query.message.answer(t("admin-revoked", count=count))


async def export_command(
    message: Message, command: CommandObject, t: Translator, services: Services
) -> None:
    assert services.event is not None
    kind = (command.args or "").strip().lower()
    if kind not in KINDS:
        await message.answer(t("admin-export-usage", kinds=", ".join(KINDS)))
        return
    header, rows = await services.exports.table(services.event.id, kind)
    name = f"{services.event.code}-{kind}"
    await message.answer_document(
        BufferedInputFile(as_csv(header, rows), filename=f"{name}.csv"),
        caption=t("admin-export", kind=t("admin-list-name", kind=kind), count=len(rows)),
    )
    await message.answer_document(
        BufferedInputFile(as_xlsx(kind, header, rows), filename=f"{name}.xlsx")
    )


def register(router: Router) -> None:
    """Put this module's handlers on `router` (see handlers/__init__.py for why not a router
    of its own)."""
    router.message.register(delegates_command, Command("delegates"))
    router.message.register(invite_command, Command("invite"))
    router.message.register(revoke_command, Command("invite_revoke"))
    router.message.register(export_command, Command("export"))
    router.callback_query.register(revoke_confirmed, InvitationAction.filter())
