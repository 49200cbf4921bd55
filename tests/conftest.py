"""Shared test harness: real settings, a real SQLite file, real migrations, and the real bot
polling the project's fake Bot API servers (one Telegram, one Bale) over HTTP."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import os
import tomllib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bot.app import Application, build_application
from bot.clock import ManualClock
from bot.config import PROJECT_ROOT, Settings
from bot.core import Services, build_services
from bot.i18n import Translator
from bot.platforms import Platform
from tests.fakebotapi import FakeBotAPI

SAMPLE_ROSTER = PROJECT_ROOT / "samples" / "roster.toml"
TELEGRAM_STAFF_CHAT = -1001000000001
BALE_STAFF_CHAT = -4242
# Before the summit: invitations made now are valid through it.
SUMMIT_EVE = datetime(2025, 11, 10, 9, 0, tzinfo=UTC)


def deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    """The shipped config.toml with the database in tmp_path and the given overrides."""
    raw = tomllib.loads((PROJECT_ROOT / "config.toml").read_text(encoding="utf-8"))
    raw["database_url"] = f"sqlite+aiosqlite:///{tmp_path / 'khazar.sqlite3'}"
    raw["base_dir"] = str(tmp_path)
    raw["registration"]["invites_folder"] = str(tmp_path / "invites")
    return Settings(**deep_merge(raw, overrides))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(SUMMIT_EVE)


@pytest.fixture
async def services(settings: Settings, clock: ManualClock) -> AsyncIterator[Services]:
    services = build_services(settings, clock)
    await services.prepare()
    try:
        yield services
    finally:
        await services.close()


async def import_sample_roster(services: Services) -> dict[str, str]:
    """Imports the shipped sample roster; returns each delegate's invitation code by ref."""
    assert services.event is not None
    await services.roster.import_file(
        services.event.id, str(SAMPLE_ROSTER), SAMPLE_ROSTER.read_text("utf-8")
    )
    invitations = await services.invitations.list_for_event(services.event.id)
    return {i.delegate_ref: i.code for i in invitations}


@pytest.fixture
async def telegram_api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI("telegram") as server:
        server.add_group(TELEGRAM_STAFF_CHAT, "Khazar staff")
        yield server


@pytest.fixture
async def bale_api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI("bale") as server:
        server.add_group(BALE_STAFF_CHAT, "ستاد اجلاس")
        yield server


@dataclass
class Khazar:
    """The running bot and the two messengers it talks to."""

    app: Application
    telegram: FakeBotAPI
    bale: FakeBotAPI
    codes: dict[str, str]
    clock: ManualClock
    task: asyncio.Task[None] | None = field(default=None, repr=False)

    @property
    def services(self) -> Services:
        return self.app.services

    def api(self, platform: Platform) -> FakeBotAPI:
        return self.telegram if platform is Platform.TELEGRAM else self.bale

    def t(self, lang: str) -> Translator:
        return self.services.hub.get(lang)


def khazar_settings(
    tmp_path: Path, telegram_api: FakeBotAPI, bale_api: FakeBotAPI, **overrides: Any
) -> Settings:
    return make_settings(
        tmp_path,
        **deep_merge(
            {
                "telegram": {
                    "api_base": telegram_api.base_url,
                    "staff_chat_id": TELEGRAM_STAFF_CHAT,
                },
                "bale": {"api_base": bale_api.base_url, "staff_chat_id": BALE_STAFF_CHAT},
                "polling": {"timeout_seconds": 5},
                "telegram_token": telegram_api.token,
                "bale_token": bale_api.token,
            },
            overrides,
        ),
    )


@contextlib.asynccontextmanager
async def running_khazar(
    settings: Settings, telegram_api: FakeBotAPI, bale_api: FakeBotAPI, clock: ManualClock
) -> AsyncIterator[Khazar]:
    app = build_application(settings, clock)
    await app.start()
    codes = await import_sample_roster(app.services)
    harness = Khazar(app, telegram_api, bale_api, codes, clock)
    harness.task = asyncio.create_task(app.poll(handle_signals=False))
    try:
        yield harness
    finally:
        with contextlib.suppress(RuntimeError):
            await app.dispatcher.stop_polling()
        await asyncio.wait_for(harness.task, 10)
        await app.services.close()


@pytest.fixture
async def khazar(
    tmp_path: Path, telegram_api: FakeBotAPI, bale_api: FakeBotAPI, clock: ManualClock
) -> AsyncIterator[Khazar]:
    settings = khazar_settings(tmp_path, telegram_api, bale_api)
    async with running_khazar(settings, telegram_api, bale_api, clock) as harness:
        yield harness


POSTGRES_URL = os.environ.get("KHAZAR_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
async def backend(request, tmp_path: Path, clock: ManualClock):
    """Services with the sample roster on SQLite, and on PostgreSQL when
    KHAZAR_TEST_POSTGRES_URL names a server (its tables are dropped first)."""
    if request.param == "postgresql":
        if not POSTGRES_URL:
            pytest.skip("set KHAZAR_TEST_POSTGRES_URL to run against PostgreSQL")
        settings = make_settings(tmp_path, database_url=POSTGRES_URL)
    else:
        settings = make_settings(tmp_path)
    services = build_services(settings, clock)
    if request.param == "postgresql":
        async with services.db.engine.begin() as connection:
            # Whatever an earlier run of any version left there goes, dependents and all.
            await connection.execute(text("DROP SCHEMA public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
    await services.prepare()
    codes = await import_sample_roster(services)
    try:
        yield services, codes
    finally:
        await services.close()
