"""The staff group's status message of a broadcast being sent: edited as the sending goes,
then turned into the report; picked up again after a restart (the broadcast remembers it)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramRetryAfter
from aiogram.types import InlineKeyboardMarkup

from bot.core import Services
from bot.i18n import Translator
from bot.transport import broadcast_pages as pages
from bot.transport.callbacks import BroadcastAction

log = logging.getLogger(__name__)
T = TypeVar("T")
# Status messages being kept up to date; held here so the tasks are not collected.
_followers: set[asyncio.Task[None]] = set()


def start(
    bot: Bot,
    chat_id: int,
    message_id: int,
    broadcast_id: int,
    t: Translator,
    services: Services,
    shown: str | None,
) -> None:
    task = asyncio.create_task(follow(bot, chat_id, message_id, broadcast_id, t, services, shown))
    _followers.add(task)
    task.add_done_callback(_followers.discard)


async def resume(bots: list[Bot], services: Services) -> None:
    """After a restart, the status messages of broadcasts still being sent follow them again."""
    if services.event is None:
        return
    by_platform = {getattr(bot, "platform", None): bot for bot in bots}
    for status in await services.broadcasts.followed(services.event.id):
        bot = by_platform.get(status.platform)
        if bot is not None:
            t = services.hub.get(status.language)
            start(bot, status.chat_id, status.message_id, status.broadcast_id, t, services, None)


async def stop() -> None:
    for task in list(_followers):
        task.cancel()
    await asyncio.gather(*_followers, return_exceptions=True)


async def patiently(request: Callable[[], Awaitable[T]], tries: int = 5) -> T:
    """Make a request to the staff group, waiting out flood control: a broadcast uses the
    same bot's budget, and aiogram does not retry on 429 by itself."""
    for _ in range(tries - 1):
        try:
            return await request()
        except TelegramRetryAfter as exc:
            await asyncio.sleep(exc.retry_after)
        except TelegramAPIError as exc:
            # Bale's 429 comes without retry_after (see bot.transport.messenger).
            if "too many requests" not in exc.message.lower():
                raise
            await asyncio.sleep(1)
    return await request()


async def follow(
    bot: Bot,
    chat_id: int,
    message_id: int,
    broadcast_id: int,
    t: Translator,
    services: Services,
    shown: str | None,
) -> None:
    """Keep the status message up to date, then turn it into the report."""
    assert services.event is not None
    interval = services.settings.broadcasts.progress_seconds

    async def show(text: str, markup: InlineKeyboardMarkup) -> None:
        await patiently(
            lambda: bot.edit_message_text(
                text, chat_id=chat_id, message_id=message_id, reply_markup=markup
            )
        )

    try:
        while True:
            await asyncio.sleep(interval)
            progress = await services.broadcasts.progress(services.event.id, broadcast_id)
            if progress is None:
                return
            if progress.pending == 0:
                break
            text = pages.progress_text(t, progress)
            if text != shown:
                with contextlib.suppress(TelegramBadRequest):
                    await show(text, pages.cancel_markup(t, broadcast_id))
                shown = text
        await services.broadcasts.finish(services.event.id, broadcast_id)
        progress = await services.broadcasts.progress(services.event.id, broadcast_id)
        assert progress is not None
        buttons = InlineKeyboardMarkup(
            inline_keyboard=[
                [
                    pages.button(
                        t("broadcast-edit-button"), BroadcastAction(action="edit", id=broadcast_id)
                    ),
                    pages.button(
                        t("broadcast-retract-button"),
                        BroadcastAction(action="retract", id=broadcast_id),
                    ),
                ]
            ]
        )
        await show(pages.report_text(t, progress), buttons)
    except asyncio.CancelledError:
        raise
    except Exception:
        log.exception("following broadcast %s failed; its report is in /stats", broadcast_id)
