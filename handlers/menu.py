"""/help and the main menu's buttons."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.core import Services
from bot.i18n import Translator, TranslatorHub
from bot.services.views import SummitInfo, Viewer
from bot.transport import render
from bot.transport.callbacks import (
    MENU_ABOUT,
    MENU_ACTIONS,
    MENU_AGENDA,
    MENU_HELP,
    MENU_MY,
    MENU_SETTINGS,
    MenuAction,
)
from handlers import agenda
from handlers.language import ask_language


def _help(t: Translator, viewer: Viewer) -> str:
    return t("help-delegate") if viewer.registered else t("help-unregistered")


async def help_command(message: Message, t: Translator, viewer: Viewer) -> None:
    await message.answer(_help(t, viewer))


async def menu_pressed(
    query: CallbackQuery,
    callback_data: MenuAction,
    t: Translator,
    viewer: Viewer,
    hub: TranslatorHub,
    summit: SummitInfo,
    services: Services,
) -> None:
    if query.message is None or callback_data.action not in MENU_ACTIONS:
        await query.answer(t("stale-button"), show_alert=True)
        return
    message = query.message
    action = callback_data.action
    if action in {MENU_AGENDA, MENU_MY, MENU_SETTINGS} and isinstance(message, Message):
        if not viewer.registered:
            await agenda.register_first_button(query, t)
            return
        await query.answer()
        if action == MENU_AGENDA:
            await agenda.agenda_command(message, t, viewer, services)
        elif action == MENU_MY:
            await agenda.my_command(message, t, viewer, services)
        else:
            await agenda.settings_command(message, t, viewer, services)
        return
    await query.answer()
    if callback_data.action == MENU_ABOUT:
        await query.message.answer(render.about(t, summit))
    elif callback_data.action == MENU_HELP:
        await query.message.answer(_help(t, viewer))
    else:
        await ask_language(query.message, hub, viewer.language)


def register(router: Router) -> None:
    """Put this module's handlers on `router` (see handlers/__init__.py for why not a router
    of its own)."""
    router.message.register(help_command, Command("help"))
    router.callback_query.register(menu_pressed, MenuAction.filter())
