"""/help and the main menu's buttons."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.i18n import Translator, TranslatorHub
from bot.services.views import SummitInfo, Viewer
from bot.transport import render
from bot.transport.callbacks import MENU_ABOUT, MENU_HELP, MENU_LANGUAGE, MenuAction
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
) -> None:
    if query.message is None or callback_data.action not in {MENU_ABOUT, MENU_HELP, MENU_LANGUAGE}:
        await query.answer(t("stale-button"), show_alert=True)
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
