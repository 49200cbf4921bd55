"""Settings: `config.toml` for everything that is not secret, environment variables on top.

Tokens come only from the environment (`KHAZAR_TELEGRAM_TOKEN`, `KHAZAR_BALE_TOKEN`) and are
kept as `SecretStr`, so they never show in a repr or a log line. A wrong or missing setting
becomes a `ConfigError` whose lines each name the key, so an organiser setting up the next
summit sees what to fix instead of a traceback.
"""

from __future__ import annotations

import os
import tomllib
from datetime import date, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from bot.platforms import Platform

CONFIG_ENV = "KHAZAR_CONFIG"
DEFAULT_CONFIG = Path("config.toml")
PROJECT_ROOT = Path(__file__).resolve().parent.parent


class ConfigError(Exception):
    """A setting is wrong or missing; `lines` each name one key and what is wrong with it."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {value!r} (use an IANA name such as Asia/Tehran)"
        ) from None
    return value


class EventSettings(_Section):
    code: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9-]*$")
    timezone: str = "Asia/Tehran"
    starts_on: date
    ends_on: date
    name: dict[str, str]
    venue: dict[str, str] = Field(default_factory=dict)
    # Where the venue is, for the location pin delegates can open in their maps app.
    venue_latitude: float | None = Field(default=None, ge=-90, le=90)
    venue_longitude: float | None = Field(default=None, ge=-180, le=180)

    _tz = field_validator("timezone")(_check_timezone)

    @model_validator(mode="after")
    def _dates_in_order(self) -> EventSettings:
        if self.ends_on < self.starts_on:
            raise ValueError("ends_on is before starts_on")
        return self


class LanguageSettings(_Section):
    available: list[str] = ["fa", "ru", "az", "kk", "tk", "en"]
    default: str = "en"
    # What the bot writes in the staff group on its own (meeting requests to approve, rooms
    # to assign); replies to a staff member's command are in that member's language.
    staff: str | None = None
    fallback: dict[str, list[str]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known_languages(self) -> LanguageSettings:
        if self.default not in self.available:
            raise ValueError(f"default language {self.default!r} is not in available")
        if self.staff is not None and self.staff not in self.available:
            raise ValueError(f"staff language {self.staff!r} is not in available")
        for lang, chain in self.fallback.items():
            for item in [lang, *chain]:
                if item not in self.available:
                    raise ValueError(f"fallback names {item!r}, which is not in available")
        return self

    def chain(self, lang: str) -> list[str]:
        """The languages to try for `lang`, best first, always ending in the default."""
        chain = [lang, *self.fallback.get(lang, [])]
        if self.default not in chain:
            chain.append(self.default)
        return chain


class RegistrationSettings(_Section):
    invitation_valid_days: int = Field(default=30, ge=1, le=366)
    code_length: int = Field(default=8, ge=6, le=16)
    invites_folder: Path = Path("data/invites")


class PlatformSettings(_Section):
    enabled: bool = True
    api_base: str
    bot_username: str = ""
    staff_chat_id: int | None = None
    deep_link: str = ""
    messages_per_second: float = Field(default=30.0, gt=0)


class ReminderSettings(_Section):
    # The lead times a delegate may choose, in minutes, and the one they start with.
    lead_choices: list[int] = [5, 15, 30, 60]
    default_lead_minutes: int = 15
    # The morning briefing goes out at this hour of event time, or within the window after
    # it if the bot was down; later than that it would no longer be a morning briefing.
    briefing_hour: int = Field(default=8, ge=0, le=23)
    briefing_window_minutes: int = Field(default=120, ge=1, le=720)
    # Changes to one session confirmed within this time make one notice, not several.
    change_merge_seconds: int = Field(default=120, ge=0, le=3600)
    # A sweep this often catches anything the timer missed.
    sweep_seconds: int = Field(default=60, ge=5, le=3600)

    @model_validator(mode="after")
    def _default_is_a_choice(self) -> ReminderSettings:
        if not self.lead_choices or any(m <= 0 or m > 24 * 60 for m in self.lead_choices):
            raise ValueError("lead_choices must be minutes between 1 and 1440")
        if self.default_lead_minutes not in self.lead_choices:
            raise ValueError("default_lead_minutes must be one of lead_choices")
        return self


class MeetingSettings(_Section):
    # Bilateral meetings are booked on a grid: these hours of each summit day (event time),
    # in slots of this length.
    day_starts: time = time(9, 0)
    day_ends: time = time(21, 0)
    slot_minutes: int = Field(default=30, ge=10, le=240)
    max_proposed_slots: int = Field(default=3, ge=1, le=5)
    # When on, each request goes to the staff group first, to approve or reject.
    protocol_mode: bool = False
    # How many requests a delegation may have waiting for an answer at once.
    max_open_requests: int = Field(default=5, ge=1, le=100)
    # A request waiting longer than this expires (and always before its earliest slot); the
    # side that must answer is nudged this long before it does.
    expires_after_hours: float = Field(default=24, gt=0, le=24 * 14)
    nudge_before_minutes: int = Field(default=120, ge=0, le=24 * 60)
    note_max_length: int = Field(default=300, ge=10, le=1000)
    # The rooms staff assign meetings to.
    rooms: list[str] = Field(default_factory=lambda: ["Meeting room 1", "Meeting room 2"])

    @model_validator(mode="after")
    def _day_in_order(self) -> MeetingSettings:
        if self.day_ends <= self.day_starts:
            raise ValueError("day_ends must be after day_starts")
        if not self.rooms:
            raise ValueError("rooms needs at least one room")
        return self


class BroadcastSettings(_Section):
    # How often the staff group's status message of a running broadcast is brought up to date
    # (each edit is a request to the messenger, so not on every message sent).
    progress_seconds: float = Field(default=3.0, ge=0.1, le=60)


class PollingSettings(_Section):
    timeout_seconds: int = Field(default=30, ge=0, le=60)
    concurrent_updates: int = Field(default=200, ge=1)


class Settings(BaseSettings):
    """Everything the bot needs to run. Built by `load_settings`, never at import time."""

    model_config = SettingsConfigDict(env_prefix="KHAZAR_", extra="forbid", frozen=True)

    database_url: str = "sqlite+aiosqlite:///data/khazar.sqlite3"
    event: EventSettings
    languages: LanguageSettings = LanguageSettings()
    registration: RegistrationSettings = RegistrationSettings()
    polling: PollingSettings = PollingSettings()
    reminders: ReminderSettings = ReminderSettings()
    meetings: MeetingSettings = MeetingSettings()
    broadcasts: BroadcastSettings = BroadcastSettings()
    telegram: PlatformSettings = PlatformSettings(
        api_base="https://api.telegram.org", deep_link="https://t.me/{username}?start={code}"
    )
    bale: PlatformSettings = PlatformSettings(
        api_base="https://tapi.bale.ai", deep_link="https://ble.ir/{username}?start={code}"
    )
    telegram_token: SecretStr | None = None
    bale_token: SecretStr | None = None
    # Where relative paths in the file are resolved: the folder of config.toml.
    base_dir: Path = PROJECT_ROOT

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The environment overrides the file (which arrives as init arguments).
        return env_settings, init_settings

    def platform(self, platform: Platform) -> PlatformSettings:
        return self.telegram if platform is Platform.TELEGRAM else self.bale

    def token(self, platform: Platform) -> SecretStr | None:
        return self.telegram_token if platform is Platform.TELEGRAM else self.bale_token

    @property
    def enabled_platforms(self) -> list[Platform]:
        return [p for p in Platform if self.platform(p).enabled]

    def resolve(self, path: Path) -> Path:
        return path if path.is_absolute() else self.base_dir / path

    @property
    def resolved_database_url(self) -> str:
        """The database URL with a relative SQLite path made relative to the config's folder."""
        prefix = "sqlite+aiosqlite:///"
        url = self.database_url
        if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
            return prefix + str(self.base_dir / url[len(prefix) :])
        return url

    def missing_tokens(self) -> list[str]:
        """Names of the environment variables that enabled platforms still need."""
        return [
            f"KHAZAR_{p.value.upper()}_TOKEN"
            for p in self.enabled_platforms
            if not (self.token(p) and self.token(p).get_secret_value().strip())
        ]


def config_path(explicit: Path | None = None) -> Path:
    if explicit is not None:
        return explicit
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    return DEFAULT_CONFIG


def _format_location(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(top level)"


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Read the TOML file and the environment; raise ConfigError naming every wrong key."""
    path = config_path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            [f"{path}: no such config file (give --config PATH or set {CONFIG_ENV})"]
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"{path}: not valid TOML: {exc}"]) from None
    raw.setdefault("base_dir", str(path.resolve().parent))
    raw.update(overrides)
    try:
        return Settings(**raw)
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            where = _format_location(error["loc"])
            message = error["msg"].removeprefix("Value error, ")
            if error["type"] == "extra_forbidden":
                message = "unknown setting (a typo?)"
            elif error["type"] == "missing":
                message = "missing; add it to the file"
            lines.append(f"{path}: {where}: {message}")
        raise ConfigError(lines) from None
