"""Filters that decide which router hears an update."""

from __future__ import annotations

from collections.abc import Mapping

from aiogram import Bot
from aiogram.filters import Filter
from aiogram.types import Chat, TelegramObject

from bot.platforms import Platform
from bot.services.views import Viewer


class StaffChat(Filter):
    """True only in the configured staff group of the update's own messenger."""

    def __init__(self, staff_chats: Mapping[Platform, int | None]) -> None:
        self._staff_chats = dict(staff_chats)

    async def __call__(
        self, event: TelegramObject, bot: Bot, event_chat: Chat | None = None
    ) -> bool:
        staff_chat = self._staff_chats.get(getattr(bot, "platform", None))  # type: ignore[arg-type]
        return event_chat is not None and staff_chat is not None and event_chat.id == staff_chat


class PrivateChat(Filter):
    async def __call__(self, event: TelegramObject, event_chat: Chat | None = None) -> bool:
        return event_chat is not None and event_chat.type == "private"


class Unregistered(Filter):
    async def __call__(self, event: TelegramObject, viewer: Viewer) -> bool:
        return not viewer.registered
