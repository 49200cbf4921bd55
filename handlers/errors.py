"""When a handler fails: the person gets a short apology, the log gets the whole story."""

from __future__ import annotations

import logging
from typing import Any

from aiogram import Router
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError
from aiogram.types import ErrorEvent

from bot.i18n import Translator, TranslatorHub
from bot.platforms import Identity
from bot.services.registration import RegistrationService

log = logging.getLogger(__name__)


async def on_error(
    event: ErrorEvent, hub: TranslatorHub, registration: RegistrationService, **data: Any
) -> bool:
    update = event.update
    bot = data["bot"]
    user = data.get("event_from_user")
    chat = data.get("event_chat")
    if isinstance(event.exception, TelegramForbiddenError) and user is not None:
        # The person blocked the bot: note it and stop writing to them.
        log.info("%s user %s blocked the bot (update %s)", bot.platform, user.id, update.update_id)
        await registration.mark_unreachable(Identity(bot.platform, user.id))
        return True
    log.error(
        "%s update %s failed",
        bot.platform,
        update.update_id,
        exc_info=(type(event.exception), event.exception, event.exception.__traceback__),
    )
    t: Translator = data.get("t") or hub.get(user.language_code if user else None)
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(t("error-apology"), show_alert=True)
        elif chat is not None and (chat.type == "private" or update.message is not None):
            await bot.send_message(chat.id, t("error-apology"))
    except TelegramAPIError as exc:
        log.warning("could not apologise for update %s: %s", update.update_id, exc)
    return True


def register(router: Router) -> None:
    """Put this module's handlers on `router` (see handlers/__init__.py for why not a router
    of its own)."""
    router.errors.register(on_error)
