"""Commands in the private staff group. The filter that keeps them there is in handlers/__init__."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from bot.i18n import Translator


async def staff_help(message: Message, t: Translator) -> None:
    await message.answer(t("staff-help"))


def register(router: Router) -> None:
    """Put this module's handlers on `router` (see handlers/__init__.py for why not a router
    of its own)."""
    router.message.register(staff_help, Command("help"))
