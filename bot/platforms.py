"""The messengers Khazar serves and what each of them can do.

Bale's Bot API follows Telegram's but lacks parts of it (https://docs.bale.ai): no
`setMyCommands`, no `my_chat_member` updates, parse modes that do not render reliably, and
429 answers that may come without `retry_after`. Code asks this table instead of failing on
Bale, so a feature Bale lacks is skipped there, never broken.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Platform(enum.StrEnum):
    TELEGRAM = "telegram"
    BALE = "bale"


@dataclass(frozen=True, slots=True)
class Capabilities:
    set_my_commands: bool
    parse_mode: str | None
    my_chat_member_updates: bool
    retry_after_always_given: bool
    message_length_limit: int = 4096
    callback_data_limit: int = 64


CAPABILITIES: dict[Platform, Capabilities] = {
    Platform.TELEGRAM: Capabilities(
        set_my_commands=True,
        parse_mode=None,
        my_chat_member_updates=True,
        retry_after_always_given=True,
    ),
    Platform.BALE: Capabilities(
        set_my_commands=False,
        parse_mode=None,
        my_chat_member_updates=False,
        retry_after_always_given=False,
    ),
}


@dataclass(frozen=True, slots=True, order=True)
class Identity:
    """Who a person is on one messenger. A Telegram id and a Bale id may be the same number."""

    platform: Platform
    user_id: int

    def __str__(self) -> str:
        return f"{self.platform.value}:{self.user_id}"
