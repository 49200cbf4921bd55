"""/language and the language buttons."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.i18n import TranslatorHub
from bot.services.registration import RegistrationService
from bot.services.views import SummitInfo, Viewer
from bot.transport import render
from bot.transport.callbacks import LanguageChoice
from bot.transport.keyboards import language_picker, main_menu


async def ask_language(
    message: Message, hub: TranslatorHub, current: str | None = None, before: str = ""
) -> None:
    """The picker, its prompt in every language when we do not know the person's yet;
    `before` is text to send in the same message."""
    prompt = render.language_prompt(hub, hub.get(current) if current else None)
    await message.answer(
        render.together(before, prompt), reply_markup=language_picker(hub.available, current)
    )


async def language_command(message: Message, viewer: Viewer, hub: TranslatorHub) -> None:
    await ask_language(message, hub, viewer.language)


async def language_chosen(
    query: CallbackQuery,
    callback_data: LanguageChoice,
    viewer: Viewer,
    hub: TranslatorHub,
    summit: SummitInfo,
    registration: RegistrationService,
) -> None:
    if not hub.supports(callback_data.code):
        await query.answer(hub.get(viewer.language)("stale-button"), show_alert=True)
        return
    first_choice = viewer.language is None
    viewer = await registration.set_language(viewer.identity, callback_data.code)
    t = hub.get(viewer.language)
    await query.answer()
    if query.message is None:
        return
    if viewer.registered:
        text = render.together(t("language-changed"), render.greeting(t, viewer, summit))
        await query.message.answer(text, reply_markup=main_menu(t))
    elif first_choice:
        text = render.together(t("language-changed"), render.welcome_unregistered(t, summit))
        await query.message.answer(text)
    else:
        await query.message.answer(t("language-changed"))


def register(router: Router) -> None:
    """Put this module's handlers on `router` (see handlers/__init__.py for why not a router
    of its own)."""
    router.message.register(language_command, Command("language"))
    router.callback_query.register(language_chosen, LanguageChoice.filter())
