"""Inline keyboards, rendered in the viewer's language."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.i18n import ENDONYMS, Translator
from bot.transport.callbacks import (
    MENU_ABOUT,
    MENU_AGENDA,
    MENU_HELP,
    MENU_LANGUAGE,
    MENU_MY,
    MENU_SETTINGS,
    LanguageChoice,
    MenuAction,
)


def language_picker(languages: Iterable[str], current: str | None) -> InlineKeyboardMarkup:
    return _language_picker(tuple(languages), current)


@lru_cache(maxsize=64)
def _language_picker(languages: tuple[str, ...], current: str | None) -> InlineKeyboardMarkup:
    # The same few keyboards are sent again and again; building one costs more than a reply.
    builder = InlineKeyboardBuilder()
    for code in languages:
        mark = "✓ " if code == current else ""
        builder.button(
            text=f"{mark}{ENDONYMS.get(code, code)}", callback_data=LanguageChoice(code=code)
        )
    builder.adjust(2)
    return builder.as_markup()


def main_menu(t: Translator) -> InlineKeyboardMarkup:
    return _main_menu(
        t("menu-agenda"),
        t("menu-my"),
        t("menu-settings"),
        t("menu-about"),
        t("menu-language"),
        t("menu-help"),
    )


@lru_cache(maxsize=16)
def _main_menu(*labels: str) -> InlineKeyboardMarkup:
    # The markup is the same for everyone reading one language; built once per language.
    agenda, my, settings, about, language, help_ = labels

    def button(text: str, action: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(text=text, callback_data=MenuAction(action=action).pack())

    rows = [
        [button(agenda, MENU_AGENDA), button(my, MENU_MY)],
        [button(settings, MENU_SETTINGS), button(about, MENU_ABOUT)],
        [button(language, MENU_LANGUAGE), button(help_, MENU_HELP)],
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)
