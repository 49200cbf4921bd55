"""The outbox sender's view of a messenger: one aiogram bot, its errors mapped to ours."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import InlineKeyboardMarkup

from bot.services.delivery import Blocked, Rejected, RetryAfter, Unavailable
from bot.transport.bots import PlatformBot


class BotMessenger:
    def __init__(self, bot: PlatformBot) -> None:
        self._bot = bot
        self.platform = bot.platform

    async def send(
        self, chat_id: int, text: str, reply_markup: dict[str, Any] | None
    ) -> int | None:
        markup = InlineKeyboardMarkup.model_validate(reply_markup) if reply_markup else None
        async with _mapped_errors():
            message = await self._bot.send_message(chat_id, text, reply_markup=markup)
        return message.message_id

    async def edit(self, chat_id: int, message_id: int, text: str) -> None:
        async with _mapped_errors():
            await self._bot.edit_message_text(text=text, chat_id=chat_id, message_id=message_id)

    async def delete(self, chat_id: int, message_id: int) -> None:
        # Telegram lets a bot delete its messages for 48 hours
        # (https://core.telegram.org/bots/api#deletemessage); later it answers 400, recorded as
        # a failure with the messenger's reason.
        async with _mapped_errors():
            await self._bot.delete_message(chat_id=chat_id, message_id=message_id)


@contextlib.asynccontextmanager
async def _mapped_errors() -> AsyncIterator[None]:
    try:
        yield
    except TelegramRetryAfter as exc:
        raise RetryAfter(float(exc.retry_after)) from exc
    except TelegramForbiddenError as exc:
        raise Blocked(exc.message) from exc
    except (TelegramBadRequest, TelegramNotFound) as exc:
        raise Rejected(exc.message) from exc
    except (TelegramNetworkError, TelegramServerError) as exc:
        raise Unavailable(str(exc)) from exc
    except TelegramAPIError as exc:
        # Bale answers 429 without `retry_after`, which aiogram cannot turn into
        # TelegramRetryAfter, so only the description tells (https://docs.bale.ai).
        if "too many requests" in exc.message.lower():
            raise RetryAfter(None) from exc
        raise Unavailable(exc.message) from exc
