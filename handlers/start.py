"""/start, with or without an invitation code, and codes typed as plain text."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import CommandObject, CommandStart
from aiogram.types import Message

from bot.i18n import TranslatorHub
from bot.services.invitations import InvitationService
from bot.services.registration import RedeemOutcome, RegistrationService
from bot.services.views import SummitInfo, Viewer
from bot.transport import render
from bot.transport.filters import Unregistered, is_plain_text
from bot.transport.keyboards import main_menu
from handlers.language import ask_language


async def start(
    message: Message,
    command: CommandObject,
    viewer: Viewer,
    hub: TranslatorHub,
    summit: SummitInfo,
    registration: RegistrationService,
    invitations: InvitationService,
) -> None:
    if command.args:
        await redeem(message, command.args, viewer, hub, summit, registration, invitations)
        return
    t = hub.get(viewer.language)
    if viewer.registered:
        await message.answer(render.greeting(t, viewer, summit), reply_markup=main_menu(t))
        if viewer.language is None:
            await ask_language(message, hub)
    elif viewer.language is None:
        await ask_language(message, hub, before=render.welcome_unregistered(t, summit))
    else:
        await message.answer(render.welcome_unregistered(t, summit))


async def typed_code(
    message: Message,
    viewer: Viewer,
    hub: TranslatorHub,
    summit: SummitInfo,
    registration: RegistrationService,
    invitations: InvitationService,
) -> None:
    await redeem(message, message.text or "", viewer, hub, summit, registration, invitations)


async def redeem(
    message: Message,
    typed: str,
    viewer: Viewer,
    hub: TranslatorHub,
    summit: SummitInfo,
    registration: RegistrationService,
    invitations: InvitationService,
) -> None:
    result = await registration.redeem(viewer.identity, typed)
    # A delegate's language may come from the organisers' list, so pick it after binding.
    t = hub.get(result.viewer.language)
    answer = render.redeem_answer(
        t, result, code_length=invitations.code_length, example=invitations.example_code()
    )
    if result.outcome is not RedeemOutcome.REGISTERED:
        await message.answer(answer)
        return
    greeting = render.together(answer, render.greeting(t, result.viewer, summit))
    await message.answer(greeting, reply_markup=main_menu(t))
    if result.viewer.language is None:
        await ask_language(message, hub)


def register(router: Router) -> None:
    """Put this module's handlers on `router` (see handlers/__init__.py for why not a router
    of its own)."""
    router.message.register(start, CommandStart())
    router.message.register(typed_code, Unregistered(), is_plain_text)
