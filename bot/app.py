"""Everything built in one place: database, services, translators, bots and dispatcher.

Nothing happens at import time; `build_application` wires the parts and `Application.run`
migrates, starts the bots and polls both messengers in one event loop.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from dataclasses import dataclass, field

from aiogram import Dispatcher
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.fsm.storage.memory import MemoryStorage

from bot.clock import Clock
from bot.config import Settings
from bot.core import Services, build_services
from bot.logging import redact_secrets
from bot.platforms import Platform
from bot.services.delivery import OutboxSender
from bot.timer import ReminderTimer
from bot.transport.bots import PlatformBot, create_bot
from bot.transport.commands import publish_commands
from bot.transport.fsm import PlatformFSMContextMiddleware
from bot.transport.messenger import BotMessenger
from bot.transport.middlewares import UpdateGuard, ViewerMiddleware
from handlers import build_root_router

log = logging.getLogger(__name__)


@dataclass
class Application:
    services: Services
    dispatcher: Dispatcher
    bots: dict[Platform, PlatformBot] = field(default_factory=dict)
    senders: dict[Platform, OutboxSender] = field(default_factory=dict)
    timer: ReminderTimer | None = None
    _sender_tasks: list[asyncio.Task[None]] = field(default_factory=list)

    async def _start_delivery(self) -> None:
        self._sender_tasks = [
            asyncio.create_task(sender.run(), name=f"{platform}-sender")
            for platform, sender in self.senders.items()
        ]
        if self.timer is not None:
            await self.timer.start()

    async def _stop_delivery(self) -> None:
        if self.timer is not None:
            await self.timer.stop()
        for task in self._sender_tasks:
            task.cancel()
        await asyncio.gather(*self._sender_tasks, return_exceptions=True)
        self._sender_tasks = []

    async def start(self) -> None:
        """Everything before polling: migrations, the event row, each messenger reachable,
        the command menus."""
        await self.services.prepare()
        for platform, bot in self.bots.items():
            await wait_for_messenger(bot)
            staff_chat = self.services.settings.platform(platform).staff_chat_id
            await publish_commands(bot, self.services.hub, staff_chat)
        # aiogram's hundreds of pydantic models and everything else loaded so far live as long
        # as the process. Moving them out of the collector's reach keeps each full garbage
        # collection from walking them again: those took ~200 ms of stalled event loop
        # (benchmarks/broadcast.py). https://docs.python.org/3/library/gc.html#gc.freeze
        gc.collect()
        gc.freeze()

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


class TokenRefused(Exception):
    """The messenger says the token is wrong; retrying cannot help."""


async def wait_for_messenger(
    bot: PlatformBot, *, first_delay: float = 1.0, longest_delay: float = 60.0
) -> None:
    """Ask the messenger who the bot is until it answers.

    aiogram's start_polling calls getMe once, without retrying, so a messenger that is down
    or unreachable when the bot starts (Telegram is filtered in Iran; a venue's network comes
    and goes) would end the process. Here the bot waits for it instead, with a log line per
    try; only a refused token ends the start.
    """
    delay = first_delay
    while True:
        try:
            me = await bot.me()
        except TelegramUnauthorizedError:
            variable = f"KHAZAR_{bot.platform.value.upper()}_TOKEN"
            raise TokenRefused(f"{bot.platform} refused the bot token; check {variable}") from None
        except (
            TelegramNetworkError,
            TelegramServerError,
            TelegramRetryAfter,
            TelegramAPIError,
        ) as exc:
            log.warning(
                "%s is not reachable yet (%s); trying again in %.0f s", bot.platform, exc, delay
            )
            await asyncio.sleep(delay)
            delay = min(delay * 2, longest_delay)
            continue
        log.info("%s bot @%s is ready", bot.platform, me.username)
        return


def build_dispatcher(services: Services) -> Dispatcher:
    settings = services.settings
    dispatcher = Dispatcher(
        disable_fsm=True,
        registration=services.registration,
        invitations=services.invitations,
        hub=services.hub,
        summit=services.summit,
        clock=services.clock,
        services=services,
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
    senders = {
        platform: OutboxSender(
            services.db,
            services.clock,
            BotMessenger(bot),
            messages_per_second=settings.platform(platform).messages_per_second,
        )
        for platform, bot in bots.items()
    }
    services.outbox_senders = senders
    application = Application(
        services=services,
        dispatcher=build_dispatcher(services),
        bots=bots,
        senders=senders,
        timer=ReminderTimer(services),
    )
    # The senders and the reminder timer run while the bots poll, and stop with them.
    application.dispatcher.startup.register(application._start_delivery)
    application.dispatcher.shutdown.register(application._stop_delivery)
    return application


async def run_forever(settings: Settings) -> None:
    app = build_application(settings)
    await app.run()


def run(settings: Settings) -> None:
    asyncio.run(run_forever(settings))
