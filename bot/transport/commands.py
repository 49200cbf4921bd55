"""The command menu the messenger shows next to the text box, per language.

Telegram picks the list by the user's app language (`setMyCommands` with `language_code`,
https://core.telegram.org/bots/api#setmycommands); Bale has no setMyCommands, so this is
skipped there by the capability table.
"""

from __future__ import annotations

import logging

from aiogram.exceptions import TelegramAPIError
from aiogram.types import BotCommand, BotCommandScopeChat, BotCommandScopeDefault

from bot.i18n import TranslatorHub
from bot.transport.bots import PlatformBot

log = logging.getLogger(__name__)

DELEGATE_COMMANDS = (
    ("start", "command-start"),
    ("agenda", "command-agenda"),
    ("my", "command-my"),
    ("now", "command-now"),
    ("venue", "command-venue"),
    ("settings", "command-settings"),
    ("meet", "command-meet"),
    ("meetings", "command-meetings"),
    ("language", "command-language"),
    ("help", "command-help"),
)
STAFF_COMMANDS = (
    ("help", "staff-command-help"),
    ("sessions", "staff-command-sessions"),
    ("move", "staff-command-move"),
    ("room", "staff-command-room"),
    ("cancel", "staff-command-cancel"),
    ("meetings", "staff-command-meetings"),
    ("meeting", "staff-command-meeting"),
    ("meeting_move", "staff-command-meeting-move"),
    ("meeting_cancel", "staff-command-meeting-cancel"),
    ("broadcast", "staff-command-broadcast"),
    ("stats", "staff-command-stats"),
    ("audit", "staff-command-audit"),
    ("delegates", "staff-command-delegates"),
    ("invite", "staff-command-invite"),
    ("invite_revoke", "staff-command-invite-revoke"),
    ("export", "staff-command-export"),
)


async def publish_commands(bot: PlatformBot, hub: TranslatorHub, staff_chat_id: int | None) -> None:
    if not bot.capabilities.set_my_commands:
        log.info("%s has no setMyCommands; the command menu is skipped there", bot.platform)
        return
    try:
        for t in hub:
            commands = [
                BotCommand(command=name, description=t(key)) for name, key in DELEGATE_COMMANDS
            ]
            await bot.set_my_commands(
                commands, scope=BotCommandScopeDefault(), language_code=t.lang
            )
        default = hub.get(hub.default)
        await bot.set_my_commands(
            [BotCommand(command=name, description=default(key)) for name, key in DELEGATE_COMMANDS],
            scope=BotCommandScopeDefault(),
        )
        if staff_chat_id is not None:
            await bot.set_my_commands(
                [
                    BotCommand(command=name, description=default(key))
                    for name, key in STAFF_COMMANDS
                ],
                scope=BotCommandScopeChat(chat_id=staff_chat_id),
            )
    except TelegramAPIError as exc:
        # A menu that could not be set is a cosmetic loss; the bot still works without it.
        log.warning("could not set the %s command menu: %s", bot.platform, exc)
