"""Outer middlewares: every update passes here before any handler sees it."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.types import TelegramObject, Update
from aiogram.types.update import UpdateTypeLookupError

from bot.i18n import TranslatorHub
from bot.platforms import Identity, Platform
from bot.services.registration import Contact, RegistrationService

log = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class UpdateGuard(BaseMiddleware):
    """Handles each update once and skips updates that carry nothing we can read.

    A messenger may deliver an update again (after a restart before the offset was
    confirmed, or on its own); the same `update_id` on the same platform is handled once.
    An update cut down by ResilientSession has no event and is skipped quietly.
    """

    def __init__(self, remember: int = 50_000) -> None:
        self._remember = remember
        self._seen: dict[Platform, OrderedDict[int, None]] = {}

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        assert isinstance(event, Update)
        platform: Platform = data["bot"].platform
        seen = self._seen.setdefault(platform, OrderedDict())
        if event.update_id in seen:
            log.info("%s update %s arrived again; handled already", platform, event.update_id)
            return UNHANDLED
        seen[event.update_id] = None
        if len(seen) > self._remember:
            seen.popitem(last=False)
        try:
            _ = event.event_type
        except UpdateTypeLookupError:
            log.warning("%s update %s has no event we can read; skipped", platform, event.update_id)
            return UNHANDLED
        return await handler(event, data)


class ViewerMiddleware(BaseMiddleware):
    """Loads who is writing (by platform and user id) and picks their language."""

    def __init__(self, registration: RegistrationService, hub: TranslatorHub) -> None:
        self._registration = registration
        self._hub = hub

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user = data.get("event_from_user")
        chat = data.get("event_chat")
        if user is None or user.is_bot:
            return UNHANDLED
        platform: Platform = data["bot"].platform
        data["platform"] = platform
        # Until we know the person, answer in their app's language if we speak it.
        data["t"] = self._hub.get(user.language_code)
        contact = Contact(
            identity=Identity(platform, user.id),
            private_chat_id=chat.id if chat is not None and chat.type == "private" else None,
            display_name=user.full_name,
            username=user.username,
            language_code=user.language_code,
        )
        viewer = await self._registration.viewer(contact)
        data["viewer"] = viewer
        data["t"] = self._hub.get(viewer.language)
        return await handler(event, data)
