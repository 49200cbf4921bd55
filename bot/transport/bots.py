"""One aiogram Bot per messenger, each knowing which messenger it speaks to."""

from __future__ import annotations

from typing import Any

from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.telegram import TelegramAPIServer

from bot.platforms import CAPABILITIES, Capabilities, Platform
from bot.transport.session import ResilientSession


class PlatformBot(Bot):
    """A Bot that knows its messenger. Bale bot ids and Telegram bot ids come from different
    number spaces, so `bot.id` alone cannot tell them apart; `bot.platform` can."""

    def __init__(self, token: str, platform: Platform, **kwargs: Any) -> None:
        super().__init__(token, **kwargs)
        self.platform = platform

    @property
    def capabilities(self) -> Capabilities:
        return CAPABILITIES[self.platform]


def create_bot(
    platform: Platform, token: str, api_base: str, *, timeout: float = 60.0
) -> PlatformBot:
    session = ResilientSession(
        api=TelegramAPIServer.from_base(api_base.rstrip("/")), timeout=timeout
    )
    return PlatformBot(
        token,
        platform,
        session=session,
        default=DefaultBotProperties(parse_mode=CAPABILITIES[platform].parse_mode),
    )
