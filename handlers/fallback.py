"""Whatever no other router took: unknown commands, stray text, stale or tampered buttons."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message

from bot.i18n import Translator


async def unknown_command(message: Message, t: Translator) -> None:
    await message.answer(t("unknown-command"))


async def unknown_private_message(message: Message, t: Translator) -> None:
    await message.answer(t("unknown-text"))


async def stale_button(query: CallbackQuery, t: Translator) -> None:
    await query.answer(t("stale-button"), show_alert=True)


def build() -> Router:
    router = Router(name=__name__)
    router.message.register(unknown_command, F.text.startswith("/"))
    router.message.register(unknown_private_message, F.chat.type == "private")
    # Plain talk in groups is not for the bot; it stays silent there.
    router.callback_query.register(stale_button)
    return router
