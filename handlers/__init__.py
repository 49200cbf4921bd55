"""All routing rules in one place: which chats reach which routers.

The private router serves delegates in their chat with the bot; the staff router hears only
the configured staff group of each messenger, so a staff command anywhere else falls through
to the fallback router and is answered as unknown.
"""

from __future__ import annotations

from collections.abc import Mapping

from aiogram import Router

from bot.platforms import Platform
from bot.transport.filters import PrivateChat, StaffChat
from handlers import errors, fallback, language, menu, staff, start


def build_root_router(staff_chats: Mapping[Platform, int | None]) -> Router:
    root = Router(name="root")
    root.include_router(errors.build())

    staff_router = staff.build()
    staff_router.message.filter(StaffChat(staff_chats))
    staff_router.callback_query.filter(StaffChat(staff_chats))
    root.include_router(staff_router)

    private = Router(name="private")
    private.message.filter(PrivateChat())
    private.callback_query.filter(PrivateChat())
    for module in (start, language, menu):
        private.include_router(module.build())
    root.include_router(private)

    root.include_router(fallback.build())
    return root
