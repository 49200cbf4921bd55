"""FSM state keyed by platform as well as by user and chat.

aiogram keys state by bot id, chat id and user id. A Telegram user and a Bale user can have
the same number, and so can the two bots, so the platform goes into the key's `destiny`.
"""

from __future__ import annotations

from aiogram import Bot
from aiogram.fsm.context import FSMContext
from aiogram.fsm.middleware import FSMContextMiddleware
from aiogram.fsm.storage.base import DEFAULT_DESTINY


class PlatformFSMContextMiddleware(FSMContextMiddleware):
    def get_context(
        self,
        bot: Bot,
        chat_id: int,
        user_id: int,
        thread_id: int | None = None,
        business_connection_id: str | None = None,
        destiny: str = DEFAULT_DESTINY,
    ) -> FSMContext:
        platform = getattr(bot, "platform", "unknown")
        return super().get_context(
            bot=bot,
            chat_id=chat_id,
            user_id=user_id,
            thread_id=thread_id,
            business_connection_id=business_connection_id,
            destiny=f"{platform}:{destiny}",
        )
