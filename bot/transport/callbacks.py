"""Typed callback data. Anything that does not parse into one of these is a stale or
tampered button and gets the stale-button answer (see handlers.fallback)."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class LanguageChoice(CallbackData, prefix="lang"):
    code: str


class MenuAction(CallbackData, prefix="menu"):
    action: str


MENU_ABOUT = "about"
MENU_LANGUAGE = "language"
MENU_HELP = "help"
MENU_ACTIONS = frozenset({MENU_ABOUT, MENU_LANGUAGE, MENU_HELP})
