"""Everything built in one place: database, services, translators, bots and dispatcher.

Nothing happens at import time; `build_application` wires the parts and `Application.run`
migrates, starts the bots and polls both messengers in one event loop.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from aiogram import Dispatcher
from aiogram.fsm.storage.memory import MemoryStorage

from bot.clock import Clock, SystemClock
from bot.config import PROJECT_ROOT, Settings
from bot.i18n import TranslatorHub
from bot.logging import redact_secrets
from bot.platforms import Platform
from bot.services.events import EventSpec, ensure_event
from bot.services.invitations import InvitationService
from bot.services.registration import RegistrationService
from bot.services.roster import RosterService
from bot.services.views import EventView, SummitInfo
from bot.storage.database import Database
from bot.storage.migrations import upgrade_to_head
from bot.transport.bots import PlatformBot, create_bot
from bot.transport.commands import publish_commands
from bot.transport.fsm import PlatformFSMContextMiddleware
from bot.transport.middlewares import UpdateGuard, ViewerMiddleware
from handlers import build_root_router

log = logging.getLogger(__name__)

LOCALES_DIR = PROJECT_ROOT / "locales"


@dataclass
class Services:
    """The core, usable without any messenger: the CLI uses it as the bots do."""

    settings: Settings
    clock: Clock
    db: Database
    hub: TranslatorHub
    registration: RegistrationService
    invitations: InvitationService
    roster: RosterService
    summit: SummitInfo
    event: EventView | None = None

    async def prepare(self) -> EventView:
        """Bring the database schema up to date and the event row in line with the config."""
        await upgrade_to_head(self.db.engine)
        e = self.settings.event
        self.event = await ensure_event(
            self.db, EventSpec(e.code, dict(e.name), e.timezone, e.starts_on, e.ends_on)
        )
        return self.event

    async def close(self) -> None:
        await self.db.dispose()


def build_services(
    settings: Settings, clock: Clock | None = None, locales_dir: Path = LOCALES_DIR
) -> Services:
    clock = clock or SystemClock()
    db = Database(settings.resolved_database_url)
    languages = settings.languages
    hub = TranslatorHub(locales_dir, languages.available, languages.chain, languages.default)
    invitations = InvitationService(
        db,
        clock,
        code_length=settings.registration.code_length,
        valid_for=timedelta(days=settings.registration.invitation_valid_days),
        link_templates={
            p: (settings.platform(p).deep_link, settings.platform(p).bot_username)
            for p in settings.enabled_platforms
        },
    )
    event = settings.event
    return Services(
        settings=settings,
        clock=clock,
        db=db,
        hub=hub,
        registration=RegistrationService(db, clock, languages.available),
        invitations=invitations,
        roster=RosterService(db, clock, invitations, languages.available),
        summit=SummitInfo(dict(event.name), dict(event.venue), event.starts_on, event.ends_on),
    )


@dataclass
class Application:
    services: Services
    dispatcher: Dispatcher
    bots: dict[Platform, PlatformBot] = field(default_factory=dict)

    async def start(self) -> None:
        """Everything before polling: migrations, the event row, the command menus."""
        await self.services.prepare()
        for platform, bot in self.bots.items():
            staff_chat = self.services.settings.platform(platform).staff_chat_id
            await publish_commands(bot, self.services.hub, staff_chat)

    async def poll(self, *, handle_signals: bool = True) -> None:
        polling = self.services.settings.polling
        await self.dispatcher.start_polling(
            *self.bots.values(),
            polling_timeout=polling.timeout_seconds,
            tasks_concurrency_limit=polling.concurrent_updates,
            handle_signals=handle_signals,
            close_bot_session=True,
        )

    async def run(self) -> None:
        try:
            await self.start()
            await self.poll()
        finally:
            await self.services.close()


def build_dispatcher(services: Services) -> Dispatcher:
    settings = services.settings
    dispatcher = Dispatcher(
        disable_fsm=True,
        registration=services.registration,
        invitations=services.invitations,
        hub=services.hub,
        summit=services.summit,
        clock=services.clock,
    )
    dispatcher.fsm = PlatformFSMContextMiddleware(
        storage=MemoryStorage(),
        strategy=dispatcher.fsm.strategy,
        events_isolation=dispatcher.fsm.events_isolation,
    )
    dispatcher.update.outer_middleware(UpdateGuard())
    dispatcher.update.outer_middleware(dispatcher.fsm)
    dispatcher.update.outer_middleware(ViewerMiddleware(services.registration, services.hub))
    staff_chats = {p: settings.platform(p).staff_chat_id for p in Platform}
    dispatcher.include_router(build_root_router(staff_chats))
    return dispatcher


def build_application(settings: Settings, clock: Clock | None = None) -> Application:
    services = build_services(settings, clock)
    redact_secrets([t.get_secret_value() for p in Platform if (t := settings.token(p)) is not None])
    bots = {}
    for platform in settings.enabled_platforms:
        token = settings.token(platform)
        assert token is not None, "missing tokens are reported before the application is built"
        bots[platform] = create_bot(
            platform, token.get_secret_value(), settings.platform(platform).api_base
        )
    return Application(services=services, dispatcher=build_dispatcher(services), bots=bots)


async def run_forever(settings: Settings) -> None:
    app = build_application(settings)
    await app.run()


def run(settings: Settings) -> None:
    asyncio.run(run_forever(settings))
