"""Messages in the delegate's language, with Project Fluent.

`locales/<lang>/<feature>.ftl` hold the texts. A `Translator` renders for one language and
needs no Telegram update, because reminders and broadcasts render for a stored language.

Persian readers expect Persian digits and Solar Hijri dates, and Latin names inside
right-to-left text must be isolated or the line reorders itself (Fluent's FSI/PDI marks,
https://projectfluent.org/fluent/guide/special.html#bidirectional-text). Babel formats Persian
numbers with Latin digits, so numbers passed to a Persian message are rendered here first.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal
from fluent.runtime import FluentBundle, FluentResource
from persiantools import digits
from persiantools.jdatetime import JalaliDate

log = logging.getLogger(__name__)

PERSIAN = "fa"
RIGHT_TO_LEFT = frozenset({"fa"})

# Each language's name in itself, for the language picker; the same in every locale.
ENDONYMS: Mapping[str, str] = {
    "fa": "فارسی",
    "ru": "Русский",
    "az": "Azərbaycan dili",
    "kk": "Қазақ тілі",
    "tk": "Türkmen dili",
    "en": "English",
}


def to_persian_digits(text: str) -> str:
    return digits.en_to_fa(text)


_TO_ASCII_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def to_ascii_digits(text: str) -> str:
    """Persian (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII, for reading what people type."""
    return text.translate(_TO_ASCII_DIGITS)


def persian_number(value: int | float) -> str:
    """1234 → ۱٬۲۳۴: Persian digits and the Persian thousands separator."""
    return to_persian_digits(format_decimal(value, locale="fa", numbering_system="default"))


@dataclass(frozen=True)
class _Formats:
    """Date and time formatting for one language: the custom Fluent functions.

    Datetimes arrive already in the zone they are to be shown in (event time, or the
    delegate's home time); the message labels which one it is.
    """

    lang: str

    def date(self, value: date | datetime, **_: Any) -> str:
        day = value.date() if isinstance(value, datetime) else value
        if self.lang == PERSIAN:
            return JalaliDate(day).strftime("%A %d %B %Y", locale="fa")
        return format_date(day, format="full", locale=self.lang)

    def time(self, value: datetime, **_: Any) -> str:
        text = f"{value.hour:02d}:{value.minute:02d}"
        return to_persian_digits(text) if self.lang == PERSIAN else text

    def functions(self) -> dict[str, Any]:
        return {"DATE": self.date, "TIME": self.time}


@dataclass
class Translator:
    """Renders messages for one language, falling back along the configured chain."""

    lang: str
    chain: list[str]
    bundles: list[FluentBundle]
    formats: _Formats
    missing: set[str] = field(default_factory=set)

    def __call__(self, message_id: str, **args: Any) -> str:
        return self.format(message_id, **args)

    def format(self, message_id: str, **args: Any) -> str:
        prepared = {name: self._prepare(value) for name, value in args.items()}
        for bundle in self.bundles:
            if not bundle.has_message(message_id):
                continue
            message = bundle.get_message(message_id)
            if message.value is None:
                continue
            text, errors = bundle.format_pattern(message.value, prepared)
            if errors:
                log.warning("message %s in %s: %s", message_id, bundle.locales[0], errors)
            return text
        if message_id not in self.missing:
            self.missing.add(message_id)
            log.error("no locale defines the message %s", message_id)
        return message_id

    def _prepare(self, value: Any) -> Any:
        # fluent.runtime turns every int into its own FluentInt before formatting, so a
        # Persian number cannot carry its own format; it is passed as text instead. Persian
        # messages select no plural forms (a noun after a number stays singular in Persian).
        if self.lang == PERSIAN and isinstance(value, int | float) and not isinstance(value, bool):
            return persian_number(value)
        return value


class TranslatorHub:
    """Loads every locale once and hands out a Translator per language."""

    def __init__(
        self,
        locales_dir: Path,
        available: Iterable[str],
        chain_of: Any,
        default: str,
    ) -> None:
        self.locales_dir = locales_dir
        self.available = list(available)
        self.default = default
        self._resources = {lang: self._load(lang) for lang in self.available}
        self._translators: dict[str, Translator] = {}
        for lang in self.available:
            chain = [code for code in chain_of(lang) if code in self._resources]
            bundles = [self._bundle(code) for code in chain]
            self._translators[lang] = Translator(lang, chain, bundles, _Formats(lang))

    def _load(self, lang: str) -> list[FluentResource]:
        folder = self.locales_dir / lang
        return [FluentResource(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.ftl"))]

    def _bundle(self, lang: str) -> FluentBundle:
        formats = _Formats(lang)
        bundle = FluentBundle(
            [lang], use_isolating=lang in RIGHT_TO_LEFT, functions=formats.functions()
        )
        for resource in self._resources[lang]:
            bundle.add_resource(resource)
        return bundle

    def get(self, lang: str | None) -> Translator:
        return self._translators.get(lang or "", self._translators[self.default])

    def supports(self, lang: str | None) -> bool:
        return lang in self._translators

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._translators.values())
