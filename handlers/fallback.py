"""Whatever no other router took: unknown commands, stray text, stale or tampered buttons."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery, Message

from bot.i18n import Translator
from bot.transport.filters import PrivateChat, is_command


async def unknown_command(message: Message, t: Translator) -> None:
    await message.answer(t("unknown-command"))


async def unknown_private_message(message: Message, t: Translator) -> None:
    await message.answer(t("unknown-text"))


async def stale_button(query: CallbackQuery, t: Translator) -> None:
    await query.answer(t("stale-button"), show_alert=True)


def register(router: Router) -> None:
    """Put this module's handlers on `router` (see handlers/__init__.py for why not a router
    of its own)."""
    # In groups other than the staff group the bot stays silent: a command there, staff or
    # not, is not for it, and answering would only disturb the group.
    router.message.register(unknown_command, PrivateChat(), is_command)
    router.message.register(unknown_private_message, PrivateChat())
    router.callback_query.register(stale_button)
